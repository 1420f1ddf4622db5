// SPDX-License-Identifier: MIT
// The stages of make_plan, each on its own: input, body, expenditure, nutrition, schedule,
// strength, selection and substitution, progression, training findings and projection.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <physique/core/error.hpp>
#include <physique/planner/plan.hpp>

using namespace physique;
namespace ex = physique::exercise;
namespace pl = physique::planner;
namespace pd = physique::planner::detail;

namespace {

pl::plan_input woman(ex::equipment_set kit = {}) {
  pl::plan_input in;
  in.individual = {sex::female, years(30.0), centimeters(165.0), kilograms(70.0)};
  in.goal = pl::plan_goal::lose_fat;
  in.equipment = kit;
  return in;
}

bool has(const std::vector<pl::plan_finding>& f, std::string_view code) {
  return std::any_of(f.begin(), f.end(), [&](const pl::plan_finding& x) { return x.code == code; });
}

}  // namespace

TEST_CASE("input stage: impossible values are refused by name") {
  pl::plan_input in = woman();
  in.days_per_week = 0;
  CHECK_THROWS_AS(pd::validate_input(in), invalid_argument);
  in = woman();
  in.weeks = 105;
  CHECK_THROWS_AS(pd::validate_input(in), invalid_argument);
  CHECK_NOTHROW(pd::validate_input(woman()));
}

TEST_CASE("body stage: a given percentage is used as measured, BMI otherwise") {
  std::vector<pl::plan_finding> f;
  pl::plan_input in = woman();
  in.body_fat_percent = 30.0;
  const pd::body_stage measured = pd::estimate_body(in, f);
  CHECK(measured.estimate.measured);
  CHECK(measured.estimate.fat_mass_kg == doctest::Approx(21.0));
  const pd::body_stage bmi = pd::estimate_body(woman(), f);
  CHECK_FALSE(bmi.estimate.measured);
  CHECK(bmi.estimate.method == "jackson_2002");
}

TEST_CASE("expenditure stage: Mifflin-St Jeor x PAL") {
  std::vector<pl::plan_finding> f;
  const pl::plan_input in = woman();
  const pd::body_stage body = pd::estimate_body(in, f);
  const pl::expenditure_estimate ee = pd::estimate_expenditure(in, body, f);
  // Mifflin et al. 1990, women: 9.99 W + 6.25 H - 4.92 A - 161.
  const double rest = 9.99 * 70.0 + 6.25 * 165.0 - 4.92 * 30.0 - 161.0;
  CHECK(ee.resting_kcal_per_day == doctest::Approx(rest));
  CHECK(ee.total_kcal_per_day == doctest::Approx(rest * 1.55));
}

TEST_CASE("nutrition stage: the deficit is bounded against expenditure") {
  std::vector<pl::plan_finding> f;
  // 0.75 %/wk of 70 kg = 0.525 kg x 7700 / 7 = 577.5 kcal/d, 26 % of 2204: lowered to 25 %.
  const double rate = pd::weekly_rate(woman(), 2204.0, 7700.0, f);
  CHECK(rate == doctest::Approx(0.25 * 2204.0 * 7.0 / 7700.0 / 70.0 * 100.0));
  CHECK(has(f, "default_loss_rate_lowered"));
  f.clear();
  pd::check_energy_balance(-700.0, 2000.0, f);  // 35 %
  CHECK(has(f, "deficit_above_quarter_of_expenditure"));
  f.clear();
  pd::check_energy_balance(500.0, 2000.0, f);  // 25 % surplus
  CHECK(has(f, "surplus_above_20_percent"));
  f.clear();
  pd::check_energy_balance(60.0, 2000.0, f);  // 3 % surplus
  CHECK(has(f, "surplus_below_5_percent"));
  f.clear();
  pd::check_energy_balance(-400.0, 2000.0, f);  // 20 % deficit: fine
  CHECK(f.empty());
}

TEST_CASE("schedule stage: sessions 48 h apart, 2-3 a week when the days allow") {
  CHECK(pd::session_days(1) == std::vector<int>{0});
  CHECK(pd::session_days(2) == std::vector<int>{0, 3});
  for (int d = 3; d <= 7; ++d)
    CHECK(pd::session_days(d) == std::vector<int>{0, 2, 4});
}

TEST_CASE("strength: each exercise from its family, per hand where loaded per hand") {
  const auto row = pd::strength_of("dumbbell_row_double_arm").value();
  CHECK(pd::exercise_one_rep_max(row, 24.5, true) == doctest::Approx(0.8 * 24.5));
  CHECK(pd::exercise_one_rep_max(row, 24.5, false) == doctest::Approx(1.6 * 24.5));
  const auto band = pd::strength_of("band_assisted_pull_up").value();
  CHECK(pd::system_load(band, 70.0, 0.0) == doctest::Approx(0.7 * 70.0));
  CHECK_FALSE(pd::strength_of("face_pull").has_value());
  // RTS chart (Tuchscherer 2008): 10 reps at RPE 8 = 68.0 % of 1RM; 5 at 8 = 81.1 %.
  CHECK(pd::fraction_for(10, 8.0) == doctest::Approx(0.680));
  CHECK(pd::fraction_for(5, 8.0) == doctest::Approx(0.811));
  // Beyond the chart, Epley on reps to failure: 15 @ 8 -> 1 / (1 + 17 / 30).
  CHECK(pd::fraction_for(15, 8.0) == doctest::Approx(1.0 / (1.0 + 17.0 / 30.0)));
}

