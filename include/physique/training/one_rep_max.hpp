// SPDX-License-Identifier: MIT
// One-repetition-maximum (1RM) estimators from a set taken to failure, their inverses and
// the one-rep convention. Sources: Epley 1985; Brzycki 1993; Lander 1985; Lombardi 1989;
// Mayhew et al. 1992; O'Conner et al. 1989; Wathan 1994 (forms as compared in LeSuer et al.
// 1997 and Reynolds et al. 2006).
#pragma once

#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <span>

#include <physique/core/equation.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
#include <physique/detail/contiguous.hpp>
#include <physique/detail/require.hpp>

namespace physique::training {

namespace detail {

inline constexpr const char* one_rep_max_population =
    "adults lifting to failure in the bench press and squat (LeSuer et al. 1997: the "
    "deadlift is under-predicted); Mayhew et al. 1995 and Reynolds et al. 2006 find the "
    "equations reliable up to 10 repetitions";

inline constexpr const char* exponential_population =
    "adults lifting to failure in the bench press and squat; Reynolds et al. 2006 report "
    "the non-linear (exponential) forms used up to about 15 repetitions";

template <real T>
constexpr void require_lift_load(const mass<T>& load, const char* parameter = "load") {
  physique::detail::require_positive(parameter, load);
  physique::detail::require_load(parameter, load);
}

constexpr void require_reps(int reps, int max_reps, const char* why) {
  physique::detail::require(reps >= 1, "reps", static_cast<double>(reps), "", "must be at least 1");
  physique::detail::require(reps <= max_reps, "reps", static_cast<double>(reps), "", why);
}

template <real T>
constexpr void require_fraction(T fraction, T low, const char* why) {
  physique::detail::require(is_finite(fraction) && fraction > low && fraction <= T{1}, "fraction",
                            fraction, "", why);
}

/// The reps a formula gives at `fraction`, unless a fraction that light asks for more reps
/// than a set can have (the bounds table's 10000), which would also overflow to inf.
template <real T>
constexpr T reps_within_table(T fraction, T reps) {
  physique::detail::require(reps <= static_cast<T>(bounds::reps.high), "fraction", fraction, "",
                            "is too light: the formula gives more than 10000 reps");
  return reps;
}

constexpr validity_report reps_validity(const validity_domain& d, int reps) noexcept {
  const input_value in[] = {{"reps", static_cast<double>(reps)}};
  return d.check(in);
}

/// Largest rep count accepted by formulas without a pole.
inline constexpr int no_pole = 1000;

/// What every 1RM estimator shares, built from its `multiplier`, `max_reps` and validity
/// domain: the checked estimate and the validity report (see `epley` for their contracts).
template <class Formula>
struct rep_max_formula {
  template <real T>
  [[nodiscard]] constexpr mass<T> operator()(const mass<T>& load, int reps) const {
    require_lift_load(load);
    require_reps(reps, Formula::max_reps, Formula::max_reps_requirement);
    return load * Formula::template multiplier<T>(reps);
  }
  [[nodiscard]] constexpr validity_report validity(int reps) const noexcept {
    return reps_validity(Formula::info.domain, reps);
  }
};

}  // namespace detail

/// Epley's linear estimate: 1RM = w (1 + r / 30).
///
/// - `operator()(load, reps)`: estimated 1RM from `load` lifted `reps` times to failure.
///   Throws `invalid_argument` if load is not positive and finite, reps < 1 or reps above
///   `max_reps` (1000 here; a formula's pole for Brzycki and Lander).
/// - `multiplier<T>(reps)`: 1RM / load, unchecked (for batch kernels after validation).
/// - `fraction_of_max<T>(reps)`: the fraction of 1RM that can be lifted `reps` times,
///   1 / (1 + r / 30).
/// - `reps_at_fraction(p)`: continuous reps possible at fraction p of 1RM, 30 (1/p - 1).
///   Throws unless 0 < p <= 1.
/// - `validity(reps)`: reports reps outside 1-10.
///
/// Source: Epley B. Poundage chart. Boyd Epley Workout, 1985. Note: at one rep the formula
/// gives 1.033 w; use `one_rep_max(...)` for the convention that a single is its own 1RM.
/// Identical to the "Wendler 5/3/1" formula (w r 0.0333 + w).
struct epley : detail::rep_max_formula<epley> {
  static constexpr equation_info info{
      "epley", "Epley (1985)",
      citation{"Epley B", 1985, "Poundage chart",
               "Boyd Epley Workout. Lincoln, NE: Body Enterprises", "", "chart"},
      validity_domain{
          detail::one_rep_max_population, sex_set::both(), {{{"reps", "", interval{1.0, 10.0}}}}}};

