// SPDX-License-Identifier: MIT
#include <physique/energy/expenditure_batch.hpp>

#include <physique/energy/mifflin_st_jeor.hpp>
#include <physique/energy/schofield.hpp>

#include <doctest/doctest.h>

#include <array>
#include <limits>
#include <span>

#include "test_support.hpp"

using namespace physique;
using namespace physique::energy;
using physique::energy_test::kcal;

TEST_CASE_TEMPLATE("batch resting and total expenditure over spans", T, float, double) {
  const std::array<sex, 3> sexes{sex::male, sex::female, sex::male};
  const std::array<duration<T>, 3> ages{years(T(30)), years(T(40)), years(T(25))};
  const std::array<length<T>, 3> heights{centimeters(T(180)), centimeters(T(165)),
                                         centimeters(T(178))};
  const std::array<mass<T>, 3> masses{kilograms(T(80)), kilograms(T(60)), kilograms(T(70))};
  std::array<energy_rate<T>, 3> out{};
  resting_energy_batch(mifflin_st_jeor{}, sexes, ages, heights, masses, out);
  // Mifflin 1990 by hand: 1781.6, 1272.85, 9.99*70 + 6.25*178 - 4.92*25 + 5 = 1693.8.
  CHECK(kcal(out[0]) == doctest::Approx(1781.6).epsilon(1e-5));
  CHECK(kcal(out[1]) == doctest::Approx(1272.85).epsilon(1e-5));
  CHECK(kcal(out[2]) == doctest::Approx(1693.8).epsilon(1e-5));

  // TEE with PALs 1.55, 1.75, 2.0 on Schofield: 1790.86*1.55, 1373.79... (30-60 woman 60 kg:
  // 8.126*60 + 845.6 = 1333.16) * 1.75, 1746.19 * 2.0.
  const std::array<T, 3> pals{T(1.55), T(1.75), T(2.0)};
  total_energy_batch(schofield{}, sexes, ages, heights, masses, pals, out);
  CHECK(kcal(out[0]) == doctest::Approx(1790.86 * 1.55).epsilon(1e-5));
  CHECK(kcal(out[1]) == doctest::Approx(1333.16 * 1.75).epsilon(1e-5));
  CHECK(kcal(out[2]) == doctest::Approx(1746.19 * 2.0).epsilon(1e-5));
}

TEST_CASE_TEMPLATE("batch: bad input", T, float, double) {
  const std::array<sex, 2> sexes{sex::male, sex::female};
  const std::array<duration<T>, 2> ages{years(T(30)), years(T(40))};
  const std::array<length<T>, 1> short_heights{centimeters(T(180))};
  const std::array<length<T>, 2> heights{centimeters(T(180)), centimeters(T(165))};
  const std::array<mass<T>, 2> masses{kilograms(T(80)), kilograms(T(-60))};
  std::array<energy_rate<T>, 2> out{};
  CHECK_THROWS_WITH(
      resting_energy_batch(mifflin_st_jeor{}, sexes, ages, short_heights, masses, out),
      doctest::Contains("heights"));
  CHECK_THROWS_WITH(resting_energy_batch(mifflin_st_jeor{}, sexes, ages, heights, masses, out),
                    doctest::Contains("body_mass"));
  // NaN and edge ages take the full check: NaN is rejected naming "age"; 130 y (the
  // limit of physique::validate) is accepted and computed.
  const std::array<duration<T>, 2> nan_age{years(T(30)),
                                           years(std::numeric_limits<T>::quiet_NaN())};
  const std::array<mass<T>, 2> ok_masses{kilograms(T(80)), kilograms(T(60))};
  CHECK_THROWS_WITH(
      resting_energy_batch(mifflin_st_jeor{}, sexes, nan_age, heights, ok_masses, out),
      doctest::Contains("age"));
  const std::array<duration<T>, 2> old_ages{years(T(130)), years(T(129.5))};
  CHECK_NOTHROW(resting_energy_batch(mifflin_st_jeor{}, sexes, old_ages, heights, ok_masses, out));
  // Mifflin fitted form: 9.99*80 + 1125 - 639.6 + 5 = 1289.6.
  CHECK(kcal(out[0]) == doctest::Approx(1289.6).epsilon(1e-5));
  const std::array<T, 2> pals{T(0.2), T(1.5)};
  const std::array<mass<T>, 2> good{kilograms(T(80)), kilograms(T(60))};
  CHECK_THROWS_WITH(total_energy_batch(mifflin_st_jeor{}, sexes, ages, heights, good, pals, out),
                    doctest::Contains("factor"));
}
