// SPDX-License-Identifier: MIT
// Volume progression across a mesocycle: weekly sets rise from the minimum effective volume
// (MEV) by a fixed step toward the maximum recoverable volume (MRV), reps in reserve fall
// week by week, then a deload week; wraps any load rule. Renaissance Periodization
// (Israetel 2017, "Training Volume Landmarks for Muscle Growth"), training_math reference
// sections 4.3 and 4.5.
#pragma once

#include <optional>
#include <span>

#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/training/prescription.hpp>
#include <physique/training/progression.hpp>
#include <physique/training/volume_landmarks.hpp>

namespace physique::training {

/// A mesocycle volume ramp around a load rule `Inner` (which keeps deciding the load and
/// reps; the ramp decides how many sets).
///
/// Weekly sets for this exercise in accumulation week w (0-based, w < `accumulation_weeks`):
/// min(`mev_sets` + w x `sets_added_per_week`, `mrv_sets`); they are spread over
/// `sessions_per_week` sessions (earlier sessions take the remainder). When `start_rir` is
/// set, every set gets the target RPE 10 - max(0, start_rir - w) (RIR 3 -> 2 -> 1 -> 0).
/// After the accumulation weeks comes one deload week: MEV x `deload.set_fraction` sets
/// (rounded up; half of MEV by default) at the inner rule's load x `deload.load_fraction`
/// (70 %, rounded down to the inner rule's `equipment` when it has one), RPE targets
/// lowered; deload sessions do not advance the inner rule. Then a new mesocycle
/// starts at MEV.
///
/// When several exercises train one muscle, give each its share of the muscle's landmarks
/// (e.g. rows 5-12 and pull-ups 5-13 for back landmarks 10-25).
///
/// Throws `invalid_argument` (from `initial_state()`) naming `mev_sets` (< 1), `mrv_sets`
/// (< mev_sets or more than 16 per session), `sets_added_per_week` (< 0),
/// `accumulation_weeks` (< 1), `sessions_per_week` (outside 1-7) or `start_rir` (outside
/// 0-5), plus whatever the inner rule's own checks throw.
template <progression_rule Inner>
struct volume_ramp {
  using value_type = typename Inner::value_type;
  using inner_rule = Inner;
  struct state_type {
    typename Inner::state_type inner{};
    int week = 0;     ///< 0-based week of the mesocycle; == accumulation_weeks: deload
    int session = 0;  ///< session within the week
    int mesocycle = 0;
    [[nodiscard]] friend constexpr bool operator==(const state_type&,
                                                   const state_type&) noexcept = default;
  };

  Inner inner{};
  int mev_sets = 10;
  int mrv_sets = 20;
  int sets_added_per_week = 2;
  int accumulation_weeks = 4;
  int sessions_per_week = 2;
  std::optional<int> start_rir = 3;
  deload_settings<value_type> deload{};

  constexpr void validate() const {
    physique::detail::require(mev_sets >= 1, "mev_sets", static_cast<double>(mev_sets), "",
                              "must be at least 1");
    physique::detail::require(sessions_per_week >= 1 && sessions_per_week <= 7, "sessions_per_week",
                              static_cast<double>(sessions_per_week), "", "must be within 1-7");
    physique::detail::require(
        mrv_sets >= mev_sets && mrv_sets <= max_prescribed_sets * sessions_per_week, "mrv_sets",
        static_cast<double>(mrv_sets), "", "must be at least mev_sets and at most 16 per session");
    physique::detail::require(sets_added_per_week >= 0, "sets_added_per_week",
                              static_cast<double>(sets_added_per_week), "", "must be zero or more");
    physique::detail::require(accumulation_weeks >= 1, "accumulation_weeks",
                              static_cast<double>(accumulation_weeks), "", "must be at least 1");
    if (start_rir) {
      physique::detail::require(*start_rir >= 0 && *start_rir <= 5, "start_rir",
                                static_cast<double>(*start_rir), "", "must be within 0-5");
    }
  }

  [[nodiscard]] constexpr state_type initial_state() const {
    validate();
    return state_type{inner.initial_state(), 0, 0, 0};
  }

  [[nodiscard]] constexpr bool is_deload_week(int week) const noexcept {
    return week >= accumulation_weeks;
  }

