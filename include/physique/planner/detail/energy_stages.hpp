// SPDX-License-Identifier: MIT
// Planner internals: the first stages of the pipeline. The input checks; the body stage (fat
// and fat-free mass from the given percentage, skinfolds, tape or BMI); the expenditure stage
// (resting equation x PAL, FAO/WHO/UNU 2004); the nutrition stage (calorie target by the
// static rule, Wishnofsky 1958, bounded against total expenditure, then the macro split).
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <physique/composition/body_composition.hpp>
#include <physique/composition/jackson_2002.hpp>
#include <physique/composition/jackson_pollock.hpp>
#include <physique/composition/us_navy.hpp>
#include <physique/detail/require.hpp>
#include <physique/energy/calorie_target.hpp>
#include <physique/energy/lean_mass_equations.hpp>
#include <physique/energy/mifflin_st_jeor.hpp>
#include <physique/energy/physical_activity.hpp>
#include <physique/energy/resting_energy.hpp>
#include <physique/nutrition/evaluation.hpp>
#include <physique/nutrition/goal_presets.hpp>
#include <physique/nutrition/macro_split.hpp>
#include <physique/nutrition/protein_distribution.hpp>
#include <physique/nutrition/rounding.hpp>
#include <physique/planner/plan_types.hpp>

