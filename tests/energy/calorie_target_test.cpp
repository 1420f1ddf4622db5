// SPDX-License-Identifier: MIT
#include <physique/energy/calorie_target.hpp>

#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "test_support.hpp"

using namespace physique;
using namespace physique::energy;
using physique::energy_test::kcal;

namespace {
template <class T>
calorie_target_input<T> base_input(weight_goal g, weight_change_rate<T> rate) {
  calorie_target_input<T> in;
  in.goal = g;
  in.rate = rate;
  in.maintenance = kilocalories_per_day(T(2500));
  in.resting = kilocalories_per_day(T(1700));
  in.body_mass = kilograms(T(80));
  return in;
}
}  // namespace

TEST_CASE_TEMPLATE("static calorie target: published rules of thumb", T, float, double) {
  // OpenNutriTracker (energy_composition.md section 2) converts 0.5 kg/week with
  // 7700 kcal/kg: 0.5 x 7700 / 7 = 550 kcal/day.
  auto in =
      base_input<T>(weight_goal::lose, weight_change_rate<T>::absolute(kilograms_per_week(T(0.5))));
  auto t = static_calorie_target(in);
  CHECK(kcal(t.balance) == doctest::Approx(-550.0).epsilon(1e-5));
  CHECK(kcal(t.intake) == doctest::Approx(1950.0).epsilon(1e-5));
  CHECK(t.expected_rate.in(kilograms_per_week) == doctest::Approx(-0.5).epsilon(1e-5));
  CHECK(calorie_target<T>::is_static_estimate);
  CHECK(t.findings.empty());

  // NHLBI 1998 / Wishnofsky 1958: a 500 kcal/day deficit is about 1 lb/week with
  // 3500 kcal/lb (3500 / 7 = 500).
  in.rate = weight_change_rate<T>::absolute(pounds_per_week(T(1)));
  in.energy_per_mass = static_rule_per_pound<T>();
  t = static_calorie_target(in);
  CHECK(kcal(t.balance) == doctest::Approx(-500.0).epsilon(1e-5));
  // 3500 kcal/lb is 7716.2 kcal/kg (trap 14: 32.28 MJ/kg, not 32.2).
  CHECK(static_rule_per_pound<T>().in(kilocalories_per_kilogram) ==
        doctest::Approx(7716.17).epsilon(1e-5));
  CHECK(static_rule_per_pound<T>().in(megajoules_per_kilogram) ==
        doctest::Approx(32.284).epsilon(1e-4));

  // Gain 0.25 kg/week: +275 kcal/day (0.25 x 7700 / 7).
  in = base_input<T>(weight_goal::gain,
                     weight_change_rate<T>::absolute(kilograms_per_week(T(0.25))));
  t = static_calorie_target(in);
  CHECK(kcal(t.intake) == doctest::Approx(2775.0).epsilon(1e-5));
  CHECK(t.findings.empty());  // 0.3125 %/week, within 0.25-0.5 %

  // Maintain: intake = maintenance.
  in = base_input<T>(weight_goal::maintain, weight_change_rate<T>::absolute(mass_rate<T>{}));
  CHECK(kcal(static_calorie_target(in).intake) == doctest::Approx(2500.0).epsilon(1e-6));
}

TEST_CASE_TEMPLATE("static calorie target: percentage rates", T, float, double) {
  // 0.75 %/week of 80 kg = 0.6 kg/week -> 0.6 x 7700 / 7 = 660 kcal/day deficit.
  auto in = base_input<T>(weight_goal::lose,
                          weight_change_rate<T>::percent_of_body_mass_per_week(T(0.75)));
  const auto t = static_calorie_target(in);
  CHECK(kcal(t.balance) == doctest::Approx(-660.0).epsilon(1e-5));
  CHECK(t.findings.empty());
}

