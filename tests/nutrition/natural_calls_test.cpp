// SPDX-License-Identifier: MIT
// The batch split with vectors, as people hold their columns; this did not compile before
// the range overload (the number type could not be deduced through the conversion).
#include <doctest/doctest.h>

#include <vector>

#include <physique/nutrition.hpp>

using namespace physique;
using namespace physique::nutrition;

TEST_CASE("the batch split takes vectors") {
  // 2000 kcal, 80 kg, 1.6 g/kg, fat 25 % -> protein 128 g, fat 55.556 g, carbohydrate 247 g.
  const std::vector<energy_rate<double>> targets{2000_kcal_per_day};
  const std::vector<mass<double>> body{80_kg};
  const std::vector<mass<double>> no_fat_free_mass;
  std::vector<mass_rate<double>> protein(1), fat(1), carbohydrate(1);
  const macro_rule<double> rule{{1.6, protein_basis::body_mass}, {0.25, 0.0}};
  split_macros(targets, body, no_fat_free_mass, rule, protein, fat, carbohydrate);
  CHECK(protein[0].in(grams_per_day) == doctest::Approx(128.0).epsilon(1e-9));
  CHECK(fat[0].in(grams_per_day) == doctest::Approx(500.0 / 9.0).epsilon(1e-9));
  CHECK(carbohydrate[0].in(grams_per_day) == doctest::Approx(247.0).epsilon(1e-9));
}
