// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include <physique/training/program.hpp>

using namespace physique;
using namespace physique::training;
namespace ex = physique::exercise;

namespace {
// The source article's back work, Monday and Thursday: single-arm dumbbell rows 3 x 10-12
// per arm (double progression, a 2-50 kg dumbbell rack in 2 kg steps), the pull-up ladder
// (band-assisted first; plates on a dip belt once weighted), lat pulldowns on a volume ramp
// (stack 5-100 kg in 5 kg steps).
program<double> back_program() {
  program<double> p;
  double_progression<double> row;
  row.exercise = "dumbbell_row_single_arm";
  row.start_load = kilograms(20.0);
  row.per_side = true;
  ladder_progression<double> pull;
  pull.steps = pull_up_ladder;
  volume_ramp<double_progression<double>> pulldown;
  pulldown.inner.exercise = "lat_pulldown";
  pulldown.inner.start_load = kilograms(42.0);  // not on the stack: rounds down to 40
  pulldown.inner.increment = kilograms(5.0);
  pulldown.mev_sets = 4;
  pulldown.mrv_sets = 10;
  pulldown.sessions_per_week = 2;
  const std::array<plate_stock<double>, 3> belt{
      {{kilograms(2.5), 2}, {kilograms(5.0), 2}, {kilograms(10.0), 1}}};
  p.exercises.push_back(
      {"row",
       {ex::muscle::lats, ex::muscle::upper_back},
       row,
       loadable_weights<double>::steps(kilograms(2.0), kilograms(2.0), kilograms(50.0)),
       rounding_policy::down});
  p.exercises.push_back({"pull-up",
                         {ex::muscle::lats},
                         pull,
                         loadable_weights<double>::belt(belt),
                         rounding_policy::down});
  p.exercises.push_back(
      {"pulldown",
       {ex::muscle::lats},
       pulldown,
       loadable_weights<double>::steps(kilograms(5.0), kilograms(5.0), kilograms(100.0)),
       rounding_policy::down});
  p.sessions = {{0, {0, 1, 2}}, {3, {0, 1, 2}}};
  return p;
}
}  // namespace

TEST_CASE("schedule check: 2-3 sessions a week per muscle, 48 h apart") {
  auto p = back_program();
  for (const auto& f : check_schedule(p)) {
    CHECK(f.ok());
    CHECK(f.sessions == 2);
    CHECK(f.min_gap_days == 3);  // Monday -> Thursday; Thursday -> Monday is 4
  }
  p.sessions = {{0, {0}}, {1, {1}}};  // Monday and Tuesday: 24 h
  const auto close = check_schedule(p);
  REQUIRE(close.size() == 2U);  // upper_back, lats
  CHECK(close[1].muscle == ex::muscle::lats);
  CHECK(close[1].too_close);
  CHECK(close[0].too_few);                                // upper back only on Monday
  p.sessions = {{0, {0}}, {2, {0}}, {4, {0}}, {6, {0}}};  // 4 x a week; Sunday -> Monday 24 h
  const auto many = check_schedule(p);
  CHECK(many[0].too_many);
  CHECK(many[0].too_close);
  CHECK(many[0].min_gap_days == 1);
  p.sessions = {{0, {0}}, {2, {0}}, {4, {0}}};  // Monday/Wednesday/Friday
  CHECK(check_schedule(p)[0].ok());
}

