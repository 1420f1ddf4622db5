// SPDX-License-Identifier: MIT
// Banister fitness-fatigue and the performance-management chart.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <physique/training/fitness_fatigue.hpp>

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

TEST_CASE_TEMPLATE("Banister worked example", T, float, double) {
  // Reference 5.4: tau 42 / 7, k 1 / 2, p0 0, traces include day t: day 28 fitness 750.92,
  // fatigue 316.20, performance 118.52.
  const std::vector<T> load = acwr_series<T>();
  std::vector<fitness_fatigue_day<T>> out(load.size());
  fitness_fatigue(load, out);
  const auto& d = out.back();
  CHECK(static_cast<double>(d.fitness) == doctest::Approx(750.92).epsilon(two_decimals / 750.92));
  CHECK(static_cast<double>(d.fatigue) == doctest::Approx(316.20).epsilon(two_decimals / 316.20));
  CHECK(static_cast<double>(d.performance) == doctest::Approx(118.52).epsilon(0.02 / 118.52));
  // before_load: the day's own load is not yet in the traces.
  fitness_fatigue(load, out, {}, load_timing::before_load);
  CHECK(static_cast<double>(out.back().fitness) ==
        doctest::Approx(750.92 - 50.0).epsilon(two_decimals / 700.0));
  CHECK(out.front().fitness == T{0});
}

TEST_CASE("Banister: recursive form equals the convolution sum") {
  // p(t) = p0 + k1 sum w(s) e^-(t-s)/tau1 - k2 sum w(s) e^-(t-s)/tau2 (Morton et al. 1990).
  const std::array<double, 10> w{100, 0, 80, 0, 0, 120, 60, 0, 90, 30};
  const banister_parameters<double> p{0.8, 1.7, 30.0, 9.0, 400.0};
  fitness_fatigue_model<double> model(p);
  for (std::size_t t = 0; t < w.size(); ++t) {
    const auto day = model.add_day(w[t]);
    double g = 0, h = 0;
    for (std::size_t s = 0; s <= t; ++s) {
      g += w[s] * std::exp(-static_cast<double>(t - s) / 30.0);
      h += w[s] * std::exp(-static_cast<double>(t - s) / 9.0);
    }
    CHECK(day.performance == doctest::Approx(400.0 + 0.8 * g - 1.7 * h));
  }
}

TEST_CASE_TEMPLATE("performance management chart, GoldenCheetah and TrainingPeaks forms", T, float,
                   double) {
  // Reference 5.4: GC (1 - e^-1/N, start 0): CTL 17.67, ATL 42.09, TSB -24.43;
  // TP (1/N): 17.83, 42.80, -24.98.
  const std::vector<T> load = acwr_series<T>();
  std::vector<performance_management_day<T>> out(load.size());
  performance_management(load, out);
  CHECK(static_cast<double>(out.back().chronic) ==
        doctest::Approx(17.67).epsilon(two_decimals / 17.67));
  CHECK(static_cast<double>(out.back().acute) ==
        doctest::Approx(42.09).epsilon(two_decimals / 42.09));
  CHECK(static_cast<double>(out.back().balance) ==
        doctest::Approx(-24.43).epsilon(two_decimals / 24.43));
  performance_management_options<T> tp;
  tp.decay = ewma_decay::reciprocal;
  performance_management(load, out, tp);
  CHECK(static_cast<double>(out.back().chronic) ==
        doctest::Approx(17.83).epsilon(two_decimals / 17.83));
  CHECK(static_cast<double>(out.back().acute) ==
        doctest::Approx(42.80).epsilon(two_decimals / 42.80));
  CHECK(static_cast<double>(out.back().balance) ==
        doctest::Approx(-24.98).epsilon(two_decimals / 24.98));
}

TEST_CASE("fitness-fatigue: bad input names the parameter") {
  std::vector<double> load{30, 40, -5, 20};
  std::vector<fitness_fatigue_day<double>> ff(4);
  try {
    fitness_fatigue(load, ff);
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.what()).find("daily_load = -5") != std::string::npos);
  }
  try {
    fitness_fatigue_model<double> m({1.0, 2.0, -42.0, 7.0, 0.0});
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "fitness_days");
  }
  load[2] = 10;
  std::vector<fitness_fatigue_day<double>> short_out(2);
  CHECK_THROWS_AS(fitness_fatigue(load, short_out), physique::invalid_argument);
  std::vector<performance_management_day<double>> pm(4);
  performance_management_options<double> bad_window;
  bad_window.acute_days = 0.0;
  CHECK_THROWS_AS(performance_management(load, pm, bad_window), physique::invalid_argument);
}

TEST_CASE_TEMPLATE("Banister resumes from a known fitness and fatigue", T, float, double) {
  // After 21 days at 30 AU the traces are geometric sums, 30 (1 - r^21) / (1 - r) with
  // r = e^(-1/tau). Starting there, 7 days at 50 must land on the reference's day 28
  // (fitness 750.92, fatigue 316.20, performance 118.52), as if the log had never stopped.
  const double r1 = std::exp(-1.0 / 42.0);
  const double r2 = std::exp(-1.0 / 7.0);
  const auto g21 = static_cast<T>(30.0 * (1.0 - std::pow(r1, 21)) / (1.0 - r1));
  const auto h21 = static_cast<T>(30.0 * (1.0 - std::pow(r2, 21)) / (1.0 - r2));
  const std::vector<T> week(7, T{50});
  std::vector<fitness_fatigue_day<T>> out(week.size());
  fitness_fatigue(std::span<const T>(week), std::span<fitness_fatigue_day<T>>(out),
                  banister_parameters<T>{}, g21, h21);
  const auto& d = out.back();
  CHECK(static_cast<double>(d.fitness) == doctest::Approx(750.92).epsilon(two_decimals / 750.92));
  CHECK(static_cast<double>(d.fatigue) == doctest::Approx(316.20).epsilon(two_decimals / 316.20));
  CHECK(static_cast<double>(d.performance) == doctest::Approx(118.52).epsilon(0.02 / 118.52));
  // The running model resumes the same way from a saved `current()`.
  fitness_fatigue_model<T> first;
  for (int i = 0; i < 21; ++i)
    (void)first.add_day(T{30});
  const auto saved = first.current();
  fitness_fatigue_model<T> resumed({}, saved.fitness, saved.fatigue);
  for (int i = 0; i < 7; ++i)
    (void)resumed.add_day(T{50});
  CHECK(static_cast<double>(resumed.current().performance) ==
        doctest::Approx(static_cast<double>(d.performance)).epsilon(1e-4));
}

TEST_CASE("Banister: an impossible starting state names the trace") {
  try {
    fitness_fatigue_model<double> m({}, -1.0, 0.0);
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "fitness");
  }
  CHECK_THROWS_AS((fitness_fatigue_model<double>({}, 0.0, std::nan(""))),
                  physique::invalid_argument);
}