  /// Largest rep count the formula can be evaluated at, and why.
  static constexpr int max_reps = detail::no_pole;
  static constexpr const char* max_reps_requirement = "must be at most 1000";

  /// 1RM / load for `reps` (unchecked: for batch kernels after validation).
  template <real T>
  [[nodiscard]] static constexpr T multiplier(int reps) noexcept {
    return T{1} + static_cast<T>(reps) / T{30};
  }
  template <real T = double>
  [[nodiscard]] constexpr T fraction_of_max(int reps) const {
    detail::require_reps(reps, max_reps, max_reps_requirement);
    return T{1} / (T{1} + static_cast<T>(reps) / T{30});
  }
  template <real T>
  [[nodiscard]] constexpr T reps_at_fraction(T fraction) const {
    detail::require_fraction(fraction, T{0}, "must be within (0, 1]");
    return detail::reps_within_table(fraction, T{30} * (T{1} / fraction - T{1}));
  }
};

/// Brzycki's estimate: 1RM = w 36 / (37 - r) (the rounded form w / (1.0278 - 0.0278 r) is
/// the same line to 4 digits; this library uses the exact 36 / (37 - r)).
///
/// Members as for `epley`; load fraction (37 - r) / 36, reps at fraction 37 - 36 p.
/// The formula has a pole at r = 37, so reps above 36 are rejected (`invalid_argument`);
/// reps above 10 are reported by `validity` (the author's intended range).
///
/// Source: Brzycki M. Strength testing - predicting a one-rep max from reps-to-fatigue.
/// JOPERD 1993;64(1):88-90.
struct brzycki : detail::rep_max_formula<brzycki> {
  static constexpr equation_info info{
      "brzycki", "Brzycki (1993)",
      citation{"Brzycki M", 1993,
               "Strength testing - predicting a one-rep max from reps-to-fatigue",
               "J Phys Educ Recreat Dance 64(1):88-90", "10.1080/07303084.1993.10606684",
               "prediction equation"},
      validity_domain{
          detail::one_rep_max_population, sex_set::both(), {{{"reps", "", interval{1.0, 10.0}}}}}};

  /// Largest rep count the formula can be evaluated at, and why.
  static constexpr int max_reps = 36;
  static constexpr const char* max_reps_requirement =
      "must be at most 36 (the formula has a pole at 37)";

  /// 1RM / load for `reps` (unchecked: for batch kernels after validation).
  template <real T>
  [[nodiscard]] static constexpr T multiplier(int reps) noexcept {
    return T{36} / (T{37} - static_cast<T>(reps));
  }
  template <real T = double>
  [[nodiscard]] constexpr T fraction_of_max(int reps) const {
    detail::require_reps(reps, max_reps, max_reps_requirement);
    return (T{37} - static_cast<T>(reps)) / T{36};
  }
  template <real T>
  [[nodiscard]] constexpr T reps_at_fraction(T fraction) const {
    detail::require_fraction(fraction, T{0}, "must be within (0, 1]");
    return detail::reps_within_table(fraction, T{37} - T{36} * fraction);
  }
};

/// Lander's estimate: 1RM = 100 w / (101.3 - 2.67123 r).
///
/// Members as for `epley`; load fraction (101.3 - 2.67123 r) / 100, reps at fraction
/// (101.3 - 100 p) / 2.67123. Pole at r = 37.9: reps above 37 are rejected.
///
/// Source: Lander J. Maximums based on reps. NSCA Journal 1985;6:60-61.
struct lander : detail::rep_max_formula<lander> {
  static constexpr equation_info info{
      "lander", "Lander (1985)",
      citation{"Lander J", 1985, "Maximums based on reps", "NSCA Journal 6:60-61", "",
               "prediction equation"},
      validity_domain{
          detail::one_rep_max_population, sex_set::both(), {{{"reps", "", interval{1.0, 10.0}}}}}};

