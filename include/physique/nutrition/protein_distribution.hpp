// SPDX-License-Identifier: MIT
// Per-meal protein: about 0.4 g/kg body mass per meal over at least 4 meals, up to 0.55 g/kg
// per meal (Schoenfeld BJ, Aragon AA. J Int Soc Sports Nutr 2018;15:10).
#pragma once

#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/nutrition/guidelines.hpp>

namespace physique::nutrition {

/// A daily protein amount spread evenly over `meals` meals.
template <real T = double>
struct meal_protein {
  unsigned meals = 0;              ///< number of protein-containing meals per day
  mass<T> per_meal{};              ///< protein per meal
  T grams_per_kg_per_meal = T{0};  ///< per meal, g per kg body mass
  mass_rate<T> daily{};            ///< per day
  T grams_per_kg_per_day = T{0};   ///< per day, g per kg body mass
};

namespace detail {
template <real T>
constexpr void validate_meals(unsigned meals) {
  physique::detail::require(meals >= 1U && meals <= 24U, "meals", static_cast<T>(meals), "",
                            "must be within 1-24 meals per day");
}
}  // namespace detail

/// Protein per meal for a per-meal target: `grams_per_kg_per_meal` x body mass, over `meals`
/// meals. Defaults to Schoenfeld & Aragon's 0.4 g/kg/meal, and 4 meals (their minimum),
/// which give 1.6 g/kg/day.
/// \param body_mass finite, > 0
/// \param meals 1-24
/// \param grams_per_kg_per_meal finite, >= 0 (0.55 is the sources' upper figure)
/// \throws invalid_argument naming `body_mass`, `meals` or `grams_per_kg_per_meal`.
/// Source: Schoenfeld & Aragon 2018, J Int Soc Sports Nutr 15:10.
template <real T>
[[nodiscard]] constexpr meal_protein<T> protein_by_meal(
    const mass<T>& body_mass, unsigned meals = guideline::meal_count_minimum,
    T grams_per_kg_per_meal = static_cast<T>(guideline::meal_protein_g_per_kg)) {
  physique::detail::require_body_mass("body_mass", body_mass);
  detail::validate_meals<T>(meals);
  physique::detail::require_within("grams_per_kg_per_meal", grams_per_kg_per_meal, T{0}, T{100},
                                   "g/kg", "must be within 0-100 g/kg");
  const T kg = body_mass.in(kilograms);
  const T n = static_cast<T>(meals);
  meal_protein<T> r;
  r.meals = meals;
  r.grams_per_kg_per_meal = grams_per_kg_per_meal;
  r.per_meal = grams(grams_per_kg_per_meal * kg);
  r.grams_per_kg_per_day = grams_per_kg_per_meal * n;
  r.daily = grams_per_day(grams_per_kg_per_meal * kg * n);
  return r;
}

/// A given daily protein amount spread evenly over `meals` meals, with the per-meal amount
/// per kg of body mass (compare it with 0.4 and 0.55 g/kg, Schoenfeld & Aragon 2018).
/// \throws invalid_argument naming `daily_protein` (negative or not finite), `body_mass`
///   (not positive) or `meals` (outside 1-24).
template <real T>
[[nodiscard]] constexpr meal_protein<T> distribute_protein(const mass_rate<T>& daily_protein,
                                                           const mass<T>& body_mass,
                                                           unsigned meals) {
  physique::detail::require_within("daily_protein", daily_protein.in(grams_per_day), T{0},
                                   static_cast<T>(bounds::energy_intake.high / 4.0), "g/d",
                                   "must be within 0-7500 g/d");
  physique::detail::require_body_mass("body_mass", body_mass);
  detail::validate_meals<T>(meals);
  const T kg = body_mass.in(kilograms);
  const T g_per_day = daily_protein.in(grams_per_day);
  const T per_meal_g = g_per_day / static_cast<T>(meals);
  meal_protein<T> r;
  r.meals = meals;
  r.per_meal = grams(per_meal_g);
  r.grams_per_kg_per_meal = per_meal_g / kg;
  r.daily = daily_protein;
  r.grams_per_kg_per_day = g_per_day / kg;
  return r;
}

}  // namespace physique::nutrition
