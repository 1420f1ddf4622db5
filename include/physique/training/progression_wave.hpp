// SPDX-License-Identifier: MIT
// Percentage waves: Wendler's 5/3/1 (training max = 90 % of 1RM; three loading weeks and a
// deload week; the training max rises each cycle by 5 lb / 2.5 kg for upper-body lifts and
// 10 lb / 5 kg for lower-body lifts). Source: Wendler J. 5/3/1: The Simplest and Most
// Effective Training System for Raw Strength. Jim Wendler LLC, 2009 (percentages as in the
// training_math reference, section 4.5; "option 2" from the same book's alternative table).
#pragma once

#include <array>
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

/// Upper- or lower-body lift, for the size of the 5/3/1 cycle increment.
enum class lift_region : unsigned char { upper, lower };

/// Which percentage table of the 5/3/1 book to use.
enum class wendler_table : unsigned char {
  original,  ///< 65/75/85, 70/80/90, 75/85/95, deload 40/50/60 (% of training max)
  option_2,  ///< 75/80/85, 80/85/90, 75/85/95, deload 60/65/70
};

/// Wendler 5/3/1 for one lift.
///
/// Training max (TM) = `training_max_fraction` (0.9) x `one_rep_max`. Each cycle has four
/// weeks of three sets at a percentage of the TM:
///
/// | week | original table     | reps       |
/// |------|--------------------|------------|
/// | 1    | 65 / 75 / 85 %     | 5 / 5 / 5+ |
/// | 2    | 70 / 80 / 90 %     | 3 / 3 / 3+ |
/// | 3    | 75 / 85 / 95 %     | 5 / 3 / 1+ |
/// | 4    | 40 / 50 / 60 %     | 5 / 5 / 5 (deload) |
///
/// "+" is an AMRAP set. After week 4 the TM rises by `cycle_increment`
/// (`standard_increment(region, unit)`: 2.5 kg / 5 lb upper, 5 kg / 10 lb lower). Stall rule
/// (the usual 5/3/1 advice when the prescribed reps of the last set are missed): if any loading
/// week's last set fell short of its target, the cycle ends with TM x (1 - `reset_fraction`)
/// (10 %) instead of the increment (`reset`). With `reset_on_miss == false` the TM always
/// rises.
///
/// Throws `invalid_argument` (from `initial_state()`) naming `one_rep_max` (not positive),
/// `training_max_fraction` (outside (0, 1]), `cycle_increment` (negative) or `reset_fraction`
/// (outside (0, 1)).
template <real T = double>
struct wendler_531 {
  using value_type = T;
  struct state_type {
    mass<T> training_max{};
    int week = 0;   ///< 0-3 (3 = deload week)
    int cycle = 0;  ///< completed cycles
    bool missed = false;
    [[nodiscard]] friend constexpr bool operator==(const state_type&,
                                                   const state_type&) noexcept = default;
  };

  std::string_view exercise{};
  mass<T> one_rep_max{};
  T training_max_fraction = static_cast<T>(0.9);
  mass<T> cycle_increment = kilograms(static_cast<T>(2.5));
  wendler_table table = wendler_table::original;
  bool reset_on_miss = true;
  T reset_fraction = static_cast<T>(0.1);
  duration<T> rest = minutes(T{3});
  std::optional<exercise::tempo> tempo;
  /// With equipment set, each set's load is the TM percentage rounded down to a load the
  /// equipment makes (the exact percentage stays in `requested_load`). The state is the
  /// training max, a number the loads are computed from, not a load on the bar.
  equipment_loads<T> equipment{};

  /// The published percentages (of the TM) by table, week (0-3) and set (0-2).
  static constexpr std::array<std::array<std::array<int, 3>, 4>, 2> percentages{{
      {{{65, 75, 85}, {70, 80, 90}, {75, 85, 95}, {40, 50, 60}}},
      {{{75, 80, 85}, {80, 85, 90}, {75, 85, 95}, {60, 65, 70}}},
  }};
  /// Reps by week and set; the third set of weeks 1-3 is "+" (AMRAP).
  static constexpr std::array<std::array<int, 3>, 4> reps{
      {{5, 5, 5}, {3, 3, 3}, {5, 3, 1}, {5, 5, 5}}};

  /// The book's cycle increment: upper 5 lb / 2.5 kg, lower 10 lb / 5 kg (`in_pounds` picks
  /// the pound values).
  [[nodiscard]] static constexpr mass<T> standard_increment(lift_region region,
                                                            bool in_pounds = false) noexcept {
    if (in_pounds) return pounds(region == lift_region::upper ? T{5} : T{10});
    return kilograms(region == lift_region::upper ? static_cast<T>(2.5) : T{5});
  }

  constexpr void validate() const {
    physique::detail::require_positive("one_rep_max", one_rep_max);
    physique::detail::require(is_finite(training_max_fraction) && training_max_fraction > T{0} &&
                                  training_max_fraction <= T{1},
                              "training_max_fraction", training_max_fraction, "",
                              "must be within (0, 1]");
    physique::detail::require_non_negative("cycle_increment", cycle_increment);
    detail::require_fraction_open("reset_fraction", reset_fraction);
    physique::detail::require_non_negative("rest", rest);
  }

  [[nodiscard]] constexpr state_type initial_state() const {
    validate();
    return state_type{one_rep_max * training_max_fraction, 0, 0, false};
  }

  /// Fraction of the TM for week `week` (0-3) and set `set` (0-2).
  [[nodiscard]] constexpr T fraction(int week, int set) const noexcept {
    const auto& t = percentages[table == wendler_table::original ? 0U : 1U];
    return static_cast<T>(t[static_cast<std::size_t>(week)][static_cast<std::size_t>(set)]) /
           T{100};
  }

  [[nodiscard]] constexpr prescription<T> prescribe(const state_type& s) const {
    prescription<T> p;
    p.exercise = exercise;
    p.rest = rest;
    p.tempo = tempo;
    p.deload = s.week == 3;
    for (int i = 0; i < 3; ++i) {
      set_prescription<T> set;
      set.reps = reps[static_cast<std::size_t>(s.week)][static_cast<std::size_t>(i)];
      set.reps_max = set.reps;
      set.fraction_of_max = fraction(s.week, i);
      set.requested_load = s.training_max * *set.fraction_of_max;
      set.load = equipment.round_down(set.requested_load);
      set.amrap = i == 2 && s.week != 3;
      p.add_set(set);
    }
    return p;
  }

  /// Weeks 1-3: records a miss if the last set fell short of its target (`week_advanced`, or
  /// `no_data` for an empty outcome, which does not advance). Week 4 (deload): ends the cycle
  /// whatever was logged (`cycle_completed` or `reset`).
  [[nodiscard]] constexpr transition<state_type> advance(
      const state_type& s, std::span<const set_outcome<T>> done) const {
    detail::require_outcome(done);
    if (s.week < 3) {
      if (done.empty()) return {s, progression_event::no_data};
      const int target = reps[static_cast<std::size_t>(s.week)][2];
      const bool miss = done.back().achieved_reps < target;
      return {state_type{s.training_max, s.week + 1, s.cycle, s.missed || miss},
              progression_event::week_advanced};
    }
    if (s.missed && reset_on_miss) {
      return {state_type{s.training_max * (T{1} - reset_fraction), 0, s.cycle + 1, false},
              progression_event::reset};
    }
    return {state_type{s.training_max + cycle_increment, 0, s.cycle + 1, false},
            progression_event::cycle_completed};
  }
};

}  // namespace physique::training
