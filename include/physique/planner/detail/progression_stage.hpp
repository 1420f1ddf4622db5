// SPDX-License-Identifier: MIT
// Planner internals: the progression stage. Every session is prescribed by the slot's rule
// (double progression, or the pull-up ladder), bounded by what the simulated lifter can do at
// the planner's target RPE, performed by the lifter, and the reps the lifter achieved drive
// the rule: loads rise only when every set reached the top of the range, a ladder moves up
// only when the achieved reps show the next step is within reach. docs/planner.md,
// "Progression".
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include <physique/core/units.hpp>
#include <physique/planner/detail/selection.hpp>
#include <physique/planner/detail/strength.hpp>
#include <physique/training/date.hpp>
#include <physique/training/prescription.hpp>
#include <physique/training/progression.hpp>
#include <physique/training/progression_double.hpp>
#include <physique/training/progression_ladder.hpp>
#include <physique/training/simulated_lifter.hpp>

namespace physique::planner::detail {

/// A scheduled deload every this many weeks (weeks 5, 10, ...), within the 4-8 weeks of the
/// training_math reference (section 4.5).
inline constexpr int deload_every_weeks = 5;

/// One exercise of one simulated session: what was prescribed, what the lifter did, the
/// lifter's system 1RM for the exercise when the session started, and the rule's event.
struct session_exercise {
  training::prescription<double> what;
  std::vector<training::set_outcome<double>> done;
  double one_rep_max_kg = 0.0;
  int ladder_step = -1;
  training::progression_event event = training::progression_event::no_data;
};

/// One simulated session.
struct simulated_session {
  int week = 0;  ///< 0-based
  int day = 0;   ///< day of the plan's week (0-6)
  training::date date{};
  bool deload = false;
  std::vector<session_exercise> exercises;  ///< one per slot, in slot order
};

/// The simulated weeks: every session, and the 1RM of every slot after each week.
struct progression_run {
  std::vector<simulated_session> sessions;
  std::vector<std::vector<double>> one_rep_max_after_week;
};

/// The state of one slot while the plan runs.
struct slot_runner {
  const slot_plan* plan = nullptr;
  int pool = 0;
  std::variant<training::double_progression<double>, training::ladder_progression<double>> rule;
  std::variant<training::double_progression<double>::state_type,
               training::ladder_progression<double>::state_type>
      state;
};

/// The heaviest external load the implement makes that the lifter (system 1RM
/// `one_rep_max_kg`) can take for `reps` at `rpe`; `requested_kg` when lighter. Never below
/// the implement's lightest load (selection made sure the lifter can take that).
[[nodiscard]] inline double bounded_load(const slot_plan& sp, const exercise_strength& st,
                                         double body_mass_kg, double one_rep_max_kg, int reps,
                                         double rpe, double requested_kg) {
  if (!sp.loads) return 0.0;
  const double body = system_load(st, body_mass_kg, 0.0);
  const double cap = allowed_system_load(one_rep_max_kg, reps, rpe) - body;
  // 1 g under the cap: loadable loads within 1 g count as equal when rounding.
  const double wanted = std::max(0.0, std::min(requested_kg, cap - 0.001));
  const auto r = sp.loads->round(kilograms(wanted), training::rounding_policy::down);
  const double lightest = sp.loads->lightest().in(kilograms);
  return r.below_range ? lightest : r.load.in(kilograms);
}

/// The load a double progression starts at: the top of the range at the target RPE.
[[nodiscard]] inline double start_load(const slot_plan& sp, double body_mass_kg) {
  return bounded_load(sp, sp.strength, body_mass_kg, sp.one_rep_max_kg, sp.reps.reps_max,
                      target_rpe, 1e9);
}

/// Adds the slot's pool and exercise mappings to the lifter and builds its rule.
[[nodiscard]] inline slot_runner make_runner(const slot_plan& sp,
                                             training::simulated_lifter<double>& lifter,
                                             double body_mass_kg) {
  slot_runner r;
  r.plan = &sp;
  r.pool = lifter.add_pool(sp.exercise->name, kilograms(sp.one_rep_max_kg),
                           kilograms(sp.one_rep_max_kg * 1.6));
  if (!sp.ladder.empty()) {
    std::vector<std::string_view> mapped;
    for (const training::ladder_step& step : sp.ladder) {
      if (std::find(mapped.begin(), mapped.end(), step.exercise) != mapped.end()) continue;
      mapped.push_back(step.exercise);
      const exercise_strength st = strength_of(step.exercise).value_or(sp.strength);
      lifter.add_exercise(std::string(step.exercise), r.pool, st.body_fraction,
                          kilograms(st.assistance_fraction * body_mass_kg));
    }
    training::ladder_progression<double> rule;
    rule.steps = sp.ladder;
    rule.start_step = sp.ladder_start;
    rule.rest = seconds(sp.reps.rest_seconds);
    if (sp.loads) rule.load_increment = *sp.loads->next_above(kilograms(0.0));
    r.state = rule.initial_state();
    r.rule = rule;
    return r;
  }
  // A band is chosen so that the top of the range is the target RPE: its pull is modelled as
  // that share of body mass.
  const double band_body =
      sp.band ? std::min(1.0, allowed_system_load(sp.one_rep_max_kg, sp.reps.reps_max, target_rpe) /
                                  body_mass_kg)
              : sp.strength.body_fraction;
  lifter.add_exercise(sp.exercise->id, r.pool, band_body,
                      kilograms(sp.strength.assistance_fraction * body_mass_kg));
  training::double_progression<double> rule;
  rule.exercise = sp.exercise->id;
  rule.sets = sp.sets;
  rule.reps_min = sp.reps.reps_min;
  rule.reps_max = sp.reps.reps_max;
  rule.rest = seconds(sp.reps.rest_seconds);
  rule.tempo = sp.exercise->tempo;
  rule.per_side = sp.exercise->laterality == exercise::laterality::unilateral;
  rule.start_load = kilograms(start_load(sp, body_mass_kg));
  rule.increment = kilograms(0.0);  // the next loadable load is set after each session
  r.state = rule.initial_state();
  r.rule = rule;
  return r;
}

/// Sets the target RPE on every set of `p`.
inline void state_rpe(training::prescription<double>& p, double rpe) {
  for (training::set_prescription<double>& s : p.sets())
    s.rpe = rpe;
}

/// A deload of `p`: half the sets (at least one); a lighter load at RPE 6 when the implement
/// makes a lighter load, else the same load at the target RPE.
[[nodiscard]] inline training::prescription<double> deload_prescription(
    const training::prescription<double>& p, const slot_plan& sp) {
  training::prescription<double> out = p;
  out.deload = true;
  if (out.set_count() == 0) return out;
  out.resize(std::max(1, out.set_count() / 2));
  const double load = out[0].load.in(kilograms);
  if (!sp.loads || load <= 0.0 || sp.strength.body_fraction > 0.0) return out;
  const auto r = sp.loads->round(kilograms(0.7 * load), training::rounding_policy::down);
  if (r.below_range) return out;
  for (training::set_prescription<double>& s : out.sets()) {
    s.load = r.load;
    s.requested_load = r.load;
    s.rpe = target_rpe - 2.0;
  }
  return out;
}

/// The prescription of the slot's next session, bounded by the lifter's current 1RM.
[[nodiscard]] inline training::prescription<double> prescribe(
    slot_runner& r, const training::simulated_lifter<double>& lifter, double body_mass_kg) {
  const slot_plan& sp = *r.plan;
  const double rm = lifter.one_rep_max(r.pool).in(kilograms);
  if (auto* dp = std::get_if<training::double_progression<double>>(&r.rule)) {
    auto& s = std::get<training::double_progression<double>::state_type>(r.state);
    const double load = bounded_load(sp, sp.strength, body_mass_kg, rm, sp.reps.reps_min,
                                     target_rpe, s.load.in(kilograms));
    if (load != s.load.in(kilograms)) s = {kilograms(load), s.misses, 0};
    training::prescription<double> p = dp->prescribe(s);
    state_rpe(p, target_rpe);
    return p;
  }
  const auto& rule = std::get<training::ladder_progression<double>>(r.rule);
  auto& s = std::get<training::ladder_progression<double>::state_type>(r.state);
  const training::ladder_step& step = rule.at(s.step);
  if (step.loaded) {
    const exercise_strength st = strength_of(step.exercise).value_or(sp.strength);
    const double added = bounded_load(sp, st, body_mass_kg, rm, step.reps_min, target_rpe,
                                      s.added_load.in(kilograms));
    s.added_load = kilograms(added);
  }
  training::prescription<double> p = rule.prescribe(s);
  state_rpe(p, target_rpe);
  return p;
}

/// True when the ladder step `step` (at added load `added_kg`) is within the lifter's means:
/// by its current 1RM, and by the capacity its achieved reps showed today (`capacity_kg`).
[[nodiscard]] inline bool step_within_reach(const training::ladder_step& step, double added_kg,
                                            double body_mass_kg, double one_rep_max_kg,
                                            double capacity_kg) {
  const std::optional<exercise_strength> st = strength_of(step.exercise);
  if (!st) return false;
  const double need = system_load(*st, body_mass_kg, added_kg);
  return need <= allowed_system_load(one_rep_max_kg, step.reps_min, target_rpe) &&
         need <= allowed_system_load(capacity_kg, step.reps_min, target_rpe);
}

/// The capacity (system 1RM of the day) the sets in `done` show: the best of load x (1 +
/// reps to failure / 30), Epley's relation, with reps to failure = reps + (10 - RPE).
[[nodiscard]] inline double shown_capacity(std::span<const training::set_outcome<double>> done,
                                           const exercise_strength& st, double body_mass_kg) {
  double best = 0.0;
  for (const training::set_outcome<double>& o : done) {
    const double system = system_load(st, body_mass_kg, o.load.in(kilograms));
    const double rir = o.rpe ? 10.0 - *o.rpe : 0.0;
    best = std::max(best, system * (1.0 + (static_cast<double>(o.achieved_reps) + rir) / 30.0));
  }
  return best;
}

/// Advances the slot's rule on what the lifter did; returns the event.
inline training::progression_event advance(slot_runner& r,
                                           std::span<const training::set_outcome<double>> done,
                                           const training::simulated_lifter<double>& lifter,
                                           double body_mass_kg) {
  const slot_plan& sp = *r.plan;
  if (auto* dp = std::get_if<training::double_progression<double>>(&r.rule)) {
    auto& s = std::get<training::double_progression<double>::state_type>(r.state);
    training::transition<training::double_progression<double>::state_type> t = dp->advance(s, done);
    if (t.event == training::progression_event::load_increased && sp.loads) {
      const auto next = sp.loads->next_above(s.load);
      t.state.load = next ? *next : s.load;
    } else if (t.event == training::progression_event::reset && sp.loads) {
      const auto down = sp.loads->round(t.state.load, training::rounding_policy::down);
      t.state.load = down.below_range ? sp.loads->lightest() : down.load;
    }
    s = t.state;
    return t.event;
  }
  const auto& rule = std::get<training::ladder_progression<double>>(r.rule);
  auto& s = std::get<training::ladder_progression<double>::state_type>(r.state);
  training::transition<training::ladder_progression<double>::state_type> t = rule.advance(s, done);
  const exercise_strength here = strength_of(rule.at(s.step).exercise).value_or(sp.strength);
  const double rm = lifter.one_rep_max(r.pool).in(kilograms);
  if (t.event == training::progression_event::step_advanced) {
    const double capacity = shown_capacity(done, here, body_mass_kg);
    const training::ladder_step& next = rule.at(t.state.step);
    if (!step_within_reach(next, t.state.added_load.in(kilograms), body_mass_kg, rm, capacity)) {
      t = {{s.step, s.added_load, 0, std::max(s.best_total_reps, training::total_reps(done))},
           training::progression_event::repeated};
    }
  } else if (t.event == training::progression_event::load_increased && sp.loads) {
    const auto next = sp.loads->next_above(s.added_load);
    t.state.added_load = next ? *next : s.added_load;
  }
  s = t.state;
  return t.event;
}

/// The ladder step the slot is on, -1 for a double progression.
[[nodiscard]] inline int ladder_step_of(const slot_runner& r) {
  if (const auto* s = std::get_if<training::ladder_progression<double>::state_type>(&r.state)) {
    return s->step;
  }
  return -1;
}

/// Runs the plan: `weeks` weeks of sessions on `days` (days of the week, increasing), every
/// slot in every session, against a simulated lifter of body mass `body_mass_kg` and noise
/// `seed`. Every `deload_every_weeks`-th week is a deload, whose outcome does not drive the
/// rules.
[[nodiscard]] inline progression_run run_progression(std::span<const slot_plan> slots,
                                                     std::span<const int> days, int weeks,
                                                     double body_mass_kg, training::date start,
                                                     std::uint64_t seed) {
  training::simulated_lifter<double> lifter(kilograms(body_mass_kg), seed);
  std::vector<slot_runner> runners;
  runners.reserve(slots.size());
  for (const slot_plan& sp : slots)
    runners.push_back(make_runner(sp, lifter, body_mass_kg));
  progression_run out;
  out.sessions.reserve(static_cast<std::size_t>(weeks) * days.size());
  for (int w = 0; w < weeks; ++w) {
    const bool deload = (w + 1) % deload_every_weeks == 0;
    for (int d : days) {
      simulated_session s;
      s.week = w;
      s.day = d;
      s.date = start + w * 7 + d;
      s.deload = deload;
      for (slot_runner& r : runners) {
        session_exercise x;
        x.one_rep_max_kg = lifter.one_rep_max(r.pool).in(kilograms);
        x.ladder_step = ladder_step_of(r);
        x.what = prescribe(r, lifter, body_mass_kg);
        if (deload) x.what = deload_prescription(x.what, *r.plan);
        lifter.perform(s.date, x.what, x.done);
        x.event = deload ? training::progression_event::deloaded
                         : advance(r, x.done, lifter, body_mass_kg);
        s.exercises.push_back(std::move(x));
      }
      out.sessions.push_back(std::move(s));
    }
    std::vector<double> rm;
    for (const slot_runner& r : runners)
      rm.push_back(lifter.one_rep_max(r.pool).in(kilograms));
    out.one_rep_max_after_week.push_back(std::move(rm));
  }
  return out;
}

}  // namespace physique::planner::detail
