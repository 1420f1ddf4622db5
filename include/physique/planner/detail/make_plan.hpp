// SPDX-License-Identifier: MIT
// Planner internals (included by planner/plan.hpp): the projection stage and `make_plan`, a
// pipeline of named stages (body, expenditure, nutrition, schedule, selection and
// substitution, progression, training findings, projection), each defined and tested on its
// own (planner/detail/*_stage*.hpp).
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include <physique/detail/require.hpp>
#include <physique/energy/hall_model.hpp>
#include <physique/planner/detail/energy_stages.hpp>
#include <physique/planner/detail/progression_stage.hpp>
#include <physique/planner/detail/training_stages.hpp>
#include <physique/planner/plan_types.hpp>

namespace physique::planner {

namespace detail {

/// The projection stage: the Hall et al. 2011 model fed the planned change of intake on its
/// own baseline (its resting expenditure is Mifflin-St Jeor's, so both estimates simulate the
/// same deficit), read at the end of every week, next to the static rule's line.
[[nodiscard]] inline std::vector<projection_row> project_body(const plan_input& in,
                                                              const body_stage& body,
                                                              const nutrition_stage& nutrition,
                                                              std::vector<plan_finding>& findings) {
  namespace en = physique::energy;
  en::hall_setup<double> setup;
  setup.individual = in.individual;
  setup.physical_activity_level = in.physical_activity_level.value_or(1.55);
  if (body.estimate.measured) setup.fat_mass = body.composition.fat_mass();
  const en::hall_model<double> model(setup);
  add_validity(findings, "energy", model.info, model.validity());
  const energy_rate<double> intake = model.baseline_intake() + nutrition.target.balance;
  physique::detail::require(intake > energy_rate<double>{}, "intake",
                            intake.in(kilocalories_per_day), "kcal/d",
                            "must be positive in the dynamic model");
  const auto traj = model.trajectory([intake](int) { return intake; }, in.weeks * 7);
  const double density = nutrition.target.energy_per_mass.in(kilocalories_per_kilogram);
  const double bm = in.individual.body_mass.in(kilograms);
  std::vector<projection_row> out;
  for (int w = 0; w <= in.weeks; ++w) {
    const en::hall_record<double>& r = traj[static_cast<std::size_t>(w * 7)];
    projection_row row;
    row.week = w;
    row.body_mass_kg = r.body_mass.in(kilograms);
    row.fat_mass_kg = r.fat_mass.in(kilograms);
    row.fat_free_mass_kg = r.fat_free_mass.in(kilograms);
    row.static_body_mass_kg =
        bm + nutrition.plan.balance_kcal_per_day * static_cast<double>(w * 7) / density;
    row.intake_kcal_per_day = intake.in(kilocalories_per_day);
    row.expenditure_kcal_per_day = r.expenditure.in(kilocalories_per_day);
    out.push_back(row);
  }
  return out;
}

}  // namespace detail

inline plan make_plan(const plan_input& in) {
  detail::validate_input(in);
  plan out;
  out.input = in;
  std::vector<plan_finding>& findings = out.findings;
  const double bm = in.individual.body_mass.in(kilograms);

  const detail::body_stage body = detail::estimate_body(in, findings);
  out.body = body.estimate;
  out.expenditure = detail::estimate_expenditure(in, body, findings);
  const detail::nutrition_stage nutrition =
      detail::plan_nutrition(in, body, out.expenditure, findings);
  out.nutrition = nutrition.plan;

  const std::vector<int> days = detail::session_days(in.days_per_week);
  const std::vector<detail::slot_plan> slots = detail::select_exercises(in, days.size(), findings);
  const detail::progression_run run =
      detail::run_progression(slots, days, in.weeks, bm, in.start, in.seed);

  out.schedule.sessions = detail::first_week(run.sessions, slots);
  out.schedule.deload_every_weeks = detail::deload_every_weeks;
  out.progression = detail::describe_progression(run.sessions, slots, in.weeks, bm);
  detail::record_strength(run, slots, out);
  detail::check_training(run.sessions, in.start, out.schedule, out.progression, findings);

  out.projection = detail::project_body(in, body, nutrition, findings);
  return out;
}

}  // namespace physique::planner
