// SPDX-License-Identifier: MIT
// Python bindings of the Hall et al. 2011 dynamic body-weight model: one person
// (HallModel: trajectory, inverse questions) and the population batch over numpy columns
// (zero-copy input and output, GIL released, worker threads).
#include <cstddef>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <physique/energy.hpp>

#include "common.hpp"

namespace physique_py {
namespace {

using namespace physique;
using energy::hall_model;
using energy::hall_record;
using energy::hall_state;

using model = hall_model<double>;

model make_model(const std::string& s, double age, double height_cm, double mass, double pal,
                 std::optional<double> fat_mass, double carbohydrate_share) {
  energy::hall_setup<double> setup;
  setup.individual =
      person<double>{parse_sex(s), years(age), centimeters(height_cm), kilograms(mass)};
  setup.physical_activity_level = pal;
  if (fat_mass) setup.fat_mass = kilograms(*fat_mass);
  setup.carbohydrate_share = carbohydrate_share;
  return model(setup);
}

py::dict state_dict(const model& m, const hall_state<double>& s) {
  py::dict d;
  const double bw = m.body_mass(s).in(kilograms);
  d["body_mass_kg"] = bw;
  d["fat_mass_kg"] = s.fat_mass.in(kilograms);
  d["fat_free_mass_kg"] = bw - s.fat_mass.in(kilograms);
  d["lean_mass_kg"] = s.lean_mass.in(kilograms);
  d["glycogen_kg"] = s.glycogen.in(kilograms);
  d["extracellular_fluid_kg"] = s.extracellular_fluid.in(kilograms);
  d["adaptive_thermogenesis_kcal_per_day"] = s.adaptive_thermogenesis.in(kilocalories_per_day);
  return d;
}

/// The records as columns: one numpy array per field, index = day.
py::dict records_dict(const std::vector<hall_record<double>>& r) {
  const auto n = static_cast<py::ssize_t>(r.size());
  py::array_t<int> day(n);
  std::vector<py::array_t<double>> cols;
  const char* names[] = {"body_mass_kg",
                         "fat_mass_kg",
                         "fat_free_mass_kg",
                         "lean_mass_kg",
                         "glycogen_kg",
                         "extracellular_fluid_kg",
                         "adaptive_thermogenesis_kcal_per_day",
                         "intake_kcal_per_day",
                         "expenditure_kcal_per_day"};
  for (std::size_t k = 0; k < 9; ++k)
    cols.emplace_back(n);
  for (py::ssize_t i = 0; i < n; ++i) {
    const hall_record<double>& x = r[static_cast<std::size_t>(i)];
    day.mutable_data()[i] = x.day;
    const double v[] = {x.body_mass.in(kilograms),
                        x.fat_mass.in(kilograms),
                        x.fat_free_mass.in(kilograms),
                        x.lean_mass.in(kilograms),
                        x.glycogen.in(kilograms),
                        x.extracellular_fluid.in(kilograms),
                        x.adaptive_thermogenesis.in(kilocalories_per_day),
                        x.intake.in(kilocalories_per_day),
                        x.expenditure.in(kilocalories_per_day)};
    for (std::size_t k = 0; k < 9; ++k)
      cols[k].mutable_data()[i] = v[k];
  }
  py::dict d;
  d["day"] = day;
  for (std::size_t k = 0; k < 9; ++k)
    d[names[k]] = cols[k];
  return d;
}

/// One person's trajectory under a constant intake, a daily table or a callable.
py::dict trajectory(const model& m, const py::object& intake, std::optional<int> days,
                    int steps_per_day) {
  const energy::hall_options options{steps_per_day};
  if (is_number(intake)) {
    const energy::constant_intake<double> c{kilocalories_per_day(intake.cast<double>())};
    if (!days) throw py::value_error("days is required for a constant intake");
    std::vector<hall_record<double>> r;
    {
      py::gil_scoped_release release;
      r = m.trajectory(c, *days, options);
    }
    return records_dict(r);
  }
  if (PyCallable_Check(intake.ptr())) {
    if (!days) throw py::value_error("days is required for an intake callable");
    auto source = [&intake](int day) { return kilocalories_per_day(intake(day).cast<double>()); };
    return records_dict(m.trajectory(source, *days, options));
  }
  const column<double> c = real_column(intake, "intake_kcal_per_day");
  std::vector<energy_rate<double>> table(c.scalar ? 1 : c.size);
  for (std::size_t i = 0; i < table.size(); ++i)
    table[i] = kilocalories_per_day(c.at(i));
  const int n = days.value_or(static_cast<int>(table.size()));
  std::vector<hall_record<double>> r;
  {
    py::gil_scoped_release release;
    r = m.trajectory(energy::intake_table<double>{table}, n, options);
  }
  return records_dict(r);
}

void bind_model(py::module_& m) {
  const std::string source = source_line(energy::hall_2011_info);
  py::class_<model>(m, "HallModel",
                    ("One adult under the Hall et al. 2011 dynamic body-weight model (fat, "
                     "lean tissue, glycogen, extracellular fluid, adaptive thermogenesis; "
                     "RK4, one step a day by default). Baseline resting expenditure by "
                     "Mifflin-St Jeor, fat mass by Jackson et al. 2002 unless fat_mass_kg is "
                     "given, baseline intake = PAL x resting. " +
                     source)
                        .c_str())
      .def(py::init(&make_model), py::kw_only(), py::arg("sex"), py::arg("age_years"),
           py::arg("height_cm"), py::arg("body_mass_kg"), py::arg("physical_activity_level") = 1.5,
           py::arg("fat_mass_kg") = py::none(), py::arg("carbohydrate_share") = 0.5,
           "Raises physique.InvalidArgument (a ValueError) for an impossible person, a PAL "
           "outside 1-5, a carbohydrate share outside (0, 1] or a fat mass not below body "
           "mass.")
      .def_property_readonly(
          "resting_expenditure_kcal_per_day",
          [](const model& x) { return x.resting_expenditure().in(kilocalories_per_day); })
      .def_property_readonly(
          "baseline_intake_kcal_per_day",
          [](const model& x) { return x.baseline_intake().in(kilocalories_per_day); })
      .def_property_readonly("baseline_body_mass_kg",
                             [](const model& x) { return x.baseline_body_mass().in(kilograms); })
      .def_property_readonly("physical_activity_level", &model::physical_activity_level)
      .def_property_readonly("carbohydrate_share", &model::carbohydrate_share)
      .def_property_readonly(
          "initial_state", [](const model& x) { return state_dict(x, x.initial_state()); },
          "The baseline compartments (dict of kg and kcal/day).")
      .def(
          "validity", [](const model& x) { return to_dict(x.validity()); },
          "Inputs outside the model's validated domain (age 18-78 y, PAL 1.4-2.4): a dict.")
      .def("trajectory", &trajectory, py::arg("intake_kcal_per_day"), py::kw_only(),
           py::arg("days") = py::none(), py::arg("steps_per_day") = 1,
           "Simulates day by day. intake_kcal_per_day: a number (constant; days required), "
           "an array (day d eats entry d; days defaults to its length) or a callable "
           "day -> kcal/day. Returns a dict of numpy arrays indexed by day 0..days: day, "
           "body_mass_kg, fat_mass_kg, fat_free_mass_kg, lean_mass_kg, glycogen_kg, "
           "extracellular_fluid_kg, adaptive_thermogenesis_kcal_per_day, "
           "intake_kcal_per_day, expenditure_kcal_per_day (pandas.DataFrame(result) makes "
           "a table).")
      .def(
          "final_state",
          [](const model& x, double intake, int days, int steps) {
            return state_dict(
                x, x.final_state(energy::constant_intake<double>{kilocalories_per_day(intake)},
                                 days, energy::hall_options{steps}));
          },
          py::arg("intake_kcal_per_day"), py::kw_only(), py::arg("days"),
          py::arg("steps_per_day") = 1, "The state after `days` days at a constant intake.")
      .def(
          "intake_for_goal",
          [](const model& x, double goal, int days) {
            const energy::hall_goal_plan<double> p =
                energy::intake_for_goal(x, kilograms(goal), days);
            py::dict d;
            d["intake_kcal_per_day"] = p.intake.in(kilocalories_per_day);
            d["body_mass_at_goal_kg"] = p.body_mass_at_goal.in(kilograms);
            d["maintenance_kcal_per_day"] = p.maintenance.in(kilocalories_per_day);
            d["state_at_goal"] = state_dict(x, p.at_goal);
            return d;
          },
          py::arg("goal_body_mass_kg"), py::kw_only(), py::arg("days"),
          "The constant intake that brings body mass to the goal after `days` days, and the "
          "intake that maintains the reached state afterwards (secant method on the full "
          "model). Raises when the goal needs a negative intake.")
      .def(
          "days_to_goal",
          [](const model& x, double intake, double goal, int max_days) {
            const energy::hall_goal_time<double> t =
                energy::days_to_goal(x, kilocalories_per_day(intake), kilograms(goal), max_days);
            py::dict d;
            d["reachable"] = t.reachable();
            d["days"] = t.reachable() ? py::object(py::int_(t.days)) : py::object(py::none());
            d["asymptote_kg"] = t.asymptote.in(kilograms);
            return d;
          },
          py::arg("intake_kcal_per_day"), py::arg("goal_body_mass_kg"), py::kw_only(),
          py::arg("max_days") = 36525,
          "Days until body mass first reaches the goal at a sustained intake: {'reachable', "
          "'days' (None when never), 'asymptote_kg' (eventual body mass)}.")
      .def(
          "steady_state",
          [](const model& x, double intake) {
            const energy::hall_steady_state<double> s =
                energy::steady_state(x, kilocalories_per_day(intake));
            py::dict d;
            d["viable"] = s.viable;
            d["body_mass_kg"] = s.body_mass.in(kilograms);
            d["fat_mass_kg"] = s.fat_mass.in(kilograms);
            d["fat_free_mass_kg"] = s.fat_free_mass.in(kilograms);
            d["glycogen_kg"] = s.glycogen.in(kilograms);
            d["extracellular_fluid_kg"] = s.extracellular_fluid.in(kilograms);
            return d;
          },
          py::arg("intake_kcal_per_day"),
          "The eventual state under a sustained intake (nonlinear steady state); 'viable' is "
          "False when no steady state keeps lean tissue positive.")
      .def(
          "maintenance_intake",
          [](const model& x) {
            return energy::maintenance_intake(x, x.initial_state()).in(kilocalories_per_day);
          },
          "The intake (kcal/day) that holds the baseline fat and lean tissue once glycogen, "
          "water and adaptive thermogenesis have settled.")
      .def(
          "linearise",
          [](const model& x) {
            const energy::hall_linearisation<double> l = energy::linearise(x);
            py::dict d;
            d["fat_share"] = l.fat_share;
            d["time_constant_days"] = l.time_constant.in(days);
            d["half_time_days"] = l.half_time.in(days);
            d["effective_density_kcal_per_kg"] = l.effective_density.in(kilocalories_per_kilogram);
            d["intake_change_per_kg_kcal_per_day"] =
                l.intake_change_per_kg.in(kilocalories_per_day);
            return d;
          },
          "The model linearised at baseline (Hall et al. 2011): time constant, half-time, "
          "effective energy density, intake change per kg of eventual change.");

  m.def(
      "static_rule_change_kg",
      [](double change, double days_, double density) {
        return energy::static_rule_change(kilocalories_per_day(change), days(days_),
                                          kilocalories_per_kilogram(density))
            .in(kilograms);
      },
      py::arg("intake_change_kcal_per_day"), py::arg("days"),
      py::arg("energy_per_kg_kcal") = 3500.0 / 0.45359237,
      "Weight change (kg) predicted by the static rule: intake change x days / energy per kg "
      "(3500 kcal/lb by default; Wishnofsky M, Am J Clin Nutr 1958;6:542-6).");
}

/// The population's columns, read without copying when they are float64 / uint8 arrays.
struct population_columns {
  column<sex> sexes;
  column<double> age, height_m, mass, pal, fat;
  std::vector<double> height_storage;
  bool has_fat = false;
  std::size_t n = 0;
};

std::span<const double> span_of(const column<double>& c, std::size_t n, std::vector<double>& tmp) {
  if (!c.scalar && c.size == n) return {c.data, n};
  tmp.assign(n, c.at(0));
  return tmp;
}

py::dict simulate_population(const sex_arg& s, const real_arg& age, const real_arg& mass,
                             const real_arg& pal, int days, const py::object& height_m,
                             const py::object& height_cm, const py::object& intake,
                             const py::object& intake_change, const py::object& intake_percent,
                             const py::object& fat_mass, unsigned threads, int steps_per_day,
                             double carbohydrate_share, bool with_trajectory) {
  population_columns p;
  p.sexes = sex_column(s.value, "sex");
  p.age = real_column(age.value, "age_years");
  p.mass = real_column(mass.value, "body_mass_kg");
  p.pal = real_column(pal.value, "physical_activity_level");
  if (height_m.is_none() == height_cm.is_none()) {
    throw py::value_error("give exactly one of height_m and height_cm");
  }
  if (!height_m.is_none()) {
    p.height_m = real_column(height_m, "height_m");
  } else {
    const column<double> cm = real_column(height_cm, "height_cm");
    p.height_storage.resize(cm.scalar ? 1 : cm.size);
    for (std::size_t i = 0; i < p.height_storage.size(); ++i)
      p.height_storage[i] = centimeters(cm.at(i)).in(meters);
    p.height_m.scalar = false;
    p.height_m.data = p.height_storage.data();
    p.height_m.size = p.height_storage.size();
  }
  p.has_fat = !fat_mass.is_none();
  if (p.has_fat) p.fat = real_column(fat_mass, "fat_mass_kg");
  p.n = common_size({{"sex", p.sexes.scalar ? 1 : p.sexes.size},
                     {"age_years", p.age.scalar ? 1 : p.age.size},
                     {"height", p.height_m.scalar ? 1 : p.height_m.size},
                     {"body_mass_kg", p.mass.scalar ? 1 : p.mass.size},
                     {"physical_activity_level", p.pal.scalar ? 1 : p.pal.size},
                     {"fat_mass_kg", !p.has_fat || p.fat.scalar ? 1 : p.fat.size}});
  const std::size_t n = p.n;
  if (days < 0) {
    physique::report_invalid_argument(
        physique::error_report{"days", static_cast<double>(days), "d", "must be >= 0", nullptr});
  }

  std::vector<double> t_age, t_height, t_mass, t_pal, t_fat;
  std::vector<sex> t_sex;
  std::span<const sex> sexes;
  if (!p.sexes.scalar && p.sexes.size == n) {
    sexes = {p.sexes.data, n};
  } else {
    t_sex.assign(n, p.sexes.at(0));
    sexes = t_sex;
  }
  // The batch takes typed columns: copy the numbers into quantities (8 bytes a person and
  // column, small next to the simulation).
  const std::span<const double> age_years = span_of(p.age, n, t_age);
  const std::span<const double> height_values = span_of(p.height_m, n, t_height);
  const std::span<const double> body_mass_kg = span_of(p.mass, n, t_mass);
  const std::span<const double> pal_values = span_of(p.pal, n, t_pal);
  std::vector<duration<double>> ages(n);
  std::vector<length<double>> heights(n);
  std::vector<physique::mass<double>> masses(n);
  std::vector<std::optional<physique::mass<double>>> fats;
  for (std::size_t i = 0; i < n; ++i) {
    ages[i] = years(age_years[i]);
    heights[i] = meters(height_values[i]);
    masses[i] = kilograms(body_mass_kg[i]);
  }
  if (p.has_fat) {
    const std::span<const double> fat_kg = span_of(p.fat, n, t_fat);
    fats.resize(n);
    for (std::size_t i = 0; i < n; ++i)
      fats[i] = kilograms(fat_kg[i]);
  }
  const energy::hall_population<double> pop{sexes, ages, heights, masses, pal_values, fats};

  // Intake: absolute (one per person, or a days x n table), or a change from baseline.
  const int given = static_cast<int>(!intake.is_none()) +
                    static_cast<int>(!intake_change.is_none()) +
                    static_cast<int>(!intake_percent.is_none());
  if (given != 1) {
    throw py::value_error(
        "give exactly one of intake_kcal_per_day, intake_change_kcal_per_day and "
        "intake_change_percent");
  }
  std::vector<double> intake_storage;
  std::span<const double> intake_span;
  py::object intake_keep;
  bool table = false;
  if (!intake.is_none()) {
    using array = py::array_t<double, py::array::c_style | py::array::forcecast>;
    array a = is_number(intake) ? array(py::ssize_t{1}) : array::ensure(intake);
    if (!a) throw py::type_error("intake_kcal_per_day must be a number or an array");
    if (is_number(intake)) a.mutable_data()[0] = intake.cast<double>();
    if (a.ndim() == 2) {
      table = true;
      if (a.shape(0) != days || static_cast<std::size_t>(a.shape(1)) != n) {
        throw py::value_error("an intake table must have shape (days, people)");
      }
      intake_span = {a.data(), static_cast<std::size_t>(a.size())};
    } else if (a.ndim() <= 1 && static_cast<std::size_t>(a.size()) == n) {
      intake_span = {a.data(), n};
    } else if (a.size() == 1) {
      intake_storage.assign(n, *a.data());
      intake_span = intake_storage;
    } else {
      throw py::value_error("intake_kcal_per_day must hold one value per person");
    }
    intake_keep = std::move(a);
  } else {
    const bool percent = !intake_percent.is_none();
    const column<double> change =
        real_column(percent ? intake_percent : intake_change,
                    percent ? "intake_change_percent" : "intake_change_kcal_per_day");
    common_size({{"people", n}, {"intake change", change.scalar ? 1 : change.size}});
    intake_storage.resize(n);
    // Baseline intake exactly as hall_model computes it: PAL x Mifflin-St Jeor.
    for (std::size_t i = 0; i < n; ++i) {
      const person<double> q{sexes[i], ages[i], heights[i], masses[i]};
      const double base = pal_values[i] * energy::mifflin_st_jeor{}(q).in(kilocalories_per_day);
      intake_storage[i] = percent ? base * (1.0 + change.at(i) / 100.0) : base + change.at(i);
    }
    intake_span = intake_storage;
  }

  std::vector<energy_rate<double>> intakes(intake_span.size());
  for (std::size_t i = 0; i < intake_span.size(); ++i)
    intakes[i] = kilocalories_per_day(intake_span[i]);
  const auto sn = static_cast<py::ssize_t>(n);
  py::array_t<double> bw(sn), fm(sn), ffm(sn);
  py::array_t<double> traj;
  std::vector<physique::mass<double>> bw_out(n), fm_out(n), ffm_out(n), traj_out;
  energy::hall_population_output<double> out{bw_out, fm_out, ffm_out, {}};
  if (with_trajectory) {
    traj = py::array_t<double>({static_cast<py::ssize_t>(days) + 1, sn});
    traj_out.resize(static_cast<std::size_t>(traj.size()));
    out.body_mass_trajectory = traj_out;
  }
  energy::hall_batch_options<double> options;
  options.threads = threads == 0 ? std::max(1U, std::thread::hardware_concurrency()) : threads;
  options.steps_per_day = steps_per_day;
  options.carbohydrate_share = carbohydrate_share;
  {
    py::gil_scoped_release release;
    if (table) {
      energy::simulate_population_table<double>(pop, intakes, days, out, options);
    } else {
      energy::simulate_population<double>(pop, intakes, days, out, options);
    }
  }
  auto copy_out = [](const std::vector<physique::mass<double>>& from, double* to) {
    for (std::size_t i = 0; i < from.size(); ++i)
      to[i] = from[i].in(kilograms);
  };
  copy_out(bw_out, bw.mutable_data());
  copy_out(fm_out, fm.mutable_data());
  copy_out(ffm_out, ffm.mutable_data());
  if (with_trajectory) copy_out(traj_out, traj.mutable_data());
  py::dict d;
  d["body_mass_kg"] = bw;
  d["fat_mass_kg"] = fm;
  d["fat_free_mass_kg"] = ffm;
  if (with_trajectory) d["body_mass_trajectory_kg"] = traj;
  return d;
}

void bind_population(py::module_& m) {
  m.def("simulate_population", &simulate_population, py::arg("sex"), py::arg("age_years"),
        py::arg("body_mass_kg"), py::arg("physical_activity_level"), py::kw_only(), py::arg("days"),
        py::arg("height_m") = py::none(), py::arg("height_cm") = py::none(),
        py::arg("intake_kcal_per_day") = py::none(),
        py::arg("intake_change_kcal_per_day") = py::none(),
        py::arg("intake_change_percent") = py::none(), py::arg("fat_mass_kg") = py::none(),
        py::arg("threads") = 1U, py::arg("steps_per_day") = 1, py::arg("carbohydrate_share") = 0.5,
        py::arg("trajectory") = false,
        ("The Hall et al. 2011 model for a whole population at once (the C++ batch: "
         "structure of arrays, vectorised across people, `threads` worker threads, 0 = one "
         "per core; the GIL is released). Columns are numpy arrays, one entry per person "
         "(a single value broadcasts): sex (uint8 codes 0 = male, 1 = female are read in "
         "place; strings are converted), age_years, body_mass_kg, physical_activity_level, "
         "height_m or height_cm, optional fat_mass_kg (else Jackson et al. 2002). float64 "
         "C-contiguous columns and height_m are read without copying. Intake: exactly one "
         "of intake_kcal_per_day (per person, or a (days, people) table), "
         "intake_change_kcal_per_day or intake_change_percent (from each person's baseline "
         "intake, PAL x Mifflin-St Jeor, as the model computes it). Returns a dict of new "
         "float64 arrays written in place by the batch: body_mass_kg, fat_mass_kg, "
         "fat_free_mass_kg after `days` days and, with trajectory=True, "
         "body_mass_trajectory_kg of shape (days + 1, people). Raises "
         "physique.InvalidArgument naming the field (and the person's index) for impossible "
         "input. " +
         source_line(energy::hall_2011_info))
            .c_str());
}

}  // namespace

void bind_hall(py::module_& m) {
  bind_model(m);
  bind_population(m);
}

}  // namespace physique_py
