// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <limits>
#include <physique/composition/relative_fat_mass.hpp>
#include <string>

#include "near.hpp"

using physique::centimeters;
using physique::inches;
using physique::sex;
using physique::years;
using physique::composition::relative_fat_mass;
using physique_test::near;

TEST_CASE_TEMPLATE("RFM matches published values", T, float, double) {
  const relative_fat_mass eq;
  // calhub.xyz RFM calculator worked example: male, 175 cm, waist 85 cm -> 22.824 %.
  CHECK(near(eq(sex::male, centimeters(T(175)), centimeters(T(85))), 22.824, 6e-4));
  // Same measurements for a woman: + 12 (Woolcott & Bergman: 76 - 20 H/W for women).
  CHECK(near(eq(sex::female, centimeters(T(175)), centimeters(T(85))), 34.824, 6e-4));
  // Only the ratio matters: inches give the same result.
  CHECK(near(eq(sex::male, inches(T(175) / T(2.54)), inches(T(85) / T(2.54))), 22.824, 1e-3));
}

TEST_CASE_TEMPLATE("RFM sex coding is the reverse of Deurenberg's", T, float, double) {
  // RFM adds 12 for women (S = 1 female); Deurenberg subtracts 10.8 for men (S = 1 male).
  const relative_fat_mass eq;
  const T m = eq(sex::male, centimeters(T(180)), centimeters(T(90)));
  const T f = eq(sex::female, centimeters(T(180)), centimeters(T(90)));
  CHECK(near(f - m, 12.0, 1e-4));
  CHECK(near(m, 24.0, 1e-4));  // 64 - 20 * 2
}

TEST_CASE_TEMPLATE("RFM rejects impossible input and reports age", T, float, double) {
  const relative_fat_mass eq;
  try {
    (void)eq(sex::male, centimeters(T(175)), centimeters(T(0)));
    FAIL("expected invalid_argument");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "waist");
  }
  CHECK_THROWS_AS(
      (void)eq(sex::male, centimeters(std::numeric_limits<T>::quiet_NaN()), centimeters(T(80))),
      physique::invalid_argument);
  CHECK(eq.validity(sex::male, years(T(30))).inside());
  CHECK_FALSE(eq.validity(sex::male, years(T(18))).inside());
}
