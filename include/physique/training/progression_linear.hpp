// SPDX-License-Identifier: MIT
// Linear load progression with a failure rule: add a fixed increment after every successful
// session, repeat after a miss, reduce the load by a fraction after N misses in a row.
// Scheme as encoded by liftosaur's `lp(...)` and openGym's linear rule (training_math
// reference, section 4.5); ACSM 2009 (Ratamess et al.) for the 2-10 % increment range.
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

/// Linear progression: `sets` x `reps` at a load that rises by `increment` after each session
/// in which every set reached `reps`.
///
/// Failure rule: a session with any set short of `reps` is a miss; the load is repeated. After
/// `misses_before_reset` misses in a row the load is multiplied by (1 - `reset_fraction`) and
/// the count starts again (liftosaur's design guide: three misses; openGym / Greyskull: a 10 %
/// reset). With `equipment` set, every load is one the equipment makes: the start load is
/// rounded down to it, a success steps to the loadable load nearest load + `increment` (at
/// least the next one up; `repeated` when nothing heavier exists) and a reset rounds down,
/// so the state is always the load on the bar. Without it loads are not rounded: round the
/// prescription to the equipment (`round_prescription`).
///
/// Settings are checked by `initial_state()`: sets 1-16, reps >= 1, start_load >= 0,
/// increment >= 0, misses_before_reset >= 1, reset_fraction in (0, 1), rest >= 0; each failure
/// throws `invalid_argument` naming the field.
template <real T = double>
struct linear_progression {
  using value_type = T;
  struct state_type {
    mass<T> load{};
    int misses = 0;  ///< misses in a row since the last success or reset
    [[nodiscard]] friend constexpr bool operator==(const state_type&,
                                                   const state_type&) noexcept = default;
  };

  std::string_view exercise{};
  int sets = 3;
  int reps = 5;
  mass<T> start_load{};
  mass<T> increment = kilograms(static_cast<T>(2.5));
  int misses_before_reset = 3;
  T reset_fraction = static_cast<T>(0.1);
  duration<T> rest = minutes(T{3});
  std::optional<exercise::tempo> tempo;
  bool per_side = false;
  equipment_loads<T> equipment{};  ///< loads the equipment makes; default: any load

  constexpr void validate() const {
    physique::detail::require(sets >= 1 && sets <= max_prescribed_sets, "sets",
                              static_cast<double>(sets), "", "must be within 1-16");
    physique::detail::require(reps >= 1, "reps", static_cast<double>(reps), "",
                              "must be at least 1");
    physique::detail::require_non_negative("start_load", start_load);
    physique::detail::require_non_negative("increment", increment);
    physique::detail::require(misses_before_reset >= 1, "misses_before_reset",
                              static_cast<double>(misses_before_reset), "", "must be at least 1");
    detail::require_fraction_open("reset_fraction", reset_fraction);
    physique::detail::require_non_negative("rest", rest);
  }

  [[nodiscard]] constexpr state_type initial_state() const {
    validate();
    return state_type{equipment.round_down(start_load), 0};
  }

  [[nodiscard]] constexpr prescription<T> prescribe(const state_type& s) const {
    auto p =
        prescription<T>::uniform(exercise, sets, set_prescription<T>::reps_set(reps, reps, s.load));
    p.rest = rest;
    p.tempo = tempo;
    p.per_side = per_side;
    return p;
  }

  /// Success (every set reached `reps`): load + increment. Miss: repeat, or reset after
  /// `misses_before_reset` misses. Empty outcome: `no_data`, state unchanged.
  [[nodiscard]] constexpr transition<state_type> advance(
      const state_type& s, std::span<const set_outcome<T>> done) const {
    detail::require_outcome(done);
    if (done.empty()) return {s, progression_event::no_data};
    if (every_set_reached(done, reps)) {
      const std::optional<mass<T>> up = equipment.step_up(s.load, increment);
      if (!up) return {state_type{s.load, 0}, progression_event::repeated};
      return {state_type{*up, 0}, progression_event::load_increased};
    }
    if (s.misses + 1 >= misses_before_reset) {
      return {state_type{equipment.round_down(s.load * (T{1} - reset_fraction)), 0},
              progression_event::reset};
    }
    return {state_type{s.load, s.misses + 1}, progression_event::repeated};
  }
};

}  // namespace physique::training
