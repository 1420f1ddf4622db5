// SPDX-License-Identifier: MIT
#include <physique/energy/resting_energy.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "test_support.hpp"

using namespace physique;
using namespace physique::energy;
using physique::energy_test::kcal;
using physique::energy_test::make_person;

TEST_CASE_TEMPLATE("resting-energy family: comparison table for one person", T, float, double) {
  // 80 kg, 180 cm, 30-year-old man; each expected value is the published equation
  // evaluated by hand (see the per-equation tests for the derivations).
  const auto man = make_person<T>(sex::male, T(30), T(180), T(80));
  const auto rows = compare_resting_energy(man);
  REQUIRE(rows.size() == 8);
  const auto value_of = [&](const std::string& id) {
    for (const auto& r : rows) {
      if (id == r.id) return kcal(r.value);
    }
    FAIL("missing id " << id);
    return 0.0;
  };
  CHECK(value_of("mifflin_st_jeor") == doctest::Approx(1781.6).epsilon(1e-5));  // Mifflin 1990
  CHECK(value_of("mifflin_st_jeor_rounded") == doctest::Approx(1780.0).epsilon(1e-5));
  // HB 1919: 66.4730 + 1100.128 + 900.594 - 202.65 = 1864.545.
  CHECK(value_of("harris_benedict_1919") == doctest::Approx(1864.545).epsilon(1e-5));
  CHECK(value_of("roza_shizgal_1984") == doctest::Approx(1853.632).epsilon(1e-5));
  // Schofield 30-60 men: 11.472*80 + 873.1 = 1790.86. Henry 30-60 men: 14.2*80 + 593 = 1729.
  CHECK(value_of("schofield") == doctest::Approx(1790.86).epsilon(1e-5));
  CHECK(value_of("henry_oxford") == doctest::Approx(1729.0).epsilon(1e-5));
  CHECK(value_of("henry_oxford_older_split") == doctest::Approx(1729.0).epsilon(1e-5));
  CHECK(value_of("owen") == doctest::Approx(1695.0).epsilon(1e-5));  // 879 + 10.2*80
  for (const auto& r : rows) {
    CAPTURE(r.id);
    CHECK(r.validity.inside());
    REQUIRE(r.info != nullptr);
    CHECK(std::string(r.info->name) == r.name);
  }
}

TEST_CASE_TEMPLATE("resting-energy family: with fat-free mass", T, float, double) {
  const auto man = make_person<T>(sex::male, T(30), T(180), T(80));
  const auto body = composition::body_composition<T>::from_fat_percent(kilograms(T(80)), T(25));
  const auto rows = compare_resting_energy(man, body);  // FFM 60 kg
  REQUIRE(rows.size() == 11);
  CHECK(std::string(rows[8].id) == "cunningham_1980");
  CHECK(kcal(rows[8].value) == doctest::Approx(1820.0).epsilon(1e-5));  // 500 + 22*60
  CHECK(kcal(rows[9].value) == doctest::Approx(1666.0).epsilon(1e-5));  // 370 + 21.6*60
  CHECK(kcal(rows[10].value) == doctest::Approx(1666.0).epsilon(1e-5));
  // FFM above body mass is impossible.
  CHECK_THROWS_WITH((void)compare_resting_energy(man, kilograms(T(90))),
                    doctest::Contains("fat_free_mass"));
}

TEST_CASE_TEMPLATE("resting-energy family: outside the sample is reported per row", T, float,
                   double) {
  // A 16-year-old girl: Mifflin (19-78) and Owen (18-65) report her age; Schofield and
  // Henry (all ages) do not.
  const auto girl = make_person<T>(sex::female, T(16), T(162), T(55));
  for (const auto& r : compare_resting_energy(girl)) {
    CAPTURE(r.id);
    const std::string id = r.id;
    if (id == "schofield" || id == "henry_oxford" || id == "henry_oxford_older_split" ||
        id == "harris_benedict_1919" || id == "roza_shizgal_1984") {
      CHECK(r.validity.inside());
    } else {
      CHECK(r.validity.find("age") != nullptr);
    }
  }
  CHECK_THROWS_AS((void)compare_resting_energy(make_person<T>(sex::male, T(30), T(0), T(80))),
                  physique::invalid_argument);
}

TEST_CASE_TEMPLATE("resting-energy family: run-time lookup by id", T, float, double) {
  const auto man = make_person<T>(sex::male, T(30), T(180), T(80));
  const auto mifflin = find_resting_energy_equation<T>("mifflin_st_jeor");
  REQUIRE(mifflin.has_value());
  CHECK(kcal((*mifflin)(man)) == doctest::Approx(1781.6).epsilon(1e-5));
  CHECK_FALSE(mifflin->needs_fat_free_mass());
  CHECK(mifflin->validity(man).inside());

  CHECK_FALSE(find_resting_energy_equation<T>("mifflin").has_value());
  CHECK_FALSE(find_resting_energy_equation<T>("").has_value());

  const auto katch = find_resting_energy_equation<T>("katch_mcardle");
  REQUIRE(katch.has_value());
  CHECK(katch->needs_fat_free_mass());
  CHECK(kcal((*katch)(man, kilograms(T(60)))) == doctest::Approx(1666.0).epsilon(1e-5));
  // Asking a lean-mass equation without a fat-free mass is an error naming it.
  CHECK_THROWS_WITH((void)(*katch)(man), doctest::Contains("fat_free_mass"));

  // Ids are unique and every registry entry is findable.
  std::set<std::string> ids;
  for (const auto& e : resting_energy_equations<T>) {
    ids.insert(e.id());
    CHECK(find_resting_energy_equation<T>(e.id()).has_value());
  }
  CHECK(ids.size() == resting_energy_equations<T>.size());
  std::size_t person_only = 0;
  for (const auto& e : resting_energy_equations<T>)
    person_only += e.needs_fat_free_mass() ? 0U : 1U;
  CHECK(person_only == person_resting_equation_count);
}

TEST_CASE("resting-energy family: compile-time iteration and lookup") {
  int count = 0;
  for_each_resting_energy_equation([&count](auto e) {
    static_assert(equation<decltype(e)>);
    ++count;
  });
  CHECK(count == 11);
  static_assert(find_resting_energy_equation<double>("schofield").has_value());
  static_assert(!find_resting_energy_equation<double>("nope").has_value());
}
