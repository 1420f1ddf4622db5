# Install rules and the CMake package: find_package(physique CONFIG) gives
# physique::physique (and physique::json when the json component is requested).
include(CMakePackageConfigHelpers)

install(DIRECTORY include/physique
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.hpp")
install(TARGETS physique EXPORT physique-targets)
install(EXPORT physique-targets
  NAMESPACE physique::
  DESTINATION ${PHYSIQUE_INSTALL_CMAKEDIR})
# The json component has its own export set, loaded only when requested, so that plain
# find_package(physique) never needs nlohmann/json.
if(TARGET physique_json)
  install(TARGETS physique_json EXPORT physique-json-targets)
  install(EXPORT physique-json-targets
    NAMESPACE physique::
    DESTINATION ${PHYSIQUE_INSTALL_CMAKEDIR})
endif()

configure_package_config_file(cmake/physiqueConfig.cmake.in
  ${PROJECT_BINARY_DIR}/physiqueConfig.cmake
  INSTALL_DESTINATION ${PHYSIQUE_INSTALL_CMAKEDIR})
# A header-only library fits any architecture: ARCH_INDEPENDENT drops the pointer-size check.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/physiqueConfigVersion.cmake
  COMPATIBILITY SameMajorVersion
  ARCH_INDEPENDENT)
install(FILES
  ${PROJECT_BINARY_DIR}/physiqueConfig.cmake
  ${PROJECT_BINARY_DIR}/physiqueConfigVersion.cmake
  DESTINATION ${PHYSIQUE_INSTALL_CMAKEDIR})

# pkg-config. The prefix is found from the .pc file's own location (${pcfiledir}), so an
# installed tree can be moved or unpacked anywhere; an absolute CMAKE_INSTALL_INCLUDEDIR is
# kept as it is.
set(PHYSIQUE_PC_INSTALL_DIR "${CMAKE_INSTALL_DATADIR}/pkgconfig")
file(RELATIVE_PATH PHYSIQUE_PC_PREFIX_FROM_PCDIR "/prefix/${PHYSIQUE_PC_INSTALL_DIR}" "/prefix")
string(REGEX REPLACE "/$" "" PHYSIQUE_PC_PREFIX_FROM_PCDIR "${PHYSIQUE_PC_PREFIX_FROM_PCDIR}")
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(PHYSIQUE_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(PHYSIQUE_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(cmake/physique.pc.in ${PROJECT_BINARY_DIR}/physique.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/physique.pc DESTINATION ${PHYSIQUE_PC_INSTALL_DIR})

install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/physique)

# Build-tree use: -Dphysique_DIR=<build dir> works without installing.
export(EXPORT physique-targets NAMESPACE physique::
  FILE ${PROJECT_BINARY_DIR}/physique-targets.cmake)
if(TARGET physique_json)
  export(EXPORT physique-json-targets NAMESPACE physique::
    FILE ${PROJECT_BINARY_DIR}/physique-json-targets.cmake)
endif()
