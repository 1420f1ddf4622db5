// SPDX-License-Identifier: MIT
// hall_model: the dynamic adult body-weight model (fat, lean tissue, glycogen,
// extracellular fluid, adaptive thermogenesis) with Forbes partitioning, integrated by
// classic Runge-Kutta. Source: Hall KD, Sacks G, Chandramohan D, et al. Quantification of
// the effect of energy imbalance on bodyweight. Lancet 2011;378:826-37, web appendix eqs 1-9.
#pragma once

#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

#include <physique/composition/jackson_2002.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/literals.hpp>
#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
#include <physique/detail/require.hpp>
#include <physique/energy/hall_intake.hpp>
#include <physique/energy/hall_parameters.hpp>
#include <physique/energy/mifflin_st_jeor.hpp>

namespace physique::energy {

/// Who is simulated and how the baseline is set.
///
/// - `individual`: sex, age, height and body mass at the start (must pass `validate`).
/// - `physical_activity_level`: baseline PAL, in [1, 5] (1.5 is the web appendix's
///   sedentary value; outside 1.4-2.4 is reported by `validity()`).
/// - `fat_mass`: a measured fat mass; when empty the model uses Jackson et al. 2002
///   (BMI, age, sex), as the web appendix does (eq. 4).
/// - `carbohydrate_share`: share of the baseline intake eaten as carbohydrate, in (0, 1].
/// - `constants`: `hall_constants<T>::paper()` (default) or `nih_planner()`.
template <real T = double>
struct hall_setup {
  physique::person<T> individual{};
  T physical_activity_level = static_cast<T>(1.5);
  std::optional<mass<T>> fat_mass{};
  T carbohydrate_share = static_cast<T>(0.5);
  hall_constants<T> constants = hall_constants<T>::paper();
};

/// The model's state at one instant. `lean_mass` is the lean-tissue compartment L of the
/// web appendix: body mass minus fat, extracellular fluid and glycogen with its water.
/// Fat-free mass is body mass minus fat mass.
template <real T = double>
struct hall_state {
  mass<T> fat_mass{};
  mass<T> lean_mass{};
  mass<T> glycogen{};
  mass<T> extracellular_fluid{};
  energy_rate<T> adaptive_thermogenesis{};
};

/// One row of a simulated trajectory. Record 0 is the baseline (t = 0, before the plan).
/// Record d + 1 is the state at the end of plan day d (t = d + 1 days); its `intake` is
/// that day's intake and its `expenditure` the mean total expenditure over that day (the
/// closed form, web appendix eq. 9, averaged with the Runge-Kutta weights, so that intake
/// minus expenditure equals the energy stored in fat, lean tissue and glycogen that day).
/// Record 0 carries the baseline intake and expenditure.
template <real T = double>
struct hall_record {
  int day = 0;
  mass<T> body_mass{};
  mass<T> fat_mass{};
  mass<T> fat_free_mass{};
  mass<T> lean_mass{};
  mass<T> glycogen{};
  mass<T> extracellular_fluid{};
  energy_rate<T> adaptive_thermogenesis{};
  energy_rate<T> intake{};
  energy_rate<T> expenditure{};
};

/// Integration settings. `steps_per_day` is the least number of classic RK4 steps a day
/// (1 by default, as in the web appendix and both public tools); the model takes more on a
/// day whose glycogen equation is too stiff for that step (see `hall_model`). The intake is
/// constant within a day whatever the step.
struct hall_options {
  int steps_per_day = 1;
};

/// The longest simulation accepted: 100 years (36 525 days). The model does not age the
/// person, so longer runs have no meaning, and a trajectory that long is 3.7 MB.
inline constexpr int hall_max_days = 36525;

/// Largest RK4 step, as a multiple of glycogen's time constant, that the model takes
/// (z = h lambda_G <= 2; see `hall_model`).
inline constexpr double hall_max_glycogen_step = 2.0;

/// The Hall et al. (2011) dynamic adult body-weight model for one person.
///
/// Equations (energies in kcal/d, masses in kg, t in days; dEI = EI - EI0):
///
///     rho_G dG/dt     = CI - k_G G^2                                   (eq. 1)
///     [Na] dECF/dt    = dNa - xi_Na (ECF - ECF0) - xi_CI (1 - CI/CI_b) (eq. 2)
///     dAT/dt          = (beta_AT dEI - AT) / tau_AT                     (eq. 7)
///     rho_F dF/dt     = (1 - p)(EI - EE - rho_G dG/dt),  p = C / (C + F) (eq. 3)
///     rho_L dL/dt     = p (EI - EE - rho_G dG/dt)
///     EE = K + gamma_F F + gamma_L L + delta BW + beta_TEF dEI + AT
///          + eta_F dF/dt + eta_L dL/dt                                  (eq. 5)
///     BW = F + L + ECF + 3.7 G
///
/// with C = 10.4 kg rho_L / rho_F. Baseline: RMR from Mifflin-St Jeor (exact
/// coefficients), EE0 = EI0 = PAL x RMR (energy balance at t = 0), F0 measured or from
/// Jackson 2002, ECF0 from the equation used by the R package bw, G0 = 0.5 kg,
/// L0 = BW0 - F0 - ECF0 - 3.7 G0, AT(0) = 0, delta = ((1 - beta_TEF) PAL - 1) RMR / BW0
/// (eq. 8), K from baseline balance, CI_b = carbohydrate share x EI0, k_G = CI_b / G0^2.
/// TEF and AT act on the change of intake; this is the R package bw's convention and is
/// algebraically the same as the NIH planner's (TEF and AT on total intake with its K).
///
/// Integration: classic RK4 on (F, L, G, ECF, AT), one-day step by default, intake constant
/// within a day (day d covers t in [d, d + 1)). AT and ECF are linear within a day, so
/// their RK4 stages are written in closed form (same result up to rounding). Nothing ages
/// inside the dynamics (neither public implementation does).
///
/// Step rule: glycogen (eq. 1) is the only stiff compartment. Its rate of relaxation is
/// lambda_G = 2 k_G G / rho_G, which grows with the carbohydrate intake (k_G = CI_b / G0^2,
/// G settles at sqrt(CI / k_G)): about 1.4 per day at PAL 1.5, 4.6 at PAL 5. Classic RK4 is
/// unstable beyond h lambda = 2.785, which made one-day steps wrong at PAL >= 3 (up to
/// 100 kg a year, or a spurious error). Each day therefore takes
/// n = max(steps_per_day, ceil(lambda_max / 2)) equal steps, where lambda_max is lambda_G at
/// the larger of the current glycogen and the day's settled glycogen (G moves monotonically
/// between them). At h lambda <= 2 the one-year body mass is within 1e-5 kg (fat 1e-4 kg) of a
/// 64-step reference over PAL 1-5 and intake changes of -1000 to +1000 kcal/d (tested); every
/// person and plan with lambda_max <= 2 (PAL up to about 2.2 for most adults) keeps the
/// one-day step and exactly the results of earlier versions.
///
/// Performance: about 300 instructions per simulated day (about 10 us per person-year in
/// double on the development machine); use `simulate_population` for many people.
///
/// Throws `invalid_argument` for an impossible person or setup; during a simulation, for
/// an impossible day (NaN or negative intake, carbohydrate share outside [0, 1], PAL
/// outside [1, 5]) and when a day would make fat, lean, glycogen or extracellular fluid
/// non-positive (parameter "day", value = the day). It never returns a NaN trajectory.
template <real T = double>
class hall_model {
 public:
  static constexpr equation_info info = hall_2011_info;

