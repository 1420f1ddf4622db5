// SPDX-License-Identifier: MIT
// `physique strength`: 1RM by every formula, the RTS RPE chart, and the load for a number of
// reps (by every formula, and at an RPE by the chart).
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <physique/core/error.hpp>
#include <physique/training/one_rep_max.hpp>
#include <physique/training/rpe.hpp>

#include "cli.hpp"

namespace physique::cli {

namespace {

constexpr double rpe_steps[] = {10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0};

struct formula_row {
  const equation_info* info;
  double one_rep_max;                 // in the display unit
  std::optional<double> target_load;  // in the display unit
  validity_report validity;
};

}  // namespace

int run_strength(const std::vector<std::string>& tokens) {
  const arguments a(tokens, {{"--load", true},
                             {"--reps", true},
                             {"--rpe", true},
                             {"--one-rep-max", true},
                             {"--target-reps", true},
                             {"--target-rpe", true},
                             {"--chart", false}});
  if (a.help()) {
    std::cout << usage_of("strength");
    return 0;
  }
  if (!a.positional().empty()) throw usage_error{"unexpected argument " + a.positional().front()};
  const bool chart = a.has("--chart");
  const bool from_set = a.has("--load") || a.has("--reps");
  const bool from_max = a.has("--one-rep-max");
  if (from_set && from_max) throw usage_error{"give --load/--reps or --one-rep-max, not both"};
  if (!from_set && !from_max && !chart) {
    throw usage_error{"give --load and --reps, --one-rep-max, or --chart"};
  }
  if (a.has("--rpe") && !from_set) throw usage_error{"--rpe rates a set: give --load and --reps"};
  if (a.has("--target-rpe") && !a.has("--target-reps")) {
    throw usage_error{"--target-rpe goes with --target-reps"};
  }
  if (from_max && !a.has("--target-reps")) {
    throw usage_error{"with --one-rep-max, give --target-reps (and --target-rpe)"};
  }

  // Everything is computed in kg and shown in the unit the load was given in.
  std::string unit_text = "kg";
  double per_kg = 1.0;
  std::optional<mass<double>> load;
  int reps = 0;
  std::optional<double> rpe;
  std::optional<mass<double>> known_max;
  if (from_set) {
    const std::string text = a.require("--load");
    load = parse_mass("--load", text);
    unit_text = mass_unit_of(text);
    reps = parse_int("--reps", a.require("--reps"));
    if (auto r = a.get("--rpe")) rpe = parse_number("--rpe", *r);
  } else if (from_max) {
    const std::string text = *a.get("--one-rep-max");
    known_max = parse_mass("--one-rep-max", text);
    detail::require_positive("one_rep_max", *known_max);
    unit_text = mass_unit_of(text);
  }
  if (unit_text == "lb") per_kg = 1.0 / 0.45359237;
  const auto shown = [&](const mass<double>& m) { return m.in(kilograms)*per_kg; };

  std::optional<int> target_reps;
  std::optional<double> target_rpe;
  if (auto t = a.get("--target-reps")) target_reps = parse_int("--target-reps", *t);
  if (auto t = a.get("--target-rpe")) target_rpe = parse_number("--target-rpe", *t);

  std::vector<formula_row> rows;
  std::optional<mass<double>> rpe_max;
  bool rpe_outside = false;
  if (from_set) {
    training::for_each_one_rep_max_equation([&](auto e) {
      const mass<double> m =
          training::one_rep_max(e, *load, reps, training::single_rep_convention::single_is_max);
      std::optional<double> target;
      if (target_reps)
        target = shown(training::load_for_reps(e, m, *target_reps,
                                               training::single_rep_convention::single_is_max));
      rows.push_back({&decltype(e)::info, shown(m), target, e.validity(reps)});
    });
    if (rpe) {
      rpe_max = training::one_rep_max_at_rpe(*load, reps, *rpe);
      rpe_outside = !rpe_max;
    }
  } else if (known_max) {
    training::for_each_one_rep_max_equation([&](auto e) {
      rows.push_back(
          {&decltype(e)::info, shown(*known_max),
           shown(training::load_for_reps(e, *known_max, *target_reps,
                                         training::single_rep_convention::single_is_max)),
           e.validity(*target_reps)});
    });
  }
  // The RPE-chart load for the target: from the chart's e1RM when the set was rated,
  // otherwise from the known 1RM.
  std::optional<mass<double>> chart_target;
  bool chart_target_outside = false;
  if (target_reps && target_rpe) {
    const std::optional<mass<double>> base = known_max ? known_max : rpe_max;
    if (!base) {
      throw usage_error{"--target-rpe needs a 1RM from the RPE chart: rate the set with --rpe"};
    }
    chart_target = training::load_for_reps_at_rpe(*base, *target_reps, *target_rpe);
    chart_target_outside = !chart_target;
  }

  if (a.json()) {
    json_writer w;
    w.begin_object();
    w.member("unit", unit_text);
    if (load) {
      w.key("set").begin_object();
      w.member("load", shown(*load)).member("reps", reps);
      if (rpe) w.member("rpe", *rpe);
      w.end_object();
    }
    if (known_max) w.member("one_rep_max", shown(*known_max));
    if (!rows.empty()) {
      w.key("formulas").begin_array();
      for (const formula_row& r : rows) {
        w.begin_object();
        w.member("id", r.info->id).member("name", r.info->name);
        if (load) w.member("one_rep_max", r.one_rep_max);
        if (r.target_load) w.member("load_for_target_reps", *r.target_load);
        w.key("validity");
        write_validity(w, r.validity);
        w.key("source");
        write_citation(w, r.info->source);
        w.end_object();
      }
      w.end_array();
    }
    if (rpe) {
      w.key("rpe_chart_one_rep_max");
      rpe_max ? w.value(shown(*rpe_max)) : w.null();
    }
    if (target_reps) w.member("target_reps", *target_reps);
    if (target_rpe) {
      w.member("target_rpe", *target_rpe);
      w.key("rpe_chart_load");
      chart_target ? w.value(shown(*chart_target)) : w.null();
    }
    if (chart) {
      w.key("rpe_chart").begin_array();
      for (int r = 1; r <= 12; ++r) {
        w.begin_object();
        w.member("reps", r);
        w.key("percent_of_one_rep_max").begin_object();
        for (const double x : rpe_steps) {
          w.member(fixed(x, 1), 100.0 * *training::rts_rpe_chart{}.fraction(r, x));
        }
        w.end_object();
        w.end_object();
      }
      w.end_array();
    }
    w.end_object();
    std::cout << w.str() << '\n';
    return 0;
  }

  const std::string u = " " + unit_text;
  if (load) {
    std::cout << "Set: " << fixed(shown(*load), 1) << u << " x " << reps;
    if (rpe) std::cout << " @ RPE " << fixed(*rpe, 1);
    std::cout << "\n\n";
  } else if (known_max) {
    std::cout << "1RM: " << fixed(shown(*known_max), 1) << u << "\n\n";
  }
  if (!rows.empty()) {
    std::vector<std::string> header{"formula"};
    if (load) header.push_back("1RM" + u);
    if (target_reps) header.push_back("load for " + std::to_string(*target_reps) + " reps");
    header.emplace_back("validity");
    text_table table(header, std::string("l") + (load ? "r" : "") + (target_reps ? "r" : "") + "l");
    for (const formula_row& r : rows) {
      std::vector<std::string> row{r.info->name};
      if (load) row.push_back(fixed(r.one_rep_max, 1));
      if (r.target_load) row.push_back(fixed(*r.target_load, 1));
      row.push_back(describe_validity(r.validity));
      table.add(row);
    }
    table.print(std::cout);
    if (load && reps > 10) {
      std::cout << "  (1RM formulas lose accuracy above about 10 reps)\n";
    }
  }
  if (rpe) {
    std::cout << "\nRPE chart (Tuchscherer 2008): ";
    if (rpe_outside) {
      std::cout << "outside the chart (reps 1-12, RPE 6-10)\n";
    } else {
      std::cout << "e1RM " << fixed(shown(*rpe_max), 1) << u << " ("
                << fixed(100.0 * (*load / *rpe_max), 1) << " % of 1RM for " << reps << " @ "
                << fixed(*rpe, 1) << ")\n";
    }
  }
  if (target_rpe) {
    std::cout << "Load for " << *target_reps << " @ RPE " << fixed(*target_rpe, 1) << ": ";
    if (chart_target_outside) {
      std::cout << "outside the chart (reps 1-12, RPE 6-10)\n";
    } else {
      std::cout << fixed(shown(*chart_target), 1) << u << '\n';
    }
  }
  if (chart) {
    if (!rows.empty() || rpe) std::cout << '\n';
    std::cout << "RPE chart, % of 1RM (Tuchscherer M, The Reactive Training Manual, 2008)\n";
    std::vector<std::string> header{"reps"};
    for (const double x : rpe_steps)
      header.push_back("@" + fixed(x, 1));
    text_table table(header, "rrrrrrrrrr");
    for (int r = 1; r <= 12; ++r) {
      std::vector<std::string> row{std::to_string(r)};
      for (const double x : rpe_steps) {
        row.push_back(fixed(100.0 * *training::rts_rpe_chart{}.fraction(r, x), 1));
      }
      table.add(row);
    }
    table.print(std::cout);
  }
  return 0;
}

}  // namespace physique::cli
