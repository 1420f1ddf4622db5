// SPDX-License-Identifier: MIT
#include <physique/nutrition/atwater.hpp>

#include <doctest/doctest.h>

#include <limits>

#include "error_message.hpp"

using namespace physique;
using namespace physique::nutrition;
using nutrition_test::error_message;
using nutrition_test::mentions;

TEST_CASE_TEMPLATE("Atwater general factors: kcal and kJ columns", T, float, double) {
  // Atwater & Bryant 1900 / FAO 2003 ch. 3: 4 / 4 / 9 / 7 / 2 kcal/g and
  // 17 / 17 / 37 / 29 / 8 kJ/g (the kJ column as in EU 1169/2011 Annex XIV).
  // Exact small integers: the tolerance only covers the kJ <-> kcal conversion (4.184).
  const auto kcal = [](macronutrient n) { return atwater_factor<T>(n).in(kilocalories_per_gram); };
  const auto kj = [](macronutrient n) {
    return atwater_factor<T>(n, factor_table::kilojoules).in(kilojoules_per_gram);
  };
  CHECK(kcal(macronutrient::protein) == doctest::Approx(4.0));
  CHECK(kcal(macronutrient::carbohydrate) == doctest::Approx(4.0));
  CHECK(kcal(macronutrient::fat) == doctest::Approx(9.0));
  CHECK(kcal(macronutrient::alcohol) == doctest::Approx(7.0));
  CHECK(kcal(macronutrient::fibre) == doctest::Approx(2.0));
  CHECK(kj(macronutrient::protein) == doctest::Approx(17.0).epsilon(1e-6));
  CHECK(kj(macronutrient::carbohydrate) == doctest::Approx(17.0).epsilon(1e-6));
  CHECK(kj(macronutrient::fat) == doctest::Approx(37.0).epsilon(1e-6));
  CHECK(kj(macronutrient::alcohol) == doctest::Approx(29.0).epsilon(1e-6));
  CHECK(kj(macronutrient::fibre) == doctest::Approx(8.0).epsilon(1e-6));
}

TEST_CASE_TEMPLATE("Atwater: grams to energy and back", T, float, double) {
  // 128 g protein x 4 kcal/g = 512 kcal; 100 g fat x 9 = 900 kcal; 14 g alcohol (one US
  // standard drink) x 7 = 98 kcal; 30 g fibre x 2 = 60 kcal = 30 x 8 = 240 kJ (FAO 2003).
  CHECK(energy_of(grams(T(128)), macronutrient::protein).in(kilocalories) ==
        doctest::Approx(512.0));
  CHECK(energy_of(grams(T(100)), macronutrient::fat).in(kilocalories) == doctest::Approx(900.0));
  CHECK(energy_of(grams(T(14)), macronutrient::alcohol).in(kilocalories) == doctest::Approx(98.0));
  CHECK(energy_of(grams(T(30)), macronutrient::fibre).in(kilocalories) == doctest::Approx(60.0));
  CHECK(energy_of(grams(T(30)), macronutrient::fibre, factor_table::kilojoules).in(kilojoules) ==
        doctest::Approx(240.0).epsilon(1e-6));

  // Daily amounts: 247 g/d carbohydrate x 4 = 988 kcal/d; 500 kcal/d of fat / 9 = 55.556 g/d.
  CHECK(energy_of(grams_per_day(T(247)), macronutrient::carbohydrate).in(kilocalories_per_day) ==
        doctest::Approx(988.0));
  CHECK(mass_for(kilocalories_per_day(T(500)), macronutrient::fat).in(grams_per_day) ==
        doctest::Approx(500.0 / 9.0).epsilon(1e-6));
  CHECK(mass_for(kilocalories_per_day(T(988)), macronutrient::carbohydrate).in(grams_per_day) ==
        doctest::Approx(247.0).epsilon(1e-6));
  CHECK(mass_for(kilocalories(T(900)), macronutrient::fat).in(grams) ==
        doctest::Approx(100.0).epsilon(1e-6));
  // 1700 kJ of protein with the kJ column is exactly 100 g.
  CHECK(mass_for(kilojoules(T(1700)), macronutrient::protein, factor_table::kilojoules).in(grams) ==
        doctest::Approx(100.0).epsilon(1e-6));
}

