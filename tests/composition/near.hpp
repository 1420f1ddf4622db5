// SPDX-License-Identifier: MIT
// Absolute-tolerance comparison for the composition tests (published values are rounded
// to a fixed number of decimals, so the tolerance is absolute, not relative).
#pragma once

#include <cmath>

namespace physique_test {
template <class T>
[[nodiscard]] inline bool near(T actual, double expected, double tolerance) {
  return std::fabs(static_cast<double>(actual) - expected) <= tolerance;
}
}  // namespace physique_test
