// SPDX-License-Identifier: MIT
// A week of logged back training: hard sets per muscle with fractional credit for secondary
// muscles (a left + right pair of one-arm rows is one set), the back's volume zone against
// the landmarks, and the frequency and recovery findings (2-3 sessions a week, 48 h apart).
#include <cstdio>
#include <string_view>
#include <vector>

#include <physique/exercise/builtin_catalog.hpp>
#include <physique/training.hpp>

int main() {
  using namespace physique;
  using namespace physique::training;
  namespace ex = physique::exercise;
  const ex::catalog& cat = ex::builtin_catalog();
  const auto credits = [&](std::string_view id) { return ex::credits(*cat.find(id)); };
  using set = set_record<double, std::string_view>;
  const auto hard = [](std::string_view id, double kg, int reps, double rpe) {
    return set{id, kilograms(kg), reps, {}, effort<double>::rpe(rpe)};
  };
  const auto side = [&](std::string_view id, double kg, int reps, body_side s) {
    set x = hard(id, kg, reps, 8.0);
    x.side = s;
    return x;
  };
  const date monday = date::from_ymd(2026, 1, 5);
  training_log<double, std::string_view> log;
  log.add({monday,
           18 * 60,
           {side("dumbbell_row_single_arm", 30, 10, body_side::left),
            side("dumbbell_row_single_arm", 30, 10, body_side::right),
            side("dumbbell_row_single_arm", 30, 10, body_side::left),
            side("dumbbell_row_single_arm", 30, 10, body_side::right), hard("pull_up", 0, 8, 8.5),
            hard("pull_up", 0, 7, 9), hard("pull_up", 0, 6, 9.5)}});
  log.add(
      {monday + 3,
       18 * 60,
       {hard("deadlift", 120, 5, 8), hard("deadlift", 120, 5, 8.5), hard("lat_pulldown", 55, 10, 8),
        hard("lat_pulldown", 55, 10, 8.5), hard("push_up", 0, 15, 8), hard("push_up", 0, 15, 9)}});
  log.add({monday + 4, 8 * 60, {hard("lat_pulldown", 55, 12, 8), hard("lat_pulldown", 55, 11, 9)}});

  const auto week = weekly_hard_sets(log.sessions(), credits, monday);
  std::printf("Hard sets, week of 2026-01-05:\n");
  for (const ex::muscle m : ex::all_values<ex::muscle>()) {
    if (week[m] > 0.0) {
      std::printf("  %-14s %4.1f\n", ex::display_name(m).data(), week[m]);
    }
  }
  const auto zones = check_volume(week);
  if (const auto& back = zones[static_cast<std::size_t>(ex::muscle_group::back)]) {
    std::printf("  back group %.1f sets: %s (MEV 10, MAV 14-22, MRV 25)\n",
                week[ex::muscle_group::back], to_string(*back));
  }
  const auto structure = check_weekly_structure(log.sessions(), credits, monday);
  std::printf("Frequency findings:\n");
  for (const auto& f : structure.findings) {
    std::printf("  %-14s %s (%d sessions", ex::display_name(f.muscle).data(), to_string(f.issue),
                f.sessions);
    if (f.issue == frequency_issue::too_little_recovery) std::printf(", %.0f h", f.hours_between);
    std::printf(")\n");
  }
  return 0;
}
