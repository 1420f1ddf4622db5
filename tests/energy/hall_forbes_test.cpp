// Tests of the Forbes partition (hall_forbes.hpp). Values: Forbes 1987 slope 10.4 kg;
// energy per kg of change from energy_composition.md section 2's table (paper densities);
// the Lambert W closed form against bw's ten-year run quoted in hall_model.md section 5.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include <physique/energy/hall_forbes.hpp>

using namespace physique;
using namespace physique::energy;

TEST_CASE_TEMPLATE("Forbes share and energy per kg of change", T, float, double) {
  // energy_composition.md section 2: FM 5/10/20/30/40 kg -> lean share 0.675/0.510/0.342/
  // 0.257/0.206 and 4292/5554/6832/7478/7867 kcal/kg (3 decimals / whole kcal).
  const T fm[] = {5, 10, 20, 30, 40};
  const double share[] = {0.675, 0.510, 0.342, 0.257, 0.206};
  const double kcal[] = {4292, 5554, 6832, 7478, 7867};
  for (int i = 0; i < 5; ++i) {
    CHECK(forbes_lean_share(kilograms(fm[i])) == doctest::Approx(share[i]).epsilon(0.002));
    CHECK(forbes_energy_density(kilograms(fm[i])).in(kilocalories_per_kilogram) ==
          doctest::Approx(kcal[i]).epsilon(1.0 / 4000));
  }
}

TEST_CASE_TEMPLATE("Lambert W0", T, float, double) {
  CHECK(lambert_w0(static_cast<T>(0)) == 0);
  // Omega constant W(1) = 0.5671432904097838; W(e) = 1; W(2 e^2) = 2.
  CHECK(lambert_w0(static_cast<T>(1)) == doctest::Approx(0.5671432904097838).epsilon(1e-6));
  CHECK(lambert_w0(static_cast<T>(2.718281828459045)) == doctest::Approx(1.0).epsilon(1e-6));
  CHECK(lambert_w0(static_cast<T>(2 * 7.38905609893065)) == doctest::Approx(2.0).epsilon(1e-6));
  CHECK(lambert_w0_of_exp(static_cast<T>(1)) == doctest::Approx(1.0).epsilon(1e-6));
  // w + ln w = 1000 without overflow: w ~ 993.09.
  const T w = lambert_w0_of_exp(static_cast<T>(1000));
  CHECK(w + std::log(w) == doctest::Approx(1000).epsilon(1e-6));
  CHECK_THROWS_AS((void)lambert_w0(static_cast<T>(-1)), physique::invalid_argument);
}

TEST_CASE("closed-form partition reproduces bw's ten-year run") {
  // hall_model.md section 5: F 29.618 -> 14.029 kg, L 43.606 -> 35.834 kg, so
  // dF + dL = -23.361 kg; the Lambert-W form must give back F = 14.029 kg.
  const auto r = forbes_partition(kilograms(29.618), kilograms(-15.589 - 7.772));
  CHECK(r.fat_mass.in(kilograms) == doctest::Approx(14.029).epsilon(5e-5));
  CHECK(r.fat_free_change.in(kilograms) == doctest::Approx(-7.772).epsilon(5e-4));
  // Infinitesimal limit: a 1 g change splits as 10.4 / (10.4 + F).
  const auto small = forbes_partition(kilograms(20.0), kilograms(0.001));
  CHECK(small.fat_free_change.in(kilograms) / 0.001 == doctest::Approx(10.4 / 30.4).epsilon(1e-4));
  // Large losses never make fat mass negative.
  CHECK(forbes_partition(kilograms(10.0), kilograms(-60.0)).fat_mass.in(kilograms) > 0.0);
  try {
    (void)forbes_partition(kilograms(-1.0), kilograms(1.0));
    FAIL("expected an error");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "fat_mass");
  }
}
