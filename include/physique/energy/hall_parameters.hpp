// SPDX-License-Identifier: MIT
// hall_constants: the constants of the dynamic adult body-weight model, in kcal, kg and
// days. Sources: Hall KD, Sacks G, Chandramohan D, et al., Lancet 2011;378:826-37, web
// appendix (SI values, converted exactly with 1 kcal = 4.184 kJ); NIH Body Weight Planner
// (rounded kcal set).
#pragma once

#include <physique/core/citation.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/real.hpp>
#include <physique/detail/require.hpp>

namespace physique::energy {

/// The publication the dynamic model comes from, for display next to its results.
inline constexpr citation hall_2011_citation{
    "Hall KD, Sacks G, Chandramohan D, Chow CC, Wang YC, Gortmaker SL, Swinburn BA",
    2011,
    "Quantification of the effect of energy imbalance on bodyweight",
    "Lancet 378(9793):826-837",
    "10.1016/S0140-6736(11)60812-X",
    "Web appendix, equations 1-18"};

/// Identity and validity of the dynamic adult model. The model was built for adults; the
/// initial conditions use Mifflin-St Jeor (19-78 y) and Jackson et al. 2002 (BMI based).
/// The bounds below are the ones `hall_model::validity` reports: adults up to the oldest
/// age of the Mifflin-St Jeor sample, and PAL 1.4-2.4 (the range the R package bw warns
/// outside of).
inline constexpr equation_info hall_2011_info{
    "hall_2011", "Hall et al. (2011) dynamic adult body-weight model", hall_2011_citation,
    validity_domain{"adults (18 y and over); initial conditions from Mifflin-St Jeor and "
                    "Jackson 2002",
                    sex_set::both(),
                    {bound{"age", "yr", interval{18.0, 78.0}},
                     bound{"physical_activity_level", "", interval{1.4, 2.4}}}}};

/// The constants of the Hall 2011 model. Energies in kcal, masses in kg, time in days.
///
/// `hall_constants<T>::paper()` (the default) converts the web appendix's SI values exactly
/// (1 kcal = 4.184 kJ). `hall_constants<T>::nih_planner()` is the rounded kcal set of the NIH
/// Body Weight Planner, which differs mainly in rho_L (1807 instead of 1816.44 kcal/kg); the
/// two sets give body weights up to about 0.1 kg apart over ten years.
///
/// Source: Hall et al., Lancet 2011;378:826-37, web appendix; NIH Body Weight Planner
/// (`bodymodel.js`, archived 2025).
template <real T = double>
struct hall_constants {
  T rho_fat;             ///< energy density of fat change, kcal/kg (39.5 MJ/kg)
  T rho_lean;            ///< energy density of lean tissue change, kcal/kg (7.6 MJ/kg)
  T rho_glycogen;        ///< energy density of glycogen, kcal/kg (17.6 MJ/kg)
  T gamma_fat;           ///< resting expenditure per kg fat, kcal/kg/d (13 kJ/kg/d)
  T gamma_lean;          ///< resting expenditure per kg lean, kcal/kg/d (92 kJ/kg/d)
  T eta_fat;             ///< cost of fat synthesis, kcal/kg (750 kJ/kg)
  T eta_lean;            ///< cost of lean-tissue synthesis, kcal/kg (960 kJ/kg)
  T beta_tef;            ///< thermic effect of feeding, fraction of the intake change (0.10)
  T beta_at;             ///< adaptive thermogenesis gain, fraction of the intake change (0.14)
  T tau_at;              ///< adaptive thermogenesis time constant, days (14)
  T forbes_kg;           ///< Forbes slope dFFM/dln(FM), kg (10.4)
  T glycogen_baseline;   ///< baseline glycogen G0, kg (0.5)
  T glycogen_hydration;  ///< body mass per kg glycogen, glycogen plus 2.7 kg water (3.7)
  T sodium_ecf;          ///< sodium concentration of extracellular fluid, mg/L (3220)
  T xi_sodium;           ///< renal sodium response, mg/L/d (3000)
  T xi_carbohydrate;     ///< carbohydrate effect on sodium excretion, mg/d (4000)

