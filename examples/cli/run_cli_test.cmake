# Runs the `physique` tool once and checks its exit code, its output and (optionally) that
# its standard output is JSON holding a given member. Used by tests.cmake through
# `cmake -P`; every input comes in as a -D definition:
#
#   CLI         path of the physique executable
#   ARGS        the arguments, separated by "|" (a CMake list cannot pass through add_test)
#   WORKDIR     directory to run in (optional)
#   EXPECT_RC   expected exit code
#   OUT         regular expressions stdout must match, separated by "|" (optional)
#   ERR         regular expressions stderr must match, separated by "|" (optional)
#   NOT_OUT     a regular expression stdout must not match (optional)
#   JSON        path of a member in the stdout JSON, parts separated by "|" (optional)
#   JSON_MATCH  regular expression that member's value must match (optional)
cmake_minimum_required(VERSION 3.21)

foreach(required CLI EXPECT_RC)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "run_cli_test.cmake: ${required} is not set")
  endif()
endforeach()

set(arguments "")
if(DEFINED ARGS AND NOT ARGS STREQUAL "")
  string(REPLACE "|" ";" arguments "${ARGS}")
endif()
if(NOT DEFINED WORKDIR OR WORKDIR STREQUAL "")
  set(WORKDIR "${CMAKE_CURRENT_LIST_DIR}")
endif()

execute_process(
  COMMAND "${CLI}" ${arguments}
  WORKING_DIRECTORY "${WORKDIR}"
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)

set(command_text "physique ${arguments}")
string(REPLACE ";" " " command_text "${command_text}")

if(NOT rc STREQUAL EXPECT_RC)
  message(FATAL_ERROR "${command_text}\nexit code ${rc}, expected ${EXPECT_RC}\n"
                      "--- stdout:\n${out}\n--- stderr:\n${err}")
endif()

function(check_all stream text patterns)
  if(patterns STREQUAL "")
    return()
  endif()
  string(REPLACE "|" ";" list "${patterns}")
  foreach(pattern IN LISTS list)
    if(NOT text MATCHES "${pattern}")
      message(FATAL_ERROR "${command_text}\n${stream} does not match '${pattern}'\n"
                          "--- ${stream}:\n${text}")
    endif()
  endforeach()
endfunction()

if(DEFINED OUT)
  check_all(stdout "${out}" "${OUT}")
endif()
if(DEFINED ERR)
  check_all(stderr "${err}" "${ERR}")
endif()
if(DEFINED NOT_OUT AND NOT NOT_OUT STREQUAL "" AND out MATCHES "${NOT_OUT}")
  message(FATAL_ERROR "${command_text}\nstdout matches '${NOT_OUT}'\n--- stdout:\n${out}")
endif()

if(DEFINED JSON AND NOT JSON STREQUAL "")
  string(REPLACE "|" ";" path "${JSON}")
  # The whole document must parse: ask for its type first.
  string(JSON type ERROR_VARIABLE json_error TYPE "${out}")
  if(json_error)
    message(FATAL_ERROR "${command_text}\nstdout is not valid JSON: ${json_error}\n"
                        "--- stdout:\n${out}")
  endif()
  string(JSON value ERROR_VARIABLE json_error GET "${out}" ${path})
  if(json_error)
    message(FATAL_ERROR "${command_text}\nJSON member '${JSON}' missing: ${json_error}")
  endif()
  if(DEFINED JSON_MATCH AND NOT value MATCHES "${JSON_MATCH}")
    message(FATAL_ERROR "${command_text}\nJSON member '${JSON}' = '${value}' does not match "
                        "'${JSON_MATCH}'")
  endif()
endif()
