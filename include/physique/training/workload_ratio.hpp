// SPDX-License-Identifier: MIT
// Acute:chronic workload ratio (ACWR) from a daily load series: rolling averages, coupled
// (Hulin et al. 2016) or uncoupled (Windt & Gabbett 2019; Lolli et al. 2019), and EWMA
// (Williams et al. 2017).
#pragma once

#include <limits>
#include <ranges>
#include <span>

#include <physique/core/citation.hpp>
#include <physique/core/real.hpp>
#include <physique/detail/contiguous.hpp>
#include <physique/detail/require.hpp>
#include <physique/training/ewma.hpp>

namespace physique::training {

/// Source of the EWMA form.
inline constexpr citation ewma_acwr_citation{
    "Williams S, West S, Cross MJ, Stokes KA",
    2017,
    "Better way to determine the acute:chronic workload ratio?",
    "Br J Sports Med 51(3):209-210",
    "10.1136/bjsports-2016-096589",
    "p. 209"};

/// Source of the uncoupled rolling form.
inline constexpr citation uncoupled_acwr_citation{
    "Windt J, Gabbett TJ",
    2019,
    "Is it all for naught? What does mathematical coupling mean for acute:chronic workload "
    "ratios?",
    "Br J Sports Med 53(16):988-990",
    "10.1136/bjsports-2017-098925",
    ""};

/// One day's acute load, chronic load and their ratio (all NaN while the chronic window is
/// not yet full for the rolling forms). The ratio is acute / chronic as IEEE arithmetic gives
/// it: infinite for a zero chronic load with acute load, NaN for both zero. The library
/// reports ratios only: the 0.8-1.3 "sweet spot" and > 1.5 "danger zone" are contested
/// (Impellizzeri et al. 2020) and are not built in.
template <real T = double>
struct workload_ratio_day {
  T acute = std::numeric_limits<T>::quiet_NaN();
  T chronic = std::numeric_limits<T>::quiet_NaN();
  T ratio = std::numeric_limits<T>::quiet_NaN();
};

/// Whether the chronic window of a rolling ACWR includes the acute window.
enum class acwr_coupling : unsigned char {
  coupled,    ///< chronic = mean of the last C days, acute days included (Hulin et al. 2016)
  uncoupled,  ///< chronic = mean of days t-C+1 ... t-A, excluding the acute week (Windt &
              ///< Gabbett 2019)
};

/// Windows of the rolling ACWR, in whole days (acute 7, chronic 28 by default).
struct rolling_acwr_options {
  int acute_days = 7;
  int chronic_days = 28;
  acwr_coupling coupling = acwr_coupling::coupled;
};

/// Rolling-average ACWR for each day of `daily_load` (day 0 first, rest days as 0), written
/// to `out`. Acute = mean of the last A days (day t included); chronic as `coupling` says.
/// Days before the chronic window is full (t < C - 1) get NaN. O(n) with running sums, no
/// allocation.
///
/// Throws `invalid_argument` if `out` is shorter than `daily_load`, a window is not
/// 1 <= A < C (naming `acute_days` / `chronic_days`), or a load is negative or not finite
/// (naming `daily_load`).
/// Example (reference 5.4, ACWR package series): 21 days at 30 then 7 at 50, day 28:
/// coupled 50 / 35 = 1.429, uncoupled 50 / 30 = 1.667.
template <real T>
void rolling_acwr(std::span<const T> daily_load, std::span<workload_ratio_day<T>> out,
                  const rolling_acwr_options& o = {}) {
  physique::detail::require(out.size() >= daily_load.size(), "out", static_cast<double>(out.size()),
                            "", "must hold one entry per day of daily_load");
  physique::detail::require(o.acute_days >= 1, "acute_days", static_cast<double>(o.acute_days), "d",
                            "must be at least 1");
  physique::detail::require(o.chronic_days > o.acute_days, "chronic_days",
                            static_cast<double>(o.chronic_days), "d",
                            "must be longer than acute_days");
  const auto a = static_cast<std::size_t>(o.acute_days);
  const auto c = static_cast<std::size_t>(o.chronic_days);
  const T chronic_count = static_cast<T>(o.coupling == acwr_coupling::coupled ? c : c - a);
  T acute_sum = T{0};
  T chronic_sum = T{0};  // sum over the last c days, acute included
  for (std::size_t i = 0; i < daily_load.size(); ++i) {
    const T w = daily_load[i];
    physique::detail::require_plausible("daily_load", w, bounds::daily_training_load);
    acute_sum += w;
    chronic_sum += w;
    if (i >= a) acute_sum -= daily_load[i - a];
    if (i >= c) chronic_sum -= daily_load[i - c];
    if (i + 1 < c) {
      out[i] = workload_ratio_day<T>{};
      continue;
    }
    const T acute = acute_sum / static_cast<T>(a);
    const T chronic =
        (o.coupling == acwr_coupling::coupled ? chronic_sum : chronic_sum - acute_sum) /
        chronic_count;
    out[i] = {acute, chronic, acute / chronic};
  }
}

/// As above, for any contiguous ranges: `std::array`, `std::vector`, C arrays...
template <physique::detail::contiguous_input Loads, physique::detail::contiguous_output Out>
void rolling_acwr(const Loads& daily_load, Out&& out, const rolling_acwr_options& o = {}) {
  rolling_acwr(physique::detail::input_span(daily_load), physique::detail::output_span(out), o);
}

/// How the two EWMAs start.
enum class ewma_seed : unsigned char {
  first_load,  ///< both start at day 0's load (as the R package ACWR does)
  zero,        ///< both start at 0 before day 0
};

/// Options of the EWMA ACWR (Williams et al. 2017): windows in days and the decay rule.
template <real T = double>
struct ewma_acwr_options {
  T acute_days = T{7};
  T chronic_days = T{28};
  ewma_decay decay = ewma_decay::williams;
  ewma_seed seed = ewma_seed::first_load;
};

/// EWMA ACWR for each day: EWMA_t = lambda load_t + (1 - lambda) EWMA_(t-1) for the acute and
/// chronic windows (lambda = 2 / (N + 1) by default: 0.25 and 0.0690), ratio = acute /
/// chronic. Defined from day 0. O(n), no allocation. Throws as `rolling_acwr`.
/// Example (reference 5.4): 21 x 30 then 7 x 50, seeded with day 0's load: day 28 acute
/// 47.33, chronic 37.87, ratio 1.250.
template <real T>
void ewma_acwr(std::span<const T> daily_load, std::span<workload_ratio_day<T>> out,
               const ewma_acwr_options<T>& o = {}) {
  physique::detail::require(out.size() >= daily_load.size(), "out", static_cast<double>(out.size()),
                            "", "must hold one entry per day of daily_load");
  const T la = smoothing_factor(o.decay, o.acute_days);
  const T lc = smoothing_factor(o.decay, o.chronic_days);
  physique::detail::require(o.chronic_days > o.acute_days, "chronic_days", o.chronic_days, "d",
                            "must be longer than acute_days");
  T acute = T{0};
  T chronic = T{0};
  for (std::size_t i = 0; i < daily_load.size(); ++i) {
    const T w = daily_load[i];
    physique::detail::require_plausible("daily_load", w, bounds::daily_training_load);
    if (i == 0 && o.seed == ewma_seed::first_load) {
      acute = w;
      chronic = w;
    } else {
      acute += la * (w - acute);
      chronic += lc * (w - chronic);
    }
    out[i] = {acute, chronic, acute / chronic};
  }
}

/// As above, for any contiguous ranges: `std::array`, `std::vector`, C arrays...
template <physique::detail::contiguous_input Loads, physique::detail::contiguous_output Out>
void ewma_acwr(const Loads& daily_load, Out&& out,
               const ewma_acwr_options<std::ranges::range_value_t<Loads>>& o = {}) {
  ewma_acwr(physique::detail::input_span(daily_load), physique::detail::output_span(out), o);
}

}  // namespace physique::training
