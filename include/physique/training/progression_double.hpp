// SPDX-License-Identifier: MIT
// Double progression over a rep range: keep the load while reps climb inside the range; add
// load only when every set reaches the top, then start again at the bottom. Liftosaur's
// `dp(increment, minReps, maxReps)`; the "all sets at the top" gate users ask for (wger
// #2480, openGym #278), training_math reference section 4.5; the source article's 10-12
// reps for rows.
#pragma once

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

/// Double progression: `sets` x [`reps_min`, `reps_max`] at a load.
///
/// After a session:
/// - every set reached `reps_max` -> load + `increment`, back to the bottom of the range
///   (`load_increased`); a set at the top with others below it does **not** add load;
/// - any set below `reps_min` -> a miss: repeat (`repeated`); after `misses_before_reset`
///   misses in a row the load is multiplied by (1 - `reset_fraction`) (`reset`);
/// - otherwise (inside the range) -> same load; `reps_increased` when the total of reps beats
///   the best total at this load, `repeated` when it does not.
///
/// Defaults: 3 x 10-12 (the article's row dose), +2 kg (a common dumbbell step), reset 10 %
/// after 3 misses. With `equipment` set (2.5 kg dumbbells: `equipment_loads<>::steps(2.5_kg)`)
/// every load is one the equipment makes: the start load is rounded down to it, the increase
/// goes to the loadable load nearest load + `increment` but at least the next one up (20 ->
/// 22.5 kg on 2.5 kg dumbbells; `repeated` when nothing heavier exists) and a reset rounds
/// down, so the state always equals the load lifted. Settings are checked by `initial_state()`
/// (sets 1-16, 1 <= reps_min <= reps_max, loads and rest >= 0, misses_before_reset >= 1,
/// reset_fraction in (0, 1)); failures throw `invalid_argument` naming the field.
template <real T = double>
struct double_progression {
  using value_type = T;
  struct state_type {
    mass<T> load{};
    int misses = 0;
    int best_total_reps = 0;  ///< best total of reps at the current load
    [[nodiscard]] friend constexpr bool operator==(const state_type&,
                                                   const state_type&) noexcept = default;
  };

  std::string_view exercise{};
  int sets = 3;
  int reps_min = 10;
  int reps_max = 12;
  mass<T> start_load{};
  mass<T> increment = kilograms(T{2});
  int misses_before_reset = 3;
  T reset_fraction = static_cast<T>(0.1);
  duration<T> rest = minutes(T{2});
  std::optional<exercise::tempo> tempo;
  bool per_side = false;
  equipment_loads<T> equipment{};  ///< loads the equipment makes; default: any load

  constexpr void validate() const {
    physique::detail::require(sets >= 1 && sets <= max_prescribed_sets, "sets",
                              static_cast<double>(sets), "", "must be within 1-16");
    physique::detail::require(reps_min >= 1, "reps_min", static_cast<double>(reps_min), "",
                              "must be at least 1");
    physique::detail::require(reps_max >= reps_min, "reps_max", static_cast<double>(reps_max), "",
                              "must be at least reps_min");
    physique::detail::require_non_negative("start_load", start_load);
    physique::detail::require_non_negative("increment", increment);
    physique::detail::require(misses_before_reset >= 1, "misses_before_reset",
                              static_cast<double>(misses_before_reset), "", "must be at least 1");
    detail::require_fraction_open("reset_fraction", reset_fraction);
    physique::detail::require_non_negative("rest", rest);
  }

  [[nodiscard]] constexpr state_type initial_state() const {
    validate();
    return state_type{equipment.round_down(start_load), 0, 0};
  }

  [[nodiscard]] constexpr prescription<T> prescribe(const state_type& s) const {
    auto p = prescription<T>::uniform(exercise, sets,
                                      set_prescription<T>::reps_set(reps_min, reps_max, s.load));
    p.rest = rest;
    p.tempo = tempo;
    p.per_side = per_side;
    return p;
  }

  [[nodiscard]] constexpr transition<state_type> advance(
      const state_type& s, std::span<const set_outcome<T>> done) const {
    detail::require_outcome(done);
    if (done.empty()) return {s, progression_event::no_data};
    if (every_set_reached(done, reps_max)) {
      const std::optional<mass<T>> up = equipment.step_up(s.load, increment);
      if (!up) return {state_type{s.load, 0, total_reps(done)}, progression_event::repeated};
      return {state_type{*up, 0, 0}, progression_event::load_increased};
    }
    if (!every_set_reached(done, reps_min)) {
      if (s.misses + 1 >= misses_before_reset) {
        return {state_type{equipment.round_down(s.load * (T{1} - reset_fraction)), 0, 0},
                progression_event::reset};
      }
      return {state_type{s.load, s.misses + 1, s.best_total_reps}, progression_event::repeated};
    }
    const int total = total_reps(done);
    if (total > s.best_total_reps) {
      return {state_type{s.load, 0, total}, progression_event::reps_increased};
    }
    return {state_type{s.load, 0, s.best_total_reps}, progression_event::repeated};
  }
};

}  // namespace physique::training
