// SPDX-License-Identifier: MIT
// RPE autoregulation: the load for a target reps @ RPE from an estimated 1RM (Tuchscherer /
// RTS chart), the estimate re-made from the RPE the lifter reports. Example and chart:
// training_math reference, sections 2.3 and 4.5; Helms et al. 2018 (Front Physiol 9:247).
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
#include <physique/training/rpe.hpp>

namespace physique::training {

/// RPE autoregulation: `sets` x `reps` @ `target_rpe`, load = e1RM x chart(reps, RPE).
///
/// After a session the e1RM is re-estimated from the **last set with a reported RPE** (the
/// top set): e1RM_new = load / chart(achieved reps, reported RPE), and the state moves by
/// `smoothing` of the difference (1 = take the new estimate, the reference's worked example;
/// 0.5 = halfway). Sets without RPE, with no load or off the chart (reps > 12, RPE < 6) are
/// skipped; if none is usable the state is unchanged (`no_data`).
///
/// Worked example (training_math reference 4.5): plan 5 @ 8 with 100 kg, felt 9 -> e1RM =
/// 100 / 0.837 = 119.5 kg -> next 5 @ 8 = 119.5 x 0.811 = 96.9 kg; felt 7 -> 103.2 kg.
///
/// Throws `invalid_argument` (from `initial_state()`) naming `start_one_rep_max` (not
/// positive), `reps` (outside 1-12), `target_rpe` (outside 6-10, the chart), `smoothing`
/// (outside (0, 1]) or `sets`.
template <real T = double>
struct rpe_autoregulation {
  using value_type = T;
  struct state_type {
    mass<T> estimated_max{};
    [[nodiscard]] friend constexpr bool operator==(const state_type&,
                                                   const state_type&) noexcept = default;
  };

  std::string_view exercise{};
  int sets = 3;
  int reps = 5;
  T target_rpe = T{8};
  mass<T> start_one_rep_max{};
  T smoothing = T{1};
  duration<T> rest = minutes(T{3});
  std::optional<exercise::tempo> tempo;
  bool per_side = false;
  /// With equipment set, the prescribed load is the chart's load rounded down to one the
  /// equipment makes (the chart's value stays in `requested_load`); the state is the
  /// e1RM, which is not a load on the bar.
  equipment_loads<T> equipment{};

  constexpr void validate() const {
    physique::detail::require(sets >= 1 && sets <= max_prescribed_sets, "sets",
                              static_cast<double>(sets), "", "must be within 1-16");
    physique::detail::require(reps >= 1 && reps <= 12, "reps", static_cast<double>(reps), "",
                              "must be within 1-12 (the RPE chart)");
    physique::detail::require_within("target_rpe", target_rpe, T{6}, T{10}, "",
                                     "must be within 6-10 (the RPE chart)");
    physique::detail::require_positive("start_one_rep_max", start_one_rep_max);
    physique::detail::require(is_finite(smoothing) && smoothing > T{0} && smoothing <= T{1},
                              "smoothing", smoothing, "", "must be within (0, 1]");
    physique::detail::require_non_negative("rest", rest);
  }

  [[nodiscard]] constexpr state_type initial_state() const {
    validate();
    return state_type{start_one_rep_max};
  }

  [[nodiscard]] constexpr prescription<T> prescribe(const state_type& s) const {
    const T f = *rts_rpe_chart{}.fraction(reps, target_rpe);  // in the chart by validate()
    const mass<T> chart_load = s.estimated_max * f;
    set_prescription<T> set =
        set_prescription<T>::reps_set(reps, reps, equipment.round_down(chart_load));
    set.requested_load = chart_load;
    set.rpe = target_rpe;
    set.fraction_of_max = f;
    auto p = prescription<T>::uniform(exercise, sets, set);
    p.rest = rest;
    p.tempo = tempo;
    p.per_side = per_side;
    return p;
  }

  [[nodiscard]] constexpr transition<state_type> advance(
      const state_type& s, std::span<const set_outcome<T>> done) const {
    detail::require_outcome(done);
    for (std::size_t i = done.size(); i-- > 0;) {
      const set_outcome<T>& o = done[i];
      if (!o.rpe || o.achieved_reps < 1 || !(o.load > mass<T>{})) continue;
      const std::optional<mass<T>> e = one_rep_max_at_rpe(o.load, o.achieved_reps, *o.rpe);
      if (!e) continue;
      return {state_type{s.estimated_max + (*e - s.estimated_max) * smoothing},
              progression_event::load_adjusted};
    }
    return {s, progression_event::no_data};
  }
};

}  // namespace physique::training
