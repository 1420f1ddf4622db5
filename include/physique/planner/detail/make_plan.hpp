// SPDX-License-Identifier: MIT
// Planner internals (included by planner/plan.hpp): the definition of `make_plan`, which calls
// composition, energy, nutrition, exercise and training in turn and gathers their findings.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <physique/composition/body_composition.hpp>
#include <physique/composition/jackson_2002.hpp>
#include <physique/composition/jackson_pollock.hpp>
#include <physique/composition/us_navy.hpp>
#include <physique/detail/require.hpp>
#include <physique/energy/calorie_target.hpp>
#include <physique/energy/hall_model.hpp>
#include <physique/energy/lean_mass_equations.hpp>
#include <physique/energy/mifflin_st_jeor.hpp>
#include <physique/energy/physical_activity.hpp>
#include <physique/energy/resting_energy.hpp>
#include <physique/exercise/builtin_catalog.hpp>
#include <physique/nutrition/evaluation.hpp>
#include <physique/nutrition/goal_presets.hpp>
#include <physique/nutrition/macro_split.hpp>
#include <physique/nutrition/protein_distribution.hpp>
#include <physique/nutrition/rounding.hpp>
#include <physique/planner/detail/selection.hpp>
#include <physique/planner/plan.hpp>
#include <physique/training/program.hpp>
#include <physique/training/progression_double.hpp>
#include <physique/training/progression_ladder.hpp>
#include <physique/training/simulated_lifter.hpp>
#include <physique/training/training_log.hpp>
#include <physique/training/volume.hpp>
#include <physique/training/volume_landmarks.hpp>
#include <physique/training/weekly_structure.hpp>