  /// Largest rep count the formula can be evaluated at, and why.
  static constexpr int max_reps = 37;
  static constexpr const char* max_reps_requirement =
      "must be at most 37 (the formula has a pole at 37.9)";

  /// 1RM / load for `reps` (unchecked: for batch kernels after validation).
  template <real T>
  [[nodiscard]] static constexpr T multiplier(int reps) noexcept {
    return T{100} / (static_cast<T>(101.3) - static_cast<T>(2.67123) * static_cast<T>(reps));
  }
  template <real T = double>
  [[nodiscard]] constexpr T fraction_of_max(int reps) const {
    detail::require_reps(reps, max_reps, max_reps_requirement);
    return (static_cast<T>(101.3) - static_cast<T>(2.67123) * static_cast<T>(reps)) / T{100};
  }
  template <real T>
  [[nodiscard]] constexpr T reps_at_fraction(T fraction) const {
    detail::require_fraction(fraction, T{0}, "must be within (0, 1]");
    return detail::reps_within_table(
        fraction,
        static_cast<T>((static_cast<T>(101.3) - T{100} * fraction) / static_cast<T>(2.67123)));
  }
};

/// Lombardi's power law: 1RM = w r^0.10.
///
/// Members as for `epley`; load fraction r^-0.10, reps at fraction p^-10. Nearly flat at
/// high reps (under-estimates 1RM above 10 reps). Not `constexpr` (uses std::pow).
///
/// Source: Lombardi VP. Beginning Weight Training. Dubuque, IA: W.C. Brown, 1989.
struct lombardi : detail::rep_max_formula<lombardi> {
  static constexpr equation_info info{
      "lombardi", "Lombardi (1989)",
      citation{"Lombardi VP", 1989, "Beginning Weight Training", "Dubuque, IA: W.C. Brown", "", ""},
      validity_domain{
          detail::one_rep_max_population, sex_set::both(), {{{"reps", "", interval{1.0, 10.0}}}}}};

  /// Largest rep count the formula can be evaluated at, and why.
  static constexpr int max_reps = detail::no_pole;
  static constexpr const char* max_reps_requirement = "must be at most 1000";

  /// 1RM / load for `reps` (unchecked: for batch kernels after validation).
  template <real T>
  [[nodiscard]] static T multiplier(int reps) noexcept {
    return static_cast<T>(std::pow(static_cast<T>(reps), static_cast<T>(0.10)));
  }
  template <real T = double>
  [[nodiscard]] T fraction_of_max(int reps) const {
    detail::require_reps(reps, max_reps, max_reps_requirement);
    return static_cast<T>(std::pow(static_cast<T>(reps), static_cast<T>(-0.10)));
  }
  template <real T>
  [[nodiscard]] T reps_at_fraction(T fraction) const {
    detail::require_fraction(fraction, T{0}, "must be within (0, 1]");
    return detail::reps_within_table(fraction, static_cast<T>(std::pow(fraction, T{-10})));
  }
};

/// Mayhew et al.'s exponential form: 1RM = 100 w / (52.2 + 41.9 e^(-0.055 r)).
///
/// Members as for `epley`; load fraction (52.2 + 41.9 e^(-0.055 r)) / 100; reps at
/// fraction -ln((100 p - 52.2) / 41.9) / 0.055, defined only for 0.522 < p <= 0.941 (the
/// curve's floor and its value at zero reps): other fractions are rejected. Gives 1.089 w at one
/// rep. Not `constexpr`.
///
/// Source: Mayhew JL, Ball TE, Arnold MD, Bowen JC. Relative muscular endurance performance
/// as a predictor of bench press strength in college men and women. J Appl Sport Sci Res
/// 1992;6(4):200-206.
struct mayhew : detail::rep_max_formula<mayhew> {
  static constexpr equation_info info{
      "mayhew", "Mayhew et al. (1992)",
      citation{"Mayhew JL, Ball TE, Arnold MD, Bowen JC", 1992,
               "Relative muscular endurance performance as a predictor of bench press strength "
               "in college men and women",
               "J Appl Sport Sci Res 6(4):200-206", "", "regression equation"},
      validity_domain{
          detail::exponential_population, sex_set::both(), {{{"reps", "", interval{1.0, 15.0}}}}}};

