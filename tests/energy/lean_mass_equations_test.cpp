// SPDX-License-Identifier: MIT
#include <physique/energy/lean_mass_equations.hpp>

#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "test_support.hpp"

using namespace physique;
using physique::composition::body_composition;
using physique::energy::cunningham_1980;
using physique::energy::cunningham_1991;
using physique::energy::katch_mcardle;
using physique::energy_test::kcal;
using physique::energy_test::make_person;

TEST_CASE_TEMPLATE("Cunningham 1980: 500 + 22 LBM", T, float, double) {
  // Cunningham 1980: RMR = 500 + 22 LBM; LBM 60 kg -> 500 + 1320 = 1820 kcal/day.
  CHECK(kcal(cunningham_1980{}(kilograms(T(60)))) == doctest::Approx(1820.0).epsilon(1e-5));
  // Same through a body composition: 75 kg at 20 % fat -> FFM 60 kg.
  const auto body = body_composition<T>::from_fat_percent(kilograms(T(75)), T(20));
  CHECK(kcal(cunningham_1980{}(body)) == doctest::Approx(1820.0).epsilon(1e-5));
}

TEST_CASE_TEMPLATE("Cunningham 1991 and Katch-McArdle: 370 + 21.6 FFM", T, float, double) {
  // Cunningham 1991 abstract: REE = 370 + 21.6 FFM. FFM 60 kg -> 370 + 1296 = 1666.
  CHECK(kcal(cunningham_1991{}(kilograms(T(60)))) == doctest::Approx(1666.0).epsilon(1e-5));
  // Katch-McArdle is the same line under the textbook's name (energy_composition.md 1.3):
  // one formula, two names, identical results.
  CHECK(kcal(katch_mcardle{}(kilograms(T(60)))) == kcal(cunningham_1991{}(kilograms(T(60)))));
  CHECK(std::string(katch_mcardle::info.id) == "katch_mcardle");
  CHECK(std::string(cunningham_1991::info.source.doi) == "10.1093/ajcn/54.6.963");
  // 176.37 lb at 15 % fat: FFM 68 kg -> 370 + 21.6 * 68 = 1838.8.
  const auto body = body_composition<T>::from_fat_percent(pounds(T(80) / T(0.45359237)), T(15));
  CHECK(kcal(katch_mcardle{}(body)) == doctest::Approx(1838.8).epsilon(1e-5));
}

TEST_CASE_TEMPLATE("Lean-mass equations: bad input and validity", T, float, double) {
  const T nan = std::numeric_limits<T>::quiet_NaN();
  CHECK_THROWS_AS((void)cunningham_1991{}(kilograms(T(-5))), physique::invalid_argument);
  CHECK_THROWS_WITH((void)cunningham_1980{}(kilograms(nan)), doctest::Contains("fat_free_mass"));
  CHECK_THROWS_WITH((void)katch_mcardle{}(kilograms(T(0))), doctest::Contains("fat_free_mass"));
  // FFM above the person's body mass is impossible.
  const auto p = make_person<T>(sex::male, T(30), T(180), T(70));
  CHECK_THROWS_WITH((void)cunningham_1991{}(p, kilograms(T(75))),
                    doctest::Contains("must not exceed body_mass"));
  CHECK(kcal(cunningham_1991{}(p, kilograms(T(60)))) == doctest::Approx(1666.0).epsilon(1e-5));
  // Adults only: a 15-year-old is reported, not rejected.
  CHECK(cunningham_1980{}.validity(make_person<T>(sex::female, T(15), T(160), T(50))).find("age") !=
        nullptr);
  CHECK(katch_mcardle{}.validity(p).inside());
}
