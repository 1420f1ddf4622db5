// SPDX-License-Identifier: MIT
// Questions answered with the Hall 2011 dynamic model: eventual (steady-state) weight, the
// linearised time constant, intake to reach a goal by a day, intake that maintains it,
// days until a goal, and the static "3500 kcal per pound" rule side by side.
// Sources: Hall et al., Lancet 2011;378:826-37 and web appendix eqs 10-17; Hall KD, Int J
// Obes 2008;32:573-6 (static rule); Wishnofsky M, Am J Clin Nutr 1958;6:542-6.
#pragma once

#include <cmath>
#include <limits>
#include <numbers>
#include <optional>
#include <utility>

#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/energy/hall_model.hpp>

namespace physique::energy {

/// The linearised model around the baseline (web appendix eqs 10-17): after glycogen,
/// extracellular fluid and adaptive thermogenesis settle,
///
///     rho_eff dBW/dt = (1 - beta) dEI - epsilon dBW
///     Phi     = 1 / (1 + 10.4 / F0)                  (fat share of a change)
///     epsilon = Phi gamma_F + (1 - Phi) gamma_L + delta          (kcal/kg/d)
///     rho_eff = Phi (rho_F + eta_F) + (1 - Phi)(rho_L + eta_L)   (kcal/kg)
///     tau     = rho_eff / epsilon                                 (days)
///
/// with beta = beta_TEF + beta_AT.
template <real T = double>
struct hall_linearisation {
  T fat_share;                          ///< Phi
  T epsilon;                            ///< kcal/kg/d
  energy_density<T> effective_density;  ///< rho_eff
  duration<T> time_constant;            ///< tau
  duration<T> half_time;                ///< tau ln 2
  /// Sustained intake change per kg of eventual weight change, epsilon / (1 - beta)
  /// (kcal/d per kg; the paper's "about 100 kJ/d per kg" for an average overweight adult).
  energy_rate<T> intake_change_per_kg;

