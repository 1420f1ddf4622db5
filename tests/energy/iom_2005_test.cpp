// SPDX-License-Identifier: MIT
#include <physique/energy/iom_2005.hpp>

#include <doctest/doctest.h>

#include <limits>
#include <string>
#include <type_traits>

#include "test_support.hpp"

using namespace physique;
using namespace physique::energy;
using physique::energy_test::kcal;
using physique::energy_test::make_person;

TEST_CASE_TEMPLATE("IOM 2005 TEE: OpenNutriTracker's documented examples (trap 8)", T, float,
                   double) {
  // simonoppowa/OpenNutriTracker test/unit_test/calorie_goal_calc_test.dart (23ada68) with
  // test/fixture/user_entity_fixtures.dart: 25 y, 180 cm, 80 kg sedentary man -> "TDEE:
  // 2662"; 54 y, 160 cm, 75 kg active woman -> "TDEE: 2373" (the apps' PAL 1.75 falls in the
  // IOM active band). By hand: 864 - 243 + 1.00 (1136 + 905.4) = 2662.4 and
  // 387 - 394.74 + 1.27 (817.5 + 1057.12) = 2373.03. The tool prints whole kcal, so the
  // tolerance is 0.5 kcal.
  const auto man = make_person<T>(sex::male, T(25), T(180), T(80));
  CHECK(kcal(iom_2005_tee{}(man, iom_activity::sedentary)) ==
        doctest::Approx(2662.4).epsilon(2e-4));
  const auto woman = make_person<T>(sex::female, T(54), T(160), T(75));
  CHECK(kcal(iom_2005_tee{}(woman, physical_activity_level(T(1.75)))) ==
        doctest::Approx(2373.03).epsilon(2e-4));
  // Trap 8: an older version multiplied only the weight term by PA and expected 2087 for the
  // same woman (-7.74 + 1.27 * 817.5 + 1057.12 = 2087.6). The whole bracket is multiplied.
  CHECK(kcal(iom_2005_tee{}(woman, physical_activity_level(T(1.75)))) !=
        doctest::Approx(2087.6).epsilon(0.01));
}

TEST_CASE_TEMPLATE("IOM 2005 TEE: PA coefficients and categories", T, float, double) {
  CHECK(iom_activity_of(T(1.0)) == iom_activity::sedentary);
  CHECK(iom_activity_of(T(1.39)) == iom_activity::sedentary);
  CHECK(iom_activity_of(T(1.4)) == iom_activity::low_active);
  CHECK(iom_activity_of(T(1.6)) == iom_activity::active);
  CHECK(iom_activity_of(T(1.9)) == iom_activity::very_active);
  CHECK(iom_2005_tee::activity_coefficient<T>(sex::male, iom_activity::low_active) ==
        doctest::Approx(1.12));
  CHECK(iom_2005_tee::activity_coefficient<T>(sex::female, iom_activity::low_active) ==
        doctest::Approx(1.14));
  CHECK(iom_2005_tee::activity_coefficient<T>(sex::male, iom_activity::very_active) ==
        doctest::Approx(1.54));
  CHECK(iom_2005_tee::activity_coefficient<T>(sex::female, iom_activity::very_active) ==
        doctest::Approx(1.45));
}

TEST_CASE_TEMPLATE("IOM 2005 TEE: validity (BMI, age, PAL) and bad input", T, float, double) {
  // BMI 50 (150 kg, 173.2 cm) is inside (the fits include overweight); BMI 17 is reported.
  CHECK(iom_2005_tee{}.validity(make_person<T>(sex::male, T(40), T(173.2), T(150))).inside());
  const validity_report thin =
      iom_2005_tee{}.validity(make_person<T>(sex::female, T(30), T(170), T(49)));
  REQUIRE(thin.find("bmi") != nullptr);
  CHECK(thin.find("bmi")->value == doctest::Approx(16.955).epsilon(1e-4));
  CHECK(iom_2005_tee{}.validity(make_person<T>(sex::female, T(17), T(165), T(60))).find("age") !=
        nullptr);
  CHECK(iom_2005_tee{}
            .validity(make_person<T>(sex::male, T(30), T(180), T(80)), T(2.8))
            .find("pal") != nullptr);
  const auto man = make_person<T>(sex::male, T(25), T(180), T(80));
  CHECK_THROWS_WITH((void)iom_2005_tee{}(man, physical_activity_level(T(0.8))),
                    doctest::Contains("pal"));
  CHECK_THROWS_WITH(
      (void)iom_2005_tee{}(man, physical_activity_level(std::numeric_limits<T>::quiet_NaN())),
      doctest::Contains("pal"));
  // docs/energy.md calls a PAL above 5 impossible.
  CHECK_THROWS_WITH((void)iom_2005_tee{}(man, physical_activity_level(T(5.01))),
                    doctest::Contains("pal = 5.01"));
  CHECK_NOTHROW((void)iom_2005_tee{}(man, physical_activity_level(T(5))));
  // A bare number (a PAL? the active category's coefficient 1.27?) does not compile.
  static_assert(!std::is_invocable_v<iom_2005_tee, person<T>, T>);
  static_assert(std::is_invocable_v<iom_2005_tee, person<T>, physical_activity_level<T>>);
  static_assert(!std::is_convertible_v<T, physical_activity_level<T>>);
  // An age never set reaches no equation.
  person<T> unset{.sex = sex::male, .height = centimeters(T(180)), .body_mass = kilograms(T(80))};
  CHECK_THROWS_WITH((void)iom_2005_tee{}(unset, iom_activity::active), doctest::Contains("age"));
  CHECK_THROWS_WITH(
      (void)iom_2005_tee{}(make_person<T>(sex::male, T(25), T(180), T(-1)), iom_activity::active),
      doctest::Contains("body_mass"));
  CHECK(std::string(iom_2005_tee::info.source.doi) == "10.17226/10490");
}