  /// Builds the baseline. Throws `invalid_argument` for invalid constants (see
  /// `validate(hall_constants)`), an impossible person, a PAL
  /// outside [1, 5], a carbohydrate share outside (0, 1], a fat mass that leaves no lean
  /// tissue, or (without a measured fat mass) a Jackson 2002 estimate that is not positive.
  explicit hall_model(const hall_setup<T>& setup) : c_(setup.constants) {
    const physique::person<T>& p = setup.individual;
    validate(c_);
    validate(p);
    physique::detail::require_within("physical_activity_level", setup.physical_activity_level,
                                     static_cast<T>(1), static_cast<T>(5), "",
                                     "must be within 1-5 (total / resting expenditure)");
    physique::detail::require(
        is_finite(setup.carbohydrate_share) && setup.carbohydrate_share > static_cast<T>(0) &&
            setup.carbohydrate_share <= static_cast<T>(1),
        "carbohydrate_share", setup.carbohydrate_share, "", "must be within (0, 1]");
    age_years_ = p.age.in(years);
    sex_ = p.sex;
    bw0_ = p.body_mass.in(kilograms);
    bmi_ = body_mass_index(p.body_mass, p.height);
    const T h = p.height.in(meters);
    rmr0_ = mifflin_st_jeor{}(p).in(kilocalories_per_day);
    physique::detail::require_positive("resting_expenditure", rmr0_, "kcal/d");
    pal0_ = setup.physical_activity_level;
    ei0_ = pal0_ * rmr0_;
    if (setup.fat_mass.has_value()) {
      f0_ = setup.fat_mass->in(kilograms);
      physique::detail::require(is_finite(f0_) && f0_ > static_cast<T>(0) && f0_ < bw0_, "fat_mass",
                                f0_, "kg", "must be positive and less than body_mass");
    } else {
      f0_ = bw0_ * composition::jackson_2002{}(p) / static_cast<T>(100);
      physique::detail::require(is_finite(f0_) && f0_ > static_cast<T>(0), "fat_mass", f0_, "kg",
                                "Jackson 2002 estimate is not positive; pass a measured fat_mass");
    }
    ecf0_ = p.sex == sex::male
                ? static_cast<T>(0.025) * age_years_ + static_cast<T>(9.57) * h +
                      static_cast<T>(0.191) * bw0_ - static_cast<T>(12.4)
                : static_cast<T>(-4.0) + static_cast<T>(5.98) * h + static_cast<T>(0.167) * bw0_;
    physique::detail::require_positive("extracellular_fluid", ecf0_, "kg");
    l0_ = bw0_ - f0_ - ecf0_ - c_.glycogen_hydration * c_.glycogen_baseline;
    physique::detail::require(
        is_finite(l0_) && l0_ > static_cast<T>(0), "fat_mass", f0_, "kg",
        "leaves no lean tissue (body_mass - fat - ECF - glycogen water <= 0)");
    delta_per_pal_ = rmr0_ / bw0_;
    delta0_ = activity_parameter(pal0_);
    k_ = ei0_ - c_.gamma_fat * f0_ - c_.gamma_lean * l0_ - delta0_ * bw0_;
    carb0_ = setup.carbohydrate_share;
    ci_b_ = carb0_ * ei0_;
    k_g_ = ci_b_ / (c_.glycogen_baseline * c_.glycogen_baseline);
    const T forbes_c = c_.forbes_energy_kg();
    partition_c_ = forbes_c * (static_cast<T>(1) + c_.eta_lean / c_.rho_lean);
    partition_f_ = static_cast<T>(1) + c_.eta_fat / c_.rho_fat;
    lean_per_q_ = forbes_c / c_.rho_lean;
    inv_rho_fat_ = static_cast<T>(1) / c_.rho_fat;
    inv_rho_glycogen_ = static_cast<T>(1) / c_.rho_glycogen;
    inv_sodium_ecf_ = static_cast<T>(1) / c_.sodium_ecf;
    inv_tau_at_ = static_cast<T>(1) / c_.tau_at;
    // lambda_G <= z_max at G <= g_limit_ (see the step rule).
    g_limit_ =
        static_cast<T>(hall_max_glycogen_step) * c_.rho_glycogen / (static_cast<T>(2) * k_g_);
    at_one_ = factors(inv_tau_at_);
    ecf_one_ = factors(c_.xi_sodium * inv_sodium_ecf_);
  }