TEST_CASE("12 weeks ahead as prescribed: loads loadable, volume within the back landmarks") {
  const auto p = back_program();
  program_runner<double> runner(p, date::from_ymd(2026, 1, 5));
  auto copy = runner;
  const auto plan = copy.run_weeks(12, perform_as_prescribed{});
  REQUIRE(plan.size() == 24U);
  CHECK(runner.week() == 0);  // planning on a copy leaves the runner alone
  CHECK(plan[1].day == date::from_ymd(2026, 1, 8));
  CHECK(plan[23].day == date::from_ymd(2026, 3, 26));
  for (const auto& s : plan) {
    for (const auto& e : s.exercises) {
      const auto& equipment = *p.exercises[static_cast<std::size_t>(e.exercise)].equipment;
      for (const auto& set : e.what.sets()) {
        CHECK(set.load >= kilograms(0.0));
        CHECK((set.load == kilograms(0.0) || equipment.is_loadable(set.load)));
      }
    }
  }
  // Rows: every set at the top each session -> +2 kg a session on the 2 kg rack.
  CHECK(plan[0].exercises[0].what[0].load == kilograms(20.0));
  CHECK(plan[1].exercises[0].what[0].load == kilograms(22.0));
  CHECK(plan[0].exercises[0].what.per_side);
  // The pulldown's 42 kg request was rounded down to the stack's 40 kg and reported.
  CHECK(plan[0].exercises[2].what[0].load == kilograms(40.0));
  CHECK(plan[0].exercises[2].what[0].requested_load == kilograms(42.0));
  CHECK(plan[0].exercises[2].rounding.changed_sets == 2);
  // The ladder climbs: band-assisted, then pull-ups for 2-5.
  CHECK(plan[0].exercises[1].what.exercise == "band_assisted_pull_up");
  CHECK(plan[1].exercises[1].what.exercise == "pull_up");
  // Weekly lat sets: 3 rows + 3 pull-ups per session plus the ramp's 4, 6, 8, 10 a week, its
  // deload week 2; every loading week within back MEV 10 to MRV 25 (RP, reference 4.3).
  const auto weekly = planned_weekly_sets(p, plan, ex::muscle::lats);
  REQUIRE(weekly.size() == 12U);
  CHECK(weekly[0] == 16);
  CHECK(weekly[3] == 22);
  CHECK(weekly[4] == 14);  // the pulldown deload week: 2 sets
  for (int w : weekly) {
    CHECK(w >= 10);
    CHECK(w <= 25);
  }
}

TEST_CASE("scheduled deload every 4th week leaves the rules where they were") {
  program<double> p;
  linear_progression<double> squat;
  squat.exercise = "squat";
  squat.start_load = kilograms(100.0);
  p.exercises.push_back({"squat", {ex::muscle::quads}, squat, std::nullopt, rounding_policy::down});
  p.sessions = {{0, {0}}, {2, {0}}, {4, {0}}};
  p.deload_every_weeks = 4;
  program_runner<double> runner(p, date::from_ymd(2026, 1, 5));
  const auto plan = runner.run_weeks(5, perform_as_prescribed{});
  CHECK(plan[8].exercises[0].what[0].load.in(kilograms) == doctest::Approx(120.0));  // 9th session
  for (int k = 9; k < 12; ++k) {
    CHECK(plan[static_cast<std::size_t>(k)].deload_week);
    CHECK(plan[static_cast<std::size_t>(k)].exercises[0].what.deload);
    CHECK(plan[static_cast<std::size_t>(k)].exercises[0].what[0].load.in(kilograms) ==
          doctest::Approx(0.7 * 122.5));
    CHECK(plan[static_cast<std::size_t>(k)].exercises[0].what.set_count() == 2);
  }
  CHECK_FALSE(plan[12].deload_week);
  CHECK(plan[12].exercises[0].what[0].load.in(kilograms) == doctest::Approx(122.5));
}

TEST_CASE("a stall triggers a deload week") {
  program<double> p;
  linear_progression<double> bench;
  bench.exercise = "bench_press";
  bench.start_load = kilograms(80.0);
  bench.misses_before_reset = 5;
  p.exercises.push_back({"bench", {ex::muscle::chest}, bench, std::nullopt, rounding_policy::down});
  p.sessions = {{0, {0}}, {3, {0}}};
  p.stall_sessions = 2;
  program_runner<double> runner(p, date::from_ymd(2026, 1, 5));
  auto fail = [](const planned_session<double>&, const planned_exercise<double>& e,
                 std::vector<set_outcome<double>>& out) {
    out.clear();
    for (const auto& s : e.what.sets())
      out.push_back({s.load, s.reps, s.reps - 1, std::nullopt});
  };
  const auto plan = runner.run_weeks(2, fail);
  CHECK_FALSE(plan[1].deload_week);
  CHECK(plan[2].deload_week);
  CHECK(runner.last_events()[0] == progression_event::deloaded);
}

