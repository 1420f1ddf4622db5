// SPDX-License-Identifier: MIT
// Total energy expenditure estimated from logged intake and morning weights: trend weight
// by exponential smoothing (Walker J, The Hacker's Diet, 1991), rate of change by least
// squares, energy per kg of change from the Forbes partition (Forbes 1987; Hall et al.,
// Lancet 2011;378:826-37, web appendix) or the 3500 kcal/lb rule (Wishnofsky 1958).
#pragma once

#include <cmath>
#include <cstddef>
#include <optional>
#include <span>

#include <physique/core/units.hpp>
#include <physique/detail/contiguous.hpp>
#include <physique/detail/require.hpp>
#include <physique/energy/hall_forbes.hpp>
#include <physique/energy/hall_parameters.hpp>

namespace physique::energy {

/// One day of a log. Either entry may be missing (not weighed, not logged).
template <real T = double>
struct intake_weight_log {
  std::optional<mass<T>> weight{};         ///< morning weight
  std::optional<energy_rate<T>> intake{};  ///< energy eaten that day
};

/// How the trend bridges days without a weighing.
enum class weight_gap_fill : unsigned char {
  /// One smoothing step over the gap with factor 1 - (1 - alpha)^g (a continuous
  /// exponential filter sampled at the weighings).
  exponential,
  /// TrendWeight's rule: the missing days are filled by a straight line between the
  /// weighings on either side, then smoothed one day at a time (trendweight
  /// "math-of-trendweight"). A day's trend only moves once the next weighing arrives.
  linear_interpolation,
};

namespace detail {
/// Advances the trend from the weighing `previous` to `weight`, `gap` days later.
template <real T>
[[nodiscard]] T advance_trend(T trend, T previous, T weight, int gap, T alpha,
                              weight_gap_fill fill) {
  const T one = static_cast<T>(1);
  if (fill == weight_gap_fill::exponential || gap <= 1) {
    return trend + (one - std::pow(one - alpha, static_cast<T>(gap))) * (weight - trend);
  }
  const T step = (weight - previous) / static_cast<T>(gap);
  for (int k = 1; k <= gap; ++k)
    trend += alpha * (previous + step * static_cast<T>(k) - trend);
  return trend;
}
}  // namespace detail

/// Settings of `estimate_expenditure`.
///
/// - `smoothing`: the trend's daily smoothing factor alpha in (0, 1] (0.1, Hacker's Diet);
///   after a gap of g days the factor is 1 - (1 - alpha)^g.
/// - `gap_fill`: how the trend bridges days without a weighing (`exponential`, the default,
///   or TrendWeight's `linear_interpolation`).
/// - `window_days`: length of the look-back window (21 by default; 14-28 is usual).
/// - `minimum_weights`, `minimum_intakes`: days with data needed in the window before an
///   estimate is reported (`valid`).
/// - `fat_mass`: fat mass on the first day. When given, the energy per kg of change is the
///   Forbes value (FM rho_F + 10.4 rho_L) / (10.4 + FM), with FM followed along the trend by
///   the closed-form partition; when empty, `fallback_density` (3500 kcal/lb) is used.
/// - `slope_from_trend`: fit the line to the smoothed trend instead of the raw weights.
///   The trend lags the scale by about (1 - alpha) / alpha days and its slope needs several
///   time constants to build up, so the default fits the raw weighings (unbiased for a
///   straight line; the trend is reported for display).
template <real T = double>
struct expenditure_options {
  T smoothing = static_cast<T>(0.1);
  int window_days = 21;
  int minimum_weights = 8;
  int minimum_intakes = 8;
  std::optional<mass<T>> fat_mass{};
  energy_density<T> fallback_density = kilocalories_per_pound(static_cast<T>(3500));
  bool slope_from_trend = false;
  hall_constants<T> constants = hall_constants<T>::paper();
  /// An expenditure known before the log, e.g. a resting equation x the stated activity
  /// level (`total_energy_expenditure`) at the weight of the first logged day, and its
  /// standard error. When given, the reported expenditure is the precision-weighted mean of
  /// this prior and the log's own estimate, so early, noisy windows lean on the prior and
  /// later ones on the data. An equation gives the expenditure of someone eating at
  /// maintenance; eating less lowers expenditure by the thermic effect of the missing food
  /// and by adaptive thermogenesis, so the prior is moved by (beta_TEF + beta_AT) x (mean
  /// logged intake - prior) (Hall et al. 2011: 0.10 + 0.14, from `constants`).
  std::optional<energy_rate<T>> prior_expenditure{};
  /// Standard error of `prior_expenditure` (default 250 kcal/d); its weight in the mean.
  energy_rate<T> prior_standard_error = kilocalories_per_day(static_cast<T>(250));
  /// How the trend bridges days without a weighing (see `weight_gap_fill`).
  weight_gap_fill gap_fill = weight_gap_fill::exponential;
};

/// The estimate after one day of the log.
///
/// data_expenditure = mean logged intake - density x slope, where the slope (kg/d) is the
/// least-squares slope of the weights in the window and the density the energy per kg of
/// change. Its uncertainty has two parts: `standard_error` = density x the slope's standard
/// error (residual scatter of the weighings), and `intake_standard_error` = SD of the logged
/// intakes / sqrt(days logged) (day-to-day variation, which bounds random logging error from
/// above). `total_standard_error` combines them (root sum of squares). Without a prior
/// `expenditure` is `data_expenditure`; with one (`expenditure_options::prior_expenditure`)
/// it is the precision-weighted mean of the two and `total_standard_error` that of the
/// combination. A 90 % interval is `expenditure` +- `margin_90()`. A systematic logging bias
/// (always under-counting by 10 %) is invisible to any of these: it moves the estimate by
/// the same fraction of intake. `valid` is false until the window holds enough weighings
/// and logged intakes; the other fields are then partial.
template <real T = double>
struct expenditure_estimate {
  int day = 0;
  bool valid = false;
  mass<T> trend_weight{};
  mass_rate<T> weight_slope{};
  energy_density<T> density{};
  energy_rate<T> mean_intake{};
  energy_rate<T> expenditure{};
  energy_rate<T> standard_error{};
  int weights_in_window = 0;
  int intakes_in_window = 0;
  energy_rate<T> data_expenditure{};       ///< mean logged intake - density x slope
  energy_rate<T> intake_standard_error{};  ///< SD of logged intakes / sqrt(days logged)
  energy_rate<T> total_standard_error{};   ///< uncertainty of `expenditure` (see above)

