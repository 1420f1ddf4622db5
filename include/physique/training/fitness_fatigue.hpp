// SPDX-License-Identifier: MIT
// Banister's impulse-response (fitness-fatigue) model in its recursive daily form, and the
// performance-management chart (CTL, ATL, TSB) built on EWMAs. Sources: Banister EW et al.
// 1975; Calvert TW et al. 1976; Morton RH, Fitz-Clarke JR, Banister EW 1990 (J Appl Physiol
// 69:1171-1177); PMC forms as in GoldenCheetah (PMCData.cpp) and TrainingPeaks.
#pragma once

#include <cmath>
#include <limits>
#include <ranges>
#include <span>

#include <physique/core/citation.hpp>
#include <physique/core/real.hpp>
#include <physique/detail/contiguous.hpp>
#include <physique/detail/require.hpp>
#include <physique/training/ewma.hpp>

namespace physique::training {

/// Source of the fitness-fatigue model.
inline constexpr citation banister_citation{
    "Banister EW, Calvert TW, Savage MV, Bach T",
    1975,
    "A systems model of training for athletic performance",
    "Aust J Sports Med 7:57-61",
    "",
    "recursive form: Morton RH, Fitz-Clarke JR, Banister EW, J Appl Physiol 1990;69:1171-1177, "
    "doi 10.1152/jappl.1990.69.3.1171"};

/// Parameters of Banister's model: p(t) = p0 + k1 g(t) - k2 h(t), where g and h are the
/// training loads decayed with time constants tau1 (fitness) and tau2 (fatigue), in days.
/// Defaults are the common textbook values (tau1 = 42 d, tau2 = 7 d, k1 = 1, k2 = 2); fitted
/// values vary widely (tau1 4-51 d, tau2 4-74 d in the studies reviewed by Vermeire et al.
/// 2022), so fit them per athlete when possible. k1 < k2 and tau1 > tau2 are typical, not
/// required.
template <real T = double>
struct banister_parameters {
  T fitness_gain = T{1};         ///< k1 (performance units per load unit)
  T fatigue_gain = T{2};         ///< k2
  T fitness_days = T{42};        ///< tau1, days
  T fatigue_days = T{7};         ///< tau2, days
  T initial_performance = T{0};  ///< p0
};

/// Throws `invalid_argument` naming the parameter unless gains are finite and >= 0 and time
/// constants are finite and > 0.
template <real T>
constexpr void validate(const banister_parameters<T>& p) {
  physique::detail::require_non_negative("fitness_gain", p.fitness_gain);
  physique::detail::require_non_negative("fatigue_gain", p.fatigue_gain);
  physique::detail::require_positive("fitness_days", p.fitness_days, "d");
  physique::detail::require_positive("fatigue_days", p.fatigue_days, "d");
  physique::detail::require_finite("initial_performance", p.initial_performance);
}

/// One day of the model: the two traces and the modelled performance.
template <real T = double>
struct fitness_fatigue_day {
  T fitness = T{0};      ///< g: sum of past loads decayed with tau1
  T fatigue = T{0};      ///< h: sum of past loads decayed with tau2
  T performance = T{0};  ///< p0 + k1 g - k2 h
};

/// Whether a day's result includes that day's load.
enum class load_timing : unsigned char {
  after_load,   ///< traces include day t's load (state at the end of day t)
  before_load,  ///< traces before adding day t's load (the performance predicted for day t)
};

/// The model as a running state, for apps that add one day at a time. O(1) per day:
/// g_t = g_(t-1) e^(-1/tau1) + w_t, h_t = h_(t-1) e^(-1/tau2) + w_t.
template <real T = double>
class fitness_fatigue_model {
 public:
  /// Validates the parameters (see `validate`); traces start at 0.
  explicit fitness_fatigue_model(const banister_parameters<T>& p = {})
      : params_((validate(p), p)),
        fitness_decay_(std::exp(-T{1} / p.fitness_days)),
        fatigue_decay_(std::exp(-T{1} / p.fatigue_days)) {}

  /// Resumes from a known state: `fitness` and `fatigue` are the traces g and h at the end
  /// of the last logged day (e.g. `current()` of an earlier model, saved with the log).
  /// Throws `invalid_argument` naming `fitness` or `fatigue` unless each is finite and >= 0
  /// (both are sums of non-negative loads), or as `validate` for the parameters.
  fitness_fatigue_model(const banister_parameters<T>& p, T fitness, T fatigue)
      : fitness_fatigue_model(p) {
    physique::detail::require_non_negative("fitness", fitness);
    physique::detail::require_non_negative("fatigue", fatigue);
    fitness_ = fitness;
    fatigue_ = fatigue;
  }

  /// Advances one day with `load` (arbitrary units, finite, >= 0; throws naming
  /// `daily_load` otherwise) and returns the state of that day per `timing`.
  fitness_fatigue_day<T> add_day(T load, load_timing timing = load_timing::after_load) {
    physique::detail::require_plausible("daily_load", load, bounds::daily_training_load);
    const T g_before = fitness_ * fitness_decay_;
    const T h_before = fatigue_ * fatigue_decay_;
    fitness_ = g_before + load;
    fatigue_ = h_before + load;
    return timing == load_timing::after_load ? make(fitness_, fatigue_) : make(g_before, h_before);
  }

  /// The state at the end of the last day added.
  [[nodiscard]] fitness_fatigue_day<T> current() const noexcept { return make(fitness_, fatigue_); }
  [[nodiscard]] const banister_parameters<T>& parameters() const noexcept { return params_; }

