// SPDX-License-Identifier: MIT
// Python bindings of physique::training's lift math: 1RM formulas, RPE / RIR and the RTS
// chart, and the powerlifting strength scores (Wilks, Wilks 2020, DOTS, IPF GL).
#include <cmath>
#include <optional>
#include <string>

#include <physique/training.hpp>

#include "common.hpp"

namespace physique_py {
namespace {

using namespace physique;
namespace tr = physique::training;

tr::one_rep_max_formula formula_by_id(const std::string& id) {
  const auto f = tr::find_one_rep_max_formula(id.c_str());
  if (!f) {
    physique::report_invalid_argument("formula", id,
                                      "must be epley, brzycki, lander, lombardi, mayhew, "
                                      "oconner or wathan");
  }
  return *f;
}

/// Repetitions as a whole number: a fractional or non-finite count is impossible input.
int whole_reps(double reps) {
  if (!(std::isfinite(reps) && std::floor(reps) == reps && std::fabs(reps) < 1e6)) {
    physique::report_invalid_argument(
        physique::error_report{"reps", reps, "", "must be a whole number", nullptr});
  }
  return static_cast<int>(reps);
}

tr::single_rep_convention parse_convention(bool formula_for_single) {
  return formula_for_single ? tr::single_rep_convention::formula
                            : tr::single_rep_convention::single_is_max;
}

std::string formulas_doc() {
  std::string s;
  tr::for_each_one_rep_max_equation([&s](auto e) {
    s += "\n- ";
    s += decltype(e)::info.id;
    s += ": ";
    s += source_line(decltype(e)::info.source);
  });
  return s;
}

void bind_one_rep_max(py::module_& m) {
  const std::string sources = formulas_doc();
  m.def(
      "one_rep_max",
      [](const real_arg& load, const real_arg& reps, const std::string& formula, bool single) {
        const tr::one_rep_max_formula f = formula_by_id(formula);
        const tr::single_rep_convention c = parse_convention(single);
        return map_columns(
            [f, c](double w, double r) {
              return tr::one_rep_max(f, kilograms(w), whole_reps(r), c).in(kilograms);
            },
            real_column(load.value, "load_kg"), real_column(reps.value, "reps"));
      },
      py::arg("load_kg"), py::arg("reps"), py::kw_only(), py::arg("formula") = "epley",
      py::arg("formula_for_single") = false,
      ("Estimated one-repetition maximum (kg) from a set of load_kg x reps by a published "
       "formula (numbers or numpy columns). A single is its own 1RM unless "
       "formula_for_single=True. Raises for reps < 1 or a load that is not positive. "
       "Formulas:" +
       sources)
          .c_str());
  m.def(
      "load_for_reps",
      [](const real_arg& one_rm, const real_arg& reps, const std::string& formula, bool single) {
        const tr::one_rep_max_formula f = formula_by_id(formula);
        const tr::single_rep_convention c = parse_convention(single);
        return map_columns(
            [f, c](double w, double r) {
              return tr::load_for_reps(f, kilograms(w), whole_reps(r), c).in(kilograms);
            },
            real_column(one_rm.value, "one_rep_max_kg"), real_column(reps.value, "reps"));
      },
      py::arg("one_rep_max_kg"), py::arg("reps"), py::kw_only(), py::arg("formula") = "epley",
      py::arg("formula_for_single") = false,
      ("The load (kg) that can be lifted `reps` times given a 1RM, by the inverse of the "
       "formula. Formulas:" +
       sources)
          .c_str());
  m.def(
      "one_rep_max_validity",
      [](const std::string& formula, int reps) {
        return to_dict(tr::one_rep_max_validity(formula_by_id(formula), reps));
      },
      py::arg("formula"), py::arg("reps"),
      "Whether a rep count lies in the range the formula was fitted on (a validity dict).");
}

void bind_rpe(py::module_& m) {
  m.def(
      "reps_in_reserve",
      [](const real_arg& rpe) {
        return map_columns([](double r) { return tr::reps_in_reserve(r); },
                           real_column(rpe.value, "rpe"));
      },
      py::arg("rpe"),
      "Repetitions in reserve for an RPE on the RIR-based scale: RIR = 10 - RPE (Zourdos MC "
      "et al., J Strength Cond Res 2016;30(1):267-275, Table 1; one-to-one from RPE 7 up).");
  m.def(
      "rpe_from_reps_in_reserve",
      [](const real_arg& rir) {
        return map_columns([](double r) { return tr::rpe_from_reps_in_reserve(r); },
                           real_column(rir.value, "reps_in_reserve"));
      },
      py::arg("reps_in_reserve"), "RPE = 10 - RIR (Zourdos et al. 2016).");
  m.def(
      "one_rep_max_at_rpe",
      [](double load, double reps, double rpe) -> py::object {
        const auto e = tr::one_rep_max_at_rpe(kilograms(load), whole_reps(reps), rpe);
        if (!e) return py::none();
        return py::float_(e->in(kilograms));
      },
      py::arg("load_kg"), py::arg("reps"), py::arg("rpe"),
      "Estimated 1RM (kg) from load_kg x reps @ rpe by the RTS RPE chart (Tuchscherer M, "
      "The Reactive Training Manual, 2008): load / chart fraction. None outside the chart.");
  m.def(
      "load_for_reps_at_rpe",
      [](double one_rm, double reps, double rpe) -> py::object {
        const auto e = tr::load_for_reps_at_rpe(kilograms(one_rm), whole_reps(reps), rpe);
        if (!e) return py::none();
        return py::float_(e->in(kilograms));
      },
      py::arg("one_rep_max_kg"), py::arg("reps"), py::arg("rpe"),
      "The load (kg) for reps @ rpe given a 1RM, by the RTS RPE chart. None outside it.");
}

void bind_strength_scores(py::module_& m) {
  std::string sources;
  tr::for_each_strength_score([&sources](auto e) {
    sources += "\n- ";
    sources += decltype(e)::info.id;
    sources += ": ";
    sources += source_line(decltype(e)::info.source);
  });
  m.def(
      "strength_score",
      [](const sex_arg& s, const real_arg& body_mass, const real_arg& total,
         const std::string& score, const std::string& event, const std::string& equipment) {
        const auto kind = tr::find_strength_score(score.c_str());
        if (!kind) {
          physique::report_invalid_argument("score", score,
                                            "must be wilks, wilks_2020, dots or ipf_gl");
        }
        if (event != "full_power" && event != "bench_press") {
          physique::report_invalid_argument("event", event, "must be full_power or bench_press");
        }
        if (equipment != "raw" && equipment != "equipped") {
          physique::report_invalid_argument("equipment", equipment, "must be raw or equipped");
        }
        const tr::lift_event ev =
            event == "full_power" ? tr::lift_event::full_power : tr::lift_event::bench_press;
        const tr::lift_equipment eq =
            equipment == "raw" ? tr::lift_equipment::raw : tr::lift_equipment::equipped;
        const tr::strength_score k = *kind;
        return map_columns(
            [k, ev, eq](sex x, double bw, double t) {
              return tr::score(k, x, kilograms(bw), kilograms(t), ev, eq);
            },
            sex_column(s.value, "sex"), real_column(body_mass.value, "body_mass_kg"),
            real_column(total.value, "total_kg"));
      },
      py::arg("sex"), py::arg("body_mass_kg"), py::arg("total_kg"), py::kw_only(),
      py::arg("score") = "dots", py::arg("event") = "full_power", py::arg("equipment") = "raw",
      ("Powerlifting points (unrounded; federations round to 2 decimals) for a lifted total "
       "at a body mass. event and equipment are read by IPF GL only. Scores:" +
       sources)
          .c_str());
}

}  // namespace

void bind_training(py::module_& m) {
  bind_one_rep_max(m);
  bind_rpe(m);
  bind_strength_scores(m);
}

}  // namespace physique_py