  /// Planned weekly sets in week `week` of the mesocycle (the deload week: the week-0 sets
  /// times the deload set fraction, rounded up).
  [[nodiscard]] constexpr int weekly_sets(int week) const noexcept {
    if (is_deload_week(week)) {
      const value_type kept = static_cast<value_type>(mev_sets) * deload.set_fraction;
      int n = static_cast<int>(kept);
      if (static_cast<value_type>(n) < kept) ++n;
      return n < 1 ? 1 : n;
    }
    const int planned = mev_sets + week * sets_added_per_week;
    return planned < mrv_sets ? planned : mrv_sets;
  }

  /// Sets of session `session` (0-based) of a week with `weekly` sets.
  [[nodiscard]] constexpr int session_sets(int weekly, int session) const noexcept {
    const int base = weekly / sessions_per_week;
    return base + (session < weekly % sessions_per_week ? 1 : 0);
  }

  [[nodiscard]] constexpr prescription<value_type> prescribe(const state_type& s) const {
    using T = value_type;
    prescription<T> p = inner.prescribe(s.inner);
    if (is_deload_week(s.week)) {
      deload_settings<T> lighter = deload;
      lighter.set_fraction = T{1};  // the set count comes from weekly_sets
      p = deload_of(p, lighter);
      p.resize(session_sets(weekly_sets(s.week), s.session));
      // A lighter load the inner rule's equipment can make (rounded down from the fraction).
      if constexpr (requires { inner.equipment.round_down(mass<T>{}); }) {
        for (auto& set : p.sets())
          set.load = inner.equipment.round_down(set.load);
      }
      return p;
    }
    const int n = session_sets(weekly_sets(s.week), s.session);
    if (n == 0) {
      p.resize(0);
      return p;
    }
    p.resize(n);
    if (start_rir) {
      const int rir = *start_rir - s.week > 0 ? *start_rir - s.week : 0;
      for (auto& set : p.sets())
        set.rpe = T{10} - static_cast<T>(rir);
    }
    return p;
  }

  /// Deload sessions leave the inner state alone (`deloaded`); otherwise the inner rule's
  /// transition, except that the first session of a week with more sets than the week before
  /// reports `volume_increased` when the inner rule merely `repeated`.
  [[nodiscard]] constexpr transition<state_type> advance(
      const state_type& s, std::span<const set_outcome<value_type>> done) const {
    state_type next = s;
    progression_event event = progression_event::deloaded;
    if (!is_deload_week(s.week)) {
      const auto t = inner.advance(s.inner, done);
      next.inner = t.state;
      event = t.event;
    }
    if (++next.session == sessions_per_week) {
      next.session = 0;
      if (is_deload_week(next.week)) {
        next.week = 0;
        ++next.mesocycle;
      } else {
        ++next.week;
        if (event == progression_event::repeated && !is_deload_week(next.week) &&
            weekly_sets(next.week) > weekly_sets(s.week)) {
          event = progression_event::volume_increased;
        }
      }
    }
    return {next, event};
  }
};

/// Sets the ramp's weekly set range from a muscle group's landmarks and this exercise's
/// `share` of them (0-1; e.g. 0.5 when two exercises split a group's work): `mev_sets` =
/// ceil(MEV x share), at least 1; `mrv_sets` = floor(MRV x share), at least `mev_sets`.
/// Example: back MEV 10, MRV 25 (`default_volume_landmarks`), share 0.5 -> 5 to 12 sets.
/// Throws `invalid_argument` naming `share` outside (0, 1], or a landmark (`validate`).
template <progression_rule Inner, real T>
constexpr void set_landmarks(volume_ramp<Inner>& ramp, const volume_landmarks<T>& landmarks,
                             T share) {
  validate(landmarks);
  physique::detail::require(is_finite(share) && share > T{0} && share <= T{1}, "share", share, "",
                            "must be within (0, 1]");
  const T low = landmarks.minimum_effective * share;
  int mev = static_cast<int>(low);
  if (static_cast<T>(mev) < low) ++mev;
  if (mev < 1) mev = 1;
  int mrv = static_cast<int>(landmarks.maximum_recoverable * share);
  if (mrv < mev) mrv = mev;
  ramp.mev_sets = mev;
  ramp.mrv_sets = mrv;
}

}  // namespace physique::training