 private:
  [[nodiscard]] fitness_fatigue_day<T> make(T g, T h) const noexcept {
    return {g, h,
            params_.initial_performance + params_.fitness_gain * g - params_.fatigue_gain * h};
  }

  banister_parameters<T> params_;
  T fitness_decay_;
  T fatigue_decay_;
  T fitness_ = T{0};
  T fatigue_ = T{0};
};

/// Runs Banister's model over a daily load series (day 0 first, rest days as 0) and writes
/// one state per day to `out`. O(n), no allocation.
///
/// Throws `invalid_argument` if `out` is shorter than `daily_load` (naming `out`), a load is
/// negative or not finite (naming `daily_load`), or a parameter is invalid.
/// Example (training_math reference, 5.4): 21 days at 30 then 7 at 50, defaults, after_load:
/// day 28 fitness 750.92, fatigue 316.20, performance 118.52.
template <real T>
void fitness_fatigue(std::span<const T> daily_load, std::span<fitness_fatigue_day<T>> out,
                     const banister_parameters<T>& p = {},
                     load_timing timing = load_timing::after_load) {
  physique::detail::require(out.size() >= daily_load.size(), "out", static_cast<double>(out.size()),
                            "", "must hold one entry per day of daily_load");
  fitness_fatigue_model<T> model(p);
  for (std::size_t i = 0; i < daily_load.size(); ++i)
    out[i] = model.add_day(daily_load[i], timing);
}

/// As above, resuming from the traces `fitness` and `fatigue` at the end of the day before
/// `daily_load[0]` (see the resuming constructor of `fitness_fatigue_model`).
template <real T>
void fitness_fatigue(std::span<const T> daily_load, std::span<fitness_fatigue_day<T>> out,
                     const banister_parameters<T>& p, T fitness, T fatigue,
                     load_timing timing = load_timing::after_load) {
  physique::detail::require(out.size() >= daily_load.size(), "out", static_cast<double>(out.size()),
                            "", "must hold one entry per day of daily_load");
  fitness_fatigue_model<T> model(p, fitness, fatigue);
  for (std::size_t i = 0; i < daily_load.size(); ++i)
    out[i] = model.add_day(daily_load[i], timing);
}

/// As above, for any contiguous ranges: `std::array`, `std::vector`, C arrays...
template <physique::detail::contiguous_input Loads, physique::detail::contiguous_output Out>
void fitness_fatigue(const Loads& daily_load, Out&& out,
                     const banister_parameters<std::ranges::range_value_t<Loads>>& p = {},
                     load_timing timing = load_timing::after_load) {
  fitness_fatigue(physique::detail::input_span(daily_load), physique::detail::output_span(out), p,
                  timing);
}

/// One day of a performance-management chart.
template <real T = double>
struct performance_management_day {
  T chronic = T{0};  ///< CTL, "fitness": EWMA of load over the chronic window
  T acute = T{0};    ///< ATL, "fatigue": EWMA over the acute window
  T balance = T{0};  ///< TSB = CTL - ATL (of the same day; shift by one day for "form")
};

/// Options of the performance-management chart. Defaults: GoldenCheetah's form
/// (lambda = 1 - e^(-1/N)), 42-day chronic and 7-day acute windows, traces starting at 0.
template <real T = double>
struct performance_management_options {
  T chronic_days = T{42};
  T acute_days = T{7};
  ewma_decay decay = ewma_decay::exponential;
  T initial_chronic = T{0};
  T initial_acute = T{0};
};

/// The performance-management chart over a daily load series: X_t = X_(t-1) +
/// lambda (load_t - X_(t-1)) for CTL and ATL, TSB = CTL - ATL. O(n), no allocation.
/// Throws as `fitness_fatigue` (and naming `window_days` for a window below 1 day).
/// Example (reference 5.4): 21 x 30 then 7 x 50, GoldenCheetah form: day 28 CTL 17.67,
/// ATL 42.09, TSB -24.43; TrainingPeaks form (1/N): 17.83, 42.80, -24.98.
template <real T>
void performance_management(std::span<const T> daily_load,
                            std::span<performance_management_day<T>> out,
                            const performance_management_options<T>& o = {}) {
  physique::detail::require(out.size() >= daily_load.size(), "out", static_cast<double>(out.size()),
                            "", "must hold one entry per day of daily_load");
  const T lc = smoothing_factor(o.decay, o.chronic_days);
  const T la = smoothing_factor(o.decay, o.acute_days);
  physique::detail::require_finite("initial_chronic", o.initial_chronic);
  physique::detail::require_finite("initial_acute", o.initial_acute);
  T ctl = o.initial_chronic;
  T atl = o.initial_acute;
  for (std::size_t i = 0; i < daily_load.size(); ++i) {
    const T w = daily_load[i];
    physique::detail::require_plausible("daily_load", w, bounds::daily_training_load);
    ctl += lc * (w - ctl);
    atl += la * (w - atl);
    out[i] = {ctl, atl, ctl - atl};
  }
}

/// As above, for any contiguous ranges: `std::array`, `std::vector`, C arrays...
template <physique::detail::contiguous_input Loads, physique::detail::contiguous_output Out>
void performance_management(
    const Loads& daily_load, Out&& out,
    const performance_management_options<std::ranges::range_value_t<Loads>>& o = {}) {
  performance_management(physique::detail::input_span(daily_load),
                         physique::detail::output_span(out), o);
}

}  // namespace physique::training
