// SPDX-License-Identifier: MIT
#include <physique/nutrition/protein_distribution.hpp>

#include <doctest/doctest.h>

#include <limits>

#include "error_message.hpp"

using namespace physique;
using namespace physique::nutrition;
using nutrition_test::error_message;
using nutrition_test::mentions;

TEST_CASE_TEMPLATE("per-meal protein: Schoenfeld & Aragon 2018 worked numbers", T, float, double) {
  // Schoenfeld & Aragon 2018 (JISSN 15:10): 0.4 g/kg/meal over at least 4 meals reaches
  // 1.6 g/kg/day; 0.55 g/kg/meal x 4 gives the 2.2 g/kg/day upper figure.
  // 80 kg: 0.4 x 80 = 32 g per meal, x 4 = 128 g/day; 0.55 x 80 = 44 g per meal, 176 g/day.
  const auto base = protein_by_meal(kilograms(T(80)));
  CHECK(base.meals == 4U);
  CHECK(base.per_meal.in(grams) == doctest::Approx(32.0).epsilon(1e-6));
  CHECK(base.daily.in(grams_per_day) == doctest::Approx(128.0).epsilon(1e-6));
  CHECK(base.grams_per_kg_per_day == doctest::Approx(1.6).epsilon(1e-6));

  const auto upper = protein_by_meal(kilograms(T(80)), 4U, T(0.55));
  CHECK(upper.per_meal.in(grams) == doctest::Approx(44.0).epsilon(1e-6));
  CHECK(upper.daily.in(grams_per_day) == doctest::Approx(176.0).epsilon(1e-6));
  CHECK(upper.grams_per_kg_per_day == doctest::Approx(2.2).epsilon(1e-6));

  // Five meals for a 60 kg person: 0.4 x 60 = 24 g per meal, 120 g/day = 2.0 g/kg/day.
  const auto five = protein_by_meal(kilograms(T(60)), 5U);
  CHECK(five.per_meal.in(grams) == doctest::Approx(24.0).epsilon(1e-6));
  CHECK(five.daily.in(grams_per_day) == doctest::Approx(120.0).epsilon(1e-6));

  // The other way round: 176 g/day over 4 meals for 80 kg is 44 g = 0.55 g/kg per meal.
  const auto spread = distribute_protein(grams_per_day(T(176)), kilograms(T(80)), 4U);
  CHECK(spread.per_meal.in(grams) == doctest::Approx(44.0).epsilon(1e-6));
  CHECK(spread.grams_per_kg_per_meal == doctest::Approx(0.55).epsilon(1e-6));
  CHECK(spread.grams_per_kg_per_day == doctest::Approx(2.2).epsilon(1e-6));
  // 128 g over 3 meals: 42.667 g = 0.5333 g/kg per meal.
  const auto three = distribute_protein(grams_per_day(T(128)), kilograms(T(80)), 3U);
  CHECK(three.per_meal.in(grams) == doctest::Approx(128.0 / 3.0).epsilon(1e-6));
}

TEST_CASE_TEMPLATE("per-meal protein: bad input names the parameter", T, float, double) {
  CHECK(mentions(error_message([] { (void)protein_by_meal(kilograms(T(80)), 0U); }),
                 "invalid meals = 0"));
  CHECK(mentions(error_message([] { (void)protein_by_meal(kilograms(T(80)), 25U); }),
                 "invalid meals = 25"));
  CHECK(mentions(error_message([] { (void)protein_by_meal(kilograms(T(0)), 4U); }),
                 "invalid body_mass = 0 kg"));
  CHECK(mentions(error_message([] { (void)protein_by_meal(kilograms(T(80)), 4U, T(-0.4)); }),
                 "invalid grams_per_kg_per_meal = -0.4"));
  CHECK(mentions(
      error_message([] { (void)distribute_protein(grams_per_day(T(-10)), kilograms(T(80)), 4U); }),
      "invalid daily_protein = -10"));
  CHECK(mentions(error_message([] {
                   (void)distribute_protein(grams_per_day(T(100)),
                                            kilograms(std::numeric_limits<T>::quiet_NaN()), 4U);
                 }),
                 "invalid body_mass"));
}
