// SPDX-License-Identifier: MIT
#include <physique/nutrition/macro_split.hpp>

#include <doctest/doctest.h>

#include <limits>

#include "error_message.hpp"

using namespace physique;
using namespace physique::nutrition;
using nutrition_test::error_message;
using nutrition_test::mentions;

namespace {
template <class T>
double g(const mass_rate<T>& m) {
  return static_cast<double>(m.in(grams_per_day));
}
}  // namespace

TEST_CASE_TEMPLATE("split: protein per kg body mass, fat share, carbohydrate remainder", T, float,
                   double) {
  // 2000 kcal/day, 80 kg, 1.6 g/kg, fat 25 %:
  //   protein 1.6 x 80 = 128 g = 512 kcal;
  //   fat 0.25 x 2000 = 500 kcal / 9 = 55.556 g;
  //   carbohydrate (2000 - 512 - 500) / 4 = 988 / 4 = 247 g.
  // All factors are Atwater's (4 / 9 / 4 kcal/g); tolerance is float rounding only.
  const macro_rule<T> rule{{T(1.6), protein_basis::body_mass}, {T(0.25), T(0)}};
  const auto s = split_macros(kilocalories_per_day(T(2000)), kilograms(T(80)), rule);
  CHECK(g(s.grams.protein) == doctest::Approx(128.0).epsilon(1e-6));
  CHECK(g(s.grams.fat) == doctest::Approx(500.0 / 9.0).epsilon(1e-6));
  CHECK(g(s.grams.carbohydrate) == doctest::Approx(247.0).epsilon(1e-6));
  CHECK(g(s.grams.alcohol) == 0.0);
  CHECK_FALSE(s.fat_floor_applied);
  CHECK(s.target.in(kilocalories_per_day) == doctest::Approx(2000.0));
  CHECK(total_energy(s.grams).in(kilocalories_per_day) == doctest::Approx(2000.0).epsilon(1e-6));

  // Default rule (the maintenance preset: 1.6 g/kg, fat 30 %): fat 600 kcal = 66.667 g,
  // carbohydrate (2000 - 512 - 600) / 4 = 222 g.
  const auto d = split_macros(kilocalories_per_day(T(2000)), kilograms(T(80)));
  CHECK(g(d.grams.protein) == doctest::Approx(128.0).epsilon(1e-6));
  CHECK(g(d.grams.fat) == doctest::Approx(600.0 / 9.0).epsilon(1e-6));
  CHECK(g(d.grams.carbohydrate) == doctest::Approx(222.0).epsilon(1e-6));

  // Kilojoule target: 8368 kJ/day is 2000 kcal/day (/ 4.184), same split.
  const auto kj = split_macros(kilojoules_per_day(T(8368)), kilograms(T(80)), rule);
  CHECK(g(kj.grams.carbohydrate) == doctest::Approx(247.0).epsilon(1e-5));
}

TEST_CASE_TEMPLATE("split: protein per kg fat-free mass from a body composition", T, float,
                   double) {
  // 80 kg at 15 % fat: fat-free mass 68 kg. 2.7 g/kg FFM (midpoint of Helms 2.3-3.1) =
  // 183.6 g = 734.4 kcal; fat 25 % of 2000 = 500 kcal = 55.556 g;
  // carbohydrate (2000 - 734.4 - 500) / 4 = 191.4 g.
  const auto body = composition::body_composition<T>::from_fat_percent(kilograms(T(80)), T(15));
  const macro_rule<T> rule{{T(2.7), protein_basis::fat_free_mass}, {T(0.25), T(0)}};
  const auto s = split_macros(kilocalories_per_day(T(2000)), body, rule);
  CHECK(g(s.grams.protein) == doctest::Approx(183.6).epsilon(1e-5));
  CHECK(g(s.grams.fat) == doctest::Approx(500.0 / 9.0).epsilon(1e-5));
  CHECK(g(s.grams.carbohydrate) == doctest::Approx(191.4).epsilon(1e-5));

  // The same body with a body-mass basis counts all 80 kg: 1.6 x 80 = 128 g.
  const auto b = split_macros(kilocalories_per_day(T(2000)), body,
                              {{T(1.6), protein_basis::body_mass}, {T(0.25), T(0)}});
  CHECK(g(b.grams.protein) == doctest::Approx(128.0).epsilon(1e-6));
}

