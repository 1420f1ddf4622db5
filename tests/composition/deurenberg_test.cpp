// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <physique/composition/deurenberg.hpp>
#include <string>

#include "near.hpp"

using physique::kilograms;
using physique::meters;
using physique::person;
using physique::sex;
using physique::years;
using physique::composition::deurenberg_1991;
using physique::composition::deurenberg_1991_child;
using physique_test::near;

namespace {
// A person whose BMI is exactly `bmi` (height 1 m).
template <class T>
person<T> with_bmi(sex s, double age, double bmi) {
  return person<T>{s, years(static_cast<T>(age)), meters(T(1)), kilograms(static_cast<T>(bmi))};
}
}  // namespace

TEST_CASE_TEMPLATE("Deurenberg adult formula matches published values", T, float, double) {
  const deurenberg_1991 eq;
  // AnniKulmanen/Aloitus test_fitness.py (rounded to 0.1, tolerance 0.05):
  // men (BMI, age) (22.4, 20) 15.3, (13.8, 40) 9.6, (34.6, 70) 41.4;
  // women (20.8, 20) 24.2, (13.8, 40) 20.4, (34.6, 60) 49.9.
  CHECK(near(eq(with_bmi<T>(sex::male, 20, 22.4)), 15.3, 0.05));
  CHECK(near(eq(with_bmi<T>(sex::male, 40, 13.8)), 9.6, 0.05));
  CHECK(near(eq(with_bmi<T>(sex::male, 70, 34.6)), 41.4, 0.05));
  CHECK(near(eq(with_bmi<T>(sex::female, 20, 20.8)), 24.2, 0.05));
  CHECK(near(eq(with_bmi<T>(sex::female, 40, 13.8)), 20.4, 0.05));
  CHECK(near(eq(with_bmi<T>(sex::female, 60, 34.6)), 49.9, 0.05));
  // Sex coding: S = 1 for men, so a man is 10.8 points below a woman of the same BMI/age.
  CHECK(
      near(eq(with_bmi<T>(sex::female, 30, 24)) - eq(with_bmi<T>(sex::male, 30, 24)), 10.8, 1e-4));
}

TEST_CASE_TEMPLATE("Deurenberg child formula matches published values", T, float, double) {
  const deurenberg_1991_child eq;
  // Aloitus: BMI 24.4, 14 y: girl 28.4, boy 24.8.
  CHECK(near(eq(with_bmi<T>(sex::female, 14, 24.4)), 28.4, 0.05));
  CHECK(near(eq(with_bmi<T>(sex::male, 14, 24.4)), 24.8, 0.05));
}

TEST_CASE_TEMPLATE("Deurenberg validity and bad input", T, float, double) {
  const deurenberg_1991 eq;
  CHECK(eq.validity(with_bmi<T>(sex::male, 30, 24)).inside());
  CHECK(eq.validity(with_bmi<T>(sex::male, 30, 45)).find("bmi") != nullptr);
  CHECK(eq.validity(with_bmi<T>(sex::male, 10, 20)).find("age_years") != nullptr);
  CHECK(deurenberg_1991_child{}.validity(with_bmi<T>(sex::female, 10, 18)).inside());
  CHECK_FALSE(deurenberg_1991_child{}.validity(with_bmi<T>(sex::female, 30, 18)).inside());
  try {
    (void)eq(person<T>{sex::male, years(T(30)), meters(T(-1.7)), kilograms(T(70))});
    FAIL("expected invalid_argument");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "height");
  }
}
