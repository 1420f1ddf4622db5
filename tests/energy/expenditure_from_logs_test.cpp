// Tests of expenditure_from_logs.hpp: the Hacker's Diet trend, the least-squares rate, the
// Forbes energy density, missing days, and recovery of the true expenditure from synthetic
// logs made with the Hall 2011 model plus noise (a fixed-seed generator defined here, so
// the logs are the same with every compiler and standard library).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include <physique/energy/expenditure_from_logs.hpp>
#include <physique/energy/hall_model.hpp>

using namespace physique;
using namespace physique::energy;

namespace {

/// SplitMix64 (Steele, Lea, Flood 2014) with a sum-of-12-uniforms normal deviate: integer
/// arithmetic and exact double operations only, so identical everywhere.
struct log_test_rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
  double normal() {  // Irwin-Hall: mean 0, variance 1, tails cut at 6 SD
    double s = 0;
    for (int i = 0; i < 12; ++i)
      s += uniform();
    return s - 6.0;
  }
};

struct synthetic_result {
  std::vector<expenditure_estimate<double>> estimates;
  std::vector<double> true_expenditure;  // mean model expenditure over each estimate's window
};

/// A person who started a diet `lead_in` days before logging; logs `days` days. Intake
/// varies day to day (SD 250 kcal/d, logged exactly when logged); the scale reads the
/// model's body mass plus noise (SD `scale_sd` kg, water and gut content); 20 % of
/// weighings and 10 % of intakes are missing.
synthetic_result synthetic_log(std::uint64_t seed, int lead_in, int days, double scale_sd,
                               int window = 21) {
  log_test_rng rng{seed};
  hall_setup<double> s;
  const bool male = rng.uniform() < 0.5;
  const double height = male ? 1.70 + 0.2 * rng.uniform() : 1.56 + 0.18 * rng.uniform();
  const double bmi = 22.0 + 13.0 * rng.uniform();
  s.individual = person<double>{male ? sex::male : sex::female, years(25.0 + 35.0 * rng.uniform()),
                                meters(height), kilograms(bmi * height * height)};
  s.physical_activity_level = 1.4 + 0.5 * rng.uniform();
  const hall_model<double> m(s);
  const double deficit = 800.0 * rng.uniform() - 100.0;  // -100 (surplus) .. 700 kcal/d
  std::vector<energy_rate<double>> intake;
  for (int d = 0; d < lead_in + days; ++d) {
    intake.push_back(m.baseline_intake() - kilocalories_per_day(deficit - 250.0 * rng.normal()));
  }
  const auto tr = m.trajectory(intake_table<double>{intake}, lead_in + days);
  std::vector<intake_weight_log<double>> log(static_cast<std::size_t>(days));
  for (int d = 0; d < days; ++d) {
    auto& e = log[static_cast<std::size_t>(d)];
    const auto& r = tr[static_cast<std::size_t>(lead_in + d)];
    if (rng.uniform() >= 0.2) e.weight = r.body_mass + kilograms(scale_sd * rng.normal());
    if (rng.uniform() >= 0.1) e.intake = intake[static_cast<std::size_t>(lead_in + d)];
  }
  expenditure_options<double> o;
  o.fat_mass = tr[static_cast<std::size_t>(lead_in)].fat_mass;
  o.window_days = window;
  synthetic_result out;
  out.estimates.resize(log.size());
  estimate_expenditure(log, out.estimates.begin(), o);
  for (int d = 0; d < days; ++d) {
    const int lo = std::max(0, d - window + 1);
    double sum = 0;
    int n = 0;
    for (int j = lo; j < d; ++j) {  // days lead_in + j, ending at record lead_in + j + 1
      sum += tr[static_cast<std::size_t>(lead_in + j + 1)].expenditure.in(kilocalories_per_day);
      ++n;
    }
    out.true_expenditure.push_back(n > 0 ? sum / n : 0.0);
  }
  return out;
}

}  // namespace

