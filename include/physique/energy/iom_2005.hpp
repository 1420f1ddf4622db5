// SPDX-License-Identifier: MIT
// Institute of Medicine (2005) total energy expenditure equations for adults of normal
// weight and overweight (BMI >= 18.5), with the physical-activity coefficient by PAL band.
// Source: IOM, Dietary Reference Intakes for Energy, Carbohydrate, Fiber, Fat, Fatty Acids,
// Cholesterol, Protein, and Amino Acids, National Academies Press 2005, chapter 5.
#pragma once

#include <physique/core/equation.hpp>
#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
#include <physique/detail/require.hpp>
#include <physique/energy/detail/check_person.hpp>
#include <physique/energy/physical_activity_level.hpp>

namespace physique::energy {

/// The IOM physical activity categories, by PAL = TEE / BEE.
enum class iom_activity : unsigned char {
  sedentary,    ///< PAL 1.0 to < 1.4
  low_active,   ///< PAL 1.4 to < 1.6
  active,       ///< PAL 1.6 to < 1.9
  very_active,  ///< PAL 1.9 to < 2.5
};

/// The category of a PAL value: [1.0, 1.4), [1.4, 1.6), [1.6, 1.9), [1.9, 2.5); values of
/// 2.5 and above are put in `very_active` (and reported by `iom_2005_tee::validity`).
/// Throws `invalid_argument` ("pal") outside the bounds table's 1-5 or when not finite.
template <real T>
[[nodiscard]] constexpr iom_activity iom_activity_of(T pal) {
  physique::detail::require_pal("pal", pal);
  if (pal < static_cast<T>(1.4)) return iom_activity::sedentary;
  if (pal < static_cast<T>(1.6)) return iom_activity::low_active;
  if (pal < static_cast<T>(1.9)) return iom_activity::active;
  return iom_activity::very_active;
}

/// IOM (2005) total energy expenditure for adults of normal weight and overweight:
///
///     men:   TEE (kcal/day) = 864 - 9.72 A + PA (14.2 W + 503 H_m)
///            PA = 1.00, 1.12, 1.27, 1.54 (sedentary, low active, active, very active)
///     women: TEE (kcal/day) = 387 - 7.31 A + PA (10.9 W + 660.7 H_m)
///            PA = 1.00, 1.14, 1.27, 1.45
///
/// A age (y), W body mass (kg), H_m height (m). PA multiplies the whole bracket (weight and
/// height terms); some implementations apply it to the weight term only, which
/// underestimates active people by ~300 kcal/day.
///
/// This is a total (not resting) expenditure: it includes activity and the thermic effect
/// of food; do not multiply it by a PAL again.
///
/// The activity is either a category (`iom_activity::active`) or a typed PAL
/// (`physical_activity_level(1.75)`); a bare number does not compile, so the PA coefficient
/// of a category (1.27) can never be read as a PAL.
///
/// - Throws: `invalid_argument` for an impossible person (an unset age included).
/// - Source: IOM 2005, chapter 5 (TEE prediction equations, normal-weight and overweight
///   adults).
/// - Validity: adults 19 y and older with BMI >= 18.5; PAL up to 2.5.
struct iom_2005_tee {
  static constexpr equation_info info{
      "iom_2005_tee", "IOM (2005) total energy expenditure, BMI >= 18.5",
      citation{"Institute of Medicine, Panel on Macronutrients", 2005,
               "Dietary Reference Intakes for Energy, Carbohydrate, Fiber, Fat, Fatty Acids, "
               "Cholesterol, Protein, and Amino Acids",
               "National Academies Press, Washington DC", "10.17226/10490",
               "chapter 5, TEE equations for normal-weight and overweight adults"},
      validity_domain{
          "US and Canadian adults of normal weight and overweight, doubly "
          "labelled water (DLW database), 19 y and older, BMI >= 18.5",
          sex_set::both(),
          {bound{"age", "yr", interval::at_least(19.0)},
           bound{"bmi", "kg/m2", interval::at_least(18.5)}, bound{"pal", "", interval{1.0, 2.5}}}}};

  /// The PA coefficient of a category for a sex.
  template <real T = double>
  [[nodiscard]] static constexpr T activity_coefficient(sex s, iom_activity a) noexcept {
    switch (a) {
      case iom_activity::sedentary:
        return static_cast<T>(1.00);
      case iom_activity::low_active:
        return s == sex::male ? static_cast<T>(1.12) : static_cast<T>(1.14);
      case iom_activity::active:
        return static_cast<T>(1.27);
      case iom_activity::very_active:
        return s == sex::male ? static_cast<T>(1.54) : static_cast<T>(1.45);
    }
    return static_cast<T>(1.00);
  }

  /// TEE for a person in an activity category.
  template <real T>
  [[nodiscard]] constexpr energy_rate<T> operator()(const person<T>& p, iom_activity a) const {
    validate(p);
    const T pa = activity_coefficient<T>(p.sex, a);
    const T w = p.body_mass.in(kilograms);
    const T h = p.height.in(meters);
    const T age = p.age.in(years);
    if (p.sex == sex::male) {
      return kilocalories_per_day(static_cast<T>(864) - static_cast<T>(9.72) * age +
                                  pa * (static_cast<T>(14.2) * w + static_cast<T>(503) * h));
    }
    return kilocalories_per_day(static_cast<T>(387) - static_cast<T>(7.31) * age +
                                pa * (static_cast<T>(10.9) * w + static_cast<T>(660.7) * h));
  }

  /// TEE for a person with a PAL (its category chooses the PA coefficient).
  template <real T>
  [[nodiscard]] constexpr energy_rate<T> operator()(const person<T>& p,
                                                    physical_activity_level<T> pal) const {
    return (*this)(p, iom_activity_of(pal.ratio()));
  }
  /// A bare number is ambiguous (a PAL, or the PA coefficient of a category?): say which.
  template <real T, real U>
  energy_rate<T> operator()(const person<T>& p, U number) const = delete;

  /// Reports age < 19 y and BMI < 18.5. Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const person<T>& p) const noexcept {
    return detail::check_person(info.domain, p);
  }
  /// As above, also reporting a PAL outside 1.0-2.5.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const person<T>& p, T pal) const noexcept {
    validity_report r = detail::check_person(info.domain, p);
    const input_value inputs[] = {{"pal", static_cast<double>(pal)}};
    for (const outside_bound& o : info.domain.check(inputs))
      r.add(o);
    return r;
  }
};

}  // namespace physique::energy
