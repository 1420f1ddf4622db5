// SPDX-License-Identifier: MIT
// Impossible nutrition input is an error naming it, never an overflowing integer or inf.
#include <physique/nutrition.hpp>

#include <doctest/doctest.h>

using namespace physique;
using namespace physique::nutrition;

TEST_CASE("a trillion kilocalories is no target, and whole grams never overflow") {
  // `physique macros --calories 1e12kcal` printed -2147483648 g of carbohydrate.
  CHECK_THROWS_WITH(
      static_cast<void>(split_macros(kilocalories_per_day(1e12), kilograms(80.0))),
      doctest::Contains("energy_target = 1e+12 kcal/d: must be within 0-30000 kcal/d"));
  macros<double> m;
  m.carbohydrate = grams_per_day(1e12);
  CHECK_THROWS_WITH(static_cast<void>(round_to_whole_grams(m)),
                    doctest::Contains("carbohydrate = 1e+12 g/d"));
  // The largest possible day still rounds exactly.
  m.carbohydrate = grams_per_day(7500.0);
  CHECK(round_to_whole_grams(m).whole.carbohydrate == 7500);
  CHECK_NOTHROW(static_cast<void>(split_macros(kilocalories_per_day(30000.0), kilograms(80.0))));
}

TEST_CASE("tiny body masses are rejected by the bounds, not divided by") {
  CHECK_THROWS_WITH(
      static_cast<void>(distribute_protein(grams_per_day(150.0), kilograms(1e-310), 4U)),
      doctest::Contains("body_mass"));
  evaluation_context<double> c;
  c.body_mass = kilograms(1e-310);
  CHECK_THROWS_WITH(static_cast<void>(evaluate_macros(macros<double>{}, c)),
                    doctest::Contains("body_mass"));
}
