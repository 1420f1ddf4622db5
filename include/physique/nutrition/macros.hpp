// SPDX-License-Identifier: MIT
// macros: a day's intake as grams of protein, fat, carbohydrate and alcohol, its energy by
// the Atwater general factors and each nutrient's share of that energy (Atwater & Bryant
// 1900; FAO 2003, Food and Nutrition Paper 77).
#pragma once

#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/nutrition/atwater.hpp>

namespace physique::nutrition {

/// A day's macronutrient intake, in grams per day (`grams_per_day(128.0)`).
/// `carbohydrate` is available carbohydrate (fibre not included). A plain aggregate: build
/// it with designated initialisers; `validate` checks it.
template <real T = double>
struct macros {
  mass_rate<T> protein{};       ///< g/day
  mass_rate<T> fat{};           ///< g/day
  mass_rate<T> carbohydrate{};  ///< g/day, available carbohydrate
  mass_rate<T> alcohol{};       ///< g/day

  [[nodiscard]] friend constexpr bool operator==(const macros&, const macros&) noexcept = default;
};

/// The grams of `n` in `m` (`fibre` is not part of `macros` and gives zero).
template <real T>
[[nodiscard]] constexpr mass_rate<T> amount(const macros<T>& m, macronutrient n) noexcept {
  switch (n) {
    case macronutrient::protein:
      return m.protein;
    case macronutrient::fat:
      return m.fat;
    case macronutrient::carbohydrate:
      return m.carbohydrate;
    case macronutrient::alcohol:
      return m.alcohol;
    case macronutrient::fibre:
      return mass_rate<T>{};
  }
  return mass_rate<T>{};
}

/// Throws `invalid_argument` naming the field ("protein", "fat", "carbohydrate",
/// "alcohol") and its value in g/d when a field is negative, not finite or above 7500 g/d
/// (30000 kcal/d, the bounds table's largest intake, of the least energy-dense macronutrient).
template <real T>
constexpr void validate(const macros<T>& m) {
  const auto check = [](const char* name, const mass_rate<T>& g) {
    constexpr double most_grams = bounds::energy_intake.high / 4.0;
    physique::detail::require(
        is_finite(g) && g >= mass_rate<T>{} && g.in(grams_per_day) <= static_cast<T>(most_grams),
        name, g.in(grams_per_day), "g/d", "must be within 0-7500 g/d");
  };
  check("protein", m.protein);
  check("fat", m.fat);
  check("carbohydrate", m.carbohydrate);
  check("alcohol", m.alcohol);
}

/// Daily energy of `m`: 4 P + 9 F + 4 C + 7 A kcal/day with the kcal table (or
/// 17 P + 37 F + 17 C + 29 A kJ/day with the kJ table). Validates `m`.
template <real T>
[[nodiscard]] constexpr energy_rate<T> total_energy(const macros<T>& m,
                                                    factor_table t = factor_table::kilocalories) {
  validate(m);
  return m.protein * atwater_factor<T>(macronutrient::protein, t) +
         m.fat * atwater_factor<T>(macronutrient::fat, t) +
         m.carbohydrate * atwater_factor<T>(macronutrient::carbohydrate, t) +
         m.alcohol * atwater_factor<T>(macronutrient::alcohol, t);
}

/// Share (0-1) of the energy of `m` that comes from `n`; zero when `m` has no energy.
/// Validates `m`.
template <real T>
[[nodiscard]] constexpr T energy_share(const macros<T>& m, macronutrient n,
                                       factor_table t = factor_table::kilocalories) {
  const energy_rate<T> total = total_energy(m, t);
  if (total <= energy_rate<T>{}) return T{0};
  return (amount(m, n) * atwater_factor<T>(n, t)) / total;
}

}  // namespace physique::nutrition
