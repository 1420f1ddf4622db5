# Runs a documentation sample in its own scratch folder (samples may write files); it must
# exit with 0, and when the page shows its output (EXPECTED names a file), print exactly that.
file(REMOVE_RECURSE "${RUN_DIR}")
file(MAKE_DIRECTORY "${RUN_DIR}")
execute_process(COMMAND "${PROGRAM}" WORKING_DIRECTORY "${RUN_DIR}"
  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${result}:\n${output}${errors}")
endif()
if(EXPECTED)
  file(READ "${EXPECTED}" expected)
  string(REGEX REPLACE "[ \t]+\n" "\n" output "${output}")
  string(REGEX REPLACE "[ \t]+\n" "\n" expected "${expected}")
  string(STRIP "${output}" output)
  string(STRIP "${expected}" expected)
  if(NOT output STREQUAL expected)
    message(FATAL_ERROR "the output differs from the page.\n--- page:\n${expected}\n--- program:\n${output}")
  endif()
endif()