TEST_CASE("the trend is the Hacker's Diet moving average") {
  // Walker, The Hacker's Diet: trend_n = trend_{n-1} + 0.1 (weight_n - trend_{n-1}), started
  // at the first weight. 80, 81, 79 -> 80, 80.1, 79.99. A one-day gap uses 1 - 0.9^2 = 0.19.
  std::vector<intake_weight_log<double>> log(4);
  log[0].weight = kilograms(80.0);
  log[1].weight = kilograms(81.0);
  log[2].weight = kilograms(79.0);
  log[3].weight = std::nullopt;
  std::vector<expenditure_estimate<double>> e(4);
  estimate_expenditure(log, e.begin());
  CHECK(e[0].trend_weight.in(kilograms) == doctest::Approx(80.0));
  CHECK(e[1].trend_weight.in(kilograms) == doctest::Approx(80.1));
  CHECK(e[2].trend_weight.in(kilograms) == doctest::Approx(79.99));
  CHECK(e[3].trend_weight.in(kilograms) == doctest::Approx(79.99));
  CHECK_FALSE(e[3].valid);  // too few days
  std::vector<intake_weight_log<double>> gap(3);
  gap[0].weight = kilograms(80.0);
  gap[2].weight = kilograms(90.0);
  std::vector<expenditure_estimate<double>> g(3);
  estimate_expenditure(gap, g.begin());
  CHECK(g[2].trend_weight.in(kilograms) == doctest::Approx(80.0 + 0.19 * 10.0));
}

TEST_CASE("TrendWeight's linear gap fill, against the exponential bridge") {
  // 80 kg on day 0, 79.4 kg on day 3, days 1 and 2 not weighed. TrendWeight fills them on
  // the line (79.8, 79.6) and smooths day by day with alpha 0.1: 80 -> 79.98 -> 79.942 ->
  // 79.8878. The exponential bridge takes one step of 1 - 0.9^3 = 0.271: 79.8374.
  std::vector<intake_weight_log<double>> log(4);
  log[0].weight = kilograms(80.0);
  log[3].weight = kilograms(79.4);
  std::vector<expenditure_estimate<double>> e(4);
  expenditure_options<double> o;
  o.gap_fill = weight_gap_fill::linear_interpolation;
  estimate_expenditure(std::span<const intake_weight_log<double>>(log), e.begin(), o);
  CHECK(e[2].trend_weight.in(kilograms) == doctest::Approx(80.0));  // not known yet
  CHECK(e[3].trend_weight.in(kilograms) == doctest::Approx(79.8878));
  estimate_expenditure(std::span<const intake_weight_log<double>>(log), e.begin());
  CHECK(e[3].trend_weight.in(kilograms) == doctest::Approx(79.8374));
  // Without gaps the two rules are the same filter.
  std::vector<intake_weight_log<double>> full(5);
  for (int d = 0; d < 5; ++d)
    full[static_cast<std::size_t>(d)].weight = kilograms(80.0 - 0.3 * d);
  std::vector<expenditure_estimate<double>> a(5), b(5);
  estimate_expenditure(std::span<const intake_weight_log<double>>(full), a.begin());
  estimate_expenditure(std::span<const intake_weight_log<double>>(full), b.begin(), o);
  CHECK(a[4].trend_weight.in(kilograms) == doctest::Approx(b[4].trend_weight.in(kilograms)));
}

TEST_CASE("a noiseless straight line gives the exact balance") {
  // 21 days losing 0.1 kg/d while eating 2000 kcal/d: with 3500 kcal/lb (7716.18 kcal/kg),
  // expenditure = 2000 + 771.618 kcal/d, standard error 0.
  std::vector<intake_weight_log<double>> log(21);
  for (int d = 0; d < 21; ++d) {
    log[static_cast<std::size_t>(d)].weight = kilograms(90.0 - 0.1 * d);
    log[static_cast<std::size_t>(d)].intake = kilocalories_per_day(2000.0);
  }
  std::vector<expenditure_estimate<double>> e(21);
  estimate_expenditure(log, e.begin());
  CHECK(e[20].valid);
  CHECK(e[20].weight_slope.in(kilograms_per_day) == doctest::Approx(-0.1));
  CHECK(e[20].expenditure.in(kilocalories_per_day) ==
        doctest::Approx(2000.0 + 0.1 * 3500.0 / 0.45359237));
  CHECK(e[20].standard_error.in(kilocalories_per_day) == doctest::Approx(0.0).epsilon(1e-6));
  // With a fat mass the Forbes density applies: FM 30 kg -> about 7478 kcal/kg
  // (energy_composition.md section 2), followed along the trend.
  expenditure_options<double> o;
  o.fat_mass = kilograms(30.0);
  estimate_expenditure(log, e.begin(), o);
  CHECK(e[0].density.in(kilocalories_per_kilogram) == doctest::Approx(7478).epsilon(1.0 / 7478));
  CHECK(e[20].density.in(kilocalories_per_kilogram) < 7478.0);
}