  /// Largest rep count the formula can be evaluated at, and why.
  static constexpr int max_reps = detail::no_pole;
  static constexpr const char* max_reps_requirement = "must be at most 1000";

  /// 1RM / load for `reps` (unchecked: for batch kernels after validation).
  template <real T>
  [[nodiscard]] static T multiplier(int reps) noexcept {
    return T{100} / (static_cast<T>(52.2) + static_cast<T>(41.9) * std::exp(static_cast<T>(-0.055) *
                                                                            static_cast<T>(reps)));
  }
  template <real T = double>
  [[nodiscard]] T fraction_of_max(int reps) const {
    detail::require_reps(reps, max_reps, max_reps_requirement);
    return (static_cast<T>(52.2) +
            static_cast<T>(41.9) * std::exp(static_cast<T>(-0.055) * static_cast<T>(reps))) /
           T{100};
  }
  template <real T>
  [[nodiscard]] T reps_at_fraction(T fraction) const {
    // Above the curve's value at zero reps (0.941) the formula gives negative reps.
    detail::require_fraction(fraction, static_cast<T>(0.522),
                             "must be within (0.522, 0.941] (the curve's floor and its value at "
                             "zero reps)");
    physique::detail::require(fraction <= static_cast<T>(0.941), "fraction", fraction, "",
                              "must be within (0.522, 0.941] (the curve's floor and its value at "
                              "zero reps)");
    return detail::reps_within_table(
        fraction, static_cast<T>(
                      -std::log((T{100} * fraction - static_cast<T>(52.2)) / static_cast<T>(41.9)) /
                      static_cast<T>(0.055)));
  }
};

/// O'Conner et al.'s linear estimate: 1RM = w (1 + 0.025 r) = w (1 + r / 40).
///
/// Members as for `epley`; load fraction 1 / (1 + r / 40), reps at fraction 40 (1/p - 1).
///
/// Source: O'Conner B, Simmons J, O'Shea P. Weight Training Today. St Paul, MN: West, 1989.
struct oconner : detail::rep_max_formula<oconner> {
  static constexpr equation_info info{
      "oconner", "O'Conner et al. (1989)",
      citation{"O'Conner B, Simmons J, O'Shea P", 1989, "Weight Training Today",
               "St Paul, MN: West Publishing", "", ""},
      validity_domain{
          detail::one_rep_max_population, sex_set::both(), {{{"reps", "", interval{1.0, 10.0}}}}}};

  /// Largest rep count the formula can be evaluated at, and why.
  static constexpr int max_reps = detail::no_pole;
  static constexpr const char* max_reps_requirement = "must be at most 1000";

