// SPDX-License-Identifier: MIT
// Python bindings of physique::nutrition: macro splits (one person or numpy columns) and
// the published macro presets with their sources.
#include <optional>
#include <string>

#include <physique/nutrition.hpp>

#include "common.hpp"

namespace physique_py {
namespace {

using namespace physique;
namespace nut = physique::nutrition;

nut::protein_basis parse_basis(const std::string& text) {
  if (text == "body_mass") return nut::protein_basis::body_mass;
  if (text == "fat_free_mass") return nut::protein_basis::fat_free_mass;
  physique::report_invalid_argument("protein_basis", text, "must be body_mass or fat_free_mass");
}

nut::macro_rule<double> make_rule(const std::optional<std::string>& preset, double protein,
                                  const std::string& basis, double fat_share, double fat_min) {
  if (preset) {
    const nut::macro_preset* p = nut::find_macro_preset(preset->c_str());
    if (p == nullptr) physique::report_invalid_argument("preset", *preset, "is not a preset id");
    return p->rule<double>();
  }
  nut::macro_rule<double> r;
  r.protein.grams_per_kg = protein;
  r.protein.basis = parse_basis(basis);
  r.fat.share_of_energy = fat_share;
  r.fat.minimum_grams_per_kg = fat_min;
  return r;
}

py::dict split(const real_arg& target, const real_arg& body_mass, const py::object& ffm,
               const std::optional<std::string>& preset, double protein, const std::string& basis,
               double fat_share, double fat_min) {
  const nut::macro_rule<double> rule = make_rule(preset, protein, basis, fat_share, fat_min);
  const column<double> t = real_column(target.value, "energy_target_kcal_per_day");
  const column<double> w = real_column(body_mass.value, "body_mass_kg");
  const bool has_ffm = !ffm.is_none();
  const column<double> f = has_ffm ? real_column(ffm, "fat_free_mass_kg") : column<double>{};
  auto one = [&rule, has_ffm](double target_kcal, double mass, double lean) {
    if (has_ffm) {
      return nut::split_macros(kilocalories_per_day(target_kcal),
                               composition::body_composition<double>::from_masses(
                                   kilograms(mass - lean), kilograms(lean)),
                               rule);
    }
    return nut::split_macros(kilocalories_per_day(target_kcal), kilograms(mass), rule);
  };
  py::dict d;
  if (t.scalar && w.scalar && (!has_ffm || f.scalar)) {
    const nut::macro_split<double> s = one(t.single, w.single, f.single);
    d["protein_g"] = s.grams.protein.in(grams_per_day);
    d["fat_g"] = s.grams.fat.in(grams_per_day);
    d["carbohydrate_g"] = s.grams.carbohydrate.in(grams_per_day);
    d["fat_floor_applied"] = s.fat_floor_applied;
    return d;
  }
  const std::size_t n = common_size({{"energy_target_kcal_per_day", t.scalar ? 1 : t.size},
                                     {"body_mass_kg", w.scalar ? 1 : w.size},
                                     {"fat_free_mass_kg", !has_ffm || f.scalar ? 1 : f.size}});
  const auto sn = static_cast<py::ssize_t>(n);
  py::array_t<double> p(sn), fat(sn), c(sn);
  py::array_t<bool> floor(sn);
  double* pp = p.mutable_data();
  double* pf = fat.mutable_data();
  double* pc = c.mutable_data();
  bool* pb = floor.mutable_data();
  {
    py::gil_scoped_release release;
    std::size_t i = 0;
    try {
      for (; i < n; ++i) {
        const nut::macro_split<double> s = one(t.at(i), w.at(i), has_ffm ? f.at(i) : 0.0);
        pp[i] = s.grams.protein.in(grams_per_day);
        pf[i] = s.grams.fat.in(grams_per_day);
        pc[i] = s.grams.carbohydrate.in(grams_per_day);
        pb[i] = s.fat_floor_applied;
      }
    } catch (const physique::invalid_argument& e) {
      rethrow_at(e, i);
    }
  }
  d["protein_g"] = p;
  d["fat_g"] = fat;
  d["carbohydrate_g"] = c;
  d["fat_floor_applied"] = floor;
  return d;
}

}  // namespace

void bind_nutrition(py::module_& m) {
  m.def("split_macros", &split, py::arg("energy_target_kcal_per_day"), py::arg("body_mass_kg"),
        py::kw_only(), py::arg("fat_free_mass_kg") = py::none(), py::arg("preset") = py::none(),
        py::arg("protein_g_per_kg") = 1.6, py::arg("protein_basis") = "body_mass",
        py::arg("fat_share_of_energy") = 0.30, py::arg("fat_minimum_g_per_kg") = 0.0,
        "Splits a daily energy target into grams per day of protein, fat and carbohydrate: "
        "protein = g/kg x body (or fat-free) mass; fat = max(share x target / 9, floor x "
        "body mass); carbohydrate = the rest / 4 (Atwater general factors 4/9/4 kcal/g; "
        "Atwater & Bryant 1900). The rule is the arguments' or a preset's "
        "(`macro_presets()`: deficit_fat_free_mass, deficit_body_mass, maintenance, "
        "surplus, with their sources). Numbers or numpy columns; returns a dict "
        "{'protein_g', 'fat_g', 'carbohydrate_g', 'fat_floor_applied'}. Raises when protein "
        "(or protein + fat) exceeds the target, or a protein basis of fat_free_mass comes "
        "without fat_free_mass_kg.");
  m.def(
      "macro_presets",
      [] {
        py::list out;
        for (const nut::macro_preset& p : nut::macro_presets) {
          py::dict d;
          d["id"] = p.id;
          d["name"] = p.name;
          d["goal"] = nut::to_string(p.goal);
          d["protein_basis"] = nut::to_string(p.basis);
          d["protein_g_per_kg_range"] =
              py::make_tuple(p.protein_g_per_kg.low, p.protein_g_per_kg.high);
          d["protein_g_per_kg"] = p.protein_default;
          d["protein_source"] = to_dict(p.protein_source);
          d["fat_share_range"] = py::make_tuple(p.fat_share.low, p.fat_share.high);
          d["fat_share_of_energy"] = p.fat_share_default;
          d["fat_source"] = to_dict(p.fat_source);
          out.append(d);
        }
        return out;
      },
      "The published macro presets: protein and fat ranges, the defaults used, and sources.");
}

}  // namespace physique_py
