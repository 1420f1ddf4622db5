// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <limits>
#include <physique/composition/jackson_pollock.hpp>
#include <string>

#include "near.hpp"

using physique::millimeters;
using physique::years;
using physique::composition::density_conversion;
using physique::composition::jackson_pollock_3_female;
using physique::composition::jackson_pollock_3_male;
using physique::composition::jackson_pollock_7_female;
using physique::composition::jackson_pollock_7_male;
using physique::composition::jp3_female_skinfolds;
using physique::composition::jp3_male_skinfolds;
using physique::composition::seven_skinfolds;
using physique_test::near;

namespace {
template <class T>
physique::length<T> mm(double v) {
  return millimeters(static_cast<T>(v));
}
// The female-specific conversion used by joaodubas/phass for women (%BF = 501/D - 457).
// Inverting it turns phass's published percentages back into the density our equations
// must produce.
double phass_female_density(double pct) {
  return 501.0 / (pct + 457.0);
}
}  // namespace

TEST_CASE_TEMPLATE("JP3 men matches published values", T, float, double) {
  const jackson_pollock_3_male eq;
  // morganp/BodyFatCalc spec_1: man 28 y, chest 21, abdominal 47, thigh 43 mm ->
  // Siri 30.52528111457019, Brozek 29.43647165526979.
  const jp3_male_skinfolds<T> s{mm<T>(21), mm<T>(47), mm<T>(43)};
  const double tol = sizeof(T) == 4 ? 2e-3 : 1e-9;
  CHECK(near(eq(years(T(28)), s), 30.52528111457019, tol));
  CHECK(near(eq(years(T(28)), s, density_conversion::brozek_1963), 29.43647165526979, tol));
  CHECK(near(eq.density(years(T(28)), s), 1.0301227, 1e-6));
  // joaodubas/phass bodyfat/equation_male_test.go (tolerance 0.009 there): chest 6,
  // abdominal 43.6, thigh 25.9 at 41 y -> 23.444; chest 10.8, abdominal 20.6, thigh 15 at
  // 24 y -> 13.358.
  CHECK(near(eq(years(T(41)), jp3_male_skinfolds<T>{mm<T>(6), mm<T>(43.6), mm<T>(25.9)}), 23.444,
             0.009));
  CHECK(near(eq(years(T(24)), jp3_male_skinfolds<T>{mm<T>(10.8), mm<T>(20.6), mm<T>(15)}), 13.358,
             0.009));
}

TEST_CASE_TEMPLATE("JP3 men: the morganp second case does not match its stated age", T, float,
                   double) {
  // Trap 12 of the reference: morganp/BodyFatCalc spec_2 (chest 16, abdominal 25, thigh
  // 33.5, "age 28") expects Siri 21.536980025693595 / Brozek 21.13818155907463. The
  // published equation gives 21.67 / 21.26 at 28 y and 21.554 / 21.154 at 27 y: the spec
  // agrees with 27 y to 0.02 only, so it is not a valid expected value at 28.
  const jackson_pollock_3_male eq;
  const jp3_male_skinfolds<T> s{mm<T>(16), mm<T>(25), mm<T>(33.5)};
  CHECK(near(eq(years(T(28)), s), 21.669, 0.002));
  CHECK_FALSE(near(eq(years(T(28)), s), 21.536980025693595, 0.1));
  CHECK(near(eq(years(T(27)), s), 21.536980025693595, 0.02));
  CHECK(near(eq(years(T(27)), s, density_conversion::brozek_1963), 21.13818155907463, 0.02));
}

