// SPDX-License-Identifier: MIT
// jackson_2002: body-fat percentage from BMI, age and sex. Source: Jackson AS, Stanforth PR,
// Gagnon J et al., Int J Obes 2002;26:789-796 (the ln(BMI) models; eq. 4 of Hall et al. 2011).
#pragma once

#include <cmath>
#include <physique/composition/detail/checks.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/person.hpp>

namespace physique::detail::comp {
/// The Jackson et al. (2002) formula on plain numbers, without checks (shared by the
/// scalar call and the batch kernel).
template <real T>
[[nodiscard]] inline T jackson_2002_formula(sex s, T age_years, T bmi) noexcept {
  if (s == sex::male) {
    return static_cast<T>(0.14) * age_years + static_cast<T>(37.31) * std::log(bmi) -
           static_cast<T>(103.94);
  }
  return static_cast<T>(0.14) * age_years + static_cast<T>(39.96) * std::log(bmi) -
         static_cast<T>(102.01);
}
}  // namespace physique::detail::comp

namespace physique::composition {

/// Jackson et al. (2002) percent body fat from BMI, age and sex:
///   men:   %BF = 0.14 A + 37.31 ln(BMI) - 103.94
///   women: %BF = 0.14 A + 39.96 ln(BMI) - 102.01
/// with A in years and BMI in kg/m^2. The dynamic weight model (Hall et al. 2011) uses it
/// for the initial fat mass.
///
/// Parameters: a `person` (sex, age, height, body mass). Returns the percentage as
/// computed, not clamped: a very low BMI gives a small or negative value, which the
/// caller may reject (the validity report flags such a BMI as outside the sample).
/// Throws `invalid_argument` if the person is impossible (`validate(person)`).
/// Validity: the HERITAGE Family Study sample, 665 sedentary black and white adults aged
/// 17-65 years, fat % from hydrostatic weighing.
struct jackson_2002 {
  static constexpr equation_info info{
      "jackson_2002", "Jackson et al. (2002) BMI body fat",
      citation{"Jackson AS, Stanforth PR, Gagnon J, Rankinen T, Leon AS, Rao DC, Skinner JS, "
               "Bouchard C, Wilmore JH",
               2002,
               "The effect of sex, age and race on estimating percentage body fat from body mass "
               "index: The Heritage Family Study",
               "Int J Obes 26(6):789-796", "10.1038/sj.ijo.0802006",
               "ln(BMI) models; quoted as eq. 4 in Hall et al. 2011, Lancet 378:826-37"},
      validity_domain{"HERITAGE Family Study: 665 sedentary black and white adults, 17-65 y, "
                      "hydrostatic weighing",
                      sex_set::both(),
                      {bound{"age_years", "yr", interval{17.0, 65.0}}}}};

  /// Percent body fat (not clamped). Throws `invalid_argument` for an impossible person.
  template <real T>
  [[nodiscard]] T operator()(const person<T>& p) const {
    validate(p);
    const T bmi = body_mass_index(p.body_mass, p.height);
    return detail::comp::jackson_2002_formula(p.sex, p.age.in(years), bmi);
  }

  /// Inputs outside the derivation sample (age 17-65 y). Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const person<T>& p) const noexcept {
    return info.domain.check(p.sex,
                             {input_value{"age_years", static_cast<double>(p.age.in(years))},
                              input_value{"bmi", detail::comp::bmi_or_nan(p.body_mass, p.height)}});
  }
};

}  // namespace physique::composition
