// SPDX-License-Identifier: MIT
// Planner internals: the strength of each exercise the planner may prescribe, derived from the
// estimate of its movement family (vertical pull, horizontal pull, hinge) and the body mass,
// and the load a lifter of that strength can take for a rep target at an RPE. The ratios are
// illustrative (this library's round figures for a novice, not fitted to data); every one is
// listed in docs/planner.md, section "Per-exercise strength". Loads for reps at an RPE use the
// Tuchscherer / RTS chart (training/rpe.hpp) and, beyond its 12 reps, Epley's relation.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include <physique/core/units.hpp>
#include <physique/training/rpe.hpp>

namespace physique::planner::detail {

/// A movement family: the unit its strength estimate is given in.
enum class family : unsigned char {
  vertical_pull,    ///< pull-up 1RM as system load (body mass + added load - assistance)
  horizontal_pull,  ///< one-arm dumbbell row 1RM, per arm
  hinge,            ///< conventional barbell deadlift 1RM
};

/// How the strength of one exercise derives from its family's estimate.
///
/// The exercise's 1RM, as system load (what the simulated lifter lifts: external load + the
/// share of body mass moved - band assistance), is `ratio` x the family estimate; for an
/// exercise loaded with one dumbbell per hand, `per_hand_ratio` x the family estimate is the
/// 1RM of each hand's dumbbell. `body_fraction` is the share of body mass a bodyweight
/// exercise moves, `assistance_fraction` the share of body mass a band takes off.
struct exercise_strength {
  std::string_view id;
  family of = family::vertical_pull;
  double ratio = 1.0;
  double per_hand_ratio = 0.0;  ///< 0: not loaded per hand
  double body_fraction = 0.0;
  double assistance_fraction = 0.0;
};

/// Every exercise the planner may prescribe, with its derivation (docs/planner.md). An
/// exercise missing here is never picked: its load could not be bounded by the lifter's
/// strength. Illustrative ratios, labelled so in the docs.
inline constexpr std::array<exercise_strength, 25> strength_table{{
    // Vertical pull: the pull-up family shares the pull-up's system 1RM.
    {"pull_up", family::vertical_pull, 1.0, 0.0, 1.0, 0.0},
    {"chin_up", family::vertical_pull, 1.0, 0.0, 1.0, 0.0},
    {"band_assisted_pull_up", family::vertical_pull, 1.0, 0.0, 1.0, 0.3},
    {"negative_pull_up", family::vertical_pull, 1.0, 0.0, 1.0, 0.25},
    {"weighted_pull_up", family::vertical_pull, 1.0, 0.0, 1.0, 0.0},
    {"lat_pulldown", family::vertical_pull, 0.8, 0.0, 0.0, 0.0},
    {"close_grip_lat_pulldown", family::vertical_pull, 0.8, 0.0, 0.0, 0.0},
    {"band_lat_pulldown", family::vertical_pull, 0.8, 0.0, 0.0, 0.0},
    // Pullover pattern: shoulder extension by the lats, a fraction of the pull.
    {"straight_arm_pulldown", family::vertical_pull, 0.3, 0.0, 0.0, 0.0},
    {"dumbbell_pullover", family::vertical_pull, 0.3, 0.0, 0.0, 0.0},
    // Horizontal pull: per arm for one-arm work, both arms otherwise.
    {"dumbbell_row_single_arm", family::horizontal_pull, 1.0, 1.0, 0.0, 0.0},
    {"dumbbell_row_double_arm", family::horizontal_pull, 1.6, 0.8, 0.0, 0.0},
    {"single_arm_cable_row", family::horizontal_pull, 1.0, 0.0, 0.0, 0.0},
    {"seated_cable_row", family::horizontal_pull, 1.6, 0.0, 0.0, 0.0},
    {"chest_supported_row", family::horizontal_pull, 1.4, 0.7, 0.0, 0.0},
    {"barbell_row", family::horizontal_pull, 1.6, 0.0, 0.0, 0.0},
    {"t_bar_row", family::horizontal_pull, 1.5, 0.0, 0.0, 0.0},
    {"inverted_row", family::horizontal_pull, 1.6, 0.0, 0.5, 0.0},
    // Hinge: the deadlift and its variations.
    {"deadlift", family::hinge, 1.0, 0.0, 0.0, 0.0},
    {"trap_bar_deadlift", family::hinge, 1.05, 0.0, 0.0, 0.0},
    {"rack_pull", family::hinge, 1.1, 0.0, 0.0, 0.0},
    {"romanian_deadlift", family::hinge, 0.7, 0.35, 0.0, 0.0},
    {"kettlebell_deadlift", family::hinge, 0.9, 0.45, 0.0, 0.0},
    {"back_extension", family::hinge, 0.6, 0.0, 0.5, 0.0},
    {"superman", family::hinge, 0.4, 0.0, 0.3, 0.0},
}};

/// The derivation of `id`'s strength, or `std::nullopt` when the planner does not prescribe it.
[[nodiscard]] constexpr std::optional<exercise_strength> strength_of(std::string_view id) noexcept {
  for (const exercise_strength& s : strength_table) {
    if (s.id == id) return s;
  }
  return std::nullopt;
}

/// The exercise's starting 1RM as system load, kg: `ratio` (or `per_hand_ratio` when loaded
/// per hand) x the family estimate.
[[nodiscard]] constexpr double exercise_one_rep_max(const exercise_strength& s, double family_kg,
                                                    bool per_hand) noexcept {
  return (per_hand && s.per_hand_ratio > 0.0 ? s.per_hand_ratio : s.ratio) * family_kg;
}

/// The system load at external load `load_kg`: load + body share - band assistance, kg.
[[nodiscard]] constexpr double system_load(const exercise_strength& s, double body_mass_kg,
                                           double load_kg) noexcept {
  return load_kg + (s.body_fraction - s.assistance_fraction) * body_mass_kg;
}

/// The target RPE of every working set the planner prescribes (2 reps in reserve).
inline constexpr double target_rpe = 8.0;

/// The fraction of the 1RM a lifter can lift for `reps` at `rpe`: the RTS chart for 1-12
/// reps, Epley's relation on the reps to failure (reps + 10 - RPE) beyond it.
[[nodiscard]] constexpr double fraction_for(int reps, double rpe) {
  if (const std::optional<double> f = training::rts_rpe_chart{}.fraction(reps, rpe)) return *f;
  const double to_failure = static_cast<double>(reps) + (10.0 - rpe);
  return 1.0 / (1.0 + to_failure / 30.0);
}

/// The heaviest system load a lifter with system 1RM `one_rep_max_kg` can take for `reps` at
/// `rpe`, kg.
[[nodiscard]] constexpr double allowed_system_load(double one_rep_max_kg, int reps, double rpe) {
  return one_rep_max_kg * fraction_for(reps, rpe);
}

}  // namespace physique::planner::detail