TEST_CASE_TEMPLATE("Trap: the kJ column is rounded on its own (17 kJ/g, not 4 x 4.184)", T, float,
                   double) {
  // EU 1169/2011 Annex XIV prints protein 17 kJ / 4 kcal per gram. 100 g of protein is
  // 1700 kJ by the kJ column but 400 kcal = 1673.6 kJ by the kcal column: 26.4 kJ (1.6 %)
  // apart. Fat: 37 kJ vs 9 x 4.184 = 37.656 kJ per gram. Both columns are kept as printed.
  const auto g100 = grams(T(100));
  CHECK(energy_of(g100, macronutrient::protein, factor_table::kilojoules).in(kilojoules) ==
        doctest::Approx(1700.0).epsilon(1e-6));
  CHECK(energy_of(g100, macronutrient::protein).in(kilojoules) ==
        doctest::Approx(1673.6).epsilon(1e-6));
  CHECK(energy_of(g100, macronutrient::fat, factor_table::kilojoules).in(kilojoules) ==
        doctest::Approx(3700.0).epsilon(1e-6));
  CHECK(energy_of(g100, macronutrient::fat).in(kilojoules) ==
        doctest::Approx(3765.6).epsilon(1e-6));
}

TEST_CASE_TEMPLATE("Trap: per-ounce factors (fat is 255 kcal/oz, not 225)", T, float, double) {
  // energy_composition.md section 7 item 9: an older wger consts.py used 113 kcal/oz for
  // protein and carbohydrate (4 x 28.35) but 225 for fat, which should be about 255.
  // 1 oz = 28.349523125 g exactly: protein 4 x 28.349523125 = 113.3981 kcal,
  // fat 9 x 28.349523125 = 255.1457 kcal.
  const auto oz = ounces(T(1));
  CHECK(energy_of(oz, macronutrient::protein).in(kilocalories) ==
        doctest::Approx(113.398).epsilon(1e-5));
  CHECK(energy_of(oz, macronutrient::carbohydrate).in(kilocalories) ==
        doctest::Approx(113.398).epsilon(1e-5));
  CHECK(energy_of(oz, macronutrient::fat).in(kilocalories) ==
        doctest::Approx(255.146).epsilon(1e-5));
  CHECK(energy_of(oz, macronutrient::fat).in(kilocalories) > T(250));
}

TEST_CASE_TEMPLATE("Atwater: bad input names the parameter", T, float, double) {
  const T nan = std::numeric_limits<T>::quiet_NaN();
  CHECK_THROWS_AS((void)energy_of(grams(T(-1)), macronutrient::fat), physique::invalid_argument);
  // The value is reported in grams (-5 g may print as -4.9999999 in float).
  const std::string negative =
      error_message([] { (void)energy_of(grams(T(-5)), macronutrient::fat); });
  CHECK(mentions(negative, "invalid amount = -"));
  CHECK(mentions(negative, " g: must be zero or positive"));
  CHECK_THROWS_AS((void)energy_of(grams(nan), macronutrient::protein), physique::invalid_argument);
  CHECK_THROWS_AS((void)energy_of(grams_per_day(nan), macronutrient::protein),
                  physique::invalid_argument);
  CHECK(mentions(
      error_message([] { (void)mass_for(kilocalories_per_day(T(-100)), macronutrient::fat); }),
      "energy = -100 kcal/d"));
  CHECK_THROWS_AS((void)mass_for(kilocalories(nan), macronutrient::fat),
                  physique::invalid_argument);
  // Zero is a valid amount.
  CHECK(energy_of(grams(T(0)), macronutrient::fat).in(kilocalories) == T(0));
}

TEST_CASE("Atwater: names and constant evaluation") {
  CHECK(std::string(to_string(macronutrient::fibre)) == "fibre");
  CHECK(std::string(to_string(macronutrient::carbohydrate)) == "carbohydrate");
  static_assert(atwater_factor<double>(macronutrient::fat).in(kilocalories_per_gram) == 9.0);
  static_assert(energy_of(grams(10.0), macronutrient::protein).in(kilocalories) == 40.0);
  CHECK(std::string(fao_2003_food_energy.venue).find("Paper 77") != std::string::npos);
  CHECK(atwater_bryant_1900.year == 1900);
}