  // ---- baseline ------------------------------------------------------------------------

  [[nodiscard]] const hall_constants<T>& constants() const noexcept { return c_; }
  /// Resting metabolic rate at baseline (Mifflin-St Jeor, exact coefficients).
  [[nodiscard]] energy_rate<T> resting_expenditure() const noexcept {
    return kilocalories_per_day(rmr0_);
  }
  /// Baseline intake = baseline total expenditure = PAL x RMR.
  [[nodiscard]] energy_rate<T> baseline_intake() const noexcept {
    return kilocalories_per_day(ei0_);
  }
  [[nodiscard]] T physical_activity_level() const noexcept { return pal0_; }
  [[nodiscard]] T carbohydrate_share() const noexcept { return carb0_; }
  [[nodiscard]] mass<T> baseline_body_mass() const noexcept { return kilograms(bw0_); }
  [[nodiscard]] T age_years() const noexcept { return age_years_; }
  /// The activity parameter delta (kcal/kg/d) for a PAL: ((1 - beta_TEF) PAL - 1) RMR0/BW0.
  [[nodiscard]] T activity_parameter(T pal) const noexcept {
    return ((static_cast<T>(1) - c_.beta_tef) * pal - static_cast<T>(1)) * delta_per_pal_;
  }
  /// The PAL whose activity parameter is the baseline one changed by `percent` (the NIH
  /// planner expresses activity changes this way): delta' = delta0 (1 + percent / 100),
  /// PAL' = (1 + delta' BW0 / RMR0) / (1 - beta_TEF). Throws for a non-finite percent.
  [[nodiscard]] T physical_activity_level_for_change(T percent) const {
    physique::detail::require_finite("percent", percent, "%");
    const T delta = delta0_ * (static_cast<T>(1) + percent / static_cast<T>(100));
    return (static_cast<T>(1) + delta / delta_per_pal_) / (static_cast<T>(1) - c_.beta_tef);
  }
  /// The constant K of eq. 5 (kcal/d), set so the baseline is in energy balance.
  [[nodiscard]] T k_constant() const noexcept { return k_; }
  /// The state at t = 0.
  [[nodiscard]] hall_state<T> initial_state() const noexcept {
    return hall_state<T>{kilograms(f0_), kilograms(l0_), kilograms(c_.glycogen_baseline),
                         kilograms(ecf0_), kilocalories_per_day(static_cast<T>(0))};
  }
  /// Body mass of a state: F + L + ECF + 3.7 G.
  [[nodiscard]] mass<T> body_mass(const hall_state<T>& s) const noexcept {
    return kilograms(body_mass_raw(to_raw(s)));
  }
  /// A day at `intake` with the baseline carbohydrate share, sodium and PAL.
  [[nodiscard]] hall_day<T> day(const energy_rate<T>& intake) const noexcept {
    return hall_day<T>{intake, carb0_, mass_rate<T>{}, pal0_};
  }
  /// A plan with this person's baseline carbohydrate share and PAL as defaults.
  template <class Intake>
  [[nodiscard]] hall_plan<T, Intake> plan(Intake intake) const {
    return hall_plan<T, Intake>(std::move(intake), carb0_, pal0_);
  }
  /// RK4 steps the model takes on a day of `d` that starts at `s` (the step rule above,
  /// with `options.steps_per_day` as the least). Throws for an impossible day.
  [[nodiscard]] int steps_on_day(const hall_state<T>& s, const hall_day<T>& d,
                                 hall_options options = {}) const {
    check_options(options);
    return steps_for(to_raw(s), day_coeffs(d, 0), options.steps_per_day);
  }

