// SPDX-License-Identifier: MIT
// A sample week shared by the volume, landmark and weekly-structure tests, with hand-counted
// expectations (see each test). Exercise credits: 1.0 target, 0.5 synergist.
#pragma once

#include <array>
#include <span>
#include <vector>

#include <physique/training/training_log.hpp>
#include <physique/training/volume.hpp>

namespace sample {

using physique::exercise::muscle;
using physique::training::muscle_credit;

enum exercise_id : physique::training::exercise_ref { bench, db_row, pull_up, squat, deadlift };

inline constexpr std::array<muscle_credit, 3> bench_credits{
    {{muscle::chest, 1.0}, {muscle::front_delt, 0.5}, {muscle::triceps, 0.5}}};
inline constexpr std::array<muscle_credit, 4> row_credits{{{muscle::lats, 1.0},
                                                           {muscle::upper_back, 1.0},
                                                           {muscle::biceps, 0.5},
                                                           {muscle::rear_delt, 0.5}}};
inline constexpr std::array<muscle_credit, 3> pull_up_credits{
    {{muscle::lats, 1.0}, {muscle::biceps, 0.5}, {muscle::upper_back, 0.5}}};
inline constexpr std::array<muscle_credit, 3> squat_credits{
    {{muscle::quads, 1.0}, {muscle::glutes, 1.0}, {muscle::adductors, 0.5}}};
inline constexpr std::array<muscle_credit, 5> deadlift_credits{{{muscle::hamstrings, 1.0},
                                                                {muscle::glutes, 1.0},
                                                                {muscle::lower_back, 1.0},
                                                                {muscle::traps, 0.5},
                                                                {muscle::forearms, 0.5}}};

/// The mapping exercise -> credits, as a callable (a catalog lookup in an app).
inline std::span<const muscle_credit> credits(physique::training::exercise_ref e) {
  switch (e) {
    case bench:
      return bench_credits;
    case db_row:
      return row_credits;
    case pull_up:
      return pull_up_credits;
    case squat:
      return squat_credits;
    default:
      return deadlift_credits;
  }
}

template <class T>
std::vector<physique::training::session<T>> week() {
  using namespace physique;
  using namespace physique::training;
  using set = set_record<T>;
  const auto kg = [](double v) { return kilograms(static_cast<T>(v)); };
  const auto rpe = [](double v) { return effort<T>::rpe(static_cast<T>(v)); };
  const auto rir = [](double v) { return effort<T>::reps_in_reserve(static_cast<T>(v)); };
  const set warm{bench, kg(40), 10, {}, {}, body_side::both, true};
  const set bench_set{bench, kg(80), 8, {}, rpe(8)};
  const set row_left{db_row, kg(30), 10, {}, rir(2), body_side::left};
  const set row_right{db_row, kg(30), 10, {}, rir(2), body_side::right};
  const set squat_set{squat, kg(100), 5, {}, rpe(8)};
  const set pull{pull_up, kg(0), 8};  // unrated: counts as hard by default
  const set dl{deadlift, kg(140), 5, {}, rpe(8)};
  const set dl_easy{deadlift, kg(100), 5, {}, rpe(5)};  // RIR 5: not a hard set
  std::vector<session<T>> w;
  // Monday 2026-01-05 18:00.
  w.push_back({date::from_ymd(2026, 1, 5),
               18 * 60,
               {warm, warm, bench_set, bench_set, bench_set, row_left, row_right, row_left,
                row_right, row_left, row_right, squat_set, squat_set, squat_set}});
  // Wednesday 18:00.
  w.push_back({date::from_ymd(2026, 1, 7), 18 * 60, {pull, pull, pull, dl, dl, dl_easy}});
  // Friday 08:00: rows 2 left + 3 right (the unpaired set still counts once).
  w.push_back({date::from_ymd(2026, 1, 9),
               8 * 60,
               {bench_set, bench_set, bench_set, row_left, row_right, row_left, row_right,
                row_right, squat_set, squat_set, squat_set}});
  // Saturday 08:00: chest again 24 h later.
  w.push_back({date::from_ymd(2026, 1, 10), 8 * 60, {bench_set, bench_set}});
  return w;
}

}  // namespace sample