TEST_CASE("synthetic logs: expenditure recovered within the stated error after 3 weeks") {
  // 100 synthetic people (model + noise; scale SD 0.5 kg; 20 % of weighings and 10 % of
  // intakes missing; diet started 60 days before logging so water has settled).
  // Stated error after 21 days of logs: mean absolute error <= 150 kcal/d, at least 90 %
  // within 2 standard errors; after 28 days (window 28): mean absolute error <= 110 kcal/d.
  for (int window : {21, 28}) {
    double abs_sum = 0;
    int within = 0;
    const int people = 100;
    for (int i = 0; i < people; ++i) {
      const synthetic_result r =
          synthetic_log(1000U + static_cast<std::uint64_t>(i), 60, window, 0.5, window);
      const auto& e = r.estimates.back();
      REQUIRE(e.valid);
      const double err = e.expenditure.in(kilocalories_per_day)-r.true_expenditure.back();
      abs_sum += std::fabs(err);
      if (std::fabs(err) <= 2.0 * e.standard_error.in(kilocalories_per_day)) ++within;
    }
    const double mae = abs_sum / people;
    MESSAGE("window " << window << ": mean absolute error " << mae << " kcal/d, within 2 SE "
                      << within << " / " << people);
    CHECK(mae <= (window == 21 ? 150.0 : 110.0));
    CHECK(within >= 90);
  }
}

TEST_CASE("the trend's slope lags; the raw-weight fit does not") {
  // A straight line starting on day 0: the raw fit recovers -0.1 kg/d at once; the trend
  // (alpha 0.1) starts flat, so its fitted slope over the first 21 days is too shallow and
  // approaches -0.1 kg/d only after several weeks (time constant about 10 days).
  std::vector<intake_weight_log<double>> log(90);
  for (int d = 0; d < 90; ++d) {
    log[static_cast<std::size_t>(d)].weight = kilograms(90.0 - 0.1 * d);
    log[static_cast<std::size_t>(d)].intake = kilocalories_per_day(2000.0);
  }
  std::vector<expenditure_estimate<double>> raw(90), trend(90);
  estimate_expenditure(log, raw.begin());
  expenditure_options<double> o;
  o.slope_from_trend = true;
  estimate_expenditure(log, trend.begin(), o);
  CHECK(raw[20].weight_slope.in(kilograms_per_day) == doctest::Approx(-0.1));
  CHECK(trend[20].weight_slope.in(kilograms_per_day) > -0.08);
  CHECK(trend[89].weight_slope.in(kilograms_per_day) == doctest::Approx(-0.1).epsilon(0.01));
}

TEST_CASE("bad log entries are errors naming the field") {
  std::vector<intake_weight_log<double>> log(3);
  std::vector<expenditure_estimate<double>> e(3);
  log[1].weight = kilograms(-5.0);
  try {
    estimate_expenditure(log, e.begin());
    FAIL("expected an error");
  } catch (const physique::invalid_argument& x) {
    CHECK(std::string(x.parameter()) == "weight");
  }
  log[1].weight = kilograms(80.0);
  log[2].intake = kilocalories_per_day(std::nan(""));
  try {
    estimate_expenditure(log, e.begin());
    FAIL("expected an error");
  } catch (const physique::invalid_argument& x) {
    CHECK(std::string(x.parameter()) == "intake");
  }
  expenditure_options<double> o;
  o.smoothing = 0.0;
  log[2].intake = std::nullopt;
  CHECK_THROWS_AS(estimate_expenditure(log, e.begin(), o), physique::invalid_argument);
}