  /// The web appendix's SI values with exact kJ -> kcal conversion (the default).
  [[nodiscard]] static constexpr hall_constants paper() noexcept {
    constexpr double kj = 1.0 / 4.184;
    return {static_cast<T>(39500.0 * kj), static_cast<T>(7600.0 * kj), static_cast<T>(17600.0 * kj),
            static_cast<T>(13.0 * kj),    static_cast<T>(92.0 * kj),   static_cast<T>(750.0 * kj),
            static_cast<T>(960.0 * kj),   static_cast<T>(0.10),        static_cast<T>(0.14),
            static_cast<T>(14.0),         static_cast<T>(10.4),        static_cast<T>(0.5),
            static_cast<T>(3.7),          static_cast<T>(3220.0),      static_cast<T>(3000.0),
            static_cast<T>(4000.0)};
  }

  /// The NIH Body Weight Planner's rounded kcal values (9440, 1807, 4180, 3.2, 22, 180, 230).
  [[nodiscard]] static constexpr hall_constants nih_planner() noexcept {
    return {static_cast<T>(9440.0), static_cast<T>(1807.0), static_cast<T>(4180.0),
            static_cast<T>(3.2),    static_cast<T>(22.0),   static_cast<T>(180.0),
            static_cast<T>(230.0),  static_cast<T>(0.10),   static_cast<T>(0.14),
            static_cast<T>(14.0),   static_cast<T>(10.4),   static_cast<T>(0.5),
            static_cast<T>(3.7),    static_cast<T>(3220.0), static_cast<T>(3000.0),
            static_cast<T>(4000.0)};
  }

  /// The Forbes constant in energy form, C = 10.4 kg x rho_L / rho_F (about 2.0 kg): the
  /// share of an energy imbalance that goes to lean tissue is C / (C + F).
  [[nodiscard]] constexpr T forbes_energy_kg() const noexcept {
    return forbes_kg * rho_lean / rho_fat;
  }
  /// beta_TEF + beta_AT (0.24): the share of an intake change the body spends at once or
  /// after adaptation.
  [[nodiscard]] constexpr T beta_total() const noexcept { return beta_tef + beta_at; }
};

/// Throws `invalid_argument` unless every constant is finite and physically meaningful:
/// densities, resting rates, time constant, Forbes slope, baseline glycogen, sodium
/// concentration and renal response positive; synthesis costs and carbohydrate effect
/// >= 0; beta_TEF and beta_AT in [0, 1) with a sum below 1; hydration factor >= 1.
template <real T>
constexpr void validate(const hall_constants<T>& c) {
  namespace pd = physique::detail;
  pd::require_positive("constants.rho_fat", c.rho_fat, "kcal/kg");
  pd::require_positive("constants.rho_lean", c.rho_lean, "kcal/kg");
  pd::require_positive("constants.rho_glycogen", c.rho_glycogen, "kcal/kg");
  pd::require_positive("constants.gamma_fat", c.gamma_fat, "kcal/kg/d");
  pd::require_positive("constants.gamma_lean", c.gamma_lean, "kcal/kg/d");
  pd::require_non_negative("constants.eta_fat", c.eta_fat, "kcal/kg");
  pd::require_non_negative("constants.eta_lean", c.eta_lean, "kcal/kg");
  pd::require_within("constants.beta_tef", c.beta_tef, static_cast<T>(0), static_cast<T>(0.99), "",
                     "must be within [0, 0.99]");
  pd::require_within("constants.beta_at", c.beta_at, static_cast<T>(0),
                     static_cast<T>(0.99) - c.beta_tef, "",
                     "must be >= 0 with beta_tef + beta_at < 1");
  pd::require_positive("constants.tau_at", c.tau_at, "d");
  pd::require_positive("constants.forbes_kg", c.forbes_kg, "kg");
  pd::require_positive("constants.glycogen_baseline", c.glycogen_baseline, "kg");
  pd::require_within("constants.glycogen_hydration", c.glycogen_hydration, static_cast<T>(1),
                     static_cast<T>(10), "", "must be within 1-10 (kg per kg glycogen)");
  pd::require_positive("constants.sodium_ecf", c.sodium_ecf, "mg/L");
  pd::require_positive("constants.xi_sodium", c.xi_sodium, "mg/L/d");
  pd::require_non_negative("constants.xi_carbohydrate", c.xi_carbohydrate, "mg/d");
}

}  // namespace physique::energy
