// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <physique/composition/body_composition.hpp>

#include "near.hpp"

using physique::kilograms;
using physique::composition::body_composition;
using physique_test::near;

TEST_CASE_TEMPLATE("body_composition converts between fat % + mass and fat + lean mass", T, float,
                   double) {
  // 80 kg at 25 % fat: 20 kg fat, 60 kg fat-free (definition of the two-compartment split).
  const auto a = body_composition<T>::from_fat_percent(kilograms(T(80)), T(25));
  CHECK(near(a.fat_mass().in(kilograms), 20.0, 1e-5));
  CHECK(near(a.fat_free_mass().in(kilograms), 60.0, 1e-5));
  const auto b = body_composition<T>::from_masses(a.fat_mass(), a.fat_free_mass());
  CHECK(near(b.fat_percent(), 25.0, 1e-5));
  CHECK(near(b.body_mass().in(kilograms), 80.0, 1e-5));
  const auto c = body_composition<T>::from_fat_mass(kilograms(T(80)), kilograms(T(20)));
  CHECK(near(c.fat_percent(), 25.0, 1e-5));
  CHECK_THROWS_AS((void)body_composition<T>::from_fat_percent(kilograms(T(80)), T(100)),
                  physique::invalid_argument);
}
