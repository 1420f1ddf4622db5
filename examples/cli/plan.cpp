// SPDX-License-Identifier: MIT
// `physique plan`: the back-training planner (physique::planner) as a text report or JSON.
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <physique/core/error.hpp>
#include <physique/planner/json_report.hpp>
#include <physique/planner/plan.hpp>
#include <physique/planner/svg_chart.hpp>
#include <physique/planner/text_report.hpp>

#include "cli.hpp"

namespace physique::cli {

namespace {

planner::plan_goal parse_goal(const std::string& text) {
  if (auto g = planner::parse_plan_goal(text)) return *g;
  if (text == "lose" || text == "cut" || text == "lose-fat") return planner::plan_goal::lose_fat;
  if (text == "maintain" || text == "recomp") return planner::plan_goal::recomposition;
  if (text == "gain" || text == "build" || text == "build-muscle") {
    return planner::plan_goal::build_muscle;
  }
  report_invalid_argument("--goal", "\"" + text + "\"",
                          "must be lose_fat, recomposition or build_muscle");
}

}  // namespace

int run_plan(const std::vector<std::string>& tokens) {
  const arguments a(
      tokens,
      {{"--sex", true},          {"--age", true},  {"--height", true},      {"--weight", true},
       {"--goal", true},         {"--rate", true}, {"--body-fat", true},    {"--neck", true},
       {"--waist", true},        {"--hip", true},  {"--equipment", true},   {"--days", true},
       {"--weeks", true},        {"--pal", true},  {"--activity", true},    {"--meals", true},
       {"--start", true},        {"--seed", true}, {"--pull-up-max", true}, {"--row-max", true},
       {"--deadlift-max", true}, {"--svg", true}});
  if (a.help()) {
    std::cout << usage_of("plan");
    return 0;
  }
  if (!a.positional().empty()) throw usage_error{"unexpected argument " + a.positional().front()};

  planner::plan_input in;
  in.individual = person_from(a);
  in.goal = parse_goal(a.get("--goal").value_or("recomposition"));
  if (auto r = a.get("--rate")) in.weekly_rate_percent = parse_percent("--rate", *r);
  if (auto bf = a.get("--body-fat")) in.body_fat_percent = parse_percent("--body-fat", *bf);
  if (a.has("--neck") || a.has("--waist") || a.has("--hip")) {
    composition::circumferences<double> c;
    c.neck = parse_length("--neck", a.require("--neck"));
    c.waist = parse_length("--waist", a.require("--waist"));
    if (auto hip = a.get("--hip")) c.hip = parse_length("--hip", *hip);
    if (in.individual.sex == sex::female && !a.has("--hip")) {
      throw usage_error{"the US Navy tape method for women needs --hip"};
    }
    in.circumferences = c;
  }
  if (auto list = a.get("--equipment")) in.equipment = parse_equipment_list("--equipment", *list);
  if (auto d = a.get("--days")) in.days_per_week = parse_int("--days", *d);
  if (auto w = a.get("--weeks")) in.weeks = parse_weeks("--weeks", *w);
  if (auto act = activity_from(a)) in.physical_activity_level = act->factor;
  if (auto m = a.get("--meals")) {
    const int meals = parse_int("--meals", *m);
    detail::require(meals >= 1 && meals <= 24, "meals", static_cast<double>(meals), "",
                    "must be within 1-24 meals per day");
    in.meals_per_day = static_cast<unsigned>(meals);
  }
  if (auto s = a.get("--start")) {
    in.start = parse_date("--start", *s);
  } else {
    // The plan counts days from a Monday: start on the next one (today if it is a Monday).
    const training::date t = today_utc();
    const training::date monday = training::start_of_week(t);
    in.start = monday == t ? t : monday + 7;
  }
  if (auto s = a.get("--seed")) {
    const int seed = parse_int("--seed", *s);
    detail::require(seed >= 0, "seed", static_cast<double>(seed), "", "must not be negative");
    in.seed = static_cast<std::uint64_t>(seed);
  }
  if (auto m = a.get("--pull-up-max")) in.strength.vertical_pull = parse_mass("--pull-up-max", *m);
  if (auto m = a.get("--row-max")) in.strength.horizontal_pull = parse_mass("--row-max", *m);
  if (auto m = a.get("--deadlift-max")) in.strength.hinge = parse_mass("--deadlift-max", *m);

  const planner::plan p = planner::make_plan(in);
  if (auto file = a.get("--svg")) {
    std::ofstream out(*file);
    out << planner::to_svg(p);
    out.close();
    if (!out) throw std::runtime_error("cannot write the chart to " + *file);
    std::cerr << "chart written to " << *file << "\n";
  }
  if (a.json()) {
    const std::string text = planner::to_json(p);
    std::cout << text;
    if (text.empty() || text.back() != '\n') std::cout << '\n';
    return 0;
  }
  std::ostringstream text;
  planner::write_text(text, p);
  const std::string report = text.str();
  std::cout << report;
  if (report.empty() || report.back() != '\n') std::cout << '\n';
  return 0;
}

}  // namespace physique::cli
