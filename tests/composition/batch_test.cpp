// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <array>
#include <physique/composition/batch.hpp>
#include <span>
#include <vector>

#include "near.hpp"

using physique::centimeters;
using physique::kilograms;
using physique::sex;
using physique::years;
namespace pc = physique::composition;

TEST_CASE_TEMPLATE("batches agree with the scalar equations", T, float, double) {
  const std::array<sex, 3> sexes{sex::male, sex::female, sex::male};
  const std::array<physique::duration<T>, 3> ages{years(T(40)), years(T(30)), years(T(55))};
  const std::array<physique::length<T>, 3> heights{centimeters(T(180)), centimeters(T(165)),
                                                   centimeters(T(172))};
  const std::array<physique::mass<T>, 3> masses{kilograms(T(100)), kilograms(T(60)),
                                                kilograms(T(85))};
  std::array<T, 3> out{};
  pc::jackson_2002_batch<T>(sexes, ages, heights, masses, out);
  // bw's 100 kg, 1.80 m, 40 y man: 29.618 % (see jackson_2002_test.cpp).
  CHECK(physique_test::near(out[0], 29.618, 2e-3));
  for (std::size_t i = 0; i < 3; ++i) {
    const T one = pc::jackson_2002{}(physique::person<T>{sexes[i], ages[i], heights[i], masses[i]});
    CHECK(physique_test::near(out[i], static_cast<double>(one), 1e-4));
  }

  const std::array<physique::length<T>, 3> necks{centimeters(T(40)), centimeters(T(35)),
                                                 centimeters(T(39))};
  const std::array<physique::length<T>, 3> waists{centimeters(T(90)), centimeters(T(75)),
                                                  centimeters(T(95))};
  const std::array<physique::length<T>, 3> hips{centimeters(T(0)), centimeters(T(100)),
                                                centimeters(T(0))};
  pc::us_navy_dod_batch<T>(sexes, heights, necks, waists, hips, out);
  for (std::size_t i = 0; i < 3; ++i) {
    const T one = pc::us_navy_dod{}(sexes[i], heights[i],
                                    pc::circumferences<T>{necks[i], waists[i], hips[i]});
    CHECK(physique_test::near(out[i], static_cast<double>(one), 1e-4));
  }
  // Size mismatch and bad records are errors.
  std::array<T, 2> short_out{};
  CHECK_THROWS_AS(pc::jackson_2002_batch<T>(sexes, ages, heights, masses, short_out),
                  physique::invalid_argument);
  std::array<physique::mass<T>, 3> bad = masses;
  bad[1] = kilograms(T(-1));
  CHECK_THROWS_AS(pc::jackson_2002_batch<T>(sexes, ages, heights, bad, out),
                  physique::invalid_argument);
}