  /// 1RM / load for `reps` (unchecked: for batch kernels after validation).
  template <real T>
  [[nodiscard]] static constexpr T multiplier(int reps) noexcept {
    return T{1} + static_cast<T>(reps) / T{40};
  }
  template <real T = double>
  [[nodiscard]] constexpr T fraction_of_max(int reps) const {
    detail::require_reps(reps, max_reps, max_reps_requirement);
    return T{1} / (T{1} + static_cast<T>(reps) / T{40});
  }
  template <real T>
  [[nodiscard]] constexpr T reps_at_fraction(T fraction) const {
    detail::require_fraction(fraction, T{0}, "must be within (0, 1]");
    return detail::reps_within_table(fraction, T{40} * (T{1} / fraction - T{1}));
  }
};

/// Wathan's exponential form: 1RM = 100 w / (48.8 + 53.8 e^(-0.075 r)).
///
/// Members as for `epley`; load fraction (48.8 + 53.8 e^(-0.075 r)) / 100; reps at
/// fraction -ln((100 p - 48.8) / 53.8) / 0.075, defined only for p > 0.488. Not `constexpr`.
///
/// Source: Wathan D. Load assignment. In: Baechle TR (ed.), Essentials of Strength Training
/// and Conditioning. Champaign, IL: Human Kinetics, 1994, pp. 435-446.
struct wathan : detail::rep_max_formula<wathan> {
  static constexpr equation_info info{
      "wathan", "Wathan (1994)",
      citation{"Wathan D", 1994, "Load assignment",
               "In: Baechle TR (ed.), Essentials of Strength Training and Conditioning. "
               "Human Kinetics",
               "", "pp. 435-446"},
      validity_domain{
          detail::exponential_population, sex_set::both(), {{{"reps", "", interval{1.0, 15.0}}}}}};

  /// Largest rep count the formula can be evaluated at, and why.
  static constexpr int max_reps = detail::no_pole;
  static constexpr const char* max_reps_requirement = "must be at most 1000";

