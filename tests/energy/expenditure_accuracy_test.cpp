// SPDX-License-Identifier: MIT
// Accuracy of `estimate_expenditure` on people whose true expenditure is known: the Hall
// 2011 model (hall_model, explicit PAL) is the truth, the log is the model's body mass plus
// scale scatter and its intake plus logging error, with missed days. The figures in
// docs/weight_dynamics.md ("Accuracy on known truth") are printed by these tests.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include <physique/energy/expenditure_from_logs.hpp>
#include <physique/energy/hall_model.hpp>
#include <physique/energy/mifflin_st_jeor.hpp>
#include <physique/energy/physical_activity.hpp>

using namespace physique;
using namespace physique::energy;

namespace {

/// SplitMix64 (Steele, Lea, Flood 2014) with a sum-of-12-uniforms normal deviate: integer
/// arithmetic and exact double operations only, so the logs are identical everywhere.
struct rng64 {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
  double normal() {
    double s = 0;
    for (int i = 0; i < 12; ++i)
      s += uniform();
    return s - 6.0;
  }
};

constexpr int lead_in = 28;   // the diet began four weeks before the log (water settled)
constexpr int log_days = 56;  // eight weeks of log

/// One simulated person: what an app would know up front and the model's truth.
struct truth {
  person<double> at_start;          // sex, age, height and body mass on the first logged day
  double stated_pal_mid = 1.55;     // the midpoint of the activity band the person names
  mass<double> fat_mass{};          // fat mass on the first logged day
  std::vector<double> intake;       // true intake, kcal/d, per logged day
  std::vector<double> body_mass;    // true body mass, kg, at the end of each logged day
  std::vector<double> expenditure;  // true mean expenditure, kcal/d, per logged day
};

/// FAO/WHO/UNU 2004 activity bands: sedentary 1.40-1.69, active 1.70-1.99. The true PAL is
/// uniform within the band the person names.
truth make_person(std::uint64_t seed) {
  rng64 rng{seed};
  const bool male = rng.uniform() < 0.5;
  const double height = male ? 1.70 + 0.2 * rng.uniform() : 1.56 + 0.18 * rng.uniform();
  const double bmi = 22.0 + 13.0 * rng.uniform();
  const bool active = rng.uniform() < 0.5;
  const double band_low = active ? 1.70 : 1.40;
  hall_setup<double> s;
  s.individual = person<double>{male ? sex::male : sex::female, years(25.0 + 35.0 * rng.uniform()),
                                meters(height), kilograms(bmi * height * height)};
  s.physical_activity_level = band_low + 0.29 * rng.uniform();
  const hall_model<double> m(s);
  const double deficit = 800.0 * rng.uniform() - 100.0;  // -100 (surplus) .. 700 kcal/d
  std::vector<energy_rate<double>> intake;
  for (int d = 0; d < lead_in + log_days; ++d)
    intake.push_back(m.baseline_intake() - kilocalories_per_day(deficit - 250.0 * rng.normal()));
  const auto tr = m.trajectory(intake_table<double>{intake}, lead_in + log_days);
  truth t;
  t.at_start = s.individual;
  t.at_start.body_mass = tr[lead_in].body_mass;
  t.stated_pal_mid = band_low + 0.145;
  t.fat_mass = tr[lead_in].fat_mass;
  for (int d = 0; d < log_days; ++d) {
    const auto i = static_cast<std::size_t>(lead_in + d);
    t.intake.push_back(intake[i].in(kilocalories_per_day));
    t.body_mass.push_back(tr[i + 1].body_mass.in(kilograms));
    t.expenditure.push_back(tr[i + 1].expenditure.in(kilocalories_per_day));
  }
  return t;
}

const std::vector<truth>& people() {
  static const std::vector<truth> all = [] {
    std::vector<truth> v;
    for (std::uint64_t i = 0; i < 1000; ++i)
      v.push_back(make_person(20000U + i));
    return v;
  }();
  return all;
}

/// Noise added to a log.
struct noise {
  double scale_sd_kg = 1.0;     // day-to-day weigh-in scatter
  double logging_cv = 0.15;     // random logging error per day, fraction of intake
  double bias_low = 0.0;        // systematic logging bias per person, uniform in
  double bias_high = 0.0;       //   [bias_low, bias_high] (fraction of intake)
  double missed_weights = 0.2;  // share of days not weighed
  double missed_intakes = 0.1;  // share of days not logged
};

/// Errors (estimate - truth, kcal/d) after `days` of log, for every person, and the share
/// whose truth lay inside the estimator's own 90 % interval.
struct accuracy {
  std::vector<double> errors;
  double covered = 0;
};

accuracy run(const noise& n, int days, bool use_prior, std::uint64_t seed) {
  accuracy a;
  int inside = 0;
  std::vector<intake_weight_log<double>> log(static_cast<std::size_t>(days));
  std::vector<expenditure_estimate<double>> est(log.size());
  std::uint64_t k = 0;
  for (const truth& t : people()) {
    rng64 rng{seed + 7919U * k++};
    const double bias = n.bias_low + (n.bias_high - n.bias_low) * rng.uniform();
    for (int d = 0; d < days; ++d) {
      auto& e = log[static_cast<std::size_t>(d)];
      e = {};
      const auto i = static_cast<std::size_t>(d);
      if (rng.uniform() >= n.missed_weights)
        e.weight = kilograms(t.body_mass[i] + n.scale_sd_kg * rng.normal());
      if (rng.uniform() >= n.missed_intakes) {
        const double factor = std::max(0.0, 1.0 + bias + n.logging_cv * rng.normal());
        e.intake = kilocalories_per_day(t.intake[i] * factor);
      }
    }
    expenditure_options<double> o;
    o.window_days = days;
    o.fat_mass = t.fat_mass;
    if (use_prior) {
      // Mifflin-St Jeor x the middle of the stated band; the band's spread (0.29 / sqrt(12)
      // of PAL) is the prior's standard error.
      const energy_rate<double> rmr = mifflin_st_jeor{}(t.at_start);
      o.prior_expenditure = total_energy_expenditure(rmr, t.stated_pal_mid);
      o.prior_standard_error = rmr * (0.29 / std::sqrt(12.0));
    }
    estimate_expenditure(std::span<const intake_weight_log<double>>(log), est.begin(), o);
    const auto& e = est.back();
    double true_tee = 0;
    for (int d = 0; d < days; ++d)
      true_tee += t.expenditure[static_cast<std::size_t>(d)];
    true_tee /= days;
    const double err = e.expenditure.in(kilocalories_per_day)-true_tee;
    a.errors.push_back(err);
    if (std::fabs(err) <= e.margin_90().in(kilocalories_per_day)) ++inside;
  }
  a.covered = static_cast<double>(inside) / static_cast<double>(a.errors.size());
  return a;
}

double mean(const std::vector<double>& v) {
  double s = 0;
  for (double x : v)
    s += x;
  return s / static_cast<double>(v.size());
}
/// The error below which 90 % of absolute errors lie.
double band_90(std::vector<double> v) {
  for (double& x : v)
    x = std::fabs(x);
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(0.9 * static_cast<double>(v.size())) - 1];
}
double share_within(const std::vector<double>& v, double limit) {
  const auto n = std::count_if(v.begin(), v.end(), [&](double x) { return std::fabs(x) <= limit; });
  return static_cast<double>(n) / static_cast<double>(v.size());
}

}  // namespace

