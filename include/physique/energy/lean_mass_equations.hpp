// SPDX-License-Identifier: MIT
// Resting energy from fat-free mass: Cunningham (1980), Cunningham (1991) and Katch-McArdle
// (the same 370 + 21.6 FFM line). Sources: Cunningham JJ, Am J Clin Nutr 1980;33:2372-4 and
// 1991;54:963-9; McArdle WD, Katch FI, Katch VL, Exercise Physiology (textbook).
#pragma once

#include <physique/composition/body_composition.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
#include <physique/detail/require.hpp>
#include <physique/energy/detail/check_person.hpp>

namespace physique::energy {

namespace detail {
/// Fat-free mass must be positive, finite and at most 700 kg (the person limit).
template <real T>
constexpr void require_fat_free_mass(const mass<T>& ffm) {
  physique::detail::require(is_finite(ffm.in(kilograms)) && ffm > mass<T>{} &&
                                ffm.in(kilograms) <= static_cast<T>(bounds::body_mass.high),
                            "fat_free_mass", ffm.in(kilograms), "kg", "must be within 0-700 kg");
}
/// A person together with a fat-free mass: both valid and FFM not above body mass.
template <real T>
constexpr void require_person_and_fat_free_mass(const person<T>& p, const mass<T>& ffm) {
  validate(p);
  require_fat_free_mass(ffm);
  physique::detail::require(ffm <= p.body_mass, "fat_free_mass", ffm.in(kilograms), "kg",
                            "must not exceed body_mass");
}

/// `a + b * FFM` in kcal/day, shared by the lean-mass equations.
template <real T>
[[nodiscard]] constexpr energy_rate<T> linear_in_fat_free_mass(const mass<T>& ffm, double a,
                                                               double b) {
  require_fat_free_mass(ffm);
  return kilocalories_per_day(static_cast<T>(a) + static_cast<T>(b) * ffm.in(kilograms));
}

/// Adults with a fat-free mass estimate; only age is bounded.
inline constexpr validity_domain lean_mass_adults{
    "adults with a measured or estimated fat-free mass",
    sex_set::both(),
    {bound{"age", "yr", interval::at_least(18.0)}}};
}  // namespace detail

/// Cunningham (1980) resting metabolic rate from lean body mass:
///
///     RMR (kcal/day) = 500 + 22 FFM
///
/// FFM fat-free (lean body) mass in kg. Sex, age and height do not enter.
///
/// - Parameters: fat-free mass, a `composition::body_composition`, or a person plus FFM.
/// - Throws: `physique::invalid_argument` when FFM is not positive and finite (or exceeds
///   the person's body mass).
/// - Source: Cunningham 1980, a re-analysis of the Harris-Benedict subjects with lean mass
///   estimated from Moore's equations.
/// - Validity: adults; the result is only as good as the FFM estimate.
struct cunningham_1980 {
  static constexpr equation_info info{
      "cunningham_1980", "Cunningham (1980)",
      citation{"Cunningham JJ", 1980,
               "A reanalysis of the factors influencing basal metabolic rate in normal adults",
               "Am J Clin Nutr 33(11):2372-2374", "10.1093/ajcn/33.11.2372", "regression on LBM"},
      detail::lean_mass_adults};

  template <real T>
  [[nodiscard]] constexpr energy_rate<T> operator()(const mass<T>& fat_free_mass) const {
    return detail::linear_in_fat_free_mass(fat_free_mass, 500.0, 22.0);
  }
  template <real T>
  [[nodiscard]] constexpr energy_rate<T> operator()(
      const composition::body_composition<T>& body) const {
    return (*this)(body.fat_free_mass());
  }
  template <real T>
  [[nodiscard]] constexpr energy_rate<T> operator()(const person<T>& p,
                                                    const mass<T>& fat_free_mass) const {
    detail::require_person_and_fat_free_mass(p, fat_free_mass);
    return (*this)(fat_free_mass);
  }

  /// Reports an age below 18 years. Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const person<T>& p) const noexcept {
    return detail::check_person(info.domain, p);
  }
};

/// Cunningham (1991) resting energy expenditure from fat-free mass, the pooled line of a
/// review of published data:
///
///     REE (kcal/day) = 370 + 21.6 FFM
///
/// FFM in kg. This is the same line textbooks and calculators call Katch-McArdle (see
/// `katch_mcardle`). Parameters, throws and validity as `cunningham_1980`.
/// - Source: Cunningham 1991, Am J Clin Nutr 54:963-9 (PubMed's abstract typesets the "+"
///   as "+/-"; the equation is 370 + 21.6 FFM).
struct cunningham_1991 {
  static constexpr equation_info info{
      "cunningham_1991", "Cunningham (1991)",
      citation{"Cunningham JJ", 1991,
               "Body composition as a determinant of energy expenditure: a synthetic review "
               "and a proposed general prediction equation",
               "Am J Clin Nutr 54(6):963-969", "10.1093/ajcn/54.6.963", "Abstract"},
      detail::lean_mass_adults};

  template <real T>
  [[nodiscard]] constexpr energy_rate<T> operator()(const mass<T>& fat_free_mass) const {
    return detail::linear_in_fat_free_mass(fat_free_mass, 370.0, 21.6);
  }
  template <real T>
  [[nodiscard]] constexpr energy_rate<T> operator()(
      const composition::body_composition<T>& body) const {
    return (*this)(body.fat_free_mass());
  }
  template <real T>
  [[nodiscard]] constexpr energy_rate<T> operator()(const person<T>& p,
                                                    const mass<T>& fat_free_mass) const {
    detail::require_person_and_fat_free_mass(p, fat_free_mass);
    return (*this)(fat_free_mass);
  }

  /// Reports an age below 18 years. Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const person<T>& p) const noexcept {
    return detail::check_person(info.domain, p);
  }
};

/// Katch-McArdle: the name calculators give to `370 + 21.6 FFM` (kcal/day), as printed in
/// the McArdle, Katch & Katch exercise-physiology textbooks. It is the Cunningham (1991)
/// line under a second name and citation, and computes exactly what `cunningham_1991`
/// computes (the "Katch-McArdle hybrid" of some calculator sites is not a published
/// equation and is not provided).
struct katch_mcardle : cunningham_1991 {
  static constexpr equation_info info{
      "katch_mcardle", "Katch-McArdle",
      citation{"McArdle WD, Katch FI, Katch VL", 1996,
               "Exercise Physiology: Energy, Nutrition, and Human Performance, 4th ed.",
               "Williams & Wilkins, Baltimore", "",
               "resting energy from fat-free mass (370 + 21.6 FFM), after Cunningham"},
      detail::lean_mass_adults};
};

}  // namespace physique::energy
