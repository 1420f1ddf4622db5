// SPDX-License-Identifier: MIT
// relative_fat_mass: whole-body fat percentage from height and waist circumference.
// Source: Woolcott OO, Bergman RN, Sci Rep 2018;8:10980.
#pragma once

#include <physique/composition/detail/checks.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/units.hpp>

namespace physique::composition {

/// Relative Fat Mass (Woolcott & Bergman 2018):
///   RFM = 64 - 20 (height / waist) + 12 S,   S = 1 for women, 0 for men
/// (note the sex coding is the reverse of Deurenberg's). Height and waist are lengths in
/// any unit; only their ratio enters. Waist is measured at the umbilicus.
/// Throws `invalid_argument` if height or waist is not positive and finite. Not clamped.
/// Validity: US adults >= 20 y (NHANES 1999-2004 derivation, 2005-2006 validation, DXA).
/// Obesity cut-offs proposed by the authors: 22.8 % men / 33.9 % women (2018), 30 / 40 %
/// (2020).
struct relative_fat_mass {
  static constexpr equation_info info{
      "relative_fat_mass", "Relative Fat Mass (Woolcott-Bergman 2018)",
      citation{"Woolcott OO, Bergman RN", 2018,
               "Relative fat mass (RFM) as a new estimator of whole-body fat percentage - A "
               "cross-sectional study in American adult individuals",
               "Sci Rep 8:10980", "10.1038/s41598-018-29362-1", "RFM equation"},
      validity_domain{"US adults >= 20 y: NHANES 1999-2004 (about 12 600, derivation) and "
                      "2005-2006 (about 3 500, validation), fat % by DXA",
                      sex_set::both(),
                      {bound{"age_years", "yr", interval::at_least(20.0)}}}};

  /// The estimate (see above); throws `invalid_argument` for impossible input.
  template <real T>
  [[nodiscard]] constexpr T operator()(sex s, const length<T>& height,
                                       const length<T>& waist) const {
    detail::comp::require_height(height);
    detail::comp::require_circumference("waist", waist);
    const T female = s == sex::female ? T{1} : T{0};
    return static_cast<T>(64) - static_cast<T>(20) * (height / waist) + static_cast<T>(12) * female;
  }
  /// Reports an age under 20 y. Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const duration<T>& age) const noexcept {
    return info.domain.check(s, {input_value{"age_years", static_cast<double>(age.in(years))}});
  }
};

}  // namespace physique::composition
