// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <physique/composition/lean_body_mass.hpp>
#include <string>

#include "near.hpp"

using physique::centimeters;
using physique::kilograms;
using physique::person;
using physique::sex;
using physique::years;
using physique::composition::boer_1984;
using physique::composition::hume_1966;
using physique::composition::james_1976;
using physique::composition::janmahasatian_2005;
using physique_test::near;

namespace {
template <class T>
person<T> who(sex s, double kg, double cm) {
  return person<T>{s, years(T(40)), centimeters(static_cast<T>(cm)), kilograms(static_cast<T>(kg))};
}
}  // namespace

TEST_CASE_TEMPLATE("Boer matches clinPK", T, float, double) {
  // InsightRX/clinPK tests/testthat/test_calc_lbw.R (values rounded to 0.1): 65 kg,
  // 155 cm: man 48.6, woman 41.4.
  CHECK(near(boer_1984{}(who<T>(sex::male, 65, 155)).in(kilograms), 48.6, 0.05));
  CHECK(near(boer_1984{}(who<T>(sex::female, 65, 155)).in(kilograms), 41.4, 0.05));
}

TEST_CASE_TEMPLATE("James matches clinPK", T, float, double) {
  // clinPK test_calc_lbw.R (default method, James/Green, rounded to 0.1): woman 80 kg,
  // 180 cm -> 56.4; man 50 kg, 150 cm -> 40.8. test_calc_ffm.R: ffm_james(80 kg,
  // female, 150 cm) = 43.502222.
  CHECK(near(james_1976{}(who<T>(sex::female, 80, 180)).in(kilograms), 56.4, 0.05));
  CHECK(near(james_1976{}(who<T>(sex::male, 50, 150)).in(kilograms), 40.8, 0.05));
  CHECK(near(james_1976{}(who<T>(sex::female, 80, 150)).in(kilograms), 43.502222, 1e-4));
}

TEST_CASE_TEMPLATE("Hume matches clinPK", T, float, double) {
  // clinPK test_calc_ffm.R: ffm_hume(80 kg, female, 150 cm) = 43.0814.
  CHECK(near(hume_1966{}(who<T>(sex::female, 80, 150)).in(kilograms), 43.0814, 1e-4));
  // Men, worked by hand from Hume's coefficients: 0.32810*80 + 0.33929*170 - 29.5336
  // = 54.3937.
  CHECK(near(hume_1966{}(who<T>(sex::male, 80, 170)).in(kilograms), 54.3937, 1e-4));
}

TEST_CASE_TEMPLATE("Janmahasatian matches clinPK", T, float, double) {
  // InsightRX/clinPK tests/testthat/test_calc_ffm.R: ffm_janmahasatian_green(80 kg, male,
  // 150 cm) = 51.643454.
  CHECK(near(janmahasatian_2005{}(who<T>(sex::male, 80, 150)).in(kilograms), 51.643454, 1e-4));
  // calc_ffm(80 kg, BMI 20, male) rounds to 67; (80 kg, BMI 30) to 56 (men) and 46 (women).
  // Heights giving those BMIs: sqrt(80 / 20) = 2 m, sqrt(80 / 30) = 163.299 cm.
  CHECK(near(janmahasatian_2005{}(who<T>(sex::male, 80, 200)).in(kilograms), 67.0, 0.5));
  CHECK(near(janmahasatian_2005{}(who<T>(sex::male, 80, 163.29932)).in(kilograms), 56.0, 0.5));
  CHECK(near(janmahasatian_2005{}(who<T>(sex::female, 80, 163.29932)).in(kilograms), 46.0, 0.5));
}

TEST_CASE_TEMPLATE("Janmahasatian keeps rising in obesity where James turns down", T, float,
                   double) {
  const janmahasatian_2005 eq;
  CHECK(eq(who<T>(sex::female, 140, 160)) > eq(who<T>(sex::female, 120, 160)));
  // Hand-worked: 120 kg, 160 cm woman, BMI 46.875: 9270 * 120 / (8780 + 244 * 46.875)
  // = 55.0216.
  CHECK(near(eq(who<T>(sex::female, 120, 160)).in(kilograms), 55.0216, 1e-3));
  CHECK(eq.validity(who<T>(sex::female, 120, 160)).inside());
  CHECK_FALSE(eq.validity(person<T>{sex::male, years(T(12)), centimeters(T(150)), kilograms(T(40))})
                  .inside());
  CHECK_THROWS_AS((void)eq(who<T>(sex::male, -1, 170)), physique::invalid_argument);
}

TEST_CASE_TEMPLATE("James turns down in obesity and reports it", T, float, double) {
  const james_1976 eq;
  // Past BMI 36.1 (women) more weight gives less lean mass: 120 kg vs 140 kg at 160 cm.
  CHECK(eq(who<T>(sex::female, 140, 160)) < eq(who<T>(sex::female, 120, 160)));
  CHECK(eq.validity(who<T>(sex::female, 120, 160)).find("bmi") != nullptr);
  CHECK(eq.validity(who<T>(sex::female, 60, 160)).inside());
  CHECK(near(james_1976::turning_bmi(sex::male), 42.97, 0.01));
  CHECK(near(james_1976::turning_bmi(sex::female), 36.15, 0.01));
}

TEST_CASE_TEMPLATE("lean mass equations reject impossible people", T, float, double) {
  try {
    (void)hume_1966{}(who<T>(sex::male, 0, 170));
    FAIL("expected invalid_argument");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "body_mass");
  }
  CHECK_THROWS_AS((void)boer_1984{}(who<T>(sex::male, 80, 400)), physique::invalid_argument);
  CHECK(boer_1984{}.validity(who<T>(sex::male, 80, 180)).inside());
}
