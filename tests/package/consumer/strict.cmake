# Shared by the consumer projects: a strict consumer that includes physique's headers as
set(PHYSIQUE_CONSUMER_DIR "${CMAKE_CURRENT_LIST_DIR}")
# ordinary (non-system) headers, so any warning in them would fail its build.
function(physique_consumer target)
  add_executable(${target} ${PHYSIQUE_CONSUMER_DIR}/main.cpp)
  target_link_libraries(${target} PRIVATE physique::physique)
  target_compile_definitions(${target} PRIVATE EXPECTED_VERSION="${physique_VERSION}")
  set_target_properties(${target} PROPERTIES NO_SYSTEM_FROM_IMPORTED ON)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Werror)
  endif()
  # physique must not push flags or definitions onto its consumers.
  foreach(property INTERFACE_COMPILE_OPTIONS INTERFACE_COMPILE_DEFINITIONS INTERFACE_LINK_OPTIONS)
    get_target_property(value physique::physique ${property})
    if(value)
      message(FATAL_ERROR "physique::physique sets ${property} = ${value}")
    endif()
  endforeach()
  add_test(NAME ${target} COMMAND ${target})
endfunction()
