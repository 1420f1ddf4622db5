// SPDX-License-Identifier: MIT
// The calls people write: a float or integer activity factor next to a double rate, a
// std::array of activity periods, the weight-band equations without a made-up height. Each
// call below did not compile before the overload it exercises.
#include <doctest/doctest.h>

#include <array>

#include <physique/energy.hpp>

using namespace physique;
using namespace physique::energy;

TEST_CASE("mixed number types are promoted as <cmath> promotes them") {
  const energy_rate<double> ree = 1781.6_kcal_per_day;
  // Mifflin-St Jeor, 30-year-old man of 80 kg and 180 cm: 1781.6 kcal/d x PAL 1.55.
  const auto tee = total_energy_expenditure(ree, 1.55f);
  static_assert(std::same_as<decltype(tee), const energy_rate<double>>);
  CHECK(tee.in(kilocalories_per_day) == doctest::Approx(1781.6 * 1.55).epsilon(1e-7));
  const auto doubled = total_energy_expenditure(ree, 2);  // an integer factor reads as double
  CHECK(doubled.in(kilocalories_per_day) == doctest::Approx(3563.2));
  const auto from_float = total_energy_expenditure(kilocalories_per_day(1800.0f), 1.5);
  static_assert(std::same_as<decltype(from_float), const energy_rate<double>>);
  CHECK(from_float.in(kilocalories_per_day) == doctest::Approx(2700.0));
  // Westerterp 2004: 10 % of a 2500 kcal/d intake is 250 kcal/d.
  CHECK(thermic_effect_of_food(2500_kcal_per_day, 0.1f).in(kilocalories_per_day) ==
        doctest::Approx(250.0).epsilon(1e-6));
  CHECK_THROWS_AS((void)total_energy_expenditure(ree, 9), physique::invalid_argument);
  static_assert(std::same_as<promoted_t<float, int>, double>);
  static_assert(std::same_as<promoted_t<float, float>, float>);
  static_assert(std::same_as<promoted_t<double, long double>, long double>);
}

TEST_CASE("a std::array of the day's activities gives its PAL") {
  // FAO/WHO/UNU 2004, Table 5.3: the sedentary example, PAL 1.53.
  const std::array<activity_period<double>, 9> day{{
      {8_hours, 1.0},  // sleeping
      {1_hours, 2.3},  // personal care
      {1_hours, 1.5},  // eating
      {1_hours, 2.1},  // cooking
      {8_hours, 1.5},  // sitting
      {1_hours, 2.8},  // general household work
      {1_hours, 2.0},  // driving to and from work
      {1_hours, 3.2},  // walking without a load
      {2_hours, 1.4},  // light leisure
  }};
  CHECK(factorial_pal(day) == doctest::Approx(1.53).epsilon(0.005 / 1.53));
}

TEST_CASE("the weight-band equations take sex, age and weight alone") {
  // Schofield 1985, 18-30 y man of 70 kg: 15.057 x 70 + 692.2 = 1746.19 kcal/d.
  CHECK(schofield{}(sex::male, 25_yr, 70_kg).in(kilocalories_per_day) ==
        doctest::Approx(1746.19).epsilon(1e-5));
  // Henry 2005, 32-year-old man of 67 kg: 14.2 x 67 + 593 = 1544.4 kcal/d.
  CHECK(henry_oxford{}(sex::male, 32_yr, 67_kg).in(kilocalories_per_day) ==
        doctest::Approx(1544.4).epsilon(1e-5));
  // 65-year-old woman of 58 kg, 60-70 band: 10.2 x 58 + 572 = 1163.6 kcal/d.
  CHECK(henry_oxford_older_split{}(sex::female, 65_yr, 58_kg).in(kilocalories_per_day) ==
        doctest::Approx(1163.6).epsilon(1e-5));
  const person<double> p{sex::male, 25_yr, 178_cm, 70_kg};
  CHECK(schofield{}(sex::male, 25_yr, 70_kg) == schofield{}(p));
  CHECK(schofield{}.validity(sex::male, 25_yr, 70_kg).inside());
  CHECK_THROWS_AS((void)schofield{}(sex::male, 25_yr, -70_kg), physique::invalid_argument);
  CHECK_THROWS_AS((void)henry_oxford{}(sex::male, 140_yr, 70_kg), physique::invalid_argument);
}
