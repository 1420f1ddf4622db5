// SPDX-License-Identifier: MIT
// Jackson-Pollock generalized skinfold equations for body density: 3-site and 7-site, men
// (Jackson & Pollock 1978) and women (Jackson, Pollock & Ward 1980).
#pragma once

#include <physique/composition/density.hpp>
#include <physique/composition/detail/checks.hpp>
#include <physique/composition/skinfolds.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/units.hpp>

namespace physique::composition {}  // namespace physique::composition

namespace physique::detail::comp {
/// D = b0 - b1 S + b2 S^2 - b3 A (S in mm, A in years, D in g/mL).
template <real T>
[[nodiscard]] constexpr mass_density<T> jp_density(T sum_mm, T age_years, T b0, T b1, T b2,
                                                   T b3) noexcept {
  return grams_per_milliliter(b0 - b1 * sum_mm + b2 * sum_mm * sum_mm - b3 * age_years);
}

inline constexpr citation jackson_pollock_1978{
    "Jackson AS, Pollock ML",
    1978,
    "Generalized equations for predicting body density of men",
    "Br J Nutr 40(3):497-504",
    "10.1079/BJN19780152",
    "generalized quadratic sum-of-skinfolds equations with age"};
inline constexpr citation jackson_pollock_ward_1980{
    "Jackson AS, Pollock ML, Ward A",
    1980,
    "Generalized equations for predicting body density of women",
    "Med Sci Sports Exerc 12(3):175-181",
    "10.1249/00005768-198023000-00009",
    "generalized quadratic sum-of-skinfolds equations with age"};
inline constexpr const char* jp_men_population =
    "403 men, 18-61 y, body density by hydrostatic weighing";
inline constexpr const char* jp_women_population =
    "331 women, 18-55 y, body density by hydrostatic weighing";
}  // namespace physique::detail::comp

namespace physique::composition {

/// Jackson-Pollock 3-site equation for men (chest, abdomen, thigh; S in mm, A in years):
///   D = 1.10938 - 0.0008267 S + 0.0000016 S^2 - 0.0002574 A   (g/mL)
/// `operator()` converts D to percent fat (Siri unless told otherwise).
/// Throws `invalid_argument` for a negative or non-finite skinfold (naming the site) or
/// an age outside 0-130 y. Validity: men 18-61 y.
struct jackson_pollock_3_male {
  static constexpr equation_info info{
      "jackson_pollock_3_male", "Jackson-Pollock 3-site, men (1978)",
      detail::comp::jackson_pollock_1978,
      validity_domain{detail::comp::jp_men_population,
                      sex::male,
                      {bound{"age_years", "yr", interval{18.0, 61.0}}}}};

  /// Body density.
  template <real T>
  [[nodiscard]] constexpr mass_density<T> density(const duration<T>& age,
                                                  const jp3_male_skinfolds<T>& s) const {
    detail::comp::require_age(age);
    return detail::comp::jp_density(s.sum_mm(), age.in(years), static_cast<T>(1.10938),
                                    static_cast<T>(0.0008267), static_cast<T>(0.0000016),
                                    static_cast<T>(0.0002574));
  }
  /// Percent fat, density converted by `c` (Siri by default).
  template <real T>
  [[nodiscard]] constexpr T operator()(const duration<T>& age, const jp3_male_skinfolds<T>& s,
                                       density_conversion c = density_conversion::siri_1961) const {
    return detail::comp::fat_percent_of_estimate(density(age, s), c);
  }
  /// Reports an age outside 18-61 y and a sex other than male. Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const duration<T>& age) const noexcept {
    return info.domain.check(s, {input_value{"age_years", static_cast<double>(age.in(years))}});
  }
};

/// Jackson-Pollock 3-site equation for women (triceps, suprailiac, thigh):
///   D = 1.0994921 - 0.0009929 S + 0.0000023 S^2 - 0.0001392 A
/// Same rules as `jackson_pollock_3_male`. Validity: women 18-55 y.
struct jackson_pollock_3_female {
  static constexpr equation_info info{
      "jackson_pollock_3_female", "Jackson-Pollock 3-site, women (1980)",
      detail::comp::jackson_pollock_ward_1980,
      validity_domain{detail::comp::jp_women_population,
                      sex::female,
                      {bound{"age_years", "yr", interval{18.0, 55.0}}}}};