TEST_CASE_TEMPLATE("split: fat floor in g/kg wins over a small share", T, float, double) {
  // 1600 kcal/day, 90 kg, protein 1.6 g/kg = 144 g = 576 kcal; fat share 20 % = 320 kcal =
  // 35.56 g, floor 0.5 g/kg x 90 = 45 g = 405 kcal, so the floor applies;
  // carbohydrate (1600 - 576 - 405) / 4 = 619 / 4 = 154.75 g.
  const macro_rule<T> rule{{T(1.6), protein_basis::body_mass}, {T(0.20), T(0.5)}};
  const auto s = split_macros(kilocalories_per_day(T(1600)), kilograms(T(90)), rule);
  CHECK(s.fat_floor_applied);
  CHECK(g(s.grams.fat) == doctest::Approx(45.0).epsilon(1e-6));
  CHECK(g(s.grams.carbohydrate) == doctest::Approx(154.75).epsilon(1e-6));

  // With a 30 % share (480 kcal = 53.33 g) the share is above the floor (45 g).
  const auto t = split_macros(kilocalories_per_day(T(1600)), kilograms(T(90)),
                              {{T(1.6), protein_basis::body_mass}, {T(0.30), T(0.5)}});
  CHECK_FALSE(t.fat_floor_applied);
  CHECK(g(t.grams.fat) == doctest::Approx(480.0 / 9.0).epsilon(1e-6));
}

TEST_CASE_TEMPLATE("split: height-based fat floor (MacroFactor's rule)", T, float, double) {
  // MacroFactor nutrition FAQ: 30 g/day, plus 0.5 g/day per cm above 150 cm.
  CHECK(g(height_based_fat_floor(centimeters(T(175)))) == doctest::Approx(42.5));
  CHECK(g(height_based_fat_floor(centimeters(T(150)))) == doctest::Approx(30.0));
  CHECK(g(height_based_fat_floor(centimeters(T(140)))) == doctest::Approx(30.0));
  CHECK(g(height_based_fat_floor(centimeters(T(190)))) == doctest::Approx(50.0));
  // 1600 kcal/day, a 120 kg, 160 cm person, fat share 15 % = 240 kcal = 26.67 g. The
  // per-kg floor (0.5 g/kg) would ask 60 g; the height floor asks 35 g and applies:
  // protein 1.6 x 120 = 192 g = 768 kcal, fat 35 g = 315 kcal, carbohydrate
  // (1600 - 768 - 315) / 4 = 129.25 g.
  const person<T> p{sex::female, years(T(40)), centimeters(T(160)), kilograms(T(120))};
  macro_rule<T> rule{{T(1.6), protein_basis::body_mass}, {T(0.15), T(0.5)}};
  rule.fat.floor_basis = fat_floor_basis::height;
  const auto s = split_macros(kilocalories_per_day(T(1600)), p, rule);
  CHECK(s.fat_floor_applied);
  CHECK(g(s.grams.fat) == doctest::Approx(35.0).epsilon(1e-6));
  CHECK(g(s.grams.carbohydrate) == doctest::Approx(129.25).epsilon(1e-5));
  // The per-kg basis through the person overload gives the body-mass overload's answer.
  rule.fat.floor_basis = fat_floor_basis::body_mass;
  const auto per_kg = split_macros(kilocalories_per_day(T(1600)), p, rule);
  CHECK(g(per_kg.grams.fat) == doctest::Approx(60.0).epsilon(1e-6));
  // The height floor without a height is an error naming the basis.
  rule.fat.floor_basis = fat_floor_basis::height;
  CHECK(mentions(error_message([&] {
                   (void)split_macros(kilocalories_per_day(T(1600)), kilograms(T(120)), rule);
                 }),
                 "fat_floor_basis"));
  CHECK(
      mentions(error_message([&] { (void)height_based_fat_floor(centimeters(T(-1))); }), "height"));
  CHECK_THROWS_AS((void)height_based_fat_floor(centimeters(std::numeric_limits<T>::quiet_NaN())),
                  physique::invalid_argument);
}

TEST_CASE_TEMPLATE("split: a budget used up exactly leaves zero carbohydrate", T, float, double) {
  // 1000 kcal, 50 kg, 3.0 g/kg = 150 g = 600 kcal, fat 40 % = 400 kcal: 600 + 400 = 1000,
  // carbohydrate 0 g. Equal to the budget is allowed; only more is an error.
  const auto s = split_macros(kilocalories_per_day(T(1000)), kilograms(T(50)),
                              {{T(3.0), protein_basis::body_mass}, {T(0.40), T(0)}});
  CHECK(g(s.grams.carbohydrate) == doctest::Approx(0.0));
  CHECK(g(s.grams.carbohydrate) >= 0.0);
}

TEST_CASE_TEMPLATE("split: energy identity 4P + 9F + 4C = target", T, float, double) {
  // Independent of the numbers chosen: the Atwater energy of the split equals its target.
  // (Largest fixed part: 130 kg x (1.8 x 4 + 0.6 x 9) = 1638 kcal < 1700.)
  for (int target = 1700; target <= 4500; target += 350) {
    for (int kg = 45; kg <= 130; kg += 17) {
      const auto s =
          split_macros(kilocalories_per_day(static_cast<T>(target)), kilograms(static_cast<T>(kg)),
                       {{T(1.8), protein_basis::body_mass}, {T(0.25), T(0.6)}});
      CHECK(total_energy(s.grams).in(kilocalories_per_day) ==
            doctest::Approx(static_cast<double>(target)).epsilon(1e-5));
    }
  }
}

