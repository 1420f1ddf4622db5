// SPDX-License-Identifier: MIT
#include <physique/core/literals.hpp>
#include <physique/core/units.hpp>

#include <doctest/doctest.h>

using namespace physique;
using namespace physique::literals;

// Factors from their definitions: 1 lb = 0.45359237 kg and 1 in = 2.54 cm (International
// Yard and Pound Agreement, 1959; NIST SP 811 appendix B); 1 kcal = 4.184 kJ
// (thermochemical calorie, NIST SP 811 B.8; FAO 2003 food-energy report).
TEST_CASE_TEMPLATE("unit conversions use the published exact factors", T, float, double) {
  CHECK(pounds(T(1)).in(kilograms) == doctest::Approx(0.45359237));
  CHECK(kilograms(T(1)).in(pounds) == doctest::Approx(2.2046226218));
  CHECK(ounces(T(16)).in(pounds) == doctest::Approx(1.0));
  CHECK(stones(T(1)).in(pounds) == doctest::Approx(14.0));
  CHECK(inches(T(1)).in(centimeters) == doctest::Approx(2.54));
  CHECK(feet(T(1)).in(inches) == doctest::Approx(12.0));
  CHECK(meters(T(1.8)).in(centimeters) == doctest::Approx(180.0));
  CHECK(kilocalories(T(1)).in(kilojoules) == doctest::Approx(4.184));
  CHECK(megajoules(T(1)).in(kilocalories) == doctest::Approx(239.0057361));
  CHECK(weeks(T(1)).in(days) == doctest::Approx(7.0));
  CHECK(hours(T(36)).in(days) == doctest::Approx(1.5));
  CHECK(years(T(1)).in(days) == doctest::Approx(365.2425));
  CHECK(watts(T(100)).in(kilocalories_per_day) == doctest::Approx(2065.0095602));
  CHECK(pounds_per_week(T(1)).in(kilograms_per_week) == doctest::Approx(0.45359237));
  CHECK(kilocalories_per_pound(T(3500)).in(kilocalories_per_kilogram) ==
        doctest::Approx(7716.1791764));
}

TEST_CASE("textbook values convert as published") {
  // 176 lb = 79.832 kg; 5 ft 10 in = 177.8 cm; 10460 kJ = 2500 kcal.
  CHECK((176_lb).in(kilograms) == doctest::Approx(79.83225712));
  CHECK((feet(5) + inches(10)).in(centimeters) == doctest::Approx(177.8));
  CHECK((10460_kJ).in(kilocalories) == doctest::Approx(2500.0));
  CHECK((2500_kcal).in(kilojoules) == doctest::Approx(10460.0));
}

TEST_CASE("the static energy rule is a product of typed quantities") {
  // 500 kcal/day for one week at 3500 kcal/lb is 1 lb.
  const auto deficit = 500_kcal_per_day * 7_days;
  const mass<double> lost = deficit / kilocalories_per_pound(3500.0);
  CHECK(lost.in(pounds) == doctest::Approx(1.0));
  // A rate of weight change times a duration is a mass.
  CHECK((0.5_kg_per_week * 4_weeks).in(kilograms) == doctest::Approx(2.0));
}

TEST_CASE_TEMPLATE("mass density: 1 g/mL = 1 kg/L = 1000 kg/m^3", T, float, double) {
  // Densitometry prints body density in g/mL (Siri 1961: fat 0.900, fat-free 1.100 g/mL).
  CHECK(grams_per_milliliter(T(1.1)).in(kilograms_per_cubic_meter) == doctest::Approx(1100.0));
  CHECK(kilograms_per_liter(T(1)).in(grams_per_milliliter) == doctest::Approx(1.0));
  // A mass over a volume is a density: 1.07 kg in 1 L.
  const auto litre = centimeters(T(10)) * centimeters(T(10)) * centimeters(T(10));
  const mass_density<T> d = kilograms(T(1.07)) / litre;
  CHECK(d.in(grams_per_milliliter) == doctest::Approx(1.07));
}
