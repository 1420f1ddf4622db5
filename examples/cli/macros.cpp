// SPDX-License-Identifier: MIT
// `physique macros`: a calorie target (given, or from the person and a goal), its macro split
// by a cited preset, protein per meal, whole-gram rounding and guideline findings.
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <physique/composition/body_composition.hpp>
#include <physique/core/error.hpp>
#include <physique/energy/calorie_target.hpp>
#include <physique/energy/mifflin_st_jeor.hpp>
#include <physique/energy/physical_activity.hpp>
#include <physique/nutrition/evaluation.hpp>
#include <physique/nutrition/goal_presets.hpp>
#include <physique/nutrition/macro_split.hpp>
#include <physique/nutrition/protein_distribution.hpp>
#include <physique/nutrition/rounding.hpp>

#include "cli.hpp"

namespace physique::cli {

namespace {

struct goal_names {
  energy::weight_goal energy_goal;
  nutrition::diet_phase nutrition_goal;
};

goal_names parse_goal(const std::string& text) {
  if (text == "lose" || text == "deficit" || text == "cut") {
    return {energy::weight_goal::lose, nutrition::diet_phase::deficit};
  }
  if (text == "maintain" || text == "maintenance") {
    return {energy::weight_goal::maintain, nutrition::diet_phase::maintenance};
  }
  if (text == "gain" || text == "surplus" || text == "bulk") {
    return {energy::weight_goal::gain, nutrition::diet_phase::surplus};
  }
  report_invalid_argument("--goal", "\"" + text + "\"", "must be lose, maintain or gain");
}

struct any_finding {
  std::string code;
  std::string message;
  double value;
  double limit;
  std::string unit;
  citation source;
};

}  // namespace

int run_macros(const std::vector<std::string>& tokens) {
  const arguments a(tokens, {{"--sex", true},
                             {"--age", true},
                             {"--height", true},
                             {"--weight", true},
                             {"--calories", true},
                             {"--goal", true},
                             {"--rate", true},
                             {"--activity", true},
                             {"--pal", true},
                             {"--body-fat", true},
                             {"--meals", true}});
  if (a.help()) {
    std::cout << usage_of("macros");
    return 0;
  }
  if (!a.positional().empty()) throw usage_error{"unexpected argument " + a.positional().front()};

  const goal_names goal = parse_goal(a.get("--goal").value_or("maintain"));
  const int meals_given = a.has("--meals") ? parse_int("--meals", *a.get("--meals")) : 4;
  detail::require(meals_given >= 1 && meals_given <= 24, "meals", static_cast<double>(meals_given),
                  "", "must be within 1-24 meals per day");
  const auto meals = static_cast<unsigned>(meals_given);

  std::vector<any_finding> findings;
  energy_rate<double> target{};
  mass<double> body_mass{};
  std::optional<energy_rate<double>> maintenance;
  std::optional<energy_rate<double>> resting;
  std::optional<activity> act;
  std::optional<person<double>> who;
  std::optional<energy::weight_change_rate<double>> rate;

  if (auto calories = a.get("--calories")) {
    if (a.has("--rate") || a.has("--activity") || a.has("--pal")) {
      throw usage_error{"--rate, --activity and --pal derive the target; not with --calories"};
    }
    target = parse_energy_rate("--calories", *calories);
    detail::require_positive("energy_target", target.in(kilocalories_per_day), "kcal/d");
    body_mass = parse_mass("--weight", a.require("--weight"));
    detail::require_positive("body_mass", body_mass);
  } else {
    if (!a.has("--sex") && !a.has("--age") && !a.has("--height")) {
      throw usage_error{
          "give --calories and --weight, or the person (--sex --age --height "
          "--weight) and a --goal"};
    }
    who = person_from(a);
    body_mass = who->body_mass;
    act = activity_from(a);
    if (!act) {
      act = activity{energy::activity_multiplier<double>(energy::activity_level::moderately_active),
                     "moderate (x1.550)", "moderate", false};
    }
    resting = energy::mifflin_st_jeor{}(*who);
    maintenance = energy::total_energy_expenditure(*resting, act->factor);
    energy::calorie_target_input<double> in;
    in.goal = goal.energy_goal;
    if (goal.energy_goal == energy::weight_goal::maintain) {
      if (a.has("--rate")) throw usage_error{"--rate needs --goal lose or gain"};
      in.rate = energy::weight_change_rate<double>::absolute(mass_rate<double>{});
    } else if (auto r = a.get("--rate")) {
      const rate_text t = parse_rate("--rate", *r);
      in.rate = t.percent
                    ? energy::weight_change_rate<double>::percent_of_body_mass_per_week(t.value)
                    : energy::weight_change_rate<double>::absolute(kilograms_per_week(t.value));
    } else {
      in.rate = energy::weight_change_rate<double>::percent_of_body_mass_per_week(
          goal.energy_goal == energy::weight_goal::lose ? 0.5 : 0.25);
    }
    rate = in.rate;
    in.maintenance = *maintenance;
    in.resting = *resting;
    in.body_mass = body_mass;
    const energy::calorie_target<double> ct = energy::static_calorie_target(in);
    target = ct.intake;
    for (const energy::target_finding& f : ct.findings) {
      findings.push_back(
          {energy::to_string(f.code), f.message, f.value, f.limit, f.unit, f.source});
    }
  }

  std::optional<composition::body_composition<double>> body;
  if (auto bf = a.get("--body-fat")) {
    body = composition::body_composition<double>::from_fat_percent(
        body_mass, parse_percent("--body-fat", *bf));
  }
  const nutrition::macro_preset& preset =
      nutrition::preset_for(goal.nutrition_goal, body ? nutrition::protein_basis::fat_free_mass
                                                      : nutrition::protein_basis::body_mass);
  const nutrition::macro_split<double> split =
      body ? nutrition::split_macros(target, *body, preset.rule<double>())
           : nutrition::split_macros(target, body_mass, preset.rule<double>());
  const nutrition::meal_protein<double> per_meal =
      nutrition::distribute_protein(split.grams.protein, body_mass, meals);
  const nutrition::rounded_macros<double> whole = nutrition::round_to_whole_grams(split);
  nutrition::evaluation_context<double> ctx;
  ctx.body_mass = body_mass;
  if (body) ctx.fat_free_mass = body->fat_free_mass();
  ctx.goal = goal.nutrition_goal;
  ctx.meals = meals;
  ctx.energy_target = target;
  for (const nutrition::macro_finding& f : nutrition::evaluate_macros(split.grams, ctx)) {
    findings.push_back(
        {nutrition::to_string(f.code), f.message, f.value, f.limit, f.unit, f.source});
  }

  const double p_g = split.grams.protein.in(grams_per_day);
  const double f_g = split.grams.fat.in(grams_per_day);
  const double c_g = split.grams.carbohydrate.in(grams_per_day);
  const double kcal = target.in(kilocalories_per_day);
  const double share_p = nutrition::energy_share(split.grams, nutrition::macronutrient::protein);
  const double share_f = nutrition::energy_share(split.grams, nutrition::macronutrient::fat);
  const double share_c =
      nutrition::energy_share(split.grams, nutrition::macronutrient::carbohydrate);

  if (a.json()) {
    json_writer w;
    w.begin_object();
    if (who) {
      w.key("person");
      write_person(w, *who);
    } else {
      w.member("weight_kg", body_mass.in(kilograms));
    }
    w.member("goal", energy::to_string(goal.energy_goal));
    if (maintenance) {
      w.member("resting_kcal_per_day", resting->in(kilocalories_per_day));
      w.member("resting_equation", energy::mifflin_st_jeor::info.id);
      w.member("activity", act->label);
      w.member("activity_factor", act->factor);
      w.member("maintenance_kcal_per_day", maintenance->in(kilocalories_per_day));
      w.member("rate_kg_per_week",
               rate->at(body_mass).in(kilograms_per_week) *
                   (goal.energy_goal == energy::weight_goal::lose ? -1.0 : 1.0));
      w.member("target_rule", "static 7700 kcal/kg (Wishnofsky 1958)");
    }
    w.member("target_kcal_per_day", kcal);
    w.key("preset").begin_object();
    w.member("id", preset.id);
    w.member("name", preset.name);
    w.member("protein_g_per_kg", preset.protein_default);
    w.member("protein_basis", nutrition::to_string(preset.basis));
    w.member("fat_share", preset.fat_share_default);
    w.key("protein_source");
    write_citation(w, preset.protein_source);
    w.key("fat_source");
    write_citation(w, preset.fat_source);
    w.end_object();
    w.key("grams_per_day").begin_object();
    w.member("protein", p_g).member("fat", f_g).member("carbohydrate", c_g);
    w.end_object();
    w.key("whole_grams_per_day").begin_object();
    w.member("protein", whole.whole.protein)
        .member("fat", whole.whole.fat)
        .member("carbohydrate", whole.whole.carbohydrate)
        .member("energy_kcal_per_day", whole.energy.in(kilocalories_per_day));
    w.end_object();
    w.key("energy_share").begin_object();
    w.member("protein", share_p).member("fat", share_f).member("carbohydrate", share_c);
    w.end_object();
    w.member("fat_floor_applied", split.fat_floor_applied);
    w.key("protein_per_meal").begin_object();
    w.member("meals", per_meal.meals);
    w.member("grams", per_meal.per_meal.in(grams));
    w.member("grams_per_kg", per_meal.grams_per_kg_per_meal);
    w.member("grams_per_kg_per_day", per_meal.grams_per_kg_per_day);
    w.end_object();
    w.key("findings").begin_array();
    for (const any_finding& f : findings) {
      w.begin_object();
      w.member("code", f.code).member("message", f.message).member("value", f.value);
      w.member("limit", f.limit).member("unit", f.unit);
      w.key("source");
      write_citation(w, f.source);
      w.end_object();
    }
    w.end_array();
    w.end_object();
    std::cout << w.str() << '\n';
    return 0;
  }

  if (maintenance) {
    std::cout << "Person: " << describe_person(*who) << '\n';
    std::cout << "Resting (Mifflin-St Jeor): " << fixed(resting->in(kilocalories_per_day), 0)
              << " kcal/d, activity " << act->label << ", maintenance "
              << fixed(maintenance->in(kilocalories_per_day), 0) << " kcal/d\n";
    std::cout << "Goal: " << energy::to_string(goal.energy_goal);
    if (goal.energy_goal != energy::weight_goal::maintain) {
      std::cout << " " << fixed(rate->at(body_mass).in(kilograms_per_week), 2) << " kg/wk ("
                << fixed(rate->percent_per_week(body_mass), 2)
                << " % of body mass), static 7700 kcal/kg rule";
    }
    std::cout << '\n';
  }
  std::cout << "Target: " << fixed(kcal, 0) << " kcal/d\n";
  std::cout << "Preset: " << preset.name << " - protein " << fixed(preset.protein_default, 2)
            << " g/kg "
            << (preset.basis == nutrition::protein_basis::fat_free_mass ? "fat-free mass"
                                                                        : "body mass")
            << ", fat " << fixed(100.0 * preset.fat_share_default, 0) << " % of energy\n\n";
  text_table table({"macronutrient", "g/d", "whole g/d", "kcal/d", "% energy"});
  table.add({"protein", fixed(p_g, 1), std::to_string(whole.whole.protein), fixed(4.0 * p_g, 0),
             fixed(100.0 * share_p, 1)});
  table.add({"fat", fixed(f_g, 1), std::to_string(whole.whole.fat), fixed(9.0 * f_g, 0),
             fixed(100.0 * share_f, 1)});
  table.add({"carbohydrate", fixed(c_g, 1), std::to_string(whole.whole.carbohydrate),
             fixed(4.0 * c_g, 0), fixed(100.0 * share_c, 1)});
  table.print(std::cout);
  std::cout << "  whole grams give " << fixed(whole.energy.in(kilocalories_per_day), 0)
            << " kcal/d\n";
  std::cout << "\nProtein per meal: " << per_meal.meals << " meals x "
            << fixed(per_meal.per_meal.in(grams), 1) << " g ("
            << fixed(per_meal.grams_per_kg_per_meal, 2) << " g/kg per meal, "
            << fixed(per_meal.grams_per_kg_per_day, 2) << " g/kg/day)\n";
  std::cout << "\nSources: protein " << describe_citation(preset.protein_source)
            << "\n         fat " << describe_citation(preset.fat_source) << '\n';
  std::cout << "\nFindings:";
  if (findings.empty()) std::cout << " none, the split meets every guideline checked";
  std::cout << '\n';
  for (const any_finding& f : findings) {
    std::cout << "  - " << f.code << ": " << f.message << " (" << fixed(f.value, 2) << ' ' << f.unit
              << " against " << fixed(f.limit, 2) << ' ' << f.unit << "; "
              << describe_citation(f.source) << ")\n";
  }
  return 0;
}

}  // namespace physique::cli
