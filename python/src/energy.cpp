// SPDX-License-Identifier: MIT
// Python bindings of physique::energy's static part: the resting-energy equations (by id,
// and one function per equation), PAL and total expenditure, and static calorie targets.
#include <optional>
#include <string>

#include <physique/energy.hpp>

#include "common.hpp"

namespace physique_py {
namespace {

using namespace physique;
using physique::energy::resting_energy_equation;

resting_energy_equation<double> equation_by_id(const std::string& id) {
  const auto e = energy::find_resting_energy_equation<double>(id);
  if (!e) physique::report_invalid_argument("equation", id, "is not a resting-energy equation id");
  return *e;
}

person<double> make_person(sex s, double age_years, double height_cm, double body_mass_kg) {
  return person<double>{s, years(age_years), centimeters(height_cm), kilograms(body_mass_kg)};
}

/// Resting energy of one row by the equation `e` (kcal/d).
py::object resting_columns(const resting_energy_equation<double>& e, const sex_arg& s,
                           const real_arg& age, const real_arg& height, const real_arg& mass,
                           const py::object& fat_free_mass) {
  const column<sex> cs = sex_column(s.value, "sex");
  const column<double> ca = real_column(age.value, "age_years");
  const column<double> ch = real_column(height.value, "height_cm");
  const column<double> cm = real_column(mass.value, "body_mass_kg");
  if (fat_free_mass.is_none()) {
    return map_columns(
        [e](sex x, double a, double h, double w) {
          return e(make_person(x, a, h, w)).in(kilocalories_per_day);
        },
        cs, ca, ch, cm);
  }
  const column<double> cf = real_column(fat_free_mass, "fat_free_mass_kg");
  return map_columns(
      [e](sex x, double a, double h, double w, double ffm) {
        return e(make_person(x, a, h, w), kilograms(ffm)).in(kilocalories_per_day);
      },
      cs, ca, ch, cm, cf);
}

const char* const person_args_doc =
    "\n\nArguments: sex ('male'/'female'), age_years, height_cm, body_mass_kg: numbers or "
    "numpy arrays (one value per person, broadcast). Returns kcal/day (float or array). "
    "Raises physique.InvalidArgument (a ValueError) for a physically impossible person.";

void bind_resting(py::module_& m) {
  energy::for_each_resting_energy_equation([&m](auto equation) {
    using E = decltype(equation);
    std::string doc =
        std::string("Resting energy expenditure (kcal/day) by ") + source_line(E::info);
    if constexpr (energy::lean_mass_resting_equation<E, double>) {
      doc +=
          "\n\nArguments: fat_free_mass_kg (number or numpy array). Returns kcal/day. Raises "
          "physique.InvalidArgument (a ValueError) for a fat-free mass that is not positive.";
      m.def(
          E::info.id,
          [](const real_arg& ffm) {
            return map_columns([](double f) { return E{}(kilograms(f)).in(kilocalories_per_day); },
                               real_column(ffm.value, "fat_free_mass_kg"));
          },
          py::arg("fat_free_mass_kg"), doc.c_str());
    } else {
      doc += person_args_doc;
      m.def(
          E::info.id,
          [](const sex_arg& s, const real_arg& a, const real_arg& h, const real_arg& w) {
            return map_columns(
                [](sex x, double age, double height, double mass) {
                  return E{}(make_person(x, age, height, mass)).in(kilocalories_per_day);
                },
                sex_column(s.value, "sex"), real_column(a.value, "age_years"),
                real_column(h.value, "height_cm"), real_column(w.value, "body_mass_kg"));
          },
          py::arg("sex"), py::arg("age_years"), py::arg("height_cm"), py::arg("body_mass_kg"),
          doc.c_str());
    }
  });

  m.def(
      "resting_energy",
      [](const sex_arg& s, const real_arg& a, const real_arg& h, const real_arg& w,
         const std::string& equation, const py::object& ffm) {
        return resting_columns(equation_by_id(equation), s, a, h, w, ffm);
      },
      py::arg("sex"), py::arg("age_years"), py::arg("height_cm"), py::arg("body_mass_kg"),
      py::kw_only(), py::arg("equation") = "mifflin_st_jeor",
      py::arg("fat_free_mass_kg") = py::none(),
      "Resting energy expenditure (kcal/day) by the equation named `equation` (see "
      "`resting_energy_equations()` for the ids and their sources). The lean-mass equations "
      "(cunningham_1980, cunningham_1991, katch_mcardle) need fat_free_mass_kg; for the "
      "others it is checked (positive, below body mass) and ignored.");

  m.def(
      "resting_energy_validity",
      [](const std::string& s, double a, double h, double w, const std::string& equation) {
        return to_dict(equation_by_id(equation).validity(make_person(parse_sex(s), a, h, w)));
      },
      py::arg("sex"), py::arg("age_years"), py::arg("height_cm"), py::arg("body_mass_kg"),
      py::kw_only(), py::arg("equation") = "mifflin_st_jeor",
      "Which inputs of one person lie outside the sample the equation was derived on: a dict "
      "{'inside': bool, 'sex_outside': bool, 'outside': [{'parameter', 'unit', 'value', "
      "'low', 'high'}]}. Being outside is information, not an error.");

  m.def(
      "resting_energy_equations",
      [] {
        py::list out;
        for (const resting_energy_equation<double>& e : energy::resting_energy_equations<double>) {
          py::dict d = to_dict(e.info());
          d["needs_fat_free_mass"] = e.needs_fat_free_mass();
          out.append(d);
        }
        return out;
      },
      "Every resting-energy equation: id, name, source (citation), population and bounds of "
      "the derivation sample, and whether it needs a fat-free mass.");

  m.def(
      "compare_resting_energy",
      [](const std::string& s, double a, double h, double w, std::optional<double> ffm) {
        const person<double> p = make_person(parse_sex(s), a, h, w);
        py::list out;
        auto add = [&out](const auto& row) {
          py::dict d;
          d["id"] = row.id;
          d["name"] = row.name;
          d["kcal_per_day"] = row.value.in(kilocalories_per_day);
          d["validity"] = to_dict(row.validity);
          out.append(d);
        };
        if (ffm) {
          for (const auto& row : energy::compare_resting_energy(p, kilograms(*ffm)))
            add(row);
        } else {
          for (const auto& row : energy::compare_resting_energy(p))
            add(row);
        }
        return out;
      },
      py::arg("sex"), py::arg("age_years"), py::arg("height_cm"), py::arg("body_mass_kg"),
      py::kw_only(), py::arg("fat_free_mass_kg") = py::none(),
      "Every resting-energy equation on one person (with fat_free_mass_kg, the lean-mass "
      "equations too): a list of {'id', 'name', 'kcal_per_day', 'validity'}.");
}

std::optional<energy::activity_level> parse_activity_level(const std::string& text) {
  using energy::activity_level;
  if (text == "sedentary") return activity_level::sedentary;
  if (text == "lightly_active") return activity_level::lightly_active;
  if (text == "moderately_active") return activity_level::moderately_active;
  if (text == "very_active") return activity_level::very_active;
  if (text == "extra_active") return activity_level::extra_active;
  return std::nullopt;
}

void bind_activity(py::module_& m) {
  const std::string fao = source_line(energy::fao_who_unu_2004);
  m.def(
      "total_energy_expenditure",
      [](const real_arg& resting, const real_arg& pal) {
        return map_columns(
            [](double r, double f) {
              return energy::total_energy_expenditure(kilocalories_per_day(r), f)
                  .in(kilocalories_per_day);
            },
            real_column(resting.value, "resting_kcal_per_day"),
            real_column(pal.value, "physical_activity_level"));
      },
      py::arg("resting_kcal_per_day"), py::arg("physical_activity_level"),
      ("Total daily energy expenditure (kcal/day) = resting x PAL (or an activity "
       "multiplier); already includes the thermic effect of food. Raises for a factor "
       "outside 1.0-5.0. Source: " +
       fao + " Chapter 5.")
          .c_str());

  m.def(
      "activity_multiplier",
      [](const std::string& level) {
        const auto l = parse_activity_level(level);
        if (!l) {
          physique::report_invalid_argument("level", level,
                                            "must be sedentary, lightly_active, "
                                            "moderately_active, very_active or extra_active");
        }
        return energy::activity_multiplier<double>(*l);
      },
      py::arg("level"),
      ("The consumer activity multiplier of a level: sedentary 1.2, lightly_active 1.375, "
       "moderately_active 1.55, very_active 1.725, extra_active 1.9. Source: " +
       source_line(energy::activity_multiplier_source) +
       " Not the FAO PAL scale: do not mix the two.")
          .c_str());

  m.def(
      "classify_pal",
      [](double pal) -> py::object {
        const auto c = energy::classify_pal(pal);
        if (!c) return py::none();
        return py::str(energy::to_string(*c));
      },
      py::arg("physical_activity_level"),
      ("The FAO/WHO/UNU 2004 lifestyle category of a PAL (Table 5.3), or None outside the "
       "sustainable 1.40-2.40. Source: " +
       fao)
          .c_str());

  m.def(
      "pal_validity", [](double pal) { return to_dict(energy::pal_validity(pal)); },
      py::arg("physical_activity_level"),
      "Whether a PAL lies in FAO/WHO/UNU 2004's sustainable range (a validity dict).");

  m.def(
      "thermic_effect_of_food",
      [](const real_arg& intake, double fraction) {
        return map_columns(
            [fraction](double i) {
              return energy::thermic_effect_of_food(kilocalories_per_day(i), fraction)
                  .in(kilocalories_per_day);
            },
            real_column(intake.value, "intake_kcal_per_day"));
      },
      py::arg("intake_kcal_per_day"), py::arg("fraction") = energy::default_thermic_effect_fraction,
      "Thermic effect of food (kcal/day): fraction x intake, 0.10 by default (Westerterp KR, "
      "Nutr Metab 2004;1:5).");
}

void bind_calorie_target(py::module_& m) {
  m.def(
      "calorie_target",
      [](const std::string& goal, double maintenance, double resting, double body_mass,
         std::optional<double> rate_kg, std::optional<double> rate_percent, double energy_per_kg,
         double loss_limit, double gain_limit) {
        energy::calorie_target_input<double> in;
        if (goal == "lose") {
          in.goal = energy::weight_goal::lose;
        } else if (goal == "maintain") {
          in.goal = energy::weight_goal::maintain;
        } else if (goal == "gain") {
          in.goal = energy::weight_goal::gain;
        } else {
          physique::report_invalid_argument("goal", goal, "must be lose, maintain or gain");
        }
        if (rate_kg && rate_percent) {
          physique::report_invalid_argument(
              "rate", "both rate_kg_per_week and rate_percent_per_week", "give at most one");
        }
        if (rate_percent) {
          in.rate =
              energy::weight_change_rate<double>::percent_of_body_mass_per_week(*rate_percent);
        } else {
          in.rate = energy::weight_change_rate<double>::absolute(
              kilograms_per_week(rate_kg.value_or(0.0)));
        }
        in.maintenance = kilocalories_per_day(maintenance);
        in.resting = kilocalories_per_day(resting);
        in.body_mass = kilograms(body_mass);
        in.energy_per_mass = kilocalories_per_kilogram(energy_per_kg);
        in.loss_limit_percent = loss_limit;
        in.lean_gain_limit_percent = gain_limit;
        const energy::calorie_target<double> t = energy::static_calorie_target(in);
        py::dict d;
        d["intake_kcal_per_day"] = t.intake.in(kilocalories_per_day);
        d["balance_kcal_per_day"] = t.balance.in(kilocalories_per_day);
        d["expected_rate_kg_per_week"] = t.expected_rate.in(kilograms_per_week);
        d["energy_per_kg_kcal"] = t.energy_per_mass.in(kilocalories_per_kilogram);
        d["findings"] = to_list(t.findings);
        return d;
      },
      py::arg("goal"), py::arg("maintenance_kcal_per_day"), py::arg("resting_kcal_per_day"),
      py::arg("body_mass_kg"), py::kw_only(), py::arg("rate_kg_per_week") = py::none(),
      py::arg("rate_percent_per_week") = py::none(), py::arg("energy_per_kg_kcal") = 7700.0,
      py::arg("loss_limit_percent") = 1.0, py::arg("lean_gain_limit_percent") = 0.5,
      "A static daily intake target for goal 'lose', 'maintain' or 'gain' at a weekly rate "
      "(kg/week, or % of body mass/week), by the static rule (7700 kcal/kg; Wishnofsky 1958 "
      "gives 3500 kcal/lb = 7716.2 kcal/kg). Returns {'intake_kcal_per_day', "
      "'balance_kcal_per_day', 'expected_rate_kg_per_week', 'energy_per_kg_kcal', "
      "'findings'}; findings (each with code, message, value, limit, unit and source) flag a "
      "loss above 1 %/week (Helms, Aragon & Fitschen 2014), intake below resting, a deficit "
      "above 1000 kcal/day or intake below 800 kcal/day (NHLBI 1998), gain above 0.5 %/week "
      "(Iraki et al. 2019). The target is never clamped.");
}

}  // namespace

void bind_energy(py::module_& m) {
  bind_resting(m);
  bind_activity(m);
  bind_calorie_target(m);
}

}  // namespace physique_py
