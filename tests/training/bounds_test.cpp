// SPDX-License-Identifier: MIT
// Impossible training input is an error naming it; possible input gives finite values.
#include <physique/training/one_rep_max.hpp>
#include <physique/training/session_rpe.hpp>
#include <physique/training/workload_ratio.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <span>
#include <vector>

using namespace physique;
using namespace physique::training;

TEST_CASE_TEMPLATE("reps at a fraction are never negative and never inf", T, float, double) {
  // Mayhew's curve is 0.941 at zero reps and 1.089 at one: at 1.0 it gave -2.4 reps.
  CHECK_THROWS_WITH((void)mayhew{}.reps_at_fraction(T(1)), doctest::Contains("fraction = 1"));
  CHECK(mayhew{}.reps_at_fraction(T(0.941)) >= T(0));
  CHECK(mayhew{}.reps_at_fraction(T(0.941)) < T(0.01));
  // A denormal fraction would give inf reps.
  CHECK_THROWS_WITH((void)epley{}.reps_at_fraction(std::numeric_limits<T>::denorm_min()),
                    doctest::Contains("fraction"));
  CHECK_THROWS_WITH((void)lombardi{}.reps_at_fraction(T(1e-20)), doctest::Contains("fraction"));
  CHECK_THROWS_WITH((void)epley{}(kilograms(T(1e30)), 5), doctest::Contains("load"));
}

TEST_CASE("the EWMA ACWR rejects an acute window longer than the chronic one") {
  const std::vector<double> loads(30, 300.0);
  std::vector<workload_ratio_day<double>> out(loads.size());
  ewma_acwr_options<double> o;
  o.acute_days = 28;
  o.chronic_days = 7;
  CHECK_THROWS_WITH(ewma_acwr(std::span<const double>(loads), std::span(out), o),
                    doctest::Contains("chronic_days = 7"));
}

TEST_CASE_TEMPLATE("monotony of huge loads is rejected or finite, never an inf SD", T, float,
                   double) {
  std::array<T, 7> week{T(1e20), 0, 0, 0, 0, 0, 0};
  CHECK_THROWS_WITH((void)monotony_and_strain(std::span<const T>(week)),
                    doctest::Contains("daily_loads"));
  week[0] = T(1e8);  // the table's largest daily load: its square overflows a float
  const auto s = monotony_and_strain(std::span<const T>(week));
  CHECK(std::isfinite(s.standard_deviation));
  CHECK(std::isfinite(s.strain));
  // sqrt(6/49) x 1e8 for one load among seven rest days (population SD).
  CHECK(s.standard_deviation == doctest::Approx(1e8 * std::sqrt(6.0 / 49.0)).epsilon(1e-5));
}
