// SPDX-License-Identifier: MIT
// Python binding of the back-training planner: plan(...) returns the planner's JSON report
// (schema "physique.plan", the document `physique plan --json` prints) parsed by Python's
// json module, so the dict follows the report field for field.
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <physique/exercise.hpp>
#include <physique/planner.hpp>

#include "common.hpp"

namespace physique_py {
namespace {

using namespace physique;

training::date parse_date(const py::object& value) {
  if (py::hasattr(value, "year") && py::hasattr(value, "month") && py::hasattr(value, "day")) {
    return training::date::from_ymd(value.attr("year").cast<int>(), value.attr("month").cast<int>(),
                                    value.attr("day").cast<int>());
  }
  const std::string text = py::str(value);
  int y = 0;
  int mo = 0;
  int d = 0;
  char tail = '\0';
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &mo, &d, &tail) != 3) {
    physique::report_invalid_argument("start", text, "must be a date, YYYY-MM-DD");
  }
  return training::date::from_ymd(y, mo, d);
}

py::object plan(const std::string& sex_text, double age, double height_cm, double body_mass,
                const std::string& goal, std::optional<double> weekly_rate_percent,
                std::optional<double> body_fat_percent, std::optional<double> neck_cm,
                std::optional<double> waist_cm, std::optional<double> hip_cm,
                const std::vector<std::string>& equipment, int days_per_week, int weeks,
                std::optional<double> pal, unsigned meals_per_day, const py::object& start,
                std::uint64_t seed, std::optional<double> pull_up_max_kg,
                std::optional<double> row_max_kg, std::optional<double> deadlift_max_kg) {
  planner::plan_input in;
  in.individual =
      person<double>{parse_sex(sex_text), years(age), centimeters(height_cm), kilograms(body_mass)};
  const auto g = planner::parse_plan_goal(goal);
  if (!g) {
    physique::report_invalid_argument("goal", goal,
                                      "must be lose_fat, recomposition or build_muscle");
  }
  in.goal = *g;
  in.weekly_rate_percent = weekly_rate_percent;
  in.body_fat_percent = body_fat_percent;
  if (neck_cm || waist_cm || hip_cm) {
    if (!neck_cm || !waist_cm) {
      physique::report_invalid_argument("circumferences", "neck_cm, waist_cm",
                                        "the tape method needs neck_cm and waist_cm");
    }
    composition::circumferences<double> c;
    c.neck = centimeters(*neck_cm);
    c.waist = centimeters(*waist_cm);
    if (hip_cm) c.hip = centimeters(*hip_cm);
    in.circumferences = c;
  }
  // Bodyweight is always at hand, as in the command-line tool.
  in.equipment.insert(exercise::equipment::bodyweight);
  for (const std::string& name : equipment) {
    const auto e = exercise::parse<exercise::equipment>(name);
    if (!e) physique::report_invalid_argument("equipment", name, "is not an equipment name");
    in.equipment.insert(*e);
  }
  in.days_per_week = days_per_week;
  in.weeks = weeks;
  in.physical_activity_level = pal;
  in.meals_per_day = meals_per_day;
  in.start = parse_date(start);
  in.seed = seed;
  if (pull_up_max_kg) in.strength.vertical_pull = kilograms(*pull_up_max_kg);
  if (row_max_kg) in.strength.horizontal_pull = kilograms(*row_max_kg);
  if (deadlift_max_kg) in.strength.hinge = kilograms(*deadlift_max_kg);
  std::string text;
  {
    py::gil_scoped_release release;
    text = planner::to_json(planner::make_plan(in));
  }
  return py::module_::import("json").attr("loads")(text);
}

}  // namespace

void bind_planner(py::module_& m) {
  m.def("plan", &plan, py::arg("sex"), py::arg("age_years"), py::arg("height_cm"),
        py::arg("body_mass_kg"), py::kw_only(), py::arg("goal") = "recomposition",
        py::arg("weekly_rate_percent") = py::none(), py::arg("body_fat_percent") = py::none(),
        py::arg("neck_cm") = py::none(), py::arg("waist_cm") = py::none(),
        py::arg("hip_cm") = py::none(), py::arg("equipment") = std::vector<std::string>{},
        py::arg("days_per_week") = 3, py::arg("weeks") = 12,
        py::arg("physical_activity_level") = py::none(), py::arg("meals_per_day") = 4U,
        py::arg("start") = "2026-01-05", py::arg("seed") = 2026U,
        py::arg("pull_up_max_kg") = py::none(), py::arg("row_max_kg") = py::none(),
        py::arg("deadlift_max_kg") = py::none(),
        "The back-training plan (docs/planner.md) as the dict of its JSON report, schema "
        "'physique.plan' (the document `physique plan --json` prints): expenditure by the "
        "published equations, calorie target and macros with protein per meal, the weekly "
        "schedule from the equipment at hand, progression with deloads, the Hall et al. "
        "2011 projection next to the static rule, and findings, each with its source. goal: "
        "lose_fat, recomposition or build_muscle; equipment: names of the exercise "
        "vocabulary ('dumbbell', 'pull_up_bar', ...); start: a date or 'YYYY-MM-DD' (a "
        "Monday). Raises physique.InvalidArgument (a ValueError) for impossible input.");
}

}  // namespace physique_py