  /// Body density.
  template <real T>
  [[nodiscard]] constexpr mass_density<T> density(const duration<T>& age,
                                                  const jp3_female_skinfolds<T>& s) const {
    detail::comp::require_age(age);
    return detail::comp::jp_density(s.sum_mm(), age.in(years), static_cast<T>(1.0994921),
                                    static_cast<T>(0.0009929), static_cast<T>(0.0000023),
                                    static_cast<T>(0.0001392));
  }
  /// Percent fat, density converted by `c` (Siri by default).
  template <real T>
  [[nodiscard]] constexpr T operator()(const duration<T>& age, const jp3_female_skinfolds<T>& s,
                                       density_conversion c = density_conversion::siri_1961) const {
    return detail::comp::fat_percent_of_estimate(density(age, s), c);
  }
  /// Reports an age outside the sample and a sex the equation was not fitted on.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const duration<T>& age) const noexcept {
    return info.domain.check(s, {input_value{"age_years", static_cast<double>(age.in(years))}});
  }
};

/// Jackson-Pollock 7-site equation for men (chest, midaxillary, triceps, subscapular,
/// abdomen, suprailiac, thigh):
///   D = 1.112 - 0.00043499 S + 0.00000055 S^2 - 0.00028826 A
/// Same rules as `jackson_pollock_3_male`. Validity: men 18-61 y.
struct jackson_pollock_7_male {
  static constexpr equation_info info{
      "jackson_pollock_7_male", "Jackson-Pollock 7-site, men (1978)",
      detail::comp::jackson_pollock_1978,
      validity_domain{detail::comp::jp_men_population,
                      sex::male,
                      {bound{"age_years", "yr", interval{18.0, 61.0}}}}};

  /// Body density.
  template <real T>
  [[nodiscard]] constexpr mass_density<T> density(const duration<T>& age,
                                                  const seven_skinfolds<T>& s) const {
    detail::comp::require_age(age);
    return detail::comp::jp_density(s.sum_mm(), age.in(years), static_cast<T>(1.112),
                                    static_cast<T>(0.00043499), static_cast<T>(0.00000055),
                                    static_cast<T>(0.00028826));
  }
  /// Percent fat, density converted by `c` (Siri by default).
  template <real T>
  [[nodiscard]] constexpr T operator()(const duration<T>& age, const seven_skinfolds<T>& s,
                                       density_conversion c = density_conversion::siri_1961) const {
    return detail::comp::fat_percent_of_estimate(density(age, s), c);
  }
  /// Reports an age outside the sample and a sex the equation was not fitted on.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const duration<T>& age) const noexcept {
    return info.domain.check(s, {input_value{"age_years", static_cast<double>(age.in(years))}});
  }
};

/// Jackson-Pollock 7-site equation for women (same seven sites):
///   D = 1.097 - 0.00046971 S + 0.00000056 S^2 - 0.00012828 A
/// Same rules as `jackson_pollock_3_male`. Validity: women 18-55 y.
struct jackson_pollock_7_female {
  static constexpr equation_info info{
      "jackson_pollock_7_female", "Jackson-Pollock 7-site, women (1980)",
      detail::comp::jackson_pollock_ward_1980,
      validity_domain{detail::comp::jp_women_population,
                      sex::female,
                      {bound{"age_years", "yr", interval{18.0, 55.0}}}}};

  /// Body density.
  template <real T>
  [[nodiscard]] constexpr mass_density<T> density(const duration<T>& age,
                                                  const seven_skinfolds<T>& s) const {
    detail::comp::require_age(age);
    return detail::comp::jp_density(s.sum_mm(), age.in(years), static_cast<T>(1.097),
                                    static_cast<T>(0.00046971), static_cast<T>(0.00000056),
                                    static_cast<T>(0.00012828));
  }
  /// Percent fat, density converted by `c` (Siri by default).
  template <real T>
  [[nodiscard]] constexpr T operator()(const duration<T>& age, const seven_skinfolds<T>& s,
                                       density_conversion c = density_conversion::siri_1961) const {
    return detail::comp::fat_percent_of_estimate(density(age, s), c);
  }
  /// Reports an age outside the sample and a sex the equation was not fitted on.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const duration<T>& age) const noexcept {
    return info.domain.check(s, {input_value{"age_years", static_cast<double>(age.in(years))}});
  }
};

}  // namespace physique::composition
