// SPDX-License-Identifier: MIT
// Inputs over time for the Hall 2011 dynamic model: one day's intake, carbohydrate share,
// sodium change and activity level, and schedules (constant, daily table, piecewise steps,
// any callable). Source for the inputs: Hall et al., Lancet 2011;378:826-37, web appendix.
#pragma once

#include <cstddef>
#include <span>
#include <utility>

#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>

namespace physique::energy {

/// The highest intake a day may hold: 25 000 kcal/d, about three times the highest
/// sustained expenditure measured with doubly labelled water (Tour de France riders, about
/// 8 600 kcal/d; Westerterp KR et al., Int J Sports Med 1986;7 Suppl 1:2-5). Anything above
/// is a typing error, not a diet.
inline constexpr double hall_max_intake_kcal_per_day = 25000.0;

/// Everything the model needs to know about one day of a plan. Intake is constant within
/// the day.
///
/// - `intake`: total energy intake that day (kcal/d), finite, within 0-25 000 kcal/d.
/// - `carbohydrate_share`: fraction of the intake eaten as carbohydrate, in [0, 1]; moves
///   glycogen and extracellular fluid (water).
/// - `sodium_change`: dietary sodium relative to the baseline diet (`grams_per_day(-1.0)`
///   for one gram less a day); moves extracellular fluid.
/// - `physical_activity_level`: PAL in force that day (total / resting expenditure at
///   baseline), in [1, 5]. A change from the baseline PAL changes the activity parameter
///   delta = ((1 - beta_TEF) PAL - 1) RMR0 / BW0 (web appendix eq. 8 and eq. 17).
///
/// A day cannot be built from an intake alone: the carbohydrate share and the PAL belong to
/// the person (`hall_model::day(intake)` fills them in from the baseline).
template <real T = double>
struct hall_day {
  energy_rate<T> intake;
  T carbohydrate_share;
  mass_rate<T> sodium_change;
  T physical_activity_level;

  constexpr hall_day(energy_rate<T> intake_rate, T carbohydrate, mass_rate<T> sodium,
                     T activity_level) noexcept
      : intake(intake_rate),
        carbohydrate_share(carbohydrate),
        sodium_change(sodium),
        physical_activity_level(activity_level) {}

  friend constexpr bool operator==(const hall_day&, const hall_day&) = default;
};

/// A value that holds from `day` on (until the next step). Days count from 0, the first day
/// of a plan.
template <class V>
struct from_day {
  int day = 0;
  V value{};
};

/// The value in force on `day`: `initial` before the first step, then the value of the
/// last step whose day is <= `day`. Steps must be sorted by day.
template <class V>
[[nodiscard]] constexpr V value_on_day(const V& initial, std::span<const from_day<V>> steps,
                                       int day) noexcept {
  V v = initial;
  for (const from_day<V>& s : steps) {
    if (s.day > day) break;
    v = s.value;
  }
  return v;
}

/// The same intake every day. A day source for `hall_model::simulate`.
template <real T = double>
struct constant_intake {
  energy_rate<T> intake{};
  [[nodiscard]] constexpr energy_rate<T> operator()(int /*day*/) const noexcept { return intake; }
};

/// A daily table: day d eats `table[d]`. Asking for a day outside the table throws
/// `invalid_argument` (parameter "day"): the table must cover the simulated days.
template <real T = double>
struct intake_table {
  std::span<const energy_rate<T>> table;
  [[nodiscard]] constexpr energy_rate<T> operator()(int day) const {
    physique::detail::require(day >= 0 && static_cast<std::size_t>(day) < table.size(), "day",
                              static_cast<double>(day), "d", "must be covered by the intake table");
    return table[static_cast<std::size_t>(day)];
  }
};

/// Piecewise-constant intake: `initial` until the first step, then each step's intake from
/// its day on. Steps must be sorted by day (checked when called: unsorted steps throw).
template <real T = double>
struct intake_steps {
  energy_rate<T> initial{};
  std::span<const from_day<energy_rate<T>>> steps;
  [[nodiscard]] constexpr energy_rate<T> operator()(int day) const {
    for (std::size_t i = 1; i < steps.size(); ++i) {
      physique::detail::require(steps[i - 1].day <= steps[i].day, "steps.day",
                                static_cast<double>(steps[i].day), "d", "must be sorted by day");
    }
    return value_on_day(initial, steps, day);
  }
};

/// A complete plan: an intake source (anything callable as `intake(int day) ->
/// energy_rate<T>`: `constant_intake`, `intake_table`, `intake_steps` or a lambda), the
/// person's baseline carbohydrate share and PAL, and optional step changes of carbohydrate
/// share, sodium and activity. Without steps those stay at the baseline. Build it with
/// `model.plan(intake)`, which takes the baseline from the model; the constructor needs
/// both baseline values, so none is assumed.
template <real T, class Intake>
struct hall_plan {
  Intake intake;
  T baseline_carbohydrate_share;
  T baseline_physical_activity_level;
  std::span<const from_day<T>> carbohydrate_share_steps{};
  std::span<const from_day<mass_rate<T>>> sodium_change_steps{};
  std::span<const from_day<T>> physical_activity_level_steps{};

  constexpr hall_plan(Intake source, T carbohydrate_share, T physical_activity_level)
      : intake(std::move(source)),
        baseline_carbohydrate_share(carbohydrate_share),
        baseline_physical_activity_level(physical_activity_level) {}

  /// The resolved day `day`.
  [[nodiscard]] constexpr hall_day<T> operator()(int day) const {
    return hall_day<T>{
        energy_rate<T>(intake(day)),
        value_on_day(baseline_carbohydrate_share, carbohydrate_share_steps, day),
        value_on_day(mass_rate<T>{}, sodium_change_steps, day),
        value_on_day(baseline_physical_activity_level, physical_activity_level_steps, day)};
  }
};

}  // namespace physique::energy
