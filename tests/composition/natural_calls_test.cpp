// SPDX-License-Identifier: MIT
// The calls people write: a BMI that is already known, weight and height without an age,
// vectors for the batches. Each call below did not compile before its overload.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include <physique/composition.hpp>

#include "near.hpp"

using namespace physique;
using namespace physique::composition;
using physique_test::near;

TEST_CASE("Deurenberg from a known BMI") {
  // Deurenberg 1991, adult formula: a 20-year-old man of BMI 22.4 -> 15.3 %; a 40-year-old
  // woman of BMI 13.8 -> 20.4 %; a 14-year-old girl of BMI 24.4 (child formula) -> 28.4 %.
  CHECK(near(deurenberg_1991{}(sex::male, 20_yr, 22.4), 15.3, 0.05));
  CHECK(near(deurenberg_1991{}(sex::female, 40_yr, 13.8), 20.4, 0.05));
  CHECK(near(deurenberg_1991_child{}(sex::female, 14_yr, 24.4), 28.4, 0.05));
  const person<double> p{sex::male, 35_yr, 180_cm, 84_kg};
  CHECK(deurenberg_1991{}(p) ==
        deurenberg_1991{}(p.sex, p.age, body_mass_index(p.body_mass, p.height)));
  CHECK(deurenberg_1991{}.validity(sex::male, 20_yr, 45.0).find("bmi") != nullptr);
  CHECK_THROWS_AS((void)deurenberg_1991{}(sex::male, 20_yr, -1.0), physique::invalid_argument);
  CHECK_THROWS_AS((void)deurenberg_1991{}(sex::male, 20_yr, std::nan("")),
                  physique::invalid_argument);
}

TEST_CASE("lean body mass from sex, weight and height") {
  // Boer 1984: man 65 kg, 155 cm -> 0.407 x 65 + 0.267 x 155 - 19.2 = 48.6 kg.
  CHECK(near(boer_1984{}(sex::male, 65_kg, 155_cm).in(kilograms), 48.6, 0.05));
  // James 1976: woman 80 kg, 150 cm -> 1.07 x 80 - 148 (80/150)^2 = 43.502 kg.
  CHECK(near(james_1976{}(sex::female, 80_kg, 150_cm).in(kilograms), 43.502222, 1e-4));
  // Hume 1966: man 80 kg, 170 cm -> 0.32810 x 80 + 0.33929 x 170 - 29.5336 = 54.3937 kg.
  CHECK(near(hume_1966{}(sex::male, 80_kg, 170_cm).in(kilograms), 54.3937, 1e-4));
  // Janmahasatian 2005: man 80 kg, 150 cm (clinPK's test value) -> 51.643454 kg.
  CHECK(near(janmahasatian_2005{}(sex::male, 80_kg, 150_cm).in(kilograms), 51.643454, 1e-4));
  CHECK_THROWS_AS((void)boer_1984{}(sex::male, 65_kg, 10_ft), physique::invalid_argument);
}

TEST_CASE("the batches take vectors") {
  const std::vector<sex> sexes{sex::male};
  const std::vector<duration<double>> ages{40_yr};
  const std::vector<length<double>> heights{180_cm};
  const std::vector<mass<double>> masses{100_kg};
  std::vector<double> out(1);
  jackson_2002_batch(sexes, ages, heights, masses, out);
  CHECK(near(out[0], 29.618, 2e-3));  // as jackson_2002_test.cpp
}
