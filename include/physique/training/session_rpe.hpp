// SPDX-License-Identifier: MIT
// Foster's session-RPE training load and the weekly monotony and strain built on it.
// Sources: Foster C, Med Sci Sports Exerc 1998;30(7):1164-1168; Foster C et al., J Strength
// Cond Res 2001;15(1):109-115.
#pragma once

#include <cmath>
#include <limits>
#include <span>

#include <physique/core/citation.hpp>
#include <physique/core/units.hpp>
#include <physique/detail/contiguous.hpp>
#include <physique/detail/require.hpp>

namespace physique::training {

/// Source of session RPE, monotony and strain.
inline constexpr citation session_rpe_citation{
    "Foster C, Florhaug JA, Franklin J, Gottschall L, Hrovatin LA, Parker S, Doleshal P, "
    "Dodge C",
    2001,
    "A new approach to monitoring exercise training",
    "J Strength Cond Res 15(1):109-115",
    "",
    "monotony and strain: Foster C, Med Sci Sports Exerc 1998;30(7):1164-1168"};

/// Session load in arbitrary units: session RPE (CR-10, 0-10) x duration in minutes.
/// Example: 60 min @ 7 = 420 AU. Throws `invalid_argument` naming `session_rpe` if it is NaN
/// or outside 0-10, or `duration` outside 0-1440 min.
template <real T>
[[nodiscard]] constexpr T session_rpe_load(T session_rpe, const duration<T>& session_duration) {
  physique::detail::require_within("session_rpe", session_rpe, T{0}, T{10}, "",
                                   "must be within 0-10 (CR-10 scale)");
  physique::detail::require_plausible("duration", session_duration.in(minutes),
                                      bounds::session_minutes);
  return session_rpe * session_duration.in(minutes);
}

/// Which standard deviation monotony divides by. Foster's papers do not say and public
/// implementations differ; the library uses the population SD (divide by n: the seven days
/// are the whole week, not a sample of it) unless asked otherwise.
enum class deviation_kind : unsigned char {
  population,  ///< sqrt(sum (x - mean)^2 / n)
  sample,      ///< sqrt(sum (x - mean)^2 / (n - 1))
};

/// A week of session-RPE loads summarised.
template <real T = double>
struct weekly_load_summary {
  T weekly_load = T{0};         ///< sum of the daily loads (AU)
  T mean = T{0};                ///< mean daily load
  T standard_deviation = T{0};  ///< SD of the daily loads (see `deviation_kind`)
  T monotony = T{0};            ///< mean / SD; +infinity when every day has the same
                                ///< positive load, 0 for a week without training
  T strain = T{0};              ///< weekly load x monotony
};

/// Monotony and strain of one week: `daily_loads` holds the 7 daily loads (sum of the day's
/// sessions; rest days 0). Throws `invalid_argument` naming `daily_loads` unless there are
/// exactly 7 values, each within the bounds table's daily load (0-1e8).
/// Example (reference 5.4): 420, 0, 360, 0, 450, 270, 0 -> weekly 1500, population SD 192.7,
/// monotony 1.112, strain 1668 (sample SD 208.2, 1.029, 1544).
template <real T>
[[nodiscard]] weekly_load_summary<T> monotony_and_strain(
    std::span<const T> daily_loads, deviation_kind kind = deviation_kind::population) {
  physique::detail::require(daily_loads.size() == 7, "daily_loads",
                            static_cast<double>(daily_loads.size()), "values",
                            "must hold exactly 7 daily loads");
  weekly_load_summary<T> s;
  T largest = T{0};
  for (const T w : daily_loads) {
    physique::detail::require_plausible("daily_loads", w, bounds::daily_training_load);
    s.weekly_load += w;
    largest = w > largest ? w : largest;
  }
  const T n = T{7};
  s.mean = s.weekly_load / n;
  // Deviations are squared relative to the largest load, so that no square overflows in
  // float either.
  const T scale = largest > T{0} ? largest : T{1};
  T squares = T{0};
  for (const T w : daily_loads)
    squares += ((w - s.mean) / scale) * ((w - s.mean) / scale);
  s.standard_deviation =
      scale * std::sqrt(squares / (kind == deviation_kind::population ? n : n - T{1}));
  if (s.weekly_load == T{0}) {
    s.monotony = T{0};
  } else if (s.standard_deviation == T{0}) {
    s.monotony = std::numeric_limits<T>::infinity();
  } else {
    s.monotony = s.mean / s.standard_deviation;
  }
  s.strain = s.weekly_load * s.monotony;
  return s;
}

/// Foster's strain from a weekly load and a monotony already known (a log that kept weekly
/// totals, or a coach's summary), without the seven daily loads: strain = weekly load x
/// monotony. Example (Foster et al. 2001, Table 5): 3400 AU at monotony 1.26 -> 4284.
/// Throws `invalid_argument` naming `weekly_load` or `monotony` unless each is finite and
/// >= 0 (an infinite monotony, a week of identical positive days, has no finite strain).
template <real T>
[[nodiscard]] constexpr T strain(T weekly_load, T monotony) {
  physique::detail::require_non_negative("weekly_load", weekly_load);
  physique::detail::require_non_negative("monotony", monotony);
  return weekly_load * monotony;
}

/// As above, for any contiguous range: a `std::array`, a `std::vector`, a C array...
template <physique::detail::contiguous_input Loads>
[[nodiscard]] auto monotony_and_strain(const Loads& daily_loads,
                                       deviation_kind kind = deviation_kind::population) {
  return monotony_and_strain(physique::detail::input_span(daily_loads), kind);
}

}  // namespace physique::training
