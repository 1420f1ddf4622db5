// SPDX-License-Identifier: MIT
// Atwater general energy factors (protein 4, carbohydrate 4, fat 9, alcohol 7, fibre 2 kcal/g;
// 17, 17, 37, 29, 8 kJ/g) and grams <-> energy. Sources: Atwater & Bryant 1900; FAO 2003
// (Food and Nutrition Paper 77, ch. 3); Regulation (EU) No 1169/2011, Annex XIV.
#pragma once

#include <physique/core/citation.hpp>
#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>

namespace physique::nutrition {

/// The energy-yielding food components that have a general Atwater factor.
/// `carbohydrate` means available carbohydrate (fibre excluded); fibre has its own factor.
enum class macronutrient : unsigned char { protein, carbohydrate, fat, alcohol, fibre };

/// Number of `macronutrient` enumerators, for iteration.
inline constexpr int macronutrient_count = 5;

/// Stable snake_case name ("protein", "carbohydrate", "fat", "alcohol", "fibre").
[[nodiscard]] constexpr const char* to_string(macronutrient n) noexcept {
  switch (n) {
    case macronutrient::protein:
      return "protein";
    case macronutrient::carbohydrate:
      return "carbohydrate";
    case macronutrient::fat:
      return "fat";
    case macronutrient::alcohol:
      return "alcohol";
    case macronutrient::fibre:
      return "fibre";
  }
  return "";
}

/// Which published column of general factors to use. The kcal and kJ columns are each
/// rounded on their own, so they are not related by exactly 4.184: 4 kcal/g is 16.736 kJ/g
/// but the kJ column says 17 kJ/g (a 1.6 % difference). Both are in use on food labels.
enum class factor_table : unsigned char {
  kilocalories,  ///< 4 / 4 / 9 / 7 / 2 kcal/g (Atwater & Bryant 1900; FAO 2003)
  kilojoules     ///< 17 / 17 / 37 / 29 / 8 kJ/g (FAO 2003; EU 1169/2011 Annex XIV)
};

/// Atwater WO, Bryant AP: the original general factors 4 / 4 / 9 kcal/g (and about 7 kcal/g
/// for alcohol) from digestibility-corrected heats of combustion.
inline constexpr citation atwater_bryant_1900{
    "Atwater WO, Bryant AP",
    1900,
    "The availability and fuel value of food materials",
    "12th Annual Report of the Storrs Agricultural Experiment Station (1899), pp. 73-110",
    "",
    "general factors, pp. 73-110"};

/// FAO: the current restatement of the general factors, with fibre at 8 kJ/g (2 kcal/g).
inline constexpr citation fao_2003_food_energy{
    "FAO",
    2003,
    "Food energy - methods of analysis and conversion factors",
    "FAO Food and Nutrition Paper 77, Rome",
    "",
    "chapter 3 (general factors)"};

/// The EU labelling table: both columns (kJ and kcal) as legally declared.
inline constexpr citation eu_regulation_1169_2011{
    "European Parliament and Council",
    2011,
    "Regulation (EU) No 1169/2011 on the provision of food information to consumers",
    "Official Journal of the European Union L 304:18-63",
    "",
    "Annex XIV"};

namespace detail {
/// The published numbers, in the table's own unit per gram.
[[nodiscard]] constexpr double factor_per_gram(macronutrient n, factor_table t) noexcept {
  const bool kj = t == factor_table::kilojoules;
  switch (n) {
    case macronutrient::protein:
      return kj ? 17.0 : 4.0;
    case macronutrient::carbohydrate:
      return kj ? 17.0 : 4.0;
    case macronutrient::fat:
      return kj ? 37.0 : 9.0;
    case macronutrient::alcohol:
      return kj ? 29.0 : 7.0;
    case macronutrient::fibre:
      return kj ? 8.0 : 2.0;
  }
  return 0.0;
}
}  // namespace detail

/// The general Atwater factor of `n` from table `t`, as an energy per mass (read it with
/// `.in(kilocalories_per_gram)` or `.in(kilojoules_per_gram)`).
/// Source: Atwater & Bryant 1900; FAO 2003 ch. 3; EU 1169/2011 Annex XIV.
template <real T = double>
[[nodiscard]] constexpr energy_density<T> atwater_factor(
    macronutrient n, factor_table t = factor_table::kilocalories) noexcept {
  const T value = static_cast<T>(detail::factor_per_gram(n, t));
  return t == factor_table::kilojoules ? kilojoules_per_gram(value) : kilocalories_per_gram(value);
}

/// Energy of `amount` of nutrient `n`: grams x factor.
/// \param amount mass of the nutrient (finite, >= 0)
/// \returns the energy (read it in kilocalories or kilojoules)
/// \throws invalid_argument naming `amount` if it is negative or not finite.
template <real T>
[[nodiscard]] constexpr energy_amount<T> energy_of(const mass<T>& amount, macronutrient n,
                                                   factor_table t = factor_table::kilocalories) {
  physique::detail::require(is_finite(amount) && amount >= mass<T>{}, "amount", amount.in(grams),
                            "g", "must be zero or positive and finite");
  return amount * atwater_factor<T>(n, t);
}

/// Daily energy of a daily intake of nutrient `n` (g/day -> kcal/day).
/// \throws invalid_argument naming `amount` if it is negative or not finite.
template <real T>
[[nodiscard]] constexpr energy_rate<T> energy_of(const mass_rate<T>& amount, macronutrient n,
                                                 factor_table t = factor_table::kilocalories) {
  physique::detail::require(is_finite(amount) && amount >= mass_rate<T>{}, "amount",
                            amount.in(grams_per_day), "g/d", "must be zero or positive and finite");
  return amount * atwater_factor<T>(n, t);
}

/// Mass of nutrient `n` that supplies `e`: energy / factor.
/// \throws invalid_argument naming `energy` if it is negative or not finite.
template <real T>
[[nodiscard]] constexpr mass<T> mass_for(const energy_amount<T>& e, macronutrient n,
                                         factor_table t = factor_table::kilocalories) {
  physique::detail::require(is_finite(e) && e >= energy_amount<T>{}, "energy", e.in(kilocalories),
                            "kcal", "must be zero or positive and finite");
  return e / atwater_factor<T>(n, t);
}

/// Daily mass of nutrient `n` that supplies the daily energy `e` (kcal/day -> g/day).
/// \throws invalid_argument naming `energy` if it is negative or not finite.
template <real T>
[[nodiscard]] constexpr mass_rate<T> mass_for(const energy_rate<T>& e, macronutrient n,
                                              factor_table t = factor_table::kilocalories) {
  physique::detail::require(is_finite(e) && e >= energy_rate<T>{}, "energy",
                            e.in(kilocalories_per_day), "kcal/d",
                            "must be zero or positive and finite");
  return e / atwater_factor<T>(n, t);
}

}  // namespace physique::nutrition
