// SPDX-License-Identifier: MIT
// Absolute-tolerance comparison for the composition tests (published values are rounded
// to a fixed number of decimals, so the tolerance is absolute, not relative).
#pragma once

#include <cmath>

#include <physique/core/units.hpp>

namespace physique_test {
template <class T>
[[nodiscard]] inline bool near(T actual, double expected, double tolerance) {
  return std::fabs(static_cast<double>(actual) - expected) <= tolerance;
}
/// Body densities are compared in g/mL, the unit the papers print.
template <class T>
[[nodiscard]] inline bool near(const physique::mass_density<T>& actual, double expected,
                               double tolerance) {
  return near(actual.in(physique::grams_per_milliliter), expected, tolerance);
}
}  // namespace physique_test