  /// Inputs outside the domain the model and its initial equations were built on (age
  /// 18-78 y, PAL 1.4-2.4). Never throws.
  [[nodiscard]] validity_report validity() const noexcept {
    const input_value inputs[] = {{"age", static_cast<double>(age_years_)},
                                  {"physical_activity_level", static_cast<double>(pal0_)},
                                  {"body_mass_index", static_cast<double>(bmi_)}};
    return info.domain.check(sex_, inputs);
  }

  // ---- dynamics ------------------------------------------------------------------------

  /// Total energy expenditure at a state under a day's inputs (closed form, eq. 9).
  /// Throws `invalid_argument` for an impossible day.
  [[nodiscard]] energy_rate<T> expenditure(const hall_state<T>& s, const hall_day<T>& d) const {
    return kilocalories_per_day(expenditure_raw(to_raw(s), day_coeffs(d, 0)));
  }

  /// The state after one day of `d` (RK4 with `options.steps_per_day` steps).
  [[nodiscard]] hall_state<T> step(const hall_state<T>& s, const hall_day<T>& d,
                                   hall_options options = {}) const {
    check_options(options);
    T ee = 0;
    const raw start = to_raw(s);
    T den = denominator(start);
    const coeffs k = day_coeffs(d, 0);
    const raw next = advance_day(start, den, k, steps_for(start, k, options.steps_per_day), ee);
    check_state(next, 0);
    return from_raw(next);
  }

  /// Simulates `days` days (0 to `hall_max_days`) and writes `days + 1` records (baseline,
  /// then the end of each day) to `out`. `source(int day)` returns the day's
  /// `energy_rate<T>` intake (other inputs at baseline) or a full `hall_day<T>`. No
  /// allocation. Returns the advanced iterator.
  template <class Source, class OutIt>
  OutIt simulate(Source&& source, int days, OutIt out, hall_options options = {}) const {
    check_days(days);
    *out = baseline_record();
    ++out;
    static_cast<void>(run(source, days, options, [&](int day, const raw& s, T intake, T ee) {
      *out = make_record(day, s, intake, ee);
      ++out;
    }));
    return out;
  }

