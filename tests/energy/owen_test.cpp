// SPDX-License-Identifier: MIT
#include <physique/energy/owen.hpp>

#include <doctest/doctest.h>

#include <string>

#include "test_support.hpp"

using namespace physique;
using physique::energy::owen;
using physique::energy_test::kcal;
using physique::energy_test::make_person;

TEST_CASE_TEMPLATE("Owen: men 879 + 10.2 W, women 795 + 7.18 W", T, float, double) {
  // Owen 1987 (men): 879 + 10.2*80 = 1695. Owen 1986 (women): 795 + 7.18*60 = 1225.8.
  CHECK(kcal(owen{}(make_person<T>(sex::male, T(40), T(180), T(80)))) ==
        doctest::Approx(1695.0).epsilon(1e-5));
  CHECK(kcal(owen{}(make_person<T>(sex::female, T(40), T(165), T(60)))) ==
        doctest::Approx(1225.8).epsilon(1e-5));
  // Trap (energy_composition.md 1.6): a calculator using 879 for women would give
  // 879 + 7.18*60 = 1309.8; the women's intercept is 795.
  CHECK(kcal(owen{}(make_person<T>(sex::female, T(40), T(165), T(60)))) !=
        doctest::Approx(1309.8).epsilon(1e-3));
  // Height and age do not enter.
  CHECK(kcal(owen{}(make_person<T>(sex::male, T(20), T(160), T(80)))) ==
        doctest::Approx(1695.0).epsilon(1e-5));
}

TEST_CASE_TEMPLATE("Owen: validity by sex and bad input", T, float, double) {
  CHECK(std::string(owen::info.source.doi) == "10.1093/ajcn/46.6.875");
  CHECK(std::string(owen::women_source.doi) == "10.1093/ajcn/44.1.1");
  // Women's sample stopped at 65 y, men's at 82 y.
  CHECK(owen{}.validity(make_person<T>(sex::female, T(70), T(160), T(60))).find("age") != nullptr);
  CHECK(owen{}.validity(make_person<T>(sex::male, T(70), T(175), T(75))).inside());
  CHECK_THROWS_WITH((void)owen{}(make_person<T>(sex::male, T(40), T(180), T(0))),
                    doctest::Contains("body_mass"));
}
