// SPDX-License-Identifier: MIT
// The common interface of progression rules: the per-set outcome a rule reads, the events it
// reports and the `progression_rule` concept (prescribe from a state; advance the state from
// what was done). Scheme survey: training_math reference, section 4.5-4.6.
#pragma once

#include <concepts>
#include <optional>
#include <span>
#include <string_view>

#include <physique/core/units.hpp>
#include <physique/detail/contiguous.hpp>
#include <physique/detail/require.hpp>
#include <physique/training/prescription.hpp>

namespace physique::training {

/// What was done in one set: the load, the prescribed (bottom) rep target, the reps achieved
/// and, optionally, the RPE the lifter reported. A training log is converted into a span of
/// these per exercise and session. For a timed set `target_reps` and `achieved_reps` hold
/// whole seconds.
template <real T = double>
struct set_outcome {
  mass<T> load{};
  int target_reps = 0;
  int achieved_reps = 0;
  std::optional<T> rpe;

  [[nodiscard]] friend constexpr bool operator==(const set_outcome&,
                                                 const set_outcome&) noexcept = default;
};

/// What a rule did when it advanced its state.
enum class progression_event : unsigned char {
  load_increased,    ///< success: more load next time
  reps_increased,    ///< more total reps than last time at the same load (double progression)
  repeated,          ///< same prescription next time (a miss below the reset threshold, or
                     ///< reps within the range without a new best)
  reset,             ///< N misses: load (or training max) reduced by the reset fraction
  deloaded,          ///< a deload session: state unchanged
  week_advanced,     ///< next week of a wave
  cycle_completed,   ///< a wave cycle ended: training max raised
  load_adjusted,     ///< RPE autoregulation: e1RM re-estimated from the reported RPE
  step_advanced,     ///< ladder: moved to a harder step
  step_regressed,    ///< ladder: moved back to an easier step
  volume_increased,  ///< volume ramp: more weekly sets next week
  no_data,           ///< nothing usable in the outcome (empty, or no RPE where needed)
};

/// Stable snake_case name of an event ("load_increased").
[[nodiscard]] constexpr std::string_view to_string(progression_event e) noexcept {
  constexpr std::string_view names[] = {"load_increased",  "reps_increased",   "repeated",
                                        "reset",           "deloaded",         "week_advanced",
                                        "cycle_completed", "load_adjusted",    "step_advanced",
                                        "step_regressed",  "volume_increased", "no_data"};
  return names[static_cast<unsigned char>(e)];
}

/// True for events that mean the lifter did not progress (used for stall detection).
[[nodiscard]] constexpr bool is_stall(progression_event e) noexcept {
  return e == progression_event::repeated || e == progression_event::reset ||
         e == progression_event::step_regressed;
}

/// A rule's next state and what happened.
template <class State>
struct transition {
  State state;
  progression_event event;
};

/// A progression rule: a value (its settings) that turns an explicit `state_type` into the
/// next prescription and advances that state from a session's outcome. Rules never keep
/// hidden state, so a program can be replayed, forked and stored.
///
/// Requirements on `R`:
/// - `R::value_type`: the real type of loads; `R::state_type`: a copyable state;
/// - `r.initial_state()`: the state before the first session;
/// - `r.prescribe(s)` -> `prescription<value_type>` (loads not yet rounded to equipment);
/// - `r.advance(s, outcome)` -> `transition<state_type>`, where `outcome` is a
///   `std::span<const set_outcome<value_type>>` (the sets done, in order).
template <class R>
concept progression_rule = real<typename R::value_type> && std::copyable<typename R::state_type> &&
    requires(const R& r, const typename R::state_type& s,
             std::span<const set_outcome<typename R::value_type>> done) {
  { r.initial_state() } -> std::same_as<typename R::state_type>;
  { r.prescribe(s) } -> std::same_as<prescription<typename R::value_type>>;
  { r.advance(s, done) } -> std::same_as<transition<typename R::state_type>>;
};

/// True when `done` is not empty and every set reached at least `reps` (for a rep range,
/// pass the top of the range: "every set at the top").
template <real T>
[[nodiscard]] constexpr bool every_set_reached(std::span<const set_outcome<T>> done,
                                               int reps) noexcept {
  if (done.empty()) return false;
  for (const auto& s : done) {
    if (s.achieved_reps < reps) return false;
  }
  return true;
}

/// As above, for any contiguous range: a `std::array`, a `std::vector`, a C array...
template <physique::detail::contiguous_input Done>
[[nodiscard]] constexpr bool every_set_reached(const Done& done, int reps) noexcept {
  return every_set_reached(physique::detail::input_span(done), reps);
}

/// Sum of achieved reps.
template <real T>
[[nodiscard]] constexpr int total_reps(std::span<const set_outcome<T>> done) noexcept {
  int n = 0;
  for (const auto& s : done)
    n += s.achieved_reps;
  return n;
}

/// As above, for any contiguous range: a `std::array`, a `std::vector`, a C array...
template <physique::detail::contiguous_input Done>
[[nodiscard]] constexpr int total_reps(const Done& done) noexcept {
  return total_reps(physique::detail::input_span(done));
}

/// The outcome of doing `p` exactly as prescribed: every set at `reps` (or at `reps_max` when
/// `at_top` is true), at the prescribed load and target RPE. Used to lay out a program ahead
/// when no log exists. Writes at most `out.size()` sets and returns how many.
template <real T>
constexpr std::size_t as_prescribed(const prescription<T>& p, std::span<set_outcome<T>> out,
                                    bool at_top = false) noexcept {
  std::size_t n = 0;
  for (const auto& s : p.sets()) {
    if (n == out.size()) break;
    out[n++] = set_outcome<T>{s.load, s.reps, at_top ? s.reps_max : s.reps, s.rpe};
  }
  return n;
}

/// As above, for any contiguous range: a `std::array`, a `std::vector`, a C array...
template <real T, physique::detail::contiguous_output Out>
constexpr std::size_t as_prescribed(const prescription<T>& p, Out&& out,
                                    bool at_top = false) noexcept {
  return as_prescribed(p, std::span<set_outcome<T>>(physique::detail::output_span(out)), at_top);
}

namespace detail {
template <real T>
constexpr void require_outcome(std::span<const set_outcome<T>> done) {
  for (const auto& s : done) {
    physique::detail::require_non_negative("load", s.load);
    physique::detail::require(s.achieved_reps >= 0, "achieved_reps",
                              static_cast<double>(s.achieved_reps), "", "must be zero or more");
    if (s.rpe) {
      physique::detail::require_within("rpe", *s.rpe, T{1}, T{10}, "", "must be within 1-10");
    }
  }
}
template <real T>
constexpr void require_fraction_open(const char* name, T v) {
  physique::detail::require(is_finite(v) && v > T{0} && v < T{1}, name, v, "",
                            "must be within (0, 1)");
}
}  // namespace detail

}  // namespace physique::training
