# physique_dev: the strict flags for physique's own tests, examples and benchmarks. It is
# never installed or exported, so consumers never see these flags.
add_library(physique_dev INTERFACE)
target_link_libraries(physique_dev INTERFACE physique::physique)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(physique_dev INTERFACE
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wdouble-promotion
    -Wold-style-cast -Wnon-virtual-dtor -Wcast-align
    $<$<BOOL:${PHYSIQUE_WARNINGS_AS_ERRORS}>:-Werror>)
  if(PHYSIQUE_SANITIZE)
    target_compile_options(physique_dev INTERFACE
      -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(physique_dev INTERFACE -fsanitize=address,undefined)
  endif()
elseif(MSVC)
  target_compile_options(physique_dev INTERFACE /W4 /permissive-
    $<$<BOOL:${PHYSIQUE_WARNINGS_AS_ERRORS}>:/WX>)
endif()

# Sets the properties every physique-owned executable shares.
function(physique_dev_target target)
  target_link_libraries(${target} PRIVATE physique_dev)
  set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
endfunction()
