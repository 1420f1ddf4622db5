// SPDX-License-Identifier: MIT
#include <physique/nutrition/macros.hpp>

#include <doctest/doctest.h>

#include <limits>

#include "error_message.hpp"

using namespace physique;
using namespace physique::nutrition;
using nutrition_test::error_message;
using nutrition_test::mentions;

TEST_CASE_TEMPLATE("macros: Atwater energy and shares of a day", T, float, double) {
  // 150 g protein, 70 g fat, 250 g carbohydrate, 14 g alcohol with 4 / 9 / 4 / 7 kcal/g
  // (Atwater & Bryant 1900): 600 + 630 + 1000 + 98 = 2328 kcal/day.
  // kJ column (FAO 2003; EU 1169/2011): 150 x 17 + 70 x 37 + 250 x 17 + 14 x 29
  // = 2550 + 2590 + 4250 + 406 = 9796 kJ/day.
  const macros<T> day{grams_per_day(T(150)), grams_per_day(T(70)), grams_per_day(T(250)),
                      grams_per_day(T(14))};
  CHECK(total_energy(day).in(kilocalories_per_day) == doctest::Approx(2328.0).epsilon(1e-6));
  CHECK(total_energy(day, factor_table::kilojoules).in(kilojoules_per_day) ==
        doctest::Approx(9796.0).epsilon(1e-6));
  // Shares: protein 600 / 2328 = 0.257732, fat 630 / 2328 = 0.270619,
  // carbohydrate 1000 / 2328 = 0.429553, alcohol 98 / 2328 = 0.042096; they sum to 1.
  CHECK(energy_share(day, macronutrient::protein) == doctest::Approx(600.0 / 2328.0));
  CHECK(energy_share(day, macronutrient::fat) == doctest::Approx(630.0 / 2328.0));
  CHECK(energy_share(day, macronutrient::carbohydrate) == doctest::Approx(1000.0 / 2328.0));
  CHECK(energy_share(day, macronutrient::alcohol) == doctest::Approx(98.0 / 2328.0));
  CHECK(energy_share(day, macronutrient::fibre) == T(0));
  CHECK(amount(day, macronutrient::fat).in(grams_per_day) == doctest::Approx(70.0));

  // Nothing eaten: zero energy, zero shares (no division by zero).
  const macros<T> none{};
  CHECK(total_energy(none).in(kilocalories_per_day) == T(0));
  CHECK(energy_share(none, macronutrient::protein) == T(0));
}

TEST_CASE_TEMPLATE("macros: bad input names the field", T, float, double) {
  macros<T> bad{};
  bad.fat = grams_per_day(T(-3));
  CHECK_THROWS_AS(validate(bad), physique::invalid_argument);
  CHECK(mentions(error_message([&] { (void)total_energy(bad); }), "invalid fat = -3"));
  macros<T> nan_carbs{};
  nan_carbs.carbohydrate = grams_per_day(std::numeric_limits<T>::quiet_NaN());
  CHECK(mentions(error_message([&] { validate(nan_carbs); }), "invalid carbohydrate"));
  macros<T> neg_alcohol{};
  neg_alcohol.alcohol = grams_per_day(T(-1));
  CHECK(mentions(error_message([&] { validate(neg_alcohol); }), "invalid alcohol"));
}
