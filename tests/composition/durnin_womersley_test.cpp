// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <physique/composition/durnin_womersley.hpp>
#include <string>

#include "near.hpp"

using physique::millimeters;
using physique::sex;
using physique::years;
using physique::composition::durnin_womersley_1974;
using physique::composition::four_skinfolds;
using physique_test::near;

namespace {
// Four equal sites summing to `total` mm.
template <class T>
four_skinfolds<T> sum_of(double total) {
  const auto q = millimeters(static_cast<T>(total / 4.0));
  return {q, q, q, q};
}
}  // namespace

TEST_CASE_TEMPLATE("Durnin-Womersley men against the paper's table", T, float, double) {
  const durnin_womersley_1974 eq;
  // Durnin & Womersley 1974, table of % fat by sum of four skinfolds (as reproduced by
  // medicalalgorithms.com). The table is not reproduced exactly by the equations (trap
  // 17, up to ~0.2 points), hence tolerance 0.2.
  // Sum 40 mm: 30-39 y 19.2, 40-49 y 21.4, 50+ y 22.9.  Sum 50 mm: 21.5, 24.6, 26.5.
  CHECK(near(eq(sex::male, years(T(35)), sum_of<T>(40)), 19.2, 0.2));
  CHECK(near(eq(sex::male, years(T(45)), sum_of<T>(40)), 21.4, 0.2));
  CHECK(near(eq(sex::male, years(T(60)), sum_of<T>(40)), 22.9, 0.2));
  CHECK(near(eq(sex::male, years(T(35)), sum_of<T>(50)), 21.5, 0.2));
  CHECK(near(eq(sex::male, years(T(45)), sum_of<T>(50)), 24.6, 0.2));
  CHECK(near(eq(sex::male, years(T(60)), sum_of<T>(50)), 26.5, 0.2));
  // The table's single 17-29 column (16.4 at 40 mm) lies between the 17-19 (16.51) and
  // 20-29 (16.17) equations: it matches neither exactly.
  CHECK(near(eq(sex::male, years(T(18)), sum_of<T>(40)), 16.4, 0.25));
  CHECK(near(eq(sex::male, years(T(25)), sum_of<T>(40)), 16.4, 0.25));
}

TEST_CASE_TEMPLATE("Durnin-Womersley uses every band's own coefficients", T, float, double) {
  const durnin_womersley_1974 eq;
  // Worked by hand from Table 5 (D = c - m log10 S, Siri), S = 40 mm, every band:
  // men   17-19 16.51, 20-29 16.17, 30-39 19.17, 40-49 21.49, 50+ 22.92
  // women 16-19 23.10, 20-29 23.67, 30-39 25.48, 40-49 28.14, 50+ 30.32
  const double men[5][2] = {{18, 16.51}, {25, 16.17}, {35, 19.17}, {45, 21.49}, {60, 22.92}};
  const double women[5][2] = {{17, 23.10}, {25, 23.67}, {35, 25.48}, {45, 28.14}, {60, 30.32}};
  for (const auto& row : men) {
    CHECK(near(eq(sex::male, years(static_cast<T>(row[0])), sum_of<T>(40)), row[1], 0.01));
  }
  for (const auto& row : women) {
    CHECK(near(eq(sex::female, years(static_cast<T>(row[0])), sum_of<T>(40)), row[1], 0.01));
  }
  // Trap 5: cran/bodycomp uses the 20-29 coefficients for men of 50+ (which would give
  // 16.17 here) and swaps the women's 30-39 / 40-49 slopes (30-39 would give 24.02).
  CHECK_FALSE(near(eq(sex::male, years(T(60)), sum_of<T>(40)), 16.17, 1.0));
  CHECK_FALSE(near(eq(sex::female, years(T(35)), sum_of<T>(40)), 24.02, 1.0));
  // Band edges are half-open on the exact age.
  CHECK(durnin_womersley_1974::band(sex::male, 29.99).c == 1.1631);
  CHECK(durnin_womersley_1974::band(sex::male, 30.0).c == 1.1422);
  CHECK(durnin_womersley_1974::band(sex::female, 49.99).m == 0.0612);
  CHECK(durnin_womersley_1974::band(sex::female, 50.0).m == 0.0645);
  // Below the first band: the first band is used and validity reports it.
  CHECK(durnin_womersley_1974::band(sex::male, 16.0).c == 1.1620);
  CHECK(eq.validity(sex::male, years(T(16))).find("age_years") != nullptr);
  CHECK(eq.validity(sex::female, years(T(16))).inside());
  CHECK_FALSE(eq.validity(sex::female, years(T(70))).inside());
}

TEST_CASE_TEMPLATE("Durnin-Womersley rejects impossible input", T, float, double) {
  const durnin_womersley_1974 eq;
  four_skinfolds<T> s = sum_of<T>(40);
  s.subscapular = millimeters(T(-2));
  try {
    (void)eq(sex::female, years(T(30)), s);
    FAIL("expected invalid_argument");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "subscapular");
  }
  CHECK_THROWS_AS((void)eq(sex::female, years(T(30)), sum_of<T>(0)), physique::invalid_argument);
}
