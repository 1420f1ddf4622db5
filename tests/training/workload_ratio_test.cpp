// SPDX-License-Identifier: MIT
// Acute:chronic workload ratio: rolling (coupled, uncoupled) and EWMA.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <physique/training/workload_ratio.hpp>

using namespace physique;
using namespace physique::training;

namespace {
// The series of the reference's worked example (5.4), used in the ACWR R package's tests:
// 21 days at 30 AU, then 7 days at 50 AU.
template <class T>
std::vector<T> acwr_series() {
  std::vector<T> v(21, T{30});
  v.insert(v.end(), 7, T{50});
  return v;
}
// The reference prints 2 decimals (or 3 for ratios); float accumulates over 28 days.
constexpr double two_decimals = 0.006;
}  // namespace

TEST_CASE_TEMPLATE("ACWR worked example: rolling coupled, uncoupled, EWMA", T, float, double) {
  const std::vector<T> load = acwr_series<T>();
  std::vector<workload_ratio_day<T>> out(load.size());
  const auto in = std::span<const T>(load);
  const auto o = std::span<workload_ratio_day<T>>(out);
  // Reference 5.4: coupled 50 / 35 = 1.429.
  rolling_acwr(in, o);
  CHECK(static_cast<double>(out.back().acute) == doctest::Approx(50.0));
  CHECK(static_cast<double>(out.back().chronic) == doctest::Approx(35.0));
  CHECK(static_cast<double>(out.back().ratio) == doctest::Approx(1.429).epsilon(0.0006 / 1.429));
  // Before the 28-day window is full: NaN.
  CHECK(std::isnan(out[26].ratio));
  CHECK_FALSE(std::isnan(out[27].ratio));
  // Uncoupled: 50 / 30 = 1.667.
  rolling_acwr(in, o, {7, 28, acwr_coupling::uncoupled});
  CHECK(static_cast<double>(out.back().chronic) == doctest::Approx(30.0));
  CHECK(static_cast<double>(out.back().ratio) == doctest::Approx(1.667).epsilon(0.0006 / 1.667));
  // EWMA (Williams 2017; lambda 0.25 / 0.0690, seeded with day 1): 47.33, 37.87, 1.250.
  ewma_acwr(in, o);
  CHECK(static_cast<double>(out.back().acute) ==
        doctest::Approx(47.33).epsilon(two_decimals / 47.33));
  CHECK(static_cast<double>(out.back().chronic) ==
        doctest::Approx(37.87).epsilon(two_decimals / 37.87));
  CHECK(static_cast<double>(out.back().ratio) == doctest::Approx(1.250).epsilon(0.0006 / 1.25));
  CHECK(out.front().ratio == T{1});
}

TEST_CASE("trap: rolling averages cannot tell different loading patterns apart") {
  // Williams et al. 2017: rolling averages gave 1.43 for three different athletes, EWMA did
  // not. Three 28-day series with the same weekly sums (acute week 350, first 3 weeks 210
  // each) but a different order of days inside the acute week.
  std::vector<double> a(21, 30.0), b(21, 30.0), c(21, 30.0);
  const double week_a[7] = {50, 50, 50, 50, 50, 50, 50};
  const double week_b[7] = {100, 100, 100, 50, 0, 0, 0};
  const double week_c[7] = {0, 0, 0, 50, 100, 100, 100};
  a.insert(a.end(), week_a, week_a + 7);
  b.insert(b.end(), week_b, week_b + 7);
  c.insert(c.end(), week_c, week_c + 7);
  std::vector<workload_ratio_day<double>> ra(28), rb(28), rc(28);
  rolling_acwr(a, ra);
  rolling_acwr(b, rb);
  rolling_acwr(c, rc);
  CHECK(ra.back().ratio == doctest::Approx(rb.back().ratio));
  CHECK(ra.back().ratio == doctest::Approx(rc.back().ratio));
  ewma_acwr(b, rb);
  ewma_acwr(c, rc);
  CHECK(rb.back().ratio < rc.back().ratio);  // recent load weighs more
}

TEST_CASE("ACWR: bad input names the parameter") {
  std::vector<double> load{30, 40, std::numeric_limits<double>::quiet_NaN(), 20};
  std::vector<workload_ratio_day<double>> r(4);
  try {
    ewma_acwr(load, r);
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "daily_load");
  }
  load[2] = 10;
  std::vector<workload_ratio_day<double>> short_out(2);
  CHECK_THROWS_AS(rolling_acwr(load, short_out), physique::invalid_argument);
  try {
    rolling_acwr(load, r, {7, 7});
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "chronic_days");
  }
}