TEST_CASE_TEMPLATE("JP3 women matches published values", T, float, double) {
  const jackson_pollock_3_female eq;
  // joaodubas/phass bodyfat/equation_female_test.go: triceps 16.3, suprailiac 26.6,
  // thigh 16.1 at 26 y -> 22.289 with phass's 501/D - 457 conversion; triceps 16.8,
  // suprailiac 17.3, thigh 29.8 at 29 y -> 24.083.
  const jp3_female_skinfolds<T> a{mm<T>(16.3), mm<T>(26.6), mm<T>(16.1)};
  const jp3_female_skinfolds<T> b{mm<T>(16.8), mm<T>(17.3), mm<T>(29.8)};
  CHECK(near(eq.density(years(T(26)), a), phass_female_density(22.289), 3e-5));
  CHECK(near(eq.density(years(T(29)), b), phass_female_density(24.083), 3e-5));
  // Trap 4: by Siri (our default, the conversion of the original paper) the same woman is
  // about 1.26 points higher: 23.549 %.
  CHECK(near(eq(years(T(26)), a), 23.549, 0.01));
  // With the conversion phass uses, selected by parameter, the published values directly.
  CHECK(near(eq(years(T(26)), a, density_conversion::heyward_1996_white_women), 22.289, 0.009));
  CHECK(near(eq(years(T(29)), b, density_conversion::heyward_1996_white_women), 24.083, 0.009));
}

TEST_CASE_TEMPLATE("JP7 men and women match published values", T, float, double) {
  // phass: man 36 y, subscapular 18.4, triceps 15.2, chest 11.3, midaxillary 15.7,
  // suprailiac 39.8, abdominal 29.1, thigh 24.4 -> 22.46 (phass truncates the age
  // coefficient to 0.0002882; the published 0.00028826 changes the result by 0.001).
  const seven_skinfolds<T> m{mm<T>(11.3), mm<T>(15.7), mm<T>(15.2), mm<T>(18.4),
                             mm<T>(29.1), mm<T>(39.8), mm<T>(24.4)};
  CHECK(near(jackson_pollock_7_male{}(years(T(36)), m), 22.46, 0.009));
  // phass: man 52 y, 25.6 / 16.2 / 10.8 / 7.6 / 29.1 / 23.2 / 15.2 -> 21.234.
  const seven_skinfolds<T> m2{mm<T>(10.8), mm<T>(7.6),  mm<T>(16.2), mm<T>(25.6),
                              mm<T>(23.2), mm<T>(29.1), mm<T>(15.2)};
  CHECK(near(jackson_pollock_7_male{}(years(T(52)), m2), 21.234, 0.009));
  // phass: woman 51 y, subscapular 21.1, triceps 17, chest 11.6, midaxillary 12,
  // suprailiac 43.9, abdominal 40.8, thigh 34.8 -> 32.385 (501/D - 457).
  const seven_skinfolds<T> f{mm<T>(11.6), mm<T>(12),   mm<T>(17),  mm<T>(21.1),
                             mm<T>(40.8), mm<T>(43.9), mm<T>(34.8)};
  CHECK(near(jackson_pollock_7_female{}.density(years(T(51)), f), phass_female_density(32.385),
             3e-5));
}

TEST_CASE_TEMPLATE("JP equations reject impossible skinfolds and report validity", T, float,
                   double) {
  const jackson_pollock_3_male eq;
  const jp3_male_skinfolds<T> bad{mm<T>(21), mm<T>(-4), mm<T>(43)};
  CHECK_THROWS_AS((void)eq(years(T(30)), bad), physique::invalid_argument);
  try {
    (void)eq(years(T(30)), bad);
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "abdomen");
    CHECK(std::string(e.what()).find("-4 mm") != std::string::npos);
  }
  const seven_skinfolds<T> nan_site{mm<T>(10), mm<T>(10),
                                    mm<T>(10), mm<T>(10),
                                    mm<T>(10), millimeters(std::numeric_limits<T>::quiet_NaN()),
                                    mm<T>(10)};
  CHECK_THROWS_AS((void)jackson_pollock_7_female{}(years(T(30)), nan_site),
                  physique::invalid_argument);
  CHECK_THROWS_AS((void)eq(years(T(-1)), jp3_male_skinfolds<T>{mm<T>(1), mm<T>(1), mm<T>(1)}),
                  physique::invalid_argument);

  CHECK(eq.validity(physique::sex::male, years(T(40))).inside());
  CHECK_FALSE(eq.validity(physique::sex::male, years(T(70))).inside());
  CHECK(eq.validity(physique::sex::female, years(T(40))).sex_outside());
  CHECK(
      jackson_pollock_3_female{}.validity(physique::sex::female, years(T(56))).find("age_years") !=
      nullptr);
}