TEST_CASE_TEMPLATE("static calorie target: findings, never clamps", T, float, double) {
  // 1.5 %/week of 80 kg = 1.2 kg/week -> 1320 kcal/day deficit: above 1 %/week (Helms et al.
  // 2014), deficit above 1000 (NHLBI 1998), intake 1180 below resting 1700.
  auto in = base_input<T>(weight_goal::lose,
                          weight_change_rate<T>::percent_of_body_mass_per_week(T(1.5)));
  auto t = static_calorie_target(in);
  CHECK(kcal(t.intake) == doctest::Approx(1180.0).epsilon(1e-5));  // not clamped
  REQUIRE(t.findings.contains(target_finding_code::loss_rate_above_guideline));
  const target_finding* f = t.findings.find(target_finding_code::loss_rate_above_guideline);
  CHECK(f->value == doctest::Approx(1.5).epsilon(1e-5));
  CHECK(f->limit == doctest::Approx(1.0));
  CHECK(std::string(f->source.doi) == "10.1186/1550-2783-11-20");
  CHECK(t.findings.contains(target_finding_code::intake_below_resting));
  CHECK(t.findings.contains(target_finding_code::deficit_above_guideline));
  CHECK_FALSE(t.findings.contains(target_finding_code::very_low_calorie_intake));

  // Very low intake: maintenance 1800, loss 1 kg/week -> 1800 - 1100 = 700 < 800.
  in = base_input<T>(weight_goal::lose, weight_change_rate<T>::absolute(kilograms_per_week(T(1))));
  in.maintenance = kilocalories_per_day(T(1800));
  in.resting = kilocalories_per_day(T(1300));
  t = static_calorie_target(in);
  CHECK(kcal(t.intake) == doctest::Approx(700.0).epsilon(1e-5));
  CHECK(t.findings.contains(target_finding_code::very_low_calorie_intake));
  CHECK(t.findings.contains(target_finding_code::intake_below_resting));

  // Gain 1 %/week is above 0.5 %/week (Iraki et al. 2019): surplus beyond lean gain.
  in = base_input<T>(weight_goal::gain, weight_change_rate<T>::percent_of_body_mass_per_week(T(1)));
  t = static_calorie_target(in);
  REQUIRE(t.findings.contains(target_finding_code::gain_rate_above_lean_gain));
  CHECK(std::string(t.findings.find(target_finding_code::gain_rate_above_lean_gain)->source.doi) ==
        "10.3390/sports7070154");
  // The limit is a parameter (trained lifters: 0.25 %/week).
  in = base_input<T>(weight_goal::gain,
                     weight_change_rate<T>::percent_of_body_mass_per_week(T(0.4)));
  CHECK(static_calorie_target(in).findings.empty());
  in.lean_gain_limit_percent = T(0.25);
  CHECK(
      static_calorie_target(in).findings.contains(target_finding_code::gain_rate_above_lean_gain));
}

TEST_CASE_TEMPLATE("static calorie target: bad input names the parameter", T, float, double) {
  const T nan = std::numeric_limits<T>::quiet_NaN();
  CHECK_THROWS_WITH((void)weight_change_rate<T>::absolute(kilograms_per_week(T(-0.5))),
                    doctest::Contains("rate"));
  CHECK_THROWS_WITH((void)weight_change_rate<T>::percent_of_body_mass_per_week(nan),
                    doctest::Contains("rate"));
  auto in =
      base_input<T>(weight_goal::lose, weight_change_rate<T>::absolute(kilograms_per_week(T(0.5))));
  in.body_mass = kilograms(T(0));
  CHECK_THROWS_WITH((void)static_calorie_target(in), doctest::Contains("body_mass"));
  in =
      base_input<T>(weight_goal::lose, weight_change_rate<T>::absolute(kilograms_per_week(T(0.5))));
  in.maintenance = kilocalories_per_day(nan);
  CHECK_THROWS_WITH((void)static_calorie_target(in), doctest::Contains("maintenance"));
  in =
      base_input<T>(weight_goal::lose, weight_change_rate<T>::absolute(kilograms_per_week(T(0.5))));
  in.resting = kilocalories_per_day(T(-1));
  CHECK_THROWS_WITH((void)static_calorie_target(in), doctest::Contains("resting"));
  // Maintain with a rate is contradictory.
  in = base_input<T>(weight_goal::maintain,
                     weight_change_rate<T>::absolute(kilograms_per_week(T(0.5))));
  CHECK_THROWS_WITH((void)static_calorie_target(in), doctest::Contains("rate"));
  // 3 kg/week from 2500 kcal/day asks for -800 kcal/day: no intake can do that.
  in = base_input<T>(weight_goal::lose, weight_change_rate<T>::absolute(kilograms_per_week(T(3))));
  CHECK_THROWS_WITH((void)static_calorie_target(in), doctest::Contains("intake"));
}
