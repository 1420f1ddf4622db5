// SPDX-License-Identifier: MIT
// waist_to_height_ratio: waist circumference divided by height (Ashwell and Hsieh 2005's
// "keep your waist to less than half your height" boundary of 0.5).
#pragma once

#include <physique/composition/detail/checks.hpp>
#include <physique/core/units.hpp>

namespace physique::composition {

/// Waist-to-height ratio, a plain number (units cancel). The boundary 0.5 is the usual
/// screening cut-off for raised cardiometabolic risk in adults (Ashwell M, Hsieh SD. Int
/// J Food Sci Nutr 2005;56:303-7). Throws `invalid_argument` unless both lengths are
/// positive and finite.
template <real T>
[[nodiscard]] constexpr T waist_to_height_ratio(const length<T>& waist, const length<T>& height) {
  detail::comp::require_circumference("waist", waist);
  detail::comp::require_height(height);
  return waist / height;
}

}  // namespace physique::composition