  /// 1RM / load for `reps` (unchecked: for batch kernels after validation).
  template <real T>
  [[nodiscard]] static T multiplier(int reps) noexcept {
    return T{100} / (static_cast<T>(48.8) + static_cast<T>(53.8) * std::exp(static_cast<T>(-0.075) *
                                                                            static_cast<T>(reps)));
  }
  template <real T = double>
  [[nodiscard]] T fraction_of_max(int reps) const {
    detail::require_reps(reps, max_reps, max_reps_requirement);
    return (static_cast<T>(48.8) +
            static_cast<T>(53.8) * std::exp(static_cast<T>(-0.075) * static_cast<T>(reps))) /
           T{100};
  }
  template <real T>
  [[nodiscard]] T reps_at_fraction(T fraction) const {
    detail::require_fraction(fraction, static_cast<T>(0.488),
                             "must be within (0.488, 1] (the curve's floor)");
    return detail::reps_within_table(
        fraction, static_cast<T>(
                      -std::log((T{100} * fraction - static_cast<T>(48.8)) / static_cast<T>(53.8)) /
                      static_cast<T>(0.075)));
  }
};

/// Satisfied by the 1RM equation objects above (and by user-written ones of the same shape).
template <class E>
concept one_rep_max_equation = equation<E> && requires(const E& e, mass<double> w, int r) {
  { e(w, r) } -> std::same_as<mass<double>>;
  { e.template fraction_of_max<double>(r) } -> std::same_as<double>;
  { e.reps_at_fraction(0.8) } -> std::same_as<double>;
  { e.validity(r) } -> std::same_as<validity_report>;
};

/// What `one_rep_max` returns for a single (reps = 1).
enum class single_rep_convention : unsigned char {
  single_is_max,  ///< a single is its own 1RM (default; what most apps do)
  formula,        ///< evaluate the formula as published (Epley gives 1.033 w)
};

/// Estimated 1RM with the one-rep convention applied: for reps = 1 returns `load` itself
/// when `convention` is `single_is_max`, the formula's value when it is `formula`; for
/// other reps as `e(load, reps)`, with the same errors. The convention has no default:
/// `one_rep_max(epley{}, 100_kg, 1)` does not compile, because a single can honestly mean
/// either 100 kg or Epley's 103.3 kg.
template <one_rep_max_equation E, real T>
[[nodiscard]] constexpr mass<T> one_rep_max(const E& e, const mass<T>& load, int reps,
                                            single_rep_convention convention) {
  if (reps == 1 && convention == single_rep_convention::single_is_max) {
    detail::require_lift_load(load);
    return load;
  }
  return e(load, reps);
}

/// The load that can be lifted `reps` times given a 1RM: 1RM x e.fraction_of_max(reps).
/// With `single_is_max` one rep gives the 1RM itself (the convention has no default).
template <one_rep_max_equation E, real T>
[[nodiscard]] constexpr mass<T> load_for_reps(const E& e, const mass<T>& one_rep_max_load, int reps,
                                              single_rep_convention convention) {
  detail::require_lift_load(one_rep_max_load, "one_rep_max");
  if (reps == 1 && convention == single_rep_convention::single_is_max) return one_rep_max_load;
  return one_rep_max_load * e.template fraction_of_max<T>(reps);
}

/// Continuous repetitions possible with `load` given a 1RM: e.reps_at_fraction(load / 1RM).
/// Round down for a prescription. Throws if load > 1RM or either is not positive.
template <one_rep_max_equation E, real T>
[[nodiscard]] constexpr T reps_at_load(const E& e, const mass<T>& one_rep_max_load,
                                       const mass<T>& load) {
  detail::require_lift_load(one_rep_max_load, "one_rep_max");
  detail::require_lift_load(load);
  return e.reps_at_fraction(load / one_rep_max_load);
}

/// Batch form: `out[i]` = estimated 1RM of `loads[i]` x `reps[i]` with the single convention,
/// for many sets at once (structure of arrays, no allocation). Validates everything first,
/// then runs an unchecked loop the compiler can vectorise. Throws `invalid_argument` naming
/// `reps` or `out` when the spans' sizes differ from `loads`, and as `e(load, reps)` for the
/// first bad entry (nothing is written then).
template <one_rep_max_equation E, real T>
void one_rep_max(const E&, std::span<const mass<T>> loads, std::span<const int> reps,
                 std::span<mass<T>> out, single_rep_convention convention) {
  physique::detail::require(reps.size() == loads.size(), "reps", static_cast<double>(reps.size()),
                            "values", "must hold one value per load");
  physique::detail::require(out.size() == loads.size(), "out", static_cast<double>(out.size()),
                            "values", "must hold one value per load");
  // Count valid entries first (no branch per entry); the slow path names the first bad one.
  std::size_t good_loads = 0;
  for (std::size_t i = 0; i < loads.size(); ++i) {
    const T w = loads[i].in_base_unit();  // NaN fails both comparisons
    good_loads += static_cast<std::size_t>(w > T{0}) *
                  static_cast<std::size_t>(w <= std::numeric_limits<T>::max());
  }
  std::size_t good_reps = 0;
  for (std::size_t i = 0; i < reps.size(); ++i) {
    good_reps +=
        static_cast<std::size_t>(reps[i] >= 1) * static_cast<std::size_t>(reps[i] <= E::max_reps);
  }
  if (good_loads != loads.size() || good_reps != reps.size()) {
    for (std::size_t i = 0; i < loads.size(); ++i) {
      detail::require_lift_load(loads[i]);
      detail::require_reps(reps[i], E::max_reps, E::max_reps_requirement);
    }
  }
  const bool single_is_max = convention == single_rep_convention::single_is_max;
  for (std::size_t i = 0; i < loads.size(); ++i) {
    const T m = (single_is_max && reps[i] == 1) ? T{1} : E::template multiplier<T>(reps[i]);
    out[i] = loads[i] * m;
  }
}

/// As above, for any contiguous ranges: `std::array`, `std::vector`, C arrays...
template <one_rep_max_equation E, physique::detail::contiguous_input Loads,
          physique::detail::contiguous_input Reps, physique::detail::contiguous_output Out>
void one_rep_max(const E& e, const Loads& loads, const Reps& reps, Out&& out,
                 single_rep_convention convention) {
  one_rep_max(e, physique::detail::input_span(loads), physique::detail::input_span(reps),
              physique::detail::output_span(out), convention);
}

/// The 1RM estimators as a run-time choice (a settings screen).
enum class one_rep_max_formula : unsigned char {
  epley,
  brzycki,
  lander,
  lombardi,
  mayhew,
  oconner,
  wathan,
};

/// Number of 1RM formulas.
inline constexpr int one_rep_max_formula_count = 7;

/// Calls `f` with the equation object for `formula` and returns its result.
template <class F>
constexpr decltype(auto) visit(one_rep_max_formula formula, F&& f) {
  switch (formula) {
    case one_rep_max_formula::brzycki:
      return static_cast<F&&>(f)(brzycki{});
    case one_rep_max_formula::lander:
      return static_cast<F&&>(f)(lander{});
    case one_rep_max_formula::lombardi:
      return static_cast<F&&>(f)(lombardi{});
    case one_rep_max_formula::mayhew:
      return static_cast<F&&>(f)(mayhew{});
    case one_rep_max_formula::oconner:
      return static_cast<F&&>(f)(oconner{});
    case one_rep_max_formula::wathan:
      return static_cast<F&&>(f)(wathan{});
    case one_rep_max_formula::epley:
      break;
  }
  return static_cast<F&&>(f)(epley{});
}

/// Calls `f` once with each 1RM equation object, in the order of `one_rep_max_formula`.
template <class F>
constexpr void for_each_one_rep_max_equation(F&& f) {
  f(epley{});
  f(brzycki{});
  f(lander{});
  f(lombardi{});
  f(mayhew{});
  f(oconner{});
  f(wathan{});
}

/// The `equation_info` of a formula.
[[nodiscard]] constexpr const equation_info& info(one_rep_max_formula formula) noexcept {
  switch (formula) {
    case one_rep_max_formula::brzycki:
      return brzycki::info;
    case one_rep_max_formula::lander:
      return lander::info;
    case one_rep_max_formula::lombardi:
      return lombardi::info;
    case one_rep_max_formula::mayhew:
      return mayhew::info;
    case one_rep_max_formula::oconner:
      return oconner::info;
    case one_rep_max_formula::wathan:
      return wathan::info;
    case one_rep_max_formula::epley:
      break;
  }
  return epley::info;
}

/// The formula whose `info.id` equals `id` ("epley", "brzycki", ...), or `std::nullopt`.
[[nodiscard]] constexpr std::optional<one_rep_max_formula> find_one_rep_max_formula(
    const char* id) noexcept {
  if (id == nullptr) return std::nullopt;
  for (int i = 0; i < one_rep_max_formula_count; ++i) {
    const auto f = static_cast<one_rep_max_formula>(i);
    if (physique::detail::same_name(info(f).id, id)) return f;
  }
  return std::nullopt;
}

/// Run-time choice of formula: estimated 1RM with the single convention (see the
/// equation-object overload).
template <real T>
[[nodiscard]] mass<T> one_rep_max(one_rep_max_formula formula, const mass<T>& load, int reps,
                                  single_rep_convention convention) {
  return visit(formula, [&](const auto& e) { return one_rep_max(e, load, reps, convention); });
}

/// Run-time choice of formula: load for `reps` given a 1RM.
template <real T>
[[nodiscard]] mass<T> load_for_reps(one_rep_max_formula formula, const mass<T>& one_rep_max_load,
                                    int reps, single_rep_convention convention) {
  return visit(formula,
               [&](const auto& e) { return load_for_reps(e, one_rep_max_load, reps, convention); });
}

/// Run-time choice of formula: validity report for `reps`.
[[nodiscard]] constexpr validity_report one_rep_max_validity(one_rep_max_formula formula,
                                                             int reps) noexcept {
  return detail::reps_validity(info(formula).domain, reps);
}

}  // namespace physique::training