TEST_CASE("selection stage: the pattern is kept, or the plan says why not") {
  std::vector<pl::plan_finding> f;
  const auto band =
      pd::select_exercises(woman({ex::equipment::dumbbell, ex::equipment::band}), 2, f);
  REQUIRE(band.size() == 3);
  CHECK(band[0].exercise->id == "band_lat_pulldown");
  CHECK(band[1].exercise->id == "dumbbell_row_single_arm");
  CHECK(f.empty());

  const auto dumbbells = pd::select_exercises(woman({ex::equipment::dumbbell}), 2, f);
  REQUIRE(dumbbells.size() == 3);
  CHECK(dumbbells[0].off_pattern);
  CHECK(dumbbells[0].exercise->id != dumbbells[1].exercise->id);
  CHECK(has(f, "substitute_changes_pattern"));

  f.clear();
  const auto bar =
      pd::select_exercises(woman({ex::equipment::pull_up_bar, ex::equipment::band}), 3, f);
  REQUIRE_FALSE(bar.empty());
  CHECK_FALSE(bar[0].ladder.empty());
  CHECK(bar[0].exercise->id == "band_assisted_pull_up");

  f.clear();
  const auto none = pd::select_exercises(woman(), 3, f);
  REQUIRE(none.size() == 1);
  CHECK(none[0].exercise->id == "superman");
  CHECK(has(f, "no_exercise_for_slot"));
}

TEST_CASE("progression stage: loads rise only after every set reached the top") {
  std::vector<pl::plan_finding> f;
  const pl::plan_input in = woman({ex::equipment::dumbbell, ex::equipment::band});
  const auto slots = pd::select_exercises(in, 2, f);
  const std::vector<int> day_list = pd::session_days(2);
  const pd::progression_run run = pd::run_progression(slots, day_list, 12, 70.0, in.start, in.seed);
  CHECK(run.sessions.size() == 24U);
  CHECK(run.one_rep_max_after_week.size() == 12U);
  int rises = 0;
  for (std::size_t j = 0; j < slots.size(); ++j) {
    const pd::session_exercise* previous = nullptr;
    for (const pd::simulated_session& s : run.sessions) {
      const pd::session_exercise& x = s.exercises[j];
      if (s.deload) continue;
      if (previous != nullptr && x.what[0].load > previous->what[0].load) {
        ++rises;
        for (const auto& o : previous->done)
          CHECK(o.achieved_reps >= previous->what[0].reps_max);
      }
      previous = &x;
    }
  }
  CHECK(rises > 0);
  // Same slots, same seed: the same sessions.
  const pd::progression_run again =
      pd::run_progression(slots, day_list, 12, 70.0, in.start, in.seed);
  CHECK(again.one_rep_max_after_week == run.one_rep_max_after_week);
}

TEST_CASE("progression stage: a ladder steps up only on achieved reps") {
  std::vector<pl::plan_finding> f;
  pl::plan_input in = woman({ex::equipment::pull_up_bar, ex::equipment::band});
  in.strength.vertical_pull = kilograms(80.0);  // strong enough to reach pull-ups
  const auto slots = pd::select_exercises(in, 3, f);
  const pd::progression_run run =
      pd::run_progression(slots, pd::session_days(3), 26, 70.0, in.start, in.seed);
  int steps_up = 0;
  for (std::size_t k = 1; k < run.sessions.size(); ++k) {
    const pd::session_exercise& before = run.sessions[k - 1].exercises[0];
    const pd::session_exercise& now = run.sessions[k].exercises[0];
    if (now.ladder_step > before.ladder_step) {
      ++steps_up;
      for (const auto& o : before.done)
        CHECK(o.achieved_reps >= before.what[0].reps_max);
    }
  }
  CHECK(steps_up > 0);
}

TEST_CASE("training findings: one day a week is too few") {
  pl::plan_input in = woman({ex::equipment::dumbbell, ex::equipment::band});
  in.days_per_week = 1;
  const pl::plan p = pl::make_plan(in);
  CHECK(has(p.findings, "too_few_sessions"));
  CHECK_FALSE(p.schedule.frequency_ok);
}

TEST_CASE("projection stage: toward the goal, next to the static rule") {
  std::vector<pl::plan_finding> f;
  const pl::plan_input in = woman();
  const pd::body_stage body = pd::estimate_body(in, f);
  const pl::expenditure_estimate ee = pd::estimate_expenditure(in, body, f);
  const pd::nutrition_stage n = pd::plan_nutrition(in, body, ee, f);
  const auto rows = pd::project_body(in, body, n, f);
  REQUIRE(rows.size() == 13U);
  CHECK(rows.back().body_mass_kg < rows.front().body_mass_kg);
  CHECK(rows.back().static_body_mass_kg ==
        doctest::Approx(70.0 + n.plan.balance_kcal_per_day * 84.0 / 7700.0));
}