TEST_CASE_TEMPLATE("split: impossible input is an error naming the values", T, float, double) {
  const T nan = std::numeric_limits<T>::quiet_NaN();
  const auto kcal = [](double v) { return kilocalories_per_day(static_cast<T>(v)); };
  const macro_rule<T> rule{};

  // Protein above the whole budget: 100 kg x 3.0 g/kg = 300 g = 1200 kcal > 1000 kcal.
  const std::string over = error_message([&] {
    (void)split_macros(kcal(1000), kilograms(T(100)),
                       {{T(3.0), protein_basis::body_mass}, {T(0.2), T(0)}});
  });
  CHECK(mentions(over, "protein_energy = 1200 kcal/d"));
  CHECK(mentions(over, "energy_target = 1000 kcal/d"));

  // Fat floor + protein above the budget: 2.0 g/kg x 100 = 200 g = 800 kcal; floor
  // 0.5 g/kg x 100 = 50 g = 450 kcal; 800 + 450 = 1250 > 1200.
  const std::string both = error_message([&] {
    (void)split_macros(kcal(1200), kilograms(T(100)),
                       {{T(2.0), protein_basis::body_mass}, {T(0.2), T(0.5)}});
  });
  CHECK(mentions(both, "fat_energy = 450 kcal/d"));
  CHECK(mentions(both, "protein_energy = 800 kcal/d"));
  CHECK(mentions(both, "energy_target = 1200 kcal/d"));

  // Fat share + protein above the budget: 1.0 share of energy leaves nothing for protein.
  CHECK_THROWS_AS((void)split_macros(kcal(2000), kilograms(T(80)),
                                     {{T(1.6), protein_basis::body_mass}, {T(1.0), T(0)}}),
                  physique::invalid_argument);

  CHECK(mentions(error_message([&] { (void)split_macros(kcal(2000), kilograms(T(-80)), rule); }),
                 "invalid body_mass = -80 kg"));
  CHECK(mentions(error_message([&] { (void)split_macros(kcal(2000), kilograms(nan), rule); }),
                 "invalid body_mass = nan"));
  CHECK(mentions(error_message([&] { (void)split_macros(kcal(0), kilograms(T(80)), rule); }),
                 "invalid energy_target = 0 kcal/d"));
  CHECK(mentions(error_message([&] { (void)split_macros(kcal(-5), kilograms(T(80)), rule); }),
                 "invalid energy_target = -5 kcal/d"));
  CHECK(mentions(
      error_message([&] { (void)split_macros(kilocalories_per_day(nan), kilograms(T(80)), rule); }),
      "energy_target"));
  CHECK(mentions(error_message([&] {
                   (void)split_macros(kcal(2000), kilograms(T(80)),
                                      {{T(-1), protein_basis::body_mass}, {T(0.25), T(0)}});
                 }),
                 "invalid protein_grams_per_kg = -1"));
  CHECK(mentions(error_message([&] {
                   (void)split_macros(kcal(2000), kilograms(T(80)),
                                      {{nan, protein_basis::body_mass}, {T(0.25), T(0)}});
                 }),
                 "protein_grams_per_kg"));
  CHECK(mentions(error_message([&] {
                   (void)split_macros(kcal(2000), kilograms(T(80)),
                                      {{T(1.6), protein_basis::body_mass}, {T(1.5), T(0)}});
                 }),
                 "invalid fat_share_of_energy = 1.5"));
  CHECK(mentions(error_message([&] {
                   (void)split_macros(kcal(2000), kilograms(T(80)),
                                      {{T(1.6), protein_basis::body_mass}, {T(0.2), T(-0.5)}});
                 }),
                 "invalid fat_minimum_grams_per_kg = -0.5"));
  // A fat-free-mass basis needs a body composition.
  CHECK(mentions(error_message([&] {
                   (void)split_macros(kcal(2000), kilograms(T(80)),
                                      {{T(2.3), protein_basis::fat_free_mass}, {T(0.25), T(0)}});
                 }),
                 "invalid protein_basis (fat_free_mass)"));
}

TEST_CASE("split: usable in constant expressions") {
  // 2000 kcal, 80 kg, default rule (1.6 g/kg, fat 30 %): 128 g protein, 222 g carbohydrate.
  // Impossible input in a constant expression does not compile (the error path is not
  // constexpr).
  constexpr auto s = split_macros(kilocalories_per_day(2000.0), kilograms(80.0));
  static_assert(s.grams.protein.in(grams_per_day) > 127.999 &&
                s.grams.protein.in(grams_per_day) < 128.001);
  static_assert(s.grams.carbohydrate.in(grams_per_day) > 221.999 &&
                s.grams.carbohydrate.in(grams_per_day) < 222.001);
  CHECK(s.grams.fat.in(grams_per_day) == doctest::Approx(600.0 / 9.0));
}