namespace physique::planner::detail {

/// Default weekly rates, % of body mass a week (plan_input).
inline constexpr double default_loss_rate_percent = 0.75;
inline constexpr double default_gain_rate_percent = 0.25;
/// Energy bounds of the plan against total expenditure (docs/planner.md, "Invariants"): a
/// deficit above 25 % of it, or a surplus outside 5-20 % of it, is reported.
inline constexpr double max_deficit_share = 0.25;
inline constexpr double min_surplus_share = 0.05;
inline constexpr double max_surplus_share = 0.20;

/// Findings for every input outside an equation's derivation sample.
inline void add_validity(std::vector<plan_finding>& out, const char* module,
                         const equation_info& info, const validity_report& r) {
  if (r.sex_outside()) {
    out.push_back({module, "outside_validity_domain",
                   std::string(info.name) + " was derived on the other sex only", 0.0, 0.0, "",
                   info.source});
  }
  for (const outside_bound& b : r) {
    const double limit = b.value < b.range.low ? b.range.low : b.range.high;
    out.push_back({module, "outside_validity_domain",
                   std::string(info.name) + ": " + b.parameter +
                       " lies outside the sample the equation was derived on",
                   b.value, limit, b.unit, info.source});
  }
}

/// Checks what `make_plan` documents as impossible input.
inline void validate_input(const plan_input& in) {
  using physique::detail::require;
  validate(in.individual);
  require(in.days_per_week >= 1 && in.days_per_week <= 7, "days_per_week", in.days_per_week, "d",
          "must be within 1-7");
  require(in.weeks >= 1 && in.weeks <= 104, "weeks", in.weeks, "wk", "must be within 1-104");
  require(in.meals_per_day >= 1U && in.meals_per_day <= 24U, "meals_per_day",
          static_cast<int>(in.meals_per_day), "", "must be within 1-24");
  physique::detail::require_within("physical_activity_level",
                                   in.physical_activity_level.value_or(1.55), 1.0, 5.0, "",
                                   "must be within 1.0-5.0");
  if (in.weekly_rate_percent) {
    physique::detail::require_within("weekly_rate_percent", *in.weekly_rate_percent, 0.0, 5.0,
                                     "%/wk", "must be within 0-5 % of body mass a week");
    require(in.goal != plan_goal::recomposition || *in.weekly_rate_percent == 0.0,
            "weekly_rate_percent", *in.weekly_rate_percent, "%/wk",
            "must be zero for recomposition (maintenance energy)");
  }
}

/// The body stage's result: the reported estimate and the composition the later stages use.
struct body_stage {
  body_estimate estimate;
  composition::body_composition<double> composition;
};

/// Body fat from the first measurement given (percentage, skinfolds, tape), else from BMI.
[[nodiscard]] inline body_stage estimate_body(const plan_input& in,
                                              std::vector<plan_finding>& findings) {
  namespace co = physique::composition;
  const person<double>& p = in.individual;
  body_estimate body;
  body.body_mass_kg = p.body_mass.in(kilograms);
  body.height_cm = p.height.in(centimeters);
  body.age_years = p.age.in(years);
  body.body_mass_index = body_mass_index(p.body_mass, p.height);
  double fat_percent = 0.0;
  const auto take = [&](const equation_info& info, const validity_report& r) {
    body.method = info.id;
    body.method_name = info.name;
    body.source = info.source;
    add_validity(findings, "composition", info, r);
  };
  body.measured = true;
  if (in.body_fat_percent) {
    fat_percent = *in.body_fat_percent;
    body.method = "given_percent";
    body.method_name = "Body fat percentage as given";
  } else if (in.skinfolds && p.sex == sex::male) {
    const co::jackson_pollock_7_male eq;
    fat_percent = eq(p.age, *in.skinfolds);
    take(eq.info, eq.validity(p.sex, p.age));
  } else if (in.skinfolds) {
    const co::jackson_pollock_7_female eq;
    fat_percent = eq(p.age, *in.skinfolds);
    take(eq.info, eq.validity(p.sex, p.age));
  } else if (in.circumferences) {
    const co::us_navy_hodgdon_beckett eq;
    fat_percent = eq(p.sex, p.height, *in.circumferences);
    take(eq.info, eq.validity(p.sex, p.age));
  } else {
    const co::jackson_2002 eq;
    fat_percent = eq(p);
    take(eq.info, eq.validity(p));
    body.measured = false;
  }
  physique::detail::require(std::isfinite(fat_percent) && fat_percent > 0.0 && fat_percent < 100.0,
                            "fat_percent", fat_percent, "%",
                            "must be within (0, 100): check the measurements");
  const auto c = co::body_composition<double>::from_fat_percent(p.body_mass, fat_percent);
  body.fat_percent = fat_percent;
  body.fat_mass_kg = c.fat_mass().in(kilograms);
  body.fat_free_mass_kg = c.fat_free_mass().in(kilograms);
  return {body, c};
}

/// Resting expenditure (Katch-McArdle with a measured body fat, else Mifflin-St Jeor), the
/// comparison of every equation the inputs allow, and total expenditure = resting x PAL.
[[nodiscard]] inline expenditure_estimate estimate_expenditure(
    const plan_input& in, const body_stage& body, std::vector<plan_finding>& findings) {
  namespace en = physique::energy;
  const person<double>& p = in.individual;
  const double pal = in.physical_activity_level.value_or(1.55);
  expenditure_estimate ee;
  const bool measured = body.estimate.measured;
  const auto equation = measured ? en::resting_energy_equation<double>::of<en::katch_mcardle>()
                                 : en::resting_energy_equation<double>::of<en::mifflin_st_jeor>();
  const energy_rate<double> resting = measured ? equation(p, body.composition) : equation(p);
  ee.equation_id = equation.info().id;
  ee.equation_name = equation.info().name;
  ee.source = equation.info().source;
  ee.resting_kcal_per_day = resting.in(kilocalories_per_day);
  add_validity(findings, "energy", equation.info(), equation.validity(p));
  ee.physical_activity_level = pal;
  ee.pal_source = en::fao_who_unu_2004;
  if (const auto cat = en::classify_pal(pal)) {
    ee.pal_category = en::to_string(*cat);
  } else {
    findings.push_back({"energy",
                        en::to_string(en::target_finding_code::pal_outside_sustainable_range),
                        "the physical activity level lies outside the 1.40-2.40 range "
                        "FAO/WHO/UNU consider compatible with a sustainable lifestyle",
                        pal, pal < 1.4 ? 1.4 : 2.4, "", en::fao_who_unu_2004});
  }
  ee.total_kcal_per_day = en::total_energy_expenditure(resting, pal).in(kilocalories_per_day);
  const auto add_rows = [&ee](const auto& rows) {
    for (const auto& row : rows) {
      ee.comparison.push_back(
          {row.id, row.name, row.value.in(kilocalories_per_day), row.validity.inside()});
    }
  };
  if (measured) {
    add_rows(en::compare_resting_energy(p, body.composition));
  } else {
    add_rows(en::compare_resting_energy(p));
  }
  return ee;
}

/// The nutrition stage's result: the reported plan and the calorie target behind it.
struct nutrition_stage {
  nutrition_plan plan;
  energy::calorie_target<double> target;
};

/// The weekly rate, % of body mass: the one given, else the default of the goal; a default
/// loss is lowered so that the deficit stays within `max_deficit_share` of expenditure.
[[nodiscard]] inline double weekly_rate(const plan_input& in, double total_kcal_per_day,
                                        double energy_per_kg, std::vector<plan_finding>& findings) {
  if (in.goal == plan_goal::recomposition) return 0.0;
  if (in.weekly_rate_percent) return *in.weekly_rate_percent;
  if (in.goal == plan_goal::build_muscle) return default_gain_rate_percent;
  const double bm = in.individual.body_mass.in(kilograms);
  const double limit = max_deficit_share * total_kcal_per_day * 7.0 / energy_per_kg / bm * 100.0;
  if (limit >= default_loss_rate_percent) return default_loss_rate_percent;
  findings.push_back(
      {"energy", "default_loss_rate_lowered",
       "the default loss of 0.75 % of body mass a week would ask for a deficit above 25 % of "
       "total expenditure; the rate is lowered to keep the deficit at 25 % (this library's "
       "bound; Helms et al. 2014 advise 0.5-1 % a week)",
       limit, default_loss_rate_percent, "% body mass/wk",
       energy::helms_aragon_fitschen_2014_loss_rate});
  return limit;
}

/// Findings for a deficit above `max_deficit_share` of expenditure or a surplus outside
/// `min_surplus_share`-`max_surplus_share` of it.
inline void check_energy_balance(double balance_kcal_per_day, double total_kcal_per_day,
                                 std::vector<plan_finding>& findings) {
  const double share = balance_kcal_per_day / total_kcal_per_day;
  if (-share > max_deficit_share + 1e-9) {
    findings.push_back({"energy", "deficit_above_quarter_of_expenditure",
                        "the planned deficit is more than 25 % of total expenditure (this "
                        "library's bound for a deficit that preserves lean mass and training; "
                        "Helms et al. 2014 advise losing 0.5-1 % of body mass a week)",
                        -100.0 * share, 100.0 * max_deficit_share, "% of expenditure",
                        energy::helms_aragon_fitschen_2014_loss_rate});
  } else if (share > 0.0 &&
             (share < min_surplus_share - 1e-9 || share > max_surplus_share + 1e-9)) {
    const bool low = share < min_surplus_share;
    findings.push_back(
        {"energy", low ? "surplus_below_5_percent" : "surplus_above_20_percent",
         low ? "the planned surplus is below 5 % of total expenditure: too small to tell from "
               "day-to-day variation (this library's bound after Iraki et al. 2019's 10-20 %)"
             : "the planned surplus is above 20 % of total expenditure: the extra is stored "
               "mostly as fat (Iraki et al. 2019 advise 10-20 %)",
         100.0 * share, 100.0 * (low ? min_surplus_share : max_surplus_share), "% of expenditure",
         energy::iraki_2019});
  }
}

/// The calorie target (static rule) and the macro split of the goal's preset, with the
/// findings of the energy and nutrition modules.
[[nodiscard]] inline nutrition_stage plan_nutrition(const plan_input& in, const body_stage& body,
                                                    const expenditure_estimate& ee,
                                                    std::vector<plan_finding>& findings) {
  namespace en = physique::energy;
  namespace nu = physique::nutrition;
  const person<double>& p = in.individual;
  en::calorie_target_input<double> ct;
  const double rate = weekly_rate(in, ee.total_kcal_per_day,
                                  ct.energy_per_mass.in(kilocalories_per_kilogram), findings);
  ct.goal = rate == 0.0                          ? en::weight_goal::maintain
            : in.goal == plan_goal::lose_fat     ? en::weight_goal::lose
            : in.goal == plan_goal::build_muscle ? en::weight_goal::gain
                                                 : en::weight_goal::maintain;
  ct.rate = en::weight_change_rate<double>::percent_of_body_mass_per_week(rate);
  ct.maintenance = kilocalories_per_day(ee.total_kcal_per_day);
  ct.resting = kilocalories_per_day(ee.resting_kcal_per_day);
  ct.body_mass = p.body_mass;
  nutrition_stage out{{}, en::static_calorie_target(ct)};
  const en::calorie_target<double>& target = out.target;
  nutrition_plan& nut = out.plan;
  nut.energy_goal = en::to_string(ct.goal);
  nut.weekly_rate_percent = rate;
  nut.weekly_change_kg = target.expected_rate.in(kilograms_per_week);
  nut.target_kcal_per_day = target.intake.in(kilocalories_per_day);
  nut.balance_kcal_per_day = target.balance.in(kilocalories_per_day);
  nut.target_source = en::wishnofsky_1958;
  for (const en::target_finding& f : target.findings) {
    findings.push_back(
        {"energy", en::to_string(f.code), f.message, f.value, f.limit, f.unit, f.source});
  }
  check_energy_balance(nut.balance_kcal_per_day, ee.total_kcal_per_day, findings);

  const nu::diet_phase ngoal = in.goal == plan_goal::lose_fat       ? nu::diet_phase::deficit
                               : in.goal == plan_goal::build_muscle ? nu::diet_phase::surplus
                                                                    : nu::diet_phase::maintenance;
  const bool measured = body.estimate.measured;
  const nu::protein_basis basis =
      measured ? nu::protein_basis::fat_free_mass : nu::protein_basis::body_mass;
  const nu::macro_preset& preset = nu::preset_for(ngoal, basis);
  const nu::macro_rule<double> rule = preset.rule<double>();
  const nu::macro_split<double> split = nu::split_macros(target.intake, body.composition, rule);
  const nu::rounded_macros<double> whole = nu::round_to_whole_grams(split);
  nut.preset_id = preset.id;
  nut.preset_name = preset.name;
  nut.protein_basis = nu::to_string(rule.protein.basis);
  nut.protein_g_per_kg = rule.protein.grams_per_kg;
  nut.fat_share = rule.fat.share_of_energy;
  nut.protein_source = preset.protein_source;
  nut.fat_source = preset.fat_source;
  nut.protein_g = whole.whole.protein;
  nut.fat_g = whole.whole.fat;
  nut.carbohydrate_g = whole.whole.carbohydrate;
  nut.macro_kcal_per_day = whole.energy.in(kilocalories_per_day);
  const nu::meal_protein<double> meals =
      nu::distribute_protein(whole.grams.protein, p.body_mass, in.meals_per_day);
  nut.meals = meals.meals;
  nut.protein_per_meal_g = meals.per_meal.in(grams);
  nut.protein_per_meal_g_per_kg = meals.grams_per_kg_per_meal;
  nut.meal_source = nu::schoenfeld_aragon_2018;
  nu::evaluation_context<double> ctx;
  ctx.body_mass = p.body_mass;
  if (measured) ctx.fat_free_mass = body.composition.fat_free_mass();
  ctx.goal = ngoal;
  ctx.meals = in.meals_per_day;
  ctx.energy_target = target.intake;
  // The split is evaluated as planned, before rounding to whole grams (rounding moves each
  // amount by less than 1 g and could cross a threshold by a fraction of a gram).
  for (const nu::macro_finding& f : nu::evaluate_macros(split.grams, ctx)) {
    findings.push_back(
        {"nutrition", nu::to_string(f.code), f.message, f.value, f.limit, f.unit, f.source});
  }
  return out;
}

}  // namespace physique::planner::detail