  /// Simulates `out.size() - 1` days into `out` (record 0 is the baseline).
  template <class Source>
  void simulate(Source&& source, std::span<hall_record<T>> out, hall_options options = {}) const {
    if (out.empty()) return;
    physique::detail::require(out.size() - 1 <= static_cast<std::size_t>(hall_max_days), "out",
                              static_cast<double>(out.size()), "records",
                              "must hold at most hall_max_days + 1 records (100 years)");
    simulate(source, static_cast<int>(out.size() - 1), out.begin(), options);
  }

  /// The trajectory as a vector of `days + 1` records (one allocation; `days` within 0 to
  /// `hall_max_days`, checked before allocating).
  template <class Source>
  [[nodiscard]] std::vector<hall_record<T>> trajectory(Source&& source, int days,
                                                       hall_options options = {}) const {
    check_days(days);
    std::vector<hall_record<T>> v(static_cast<std::size_t>(days) + 1U);
    simulate(source, days, v.begin(), options);
    return v;
  }

  /// The state after `days` days, without writing a trajectory.
  template <class Source>
  [[nodiscard]] hall_state<T> final_state(Source&& source, int days,
                                          hall_options options = {}) const {
    check_days(days);
    return from_raw(run(source, days, options, [](int, const raw&, T, T) noexcept {}));
  }

  /// As `final_state`, but a plan that drives a compartment to zero returns an empty
  /// optional instead of throwing (impossible input still throws). For searches over
  /// intakes, where an exhausted run is an answer, not an error.
  template <class Source>
  [[nodiscard]] std::optional<hall_state<T>> final_state_if_viable(
      Source&& source, int days, hall_options options = {}) const {
    check_days(days);
    bool viable = true;
    const raw s = run_until(source, days, options, viable);
    if (!viable) return std::nullopt;
    return from_raw(s);
  }

  /// The record describing a state (for callers that step by hand).
  [[nodiscard]] hall_record<T> record(int day, const hall_state<T>& s, const energy_rate<T>& intake,
                                      const energy_rate<T>& expenditure_rate) const noexcept {
    return make_record(day, to_raw(s), intake.in(kilocalories_per_day),
                       expenditure_rate.in(kilocalories_per_day));
  }

 private:
  struct raw {
    T f, l, g, ecf, at;
  };
  struct coeffs {
    T ei, ci, ecf_drive, ecf_target, at_target, energy_base, delta, fat_slope, lean_slope,
        water_slope, g_settled;
  };

  static void check_options(const hall_options& o) {
    physique::detail::require(o.steps_per_day >= 1 && o.steps_per_day <= 1000, "steps_per_day",
                              static_cast<double>(o.steps_per_day), "", "must be within 1-1000");
  }
  static void check_days(int days) {
    physique::detail::require(days >= 0 && days <= hall_max_days, "days", static_cast<double>(days),
                              "d", "must be within 0-36525 (100 years; the model does not age)");
  }

  /// Steps for a day (the step rule): lambda_G / z_max = max(G, G*) / g_limit_.
  [[nodiscard]] int steps_for(const raw& s, const coeffs& k, int least) const {
    const T cap = g_limit_ * static_cast<T>(least);
    if (s.g <= cap && k.g_settled <= cap) [[likely]] {
      return least;
    }
    return stiff_steps(s, k, least);
  }
  /// The step rule's count when `least` steps are too few (kept out of the day loop).
  [[gnu::cold, gnu::noinline]] int stiff_steps(const raw& s, const coeffs& k, int least) const {
    const T g_max = s.g > k.g_settled ? s.g : k.g_settled;
    const T needed = std::ceil(g_max / g_limit_);
    physique::detail::require(needed <= static_cast<T>(1000), "intake", k.ei, "kcal/d",
                              "turns glycogen over faster than 1000 steps a day can follow "
                              "(carbohydrate intake too high for this person)");
    return needed > static_cast<T>(least) ? static_cast<int>(needed) : least;
  }

  [[nodiscard]] raw initial_raw() const noexcept {
    return raw{f0_, l0_, c_.glycogen_baseline, ecf0_, static_cast<T>(0)};
  }
  [[nodiscard]] static raw to_raw(const hall_state<T>& s) noexcept {
    return raw{s.fat_mass.in_base_unit(), s.lean_mass.in_base_unit(), s.glycogen.in_base_unit(),
               s.extracellular_fluid.in_base_unit(), s.adaptive_thermogenesis.in_base_unit()};
  }
  [[nodiscard]] static hall_state<T> from_raw(const raw& r) noexcept {
    return hall_state<T>{kilograms(r.f), kilograms(r.l), kilograms(r.g), kilograms(r.ecf),
                         kilocalories_per_day(r.at)};
  }
  [[nodiscard]] T body_mass_raw(const raw& s) const noexcept {
    return s.f + s.l + s.ecf + c_.glycogen_hydration * s.g;
  }

