// SPDX-License-Identifier: MIT
// The calls people write with what they hold: vectors and arrays where a span is taken,
// an integer window, a stated 1RM convention, a session's reps in one call. Each call below
// did not compile before the overloads it exercises.
#include <doctest/doctest.h>

#include <array>
#include <vector>

#include <physique/training.hpp>

#include "sample_program.hpp"

using namespace physique;
using namespace physique::training;
namespace ex = physique::exercise;

TEST_CASE("a std::array of daily loads goes straight to monotony_and_strain") {
  // Reference 5.4: 420, 0, 360, 0, 450, 270, 0 -> weekly 1500, monotony 1.112, strain 1668.
  const std::array<double, 7> week{420, 0, 360, 0, 450, 270, 0};
  const auto s = monotony_and_strain(week);
  CHECK(s.weekly_load == 1500.0);
  CHECK(s.monotony == doctest::Approx(1.112).epsilon(0.0005 / 1.112));
  CHECK(s.strain == doctest::Approx(1668.0).epsilon(0.5 / 1668.0));
  const std::vector<float> as_vector(week.begin(), week.end());
  CHECK(static_cast<double>(monotony_and_strain(as_vector).weekly_load) == 1500.0);
}

TEST_CASE("vectors for the load models, output included") {
  // Reference 5.4: 21 days at 30 then 7 at 50; rolling ACWR on day 28 coupled 50 / 35.
  std::vector<double> load(21, 30.0);
  load.insert(load.end(), 7, 50.0);
  std::vector<workload_ratio_day<double>> out(load.size());
  rolling_acwr(load, out);
  CHECK(out.back().ratio == doctest::Approx(1.429).epsilon(0.0006 / 1.429));
  std::vector<fitness_fatigue_day<double>> ff(load.size());
  fitness_fatigue(load, ff);  // the span call's result, element for element
  std::vector<fitness_fatigue_day<double>> by_span(load.size());
  fitness_fatigue(std::span<const double>(load), std::span<fitness_fatigue_day<double>>(by_span));
  CHECK(ff.back().performance == by_span.back().performance);
}

TEST_CASE("a vector of sessions for the weekly counts") {
  const auto week = sample::week<double>();
  const date monday = date::from_ymd(2026, 1, 5);
  // The sample week's hand counts: back group 11 hard sets, chest in 3 sessions.
  CHECK(weekly_hard_sets(week, sample::credits, monday)[ex::muscle_group::back] == 11.0);
  CHECK(check_weekly_structure(week, sample::credits, monday).sessions(ex::muscle::chest) == 3);
  CHECK(volume_load(week) ==
        volume_load(std::span<const session<double>>(week)));  // same as the span call
}

TEST_CASE("an integer smoothing window reads as days") {
  CHECK(smoothing_factor(ewma_decay::williams, 7) == 0.25);  // 2 / (7 + 1)
  CHECK(smoothing_factor(ewma_decay::reciprocal, 28) == doctest::Approx(1.0 / 28.0));
  CHECK_THROWS_AS((void)smoothing_factor(ewma_decay::williams, 0), physique::invalid_argument);
}

TEST_CASE("the 1RM convention is stated, and the batch takes vectors") {
  // Epley 100 kg x 1: the formula gives 103.3 kg; a single as its own max gives 100 kg.
  const mass<double> w = kilograms(100.0);
  CHECK(one_rep_max(epley{}, w, 1, single_rep_convention::single_is_max).in(kilograms) == 100.0);
  CHECK(one_rep_max(epley{}, w, 1, single_rep_convention::formula).in(kilograms) ==
        doctest::Approx(103.333).epsilon(1e-5));
  const std::vector<mass<double>> loads{w, w};
  const std::array<int, 2> reps{1, 10};
  std::vector<mass<double>> out(2);
  one_rep_max(epley{}, loads, reps, out, single_rep_convention::formula);
  CHECK(out[1].in(kilograms) == doctest::Approx(133.333).epsilon(1e-5));  // 100 (1 + 10/30)
}

namespace {
program<double> one_row() {
  program<double> p;
  double_progression<double> row;  // 3 x 10-12, +2 kg once every set reaches 12
  row.exercise = "dumbbell_row_single_arm";
  row.start_load = kilograms(20.0);
  row.increment = kilograms(2.0);
  p.exercises.push_back({"row", {ex::muscle::lats}, row, std::nullopt, rounding_policy::down});
  p.sessions = {{0, {0}}, {3, {0}}};
  return p;
}
}  // namespace

TEST_CASE("a session's reps reach the runner in one call") {
  program_runner<double> runner(one_row(), date::from_ymd(2026, 1, 5));
  program_runner<double> by_hand = runner;

  const planned_session<double> done = complete_reps(runner, {{12, 12, 12}});
  CHECK(done.exercises.size() == 1);
  CHECK(runner.last_events()[0] == progression_event::load_increased);
  CHECK(runner.next().exercises[0].what[0].load == kilograms(22.0));

  // The same through the three layers it replaces.
  const planned_session<double> planned = by_hand.next();
  std::vector<set_outcome<double>> sets;
  for (int k = 0; k < 3; ++k)
    sets.push_back({planned.exercises[0].what[k].load, 10, 12, {}});
  const std::array<exercise_result<double>, 1> results{{{0, sets}}};
  by_hand.complete(results);
  CHECK(by_hand.next().exercises[0].what[0].load == runner.next().exercises[0].what[0].load);

  // Below the top: the load stays; more sets than prescribed, or negative reps, are errors.
  complete_reps(runner, std::vector<std::vector<int>>{{12, 11, 10}});
  CHECK(runner.last_events()[0] != progression_event::load_increased);
  CHECK_THROWS_AS(complete_reps(runner, {{12, 12, 12, 12}}), physique::invalid_argument);
  CHECK_THROWS_AS(complete_reps(runner, {{-1}}), physique::invalid_argument);
}
