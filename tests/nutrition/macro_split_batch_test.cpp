// SPDX-License-Identifier: MIT
#include <physique/nutrition/macro_split_batch.hpp>

#include <doctest/doctest.h>

#include <array>
#include <span>

#include "error_message.hpp"

using namespace physique;
using namespace physique::nutrition;
using nutrition_test::error_message;
using nutrition_test::mentions;

TEST_CASE_TEMPLATE("batch split: same numbers as the worked examples", T, float, double) {
  // Person 0: 2000 kcal, 80 kg, 1.6 g/kg, fat 25 % -> 128 / 55.556 / 247 g.
  // Person 1: 2500 kcal, 75 kg -> protein 120 g (480 kcal), fat 625 kcal = 69.444 g,
  //           carbohydrate (2500 - 480 - 625) / 4 = 348.75 g.
  // Person 2: 1600 kcal, 90 kg -> protein 144 g (576), fat 400 kcal = 44.444 g,
  //           carbohydrate (1600 - 576 - 400) / 4 = 156 g.
  const std::array<energy_rate<T>, 3> targets{
      kilocalories_per_day(T(2000)), kilocalories_per_day(T(2500)), kilocalories_per_day(T(1600))};
  const std::array<mass<T>, 3> body{kilograms(T(80)), kilograms(T(75)), kilograms(T(90))};
  std::array<mass_rate<T>, 3> p{};
  std::array<mass_rate<T>, 3> f{};
  std::array<mass_rate<T>, 3> c{};
  const macro_rule<T> rule{{T(1.6), protein_basis::body_mass}, {T(0.25), T(0)}};
  split_macros<T>(targets, body, {}, rule, p, f, c);
  CHECK(p[0].in(grams_per_day) == doctest::Approx(128.0).epsilon(1e-6));
  CHECK(f[0].in(grams_per_day) == doctest::Approx(500.0 / 9.0).epsilon(1e-6));
  CHECK(c[0].in(grams_per_day) == doctest::Approx(247.0).epsilon(1e-6));
  CHECK(p[1].in(grams_per_day) == doctest::Approx(120.0).epsilon(1e-6));
  CHECK(f[1].in(grams_per_day) == doctest::Approx(625.0 / 9.0).epsilon(1e-6));
  CHECK(c[1].in(grams_per_day) == doctest::Approx(348.75).epsilon(1e-6));
  CHECK(p[2].in(grams_per_day) == doctest::Approx(144.0).epsilon(1e-6));
  CHECK(c[2].in(grams_per_day) == doctest::Approx(156.0).epsilon(1e-6));

  // Per kg fat-free mass: 68 kg FFM x 2.7 = 183.6 g for person 0, as in the scalar example.
  const std::array<mass<T>, 3> ffm{kilograms(T(68)), kilograms(T(60)), kilograms(T(70))};
  split_macros<T>(targets, body, ffm, {{T(2.7), protein_basis::fat_free_mass}, {T(0.25), T(0)}}, p,
                  f, c);
  CHECK(p[0].in(grams_per_day) == doctest::Approx(183.6).epsilon(1e-5));
  CHECK(c[0].in(grams_per_day) == doctest::Approx(191.4).epsilon(1e-5));
}

TEST_CASE_TEMPLATE("batch split: bad input", T, float, double) {
  const std::array<energy_rate<T>, 2> targets{kilocalories_per_day(T(2000)),
                                              kilocalories_per_day(T(800))};
  const std::array<mass<T>, 2> body{kilograms(T(80)), kilograms(T(100))};
  const std::array<mass<T>, 1> short_body{kilograms(T(80))};
  std::array<mass_rate<T>, 2> p{};
  std::array<mass_rate<T>, 2> f{};
  std::array<mass_rate<T>, 2> c{};
  const macro_rule<T> rule{{T(1.6), protein_basis::body_mass}, {T(0.25), T(0)}};
  CHECK(mentions(error_message([&] { split_macros<T>(targets, short_body, {}, rule, p, f, c); }),
                 "invalid body_mass = 1 elements"));
  CHECK(mentions(error_message([&] {
                   split_macros<T>(targets, body, {},
                                   {{T(2.3), protein_basis::fat_free_mass}, {T(0.25), T(0)}}, p, f,
                                   c);
                 }),
                 "invalid fat_free_mass = 0 elements"));
  // Person 1: 100 kg x 1.6 = 160 g = 640 kcal; fat 25 % of 800 = 200 kcal; 840 > 800.
  const std::string over =
      error_message([&] { split_macros<T>(targets, body, {}, rule, p, f, c); });
  CHECK(mentions(over, "fat_energy = 200 kcal/d"));
  CHECK(mentions(over, "protein_energy = 640 kcal/d"));
  // Person 0 was written before person 1 failed.
  CHECK(p[0].in(grams_per_day) == doctest::Approx(128.0).epsilon(1e-6));
}
