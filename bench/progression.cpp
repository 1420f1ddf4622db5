// SPDX-License-Identifier: MIT
// Progression: laying out a 12-week program (three back exercises, two sessions a week, loads
// rounded to the equipment), running it against the simulated lifter, replaying a five-year
// log (three sessions a week) through a rule, and rounding loads to a plate set.
#include <physique/training/load_rounding.hpp>
#include <physique/training/program.hpp>
#include <physique/training/progression_double.hpp>
#include <physique/training/progression_linear.hpp>
#include <physique/training/progression_log.hpp>
#include <physique/training/progression_rpe.hpp>
#include <physique/training/simulated_lifter.hpp>

#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <vector>

namespace {
using namespace physique;
using namespace physique::training;
namespace ex = physique::exercise;

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
  pulldown.inner.start_load = kilograms(40.0);
  pulldown.inner.increment = kilograms(5.0);
  pulldown.mev_sets = 4;
  pulldown.mrv_sets = 10;
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

void generate_12_weeks(benchmark::State& state) {
  const program_runner<double> start(back_program(), date::from_ymd(2026, 1, 5));
  for (auto _ : state) {
    auto runner = start;
    auto plan = runner.run_weeks(12, perform_as_prescribed{});
    benchmark::DoNotOptimize(plan.data());
  }
  state.SetItemsProcessed(state.iterations() * 24);  // sessions
}
BENCHMARK(generate_12_weeks);

void simulate_12_weeks(benchmark::State& state) {
  const program_runner<double> start(back_program(), date::from_ymd(2026, 1, 5));
  for (auto _ : state) {
    auto runner = start;
    simulated_lifter<double> lifter(kilograms(80.0), 42);
    const int rows = lifter.add_pool("row", kilograms(40.0), kilograms(70.0));
    const int vertical = lifter.add_pool("vertical pull", kilograms(85.0), kilograms(140.0));
    lifter.add_exercise("dumbbell_row_single_arm", rows);
    lifter.add_exercise("band_assisted_pull_up", vertical, 1.0, kilograms(25.0));
    lifter.add_exercise("pull_up", vertical, 1.0);
    lifter.add_exercise("weighted_pull_up", vertical, 1.0);
    lifter.add_exercise("lat_pulldown", vertical);
    auto plan = runner.run_weeks(12, lifter);
    benchmark::DoNotOptimize(plan.data());
  }
  state.SetItemsProcessed(state.iterations() * 24);
}
BENCHMARK(simulate_12_weeks);

// A five-year log: 3 sessions a week x 52 x 5 = 780 sessions of 3 sets, replayed through a
// rule (the state advanced session by session, as an app does when it re-reads a history).
template <class Rule>
void replay_five_years(benchmark::State& state, const Rule& rule) {
  constexpr std::size_t sessions = 3 * 52 * 5;
  std::vector<std::array<set_outcome<double>, 3>> log(sessions);
  splitmix64 g(7);
  for (auto& s : log) {
    for (auto& set : s) {
      const int reps = 4 + static_cast<int>(g.uniform() * 9.0);  // 4-12
      set =
          set_outcome<double>{kilograms(60.0 + 40.0 * g.uniform()), 5, reps,
                              6.0 + 0.5 * static_cast<double>(static_cast<int>(g.uniform() * 9.0))};
    }
  }
  for (auto _ : state) {
    auto s = rule.initial_state();
    for (const auto& session : log)
      s = rule.advance(s, session).state;
    benchmark::DoNotOptimize(s);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long>(sessions));
}

void replay_linear(benchmark::State& state) {
  linear_progression<double> r;
  r.start_load = kilograms(60.0);
  replay_five_years(state, r);
}
BENCHMARK(replay_linear);

void replay_double(benchmark::State& state) {
  double_progression<double> r;
  r.reps_min = 6;
  r.reps_max = 10;
  r.start_load = kilograms(60.0);
  replay_five_years(state, r);
}
BENCHMARK(replay_double);

void replay_rpe(benchmark::State& state) {
  rpe_autoregulation<double> r;
  r.start_one_rep_max = kilograms(120.0);
  replay_five_years(state, r);
}
BENCHMARK(replay_rpe);

// The same five years as a training log (sessions of dated set records, the squat among
// other lifts, warm-ups included), converted and replayed with `replay`.
void replay_training_log(benchmark::State& state) {
  constexpr std::size_t sessions = 3 * 52 * 5;
  constexpr exercise_ref squat = 1;
  constexpr exercise_ref bench = 2;
  std::vector<session<double>> log(sessions);
  splitmix64 g(11);
  for (std::size_t i = 0; i < sessions; ++i) {
    auto& s = log[i];
    s.day = date::from_ymd(2021, 1, 4) + static_cast<int>(i / 3) * 7 + static_cast<int>(i % 3) * 2;
    set_record<double> warm;
    warm.exercise = squat;
    warm.load = kilograms(60.0);
    warm.reps = 5;
    warm.warm_up = true;
    s.sets.push_back(warm);
    for (int k = 0; k < 3; ++k) {
      set_record<double> r;
      r.exercise = squat;
      r.load = kilograms(100.0 + 0.05 * static_cast<double>(i));
      r.reps = 3 + static_cast<int>(g.uniform() * 4.0);
      r.rating =
          effort<double>::rpe(7.0 + static_cast<double>(static_cast<int>(g.uniform() * 6.0)) * 0.5);
      s.sets.push_back(r);
      r.exercise = bench;
      s.sets.push_back(r);
    }
  }
  linear_progression<double> rule;
  rule.start_load = kilograms(100.0);
  const std::span<const session<double>> all(log);
  for (auto _ : state) {
    auto end = replay(rule, all, squat, rule.initial_state());
    benchmark::DoNotOptimize(end);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long>(sessions));
}
BENCHMARK(replay_training_log);

// Rounding one load to a kg plate set (binary search over the precomputed loads).
void round_to_plates(benchmark::State& state) {
  const auto plates = olympic_kg_plates<double>();
  const auto w = loadable_weights<double>::barbell(kilograms(20.0), plates);
  double x = 20.0;
  for (auto _ : state) {
    x = x > 300.0 ? 20.0 : x + 0.37;
    benchmark::DoNotOptimize(w.round(kilograms(x)));
  }
}
BENCHMARK(round_to_plates);

// Building the loadable set from the plates (done once per equipment).
void build_plate_set(benchmark::State& state) {
  const auto plates = olympic_kg_plates<double>();
  for (auto _ : state) {
    auto w = loadable_weights<double>::barbell(kilograms(20.0), plates);
    benchmark::DoNotOptimize(w.loads().data());
  }
}
BENCHMARK(build_plate_set);

}  // namespace
