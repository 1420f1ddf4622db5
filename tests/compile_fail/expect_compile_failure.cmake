# Compiles SOURCE and succeeds only if the compiler rejects it with a message matching
# EXPECTED, so a snippet cannot "pass" by failing for an unrelated reason.
execute_process(
  COMMAND ${COMPILER} ${STANDARD_FLAG} -fsyntax-only -I${INCLUDE_DIR} ${SOURCE}
  RESULT_VARIABLE result
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
if(result EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled, but it must not")
endif()
if(NOT output MATCHES "${EXPECTED}")
  message(FATAL_ERROR "${SOURCE} failed to compile, but not with '${EXPECTED}':\n${output}")
endif()
message(STATUS "rejected as expected: ${EXPECTED}")
