// SPDX-License-Identifier: MIT
// The plan as a readable plain-text report: body, expenditure, calorie target and macros, the
// weekly back schedule, the progression, the projection and the findings, each with sources.
#pragma once

#include <cstdio>
#include <ostream>
#include <string>

#include <physique/core/citation.hpp>
#include <physique/planner/plan.hpp>

namespace physique::planner {

namespace detail {

/// `v` with `decimals` digits after the point.
[[nodiscard]] inline std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

/// "Authors (year), venue, doi" in one line.
[[nodiscard]] inline std::string cite(const citation& c) {
  if (c.authors[0] == '\0') return "no published source";
  std::string s = std::string(c.authors) + " (" + std::to_string(c.year) + ")";
  if (c.venue[0] != '\0') s += ", " + std::string(c.venue);
  if (c.doi[0] != '\0') s += ", doi:" + std::string(c.doi);
  return s;
}

[[nodiscard]] inline std::string pad(std::string s, std::size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

[[nodiscard]] inline std::string reps_text(int low, int high, bool per_side) {
  std::string s =
      low == high ? std::to_string(low) : std::to_string(low) + "-" + std::to_string(high);
  if (per_side) s += "/side";
  return s;
}

/// `v` with at most two decimals and no trailing zeros (52.5, 77.25, 80).
[[nodiscard]] inline std::string short_number(double v) {
  std::string s = fixed(v, 2);
  while (!s.empty() && s.back() == '0')
    s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

[[nodiscard]] inline std::string load_text(double kg, const std::string& kind) {
  if (kind == "bodyweight" || kind == "band") return kind;
  if (kind == "added") return kg > 0.0 ? "+" + short_number(kg) + " kg" : "bodyweight";
  return short_number(kg) + " kg" + (kind == "per_hand" ? " each" : "");
}

}  // namespace detail

/// Writes the plan as a plain-text report (about 100 lines for a 12-week plan).
inline void write_text(std::ostream& os, const plan& pl) {
  using detail::fixed;
  const plan_input& in = pl.input;
  os << "BACK PLAN: " << to_string(in.goal) << ", " << in.weeks << " weeks, "
     << pl.schedule.sessions.size() << " back sessions a week\n\n";

  const body_estimate& b = pl.body;
  os << "Body\n"
     << "  " << physique::to_string(in.individual.sex) << ", " << fixed(b.age_years, 0) << " y, "
     << fixed(b.height_cm, 0) << " cm, " << fixed(b.body_mass_kg, 1) << " kg, BMI "
     << fixed(b.body_mass_index, 1) << "\n"
     << "  body fat " << fixed(b.fat_percent, 1) << " % (" << b.method_name
     << (b.measured ? "" : ", estimated from BMI") << "): fat " << fixed(b.fat_mass_kg, 1)
     << " kg, fat-free " << fixed(b.fat_free_mass_kg, 1) << " kg\n"
     << "  source: " << detail::cite(b.source) << "\n\n";

  const expenditure_estimate& e = pl.expenditure;
  os << "Expenditure\n"
     << "  resting " << fixed(e.resting_kcal_per_day, 0) << " kcal/d (" << e.equation_name << "; "
     << detail::cite(e.source) << ")\n"
     << "  x PAL " << fixed(e.physical_activity_level, 2)
     << (e.pal_category.empty() ? "" : " (" + e.pal_category + ")") << " = total "
     << fixed(e.total_kcal_per_day, 0) << " kcal/d (" << detail::cite(e.pal_source) << ")\n"
     << "  other resting equations:";
  for (const resting_row& r : e.comparison) {
    if (r.id == e.equation_id) continue;
    os << " " << r.id << " " << fixed(r.kcal_per_day, 0) << (r.inside_sample ? "" : "*");
  }
  os << "  (* person outside the equation's sample)\n\n";

  const nutrition_plan& n = pl.nutrition;
  os << "Calories and macros\n"
     << "  target " << fixed(n.target_kcal_per_day, 0) << " kcal/d (" << n.energy_goal << " "
     << fixed(n.weekly_rate_percent, 2)
     << " % of body mass a week = " << fixed(n.weekly_change_kg, 2) << " kg/wk; balance "
     << fixed(n.balance_kcal_per_day, 0) << " kcal/d at 7700 kcal/kg)\n"
     << "  protein " << n.protein_g << " g, fat " << n.fat_g << " g, carbohydrate "
     << n.carbohydrate_g << " g = " << fixed(n.macro_kcal_per_day, 0) << " kcal (4/9/4 kcal/g)\n"
     << "  preset " << n.preset_id << ": protein " << fixed(n.protein_g_per_kg, 2) << " g/kg "
     << n.protein_basis << " (" << detail::cite(n.protein_source) << "), fat "
     << fixed(n.fat_share * 100.0, 0) << " % of energy (" << detail::cite(n.fat_source) << ")\n"
     << "  " << n.meals << " meals: " << fixed(n.protein_per_meal_g, 0) << " g protein each ("
     << fixed(n.protein_per_meal_g_per_kg, 2) << " g/kg; " << detail::cite(n.meal_source)
     << ")\n\n";

  const weekly_schedule& s = pl.schedule;
  os << "Weekly back schedule (week 1)\n";
  for (const back_session& bs : s.sessions) {
    os << "  " << bs.day_name << "\n";
    for (const scheduled_exercise& x : bs.exercises) {
      os << "    " << detail::pad(x.name, 28) << " " << x.sets << " x "
         << detail::pad(detail::reps_text(x.reps_min, x.reps_max, x.per_side), 11) << " "
         << detail::pad(detail::load_text(x.start_load_kg, x.load_kind), 13) << " tempo "
         << (x.tempo.empty() ? "-" : x.tempo) << ", rest " << fixed(x.rest_seconds, 0) << " s, RPE "
         << fixed(x.rpe, 0) << "\n";
      os << "      1RM " << fixed(x.one_rep_max_kg, 1) << " kg (" << x.strength_basis << ")\n";
      if (!x.replaces.empty()) {
        os << "      replaces " << x.replaces << " (" << x.replace_reason << "; overlap score "
           << fixed(x.substitute_score, 2) << (x.off_pattern ? "; another movement pattern" : "")
           << ")\n";
      }
    }
  }
  os << "  progression:";
  if (!s.sessions.empty()) {
    for (const scheduled_exercise& x : s.sessions.front().exercises)
      os << "\n    " << x.slot << ": " << x.progression;
  }
  os << "\n  deload every " << s.deload_every_weeks << "th week\n";
  os << "  weekly hard sets (synergists count 0.5):\n   ";
  for (const group_sets& g : s.groups) {
    os << " " << g.group << " " << fixed(g.sets, 1);
    if (g.landmarks) {
      os << " [" << g.zone << "; MEV " << fixed(g.landmarks->minimum_effective, 0) << ", MAV "
         << fixed(g.landmarks->adaptive_low, 0) << "-" << fixed(g.landmarks->adaptive_high, 0)
         << ", MRV " << fixed(g.landmarks->maximum_recoverable, 0) << "]";
    }
  }
  os << "\n   ";
  int column = 0;
  for (const muscle_sets& m : s.muscles) {
    if (column == 6) {
      os << "\n   ";
      column = 0;
    }
    os << " " << m.muscle << " " << fixed(m.sets, 1) << " (" << m.sessions << "x)";
    ++column;
  }
  os << "\n  frequency and recovery (2-3x a week, 48 h apart): "
     << (s.frequency_ok ? "ok" : "see findings")
     << "; volume within landmarks: " << (s.volume_ok ? "ok" : "see findings") << "\n\n";

  os << "Progression (first session of each week; simulated lifter: load, [1RM of the "
        "exercise], reps done)\n";
  for (const progression_week& pw : pl.progression) {
    os << "  wk " << detail::pad(std::to_string(pw.week), 3) << (pw.deload ? "deload " : "       ")
       << "back " << detail::pad(fixed(pw.back_sets, 1), 5);
    for (const progression_entry& x : pw.exercises) {
      os << " | " << x.exercise_id << " " << x.sets << "x"
         << detail::reps_text(x.reps_min, x.reps_max, x.per_side) << " "
         << detail::load_text(x.load_kg, x.load_kind) << " [1RM " << fixed(x.one_rep_max_kg, 1)
         << "] did";
      for (std::size_t i = 0; i < x.reps_done.size(); ++i)
        os << (i == 0 ? " " : ",") << x.reps_done[i];
    }
    os << "\n";
  }
  if (!pl.progression.empty()) {
    os << "  simulated 1RM, start -> week " << pl.progression.back().week << ":";
    for (std::size_t i = 0; i < pl.strength_pools.size(); ++i) {
      os << " " << pl.strength_pools[i] << " " << fixed(pl.strength_start_kg[i], 1) << " -> "
         << fixed(pl.progression.back().one_rep_max_kg[i], 1) << " kg;";
    }
    os << "\n";
  }
  os << "\n";

  os << "Projection (Hall et al. 2011 dynamic model vs the static 7700 kcal/kg rule)\n"
     << "  week  weight   fat   fat-free  static-rule weight\n";
  for (const projection_row& r : pl.projection) {
    os << "  " << detail::pad(std::to_string(r.week), 5) << " "
       << detail::pad(fixed(r.body_mass_kg, 1), 7) << " " << detail::pad(fixed(r.fat_mass_kg, 1), 5)
       << " " << detail::pad(fixed(r.fat_free_mass_kg, 1), 9) << " "
       << fixed(r.static_body_mass_kg, 1) << "\n";
  }
  os << "\n";

  os << "Findings (" << pl.findings.size() << ")\n";
  if (pl.findings.empty()) os << "  none\n";
  for (const plan_finding& f : pl.findings) {
    os << "  [" << f.module << "] " << f.code << ": " << f.message;
    if (!f.unit.empty()) {
      os << " (" << fixed(f.value, 2) << " " << f.unit << " vs " << fixed(f.limit, 2) << ")";
    }
    os << "\n    source: " << detail::cite(f.source) << "\n";
  }
}

}  // namespace physique::planner
