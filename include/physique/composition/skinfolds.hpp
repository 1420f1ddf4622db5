// SPDX-License-Identifier: MIT
// Skinfold measurement sets: the sites of the Jackson-Pollock (1978, 1980) and
// Durnin-Womersley (1974) equations, as small aggregates of lengths.
#pragma once

#include <physique/composition/detail/checks.hpp>
#include <physique/core/units.hpp>

namespace physique::composition {

/// Jackson-Pollock 3-site set for men: chest, abdomen, thigh (caliper thickness).
template <real T = double>
struct jp3_male_skinfolds {
  length<T> chest{};    ///< diagonal fold, half way between anterior axillary line and nipple
  length<T> abdomen{};  ///< vertical fold 2 cm to the right of the umbilicus
  length<T> thigh{};    ///< vertical fold, anterior midline of the thigh

  /// Sum in millimetres. Throws `invalid_argument` naming the site if a thickness is
  /// outside the bounds table (1-150 mm).
  [[nodiscard]] constexpr T sum_mm() const {
    detail::comp::require_skinfold("chest", chest);
    detail::comp::require_skinfold("abdomen", abdomen);
    detail::comp::require_skinfold("thigh", thigh);
    return chest.in(millimeters) + abdomen.in(millimeters) + thigh.in(millimeters);
  }
};

/// Jackson-Pollock 3-site set for women: triceps, suprailiac, thigh.
template <real T = double>
struct jp3_female_skinfolds {
  length<T> triceps{};     ///< vertical fold, posterior midline of the upper arm
  length<T> suprailiac{};  ///< diagonal fold above the iliac crest
  length<T> thigh{};       ///< vertical fold, anterior midline of the thigh

  /// Sum in millimetres; throws as `jp3_male_skinfolds::sum_mm`.
  [[nodiscard]] constexpr T sum_mm() const {
    detail::comp::require_skinfold("triceps", triceps);
    detail::comp::require_skinfold("suprailiac", suprailiac);
    detail::comp::require_skinfold("thigh", thigh);
    return triceps.in(millimeters) + suprailiac.in(millimeters) + thigh.in(millimeters);
  }
};

/// Jackson-Pollock 7-site set (both sexes).
template <real T = double>
struct seven_skinfolds {
  length<T> chest{};
  length<T> midaxillary{};
  length<T> triceps{};
  length<T> subscapular{};
  length<T> abdomen{};
  length<T> suprailiac{};
  length<T> thigh{};

  /// Sum in millimetres; throws as `jp3_male_skinfolds::sum_mm`.
  [[nodiscard]] constexpr T sum_mm() const {
    detail::comp::require_skinfold("chest", chest);
    detail::comp::require_skinfold("midaxillary", midaxillary);
    detail::comp::require_skinfold("triceps", triceps);
    detail::comp::require_skinfold("subscapular", subscapular);
    detail::comp::require_skinfold("abdomen", abdomen);
    detail::comp::require_skinfold("suprailiac", suprailiac);
    detail::comp::require_skinfold("thigh", thigh);
    return chest.in(millimeters) + midaxillary.in(millimeters) + triceps.in(millimeters) +
           subscapular.in(millimeters) + abdomen.in(millimeters) + suprailiac.in(millimeters) +
           thigh.in(millimeters);
  }
};

/// Durnin-Womersley 4-site set: biceps, triceps, subscapular, suprailiac.
template <real T = double>
struct four_skinfolds {
  length<T> biceps{};
  length<T> triceps{};
  length<T> subscapular{};
  length<T> suprailiac{};

  /// Sum in millimetres; throws as `jp3_male_skinfolds::sum_mm`.
  [[nodiscard]] constexpr T sum_mm() const {
    detail::comp::require_skinfold("biceps", biceps);
    detail::comp::require_skinfold("triceps", triceps);
    detail::comp::require_skinfold("subscapular", subscapular);
    detail::comp::require_skinfold("suprailiac", suprailiac);
    return biceps.in(millimeters) + triceps.in(millimeters) + subscapular.in(millimeters) +
           suprailiac.in(millimeters);
  }
};

}  // namespace physique::composition