  /// Half-width of the 90 % interval, 1.645 x `total_standard_error` (normal errors).
  [[nodiscard]] constexpr energy_rate<T> margin_90() const noexcept {
    return total_standard_error * static_cast<T>(1.6448536);
  }
};

namespace detail {
/// Precision-weighted mean of the log's estimate and the prior; the prior alone while the
/// window cannot give an estimate (or gives one with no scatter at all, which is exact).
template <real T>
void blend_with_prior(expenditure_estimate<T>& e, const energy_rate<T>& prior,
                      const energy_rate<T>& prior_se, bool have_data,
                      const hall_constants<T>& constants) {
  T p = prior.in(kilocalories_per_day);
  if (e.intakes_in_window > 0) {
    p += constants.beta_total() * (e.mean_intake.in(kilocalories_per_day)-p);
  }
  const T sp = prior_se.in(kilocalories_per_day);
  const T sd = e.total_standard_error.in(kilocalories_per_day);
  if (!have_data) {
    e.expenditure = kilocalories_per_day(p);
    e.total_standard_error = prior_se;
    return;
  }
  if (!(sd > T{0})) return;
  const T wd = T{1} / (sd * sd);
  const T wp = T{1} / (sp * sp);
  e.expenditure =
      kilocalories_per_day((wd * e.data_expenditure.in(kilocalories_per_day) + wp * p) / (wd + wp));
  e.total_standard_error = kilocalories_per_day(T{1} / std::sqrt(wd + wp));
}
}  // namespace detail

/// Estimates total expenditure for every day of `log` (day i = log[i]) and writes one
/// `expenditure_estimate` per day to `out`. No allocation. Returns the advanced iterator.
///
/// Throws `invalid_argument` for impossible entries (NaN, a weight or an intake outside the bounds
/// table) naming "weight" or "intake", and for bad options. Missing days are skipped.
template <real T, class OutIt>
OutIt estimate_expenditure(std::span<const intake_weight_log<T>> log, OutIt out,
                           const expenditure_options<T>& options = {}) {
  namespace pd = physique::detail;
  pd::require(is_finite(options.smoothing) && options.smoothing > static_cast<T>(0) &&
                  options.smoothing <= static_cast<T>(1),
              "smoothing", options.smoothing, "", "must be within (0, 1]");
  pd::require(options.window_days >= 3 && options.window_days <= bounds::days.high, "window_days",
              static_cast<double>(options.window_days), "d", "must be within 3-36525 days");
  pd::require(options.minimum_weights >= 3, "minimum_weights",
              static_cast<double>(options.minimum_weights), "", "must be >= 3");
  pd::require(options.minimum_intakes >= 1, "minimum_intakes",
              static_cast<double>(options.minimum_intakes), "", "must be >= 1");
  pd::require(is_finite(options.fallback_density) && options.fallback_density.in_base_unit() > 0 &&
                  bounds::tissue_energy_density.contains(
                      static_cast<double>(options.fallback_density.in(kilocalories_per_kilogram))),
              "fallback_density", options.fallback_density.in(kilocalories_per_kilogram), "kcal/kg",
              "must be positive and at most 10000 kcal/kg");
  if (options.fat_mass.has_value()) {
    pd::require(is_finite(*options.fat_mass) && *options.fat_mass > mass<T>{} &&
                    options.fat_mass->in(kilograms) <= static_cast<T>(bounds::body_mass.high),
                "fat_mass", options.fat_mass->in(kilograms), "kg",
                "must be positive and at most 700 kg");
  }
  if (options.prior_expenditure.has_value()) {
    pd::require_positive("prior_expenditure", *options.prior_expenditure);
    pd::require_positive("prior_standard_error", options.prior_standard_error);
  }
  for (const intake_weight_log<T>& e : log) {
    if (e.weight.has_value()) pd::require_body_mass("weight", *e.weight);
    if (e.intake.has_value()) pd::require_energy_intake("intake", *e.intake);
  }

  const std::size_t n = log.size();
  const std::size_t window = static_cast<std::size_t>(options.window_days);
  T trend = 0;
  bool have_trend = false;
  T first_trend = 0;
  T last_weight = 0;
  int last_weighed = 0;
  // The trend for each day is recomputed only forward; the window fit reads the raw log
  // (or, with slope_from_trend, the trend values, recomputed by replaying the window).
  for (std::size_t i = 0; i < n; ++i) {
    const int day = static_cast<int>(i);
    if (log[i].weight.has_value()) {
      const T w = log[i].weight->in(kilograms);
      if (!have_trend) {
        trend = w;
        first_trend = w;
        have_trend = true;
      } else {
        trend = detail::advance_trend(trend, last_weight, w, day - last_weighed, options.smoothing,
                                      options.gap_fill);
      }
      last_weight = w;
      last_weighed = day;
    }
    expenditure_estimate<T> e;
    e.day = day;
    e.trend_weight = kilograms(have_trend ? trend : static_cast<T>(0));

    // Window [lo, i].
    const std::size_t lo = i + 1 >= window ? i + 1 - window : 0;
    T intake_sum = 0;
    int intakes = 0;
    T sx = 0, sy = 0;
    int nw = 0;
    for (std::size_t j = lo; j <= i; ++j) {
      if (log[j].intake.has_value()) {
        intake_sum += log[j].intake->in(kilocalories_per_day);
        ++intakes;
      }
    }
    // Points of the fit: (day, weight) or (day, trend replayed from the start).
    auto for_each_point = [&](auto&& f) {
      if (!options.slope_from_trend) {
        for (std::size_t j = lo; j <= i; ++j) {
          if (log[j].weight.has_value()) {
            f(static_cast<T>(j - lo), log[j].weight->in(kilograms));
          }
        }
      } else {
        T tr = 0;
        T previous = 0;
        bool started = false;
        int last = 0;
        for (std::size_t j = 0; j <= i; ++j) {
          if (!log[j].weight.has_value()) continue;
          const T w = log[j].weight->in(kilograms);
          if (!started) {
            tr = w;
            started = true;
          } else {
            tr = detail::advance_trend(tr, previous, w, static_cast<int>(j) - last,
                                       options.smoothing, options.gap_fill);
          }
          previous = w;
          last = static_cast<int>(j);
          if (j >= lo) f(static_cast<T>(j - lo), tr);
        }
      }
    };
    for_each_point([&](T x, T y) {
      sx += x;
      sy += y;
      ++nw;
    });
    e.weights_in_window = nw;
    e.intakes_in_window = intakes;
    T intake_se = 0;
    if (intakes > 0) {
      const T mean = intake_sum / static_cast<T>(intakes);
      e.mean_intake = kilocalories_per_day(mean);
      if (intakes > 1) {
        T squares = 0;
        for (std::size_t j = lo; j <= i; ++j) {
          if (!log[j].intake.has_value()) continue;
          const T d = log[j].intake->in(kilocalories_per_day)-mean;
          squares += d * d;
        }
        intake_se = std::sqrt(squares / static_cast<T>(intakes - 1) / static_cast<T>(intakes));
      }
    }
    e.intake_standard_error = kilocalories_per_day(intake_se);

    // Energy per kg of change.
    T density = options.fallback_density.in(kilocalories_per_kilogram);
    if (options.fat_mass.has_value() && have_trend) {
      const forbes_partition_result<T> p =
          forbes_partition(*options.fat_mass, kilograms(trend - first_trend), options.constants);
      density = forbes_energy_density(p.fat_mass, options.constants).in(kilocalories_per_kilogram);
    }
    e.density = kilocalories_per_kilogram(density);

    if (nw >= 3) {
      const T mx = sx / static_cast<T>(nw);
      const T my = sy / static_cast<T>(nw);
      T sxx = 0, sxy = 0;
      for_each_point([&](T x, T y) {
        sxx += (x - mx) * (x - mx);
        sxy += (x - mx) * (y - my);
      });
      const T slope = sxy / sxx;
      T ssr = 0;
      for_each_point([&](T x, T y) {
        const T r = y - my - slope * (x - mx);
        ssr += r * r;
      });
      const T se = std::sqrt(ssr / static_cast<T>(nw - 2) / sxx);
      e.weight_slope = kilograms_per_day(slope);
      e.standard_error = kilocalories_per_day(density * se);
      if (intakes > 0) {
        e.data_expenditure =
            kilocalories_per_day(intake_sum / static_cast<T>(intakes) - density * slope);
        e.total_standard_error =
            kilocalories_per_day(std::sqrt(density * se * density * se + intake_se * intake_se));
        e.expenditure = e.data_expenditure;
      }
    }
    if (options.prior_expenditure.has_value()) {
      detail::blend_with_prior(e, *options.prior_expenditure, options.prior_standard_error,
                               nw >= 3 && intakes > 0, options.constants);
    }
    e.valid = nw >= options.minimum_weights && intakes >= options.minimum_intakes;
    *out = e;
    ++out;
  }
  return out;
}

/// As above, for any contiguous range: a `std::array`, a `std::vector`, a C array...
template <physique::detail::contiguous_input Log, class OutIt, class Options>
OutIt estimate_expenditure(const Log& log, OutIt out, const Options& options) {
  return estimate_expenditure(physique::detail::input_span(log), out, options);
}
/// As above, for any contiguous range: a `std::array`, a `std::vector`, a C array...
template <physique::detail::contiguous_input Log, class OutIt>
OutIt estimate_expenditure(const Log& log, OutIt out) {
  return estimate_expenditure(physique::detail::input_span(log), out);
}

}  // namespace physique::energy
