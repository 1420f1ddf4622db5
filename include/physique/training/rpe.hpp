// SPDX-License-Identifier: MIT
// RPE and repetitions in reserve: the RIR-based RPE scale (Zourdos et al. 2016, Helms et al.
// 2016) and the Tuchscherer / Reactive Training Systems %1RM chart (Tuchscherer 2008), with
// e1RM from load x reps @ RPE and the load for a target reps @ RPE.
#pragma once

#include <array>
#include <optional>

#include <physique/core/equation.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
#include <physique/detail/require.hpp>

namespace physique::training {

/// Repetitions in reserve for a rating on the RIR-based RPE scale: RIR = 10 - RPE.
///
/// `rpe`: rating of perceived exertion, 1-10 (half steps allowed). Returns RIR (0-9).
/// Throws `invalid_argument` naming `rpe` if it is NaN or outside [1, 10].
/// Source: Zourdos MC et al. J Strength Cond Res 2016;30(1):267-275, Table 1: the one-to-one
/// mapping holds from RPE 7 up; RPE 5-6 stands for 4-6 RIR, so results below 7 are indicative.
template <real T>
[[nodiscard]] constexpr T reps_in_reserve(T rpe) {
  physique::detail::require_within("rpe", rpe, T{1}, T{10}, "", "must be within 1-10");
  return T{10} - rpe;
}

/// RPE on the RIR-based scale for a number of repetitions in reserve: RPE = 10 - RIR.
/// Throws `invalid_argument` naming `rir` if it is NaN or outside [0, 9].
template <real T>
[[nodiscard]] constexpr T rpe_from_reps_in_reserve(T rir) {
  physique::detail::require_within("rir", rir, T{0}, T{9}, "", "must be within 0-9");
  return T{10} - rir;
}

/// The Tuchscherer / Reactive Training Systems chart of %1RM by reps (1-12) and RPE (6-10 in
/// half steps).
///
/// The 108 cells of the chart are one curve of the "reps to failure" n = reps + (10 - RPE),
/// sampled at n = 1, 1.5, ..., 16; `curve` holds those 31 values (% of 1RM). RPE values
/// between half steps are interpolated linearly along n (exact at the published cells).
///
/// - `fraction(reps, rpe)`: fraction of 1RM (0-1) for `reps` @ `rpe`; `std::nullopt` outside
///   the chart (reps > 12 or RPE < 6), where the chart says nothing (no floor, no
///   extrapolation). Throws `invalid_argument` for reps < 1 or an RPE that is NaN or
///   outside 1-10.
/// - `validity(reps, rpe)`: reports reps outside 1-12 and RPE outside 6-10.
///
/// Source: Tuchscherer M. The Reactive Training Manual. Reactive Training Systems, 2008;
/// the values are those of the public RTS calculator copies (e.g. rpe-calculator,
/// src/lib/rpeCalc.ts).
struct rts_rpe_chart {
  static constexpr equation_info info{
      "rts_rpe_chart", "Tuchscherer / RTS RPE chart",
      citation{"Tuchscherer M", 2008, "The Reactive Training Manual", "Reactive Training Systems",
               "", "RPE chart (reps 1-12, RPE 6-10)"},
      validity_domain{"trained lifters rating sets on the RIR-based RPE scale",
                      sex_set::both(),
                      {{{"reps", "", interval{1.0, 12.0}}, {"rpe", "", interval{6.0, 10.0}}}}}};

  /// % of 1RM at n = 1, 1.5, 2, ... 16 repetitions to failure.
  static constexpr std::array<double, 31> curve{100.0, 97.8, 95.5, 93.9, 92.2, 90.7, 89.2, 87.8,
                                                86.3,  85.0, 83.7, 82.4, 81.1, 79.9, 78.6, 77.4,
                                                76.2,  75.1, 73.9, 72.3, 70.7, 69.4, 68.0, 66.7,
                                                65.3,  64.0, 62.6, 61.3, 59.9, 58.6, 57.2};

  template <real T>
  [[nodiscard]] constexpr std::optional<T> fraction(int reps, T rpe) const {
    physique::detail::require(reps >= 1, "reps", static_cast<double>(reps), "",
                              "must be at least 1");
    physique::detail::require_within("rpe", rpe, T{1}, T{10}, "", "must be within 1-10");
    if (reps > 12 || rpe < T{6}) return std::nullopt;
    // Position on the curve in half-rep steps: 2 (n - 1).
    const T position = T{2} * (static_cast<T>(reps) + T{10} - rpe - T{1});
    const int low = static_cast<int>(position);  // position >= 0 here
    const T above = position - static_cast<T>(low);
    const auto at = [](int i) { return static_cast<T>(curve[static_cast<std::size_t>(i)]); };
    if (above == T{0} || low >= 30) return at(low) / T{100};
    return (at(low) + above * (at(low + 1) - at(low))) / T{100};
  }

  template <real T>
  [[nodiscard]] constexpr validity_report validity(int reps, T rpe) const noexcept {
    const input_value in[] = {{"reps", static_cast<double>(reps)},
                              {"rpe", static_cast<double>(rpe)}};
    return info.domain.check(in);
  }
};

/// Estimated 1RM from a set of `load` x `reps` @ `rpe`: load / chart fraction.
/// Example (training_math reference): 100 kg x 5 @ 8 -> 100 / 0.811 = 123.3 kg.
/// Returns `std::nullopt` outside the chart; throws `invalid_argument` for a load that is not
/// positive and finite, reps < 1, or an RPE that is NaN or outside 1-10.
template <real T>
[[nodiscard]] constexpr std::optional<mass<T>> one_rep_max_at_rpe(const mass<T>& load, int reps,
                                                                  T rpe) {
  physique::detail::require_positive("load", load);
  physique::detail::require_load("load", load);
  const std::optional<T> f = rts_rpe_chart{}.fraction(reps, rpe);
  if (!f) return std::nullopt;
  return load / *f;
}

/// The load for `reps` @ `rpe` given an (estimated) 1RM: 1RM x chart fraction.
/// Example: e1RM 123.3 kg, 3 @ 9 -> 123.3 x 0.892 = 110.0 kg. `std::nullopt` outside the
/// chart; throws as `one_rep_max_at_rpe` (naming `one_rep_max` for the 1RM).
template <real T>
[[nodiscard]] constexpr std::optional<mass<T>> load_for_reps_at_rpe(const mass<T>& one_rep_max,
                                                                    int reps, T rpe) {
  physique::detail::require_positive("one_rep_max", one_rep_max);
  physique::detail::require_load("one_rep_max", one_rep_max);
  const std::optional<T> f = rts_rpe_chart{}.fraction(reps, rpe);
  if (!f) return std::nullopt;
  return one_rep_max * *f;
}

}  // namespace physique::training