  template <class Source>
  [[nodiscard]] hall_day<T> resolve(Source& source, int d) const {
    using result = std::remove_cvref_t<decltype(source(d))>;
    if constexpr (std::is_same_v<result, hall_day<T>>) {
      return source(d);
    } else {
      return day(energy_rate<T>(source(d)));
    }
  }

  /// Validates a day and precomputes what the derivative needs. `day_index` only names
  /// the day in errors.
  [[nodiscard]] coeffs day_coeffs(const hall_day<T>& d, int /*day_index*/) const {
    const T ei = d.intake.in(kilocalories_per_day);
    physique::detail::require_within("intake", ei, static_cast<T>(0),
                                     static_cast<T>(hall_max_intake_kcal_per_day), "kcal/d",
                                     "must be within 0-25000 kcal/d");
    physique::detail::require_within("carbohydrate_share", d.carbohydrate_share, static_cast<T>(0),
                                     static_cast<T>(1), "", "must be within [0, 1]");
    const T dna = d.sodium_change.in(grams_per_day) * static_cast<T>(1000);  // mg/d
    physique::detail::require_finite("sodium_change", dna, "mg/d");
    physique::detail::require_within("physical_activity_level", d.physical_activity_level,
                                     static_cast<T>(1), static_cast<T>(5), "",
                                     "must be within 1-5");
    const T ci = d.carbohydrate_share * ei;
    const T dei = ei - ei0_;
    coeffs k{};
    k.ei = ei;
    k.ci = ci;
    k.ecf_drive =
        dna - c_.xi_carbohydrate * (static_cast<T>(1) - ci / ci_b_) + c_.xi_sodium * ecf0_;
    k.ecf_target = k.ecf_drive / c_.xi_sodium;  // ECF at which eq. 2 is at rest
    k.at_target = c_.beta_at * dei;
    k.energy_base = ei - k_ - c_.beta_tef * dei;
    k.delta = activity_parameter(d.physical_activity_level);
    k.fat_slope = c_.gamma_fat + k.delta;
    k.lean_slope = c_.gamma_lean + k.delta;
    k.water_slope = k.delta * c_.glycogen_hydration;
    k.g_settled = std::sqrt(ci / k_g_);  // eq. 1 at rest
    return k;
  }

  [[nodiscard]] T denominator(const raw& s) const noexcept {
    return partition_c_ + partition_f_ * s.f;
  }

  /// Derivatives of F, L and G (kg/d). `den` is the partition denominator
  /// C (1 + eta_L/rho_L) + F (1 + eta_F/rho_F) at `s` (the caller carries it along so the
  /// division starts early).
  [[nodiscard, gnu::always_inline]] raw rates(const raw& s, const coeffs& k, T den) const noexcept {
    raw r;
    const T inv_den = static_cast<T>(1) / den;
    r.g = (k.ci - k_g_ * s.g * s.g) * inv_rho_glycogen_;
    r.ecf = T{};  // ECF and AT are stepped in closed form (see linear_factors)
    r.at = T{};
    const T fast = k.delta * s.ecf + k.water_slope * s.g + s.at + c_.rho_glycogen * r.g;
    const T x = k.energy_base - fast - k.fat_slope * s.f - k.lean_slope * s.l;
    r.l = (lean_per_q_ * x) * inv_den;
    r.f = (s.f * inv_rho_fat_ * x) * inv_den;
    return r;
  }

  /// Closed-form expenditure (eq. 9) at a state.
  [[nodiscard]] T expenditure_raw(const raw& s, const coeffs& k) const noexcept {
    const raw r = rates(s, k, denominator(s));
    return k.ei - c_.rho_fat * r.f - c_.rho_lean * r.l - c_.rho_glycogen * r.g;
  }

