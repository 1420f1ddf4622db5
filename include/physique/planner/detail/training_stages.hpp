// SPDX-License-Identifier: MIT
// Planner internals: the training stages around the progression. The schedule stage (session
// days and sets per slot), the selection stage (one exercise per slot, with its findings), the
// report of the simulated weeks (week-1 schedule, weekly progression, volume by muscle) and
// the training findings (frequency, recovery and volume landmarks).
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <physique/detail/require.hpp>
#include <physique/exercise/builtin_catalog.hpp>
#include <physique/planner/detail/progression_stage.hpp>
#include <physique/planner/detail/selection.hpp>
#include <physique/planner/detail/strength.hpp>
#include <physique/planner/plan_types.hpp>
#include <physique/training/training_log.hpp>
#include <physique/training/volume.hpp>
#include <physique/training/volume_landmarks.hpp>
#include <physique/training/weekly_structure.hpp>

namespace physique::planner::detail {

inline constexpr std::array<const char*, 7> weekday_names{
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

/// The session days of the weekly layout for `days` training days a week: every back session
/// at least 48 h from the next, 2-3 a week when the days allow (the source article's rule).
[[nodiscard]] inline std::vector<int> session_days(int days) {
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

/// The family estimates of `in.strength`, defaults filled in (docs/planner.md).
[[nodiscard]] inline std::array<double, 3> family_estimates(const plan_input& in) {
  const double bm = in.individual.body_mass.in(kilograms);
  const strength_estimates& st = in.strength;
  const std::array<double, 3> kg{st.vertical_pull ? st.vertical_pull->in(kilograms) : 1.0 * bm,
                                 st.horizontal_pull ? st.horizontal_pull->in(kilograms) : 0.35 * bm,
                                 st.hinge ? st.hinge->in(kilograms) : 1.2 * bm};
  static constexpr std::array<const char*, 3> names{"strength.vertical_pull",
                                                    "strength.horizontal_pull", "strength.hinge"};
  for (std::size_t i = 0; i < kg.size(); ++i) {
    physique::detail::require(std::isfinite(kg[i]) && kg[i] > 0.0, names[i], kg[i], "kg",
                              "must be positive and finite");
  }
  return kg;
}

/// The selection stage: one exercise per slot (slot order), each chosen by `choose` with the
/// exercises of the other slots taken; the horizontal pull and the hinge first, so that a
/// vertical-pull slot with no vertical option never takes the row the article prescribes.
/// Findings: a slot no exercise can fill, a substitute of another movement pattern.
[[nodiscard]] inline std::vector<slot_plan> select_exercises(const plan_input& in,
                                                             std::size_t sessions,
                                                             std::vector<plan_finding>& findings) {
  const exercise::catalog& cat = exercise::builtin_catalog();
  exercise::equipment_set available = in.equipment;
  available.insert(exercise::equipment::bodyweight);
  const double bm = in.individual.body_mass.in(kilograms);
  const std::array<double, 3> family_kg = family_estimates(in);
  const std::array<int, 3> sets = sets_per_session(sessions);
  std::array<std::optional<slot_plan>, 3> chosen;
  std::vector<std::string> taken;
  for (std::size_t k : {std::size_t{1}, std::size_t{2}, std::size_t{0}}) {
    const slot_spec& spec = back_slots[k];
    chosen[k] = choose(cat, spec, available, taken, family_kg, bm, sets[k]);
    if (!chosen[k]) continue;
    if (chosen[k]->ladder.empty()) {
      taken.push_back(chosen[k]->exercise->id);
    } else {
      for (const training::ladder_step& s : chosen[k]->ladder)
        taken.emplace_back(s.exercise);
    }
  }
  std::vector<slot_plan> out;
  for (std::size_t k = 0; k < chosen.size(); ++k) {
    const slot_spec& spec = back_slots[k];
    if (!chosen[k]) {
      findings.push_back({"planner", "no_exercise_for_slot",
                          std::string("no exercise of the catalog can fill the ") + spec.slot +
                              " slot with this equipment within the lifter's strength; the "
                              "slot is left out",
                          0.0, 0.0, "", citation{}});
      continue;
    }
    if (chosen[k]->off_pattern) {
      findings.push_back(
          {"planner", "substitute_changes_pattern",
           std::string("no ") + spec.slot + " exercise can be done with this equipment (a " +
               "pull-up bar, a band or a cable station would allow one); the slot is filled by " +
               chosen[k]->exercise->name + ", a different movement pattern",
           0.0, 0.0, "", citation{}});
    }
    out.push_back(std::move(*chosen[k]));
  }
  physique::detail::require(!out.empty(), "equipment", 0.0, "",
                            "leaves no back exercise in the catalog");
  return out;
}

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
  if (sp.tool == implement::none) return sp.band ? "band" : "bodyweight";
  if (sp.tool == implement::belt) return "added";
  return sp.per_hand ? "per_hand" : "total";
}

[[nodiscard]] inline const char* family_name(family f) noexcept {
  switch (f) {
    case family::vertical_pull:
      return "vertical-pull";
    case family::horizontal_pull:
      return "one-arm-row";
    case family::hinge:
      return "deadlift";
  }
  return "";
}

/// "0.80 x the vertical-pull estimate", "+ 0.50 x body mass", ...
[[nodiscard]] inline std::string strength_basis(const slot_plan& sp) {
  const exercise_strength& s = sp.strength;
  if (!sp.ladder.empty()) {
    return "the vertical-pull estimate (system load: body mass + added load - band help)";
  }
  const double r = sp.per_hand && s.per_hand_ratio > 0.0 ? s.per_hand_ratio : s.ratio;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", r);
  std::string out = std::string(buf) + " x the " + family_name(s.of) + " estimate";
  if (sp.per_hand) out += ", per hand";
  if (s.body_fraction > 0.0) {
    std::snprintf(buf, sizeof buf, "%.2f", s.body_fraction);
    out += "; moves " + std::string(buf) + " x body mass";
  }
  if (sp.band) out += "; band chosen for the top of the range at the target RPE";
  return out;
}

[[nodiscard]] inline const char* exercise_name(std::string_view id) {
  const exercise::exercise_description* e = exercise::builtin_catalog().find(id);
  return e != nullptr ? e->name.c_str() : "";
}

/// The week-1 view of one slot in one session.
[[nodiscard]] inline scheduled_exercise scheduled(const slot_plan& sp, const session_exercise& x) {
  const training::prescription<double>& what = x.what;
  scheduled_exercise out;
  out.slot = sp.spec->slot;
  out.exercise_id = std::string(what.exercise);
  out.name = exercise_name(what.exercise);
  if (sp.substitute) {
    out.replaces = sp.preferred->id;
    out.replace_reason = sp.reason;
    out.substitute_score = sp.score;
  }
  out.off_pattern = sp.off_pattern;
  out.sets = what.set_count();
  if (out.sets > 0) {
    out.reps_min = what[0].reps;
    out.reps_max = what[0].reps_max;
    out.start_load_kg = what[0].load.in(kilograms);
    out.rpe = what[0].rpe.value_or(0.0);
  }
  out.per_side = what.per_side;
  const exercise::exercise_description* e = exercise::builtin_catalog().find(what.exercise);
  if (what.tempo) {
    out.tempo = exercise::to_string(*what.tempo);
  } else if (e != nullptr && e->tempo) {
    out.tempo = exercise::to_string(*e->tempo);
  }
  out.rest_seconds = what.rest > duration<double>{} ? what.rest.in(seconds) : sp.reps.rest_seconds;
  out.load_kind = load_kind(sp);
  out.equipment = to_string(sp.tool);
  out.progression = sp.ladder.empty() ? "double_progression" : ladder_text(sp.ladder);
  out.one_rep_max_kg = sp.one_rep_max_kg;
  out.strength_basis = strength_basis(sp);
  return out;
}

/// The week-1 sessions of the schedule.
[[nodiscard]] inline std::vector<back_session> first_week(std::span<const simulated_session> run,
                                                          std::span<const slot_plan> slots) {
  std::vector<back_session> out;
  for (const simulated_session& s : run) {
    if (s.week != 0) break;
    back_session bs;
    bs.day = s.day;
    bs.day_name = weekday_names[static_cast<std::size_t>(s.date.day_of_week())];
    for (std::size_t j = 0; j < s.exercises.size(); ++j)
      bs.exercises.push_back(scheduled(slots[j], s.exercises[j]));
    out.push_back(std::move(bs));
  }
  return out;
}

/// The system load of a prescribed external load on slot `sp` (ladder steps by their own
/// body share and assistance).
[[nodiscard]] inline double system_of(const slot_plan& sp, std::string_view id, double load_kg,
                                      double body_mass_kg) {
  const exercise_strength st = strength_of(id).value_or(sp.strength);
  if (sp.band) return 0.0;
  return system_load(st, body_mass_kg, load_kg);
}

/// The weekly progression: the first session of every week, exercise by exercise.
[[nodiscard]] inline std::vector<progression_week> describe_progression(
    std::span<const simulated_session> run, std::span<const slot_plan> slots, int weeks,
    double body_mass_kg) {
  std::vector<progression_week> out(static_cast<std::size_t>(weeks));
  for (int w = 0; w < weeks; ++w)
    out[static_cast<std::size_t>(w)].week = w + 1;
  for (const simulated_session& s : run) {
    progression_week& pw = out[static_cast<std::size_t>(s.week)];
    pw.deload = s.deload;
    if (!pw.exercises.empty()) continue;
    for (std::size_t j = 0; j < s.exercises.size(); ++j) {
      const session_exercise& x = s.exercises[j];
      progression_entry e;
      e.slot = slots[j].spec->slot;
      e.exercise_id = std::string(x.what.exercise);
      e.name = exercise_name(x.what.exercise);
      e.sets = x.what.set_count();
      if (e.sets > 0) {
        e.reps_min = x.what[0].reps;
        e.reps_max = x.what[0].reps_max;
        e.load_kg = x.what[0].load.in(kilograms);
        e.rpe = x.what[0].rpe.value_or(0.0);
      }
      e.per_side = x.what.per_side;
      e.load_kind = load_kind(slots[j]);
      e.system_load_kg = system_of(slots[j], x.what.exercise, e.load_kg, body_mass_kg);
      e.one_rep_max_kg = x.one_rep_max_kg;
      for (const training::set_outcome<double>& o : x.done)
        e.reps_done.push_back(o.achieved_reps);
      e.event = training::to_string(x.event);
      pw.exercises.push_back(std::move(e));
    }
  }
  return out;
}

/// The simulated sessions as a training log (achieved reps), for the volume and frequency
/// checks of the training module.
[[nodiscard]] inline std::vector<training::session<double, std::string_view>> as_log(
    std::span<const simulated_session> run) {
  std::vector<training::session<double, std::string_view>> log;
  log.reserve(run.size());
  for (const simulated_session& s : run) {
    training::session<double, std::string_view> ls;
    ls.day = s.date;
    for (const session_exercise& x : s.exercises) {
      for (const training::set_outcome<double>& o : x.done) {
        training::set_record<double, std::string_view> r;
        r.exercise = x.what.exercise;
        r.load = o.load;
        r.reps = o.achieved_reps > 0 ? o.achieved_reps : 1;
        ls.sets.push_back(r);
      }
    }
    log.push_back(std::move(ls));
  }
  return log;
}

/// The findings stage of training, and the week-1 volume of the schedule: frequency and
/// recovery of every muscle (training::check_weekly_structure on the dated sessions), back
/// volume against its landmarks every week that is not a deload (Israetel 2017).
inline void check_training(std::span<const simulated_session> run, const training::date start,
                           weekly_schedule& sch, std::vector<progression_week>& weeks,
                           std::vector<plan_finding>& findings) {
  namespace ex = physique::exercise;
  namespace tr = physique::training;
  const auto credits_of = [](std::string_view id) {
    const ex::exercise_description* e = ex::builtin_catalog().find(id);
    return e != nullptr ? ex::credits(*e) : std::array<double, ex::muscle_count>{};
  };
  const auto log = as_log(run);
  const std::span<const tr::session<double, std::string_view>> log_span(log);
  std::vector<tr::muscle_volume<double>> weekly(weeks.size());
  tr::hard_sets_by_week(log_span, credits_of, start, std::span<tr::muscle_volume<double>>(weekly));
  const tr::landmark_table<double> landmarks = tr::default_volume_landmarks<double>();
  const std::size_t back = static_cast<std::size_t>(ex::muscle_group::back);

  const tr::weekly_structure<double> structure =
      tr::check_weekly_structure(log_span, credits_of, start);
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
      const bool few = f.issue == tr::frequency_issue::too_few_sessions;
      pf.message = who + (few ? ": trained on fewer than 2 days a week"
                              : ": trained on more than 3 days a week");
      pf.value = f.sessions;
      pf.limit = few ? 2.0 : 3.0;
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

  sch.volume_ok = true;
  bool reported_low = false;
  bool reported_high = false;
  const tr::volume_landmarks<double>& bl = *landmarks[back];
  for (std::size_t w = 0; w < weeks.size(); ++w) {
    progression_week& pw = weeks[w];
    pw.back_sets = weekly[w].groups[back];
    if (pw.deload) continue;
    if (pw.back_sets < bl.minimum_effective) {
      sch.volume_ok = false;
      if (!reported_low) {
        findings.push_back({"training", "back_volume_below_mev",
                            "weekly hard sets for the back are below the minimum effective volume",
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
}

/// The simulated 1RM of every slot at the start and after each week.
inline void record_strength(const progression_run& run, std::span<const slot_plan> slots,
                            plan& out) {
  for (const slot_plan& sp : slots) {
    out.strength_pools.push_back(sp.ladder.empty() ? sp.exercise->name
                                                   : std::string("Pull-up family (system load)"));
    out.strength_start_kg.push_back(sp.one_rep_max_kg);
  }
  for (std::size_t w = 0; w < out.progression.size(); ++w)
    out.progression[w].one_rep_max_kg = run.one_rep_max_after_week[w];
}

}  // namespace physique::planner::detail