TEST_CASE("after 4 weeks, 1 kg scatter, 15 % logging noise, with a prior") {
  // 1000 people, 28 days of log, scale SD 1 kg, random logging error SD 15 %, 20 % of
  // weighings and 10 % of intakes missed; the estimator is given the person's resting
  // equation and stated activity band as its prior. The goal of 90 % within 150 kcal/d is
  // not reached: the log alone cannot do better than a 90 % band of about +-340 kcal/d at
  // 4 weeks (see the next test), and the prior is only as tight as the activity band. What
  // is reached, and held here: 86.9 % within 150 kcal/d, 90 % band 161 kcal/d.
  const accuracy a = run(noise{}, 28, true, 1);
  MESSAGE("4 weeks, with prior: bias "
          << mean(a.errors) << " kcal/d, 90 % band " << band_90(a.errors)
          << ", within 150: " << share_within(a.errors, 150.0) << ", covered " << a.covered);
  CHECK(share_within(a.errors, 150.0) >= 0.85);
  CHECK(band_90(a.errors) <= 170.0);
  CHECK(std::fabs(mean(a.errors)) <= 30.0);
  // The estimator's own 90 % interval holds the truth for about 90 % of people.
  CHECK(a.covered >= 0.85);
}

TEST_CASE("the log alone: its error shrinks with time and its interval is honest") {
  // Without a prior the estimate is the log's alone. Scale scatter of 1 kg limits what 4
  // weeks can tell: the slope's standard error over n daily weighings is about
  // sigma sqrt(12 / n^3) kg/d, 0.023 kg/d (180 kcal/d) for n = 28. The error must fall
  // from 2 to 4 to 8 weeks, stay unbiased, and the reported interval must cover the truth.
  double previous = 1e9;
  for (int n_weeks : {2, 4, 8}) {
    const accuracy a = run(noise{}, 7 * n_weeks, false, 2);
    const double b = band_90(a.errors);
    MESSAGE(n_weeks << " weeks, log only: bias " << mean(a.errors) << " kcal/d, 90 % band " << b
                    << ", within 150: " << share_within(a.errors, 150.0) << ", covered "
                    << a.covered);
    CHECK(b < previous);
    CHECK(std::fabs(mean(a.errors)) <= 40.0);
    CHECK(a.covered >= 0.85);
    previous = b;
  }
}

