// SPDX-License-Identifier: MIT
// Evaluation of a day's macros against the published guidelines, returning findings with
// their sources: AMDR and RDAs (IOM 2005), ISSN 2017 (Jäger et al.), Helms et al. 2014,
// Morton et al. 2018, Schoenfeld & Aragon 2018.
#pragma once

#include <array>
#include <cstddef>

#include <physique/core/citation.hpp>
#include <physique/core/finding.hpp>
#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/nutrition/goal_presets.hpp>
#include <physique/nutrition/guidelines.hpp>
#include <physique/nutrition/macros.hpp>

namespace physique::nutrition {

/// What a finding says. Each has one source (see `finding::source`).
enum class macro_finding_code : unsigned char {
  protein_below_rda,                     ///< < 0.8 g/kg body mass (IOM 2005)
  protein_below_exercise_range,          ///< < 1.4 g/kg body mass (ISSN 2017)
  protein_below_muscle_gain_breakpoint,  ///< surplus: < 1.62 g/kg body mass (Morton 2018)
  protein_above_muscle_gain_ci,          ///< maintenance/surplus: > 2.2 g/kg (Morton 2018)
  protein_below_deficit_range,           ///< deficit: < 2.3 g/kg fat-free mass (Helms 2014)
  protein_above_deficit_range,           ///< deficit: > 3.1 g/kg fat-free mass (Helms 2014)
  protein_share_below_amdr,              ///< < 10 % of energy (IOM 2005)
  protein_share_above_amdr,              ///< > 35 % of energy (IOM 2005)
  fat_share_below_amdr,                  ///< < 20 % of energy (IOM 2005)
  fat_share_above_amdr,                  ///< > 35 % of energy (IOM 2005)
  carbohydrate_share_below_amdr,         ///< < 45 % of energy (IOM 2005)
  carbohydrate_share_above_amdr,         ///< > 65 % of energy (IOM 2005)
  carbohydrate_below_rda,                ///< < 130 g/day (IOM 2005)
  too_few_meals,                         ///< < 4 meals (Schoenfeld & Aragon 2018)
  meal_protein_below_target,             ///< < 0.4 g/kg per meal (Schoenfeld & Aragon 2018)
  meal_protein_above_upper,              ///< > 0.55 g/kg per meal (Schoenfeld & Aragon 2018)
  energy_differs_from_target             ///< |energy - target| above the tolerance
};

/// Stable snake_case name of a finding code.
[[nodiscard]] constexpr const char* to_string(macro_finding_code c) noexcept {
  switch (c) {
    case macro_finding_code::protein_below_rda:
      return "protein_below_rda";
    case macro_finding_code::protein_below_exercise_range:
      return "protein_below_exercise_range";
    case macro_finding_code::protein_below_muscle_gain_breakpoint:
      return "protein_below_muscle_gain_breakpoint";
    case macro_finding_code::protein_above_muscle_gain_ci:
      return "protein_above_muscle_gain_ci";
    case macro_finding_code::protein_below_deficit_range:
      return "protein_below_deficit_range";
    case macro_finding_code::protein_above_deficit_range:
      return "protein_above_deficit_range";
    case macro_finding_code::protein_share_below_amdr:
      return "protein_share_below_amdr";
    case macro_finding_code::protein_share_above_amdr:
      return "protein_share_above_amdr";
    case macro_finding_code::fat_share_below_amdr:
      return "fat_share_below_amdr";
    case macro_finding_code::fat_share_above_amdr:
      return "fat_share_above_amdr";
    case macro_finding_code::carbohydrate_share_below_amdr:
      return "carbohydrate_share_below_amdr";
    case macro_finding_code::carbohydrate_share_above_amdr:
      return "carbohydrate_share_above_amdr";
    case macro_finding_code::carbohydrate_below_rda:
      return "carbohydrate_below_rda";
    case macro_finding_code::too_few_meals:
      return "too_few_meals";
    case macro_finding_code::meal_protein_below_target:
      return "meal_protein_below_target";
    case macro_finding_code::meal_protein_above_upper:
      return "meal_protein_above_upper";
    case macro_finding_code::energy_differs_from_target:
      return "energy_differs_from_target";
  }
  return "";
}

/// One observation about a split: what (code, message), how far (value against the limit,
/// both in `unit`: "g/kg", "g/kg FFM", "%", "g/d", "meals", "kcal/d") and according to whom
/// (source; empty for `energy_differs_from_target`).
using macro_finding = physique::basic_finding<macro_finding_code>;

/// The findings of one evaluation, in a fixed order (protein, shares, carbohydrate, meals,
/// energy). Empty means the split meets every guideline checked. At most one finding per
/// code can be produced, so nothing is ever dropped.
using macro_findings = physique::basic_finding_list<macro_finding_code, 17>;

/// Who eats the split and why. `body_mass` is required; the rest is optional.
template <real T = double>
struct evaluation_context {
  mass<T> body_mass{};      ///< required, > 0
  mass<T> fat_free_mass{};  ///< zero = unknown; enables the Helms checks in a deficit
  nutrition::diet_phase goal = diet_phase::maintenance;
  unsigned meals = 0;              ///< protein-containing meals per day; 0 = not given
  energy_rate<T> energy_target{};  ///< zero = no target to compare with
  /// How far the split's energy may sit from `energy_target` before it is reported.
  energy_rate<T> energy_tolerance = kilocalories_per_day(T(10));
};

/// Evaluates a day's macros against the guidelines. Checks, in this order:
/// protein g/kg body mass against the RDA (0.8) and the ISSN range's floor (1.4); in a
/// surplus, against Morton's breakpoint (1.62); outside a deficit, above Morton's upper CI
/// (2.2); in a deficit with a known fat-free mass, against 2.3-3.1 g/kg FFM (Helms);
/// energy shares against the AMDR (protein 10-35 %, fat 20-35 %, carbohydrate 45-65 %,
/// shares of total energy including alcohol); carbohydrate against the RDA (130 g/d); with
/// `meals` given, meals >= 4 and 0.4-0.55 g/kg per meal; with a target, the energy gap.
/// \throws invalid_argument naming the field: a negative or non-finite intake field,
///   `body_mass` not positive, `fat_free_mass` negative or above body mass, `meals` above 24,
///   `energy_target` or `energy_tolerance` negative or not finite.
template <real T>
[[nodiscard]] constexpr macro_findings evaluate_macros(const macros<T>& intake,
                                                       const evaluation_context<T>& context) {
  validate(intake);
  physique::detail::require_body_mass("body_mass", context.body_mass);
  physique::detail::require(is_finite(context.fat_free_mass) &&
                                context.fat_free_mass >= mass<T>{} &&
                                context.fat_free_mass <= context.body_mass,
                            "fat_free_mass", context.fat_free_mass.in(kilograms), "kg",
                            "must be zero (unknown) or within (0, body_mass]");
  physique::detail::require(context.meals <= 24U, "meals", static_cast<T>(context.meals), "",
                            "must be within 0-24 (0 = not given)");
  physique::detail::require_energy_intake("energy_target", context.energy_target);
  physique::detail::require_energy_intake("energy_tolerance", context.energy_tolerance);

  macro_findings out;
  const auto d = [](T v) { return static_cast<double>(v); };
  // Within one part per million of a bound counts as on the bound, so that a float
  // round trip of an exact gram amount never produces a finding.
  const auto below = [](double v, double limit) { return v < limit * (1.0 - 1e-6); };
  const auto above = [](double v, double limit) { return v > limit * (1.0 + 1e-6); };
  const double kg = d(context.body_mass.in(kilograms));
  const double protein_g = d(intake.protein.in(grams_per_day));
  const double protein_per_kg = protein_g / kg;
  const auto add = [&out](macro_finding_code c, const char* message, const citation& source,
                          double value, double limit, const char* unit) {
    out.add(macro_finding{c, message, value, limit, unit, source});
  };

  // Protein per kg.
  if (below(protein_per_kg, guideline::rda_protein_g_per_kg)) {
    add(macro_finding_code::protein_below_rda, "protein is below the adult RDA of 0.8 g/kg/day",
        iom_2005, protein_per_kg, guideline::rda_protein_g_per_kg, "g/kg");
  }
  if (below(protein_per_kg, guideline::issn_protein_g_per_kg.low)) {
    add(macro_finding_code::protein_below_exercise_range,
        "protein is below the 1.4-2.0 g/kg/day ISSN range for exercising people", jager_2017,
        protein_per_kg, guideline::issn_protein_g_per_kg.low, "g/kg");
  }
  if (context.goal == diet_phase::surplus &&
      below(protein_per_kg, guideline::morton_breakpoint_g_per_kg)) {
    add(macro_finding_code::protein_below_muscle_gain_breakpoint,
        "protein is below 1.62 g/kg/day, where fat-free-mass gains plateaued", morton_2018,
        protein_per_kg, guideline::morton_breakpoint_g_per_kg, "g/kg");
  }
  if (context.goal != diet_phase::deficit &&
      above(protein_per_kg, guideline::morton_upper_ci_g_per_kg)) {
    add(macro_finding_code::protein_above_muscle_gain_ci,
        "protein is above 2.2 g/kg/day, the upper confidence bound of the gain breakpoint; "
        "no further fat-free-mass gain is expected on average",
        morton_2018, protein_per_kg, guideline::morton_upper_ci_g_per_kg, "g/kg");
  }
  if (context.goal == diet_phase::deficit && context.fat_free_mass > mass<T>{}) {
    const double per_ffm = protein_g / d(context.fat_free_mass.in(kilograms));
    if (below(per_ffm, guideline::deficit_protein_g_per_kg_ffm.low)) {
      add(macro_finding_code::protein_below_deficit_range,
          "protein is below 2.3-3.1 g/kg fat-free mass recommended in energy restriction",
          helms_zinn_2014, per_ffm, guideline::deficit_protein_g_per_kg_ffm.low, "g/kg FFM");
    } else if (above(per_ffm, guideline::deficit_protein_g_per_kg_ffm.high)) {
      add(macro_finding_code::protein_above_deficit_range,
          "protein is above 2.3-3.1 g/kg fat-free mass recommended in energy restriction",
          helms_zinn_2014, per_ffm, guideline::deficit_protein_g_per_kg_ffm.high, "g/kg FFM");
    }
  }

  // Energy shares (AMDR), in percent.
  const double total_kcal = d(total_energy(intake).in(kilocalories_per_day));
  if (total_kcal > 0.0) {
    const double p = 100.0 * 4.0 * protein_g / total_kcal;
    const double f = 100.0 * 9.0 * d(intake.fat.in(grams_per_day)) / total_kcal;
    const double c = 100.0 * 4.0 * d(intake.carbohydrate.in(grams_per_day)) / total_kcal;
    const auto share = [&add, &below, &above](double v, const guideline_range& r,
                                              macro_finding_code low_code, const char* low_text,
                                              macro_finding_code high_code, const char* high_text) {
      if (below(v, 100.0 * r.low)) add(low_code, low_text, iom_2005, v, 100.0 * r.low, "%");
      if (above(v, 100.0 * r.high)) add(high_code, high_text, iom_2005, v, 100.0 * r.high, "%");
    };
    share(p, guideline::amdr_protein_share, macro_finding_code::protein_share_below_amdr,
          "protein supplies less than 10 % of energy (AMDR 10-35 %)",
          macro_finding_code::protein_share_above_amdr,
          "protein supplies more than 35 % of energy (AMDR 10-35 %)");
    share(f, guideline::amdr_fat_share, macro_finding_code::fat_share_below_amdr,
          "fat supplies less than 20 % of energy (AMDR 20-35 %)",
          macro_finding_code::fat_share_above_amdr,
          "fat supplies more than 35 % of energy (AMDR 20-35 %)");
    share(c, guideline::amdr_carbohydrate_share, macro_finding_code::carbohydrate_share_below_amdr,
          "carbohydrate supplies less than 45 % of energy (AMDR 45-65 %)",
          macro_finding_code::carbohydrate_share_above_amdr,
          "carbohydrate supplies more than 65 % of energy (AMDR 45-65 %)");
  }
  const double carbohydrate_g = d(intake.carbohydrate.in(grams_per_day));
  if (below(carbohydrate_g, guideline::rda_carbohydrate_g_per_day)) {
    add(macro_finding_code::carbohydrate_below_rda,
        "carbohydrate is below the adult RDA of 130 g/day", iom_2005, carbohydrate_g,
        guideline::rda_carbohydrate_g_per_day, "g/d");
  }

  // Meals.
  if (context.meals > 0U) {
    const double meals = static_cast<double>(context.meals);
    if (context.meals < guideline::meal_count_minimum) {
      add(macro_finding_code::too_few_meals,
          "fewer than 4 protein meals; 0.4 g/kg per meal then cannot reach 1.6 g/kg/day",
          schoenfeld_aragon_2018, meals, static_cast<double>(guideline::meal_count_minimum),
          "meals");
    }
    const double per_meal = protein_per_kg / meals;
    if (below(per_meal, guideline::meal_protein_g_per_kg)) {
      add(macro_finding_code::meal_protein_below_target, "protein per meal is below 0.4 g/kg",
          schoenfeld_aragon_2018, per_meal, guideline::meal_protein_g_per_kg, "g/kg");
    } else if (above(per_meal, guideline::meal_protein_upper_g_per_kg)) {
      add(macro_finding_code::meal_protein_above_upper,
          "protein per meal is above 0.55 g/kg, the sources' upper per-meal figure",
          schoenfeld_aragon_2018, per_meal, guideline::meal_protein_upper_g_per_kg, "g/kg");
    }
  }

  // Energy against the target.
  if (context.energy_target > energy_rate<T>{}) {
    const double target = d(context.energy_target.in(kilocalories_per_day));
    const double gap = total_kcal - target;
    const double tolerance = d(context.energy_tolerance.in(kilocalories_per_day));
    if (gap > tolerance || gap < -tolerance) {
      add(macro_finding_code::energy_differs_from_target,
          "the macros' energy differs from the energy target by more than the tolerance",
          citation{}, total_kcal, target, "kcal/d");
    }
  }
  return out;
}

}  // namespace physique::nutrition