  /// Eventual change of body weight for a sustained intake change (linear model).
  [[nodiscard]] mass<T> eventual_change(const energy_rate<T>& intake_change) const noexcept {
    return kilograms(intake_change.in(kilocalories_per_day) /
                     intake_change_per_kg.in(kilocalories_per_day));
  }
  /// Linear-model change after `t` of a sustained intake change (single exponential).
  [[nodiscard]] mass<T> change_after(const energy_rate<T>& intake_change,
                                     const duration<T>& t) const {
    return eventual_change(intake_change) *
           (static_cast<T>(1) - std::exp(-(t.in(days) / time_constant.in(days))));
  }
};

/// Linearises `model` at its baseline.
template <real T>
[[nodiscard]] hall_linearisation<T> linearise(const hall_model<T>& model) {
  const hall_constants<T>& c = model.constants();
  const T f0 = model.initial_state().fat_mass.in(kilograms);
  const T phi = static_cast<T>(1) / (static_cast<T>(1) + c.forbes_kg / f0);
  const T eps = phi * c.gamma_fat + (static_cast<T>(1) - phi) * c.gamma_lean +
                model.activity_parameter(model.physical_activity_level());
  const T rho =
      phi * (c.rho_fat + c.eta_fat) + (static_cast<T>(1) - phi) * (c.rho_lean + c.eta_lean);
  const T tau = rho / eps;
  return hall_linearisation<T>{phi,
                               eps,
                               kilocalories_per_kilogram(rho),
                               days(tau),
                               days(tau * std::numbers::ln2_v<T>),
                               kilocalories_per_day(eps / (static_cast<T>(1) - c.beta_total()))};
}

/// The state a sustained day of inputs leads to eventually.
template <real T = double>
struct hall_steady_state {
  bool viable = false;  ///< false when no steady state keeps lean tissue positive
  mass<T> body_mass{};
  mass<T> fat_mass{};
  mass<T> fat_free_mass{};
  mass<T> glycogen{};
  mass<T> extracellular_fluid{};
  energy_rate<T> expenditure{};  ///< equals the intake at steady state
};

namespace detail {
/// Settled glycogen and extracellular fluid under a day's inputs (eq. 1 and eq. 2 at rest).
template <real T>
void hall_settled_water(const hall_model<T>& m, const hall_day<T>& d, T& g, T& ecf) {
  const hall_constants<T>& c = m.constants();
  const hall_state<T> s0 = m.initial_state();
  const T ci_b = m.carbohydrate_share() * m.baseline_intake().in(kilocalories_per_day);
  const T ratio = d.carbohydrate_share * d.intake.in(kilocalories_per_day) / ci_b;
  g = s0.glycogen.in(kilograms)*std::sqrt(ratio);
  ecf = s0.extracellular_fluid.in(kilograms) +
        (d.sodium_change.in(grams_per_day) * static_cast<T>(1000) -
         c.xi_carbohydrate * (static_cast<T>(1) - ratio)) /
            c.xi_sodium;
}
template <real T>
void hall_check_day(const hall_day<T>& d) {
  physique::detail::require_within("intake", d.intake.in(kilocalories_per_day), static_cast<T>(0),
                                   static_cast<T>(hall_max_intake_kcal_per_day), "kcal/d",
                                   "must be within 0-25000 kcal/d");
  physique::detail::require_within("carbohydrate_share", d.carbohydrate_share, static_cast<T>(0),
                                   static_cast<T>(1), "", "must be within [0, 1]");
  physique::detail::require_finite("sodium_change", d.sodium_change);
  physique::detail::require_within("physical_activity_level", d.physical_activity_level,
                                   static_cast<T>(1), static_cast<T>(5), "", "must be within 1-5");
}
}  // namespace detail

/// The eventual state under a sustained day `d` (nonlinear): glycogen and extracellular
/// fluid settle (G = G0 sqrt(CI/CI_b)), AT = beta_AT dEI, dF/dt = dL/dt = 0, and the
/// trajectory keeps L - L0 = 10.4 ln(F/F0) (Forbes), so F solves
///
///     EI = K + gamma_F F + gamma_L L(F) + delta BW(F) + (beta_TEF + beta_AT)(EI - EI0).
///
/// `viable` is false when that F leaves no lean tissue. Throws for an impossible day.
template <real T>
[[nodiscard]] hall_steady_state<T> steady_state(const hall_model<T>& model, const hall_day<T>& d) {
  detail::hall_check_day(d);
  const hall_constants<T>& c = model.constants();
  const hall_state<T> s0 = model.initial_state();
  const T f0 = s0.fat_mass.in(kilograms);
  const T l0 = s0.lean_mass.in(kilograms);
  T g = 0;
  T ecf = 0;
  detail::hall_settled_water(model, d, g, ecf);
  const T ei = d.intake.in(kilocalories_per_day);
  const T dei = ei - model.baseline_intake().in(kilocalories_per_day);
  const T delta = model.activity_parameter(d.physical_activity_level);
  const T a = c.forbes_kg;
  const T water = ecf + c.glycogen_hydration * g;
  // balance(u) with u = ln F; strictly decreasing in u.
  const T rhs0 = ei - model.k_constant() - c.beta_total() * dei;
  auto balance = [&](T u) {
    const T f = std::exp(u);
    const T l = l0 + a * (u - std::log(f0));
    return rhs0 - c.gamma_fat * f - c.gamma_lean * l - delta * (f + l + water);
  };
  auto slope = [&](T u) {
    const T f = std::exp(u);
    return -(c.gamma_fat * f + c.gamma_lean * a + delta * (f + a));
  };
  // Bracket, then safeguarded Newton.
  T lo = std::log(f0);
  T hi = lo;
  int guard = 0;
  while (balance(lo) < static_cast<T>(0) && guard++ < 200)
    lo -= static_cast<T>(1);
  while (balance(hi) > static_cast<T>(0) && guard++ < 400)
    hi += static_cast<T>(1);
  if (!(balance(lo) >= static_cast<T>(0) && balance(hi) <= static_cast<T>(0))) {
    return hall_steady_state<T>{};  // no bracket: not viable
  }
  T u = static_cast<T>(0.5) * (lo + hi);
  for (int i = 0; i < 200; ++i) {
    const T b = balance(u);
    if (b > static_cast<T>(0)) {
      lo = u;
    } else {
      hi = u;
    }
    T next = u - b / slope(u);
    if (!(next > lo && next < hi)) next = static_cast<T>(0.5) * (lo + hi);
    const bool done = std::fabs(next - u) <= std::numeric_limits<T>::epsilon() * static_cast<T>(8);
    u = next;
    if (done || hi - lo <= std::numeric_limits<T>::epsilon() * static_cast<T>(8)) break;
  }
  const T f = std::exp(u);
  const T l = l0 + a * (u - std::log(f0));
  const T bw = f + l + water;
  return hall_steady_state<T>{
      l > static_cast<T>(0) && g >= static_cast<T>(0) && ecf > static_cast<T>(0),
      kilograms(bw),
      kilograms(f),
      kilograms(bw - f),
      kilograms(g),
      kilograms(ecf),
      d.intake};
}

/// Steady state at a sustained intake (baseline carbohydrate share, sodium and PAL).
template <real T>
[[nodiscard]] hall_steady_state<T> steady_state(const hall_model<T>& model,
                                                const energy_rate<T>& intake) {
  return steady_state(model, model.day(intake));
}

/// The intake that holds fat and lean tissue of `state` constant once glycogen,
/// extracellular fluid and adaptive thermogenesis have settled at that intake, with the
/// carbohydrate share, sodium and PAL of `d` (its intake is ignored):
///
///     (1 - beta) EI = K + gamma_F F + gamma_L L + delta BW(EI) - beta EI0.
///
/// Matches the NIH planner's "calories for balance" up to its TEF/AT convention.
template <real T>
[[nodiscard]] energy_rate<T> maintenance_intake(const hall_model<T>& model,
                                                const hall_state<T>& state, const hall_day<T>& d) {
  physique::detail::require_positive("fat_mass", state.fat_mass);
  physique::detail::require_positive("lean_mass", state.lean_mass);
  const hall_constants<T>& c = model.constants();
  const T f = state.fat_mass.in(kilograms);
  const T l = state.lean_mass.in(kilograms);
  const T ei0 = model.baseline_intake().in(kilocalories_per_day);
  const T delta = model.activity_parameter(d.physical_activity_level);
  const T one_minus_beta = static_cast<T>(1) - c.beta_total();
  T ei = ei0;
  for (int i = 0; i < 50; ++i) {
    hall_day<T> trial = d;
    trial.intake = kilocalories_per_day(ei);
    detail::hall_check_day(trial);
    T g = 0;
    T ecf = 0;
    detail::hall_settled_water(model, trial, g, ecf);
    const T bw = f + l + ecf + c.glycogen_hydration * g;
    const T next = (model.k_constant() + c.gamma_fat * f + c.gamma_lean * l + delta * bw -
                    c.beta_total() * ei0) /
                   one_minus_beta;
    const bool done = std::fabs(next - ei) <= static_cast<T>(1e-4) * (static_cast<T>(1) + ei);
    ei = next;
    if (done) break;
  }
  physique::detail::require_non_negative("maintenance_intake", ei, "kcal/d");
  return kilocalories_per_day(ei);
}

/// Maintenance intake with the baseline carbohydrate share, sodium and PAL.
template <real T>
[[nodiscard]] energy_rate<T> maintenance_intake(const hall_model<T>& model,
                                                const hall_state<T>& state) {
  return maintenance_intake(model, state, model.day(model.baseline_intake()));
}

/// Answer to "what should I eat to weigh X on day N, and then to stay there?".
template <real T = double>
struct hall_goal_plan {
  energy_rate<T> intake;       ///< constant intake for days 0 .. N-1
  hall_state<T> at_goal;       ///< state at the end of day N-1 (t = N)
  mass<T> body_mass_at_goal;   ///< body mass then (equals the goal to about 1 g)
  energy_rate<T> maintenance;  ///< intake that holds fat and lean tissue afterwards
};

namespace detail {
/// Body mass after `days` days at a constant `intake`, or -infinity when that intake
/// exhausts fat or lean tissue on the way (lower than any goal: body mass at day N rises
/// with intake, and an exhausted run lies below every viable one).
template <real T>
[[nodiscard]] T hall_body_mass_at(const hall_model<T>& model, T intake, int days,
                                  hall_options options) {
  const std::optional<hall_state<T>> s =
      model.final_state_if_viable(constant_intake<T>{kilocalories_per_day(intake)}, days, options);
  return s ? model.body_mass(*s).in(kilograms) : -std::numeric_limits<T>::infinity();
}
}  // namespace detail

/// The constant intake that brings body mass to `goal` after `days` days (t = days, 1 to
/// `hall_max_days`), and the intake that maintains the reached state afterwards. Body mass
/// at day N rises strictly with intake, so the answer is bracketed between 0 and
/// `hall_max_intake_kcal_per_day` and found by the secant method on the full model from
/// the linearised guess, falling back to bisection whenever a secant step leaves the
/// bracket. Throws `invalid_argument` (parameter "goal_body_mass") when the goal is lower
/// than zero intake reaches by that day ("too low") or higher than the highest accepted
/// intake reaches ("too high"), and for days outside 1-36525.
template <real T>
[[nodiscard]] hall_goal_plan<T> intake_for_goal(const hall_model<T>& model, const mass<T>& goal,
                                                int days, hall_options options = {}) {
  physique::detail::require_positive("goal_body_mass", goal);
  physique::detail::require(days >= 1 && days <= hall_max_days, "days", static_cast<double>(days),
                            "d", "must be within 1-36525");
  const T target = goal.in(kilograms);
  auto miss = [&](T ei) { return detail::hall_body_mass_at(model, ei, days, options) - target; };
  T lo = 0;
  T hi = static_cast<T>(hall_max_intake_kcal_per_day);
  physique::detail::require(!(miss(lo) > static_cast<T>(0)), "goal_body_mass", target, "kg",
                            "is too low: even zero intake does not bring body mass down to it "
                            "by that day");
  physique::detail::require(!(miss(hi) < static_cast<T>(0)), "goal_body_mass", target, "kg",
                            "is too high: even the highest accepted intake (25000 kcal/d) "
                            "does not bring body mass up to it by that day");
  const hall_linearisation<T> lin = linearise(model);
  const T ei0 = model.baseline_intake().in(kilocalories_per_day);
  const T frac =
      static_cast<T>(1) - std::exp(-(static_cast<T>(days) / lin.time_constant.in(physique::days)));
  auto inside = [&](T x) { return x > lo && x < hi; };
  T x0 = ei0 + (target - model.baseline_body_mass().in(kilograms)) *
                   lin.intake_change_per_kg.in(kilocalories_per_day) / frac;
  if (!inside(x0)) x0 = static_cast<T>(0.5) * (lo + hi);
  T y0 = miss(x0);
  T x1 = inside(x0 + static_cast<T>(50)) ? x0 + static_cast<T>(50) : x0 - static_cast<T>(50);
  T y1 = miss(x1);
  const T tolerance = static_cast<T>(1e-6) * (static_cast<T>(1) + target);
  for (int i = 0; i < 200 && std::fabs(y1) > tolerance; ++i) {
    // Keep the bracket [lo, hi] around the root with the points seen so far.
    for (const auto& [x, y] : {std::pair{x0, y0}, std::pair{x1, y1}}) {
      if (y < static_cast<T>(0) && x > lo) lo = x;
      if (y > static_cast<T>(0) && x < hi) hi = x;
    }
    T x2 = (is_finite(y0) && is_finite(y1) && y1 != y0) ? x1 - y1 * (x1 - x0) / (y1 - y0)
                                                        : static_cast<T>(0.5) * (lo + hi);
    if (!inside(x2)) x2 = static_cast<T>(0.5) * (lo + hi);
    x0 = x1;
    y0 = y1;
    x1 = x2;
    y1 = miss(x1);
    if (hi - lo <= std::numeric_limits<T>::epsilon() * static_cast<T>(16) * hi) break;
  }
  const hall_state<T> s =
      model.final_state(constant_intake<T>{kilocalories_per_day(x1)}, days, options);
  return hall_goal_plan<T>{kilocalories_per_day(x1), s, model.body_mass(s),
                           maintenance_intake(model, s)};
}

/// How a goal relates to a run: reached on a day, already met at the start, or never.
enum class goal_outcome {
  reached,        ///< body mass reaches the goal on day `days` (>= 1)
  already_there,  ///< the goal is the starting body mass (`days` = 0)
  never,          ///< the goal lies at or beyond the asymptote, or past `max_days`
};

/// Answer to "how long until I weigh X at this intake?".
template <real T = double>
struct hall_goal_time {
  goal_outcome outcome = goal_outcome::never;
  int days = 0;         ///< first day t (end of day t-1) at which body mass reaches the goal
  mass<T> asymptote{};  ///< eventual body mass at this intake (steady state)
  /// True unless the goal is never reached.
  [[nodiscard]] constexpr bool reachable() const noexcept { return outcome != goal_outcome::never; }
};

/// Days until body mass first reaches `goal` at a sustained `intake` (baseline carbohydrate
/// share, sodium and PAL). `already_there` when the goal is the starting body mass;
/// `never` when the goal is not strictly inside the eventual weight, or not reached within
/// `max_days` (0-36525). Throws for impossible input.
template <real T>
[[nodiscard]] hall_goal_time<T> days_to_goal(const hall_model<T>& model,
                                             const energy_rate<T>& intake, const mass<T>& goal,
                                             int max_days = hall_max_days,
                                             hall_options options = {}) {
  physique::detail::require_positive("goal_body_mass", goal);
  physique::detail::require(max_days >= 0 && max_days <= hall_max_days, "max_days",
                            static_cast<double>(max_days), "d", "must be within 0-36525");
  const hall_steady_state<T> ss = steady_state(model, intake);
  hall_goal_time<T> out{goal_outcome::never, 0, ss.body_mass};
  const mass<T> bw0 = model.baseline_body_mass();
  if (goal == bw0) {
    out.outcome = goal_outcome::already_there;
    return out;
  }
  const bool losing = goal < bw0;
  if (!ss.viable || (losing ? !(ss.body_mass < goal) : !(ss.body_mass > goal))) return out;
  hall_state<T> s = model.initial_state();
  const hall_day<T> d = model.day(intake);
  for (int t = 1; t <= max_days; ++t) {
    s = model.step(s, d, options);
    const mass<T> bw = model.body_mass(s);
    if (losing ? bw <= goal : bw >= goal) {
      out.outcome = goal_outcome::reached;
      out.days = t;
      return out;
    }
  }
  return out;
}

/// Body-weight change predicted by the static rule: intake change x duration / energy
/// density (3500 kcal per pound = 7716.2 kcal/kg by default; Wishnofsky 1958).
template <real T>
[[nodiscard]] mass<T> static_rule_change(
    const energy_rate<T>& intake_change, const duration<T>& t,
    const energy_density<T>& density = kilocalories_per_pound(static_cast<T>(3500))) {
  physique::detail::require_finite("intake_change", intake_change);
  physique::detail::require_non_negative("duration", t);
  physique::detail::require_positive("energy_density", density);
  return kilograms(intake_change.in(kilocalories_per_day)*t.in(days) /
                   density.in(kilocalories_per_kilogram));
}

/// The dynamic model's body mass and the static rule's, side by side.
template <real T = double>
struct hall_static_comparison {
  mass<T> dynamic_body_mass;
  mass<T> dynamic_fat_mass;
  mass<T> dynamic_fat_free_mass;
  /// Baseline + static_rule_change; empty when the static rule's body mass would be zero or
  /// negative (it loses weight linearly for ever: a long deficit "loses" the whole body).
  std::optional<mass<T>> static_body_mass;
};

/// Compares the model and the static rule after `days` days at a sustained `intake`.
template <real T>
[[nodiscard]] hall_static_comparison<T> compare_with_static_rule(
    const hall_model<T>& model, const energy_rate<T>& intake, int days,
    const energy_density<T>& density = kilocalories_per_pound(static_cast<T>(3500))) {
  const hall_state<T> s = model.final_state(constant_intake<T>{intake}, days);
  const mass<T> bw = model.body_mass(s);
  const mass<T> static_mass = model.baseline_body_mass() +
                              static_rule_change(intake - model.baseline_intake(),
                                                 physique::days(static_cast<T>(days)), density);
  std::optional<mass<T>> static_body_mass;
  if (static_mass > mass<T>{}) static_body_mass = static_mass;
  return hall_static_comparison<T>{bw, s.fat_mass, bw - s.fat_mass, static_body_mass};
}

}  // namespace physique::energy
