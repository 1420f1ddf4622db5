// SPDX-License-Identifier: MIT
// Bodyweight ladder progression: climb a ladder of exercise variations (band-assisted pull-up
// -> pull-up for 2-5 reps -> more reps -> weighted pull-up), moving up when every set reaches
// the top of the step's rep range and back down after repeated misses. Pull-up doses from the
// source article (2-5 reps; a band as the regression); the ladders themselves come from the
// exercise catalog's progressions/regressions.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/exercise/tempo.hpp>
#include <physique/training/equipment_loads.hpp>
#include <physique/training/prescription.hpp>
#include <physique/training/progression.hpp>

namespace physique::training {

/// One rung: an exercise id, its sets and rep range, and whether external load is added on
/// this rung (a weighted pull-up) once the top of the range is reached.
struct ladder_step {
  std::string_view exercise;
  int sets = 3;
  int reps_min = 5;
  int reps_max = 8;
  bool loaded = false;
};

/// The pull-up ladder used by the examples: band-assisted 3 x 5-8, pull-up 3 x 2-5 (the
/// article's dose), pull-up 3 x 6-8 ("more reps"), weighted pull-up 3 x 5-8 with added load.
/// The rep ranges other than 2-5 are this library's defaults, not published values.
inline constexpr std::array<ladder_step, 4> pull_up_ladder{{
    {"band_assisted_pull_up", 3, 5, 8, false},
    {"pull_up", 3, 2, 5, false},
    {"pull_up", 3, 6, 8, false},
    {"weighted_pull_up", 3, 5, 8, true},
}};

/// Fills `out` with one step per id in `ids` (easiest first, e.g. the ids of
/// `exercise::catalog::ladder(...)`), every step `sets` x [`reps_min`, `reps_max`], the last
/// one loaded when `load_last` is true. Returns the number written (min of both sizes).
constexpr std::size_t ladder_from_ids(std::span<const std::string_view> ids,
                                      std::span<ladder_step> out, int sets, int reps_min,
                                      int reps_max, bool load_last = true) noexcept {
  const std::size_t n = ids.size() < out.size() ? ids.size() : out.size();
  for (std::size_t i = 0; i < n; ++i) {
    out[i] = ladder_step{ids[i], sets, reps_min, reps_max, load_last && i + 1 == n};
  }
  return n;
}

/// Ladder progression over `steps` (borrowed; easiest first).
///
/// On a step, double progression on reps at the step's added load. After a session:
/// - every set at the step's `reps_max`: on a loaded step add `load_increment`
///   (`load_increased`); otherwise move to the next step, at its bottom and with
///   `load_increment` of added load if that step is loaded (`step_advanced`); the top unloaded
///   step repeats (`repeated`);
/// - any set below `reps_min`: a miss; after `misses_before_regression` misses in a row a
///   loaded step with added load loses `reset_fraction` of it (`reset`), otherwise the lifter
///   moves one step down (`step_regressed`; the first step repeats);
/// - otherwise `reps_increased` on a new best total, else `repeated`.
///
/// Throws `invalid_argument` (from `initial_state()`) naming `steps` (empty, or a step with
/// sets outside 1-16 or a bad rep range), `start_step` (outside the ladder),
/// `load_increment` (negative), `misses_before_regression` (< 1) or `reset_fraction`.
template <real T = double>
struct ladder_progression {
  using value_type = T;
  struct state_type {
    int step = 0;
    mass<T> added_load{};
    int misses = 0;
    int best_total_reps = 0;
    [[nodiscard]] friend constexpr bool operator==(const state_type&,
                                                   const state_type&) noexcept = default;
  };

  std::span<const ladder_step> steps{};
  int start_step = 0;
  mass<T> load_increment = kilograms(static_cast<T>(2.5));
  int misses_before_regression = 3;
  T reset_fraction = static_cast<T>(0.1);
  duration<T> rest = minutes(T{3});
  std::optional<exercise::tempo> tempo;
  /// The added loads the lifter can make (a dip belt's plates, `equipment_loads<>::of(belt)`);
  /// default any load. Added load then always equals what hangs from the belt.
  equipment_loads<T> equipment{};