TEST_CASE("one session at a time from a real log") {
  const auto p = back_program();
  program_runner<double> runner(p, date::from_ymd(2026, 1, 5));
  const auto s = runner.next();
  REQUIRE(s.exercises.size() == 3U);
  // Rows: 12, 12, 11 per arm at 20 kg; pull-ups not logged (skipped); pulldowns all at 12.
  const std::array<set_outcome<double>, 3> rows{{{kilograms(20.0), 10, 12, std::nullopt},
                                                 {kilograms(20.0), 10, 12, std::nullopt},
                                                 {kilograms(20.0), 10, 11, std::nullopt}}};
  const std::array<set_outcome<double>, 2> pulldowns{
      {{kilograms(40.0), 10, 12, std::nullopt}, {kilograms(40.0), 10, 12, std::nullopt}}};
  const std::array<exercise_result<double>, 2> results{{{0, rows}, {2, pulldowns}}};
  runner.complete(results);
  CHECK(runner.last_events()[0] == progression_event::reps_increased);
  CHECK(runner.last_events()[1] == progression_event::no_data);
  CHECK(runner.last_events()[2] == progression_event::load_increased);
  const auto next = runner.next();
  CHECK(next.session == 1);
  CHECK(next.exercises[0].what[0].load == kilograms(20.0));
  CHECK(next.exercises[1].what.exercise == "band_assisted_pull_up");
  CHECK(next.exercises[2].what[0].load == kilograms(45.0));  // 42 + 5 = 47 -> 45 on the stack
  const std::array<exercise_result<double>, 1> wrong{{{5, rows}}};
  CHECK_THROWS_WITH_AS(runner.complete(wrong), doctest::Contains("exercise"),
                       physique::invalid_argument);
}

TEST_CASE("5/3/1 in a program with a pound plate set") {
  program<double> p;
  wendler_531<double> squat;
  squat.exercise = "squat";
  squat.one_rep_max = pounds(300.0);
  squat.cycle_increment = wendler_531<double>::standard_increment(lift_region::lower, true);
  const std::array<plate_stock<double>, 6> pairs{{{pounds(45.0), 1},
                                                  {pounds(35.0), 1},
                                                  {pounds(25.0), 1},
                                                  {pounds(10.0), 1},
                                                  {pounds(5.0), 1},
                                                  {pounds(2.5), 1}}};
  p.exercises.push_back({"squat",
                         {ex::muscle::quads},
                         squat,
                         loadable_weights<double>::barbell(pounds(45.0), pairs),
                         rounding_policy::down});
  p.sessions = {{0, {0}}};
  program_runner<double> runner(p, date::from_ymd(2026, 1, 5));
  const auto plan = runner.run_weeks(5, perform_as_prescribed{});
  // Week 1: 175.5 / 202.5 / 229.5 lb requested, 175 / 200 / 225 lb loaded.
  CHECK(plan[0].exercises[0].what[0].load.in(pounds) == doctest::Approx(175.0));
  CHECK(plan[0].exercises[0].what[2].load.in(pounds) == doctest::Approx(225.0));
  CHECK(plan[0].exercises[0].what[2].requested_load.in(pounds) == doctest::Approx(229.5));
  CHECK(plan[3].exercises[0].what.deload);
  // Cycle 2 week 1 from a 280 lb TM: 85 % = 238 lb -> 235 lb.
  CHECK(plan[4].exercises[0].what[2].requested_load.in(pounds) == doctest::Approx(238.0));
  CHECK(plan[4].exercises[0].what[2].load.in(pounds) == doctest::Approx(235.0));
}

TEST_CASE("program construction is checked") {
  auto p = back_program();
  p.sessions = {};
  CHECK_THROWS_WITH_AS(program_runner<double>(p, date{}), doctest::Contains("sessions"),
                       physique::invalid_argument);
  p = back_program();
  p.sessions = {{3, {0}}, {1, {0}}};
  CHECK_THROWS_WITH_AS(program_runner<double>(p, date{}), doctest::Contains("sessions"),
                       physique::invalid_argument);
  p = back_program();
  p.sessions = {{0, {7}}};
  CHECK_THROWS_WITH_AS(program_runner<double>(p, date{}), doctest::Contains("exercises"),
                       physique::invalid_argument);
}

