// SPDX-License-Identifier: MIT
#include <physique/energy/henry_oxford.hpp>

#include <doctest/doctest.h>

#include <string>

#include "test_support.hpp"

using namespace physique;
using physique::energy::henry_oxford;
using physique::energy::henry_oxford_older_split;
using physique::energy_test::kcal;
using physique::energy_test::make_person;

TEST_CASE_TEMPLATE("Henry/Oxford: weight-only bands", T, float, double) {
  // pydemull/activAnalyzer tests/testthat/test-compute_bmr.R: a 32-year-old man of 67 kg is
  // 14.2*67 + 593 = 1544.4 kcal/day (Henry 2005, men 30-60).
  CHECK(kcal(henry_oxford{}(make_person<T>(sex::male, T(32), T(175), T(67)))) ==
        doctest::Approx(1544.4).epsilon(1e-5));
  // Same file: a 65-year-old woman of 58 kg is 10.2*58 + 572 = 1163.6 with the 60-70 band.
  CHECK(kcal(henry_oxford_older_split{}(make_person<T>(sex::female, T(65), T(160), T(58)))) ==
        doctest::Approx(1163.6).epsilon(1e-5));
  // With the single 60+ band: 10.1*58 + 569 = 1154.8.
  CHECK(kcal(henry_oxford{}(make_person<T>(sex::female, T(65), T(160), T(58)))) ==
        doctest::Approx(1154.8).epsilon(1e-5));
  // Trap 6: one implementation converts the 60-70 men's MJ slope wrongly (0.0543 / 4.184
  // instead of x 1000 / 4.184). 65-year-old man, 70 kg: 13.0*70 + 567 = 1477 kcal/day.
  CHECK(kcal(henry_oxford_older_split{}(make_person<T>(sex::male, T(65), T(170), T(70)))) ==
        doctest::Approx(1477.0).epsilon(1e-5));
  // 75-year-old man, 70 kg, 70+ band: 13.7*70 + 481 = 1440.
  CHECK(kcal(henry_oxford_older_split{}(make_person<T>(sex::male, T(75), T(170), T(70)))) ==
        doctest::Approx(1440.0).epsilon(1e-5));
  // Below 60 both objects agree (child 5 y girl, 20 kg: 20.1*20 + 507 = 909).
  CHECK(kcal(henry_oxford_older_split{}(make_person<T>(sex::female, T(5), T(110), T(20)))) ==
        doctest::Approx(909.0).epsilon(1e-5));
  CHECK(kcal(henry_oxford{}(make_person<T>(sex::female, T(5), T(110), T(20)))) ==
        doctest::Approx(909.0).epsilon(1e-5));
}

TEST_CASE_TEMPLATE("Henry/Oxford: adult bands agree with the MJ/day forms", T, float, double) {
  // Henry 2005 also prints the adult equations in MJ/day (energy_composition.md 1.5):
  // men 0.0669W+2.28, 0.0592W+2.48, 0.0563W+2.15; women 0.0546W+2.33, 0.0407W+2.90,
  // 0.0424W+2.38. At 70 kg (men) and 60 kg (women) they agree with the kcal forms to the
  // 3 significant figures printed (tolerance 0.5 %).
  struct row {
    sex s;
    double age, w, mj_slope, mj_intercept;
  };
  const row rows[] = {{sex::male, 25, 70, 0.0669, 2.28},   {sex::male, 45, 70, 0.0592, 2.48},
                      {sex::male, 65, 70, 0.0563, 2.15},   {sex::female, 25, 60, 0.0546, 2.33},
                      {sex::female, 45, 60, 0.0407, 2.90}, {sex::female, 65, 60, 0.0424, 2.38}};
  for (const row& r : rows) {
    CAPTURE(r.age);
    const double expected_kcal = (r.mj_slope * r.w + r.mj_intercept) * 1000.0 / 4.184;
    CHECK(kcal(henry_oxford{}(
              make_person<T>(r.s, static_cast<T>(r.age), T(170), static_cast<T>(r.w)))) ==
          doctest::Approx(expected_kcal).epsilon(0.005));
  }
}

TEST_CASE_TEMPLATE("Henry/Oxford: edges, info and bad input", T, float, double) {
  // Band edges are half-open: 59.9 y uses 30-60, 60 y the older band.
  CHECK(kcal(henry_oxford{}(make_person<T>(sex::male, T(59.9), T(175), T(70)))) ==
        doctest::Approx(14.2 * 70 + 593).epsilon(1e-5));
  CHECK(kcal(henry_oxford{}(make_person<T>(sex::male, T(60), T(175), T(70)))) ==
        doctest::Approx(13.5 * 70 + 514).epsilon(1e-5));
  CHECK(std::string(henry_oxford::info.source.doi) == "10.1079/PHN2005801");
  CHECK(henry_oxford{}.validity(make_person<T>(sex::male, T(60), T(175), T(70))).inside());
  CHECK_THROWS_AS((void)henry_oxford{}(make_person<T>(sex::male, T(40), T(175), T(-70))),
                  physique::invalid_argument);
}