  /// Classic RK4 applied to a linear equation y' = lambda (y* - y) with y* constant over
  /// the step gives stage values y* - (y* - y) c_k and the update y* - (y* - y) R(z),
  /// z = lambda h, with the polynomials below. AT (eq. 7) and ECF (eq. 2) are such
  /// equations within a day, so their stages cost two operations each; the result is the
  /// same RK4 as stepping them like the other compartments.
  struct linear_factors {
    T c2, c3, c4, r;
  };
  [[nodiscard]] static linear_factors factors(T z) noexcept {
    const T half = z * static_cast<T>(0.5);
    const T z2 = z * z;
    const T z3 = z2 * z;
    const T one = static_cast<T>(1);
    return linear_factors{
        one - half, one - half + half * half,
        one - z + z2 * static_cast<T>(0.5) - z3 * static_cast<T>(0.25),
        one - z + z2 / static_cast<T>(2) - z3 / static_cast<T>(6) + z2 * z2 / static_cast<T>(24)};
  }

  /// One day: `steps` classic RK4 steps. `den` is the partition denominator at `s` on entry
  /// and is advanced with the state (see `rk4_step`).
  [[nodiscard, gnu::always_inline]] raw advance_day(raw s, T& den, const coeffs& k, int steps,
                                                    T& mean_ee) const noexcept {
    if (steps == 1) return rk4_step(s, den, k, static_cast<T>(1), at_one_, ecf_one_, mean_ee);
    const T h = static_cast<T>(1) / static_cast<T>(steps);
    const linear_factors fa = factors(h * inv_tau_at_);
    const linear_factors fe = factors(h * c_.xi_sodium * inv_sodium_ecf_);
    T ee_sum = 0;
    for (int i = 0; i < steps; ++i) {
      T ee = 0;
      s = rk4_step(s, den, k, h, fa, fe, ee);
      ee_sum += ee;
    }
    mean_ee = ee_sum;  // sum of h-weighted means over one day = mean over the day
    return s;
  }

  /// One classic RK4 step of length h; `ee_h` receives h x the step's mean expenditure.
  /// `fa`, `fe`: the linear stage factors of AT and ECF for this h. The stage derivatives
  /// of F, L and G are folded into running sums as they are produced (few values alive at
  /// once). The partition denominator C' + F'' F is linear in F, so it is carried along
  /// with F instead of being recomputed from it. Expenditure is linear in the stage
  /// derivatives (EE = EI - rho_F F' - rho_L L' - rho_G G'), so its RK4 mean over the
  /// step is formed once from the step's increments.
  [[nodiscard, gnu::always_inline]] raw rk4_step(raw s, T& den, const coeffs& k, T h,
                                                 const linear_factors& fa, const linear_factors& fe,
                                                 T& ee_h) const noexcept {
    const T half = h * static_cast<T>(0.5);
    const T sixth = h / static_cast<T>(6);
    const T two = static_cast<T>(2);
    const T den_half = partition_f_ * half;
    const T den_full = partition_f_ * h;
    const T den_sixth = partition_f_ * sixth;
    const T at_gap = k.at_target - s.at;
    const T ecf_gap = k.ecf_target - s.ecf;
    raw r = rates(s, k, den);
    raw acc = r;
    r = rates(raw{s.f + half * r.f, s.l + half * r.l, s.g + half * r.g,
                  k.ecf_target - ecf_gap * fe.c2, k.at_target - at_gap * fa.c2},
              k, den + den_half * r.f);
    acc = raw{acc.f + two * r.f, acc.l + two * r.l, acc.g + two * r.g, T{}, T{}};
    r = rates(raw{s.f + half * r.f, s.l + half * r.l, s.g + half * r.g,
                  k.ecf_target - ecf_gap * fe.c3, k.at_target - at_gap * fa.c3},
              k, den + den_half * r.f);
    acc = raw{acc.f + two * r.f, acc.l + two * r.l, acc.g + two * r.g, T{}, T{}};
    const T den_partial = den + den_sixth * acc.f;
    r = rates(raw{s.f + h * r.f, s.l + h * r.l, s.g + h * r.g, k.ecf_target - ecf_gap * fe.c4,
                  k.at_target - at_gap * fa.c4},
              k, den + den_full * r.f);
    const T inc_f = sixth * (acc.f + r.f);
    const T inc_l = sixth * (acc.l + r.l);
    const T inc_g = sixth * (acc.g + r.g);
    s.f += inc_f;
    s.l += inc_l;
    s.g += inc_g;
    s.ecf = k.ecf_target - ecf_gap * fe.r;
    s.at = k.at_target - at_gap * fa.r;
    ee_h = h * k.ei - c_.rho_fat * inc_f - c_.rho_lean * inc_l - c_.rho_glycogen * inc_g;
    den = den_partial + den_sixth * r.f;
    return s;
  }

