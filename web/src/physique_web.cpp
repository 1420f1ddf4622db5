// SPDX-License-Identifier: MIT
// The C API the web page calls (built to WebAssembly by the `wasm` preset). Every result is
// the library's own JSON: the plan is `planner::to_json`, the chart `planner::to_svg`, the
// strength table mirrors `physique strength --json`. Invalid input becomes
// {"error": {"parameter", "message"}}: caught as `physique::invalid_argument` when exceptions
// are on; under -fno-exceptions the error handler hands the same two strings to the page
// (`physique_web_report_error`, a JavaScript function) before the library aborts, and the
// page starts a fresh instance of the module.
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include <emscripten/emscripten.h>

#include <physique/core/error.hpp>
#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/exercise/equipment.hpp>
#include <physique/io/json_writer.hpp>
#include <physique/planner/json_report.hpp>
#include <physique/planner/plan.hpp>
#include <physique/planner/svg_chart.hpp>
#include <physique/training/date.hpp>
#include <physique/training/one_rep_max.hpp>
#include <physique/training/rpe.hpp>

// Hands an error to the page; defined in JavaScript (web/src/library.js).
extern "C" void physique_web_report_error(const char* parameter, const char* message);

namespace {

namespace ex = physique::exercise;
namespace pl = physique::planner;
namespace tr = physique::training;
using physique::mass;

/// The text the last call returned; the page copies it before the next call.
std::string& result_text() {
  static std::string text;
  return text;
}

/// The last plan, for the chart.
std::optional<pl::plan>& last_plan() {
  static std::optional<pl::plan> plan;
  return plan;
}

#if defined(PHYSIQUE_NO_EXCEPTIONS)
void hand_error_to_page(const physique::error_report& r) noexcept {
  physique_web_report_error(r.parameter, physique::detail::format_error(r).c_str());
}
#else
std::string error_json(const physique::error_report& r) {
  physique::io::json_writer w;
  w.begin_object();
  w.key("error").begin_object();
  w.member("parameter", r.parameter);
  w.member("message", physique::detail::format_error(r));
  w.end_object();
  w.end_object();
  return w.str();
}
#endif

/// Runs `make` and returns its text, or the error document.
template <class F>
const char* answer(F&& make) {
#if defined(PHYSIQUE_NO_EXCEPTIONS)
  physique::set_error_handler(&hand_error_to_page);
  result_text() = make();
#else
  try {
    result_text() = make();
  } catch (const physique::invalid_argument& e) {
    result_text() = error_json(e.report());
  }
#endif
  return result_text().c_str();
}

/// NaN marks an optional number the form left empty.
std::optional<double> optional_number(double v) {
  return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

mass<double> mass_in(double value, std::string_view unit, const char* parameter) {
  if (unit == "kg") return physique::kilograms(value);
  if (unit == "lb") return physique::pounds(value);
  physique::report_invalid_argument(parameter, unit, "must be kg or lb");
}

/// A height in cm, or in feet and inches ("5ft10in" adds up as the command-line tool does).
physique::length<double> height_in(double feet, double value, std::string_view unit) {
  if (unit == "cm") return physique::centimeters(value);
  if (unit == "in") return physique::feet(feet) + physique::inches(value);
  physique::report_invalid_argument("height_unit", unit, "must be cm or in");
}

/// A comma-separated list of equipment names; bodyweight is added to a non-empty list, as
/// the command-line tool does.
ex::equipment_set equipment_from(std::string_view list) {
  ex::equipment_set kit{};
  if (list.empty()) return kit;
  kit.insert(ex::equipment::bodyweight);
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view item = list.substr(0, comma);
    if (!item.empty()) {
      const std::optional<ex::equipment> e = ex::parse_equipment(item);
      if (!e) physique::report_invalid_argument("equipment", item, "is not an equipment name");
      kit.insert(*e);
    }
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return kit;
}

physique::sex sex_from(std::string_view text) {
  if (text == "male") return physique::sex::male;
  if (text == "female") return physique::sex::female;
  physique::report_invalid_argument("sex", text, "must be male or female");
}

pl::plan_goal goal_from(std::string_view text) {
  if (auto g = pl::parse_plan_goal(text)) return *g;
  physique::report_invalid_argument("goal", text,
                                    "must be lose_fat, recomposition or build_muscle");
}

}  // namespace

extern "C" {

/// The plan as `planner::to_json` writes it. Quantities come with their unit ("kg" or "lb",
/// "cm" or "in"; with "in" the height is `height_feet` feet plus `height` inches); NaN leaves an
/// optional number (rate, body fat, PAL) to the planner's default; an empty equipment list means
/// bodyweight only.
EMSCRIPTEN_KEEPALIVE const char* physique_web_plan(
    const char* sex, double age_years, double height_feet, double height, const char* height_unit,
    double weight, const char* weight_unit, const char* goal, double rate_percent,
    double body_fat_percent, const char* equipment, int days, int weeks, double pal, int meals,
    int start_year, int start_month, int start_day) {
  return answer([&] {
    last_plan().reset();
    pl::plan_input in;
    in.individual.sex = sex_from(sex);
    in.individual.age = physique::years(age_years);
    in.individual.height = height_in(height_feet, height, height_unit);
    in.individual.body_mass = mass_in(weight, weight_unit, "weight_unit");
    physique::validate(in.individual);
    in.goal = goal_from(goal);
    in.weekly_rate_percent = optional_number(rate_percent);
    in.body_fat_percent = optional_number(body_fat_percent);
    in.equipment = equipment_from(equipment);
    in.days_per_week = days;
    in.weeks = weeks;
    in.physical_activity_level = optional_number(pal);
    physique::detail::require(meals >= 1 && meals <= 24, "meals_per_day", meals, "",
                              "must be within 1-24");
    in.meals_per_day = static_cast<unsigned>(meals);
    in.start = tr::date::from_ymd(start_year, start_month, start_day);
    last_plan() = pl::make_plan(in);
    return pl::to_json(*last_plan());
  });
}

/// The chart of the last plan (`planner::to_svg`); empty when there is none.
EMSCRIPTEN_KEEPALIVE const char* physique_web_plan_svg() {
  result_text() = last_plan() ? pl::to_svg(*last_plan()) : std::string();
  return result_text().c_str();
}

/// 1RM of a set by every formula, and the load for `target_reps` (0: none); with an RPE (NaN:
/// none) the RTS chart's e1RM, and with a target RPE the chart's load. Members and units as
/// `physique strength --json` (loads in the unit of the input).
EMSCRIPTEN_KEEPALIVE const char* physique_web_strength(double load, const char* unit, int reps,
                                                       double rpe, int target_reps,
                                                       double target_rpe) {
  return answer([&] {
    const std::string_view u = unit;
    const mass<double> set_load = mass_in(load, u, "unit");
    const double per_kg = u == "lb" ? 1.0 / 0.45359237 : 1.0;
    const auto shown = [per_kg](const mass<double>& m) { return m.in(physique::kilograms)*per_kg; };
    physique::io::json_writer w;
    w.begin_object();
    w.member("unit", u);
    w.key("set").begin_object();
    w.member("load", shown(set_load)).member("reps", reps);
    if (!std::isnan(rpe)) w.member("rpe", rpe);
    w.end_object();
    w.key("formulas").begin_array();
    tr::for_each_one_rep_max_equation([&](auto e) {
      const mass<double> m =
          tr::one_rep_max(e, set_load, reps, tr::single_rep_convention::single_is_max);
      const physique::validity_report v = e.validity(reps);
      w.begin_object();
      w.member("id", decltype(e)::info.id).member("name", decltype(e)::info.name);
      w.member("one_rep_max", shown(m));
      if (target_reps > 0)
        w.member(
            "load_for_target_reps",
            shown(tr::load_for_reps(e, m, target_reps, tr::single_rep_convention::single_is_max)));
      w.member("inside", v.inside());
      w.key("source");
      pl::detail::write_citation(w, decltype(e)::info.source);
      w.end_object();
    });
    w.end_array();
    std::optional<mass<double>> chart_max;
    if (!std::isnan(rpe)) {
      chart_max = tr::one_rep_max_at_rpe(set_load, reps, rpe);
      w.key("rpe_chart_one_rep_max");
      chart_max ? w.value(shown(*chart_max)) : w.null();
    }
    if (target_reps > 0) w.member("target_reps", target_reps);
    if (target_reps > 0 && !std::isnan(target_rpe) && chart_max) {
      const std::optional<mass<double>> at =
          tr::load_for_reps_at_rpe(*chart_max, target_reps, target_rpe);
      w.member("target_rpe", target_rpe);
      w.key("rpe_chart_load");
      at ? w.value(shown(*at)) : w.null();
    }
    w.end_object();
    return w.str();
  });
}

}  // extern "C"
