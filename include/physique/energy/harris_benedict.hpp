// SPDX-License-Identifier: MIT
// Harris-Benedict basal metabolic rate (1919) and its Roza-Shizgal (1984) re-fit. Sources:
// Harris JA, Benedict FG, Carnegie Institution of Washington Publ. 279, 1919 (see also PNAS
// 1918;4:370-3); Roza AM, Shizgal HM, Am J Clin Nutr 1984;40:168-82.
#pragma once

#include <physique/core/equation.hpp>
#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
#include <physique/energy/detail/check_person.hpp>

namespace physique::energy {

/// Harris-Benedict basal metabolic rate with the coefficients of the 1919 monograph at
/// full precision:
///
///     men:   BMR (kcal/day) = 66.4730 + 13.7516 W + 5.0033 H - 6.7550 A
///     women: BMR (kcal/day) = 655.0955 + 9.5634 W + 1.8496 H - 4.6756 A
///
/// W body mass (kg), H height (cm), A age (years). Rounded variants (66.5 + 13.75 W ...)
/// circulate; this object computes the full-precision form.
///
/// - Throws: `physique::invalid_argument` for a physically impossible person.
/// - Source: Harris & Benedict 1919, Carnegie Institution Publ. 279.
/// - Validity: 136 men and 103 women, roughly 16-63 years; `validity(p)` reports ages
///   outside that range.
struct harris_benedict_1919 : detail::person_equation<harris_benedict_1919> {
  static constexpr equation_info info{
      "harris_benedict_1919", "Harris-Benedict (1919)",
      citation{"Harris JA, Benedict FG", 1919, "A Biometric Study of Basal Metabolism in Man",
               "Carnegie Institution of Washington, Publication No. 279", "",
               "prediction equations for men and women; summary in PNAS 1918;4(12):370-373"},
      validity_domain{"healthy adults measured at the Nutrition Laboratory, Boston "
                      "(n = 239: 136 men, 103 women), about 16-63 y",
                      sex_set::both(),
                      {bound{"age", "yr", interval{16.0, 63.0}}}}};

  /// The formula without input checks, for kernels that validated `p` already (the
  /// batch entry points). Garbage in, garbage out.
  template <real T>
  [[nodiscard]] static constexpr energy_rate<T> unchecked(const person<T>& p) noexcept {
    const T w = p.body_mass.in(kilograms);
    const T h = p.height.in(centimeters);
    const T a = p.age.in(years);
    if (p.sex == sex::male) {
      return kilocalories_per_day(static_cast<T>(66.4730) + static_cast<T>(13.7516) * w +
                                  static_cast<T>(5.0033) * h - static_cast<T>(6.7550) * a);
    }
    return kilocalories_per_day(static_cast<T>(655.0955) + static_cast<T>(9.5634) * w +
                                static_cast<T>(1.8496) * h - static_cast<T>(4.6756) * a);
  }
};

/// The Roza-Shizgal (1984) re-fit of the Harris-Benedict equations:
///
///     men:   BMR (kcal/day) = 88.362 + 13.397 W + 4.799 H - 5.677 A
///     women: BMR (kcal/day) = 447.593 + 9.247 W + 3.098 H - 4.330 A
///
/// - Throws: `physique::invalid_argument` for a physically impossible person.
/// - Source: Roza & Shizgal, Am J Clin Nutr 1984;40(1):168-182 (the original Harris-Benedict
///   subjects plus 98 later subjects of Benedict; precision about +/-14 %).
/// - Validity: the same adult population as Harris-Benedict; ages below 16 are reported.
struct roza_shizgal_1984 : detail::person_equation<roza_shizgal_1984> {
  static constexpr equation_info info{
      "roza_shizgal_1984", "Harris-Benedict revised by Roza and Shizgal (1984)",
      citation{"Roza AM, Shizgal HM", 1984,
               "The Harris Benedict equation reevaluated: resting "
               "energy requirements and the body cell mass",
               "Am J Clin Nutr 40(1):168-182", "10.1093/ajcn/40.1.168", "revised equations"},
      validity_domain{"the Harris-Benedict subjects plus 98 later subjects of Benedict "
                      "(n = 337), adults",
                      sex_set::both(),
                      {bound{"age", "yr", interval::at_least(16.0)}}}};

  /// The formula without input checks, for kernels that validated `p` already (the
  /// batch entry points). Garbage in, garbage out.
  template <real T>
  [[nodiscard]] static constexpr energy_rate<T> unchecked(const person<T>& p) noexcept {
    const T w = p.body_mass.in(kilograms);
    const T h = p.height.in(centimeters);
    const T a = p.age.in(years);
    if (p.sex == sex::male) {
      return kilocalories_per_day(static_cast<T>(88.362) + static_cast<T>(13.397) * w +
                                  static_cast<T>(4.799) * h - static_cast<T>(5.677) * a);
    }
    return kilocalories_per_day(static_cast<T>(447.593) + static_cast<T>(9.247) * w +
                                static_cast<T>(3.098) * h - static_cast<T>(4.330) * a);
  }
};

}  // namespace physique::energy
