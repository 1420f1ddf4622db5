// SPDX-License-Identifier: MIT
// Twelve weeks of back training, twice a week: single-arm dumbbell rows by double
// progression (3 x 10-12 per arm), the pull-up ladder (band-assisted -> 2-5 reps -> more
// reps -> weighted) and lat pulldowns on a volume ramp with deloads, run against the
// deterministic simulated lifter so the overload curve can be seen.
#include <physique/exercise/muscle.hpp>
#include <physique/training.hpp>

#include <array>
#include <cstdio>
#include <span>

int main() {
  using namespace physique;
  using namespace physique::training;
  namespace ex = physique::exercise;

  program<double> p;
  double_progression<double> row;  // 3 x 10-12 per arm
  row.exercise = "dumbbell_row_single_arm";
  row.start_load = kilograms(14.0);
  row.per_side = true;
  ladder_progression<double> pull;  // band -> 2-5 -> 6-8 -> weighted
  pull.steps = pull_up_ladder;
  volume_ramp<double_progression<double>> pulldown;  // 4 -> 10 sets a week, then deload
  pulldown.inner.exercise = "lat_pulldown";
  pulldown.inner.start_load = kilograms(35.0);
  pulldown.inner.increment = kilograms(5.0);
  pulldown.mev_sets = 4;
  pulldown.mrv_sets = 10;
  const std::array<plate_stock<double>, 3> belt{
      {{kilograms(2.5), 2}, {kilograms(5.0), 2}, {kilograms(10.0), 1}}};
  p.exercises.push_back(
      {"row",
       {ex::muscle::lats, ex::muscle::upper_back},
       row,
       loadable_weights<double>::steps(kilograms(2.0), kilograms(2.0), kilograms(50.0))});
  p.exercises.push_back(
      {"pull-up", {ex::muscle::lats}, pull, loadable_weights<double>::belt(belt)});
  p.exercises.push_back(
      {"pulldown",
       {ex::muscle::lats},
       pulldown,
       loadable_weights<double>::steps(kilograms(5.0), kilograms(5.0), kilograms(100.0))});
  p.sessions = {{0, {0, 1, 2}}, {3, {0, 1, 2}}};  // Monday and Thursday: 72 h apart

  simulated_lifter<double> lifter(kilograms(75.0), 2026);
  const int rows = lifter.add_pool("row", kilograms(30.0), kilograms(60.0));
  const int vertical = lifter.add_pool("vertical pull", kilograms(84.0), kilograms(130.0));
  lifter.add_exercise("dumbbell_row_single_arm", rows);
  lifter.add_exercise("band_assisted_pull_up", vertical, 1.0, kilograms(25.0));
  lifter.add_exercise("pull_up", vertical, 1.0);
  lifter.add_exercise("weighted_pull_up", vertical, 1.0);
  lifter.add_exercise("lat_pulldown", vertical);

  program_runner<double> runner(p, date::from_ymd(2026, 1, 5));
  std::printf("week  row kg/arm  pull-up step            pulldown            lat sets\n");
  for (int week = 1; week <= 12; ++week) {
    const auto done = runner.run_weeks(1, lifter);
    const auto lat_sets = planned_weekly_sets(p, done, ex::muscle::lats);
    const auto& first = done.front();
    const prescription<double>& r = first.exercises[0].what;
    const prescription<double>& u = first.exercises[1].what;
    const prescription<double>& d = first.exercises[2].what;
    std::printf("%4d  %10.1f  %-22.*s  %d x %4.1f kg%s  %8d\n", week, r[0].load.in(kilograms),
                static_cast<int>(u.exercise.size()), u.exercise.data(), d.set_count(),
                d[0].load.in(kilograms), first.deload_week ? " (deload)" : "",
                lat_sets.empty() ? 0 : lat_sets.back());
  }
  return 0;
}
