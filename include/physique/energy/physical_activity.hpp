// SPDX-License-Identifier: MIT
// Physical activity and total expenditure: FAO/WHO/UNU (2004) physical activity level (PAL)
// categories, the consumer activity-multiplier scale, the thermic effect of food, and total
// daily energy expenditure. Sources: FAO/WHO/UNU Human energy requirements (2004), Table 5.3;
// McArdle, Katch & Katch (multipliers, as commonly attributed); Westerterp KR, Nutr Metab
// 2004;1:5 (thermic effect of food).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>

#include <physique/core/citation.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
#include <physique/detail/contiguous.hpp>
#include <physique/detail/require.hpp>

namespace physique::energy {

/// FAO/WHO/UNU 2004, the report the PAL categories come from.
inline constexpr citation fao_who_unu_2004{
    "FAO/WHO/UNU Expert Consultation",
    2004,
    "Human energy requirements",
    "FAO Food and Nutrition Technical Report Series 1, Rome (ISBN 92-5-105212-3)",
    "",
    "chapter 5, Table 5.3"};

/// The lifestyle categories of FAO/WHO/UNU 2004 (Table 5.3), by physical activity level
/// PAL = total energy expenditure / basal metabolic rate over 24 h.
enum class pal_category : unsigned char {
  sedentary_or_light,             ///< PAL 1.40-1.69
  active_or_moderately_active,    ///< PAL 1.70-1.99
  vigorous_or_vigorously_active,  ///< PAL 2.00-2.40
};

/// The PAL range of a category as printed in Table 5.3: [1.40, 1.69], [1.70, 1.99],
/// [2.00, 2.40].
[[nodiscard]] constexpr interval pal_range(pal_category c) noexcept {
  switch (c) {
    case pal_category::sedentary_or_light:
      return interval{1.40, 1.69};
    case pal_category::active_or_moderately_active:
      return interval{1.70, 1.99};
    case pal_category::vigorous_or_vigorously_active:
      return interval{2.00, 2.40};
  }
  return interval{};
}

/// Display name of a category, as in Table 5.3.
[[nodiscard]] constexpr const char* to_string(pal_category c) noexcept {
  switch (c) {
    case pal_category::sedentary_or_light:
      return "sedentary or light activity lifestyle";
    case pal_category::active_or_moderately_active:
      return "active or moderately active lifestyle";
    case pal_category::vigorous_or_vigorously_active:
      return "vigorous or vigorously active lifestyle";
  }
  return "";
}

/// The category of a PAL value, or `std::nullopt` below 1.40 or above 2.40 (outside the
/// range FAO/WHO/UNU consider compatible with a sustainable, healthy lifestyle). The
/// printed ranges stop at 1.69 and 1.99; values in the gaps (1.695) go to the lower
/// category, so the categories are [1.40, 1.70), [1.70, 2.00), [2.00, 2.40].
template <real T>
[[nodiscard]] constexpr std::optional<pal_category> classify_pal(T pal) noexcept {
  if (!(pal >= static_cast<T>(1.40)) || pal > static_cast<T>(2.40)) return std::nullopt;
  if (pal < static_cast<T>(1.70)) return pal_category::sedentary_or_light;
  if (pal < static_cast<T>(2.00)) return pal_category::active_or_moderately_active;
  return pal_category::vigorous_or_vigorously_active;
}

/// The domain of sustainable PALs (FAO/WHO/UNU 2004: 1.40-2.40).
inline constexpr validity_domain fao_pal_domain{
    "free-living adults with sustainable lifestyles (FAO/WHO/UNU 2004, Table 5.3)",
    sex_set::both(),
    {bound{"pal", "", interval{1.40, 2.40}}}};

/// Reports a PAL outside 1.40-2.40. Never throws.
template <real T>
[[nodiscard]] constexpr validity_report pal_validity(T pal) noexcept {
  const input_value inputs[] = {{"pal", static_cast<double>(pal)}};
  return fao_pal_domain.check(inputs);
}

/// One activity of a factorial day: how long, and its physical activity ratio (PAR: the
/// energy cost per unit time as a multiple of BMR; sleeping 1.0, office work 1.5, walking
/// at varying paces without a load 3.2, per FAO/WHO/UNU 2004, Table 5.1).
template <real T = double>
struct activity_period {
  duration<T> time{};  ///< time spent, e.g. `hours(8.0)`
  T ratio{};           ///< PAR, a multiple of BMR
};

/// The factorial PAL of a day: the time-weighted mean of the activity ratios,
///
///     PAL = sum(time_i x PAR_i) / 24 h
///
/// FAO/WHO/UNU 2004, section 5.2 and Table 5.1 (e.g. their sedentary example: 8 h sleep x
/// 1.0, 8 h office work x 1.5, ... sums to 36.7 / 24 = 1.53).
///
/// - Throws: `invalid_argument` when a time is negative or not finite ("time"), a ratio
///   is not positive and finite ("ratio"), or the times do not add up to 24 h within one
///   minute ("total_time", in hours): a PAL is a 24-hour mean, so a partial or overfull
///   day is not silently divided by 24.
template <real T>
[[nodiscard]] constexpr T factorial_pal(std::span<const activity_period<T>> day) {
  T total_hours{};
  T weighted{};
  for (const activity_period<T>& a : day) {
    physique::detail::require_non_negative("time", a.time.in(hours), "h");
    physique::detail::require_positive("ratio", a.ratio);
    total_hours += a.time.in(hours);
    weighted += a.time.in(hours)*a.ratio;
  }
  physique::detail::require(is_finite(total_hours) &&
                                total_hours >= static_cast<T>(24.0 - 1.0 / 60.0) &&
                                total_hours <= static_cast<T>(24.0 + 1.0 / 60.0),
                            "total_time", total_hours, "h", "must add up to 24 h");
  return weighted / total_hours;
}

/// As above, for any contiguous range: a `std::array`, a `std::vector`, a C array...
template <physique::detail::contiguous_input Day>
[[nodiscard]] constexpr auto factorial_pal(const Day& day) {
  return factorial_pal(physique::detail::input_span(day));
}

/// The consumer activity-multiplier scale (a different scale from FAO's PAL).
enum class activity_level : unsigned char {
  sedentary,          ///< little or no exercise: 1.2
  lightly_active,     ///< light exercise 1-3 days/week: 1.375
  moderately_active,  ///< moderate exercise 3-5 days/week: 1.55
  very_active,        ///< hard exercise 6-7 days/week: 1.725
  extra_active,       ///< very hard exercise or a physical job: 1.9
};

/// Where the multiplier scale comes from. It is ubiquitous in calculators and usually
/// credited to the McArdle, Katch & Katch textbooks; no primary derivation is known.
inline constexpr citation activity_multiplier_source{
    "McArdle WD, Katch FI, Katch VL",
    1996,
    "Exercise Physiology: Energy, Nutrition, and Human Performance, 4th ed.",
    "Williams & Wilkins, Baltimore",
    "",
    "as commonly attributed; the scale has no published derivation"};

/// The multiplier of an activity level: 1.2, 1.375, 1.55, 1.725, 1.9. Note that 1.2 is
/// below FAO's lowest sustainable PAL (1.40): the scales must not be mixed.
template <real T = double>
[[nodiscard]] constexpr T activity_multiplier(activity_level level) noexcept {
  switch (level) {
    case activity_level::sedentary:
      return static_cast<T>(1.2);
    case activity_level::lightly_active:
      return static_cast<T>(1.375);
    case activity_level::moderately_active:
      return static_cast<T>(1.55);
    case activity_level::very_active:
      return static_cast<T>(1.725);
    case activity_level::extra_active:
      return static_cast<T>(1.9);
  }
  return static_cast<T>(1.2);
}

/// Total daily energy expenditure as resting (or basal) expenditure times a PAL or an
/// activity multiplier. The product already contains the thermic effect of food: do not
/// add `thermic_effect_of_food` to it.
///
/// - Parameters: `resting` (kcal/day or any energy-rate unit), `factor` (PAL or activity
///   multiplier, dimensionless).
/// - Throws: `invalid_argument` when `resting` is not positive and finite ("resting") or
///   the factor lies outside 1.0-5.0 ("factor"; a 24-h expenditure below basal, or above
///   the highest values measured in endurance athletes, cannot be a daily average).
/// - Source: FAO/WHO/UNU 2004, chapter 5 (TEE = BMR x PAL).
template <real T>
[[nodiscard]] constexpr energy_rate<T> total_energy_expenditure(const energy_rate<T>& resting,
                                                                T factor) {
  physique::detail::require_energy_intake("resting", resting);
  physique::detail::require_plausible("factor", factor, bounds::physical_activity_level);
  return resting * factor;
}

/// As above with a factor of another number type (`total_energy_expenditure(rate, 1.55f)`,
/// `(rate, 2)`): both are promoted as `<cmath>` promotes (`promoted_t`), so the result is
/// never narrowed.
template <real T, arithmetic F>
requires(!std::same_as<T, F>)
    [[nodiscard]] constexpr auto total_energy_expenditure(const energy_rate<T>& resting, F factor) {
  using R = promoted_t<T, F>;
  return total_energy_expenditure(quantity_cast<R>(resting), static_cast<R>(factor));
}

/// Total daily energy expenditure with a consumer activity level (resting x multiplier).
template <real T>
[[nodiscard]] constexpr energy_rate<T> total_energy_expenditure(const energy_rate<T>& resting,
                                                                activity_level level) {
  return total_energy_expenditure(resting, activity_multiplier<T>(level));
}

/// The usual thermic-effect share of a mixed diet: 10 % of intake (Westerterp 2004).
inline constexpr double default_thermic_effect_fraction = 0.10;

/// Source of the 10 % figure.
inline constexpr citation thermic_effect_source{
    "Westerterp KR",         2004,      "Diet induced thermogenesis", "Nutr Metab (Lond) 1:5",
    "10.1186/1743-7075-1-5", "Abstract"};

/// Thermic effect of food: `fraction` x intake (default 10 % for a mixed diet; protein's
/// own effect is higher, roughly 20-30 % of its energy).
///
/// - Throws: `invalid_argument` when `intake` is negative or not finite ("intake") or
///   `fraction` is outside [0, 1) ("fraction").
/// - Source: Westerterp 2004.
template <real T>
[[nodiscard]] constexpr energy_rate<T> thermic_effect_of_food(
    const energy_rate<T>& intake, T fraction = static_cast<T>(default_thermic_effect_fraction)) {
  physique::detail::require_non_negative("intake", intake);
  physique::detail::require(is_finite(fraction) && fraction >= T{0} && fraction < T{1}, "fraction",
                            fraction, "", "must be within [0, 1)");
  return intake * fraction;
}

/// As above with a fraction of another number type (`thermic_effect_of_food(intake, 0.1f)`),
/// promoted as `<cmath>` promotes (`promoted_t`).
template <real T, arithmetic F>
requires(!std::same_as<T, F>)
    [[nodiscard]] constexpr auto thermic_effect_of_food(const energy_rate<T>& intake, F fraction) {
  using R = promoted_t<T, F>;
  return thermic_effect_of_food(quantity_cast<R>(intake), static_cast<R>(fraction));
}

/// Factorial total expenditure: resting + activity + thermic effect of `intake`. Use
/// this when activity energy is known separately (a tracker, a log); use
/// `total_energy_expenditure(resting, pal)` otherwise, never both.
///
/// - Throws: as `thermic_effect_of_food`; `resting` must be positive and `activity`
///   zero or more.
template <real T>
[[nodiscard]] constexpr energy_rate<T> total_energy_expenditure_factorial(
    const energy_rate<T>& resting, const energy_rate<T>& activity, const energy_rate<T>& intake,
    T tef_fraction = static_cast<T>(default_thermic_effect_fraction)) {
  physique::detail::require_positive("resting", resting);
  physique::detail::require_non_negative("activity", activity);
  return resting + activity + thermic_effect_of_food(intake, tef_fraction);
}

}  // namespace physique::energy
