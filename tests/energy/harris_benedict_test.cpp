// SPDX-License-Identifier: MIT
#include <physique/energy/harris_benedict.hpp>

#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "test_support.hpp"

using namespace physique;
using physique::energy::harris_benedict_1919;
using physique::energy::roza_shizgal_1984;
using physique::energy_test::kcal;
using physique::energy_test::make_person;

TEST_CASE_TEMPLATE("Harris-Benedict 1919: full-precision coefficients", T, float, double) {
  // energy_composition.md section 7, trap 7: a 63 kg, 176 cm, 35-year-old man is 1576.98
  // kcal/day with the 1919 coefficients (66.4730 + 13.7516*63 + 5.0033*176 - 6.7550*35);
  // an implementation that adds the age term gets 2049.83, which this must not.
  const auto man = make_person<T>(sex::male, T(35), T(176), T(63));
  CHECK(kcal(harris_benedict_1919{}(man)) == doctest::Approx(1576.98).epsilon(1e-5));
  CHECK(kcal(harris_benedict_1919{}(man)) != doctest::Approx(2049.8296).epsilon(1e-3));

  // Woman 60 kg, 165 cm, 40 y: 655.0955 + 9.5634*60 + 1.8496*165 - 4.6756*40 =
  // 655.0955 + 573.804 + 305.184 - 187.024 = 1347.0595 (coefficients of the 1919 table).
  const auto woman = make_person<T>(sex::female, T(40), T(165), T(60));
  CHECK(kcal(harris_benedict_1919{}(woman)) == doctest::Approx(1347.0595).epsilon(1e-5));

  // The coarse textbook variant (66 + 13.7 W + 5 H - 6.8 A) of the same man: 66 + 863.1 + 880
  // - 238 = 1571.1; the full form must agree with it to the textbook's rounding (~0.5 %).
  CHECK(kcal(harris_benedict_1919{}(man)) == doctest::Approx(1571.1).epsilon(0.005));
}

TEST_CASE_TEMPLATE("Roza-Shizgal 1984: revised coefficients", T, float, double) {
  // Roza & Shizgal 1984 men: 88.362 + 13.397 W + 4.799 H - 5.677 A. 80 kg, 180 cm, 30 y:
  // 88.362 + 1071.76 + 863.82 - 170.31 = 1853.632.
  CHECK(kcal(roza_shizgal_1984{}(make_person<T>(sex::male, T(30), T(180), T(80)))) ==
        doctest::Approx(1853.632).epsilon(1e-5));
  // Women: 447.593 + 9.247 W + 3.098 H - 4.330 A. 60 kg, 165 cm, 40 y: 447.593 + 554.82 +
  // 511.17 - 173.2 = 1340.383.
  CHECK(kcal(roza_shizgal_1984{}(make_person<T>(sex::female, T(40), T(165), T(60)))) ==
        doctest::Approx(1340.383).epsilon(1e-5));
  // The revision stays within ~1-2 % of the 1919 equations for typical adults (Roza &
  // Shizgal found the original equations essentially sound): 1853.6 vs 1864.5.
  const auto man = make_person<T>(sex::male, T(30), T(180), T(80));
  CHECK(kcal(roza_shizgal_1984{}(man)) ==
        doctest::Approx(kcal(harris_benedict_1919{}(man))).epsilon(0.02));
}

TEST_CASE_TEMPLATE("Harris-Benedict: info, validity, bad input", T, float, double) {
  static_assert(equation<harris_benedict_1919> && equation<roza_shizgal_1984>);
  CHECK(std::string(harris_benedict_1919::info.id) == "harris_benedict_1919");
  CHECK(std::string(roza_shizgal_1984::info.source.doi) == "10.1093/ajcn/40.1.168");
  CHECK(harris_benedict_1919{}.validity(make_person<T>(sex::male, T(30), T(180), T(80))).inside());
  // Age 70 is beyond the 1919 sample (about 16-63 y), computed and reported.
  const auto old = make_person<T>(sex::female, T(70), T(160), T(60));
  CHECK_NOTHROW((void)harris_benedict_1919{}(old));
  CHECK(harris_benedict_1919{}.validity(old).find("age") != nullptr);
  CHECK(
      roza_shizgal_1984{}.validity(make_person<T>(sex::female, T(15), T(160), T(50))).find("age") !=
      nullptr);

  const T nan = std::numeric_limits<T>::quiet_NaN();
  CHECK_THROWS_AS((void)harris_benedict_1919{}(make_person<T>(sex::male, T(30), T(180), nan)),
                  physique::invalid_argument);
  CHECK_THROWS_WITH((void)roza_shizgal_1984{}(make_person<T>(sex::male, T(30), T(-1), T(80))),
                    doctest::Contains("height"));
  CHECK_THROWS_WITH((void)harris_benedict_1919{}(make_person<T>(sex::male, T(-2), T(180), T(80))),
                    doctest::Contains("age"));
}