TEST_CASE("a systematic logging bias passes straight into the estimate") {
  // Everyone under-counts by 5-15 %: the log cannot know, and the estimate falls by about
  // the mean bias x intake (10 % of ~2300 kcal/d).
  noise biased;
  biased.bias_low = -0.15;
  biased.bias_high = -0.05;
  const accuracy a = run(biased, 28, false, 3);
  MESSAGE("4 weeks, log only, 5-15 % under-counting: bias "
          << mean(a.errors) << " kcal/d, 90 % band " << band_90(a.errors));
  CHECK(mean(a.errors) < -150.0);
}

TEST_CASE("accuracy table (docs/weight_dynamics.md)") {
  struct row {
    const char* name;
    noise n;
    bool prior;
  };
  noise half_kg;
  half_kg.scale_sd_kg = 0.5;
  half_kg.logging_cv = 0.10;
  noise twenty;
  twenty.logging_cv = 0.20;
  noise biased;
  biased.bias_low = -0.15;
  biased.bias_high = -0.05;
  const row rows[] = {{"0.5 kg, 10 %, log only", half_kg, false},
                      {"0.5 kg, 10 %, with prior", half_kg, true},
                      {"1 kg, 15 %, log only", noise{}, false},
                      {"1 kg, 15 %, with prior", noise{}, true},
                      {"1 kg, 20 %, with prior", twenty, true},
                      {"1 kg, 15 % + 5-15 % under-counting, with prior", biased, true}};
  for (const row& r : rows) {
    for (int n_weeks : {2, 4, 8}) {
      const accuracy a = run(r.n, 7 * n_weeks, r.prior, 4);
      MESSAGE("| " << std::string(r.name) << " | " << n_weeks << " | "
                   << std::lround(mean(a.errors)) << " | " << std::lround(band_90(a.errors))
                   << " | " << std::lround(100 * share_within(a.errors, 150.0)) << " % | "
                   << std::lround(100 * a.covered) << " % |");
      CHECK(a.errors.size() == 1000U);
    }
  }
}
