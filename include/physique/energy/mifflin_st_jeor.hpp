// SPDX-License-Identifier: MIT
// Mifflin-St Jeor resting energy expenditure, exact fitted coefficients and the rounded
// form. Source: Mifflin MD, St Jeor ST, Hill LA, Scott BJ, Daugherty SA, Koh YO, Am J Clin
// Nutr 1990;51(2):241-7, abstract (equations fitted on 498 adults by indirect calorimetry).
#pragma once

#include <physique/core/equation.hpp>
#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
#include <physique/energy/detail/check_person.hpp>

namespace physique::energy {

namespace detail {
/// The citation shared by both Mifflin-St Jeor forms.
inline constexpr citation mifflin_1990{
    "Mifflin MD, St Jeor ST, Hill LA, Scott BJ, Daugherty SA, Koh YO",
    1990,
    "A new predictive equation for resting energy expenditure in healthy individuals",
    "Am J Clin Nutr 51(2):241-247",
    "10.1093/ajcn/51.2.241",
    "Abstract (Results)"};

/// The sample of Mifflin et al. 1990: 251 men and 247 women, 19-78 years, normal weight
/// and obese.
inline constexpr validity_domain mifflin_1990_domain{
    "healthy US adults, normal weight and obese, 19-78 y (n = 498: 251 men, 247 women)",
    sex_set::both(),
    {bound{"age", "yr", interval{19.0, 78.0}}}};

}  // namespace detail

/// Mifflin-St Jeor resting energy expenditure with the coefficients as fitted:
///
///     REE (kcal/day) = 9.99 W + 6.25 H - 4.92 A + 166 S - 161
///
/// with W body mass in kg, H height in cm, A age in years and S = 1 for men, 0 for women
/// (so the constant is +5 for men and -161 for women).
///
/// - Parameters: a `person` (sex, age, height, body mass).
/// - Returns: resting energy expenditure per day.
/// - Throws: `physique::invalid_argument` when the person is physically impossible
///   (see `physique::validate`), naming the parameter and its value.
/// - Source: Mifflin et al., Am J Clin Nutr 1990;51:241-7, abstract.
/// - Validity: healthy adults 19-78 years, both sexes; `validity(p)` reports an age outside
///   that range without throwing.
///
/// Example: `mifflin_st_jeor{}(person<>{sex::male, years(30.0), 180.0_cm, 80.0_kg})`
/// is about 1781.6 kcal/day.
struct mifflin_st_jeor : detail::person_equation<mifflin_st_jeor> {
  static constexpr equation_info info{"mifflin_st_jeor", "Mifflin-St Jeor (1990)",
                                      detail::mifflin_1990, detail::mifflin_1990_domain};

  /// The formula without input checks, for kernels that validated `p` already (the
  /// batch entry points). Garbage in, garbage out.
  template <real T>
  [[nodiscard]] static constexpr energy_rate<T> unchecked(const person<T>& p) noexcept {
    const T constant = p.sex == sex::male ? static_cast<T>(5) : static_cast<T>(-161);
    return kilocalories_per_day(static_cast<T>(9.99) * p.body_mass.in(kilograms) +
                                static_cast<T>(6.25) * p.height.in(centimeters) -
                                static_cast<T>(4.92) * p.age.in(years) + constant);
  }
};

/// Mifflin-St Jeor in the rounded form given in the same abstract and used by most
/// calculators:
///
///     men:   REE (kcal/day) = 10 W + 6.25 H - 5 A + 5
///     women: REE (kcal/day) = 10 W + 6.25 H - 5 A - 161
///
/// It differs from `mifflin_st_jeor` by a few kcal/day (1780 vs 1781.6 for an 80 kg,
/// 180 cm, 30-year-old man). Parameters, throws and validity as `mifflin_st_jeor`.
struct mifflin_st_jeor_rounded : detail::person_equation<mifflin_st_jeor_rounded> {
  static constexpr equation_info info{"mifflin_st_jeor_rounded",
                                      "Mifflin-St Jeor (1990), rounded coefficients",
                                      detail::mifflin_1990, detail::mifflin_1990_domain};

  /// The formula without input checks, for kernels that validated `p` already (the
  /// batch entry points). Garbage in, garbage out.
  template <real T>
  [[nodiscard]] static constexpr energy_rate<T> unchecked(const person<T>& p) noexcept {
    const T constant = p.sex == sex::male ? static_cast<T>(5) : static_cast<T>(-161);
    return kilocalories_per_day(static_cast<T>(10) * p.body_mass.in(kilograms) +
                                static_cast<T>(6.25) * p.height.in(centimeters) -
                                static_cast<T>(5) * p.age.in(years) + constant);
  }
};

}  // namespace physique::energy
