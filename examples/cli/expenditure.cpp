// SPDX-License-Identifier: MIT
// `physique expenditure`: every resting-energy equation on one person, the activity factor
// and the total daily expenditure.
#include <iostream>
#include <string>
#include <vector>

#include <physique/composition/body_composition.hpp>
#include <physique/core/error.hpp>
#include <physique/energy/physical_activity.hpp>
#include <physique/energy/resting_energy.hpp>

#include "cli.hpp"

namespace physique::cli {

namespace {

std::string equation_ids() {
  std::string ids;
  for (const auto& e : energy::resting_energy_equations<double>) {
    if (!ids.empty()) ids += ", ";
    ids += e.id();
  }
  return ids;
}

}  // namespace

int run_expenditure(const std::vector<std::string>& tokens) {
  const arguments a(tokens, {{"--sex", true},
                             {"--age", true},
                             {"--height", true},
                             {"--weight", true},
                             {"--body-fat", true},
                             {"--fat-free-mass", true},
                             {"--activity", true},
                             {"--pal", true},
                             {"--equation", true}});
  if (a.help()) {
    std::cout << usage_of("expenditure");
    return 0;
  }
  if (!a.positional().empty()) throw usage_error{"unexpected argument " + a.positional().front()};
  const person<double> p = person_from(a);

  std::optional<mass<double>> ffm;
  if (a.has("--body-fat") && a.has("--fat-free-mass")) {
    throw usage_error{"give --body-fat or --fat-free-mass, not both"};
  }
  if (auto bf = a.get("--body-fat")) {
    ffm = composition::body_composition<double>::from_fat_percent(p.body_mass,
                                                                  parse_percent("--body-fat", *bf))
              .fat_free_mass();
  } else if (auto f = a.get("--fat-free-mass")) {
    ffm = parse_mass("--fat-free-mass", *f);
  }

  std::vector<energy::resting_energy_estimate<double>> rows;
  if (ffm) {
    for (const auto& r : energy::compare_resting_energy(p, *ffm))
      rows.push_back(r);
  } else {
    for (const auto& r : energy::compare_resting_energy(p))
      rows.push_back(r);
  }

  const std::string equation_id = a.get("--equation").value_or("mifflin_st_jeor");
  const auto chosen = energy::find_resting_energy_equation<double>(equation_id);
  if (!chosen) {
    const std::string ids = equation_ids();
    report_invalid_argument("--equation", "\"" + equation_id + "\"",
                            ("must be one of: " + ids).c_str());
  }
  if (chosen->needs_fat_free_mass() && !ffm) {
    throw usage_error{"--equation " + equation_id + " needs --body-fat or --fat-free-mass"};
  }
  const energy_rate<double> resting = ffm ? (*chosen)(p, *ffm) : (*chosen)(p);
  const std::optional<activity> act = activity_from(a);
  std::optional<energy_rate<double>> total;
  if (act) total = energy::total_energy_expenditure(resting, act->factor);

  constexpr energy::activity_level levels[] = {
      energy::activity_level::sedentary, energy::activity_level::lightly_active,
      energy::activity_level::moderately_active, energy::activity_level::very_active,
      energy::activity_level::extra_active};

  if (a.json()) {
    json_writer w;
    w.begin_object();
    w.key("person");
    write_person(w, p);
    if (ffm) w.member("fat_free_mass_kg", ffm->in(kilograms));
    w.key("resting").begin_array();
    for (const auto& r : rows) {
      w.begin_object();
      w.member("id", r.id);
      w.member("name", r.name);
      w.member("kcal_per_day", r.value.in(kilocalories_per_day));
      if (act) {
        w.member("total_kcal_per_day",
                 energy::total_energy_expenditure(r.value, act->factor).in(kilocalories_per_day));
      }
      w.key("validity");
      write_validity(w, r.validity);
      w.member("population", r.info->domain.population);
      w.key("source");
      write_citation(w, r.info->source);
      w.end_object();
    }
    w.end_array();
    w.member("equation", chosen->id());
    w.member("resting_kcal_per_day", resting.in(kilocalories_per_day));
    if (act) {
      w.key("activity").begin_object();
      w.member("label", act->label);
      w.member("factor", act->factor);
      w.member("kind", act->is_pal ? "pal" : "activity_level");
      if (act->is_pal) {
        const auto category = energy::classify_pal(act->factor);
        w.key("pal_category");
        category ? w.value(energy::to_string(*category)) : w.null();
        w.key("validity");
        write_validity(w, energy::pal_validity(act->factor));
      } else {
        w.member("level", act->level);
      }
      w.end_object();
      w.member("total_kcal_per_day", total->in(kilocalories_per_day));
    } else {
      w.key("total_by_activity_level").begin_array();
      for (std::size_t i = 0; i < 5; ++i) {
        w.begin_object();
        w.member("level", activity_level_names[i]);
        w.member("factor", energy::activity_multiplier<double>(levels[i]));
        w.member("total_kcal_per_day",
                 energy::total_energy_expenditure(resting, levels[i]).in(kilocalories_per_day));
        w.end_object();
      }
      w.end_array();
    }
    w.end_object();
    std::cout << w.str() << '\n';
    return 0;
  }

  std::cout << "Resting energy expenditure: " << describe_person(p);
  if (ffm) std::cout << ", fat-free mass " << fixed(ffm->in(kilograms), 1) << " kg";
  std::cout << "\n\n";
  std::vector<std::string> header{"equation", "id", "kcal/d"};
  if (act) header.push_back("total kcal/d");
  header.push_back("validity");
  text_table table(header, act ? "llrrl" : "llrl");
  for (const auto& r : rows) {
    std::vector<std::string> row{r.name, r.id, fixed(r.value.in(kilocalories_per_day), 0)};
    if (act) {
      row.push_back(fixed(
          energy::total_energy_expenditure(r.value, act->factor).in(kilocalories_per_day), 0));
    }
    row.push_back(describe_validity(r.validity));
    table.add(row);
  }
  table.print(std::cout);
  if (!ffm) {
    std::cout << "  (add --body-fat or --fat-free-mass for Katch-McArdle and Cunningham)\n";
  }
  std::cout << "\nEquation used: " << chosen->info().name << " - "
            << describe_citation(chosen->info().source) << '\n';
  std::cout << "Resting: " << fixed(resting.in(kilocalories_per_day), 0) << " kcal/d\n";
  if (act) {
    std::cout << "Activity: " << act->label;
    if (act->is_pal) {
      const auto category = energy::classify_pal(act->factor);
      std::cout << " - "
                << (category ? energy::to_string(*category)
                             : "outside the FAO/WHO/UNU sustainable range 1.40-2.40");
    }
    std::cout << '\n';
    std::cout << "Total daily energy expenditure: " << fixed(total->in(kilocalories_per_day), 0)
              << " kcal/d\n";
  } else {
    std::cout << "\nTotal by activity level (give --activity or --pal to pick one):\n";
    text_table totals({"activity", "factor", "total kcal/d"});
    for (std::size_t i = 0; i < 5; ++i) {
      totals.add(
          {activity_level_names[i], fixed(energy::activity_multiplier<double>(levels[i]), 3),
           fixed(energy::total_energy_expenditure(resting, levels[i]).in(kilocalories_per_day),
                 0)});
    }
    totals.print(std::cout);
  }
  return 0;
}

}  // namespace physique::cli
