// SPDX-License-Identifier: MIT
// The literals and units people reach for: `_yr` for ages, kcal/day per kg for expenditure
// per kilogram (the Katch-McArdle slope, the Hall model's coefficients). Neither existed.
#include <doctest/doctest.h>

#include <string_view>

#include <physique/core.hpp>

using namespace physique;

TEST_CASE("ages in years") {
  const person<double> p{sex::female, 29_yr, 168_cm, 61_kg};
  CHECK(p.age == years(29.0));
  CHECK(30_yr == years(30.0));
  // A year is the mean Gregorian year: 365.2425 days.
  CHECK((1_yr).in(days) == doctest::Approx(365.2425).epsilon(1e-15));
}

TEST_CASE("energy rate per mass") {
  // Katch-McArdle's slope: 21.6 kcal/day per kg of fat-free mass; x 68.67 kg = 1483.3 kcal/d.
  const energy_rate_per_mass<double> slope = 21.6_kcal_per_day_per_kg;
  const energy_rate<double> part = slope * 68.67_kg;
  CHECK(part.in(kilocalories_per_day) == doctest::Approx(21.6 * 68.67).epsilon(1e-12));
  // An expenditure per kilogram of body mass: 2500 kcal/d over 80 kg = 31.25 kcal/d/kg.
  const energy_rate_per_mass<double> per_kg = 2500_kcal_per_day / 80_kg;
  CHECK(per_kg.in(kilocalories_per_day_per_kilogram) == doctest::Approx(31.25).epsilon(1e-15));
  CHECK(per_kg.in(kilojoules_per_day_per_kilogram) ==
        doctest::Approx(31.25 * 4.184).epsilon(1e-14));
  CHECK(std::string_view(base_unit_symbol<dimensions::energy_rate_per_mass>()) == "kcal/d/kg");
}
