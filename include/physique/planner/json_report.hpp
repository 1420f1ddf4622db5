// SPDX-License-Identifier: MIT
// The plan as JSON (schema "physique.plan", version 1, documented in docs/planner.md), written
// with io::json_writer: no dependency.
#pragma once

#include <cstdio>
#include <ostream>
#include <string>

#include <physique/core/citation.hpp>
#include <physique/exercise/equipment.hpp>
#include <physique/io/json_writer.hpp>
#include <physique/planner/plan.hpp>

namespace physique::planner {

/// Version of the JSON schema written by `to_json`; raised when a field changes meaning or
/// disappears (adding fields keeps the version).
inline constexpr int json_schema_version = 2;

namespace detail {

inline void write_citation(io::json_writer& w, const citation& c) {
  w.begin_object();
  w.member("authors", c.authors);
  w.member("year", c.year);
  w.member("title", c.title);
  w.member("venue", c.venue);
  w.member("doi", c.doi);
  w.member("locator", c.locator);
  w.end_object();
}

[[nodiscard]] inline std::string iso_date(training::date d) {
  const int n = d.yyyymmdd();
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", n / 10000, (n / 100) % 100, n % 100);
  return buf;
}

}  // namespace detail

/// The plan as JSON text (UTF-8, two-space indentation, finite numbers only).
[[nodiscard]] inline std::string to_json(const plan& pl) {
  io::json_writer w;
  const plan_input& in = pl.input;
  w.begin_object();
  w.member("schema", "physique.plan");
  w.member("version", json_schema_version);

  w.key("input").begin_object();
  w.member("sex", physique::to_string(in.individual.sex));
  w.member("age_years", in.individual.age.in(years));
  w.member("height_cm", in.individual.height.in(centimeters));
  w.member("body_mass_kg", in.individual.body_mass.in(kilograms));
  w.member("goal", to_string(in.goal));
  w.key("equipment").begin_array();
  in.equipment.for_each([&w](exercise::equipment e) { w.value(exercise::to_string(e)); });
  w.end_array();
  w.member("days_per_week", in.days_per_week);
  w.member("weeks", in.weeks);
  w.member("physical_activity_level", pl.expenditure.physical_activity_level);
  w.member("meals_per_day", in.meals_per_day);
  w.member("start", detail::iso_date(in.start));
  w.member("seed", std::to_string(in.seed));
  w.end_object();

  const body_estimate& b = pl.body;
  w.key("body").begin_object();
  w.member("body_mass_kg", b.body_mass_kg);
  w.member("height_cm", b.height_cm);
  w.member("age_years", b.age_years);
  w.member("body_mass_index", b.body_mass_index);
  w.member("fat_percent", b.fat_percent);
  w.member("fat_mass_kg", b.fat_mass_kg);
  w.member("fat_free_mass_kg", b.fat_free_mass_kg);
  w.member("method", b.method);
  w.member("method_name", b.method_name);
  w.member("measured", b.measured);
  w.key("source");
  detail::write_citation(w, b.source);
  w.end_object();

  const expenditure_estimate& e = pl.expenditure;
  w.key("expenditure").begin_object();
  w.member("equation", e.equation_id);
  w.member("equation_name", e.equation_name);
  w.key("source");
  detail::write_citation(w, e.source);
  w.member("resting_kcal_per_day", e.resting_kcal_per_day);
  w.member("physical_activity_level", e.physical_activity_level);
  w.member("pal_category", e.pal_category);
  w.key("pal_source");
  detail::write_citation(w, e.pal_source);
  w.member("total_kcal_per_day", e.total_kcal_per_day);
  w.key("comparison").begin_array();
  for (const resting_row& r : e.comparison) {
    w.begin_object();
    w.member("id", r.id);
    w.member("name", r.name);
    w.member("kcal_per_day", r.kcal_per_day);
    w.member("inside_sample", r.inside_sample);
    w.end_object();
  }
  w.end_array();
  w.end_object();

  const nutrition_plan& n = pl.nutrition;
  w.key("nutrition").begin_object();
  w.member("energy_goal", n.energy_goal);
  w.member("weekly_rate_percent", n.weekly_rate_percent);
  w.member("weekly_change_kg", n.weekly_change_kg);
  w.member("target_kcal_per_day", n.target_kcal_per_day);
  w.member("balance_kcal_per_day", n.balance_kcal_per_day);
  w.key("target_source");
  detail::write_citation(w, n.target_source);
  w.member("preset", n.preset_id);
  w.member("preset_name", n.preset_name);
  w.member("protein_basis", n.protein_basis);
  w.member("protein_g_per_kg", n.protein_g_per_kg);
  w.member("fat_share", n.fat_share);
  w.key("protein_source");
  detail::write_citation(w, n.protein_source);
  w.key("fat_source");
  detail::write_citation(w, n.fat_source);
  w.member("protein_g", n.protein_g);
  w.member("fat_g", n.fat_g);
  w.member("carbohydrate_g", n.carbohydrate_g);
  w.member("macro_kcal_per_day", n.macro_kcal_per_day);
  w.member("meals", n.meals);
  w.member("protein_per_meal_g", n.protein_per_meal_g);
  w.member("protein_per_meal_g_per_kg", n.protein_per_meal_g_per_kg);
  w.key("meal_source");
  detail::write_citation(w, n.meal_source);
  w.end_object();

  const weekly_schedule& s = pl.schedule;
  w.key("schedule").begin_object();
  w.key("sessions").begin_array();
  for (const back_session& bs : s.sessions) {
    w.begin_object();
    w.member("day", bs.day);
    w.member("day_name", bs.day_name);
    w.key("exercises").begin_array();
    for (const scheduled_exercise& x : bs.exercises) {
      w.begin_object();
      w.member("slot", x.slot);
      w.member("exercise", x.exercise_id);
      w.member("name", x.name);
      if (x.replaces.empty()) {
        w.key("replaces").null();
      } else {
        w.key("replaces").begin_object();
        w.member("exercise", x.replaces);
        w.member("reason", x.replace_reason);
        w.member("score", x.substitute_score);
        w.end_object();
      }
      w.member("sets", x.sets);
      w.member("reps_min", x.reps_min);
      w.member("reps_max", x.reps_max);
      w.member("per_side", x.per_side);
      w.member("tempo", x.tempo);
      w.member("rest_seconds", x.rest_seconds);
      w.member("load_kg", x.start_load_kg);
      w.member("load_kind", x.load_kind);
      w.member("equipment", x.equipment);
      w.member("progression", x.progression);
      w.member("rpe", x.rpe);
      w.member("one_rep_max_kg", x.one_rep_max_kg);
      w.member("strength_basis", x.strength_basis);
      w.member("off_pattern", x.off_pattern);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("weekly_hard_sets").begin_object();
  w.key("muscles").begin_array();
  for (const muscle_sets& m : s.muscles) {
    w.begin_object();
    w.member("muscle", m.muscle);
    w.member("group", m.group);
    w.member("sets", m.sets);
    w.member("sessions", m.sessions);
    w.member("shortest_gap_hours", m.shortest_gap_hours);
    w.end_object();
  }
  w.end_array();
  w.key("groups").begin_array();
  for (const group_sets& g : s.groups) {
    w.begin_object();
    w.member("group", g.group);
    w.member("sets", g.sets);
    if (g.landmarks) {
      w.key("landmarks").begin_object();
      w.member("mv", g.landmarks->maintenance);
      w.member("mev", g.landmarks->minimum_effective);
      w.member("mav_low", g.landmarks->adaptive_low);
      w.member("mav_high", g.landmarks->adaptive_high);
      w.member("mrv", g.landmarks->maximum_recoverable);
      w.end_object();
      w.member("zone", g.zone);
    } else {
      w.key("landmarks").null();
      w.key("zone").null();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.member("back_sets_per_week", s.back_sets_per_week);
  w.member("frequency_ok", s.frequency_ok);
  w.member("volume_ok", s.volume_ok);
  w.member("deload_every_weeks", s.deload_every_weeks);
  w.end_object();

  w.key("progression").begin_object();
  w.key("strength_pools").begin_array();
  for (const std::string& name : pl.strength_pools)
    w.value(name);
  w.end_array();
  w.key("start_one_rep_max_kg").begin_array();
  for (double v : pl.strength_start_kg)
    w.value(v);
  w.end_array();
  w.key("weeks").begin_array();
  for (const progression_week& pw : pl.progression) {
    w.begin_object();
    w.member("week", pw.week);
    w.member("deload", pw.deload);
    w.member("back_sets", pw.back_sets);
    w.key("one_rep_max_kg").begin_array();
    for (double v : pw.one_rep_max_kg)
      w.value(v);
    w.end_array();
    w.key("exercises").begin_array();
    for (const progression_entry& x : pw.exercises) {
      w.begin_object();
      w.member("slot", x.slot);
      w.member("exercise", x.exercise_id);
      w.member("name", x.name);
      w.member("sets", x.sets);
      w.member("reps_min", x.reps_min);
      w.member("reps_max", x.reps_max);
      w.member("per_side", x.per_side);
      w.member("load_kg", x.load_kg);
      w.member("load_kind", x.load_kind);
      w.member("rpe", x.rpe);
      w.member("system_load_kg", x.system_load_kg);
      w.member("one_rep_max_kg", x.one_rep_max_kg);
      w.key("reps_done").begin_array();
      for (int r : x.reps_done)
        w.value(r);
      w.end_array();
      w.member("event", x.event);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();

  w.key("projection").begin_array();
  for (const projection_row& r : pl.projection) {
    w.begin_object();
    w.member("week", r.week);
    w.member("body_mass_kg", r.body_mass_kg);
    w.member("fat_mass_kg", r.fat_mass_kg);
    w.member("fat_free_mass_kg", r.fat_free_mass_kg);
    w.member("static_body_mass_kg", r.static_body_mass_kg);
    w.member("intake_kcal_per_day", r.intake_kcal_per_day);
    w.member("expenditure_kcal_per_day", r.expenditure_kcal_per_day);
    w.end_object();
  }
  w.end_array();

  w.key("findings").begin_array();
  for (const plan_finding& f : pl.findings) {
    w.begin_object();
    w.member("module", f.module);
    w.member("code", f.code);
    w.member("message", f.message);
    w.member("value", f.value);
    w.member("limit", f.limit);
    w.member("unit", f.unit);
    w.key("source");
    detail::write_citation(w, f.source);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  std::string text = w.str();
  text += '\n';
  return text;
}

/// Writes `to_json(pl)` to `os`.
inline void write_json(std::ostream& os, const plan& pl) {
  os << to_json(pl);
}

}  // namespace physique::planner