  [[nodiscard]] static bool same_day(const hall_day<T>& a, const hall_day<T>& b) noexcept {
    return a.intake == b.intake && a.carbohydrate_share == b.carbohydrate_share &&
           a.sodium_change == b.sodium_change &&
           a.physical_activity_level == b.physical_activity_level;
  }

  /// Whether every compartment is positive and the state finite (an infinity or NaN
  /// anywhere makes sum - sum NaN, and NaN compares false).
  [[nodiscard]] static bool viable(const raw& s) noexcept {
    const T sum = s.f + s.l + s.g + s.ecf + s.at;
    return (s.f > static_cast<T>(0)) & (s.l > static_cast<T>(0)) & (s.g > static_cast<T>(0)) &
           (s.ecf > static_cast<T>(0)) & (sum - sum == static_cast<T>(0));
  }

  /// Throws, naming the day and what ran out, unless `s` is viable.
  static void check_state(const raw& s, int day) {
    if (viable(s)) [[likely]] {
      return;
    }
    const auto fail = [day](const char* why) {
      physique::detail::require(false, "day", static_cast<double>(day), "d", why);
    };
    if (!(s.f > static_cast<T>(0)) || !(s.l > static_cast<T>(0))) {
      fail(
          "the plan exhausts fat or lean tissue on this day: the intake is too low for too "
          "long");
    }
    if (!(s.ecf > static_cast<T>(0))) {
      fail(
          "the plan drives extracellular fluid to zero on this day: the sodium change is too "
          "low");
    }
    fail("the plan drives glycogen to zero or the state out of range on this day");
  }

  template <class Source, class Sink>
  raw run(Source& source, int days, const hall_options& options, Sink&& sink) const {
    check_options(options);
    raw s = initial_raw();
    T den = denominator(s);
    // A day that equals no real day (NaN intake), so day 0 is always validated.
    hall_day<T> previous{kilocalories_per_day(std::numeric_limits<T>::quiet_NaN()), T{}, {}, T{}};
    coeffs k{};
    for (int d = 0; d < days; ++d) {
      const hall_day<T> hd = resolve(source, d);
      // Validation and coefficients only when the day differs from the one before (a NaN
      // never compares equal, so it is always validated).
      if (!same_day(hd, previous)) {
        k = day_coeffs(hd, d);
        previous = hd;
      }
      T ee = 0;
      s = advance_day(s, den, k, steps_for(s, k, options.steps_per_day), ee);
      if constexpr (std::is_same_v<std::remove_cvref_t<Sink>, bool>) {
        if (!viable(s)) [[unlikely]] {
          sink = false;
          return s;
        }
      } else {
        check_state(s, d);
        sink(d + 1, s, k.ei, ee);
      }
    }
    return s;
  }

  /// `run` that reports an exhausted compartment through `viable_out` instead of throwing.
  template <class Source>
  raw run_until(Source& source, int days, const hall_options& options, bool& viable_out) const {
    viable_out = true;
    return run(source, days, options, viable_out);
  }

  [[nodiscard]] hall_record<T> baseline_record() const noexcept {
    return make_record(0, initial_raw(), ei0_, ei0_);
  }
  [[nodiscard]] hall_record<T> make_record(int day, const raw& s, T intake, T ee) const noexcept {
    const T bw = body_mass_raw(s);
    return hall_record<T>{day,
                          kilograms(bw),
                          kilograms(s.f),
                          kilograms(bw - s.f),
                          kilograms(s.l),
                          kilograms(s.g),
                          kilograms(s.ecf),
                          kilocalories_per_day(s.at),
                          kilocalories_per_day(intake),
                          kilocalories_per_day(ee)};
  }

  hall_constants<T> c_;
  physique::sex sex_ = sex::male;
  T age_years_{}, bmi_{}, bw0_{}, rmr0_{}, pal0_{}, ei0_{}, f0_{}, ecf0_{}, l0_{};
  T delta_per_pal_{}, delta0_{}, k_{}, carb0_{}, ci_b_{}, k_g_{};
  T partition_c_{}, partition_f_{}, lean_per_q_{}, inv_rho_fat_{};
  T inv_rho_glycogen_{}, inv_sodium_ecf_{}, inv_tau_at_{}, g_limit_{};
  linear_factors at_one_{}, ecf_one_{};
};

}  // namespace physique::energy
