# The API reference (Doxygen): `cmake --build <dir> --target physique_docs` writes
# <dir>/docs/api/html/index.html and fails on any Doxygen warning that
# docs/api/undocumented.txt does not list.
find_package(Doxygen)
if(NOT DOXYGEN_FOUND)
  message(STATUS "physique: Doxygen not found, no physique_docs target")
  return()
endif()
set(PHYSIQUE_DOCS_OUTPUT "${PROJECT_BINARY_DIR}/docs/api")
configure_file("${PROJECT_SOURCE_DIR}/docs/api/Doxyfile.in" "${PHYSIQUE_DOCS_OUTPUT}/Doxyfile" @ONLY)
add_custom_target(physique_docs
  COMMAND ${CMAKE_COMMAND} -E remove -f "${PHYSIQUE_DOCS_OUTPUT}/warnings.txt"
  COMMAND Doxygen::doxygen "${PHYSIQUE_DOCS_OUTPUT}/Doxyfile"
  COMMAND ${CMAKE_COMMAND} -DLOG=${PHYSIQUE_DOCS_OUTPUT}/warnings.txt
    -DBASELINE=${PROJECT_SOURCE_DIR}/docs/api/undocumented.txt
    -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
    -P ${PROJECT_SOURCE_DIR}/cmake/check_doxygen_warnings.cmake
  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
  COMMENT "Generating the API reference (Doxygen)"
  VERBATIM)
