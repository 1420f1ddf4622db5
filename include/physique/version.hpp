// SPDX-License-Identifier: MIT
// The library version; CMake reads it from here, so this file is the one source of truth.
#pragma once

#define PHYSIQUE_VERSION_MAJOR 0
#define PHYSIQUE_VERSION_MINOR 1
#define PHYSIQUE_VERSION_PATCH 0

/// MAJOR * 10000 + MINOR * 100 + PATCH, for preprocessor comparisons.
#define PHYSIQUE_VERSION \
  (PHYSIQUE_VERSION_MAJOR * 10000 + PHYSIQUE_VERSION_MINOR * 100 + PHYSIQUE_VERSION_PATCH)
