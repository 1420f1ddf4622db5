// SPDX-License-Identifier: MIT
// `physique projection`: body weight, fat and fat-free mass week by week from the Hall et
// al. (2011) dynamic model next to the static rule; the intake that reaches a goal weight by
// a date; the time a given intake takes to reach it.
#include <ctime>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <physique/core/error.hpp>
#include <physique/energy/hall_model.hpp>
#include <physique/energy/hall_questions.hpp>
#include <physique/training/date.hpp>

#include "cli.hpp"

namespace physique::cli {

int run_projection(const std::vector<std::string>& tokens) {
  const arguments a(tokens, {{"--sex", true},
                             {"--age", true},
                             {"--height", true},
                             {"--weight", true},
                             {"--pal", true},
                             {"--activity", true},
                             {"--body-fat", true},
                             {"--intake", true},
                             {"--change", true},
                             {"--weeks", true},
                             {"--goal-weight", true},
                             {"--in", true},
                             {"--by", true},
                             {"--start", true}});
  if (a.help()) {
    std::cout << usage_of("projection");
    return 0;
  }
  if (!a.positional().empty()) throw usage_error{"unexpected argument " + a.positional().front()};
  if (a.has("--intake") && a.has("--change"))
    throw usage_error{"give --intake or --change, not both"};
  if (a.has("--in") && a.has("--by")) throw usage_error{"give --in or --by, not both"};
  const bool has_intake = a.has("--intake") || a.has("--change");
  const bool has_goal = a.has("--goal-weight");
  if (!has_intake && !has_goal) {
    throw usage_error{"give an intake (--intake or --change) or a --goal-weight"};
  }
  if ((a.has("--in") || a.has("--by")) && !has_goal) {
    throw usage_error{"--in and --by set the date of a --goal-weight"};
  }
  if ((a.has("--in") || a.has("--by")) && has_intake) {
    throw usage_error{"with an intake, --goal-weight asks when it is reached; drop --in/--by"};
  }
  if (a.has("--start") && !a.has("--by")) throw usage_error{"--start goes with --by"};

  energy::hall_setup<double> setup;
  setup.individual = person_from(a);
  const std::optional<activity> act = activity_from(a);
  setup.physical_activity_level = act ? act->factor : 1.6;
  if (auto bf = a.get("--body-fat")) {
    const double pct = parse_percent("--body-fat", *bf);
    detail::require(pct >= 0.0 && pct < 100.0, "fat_percent", pct, "%", "must be within [0, 100)");
    setup.fat_mass = setup.individual.body_mass * (pct / 100.0);
  }
  const energy::hall_model<double> model(setup);
  const energy_rate<double> baseline = model.baseline_intake();
  const mass<double> bw0 = model.baseline_body_mass();
  const energy_density<double> density = kilocalories_per_pound(3500.0);

  int days = 7 * (a.has("--weeks") ? parse_weeks("--weeks", *a.get("--weeks")) : 12);
  std::optional<training::date> start;
  std::optional<training::date> by;
  if (auto in = a.get("--in")) days = 7 * parse_weeks("--in", *in);
  if (auto b = a.get("--by")) {
    start = a.has("--start") ? parse_date("--start", *a.get("--start")) : today_utc();
    by = parse_date("--by", *b);
    days = *by - *start;
  }
  detail::require(days >= 1 && days <= 3660, "days", static_cast<double>(days), "d",
                  "must be within 1-3660 (the horizon or the goal date)");

  energy_rate<double> intake{};
  std::optional<mass<double>> goal;
  std::optional<energy::hall_goal_plan<double>> plan;
  std::optional<energy::hall_goal_time<double>> when;
  if (has_goal) goal = parse_mass("--goal-weight", *a.get("--goal-weight"));
  if (has_intake) {
    intake = a.has("--intake") ? parse_energy_rate("--intake", *a.get("--intake"))
                               : baseline + parse_energy_change("--change", *a.get("--change"));
    detail::require(intake.in(kilocalories_per_day) >= 0.0, "intake",
                    intake.in(kilocalories_per_day), "kcal/d", "must not be negative");
    if (goal) when = energy::days_to_goal(model, intake, *goal);
  } else {
    plan = energy::intake_for_goal(model, *goal, days);
    intake = plan->intake;
  }

  const std::vector<energy::hall_record<double>> path =
      model.trajectory(energy::constant_intake<double>{intake}, days);
  const energy::hall_steady_state<double> eventual = energy::steady_state(model, intake);
  const energy_rate<double> change = intake - baseline;
  std::optional<energy_rate<double>> static_goal_intake;
  if (plan) {
    // The static rule's answer to the same question: the whole difference at 3500 kcal/lb.
    static_goal_intake =
        baseline + kilocalories_per_day(
                       (*goal - bw0).in(kilograms)*density.in(kilocalories_per_kilogram) / days);
  }

  struct row {
    int week;
    int day;
    double body;
    double fat;
    double ffm;
    double static_body;
  };
  std::vector<row> rows;
  for (int d = 0; d <= days; d += 7) {
    const auto& r = path[static_cast<std::size_t>(d)];
    const mass<double> st =
        bw0 + energy::static_rule_change(change, physique::days(double(d)), density);
    rows.push_back({d / 7, d, r.body_mass.in(kilograms), r.fat_mass.in(kilograms),
                    r.fat_free_mass.in(kilograms), st.in(kilograms)});
  }
  if (days % 7 != 0) {
    const auto& r = path.back();
    const mass<double> st =
        bw0 + energy::static_rule_change(change, physique::days(double(days)), density);
    rows.push_back({days / 7, days, r.body_mass.in(kilograms), r.fat_mass.in(kilograms),
                    r.fat_free_mass.in(kilograms), st.in(kilograms)});
  }

  if (a.json()) {
    json_writer w;
    w.begin_object();
    w.key("person");
    write_person(w, setup.individual);
    w.member("model", energy::hall_model<double>::info.name);
    w.key("source");
    write_citation(w, energy::hall_model<double>::info.source);
    w.member("physical_activity_level", setup.physical_activity_level);
    w.member("baseline_intake_kcal_per_day", baseline.in(kilocalories_per_day));
    w.member("baseline_fat_mass_kg", model.initial_state().fat_mass.in(kilograms));
    w.member("intake_kcal_per_day", intake.in(kilocalories_per_day));
    w.member("days", days);
    if (start) {
      w.member("start", date_text(*start));
      w.member("by", date_text(*by));
    }
    if (goal) w.member("goal_weight_kg", goal->in(kilograms));
    if (plan) {
      w.member("goal_intake_kcal_per_day", plan->intake.in(kilocalories_per_day));
      w.member("maintenance_after_goal_kcal_per_day", plan->maintenance.in(kilocalories_per_day));
      w.member("static_rule_goal_intake_kcal_per_day",
               static_goal_intake->in(kilocalories_per_day));
    }
    if (when) {
      w.member("goal_reachable", when->reachable());
      w.key("days_to_goal");
      when->reachable() ? w.value(when->days) : w.null();
    }
    w.member("static_rule_kcal_per_kg", density.in(kilocalories_per_kilogram));
    w.key("steady_state").begin_object();
    w.member("viable", eventual.viable);
    w.member("body_mass_kg", eventual.body_mass.in(kilograms));
    w.end_object();
    w.key("weeks").begin_array();
    for (const row& r : rows) {
      w.begin_object();
      w.member("week", r.week).member("day", r.day);
      w.member("body_mass_kg", r.body)
          .member("fat_mass_kg", r.fat)
          .member("fat_free_mass_kg", r.ffm);
      w.member("static_rule_body_mass_kg", r.static_body);
      w.end_object();
    }
    w.end_array();
    w.end_object();
    std::cout << w.str() << '\n';
    return 0;
  }

  std::cout << "Projection: " << describe_person(setup.individual) << ", PAL "
            << fixed(setup.physical_activity_level, 2) << '\n';
  std::cout << "Model: " << energy::hall_model<double>::info.name << " - "
            << describe_citation(energy::hall_model<double>::info.source) << '\n';
  std::cout << "Baseline intake (energy balance): " << fixed(baseline.in(kilocalories_per_day), 0)
            << " kcal/d; fat mass at start "
            << fixed(model.initial_state().fat_mass.in(kilograms), 1) << " kg"
            << (setup.fat_mass ? " (measured)" : " (Jackson 2002 from BMI)") << '\n';
  if (plan) {
    std::cout << "Goal: " << fixed(goal->in(kilograms), 1) << " kg in " << days << " days";
    if (start) std::cout << " (" << date_text(*start) << " to " << date_text(*by) << ")";
    std::cout << "\n  intake to reach it: " << fixed(plan->intake.in(kilocalories_per_day), 0)
              << " kcal/d (dynamic model); the static rule would say "
              << fixed(static_goal_intake->in(kilocalories_per_day), 0) << " kcal/d\n";
    std::cout << "  intake to hold it afterwards: "
              << fixed(plan->maintenance.in(kilocalories_per_day), 0) << " kcal/d\n";
  }
  std::cout << "Intake: " << fixed(intake.in(kilocalories_per_day), 0) << " kcal/d ("
            << (change.in(kilocalories_per_day) >= 0 ? "+" : "")
            << fixed(change.in(kilocalories_per_day), 0) << " kcal/d from baseline)\n";
  if (when) {
    std::cout << "Goal " << fixed(goal->in(kilograms), 1) << " kg: ";
    if (when->reachable()) {
      std::cout << "reached on day " << when->days << " (week " << fixed(when->days / 7.0, 1)
                << ")\n";
    } else {
      std::cout << "never reached at this intake (weight levels off at "
                << fixed(when->asymptote.in(kilograms), 1) << " kg)\n";
    }
  }
  std::cout << '\n';
  text_table table({"week", "weight kg", "fat kg", "fat-free kg", "static rule kg"}, "rrrrr");
  for (const row& r : rows) {
    table.add(
        {std::to_string(r.week) + (r.day % 7 != 0 ? " (day " + std::to_string(r.day) + ")" : ""),
         fixed(r.body, 1), fixed(r.fat, 1), fixed(r.ffm, 1), fixed(r.static_body, 1)});
  }
  table.print(std::cout);
  if (eventual.viable) {
    std::cout << "\nAt this intake the weight levels off at "
              << fixed(eventual.body_mass.in(kilograms), 1)
              << " kg; the static rule (3500 kcal/lb) never levels off.\n";
  }
  return 0;
}

}  // namespace physique::cli
