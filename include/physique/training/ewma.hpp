// SPDX-License-Identifier: MIT
// Smoothing factors of the exponentially weighted moving averages used in load monitoring:
// 2 / (N + 1) (Williams et al. 2017), 1 / N (TrainingPeaks PMC) and 1 - e^(-1/N)
// (GoldenCheetah PMC, equivalent to Banister's daily decay).
#pragma once

#include <cmath>

#include <physique/core/real.hpp>
#include <physique/detail/require.hpp>

namespace physique::training {

/// How the smoothing factor lambda of a daily EWMA follows from its window of N days.
/// For N = 7: 0.25 / 0.1429 / 0.1331; for N = 28: 0.0690 / 0.0357 / 0.0351.
enum class ewma_decay : unsigned char {
  williams,     ///< lambda = 2 / (N + 1): Williams S, West S, Cross MJ, Stokes KA. Br J Sports
                ///< Med 2017;51(3):209-210 (the EWMA acute:chronic workload ratio)
  reciprocal,   ///< lambda = 1 / N: TrainingPeaks' CTL / ATL
  exponential,  ///< lambda = 1 - e^(-1/N): GoldenCheetah's PMC; Banister's daily decay
};

/// The smoothing factor lambda for a window of `window_days` days. Throws
/// `invalid_argument` naming `window_days` unless it is finite and at least 1.
/// Each day: EWMA_t = lambda load_t + (1 - lambda) EWMA_(t-1).
template <real T>
[[nodiscard]] T smoothing_factor(ewma_decay decay, T window_days) {
  physique::detail::require(window_days >= T{1} && window_days <= static_cast<T>(bounds::days.high),
                            "window_days", window_days, "d", "must be within 1-36525 days");
  switch (decay) {
    case ewma_decay::reciprocal:
      return T{1} / window_days;
    case ewma_decay::exponential:
      return T{1} - std::exp(-T{1} / window_days);
    case ewma_decay::williams:
      break;
  }
  return T{2} / (window_days + T{1});
}

/// As above for a window of any number type: `smoothing_factor(ewma_decay::williams, 7)`
/// reads the integer as `double`.
template <arithmetic A>
requires(!real<A>) [[nodiscard]] double smoothing_factor(ewma_decay decay, A window_days) {
  return smoothing_factor(decay, static_cast<double>(window_days));
}

}  // namespace physique::training
