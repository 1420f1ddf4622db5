// SPDX-License-Identifier: MIT
#include <physique/energy/schofield.hpp>

#include <doctest/doctest.h>

#include <limits>

#include "test_support.hpp"

using namespace physique;
using physique::energy::schofield;
using physique::energy_test::kcal;
using physique::energy_test::make_person;

namespace {
// Schofield 1985 as printed in kJ/day (integer coefficients; energy_composition.md 1.4),
// an independent publication of the same fits. Rows: <3, 3-10, 10-18, 18-30, 30-60, >60.
struct kj_row {
  double age, mass, men_slope, men_intercept, women_slope, women_intercept;
};
constexpr kj_row kj_table[] = {
    {1.5, 10.0, 249, -127, 244, -130}, {6.0, 20.0, 95, 2110, 85, 2033},
    {14.0, 50.0, 74, 2754, 56, 2898},  {25.0, 70.0, 63, 2896, 62, 2036},
    {45.0, 75.0, 48, 3653, 34, 3538},  {70.0, 70.0, 49, 2459, 38, 2755},
};
}  // namespace

TEST_CASE_TEMPLATE("Schofield: kcal table values", T, float, double) {
  // 18-30 y man, 70 kg: 15.057*70 + 692.2 = 1746.19. FAO/WHO/UNU 2004 MJ form 0.0630 W +
  // 2.8957 gives 7.3057 MJ = 1746.1 kcal.
  CHECK(kcal(schofield{}(make_person<T>(sex::male, T(25), T(178), T(70)))) ==
        doctest::Approx(1746.19).epsilon(1e-5));
  CHECK(kcal(schofield{}(make_person<T>(sex::male, T(25), T(178), T(70)))) ==
        doctest::Approx(7305.7 / 4.184).epsilon(1e-3));
  // 18-30 y woman, 60 kg: 14.818*60 + 486.6 = 1375.68; FAO MJ form 0.0621*60 + 2.0357 =
  // 5.7617 MJ = 1377.1 kcal (agrees to the MJ form's 4-digit rounding).
  CHECK(kcal(schofield{}(make_person<T>(sex::female, T(25), T(165), T(60)))) ==
        doctest::Approx(1375.68).epsilon(1e-5));
  CHECK(kcal(schofield{}(make_person<T>(sex::female, T(25), T(165), T(60)))) ==
        doctest::Approx(5761.7 / 4.184).epsilon(2e-3));
  // 30-60 y woman 65 kg: 8.126*65 + 845.6 = 1373.79; >60 y man 70 kg: 11.711*70 + 587.7 =
  // 1407.47; child 2 y boy 12 kg: 59.512*12 - 30.4 = 683.744.
  CHECK(kcal(schofield{}(make_person<T>(sex::female, T(45), T(165), T(65)))) ==
        doctest::Approx(1373.79).epsilon(1e-5));
  CHECK(kcal(schofield{}(make_person<T>(sex::male, T(70), T(175), T(70)))) ==
        doctest::Approx(1407.47).epsilon(1e-5));
  CHECK(kcal(schofield{}(make_person<T>(sex::male, T(2), T(87), T(12)))) ==
        doctest::Approx(683.744).epsilon(1e-5));
}

TEST_CASE_TEMPLATE("Schofield: every band agrees with the printed kJ table", T, float, double) {
  // The kJ coefficients are rounded to whole kJ per kg, so at these masses the two tables
  // agree within ~1.5 % (largest gap: women 30-60, 34 vs 8.126*4.184 = 34.0 per kg but
  // 3538 vs 3537.9 intercept; men <3, 249 vs 249.0; the bound is set by the slope rounding
  // of +/-0.5 kJ/kg times the mass over the total).
  for (const kj_row& r : kj_table) {
    CAPTURE(r.age);
    const auto m = make_person<T>(sex::male, static_cast<T>(r.age), T(150), static_cast<T>(r.mass));
    const auto f =
        make_person<T>(sex::female, static_cast<T>(r.age), T(150), static_cast<T>(r.mass));
    CHECK(kcal(schofield{}(m)) ==
          doctest::Approx((r.men_slope * r.mass + r.men_intercept) / 4.184).epsilon(0.015));
    CHECK(kcal(schofield{}(f)) ==
          doctest::Approx((r.women_slope * r.mass + r.women_intercept) / 4.184).epsilon(0.015));
  }
}

TEST_CASE_TEMPLATE("Schofield: band edges are half-open (trap 10)", T, float, double) {
  // energy_composition.md section 7, trap 10: bands coded as 3..<9, 10..<17, 18..<29,
  // 30..<59 send ages 9, 17, 29 and 59 to the >60 row. Here each stays in its band.
  const T w = T(60);
  const auto at = [&](T age) {
    return kcal(schofield{}(make_person<T>(sex::male, age, T(170), w)));
  };
  CHECK(at(T(9)) == doctest::Approx(22.706 * 60 + 504.3).epsilon(1e-5));     // 3-10
  CHECK(at(T(9.99)) == doctest::Approx(22.706 * 60 + 504.3).epsilon(1e-5));  // 3-10
  CHECK(at(T(10)) == doctest::Approx(17.686 * 60 + 658.2).epsilon(1e-5));    // 10-18
  CHECK(at(T(17)) == doctest::Approx(17.686 * 60 + 658.2).epsilon(1e-5));    // 10-18
  CHECK(at(T(18)) == doctest::Approx(15.057 * 60 + 692.2).epsilon(1e-5));    // 18-30
  CHECK(at(T(29)) == doctest::Approx(15.057 * 60 + 692.2).epsilon(1e-5));    // 18-30
  CHECK(at(T(30)) == doctest::Approx(11.472 * 60 + 873.1).epsilon(1e-5));    // 30-60
  CHECK(at(T(59)) == doctest::Approx(11.472 * 60 + 873.1).epsilon(1e-5));    // 30-60
  CHECK(at(T(60)) == doctest::Approx(11.711 * 60 + 587.7).epsilon(1e-5));    // 60+
  CHECK(at(T(0)) == doctest::Approx(59.512 * 60 - 30.4).epsilon(1e-5));      // <3
  CHECK(at(T(3)) == doctest::Approx(22.706 * 60 + 504.3).epsilon(1e-5));     // 3-10
}

TEST_CASE_TEMPLATE("Schofield: validity and bad input", T, float, double) {
  CHECK(schofield{}.validity(make_person<T>(sex::female, T(5), T(110), T(20))).inside());
  const T nan = std::numeric_limits<T>::quiet_NaN();
  CHECK_THROWS_WITH((void)schofield{}(make_person<T>(sex::female, T(5), T(110), nan)),
                    doctest::Contains("body_mass"));
  CHECK_THROWS_WITH((void)schofield{}(make_person<T>(sex::female, T(140), T(160), T(50))),
                    doctest::Contains("age"));
}
