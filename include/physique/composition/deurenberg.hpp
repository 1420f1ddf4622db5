// SPDX-License-Identifier: MIT
// Deurenberg (1991) body fat from BMI, age and sex: the adult and the child formulas.
// Source: Deurenberg P, Weststrate JA, Seidell JC, Br J Nutr 1991;65:105-114.
#pragma once

#include <physique/composition/detail/checks.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/person.hpp>

namespace physique::composition {}  // namespace physique::composition

namespace physique::detail::comp {
inline constexpr citation deurenberg_1991_source{
    "Deurenberg P, Weststrate JA, Seidell JC",
    1991,
    "Body mass index as a measure of body fatness: age- and sex-specific prediction formulas",
    "Br J Nutr 65(2):105-114",
    "10.1079/BJN19910073",
    "abstract: adult and child formulas"};

/// The checks of a BMI-based call: age within 0-130 years (as `validate(person)`), BMI
/// positive and finite.
template <real T>
constexpr void require_age_and_bmi(const duration<T>& age, T bmi) {
  physique::detail::require_within("age", age.in(years), T{0}, T{130}, "yr",
                                   "must be within 0-130 years");
  physique::detail::require(is_finite(bmi) && bmi > T{0}, "bmi", bmi, "kg/m2",
                            "must be positive and finite");
}

}  // namespace physique::detail::comp

namespace physique::composition {

/// Deurenberg et al. (1991) adult formula, percent body fat:
///   %BF = 1.20 BMI + 0.23 A - 10.8 S - 5.4,   S = 1 for men, 0 for women
/// (A in years, BMI in kg/m^2; R^2 0.79, SEE 4.1 %). Overestimates fat in obesity.
/// Takes a `person`; throws `invalid_argument` if the person is impossible. Not clamped.
/// Validity: 1229 Dutch subjects, BMI 13.9-40.9; this form for ages above 15 (to 83).
struct deurenberg_1991 {
  static constexpr equation_info info{
      "deurenberg_1991", "Deurenberg (1991), adults", detail::comp::deurenberg_1991_source,
      validity_domain{"1229 Dutch subjects aged 7-83 y, densitometry; adult formula for > 15 y",
                      sex_set::both(),
                      {bound{"age_years", "yr", interval{15.0, 83.0}},
                       bound{"bmi", "kg/m2", interval{13.9, 40.9}}}}};

  /// The estimate (see above); throws `invalid_argument` for impossible input.
  template <real T>
  [[nodiscard]] constexpr T operator()(const person<T>& p) const {
    validate(p);
    return (*this)(p.sex, p.age, body_mass_index(p.body_mass, p.height));
  }
  /// The estimate from sex, age and a BMI (kg/m^2) that is already known; throws
  /// `invalid_argument` naming `age` or `bmi` when impossible.
  template <real T>
  [[nodiscard]] constexpr T operator()(sex s, const duration<T>& age, T bmi) const {
    detail::comp::require_age_and_bmi(age, bmi);
    const T male = s == sex::male ? T{1} : T{0};
    return static_cast<T>(1.20) * bmi + static_cast<T>(0.23) * age.in(years) -
           static_cast<T>(10.8) * male - static_cast<T>(5.4);
  }
  /// Reports age and BMI outside the sample (as `validity(person)`). Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const duration<T>& age,
                                                   T bmi) const noexcept {
    return info.domain.check(s, {input_value{"age_years", static_cast<double>(age.in(years))},
                                 input_value{"bmi", static_cast<double>(bmi)}});
  }
  /// Reports age outside 15-83 y and BMI outside 13.9-40.9. Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const person<T>& p) const noexcept {
    return info.domain.check(p.sex,
                             {input_value{"age_years", static_cast<double>(p.age.in(years))},
                              input_value{"bmi", detail::comp::bmi_or_nan(p.body_mass, p.height)}});
  }
};

/// Deurenberg et al. (1991) child formula (ages 7-15), percent body fat:
///   %BF = 1.51 BMI - 0.70 A - 3.6 S + 1.4,   S = 1 for boys, 0 for girls  (SEE 4.4 %).
/// Same rules as `deurenberg_1991`.
struct deurenberg_1991_child {
  static constexpr equation_info info{
      "deurenberg_1991_child", "Deurenberg (1991), children", detail::comp::deurenberg_1991_source,
      validity_domain{"1229 Dutch subjects aged 7-83 y, densitometry; child formula for 7-15 y",
                      sex_set::both(),
                      {bound{"age_years", "yr", interval{7.0, 15.0}},
                       bound{"bmi", "kg/m2", interval{13.9, 40.9}}}}};

  /// The estimate (see above); throws `invalid_argument` for impossible input.
  template <real T>
  [[nodiscard]] constexpr T operator()(const person<T>& p) const {
    validate(p);
    return (*this)(p.sex, p.age, body_mass_index(p.body_mass, p.height));
  }
  /// The estimate from sex, age and a BMI (kg/m^2) that is already known; throws
  /// `invalid_argument` naming `age` or `bmi` when impossible.
  template <real T>
  [[nodiscard]] constexpr T operator()(sex s, const duration<T>& age, T bmi) const {
    detail::comp::require_age_and_bmi(age, bmi);
    const T male = s == sex::male ? T{1} : T{0};
    return static_cast<T>(1.51) * bmi - static_cast<T>(0.70) * age.in(years) -
           static_cast<T>(3.6) * male + static_cast<T>(1.4);
  }
  /// Reports age and BMI outside the sample (as `validity(person)`). Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const duration<T>& age,
                                                   T bmi) const noexcept {
    return info.domain.check(s, {input_value{"age_years", static_cast<double>(age.in(years))},
                                 input_value{"bmi", static_cast<double>(bmi)}});
  }
  /// Reports age outside 7-15 y and BMI outside 13.9-40.9. Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const person<T>& p) const noexcept {
    return info.domain.check(p.sex,
                             {input_value{"age_years", static_cast<double>(p.age.in(years))},
                              input_value{"bmi", detail::comp::bmi_or_nan(p.body_mass, p.height)}});
  }
};

}  // namespace physique::composition
