# Runs PROGRAM MODE, which must print a report matching EXPECTED and then abort.
execute_process(COMMAND ${PROGRAM} ${MODE}
  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result EQUAL 0)
  message(FATAL_ERROR "expected an abort, but the program exited normally:\n${output}")
endif()
if(NOT output MATCHES "${EXPECTED}")
  message(FATAL_ERROR "the report does not match '${EXPECTED}':\n${output}")
endif()
message(STATUS "reported, then aborted (${result})")