  /// The first added load of a loaded step: about `load_increment`, as the equipment makes it.
  [[nodiscard]] constexpr mass<T> first_added_load() const {
    return equipment.step_up(mass<T>{}, load_increment).value_or(mass<T>{});
  }

  constexpr void validate() const {
    physique::detail::require(!steps.empty(), "steps", 0.0, "", "must not be empty");
    for (const ladder_step& s : steps) {
      physique::detail::require(s.sets >= 1 && s.sets <= max_prescribed_sets && s.reps_min >= 1 &&
                                    s.reps_max >= s.reps_min,
                                "steps", static_cast<double>(s.sets), "",
                                "every step needs 1-16 sets and 1 <= reps_min <= reps_max");
    }
    physique::detail::require(
        start_step >= 0 && static_cast<std::size_t>(start_step) < steps.size(), "start_step",
        static_cast<double>(start_step), "", "must name a step of the ladder");
    physique::detail::require_non_negative("load_increment", load_increment);
    physique::detail::require(misses_before_regression >= 1, "misses_before_regression",
                              static_cast<double>(misses_before_regression), "",
                              "must be at least 1");
    detail::require_fraction_open("reset_fraction", reset_fraction);
  }

  [[nodiscard]] constexpr state_type initial_state() const {
    validate();
    return state_type{start_step, at(start_step).loaded ? first_added_load() : mass<T>{}, 0, 0};
  }

  [[nodiscard]] constexpr const ladder_step& at(int step) const noexcept {
    return steps[static_cast<std::size_t>(step)];
  }

  [[nodiscard]] constexpr prescription<T> prescribe(const state_type& s) const {
    const ladder_step& st = at(s.step);
    auto p = prescription<T>::uniform(
        st.exercise, st.sets,
        set_prescription<T>::reps_set(st.reps_min, st.reps_max, s.added_load));
    p.rest = rest;
    p.tempo = tempo;
    return p;
  }

  [[nodiscard]] constexpr transition<state_type> advance(
      const state_type& s, std::span<const set_outcome<T>> done) const {
    detail::require_outcome(done);
    if (done.empty()) return {s, progression_event::no_data};
    const ladder_step& st = at(s.step);
    const int last = static_cast<int>(steps.size()) - 1;
    if (every_set_reached(done, st.reps_max)) {
      if (st.loaded) {
        const std::optional<mass<T>> up = equipment.step_up(s.added_load, load_increment);
        if (up) return {state_type{s.step, *up, 0, 0}, progression_event::load_increased};
        return {state_type{s.step, s.added_load, 0, total_reps(done)}, progression_event::repeated};
      }
      if (s.step < last) {
        const int next = s.step + 1;
        return {state_type{next, at(next).loaded ? first_added_load() : mass<T>{}, 0, 0},
                progression_event::step_advanced};
      }
      return {state_type{s.step, s.added_load, 0, total_reps(done)}, progression_event::repeated};
    }
    if (!every_set_reached(done, st.reps_min)) {
      if (s.misses + 1 < misses_before_regression) {
        return {state_type{s.step, s.added_load, s.misses + 1, s.best_total_reps},
                progression_event::repeated};
      }
      if (st.loaded && s.added_load > mass<T>{}) {
        return {
            state_type{s.step, equipment.round_down(s.added_load * (T{1} - reset_fraction)), 0, 0},
            progression_event::reset};
      }
      if (s.step > 0) {
        const int prev = s.step - 1;
        return {state_type{prev, mass<T>{}, 0, 0}, progression_event::step_regressed};
      }
      return {state_type{s.step, s.added_load, 0, s.best_total_reps}, progression_event::repeated};
    }
    const int total = total_reps(done);
    if (total > s.best_total_reps) {
      return {state_type{s.step, s.added_load, 0, total}, progression_event::reps_increased};
    }
    return {state_type{s.step, s.added_load, 0, s.best_total_reps}, progression_event::repeated};
  }
};

}  // namespace physique::training