namespace physique::planner {

namespace detail {

inline constexpr std::array<const char*, 7> weekday_names{
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

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

/// The session days of the weekly layout for `days` training days a week.
[[nodiscard]] inline std::vector<int> layout_days(int days) {
  if (days <= 1) return {0};
  if (days == 2) return {0, 3};
  return {0, 2, 4};
}

/// Working sets of each slot per session for `sessions` back sessions a week (vertical,
/// horizontal, hinge): about 18 back sets a week, the middle of the MAV range (Israetel 2017).
[[nodiscard]] inline std::array<int, 3> sets_per_session(std::size_t sessions) {
  if (sessions <= 1) return {4, 4, 3};
  if (sessions == 2) return {3, 3, 3};
  return {2, 2, 2};
}

/// Rep range, rest and tempo of an exercise for muscle growth: its hypertrophy guidance, else
/// its first guidance with reps, else 8-12 reps; rest from the guidance or 120 s.
struct dose {
  int reps_min = 8;
  int reps_max = 12;
  double rest_seconds = 120.0;
};

[[nodiscard]] inline dose dose_of(const exercise::exercise_description& e) {
  const exercise::rep_guidance* g = exercise::guidance_for(e, exercise::training_goal::hypertrophy);
  if (g == nullptr || !g->reps) {
    for (const exercise::rep_guidance& x : e.rep_guidance) {
      if (x.reps && x.goal != exercise::training_goal::skill) {
        g = &x;
        break;
      }
    }
  }
  dose d;
  if (g != nullptr && g->reps) {
    d.reps_min = static_cast<int>(g->reps->low);
    d.reps_max = static_cast<int>(g->reps->high);
  }
  if (g != nullptr && g->rest_seconds) {
    const double mid = 0.5 * (static_cast<double>(g->rest_seconds->low) +
                              static_cast<double>(g->rest_seconds->high));
    d.rest_seconds = std::round(mid / 15.0) * 15.0;
  }
  return d;
}

/// Everything chosen for one slot, kept while the program runs.
struct slot_plan {
  const slot_spec* spec = nullptr;
  slot_choice choice;
  std::span<const training::ladder_step> ladder;
  implement tool = implement::none;
  dose reps;
  int sets = 0;
  int program_index = 0;
  bool band = false;  ///< the resistance is an elastic band (no load in kg)
};

[[nodiscard]] inline std::string ladder_text(std::span<const training::ladder_step> steps) {
  std::string s = "ladder:";
  for (std::size_t i = 0; i < steps.size(); ++i) {
    s += i == 0 ? " " : " -> ";
    s += std::string(steps[i].exercise) + " " + std::to_string(steps[i].reps_min) + "-" +
         std::to_string(steps[i].reps_max);
    if (steps[i].loaded) s += " +load";
  }
  return s;
}

[[nodiscard]] inline const char* load_kind(const slot_plan& sp) noexcept {
  const implement tool = sp.tool;
  const bool per_hand = tool == implement::dumbbell;
  if (tool == implement::none) return sp.band ? "band" : "bodyweight";
  if (tool == implement::belt) return "added";
  return per_hand ? "per_hand" : "total";
}

}  // namespace detail

inline plan make_plan(const plan_input& in) {
  namespace ex = physique::exercise;
  namespace tr = physique::training;
  namespace en = physique::energy;
  namespace nu = physique::nutrition;
  namespace co = physique::composition;
  using physique::detail::require;
  using physique::detail::require_within;

  // ---- input --------------------------------------------------------------------------------
  validate(in.individual);
  require(in.days_per_week >= 1 && in.days_per_week <= 7, "days_per_week", in.days_per_week, "d",
          "must be within 1-7");
  require(in.weeks >= 1 && in.weeks <= 104, "weeks", in.weeks, "wk", "must be within 1-104");
  require(in.meals_per_day >= 1U && in.meals_per_day <= 24U, "meals_per_day",
          static_cast<int>(in.meals_per_day), "", "must be within 1-24");
  const double pal = in.physical_activity_level.value_or(1.55);
  require_within("physical_activity_level", pal, 1.0, 5.0, "", "must be within 1.0-5.0");
  if (in.weekly_rate_percent) {
    require_within("weekly_rate_percent", *in.weekly_rate_percent, 0.0, 5.0, "%/wk",
                   "must be within 0-5 % of body mass a week");
    require(in.goal != plan_goal::recomposition || *in.weekly_rate_percent == 0.0,
            "weekly_rate_percent", *in.weekly_rate_percent, "%/wk",
            "must be zero for recomposition (maintenance energy)");
  }

  plan out;
  out.input = in;
  std::vector<plan_finding>& findings = out.findings;
  const person<double>& p = in.individual;
  const double bm = p.body_mass.in(kilograms);

  // ---- body composition ---------------------------------------------------------------------
  body_estimate& body = out.body;
  body.body_mass_kg = bm;
  body.height_cm = p.height.in(centimeters);
  body.age_years = p.age.in(years);
  body.body_mass_index = body_mass_index(p.body_mass, p.height);
  double fat_percent = 0.0;
  if (in.body_fat_percent) {
    fat_percent = *in.body_fat_percent;
    body.method = "given_percent";
    body.method_name = "Body fat percentage as given";
    body.measured = true;
  } else if (in.skinfolds) {
    if (p.sex == sex::male) {
      const co::jackson_pollock_7_male eq;
      fat_percent = eq(p.age, *in.skinfolds);
      body.method = eq.info.id;
      body.method_name = eq.info.name;
      body.source = eq.info.source;
      detail::add_validity(findings, "composition", eq.info, eq.validity(p.sex, p.age));
    } else {
      const co::jackson_pollock_7_female eq;
      fat_percent = eq(p.age, *in.skinfolds);
      body.method = eq.info.id;
      body.method_name = eq.info.name;
      body.source = eq.info.source;
      detail::add_validity(findings, "composition", eq.info, eq.validity(p.sex, p.age));
    }
    body.measured = true;
  } else if (in.circumferences) {
    const co::us_navy_hodgdon_beckett eq;
    fat_percent = eq(p.sex, p.height, *in.circumferences);
    body.method = eq.info.id;
    body.method_name = eq.info.name;
    body.source = eq.info.source;
    detail::add_validity(findings, "composition", eq.info, eq.validity(p.sex, p.age));
    body.measured = true;
  } else {
    const co::jackson_2002 eq;
    fat_percent = eq(p);
    body.method = eq.info.id;
    body.method_name = eq.info.name;
    body.source = eq.info.source;
    detail::add_validity(findings, "composition", eq.info, eq.validity(p));
    body.measured = false;
  }
  require(std::isfinite(fat_percent) && fat_percent > 0.0 && fat_percent < 100.0, "fat_percent",
          fat_percent, "%", "must be within (0, 100): check the measurements");
  const auto composition = co::body_composition<double>::from_fat_percent(p.body_mass, fat_percent);
  body.fat_percent = fat_percent;
  body.fat_mass_kg = composition.fat_mass().in(kilograms);
  body.fat_free_mass_kg = composition.fat_free_mass().in(kilograms);

  // ---- expenditure --------------------------------------------------------------------------
  expenditure_estimate& ee = out.expenditure;
  {
    const auto equation = body.measured
                              ? en::resting_energy_equation<double>::of<en::katch_mcardle>()
                              : en::resting_energy_equation<double>::of<en::mifflin_st_jeor>();
    const energy_rate<double> resting = body.measured ? equation(p, composition) : equation(p);
    ee.equation_id = equation.info().id;
    ee.equation_name = equation.info().name;
    ee.source = equation.info().source;
    ee.resting_kcal_per_day = resting.in(kilocalories_per_day);
    detail::add_validity(findings, "energy", equation.info(), equation.validity(p));
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
    if (body.measured) {
      for (const auto& row : en::compare_resting_energy(p, composition)) {
        ee.comparison.push_back(
            {row.id, row.name, row.value.in(kilocalories_per_day), row.validity.inside()});
      }
    } else {
      for (const auto& row : en::compare_resting_energy(p)) {
        ee.comparison.push_back(
            {row.id, row.name, row.value.in(kilocalories_per_day), row.validity.inside()});
      }
    }
  }

  // ---- calorie target -----------------------------------------------------------------------
  nutrition_plan& nut = out.nutrition;
  en::weight_goal energy_goal = en::weight_goal::maintain;
  double rate = 0.0;
  if (in.goal == plan_goal::lose_fat) {
    energy_goal = en::weight_goal::lose;
    rate = in.weekly_rate_percent.value_or(0.75);
  } else if (in.goal == plan_goal::build_muscle) {
    energy_goal = en::weight_goal::gain;
    rate = in.weekly_rate_percent.value_or(0.25);
  }
  en::calorie_target_input<double> ct;
  ct.goal = energy_goal;
  ct.rate = en::weight_change_rate<double>::percent_of_body_mass_per_week(rate);
  ct.maintenance = kilocalories_per_day(ee.total_kcal_per_day);
  ct.resting = kilocalories_per_day(ee.resting_kcal_per_day);
  ct.body_mass = p.body_mass;
  if (in.goal == plan_goal::lose_fat && rate == 0.0) ct.goal = en::weight_goal::maintain;
  if (in.goal == plan_goal::build_muscle && rate == 0.0) ct.goal = en::weight_goal::maintain;
  const en::calorie_target<double> target = en::static_calorie_target(ct);
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

  // ---- macros -------------------------------------------------------------------------------
  {
    const nu::diet_phase ngoal = in.goal == plan_goal::lose_fat       ? nu::diet_phase::deficit
                                 : in.goal == plan_goal::build_muscle ? nu::diet_phase::surplus
                                                                      : nu::diet_phase::maintenance;
    const nu::protein_basis basis =
        body.measured ? nu::protein_basis::fat_free_mass : nu::protein_basis::body_mass;
    const nu::macro_preset& preset = nu::preset_for(ngoal, basis);
    const nu::macro_rule<double> rule = preset.rule<double>();
    const nu::macro_split<double> split = nu::split_macros(target.intake, composition, rule);
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
    if (body.measured) ctx.fat_free_mass = composition.fat_free_mass();
    ctx.goal = ngoal;
    ctx.meals = in.meals_per_day;
    ctx.energy_target = target.intake;
    // The split is evaluated as planned, before rounding to whole grams (rounding moves each
    // amount by less than 1 g and could cross a threshold by a fraction of a gram).
    for (const nu::macro_finding& f : nu::evaluate_macros(split.grams, ctx)) {
      findings.push_back(
          {"nutrition", nu::to_string(f.code), f.message, f.value, f.limit, f.unit, f.source});
    }
  }

  // ---- exercises ----------------------------------------------------------------------------
  const ex::catalog& cat = ex::builtin_catalog();
  const std::vector<int> days = detail::layout_days(in.days_per_week);
  const std::array<int, 3> set_counts = detail::sets_per_session(days.size());
  ex::equipment_set available = in.equipment;
  available.insert(ex::equipment::bodyweight);

  const strength_estimates& st = in.strength;
  const std::array<double, 3> one_rm{
      st.vertical_pull ? st.vertical_pull->in(kilograms) : 1.0 * bm,
      st.horizontal_pull ? st.horizontal_pull->in(kilograms) : 0.35 * bm,
      st.hinge ? st.hinge->in(kilograms) : 1.2 * bm};
  for (std::size_t i = 0; i < one_rm.size(); ++i) {
    static constexpr std::array<const char*, 3> names{"strength.vertical_pull",
                                                      "strength.horizontal_pull", "strength.hinge"};
    require(std::isfinite(one_rm[i]) && one_rm[i] > 0.0, names[i], one_rm[i], "kg",
            "must be positive and finite");
  }
  out.strength_pools = {"vertical pull", "horizontal pull (per arm)", "hinge"};
  out.strength_start_kg.assign(one_rm.begin(), one_rm.end());
  tr::simulated_lifter<double> lifter(p.body_mass, in.seed);
  for (std::size_t i = 0; i < 3; ++i) {
    (void)lifter.add_pool(out.strength_pools[i], kilograms(one_rm[i]), kilograms(one_rm[i] * 1.6));
  }

  std::vector<detail::slot_plan> slots;
  std::vector<std::string> taken;
  tr::program<double> prog;
  prog.deload_every_weeks = 5;
  for (const detail::slot_spec& spec : detail::back_slots) {
    detail::slot_plan sp;
    sp.spec = &spec;
    const std::size_t k = static_cast<std::size_t>(spec.pool);
    sp.sets = set_counts[k];
    const bool bar = available.contains(ex::equipment::pull_up_bar);
    if (spec.pool == 0 && bar) {
      const bool band = available.contains(ex::equipment::band);
      const bool weight = available.contains(ex::equipment::weight_plate) ||
                          available.contains(ex::equipment::dumbbell);
      if (band) {
        sp.ladder = weight ? std::span<const tr::ladder_step>(tr::pull_up_ladder)
                           : std::span<const tr::ladder_step>(tr::pull_up_ladder).first(3);
      } else {
        sp.ladder =
            weight ? std::span<const tr::ladder_step>(detail::negative_pull_up_ladder)
                   : std::span<const tr::ladder_step>(detail::negative_pull_up_ladder).first(3);
      }
      sp.choice.preferred = cat.find(spec.preferred);
      sp.choice.exercise = cat.find(sp.ladder.front().exercise);
      sp.tool = weight ? detail::implement::belt : detail::implement::none;
      sp.sets = sp.ladder.front().sets;
      sp.reps = detail::dose{sp.ladder.front().reps_min, sp.ladder.front().reps_max,
                             detail::dose_of(*sp.choice.exercise).rest_seconds};
    } else {
      sp.choice = detail::choose(cat, spec, available, taken);
      if (sp.choice.exercise == nullptr) {
        findings.push_back({"planner", "no_exercise_for_slot",
                            std::string("no exercise of the catalog can fill the ") + spec.slot +
                                " slot with this equipment; the slot is left out",
                            0.0, 0.0, "", citation{}});
        continue;
      }
      const ex::exercise_description& e = *sp.choice.exercise;
      const auto kit = detail::usable_kit(e, available);
      sp.tool = kit ? detail::implement_of(e, *kit) : detail::implement::none;
      sp.band = sp.tool == detail::implement::none && kit && kit->contains(ex::equipment::band);
      sp.reps = detail::dose_of(e);
    }
    taken.push_back(sp.choice.exercise->id);
    slots.push_back(sp);
  }
  require(!slots.empty(), "equipment", 0.0, "", "leaves no back exercise in the catalog");

  for (detail::slot_plan& sp : slots) {
    const ex::exercise_description& e = *sp.choice.exercise;
    const int pool = sp.spec->pool;
    tr::program_exercise<double> pe;
    pe.name = e.name;
    pe.muscles = e.primary_muscles;
    if (!sp.ladder.empty()) {
      tr::ladder_progression<double> rule;
      rule.steps = sp.ladder;
      pe.rule = rule;
      for (const tr::ladder_step& s : sp.ladder) {
        const detail::pool_mapping m = detail::mapping_of(s.exercise, sp.tool, pool);
        lifter.add_exercise(std::string(s.exercise), pool, m.body_fraction,
                            kilograms(m.assistance_fraction * bm), m.multiplier);
      }
    } else {
      detail::pool_mapping m = detail::mapping_of(e.id, sp.tool, pool);
      if (sp.tool == detail::implement::none && m.body_fraction <= 0.0) {
        // Band or bodyweight work the table does not know: half the pool's 1RM as body share.
        m.body_fraction = std::min(1.0, 0.5 * one_rm[static_cast<std::size_t>(pool)] / bm);
      }
      lifter.add_exercise(e.id, pool, m.body_fraction, kilograms(m.assistance_fraction * bm),
                          m.multiplier);
      tr::double_progression<double> rule;
      rule.exercise = e.id;
      rule.sets = sp.sets;
      rule.reps_min = sp.reps.reps_min;
      rule.reps_max = sp.reps.reps_max;
      rule.rest = seconds(sp.reps.rest_seconds);
      rule.tempo = e.tempo;
      rule.per_side = e.laterality == ex::laterality::unilateral;
      rule.increment = kilograms(detail::increment_kg(sp.tool, pool));
      if (sp.tool != detail::implement::none) {
        // A load for the top of the range with about two repetitions in reserve: Epley's
        // relation inverted (load = 1RM / (1 + reps / 30)) at 90 %.
        const double system = one_rm[static_cast<std::size_t>(pool)] /
                              (1.0 + static_cast<double>(sp.reps.reps_max) / 30.0) * 0.9;
        const double external =
            (system - m.body_fraction * bm + m.assistance_fraction * bm) / m.multiplier;
        rule.start_load = kilograms(external > 0.0 ? external : 0.0);
      }
      pe.rule = rule;
      pe.equipment = detail::loads_of(sp.tool);
    }
    if (!sp.ladder.empty()) pe.equipment = detail::loads_of(sp.tool);
    sp.program_index = static_cast<int>(prog.exercises.size());
    prog.exercises.push_back(std::move(pe));
  }
  for (int d : days) {
    tr::session_layout s;
    s.day = d;
    for (const detail::slot_plan& sp : slots)
      s.exercises.push_back(sp.program_index);
    prog.sessions.push_back(std::move(s));
  }

  // The program runs week by week against the simulated lifter; its 1RMs are read after
  // every week.
  tr::program_runner<double> runner(prog, in.start);
  std::vector<tr::planned_session<double>> planned;
  std::vector<std::vector<double>> strength_by_week;
  for (int w = 0; w < in.weeks; ++w) {
    for (tr::planned_session<double>& s : runner.run_weeks(1, lifter))
      planned.push_back(std::move(s));
    std::vector<double> rm;
    for (int i = 0; i < 3; ++i)
      rm.push_back(lifter.one_rep_max(i).in(kilograms));
    strength_by_week.push_back(std::move(rm));
  }

  // ---- schedule (week 1) --------------------------------------------------------------------
  const auto credits_of = [&cat](std::string_view id) {
    const ex::exercise_description* e = cat.find(id);
    return e != nullptr ? ex::credits(*e) : std::array<double, ex::muscle_count>{};
  };
  using log_session = tr::session<double, std::string_view>;
  std::vector<log_session> log;
  for (const tr::planned_session<double>& s : planned) {
    log_session ls;
    ls.day = s.day;
    for (const tr::planned_exercise<double>& pe : s.exercises) {
      for (const tr::set_prescription<double>& set : pe.what.sets()) {
        tr::set_record<double, std::string_view> r;
        r.exercise = pe.what.exercise;
        r.load = set.load;
        r.reps = set.reps > 0 ? set.reps : 1;
        ls.sets.push_back(r);
      }
    }
    log.push_back(std::move(ls));
  }
  const std::span<const log_session> log_span(log);
  std::vector<tr::muscle_volume<double>> weekly(static_cast<std::size_t>(in.weeks));
  tr::hard_sets_by_week(log_span, credits_of, in.start,
                        std::span<tr::muscle_volume<double>>(weekly));
  const tr::landmark_table<double> landmarks = tr::default_volume_landmarks<double>();
  const std::size_t back = static_cast<std::size_t>(ex::muscle_group::back);

  weekly_schedule& sch = out.schedule;
  sch.deload_every_weeks = prog.deload_every_weeks;
  for (const tr::planned_session<double>& s : planned) {
    if (s.week != 0) break;
    back_session bs;
    bs.day = prog.sessions[static_cast<std::size_t>(s.session)].day;
    bs.day_name = detail::weekday_names[static_cast<std::size_t>(s.day.day_of_week())];
    for (std::size_t j = 0; j < s.exercises.size(); ++j) {
      const detail::slot_plan& sp = slots[j];
      const tr::prescription<double>& what = s.exercises[j].what;
      const ex::exercise_description* e = cat.find(what.exercise);
      scheduled_exercise x;
      x.slot = sp.spec->slot;
      x.exercise_id = std::string(what.exercise);
      x.name = e != nullptr ? e->name : x.exercise_id;
      if (sp.choice.substitute) {
        x.replaces = sp.choice.preferred->id;
        x.replace_reason = sp.choice.reason;
        x.substitute_score = sp.choice.score;
      }
      x.sets = what.set_count();
      if (x.sets > 0) {
        x.reps_min = what[0].reps;
        x.reps_max = what[0].reps_max;
        x.start_load_kg = what[0].load.in(kilograms);
      }
      x.per_side = what.per_side;
      if (what.tempo) {
        x.tempo = ex::to_string(*what.tempo);
      } else if (e != nullptr && e->tempo) {
        x.tempo = ex::to_string(*e->tempo);
      }
      x.rest_seconds =
          what.rest > duration<double>{} ? what.rest.in(seconds) : sp.reps.rest_seconds;
      x.load_kind = detail::load_kind(sp);
      x.equipment = detail::to_string(sp.tool);
      x.progression = sp.ladder.empty() ? "double_progression" : detail::ladder_text(sp.ladder);
      bs.exercises.push_back(std::move(x));
    }
    sch.sessions.push_back(std::move(bs));
  }

  // Frequency and recovery: the training module's check on the first week, as dated sessions.
  const tr::weekly_structure<double> structure =
      tr::check_weekly_structure(log_span, credits_of, in.start);
  sch.frequency_ok = structure.findings.empty();
  for (const tr::frequency_finding<double>& f : structure.findings) {
    const std::string who(ex::to_string(f.muscle));
    plan_finding pf;
    pf.module = "training";
    pf.code = training::to_string(f.issue);
    pf.source = tr::frequency_citation;
    if (f.issue == tr::frequency_issue::too_little_recovery) {
      pf.message = who + ": two sessions less than 48 h apart";
      pf.value = f.hours_between;
      pf.limit = 48.0;
      pf.unit = "h";
    } else {
      pf.message = who + (f.issue == tr::frequency_issue::too_few_sessions
                              ? ": trained on fewer than 2 days a week"
                              : ": trained on more than 3 days a week");
      pf.value = f.sessions;
      pf.limit = f.issue == tr::frequency_issue::too_few_sessions ? 2.0 : 3.0;
      pf.unit = "sessions/wk";
    }
    findings.push_back(std::move(pf));
  }

  const tr::muscle_volume<double>& week1 = weekly.front();
  for (ex::muscle m : ex::all_values<ex::muscle>()) {
    const double sets = week1[m];
    if (sets <= 0.0) continue;
    const std::size_t i = static_cast<std::size_t>(m);
    const double gap = structure.muscle_shortest_gap_hours[i];
    sch.muscles.push_back({std::string(ex::to_string(m)),
                           std::string(ex::to_string(ex::group_of(m))), sets,
                           structure.muscle_sessions[i], std::isfinite(gap) ? gap : 0.0});
  }
  const auto zones = tr::check_volume(week1, landmarks);
  for (ex::muscle_group g : ex::all_values<ex::muscle_group>()) {
    const std::size_t i = static_cast<std::size_t>(g);
    if (week1.groups[i] <= 0.0) continue;
    group_sets gs;
    gs.group = std::string(ex::to_string(g));
    gs.sets = week1.groups[i];
    gs.landmarks = landmarks[i];
    if (zones[i]) gs.zone = training::to_string(*zones[i]);
    sch.groups.push_back(std::move(gs));
  }
  sch.back_sets_per_week = week1.groups[back];

  // Volume against the back landmarks, every week that is not a deload.
  sch.volume_ok = true;
  bool reported_low = false;
  bool reported_high = false;
  const tr::volume_landmarks<double>& bl = *landmarks[back];

  // ---- progression ----------------------------------------------------------------------------
  for (int w = 0; w < in.weeks; ++w) {
    progression_week pw;
    pw.week = w + 1;
    pw.back_sets = weekly[static_cast<std::size_t>(w)].groups[back];
    pw.one_rep_max_kg = strength_by_week[static_cast<std::size_t>(w)];
    for (const tr::planned_session<double>& s : planned) {
      if (s.week != w) continue;
      pw.deload = s.deload_week;
      for (std::size_t j = 0; j < s.exercises.size(); ++j) {
        const tr::prescription<double>& what = s.exercises[j].what;
        pw.deload = pw.deload || what.deload;
        const ex::exercise_description* e = cat.find(what.exercise);
        progression_entry pe;
        pe.slot = slots[j].spec->slot;
        pe.exercise_id = std::string(what.exercise);
        pe.name = e != nullptr ? e->name : pe.exercise_id;
        pe.sets = what.set_count();
        if (pe.sets > 0) {
          pe.reps_min = what[0].reps;
          pe.reps_max = what[0].reps_max;
          pe.load_kg = what[0].load.in(kilograms);
        }
        pe.per_side = what.per_side;
        pe.load_kind = detail::load_kind(slots[j]);
        pw.exercises.push_back(std::move(pe));
        if (s.exercises[j].rounding.out_of_range) {
          bool already = false;
          for (const plan_finding& f : findings) {
            already = already || (f.code == "load_outside_equipment" &&
                                  f.message.find(std::string(what.exercise)) != std::string::npos);
          }
          if (!already) {
            findings.push_back({"training", "load_outside_equipment",
                                std::string(what.exercise) +
                                    ": the load asked for lies outside what the equipment "
                                    "can make; the nearest loadable load is used",
                                what[0].requested_load.in(kilograms), what[0].load.in(kilograms),
                                "kg", citation{}});
          }
        }
      }
      break;
    }
    if (!pw.deload) {
      if (pw.back_sets < bl.minimum_effective) {
        sch.volume_ok = false;
        if (!reported_low) {
          findings.push_back({"training", "back_volume_below_mev",
                              "weekly hard sets for the back are below the minimum effective "
                              "volume",
                              pw.back_sets, bl.minimum_effective, "sets/wk",
                              tr::volume_landmarks_citation});
          reported_low = true;
        }
      } else if (pw.back_sets > bl.maximum_recoverable) {
        sch.volume_ok = false;
        if (!reported_high) {
          findings.push_back({"training", "back_volume_above_mrv",
                              "weekly hard sets for the back are above the maximum recoverable "
                              "volume",
                              pw.back_sets, bl.maximum_recoverable, "sets/wk",
                              tr::volume_landmarks_citation});
          reported_high = true;
        }
      }
    }
    out.progression.push_back(std::move(pw));
  }
  // ---- projection ---------------------------------------------------------------------------
  {
    en::hall_setup<double> setup;
    setup.individual = p;
    setup.physical_activity_level = pal;
    if (body.measured) setup.fat_mass = composition.fat_mass();
    const en::hall_model<double> model(setup);
    detail::add_validity(findings, "energy", model.info, model.validity());
    // The planned change of intake, applied to the model's own baseline (its resting
    // expenditure is Mifflin-St Jeor's), so both estimates simulate the same deficit.
    const energy_rate<double> intake = model.baseline_intake() + target.balance;
    require(intake > energy_rate<double>{}, "intake", intake.in(kilocalories_per_day), "kcal/d",
            "must be positive in the dynamic model");
    const int n = in.weeks * 7;
    const auto traj = model.trajectory([intake](int) { return intake; }, n);
    const double density = target.energy_per_mass.in(kilocalories_per_kilogram);
    for (int w = 0; w <= in.weeks; ++w) {
      const en::hall_record<double>& r = traj[static_cast<std::size_t>(w * 7)];
      projection_row row;
      row.week = w;
      row.body_mass_kg = r.body_mass.in(kilograms);
      row.fat_mass_kg = r.fat_mass.in(kilograms);
      row.fat_free_mass_kg = r.fat_free_mass.in(kilograms);
      row.static_body_mass_kg =
          bm + nut.balance_kcal_per_day * static_cast<double>(w * 7) / density;
      row.intake_kcal_per_day = intake.in(kilocalories_per_day);
      row.expenditure_kcal_per_day = r.expenditure.in(kilocalories_per_day);
      out.projection.push_back(row);
    }
  }
  return out;
}

}  // namespace physique::planner