TEST_CASE("the next session from a real training log") {
  const auto p = back_program();
  program_runner<double> runner(p, date::from_ymd(2026, 1, 5));
  // Log keys of the program's exercises: rows 11, pull-ups 12, pulldowns 13.
  const std::array<exercise_ref, 3> keys{11, 12, 13};
  session<double> monday;
  monday.day = date::from_ymd(2026, 1, 5);
  auto add = [&monday](exercise_ref e, double kg, int reps, body_side side) {
    set_record<double> r;
    r.exercise = e;
    r.load = kilograms(kg);
    r.reps = reps;
    r.side = side;
    monday.sets.push_back(r);
  };
  for (int i = 0; i < 3; ++i) {  // rows: 12 per arm, every set
    add(11, 20.0, 12, body_side::left);
    add(11, 20.0, 12, body_side::right);
  }
  for (int i = 0; i < 3; ++i)
    add(12, 0.0, 6, body_side::both);  // band pull-ups: 6, 6, 6
  const auto done = complete_from_log(runner, monday, keys);
  CHECK(done.session == 0);
  CHECK(runner.last_events()[0] == progression_event::load_increased);
  CHECK(runner.last_events()[1] == progression_event::reps_increased);
  CHECK(runner.last_events()[2] == progression_event::no_data);  // pulldowns not logged
  const auto thursday = runner.next();
  CHECK(thursday.exercises[0].what[0].load == kilograms(22.0));
  CHECK(thursday.exercises[1].what.exercise == "band_assisted_pull_up");
  const std::array<exercise_ref, 1> too_few{11};
  CHECK_THROWS_WITH_AS((void)complete_from_log(runner, monday, too_few), doctest::Contains("keys"),
                       physique::invalid_argument);
}

TEST_CASE("a float program with every rule kind runs") {
  program<float> p;
  linear_progression<float> a;
  a.exercise = "deadlift";
  a.start_load = kilograms(100.0f);
  double_progression<float> b;
  b.exercise = "dumbbell_row_single_arm";
  b.start_load = kilograms(20.0f);
  wendler_531<float> c;
  c.exercise = "bench_press";
  c.one_rep_max = kilograms(80.0f);
  rpe_autoregulation<float> d;
  d.exercise = "squat";
  d.start_one_rep_max = kilograms(120.0f);
  ladder_progression<float> e;
  e.steps = pull_up_ladder;
  volume_ramp<double_progression<float>> f;
  f.inner.exercise = "lat_pulldown";
  f.inner.start_load = kilograms(40.0f);
  volume_ramp<linear_progression<float>> g;
  g.inner.exercise = "seated_cable_row";
  g.inner.start_load = kilograms(40.0f);
  const auto plates = olympic_kg_plates<float>();
  const auto bar = loadable_weights<float>::barbell(kilograms(20.0f), plates);
  p.exercises.push_back({"deadlift", {ex::muscle::glutes}, a, bar, rounding_policy::down});
  p.exercises.push_back({"row", {ex::muscle::lats}, b, std::nullopt, rounding_policy::down});
  p.exercises.push_back({"bench", {ex::muscle::chest}, c, bar, rounding_policy::nearest});
  p.exercises.push_back({"squat", {ex::muscle::quads}, d, bar, rounding_policy::down});
  p.exercises.push_back({"pull-up", {ex::muscle::lats}, e, std::nullopt, rounding_policy::down});
  p.exercises.push_back({"pulldown", {ex::muscle::lats}, f, std::nullopt, rounding_policy::down});
  p.exercises.push_back(
      {"cable row", {ex::muscle::upper_back}, g, std::nullopt, rounding_policy::down});
  p.sessions = {{0, {0, 1, 2, 4, 5}}, {2, {3, 6}}, {4, {1, 2, 3, 4, 5, 6}}};
  p.deload_every_weeks = 5;
  program_runner<float> runner(p, date::from_ymd(2026, 1, 5));
  const auto plan = runner.run_weeks(10, perform_as_prescribed{});
  CHECK(plan.size() == 30U);
  for (const auto& s : plan) {
    for (const auto& x : s.exercises) {
      for (const auto& set : x.what.sets()) {
        CHECK(set.load >= mass<float>{});
        if (p.exercises[static_cast<std::size_t>(x.exercise)].equipment) {
          CHECK(bar.is_loadable(set.load));
        }
      }
    }
  }
}
