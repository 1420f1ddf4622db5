// SPDX-License-Identifier: MIT
// Python bindings of physique::composition: body-fat and lean-mass estimators (BMI-based,
// circumferences, skinfolds, density conversions) and the indices, for one person or
// numpy columns.
#include <optional>
#include <string>

#include <physique/composition.hpp>

#include "common.hpp"

namespace physique_py {
namespace {

using namespace physique;
namespace comp = physique::composition;

person<double> make_person(sex s, double age_years, double height_cm, double body_mass_kg) {
  return person<double>{s, years(age_years), centimeters(height_cm), kilograms(body_mass_kg)};
}

comp::density_conversion parse_conversion(const std::string& text) {
  if (text == "siri_1961" || text == "siri") return comp::density_conversion::siri_1961;
  if (text == "brozek_1963" || text == "brozek") return comp::density_conversion::brozek_1963;
  physique::report_invalid_argument("conversion", text, "must be siri_1961 or brozek_1963");
}

const char* const person_doc =
    "\n\nArguments: sex ('male'/'female'), age_years, height_cm, body_mass_kg: numbers or "
    "numpy arrays (broadcast). Raises physique.InvalidArgument (a ValueError) for an "
    "impossible person.";

/// One function per person-based equation of `Family`; `unit_scale` reads the result.
template <class Family, class Read>
void bind_person_family(py::module_& m, const char* what, Read read) {
  comp::for_each_equation<Family>([&](auto equation) {
    using E = decltype(equation);
    const std::string doc = std::string(what) + " by " + source_line(E::info) + person_doc;
    m.def(
        E::info.id,
        [read](const sex_arg& s, const real_arg& a, const real_arg& h, const real_arg& w) {
          return map_columns(
              [read](sex x, double age, double height, double mass) {
                return read(E{}(make_person(x, age, height, mass)));
              },
              sex_column(s.value, "sex"), real_column(a.value, "age_years"),
              real_column(h.value, "height_cm"), real_column(w.value, "body_mass_kg"));
        },
        py::arg("sex"), py::arg("age_years"), py::arg("height_cm"), py::arg("body_mass_kg"),
        doc.c_str());
  });
}

void bind_estimators(py::module_& m) {
  bind_person_family<comp::bmi_fat_equations>(m, "Body fat (percent of body mass)",
                                              [](double v) { return v; });
  bind_person_family<comp::lean_body_mass_equations>(
      m, "Lean body mass (kg)", [](const mass<double>& v) { return v.in(kilograms); });

  const std::string navy =
      "Body fat (percent) from circumferences by the US Navy tape method. "
      "equation: 'us_navy_dod' (" +
      source_line(comp::us_navy_dod::info) + ") or 'us_navy_hodgdon_beckett_1984' (" +
      source_line(comp::us_navy_hodgdon_beckett::info) + ", Siri). hip_cm is read for women only.";
  m.def(
      "navy_body_fat_percent",
      [](const sex_arg& s, const real_arg& h, const real_arg& neck, const real_arg& waist,
         const real_arg& hip, const std::string& equation) {
        if (comp::find_equation<comp::circumference_equations>(equation.c_str()) == nullptr) {
          physique::report_invalid_argument("equation", equation,
                                            "must be us_navy_dod or us_navy_hodgdon_beckett_1984");
        }
        return map_columns(
            [equation](sex x, double height, double n, double w, double hp) {
              const comp::circumferences<double> c{centimeters(n), centimeters(w), centimeters(hp)};
              return comp::fat_percent_from_circumferences(equation.c_str(), x, centimeters(height),
                                                           c);
            },
            sex_column(s.value, "sex"), real_column(h.value, "height_cm"),
            real_column(neck.value, "neck_cm"), real_column(waist.value, "waist_cm"),
            real_column(hip.value, "hip_cm"));
      },
      py::arg("sex"), py::arg("height_cm"), py::arg("neck_cm"), py::arg("waist_cm"),
      py::arg("hip_cm") = real_arg{py::float_(0.0)}, py::kw_only(),
      py::arg("equation") = "us_navy_dod", navy.c_str());

  const std::string jp3 =
      "Body fat (percent) from three skinfolds (mm) by Jackson & Pollock: men chest_mm, "
      "abdomen_mm, thigh_mm (" +
      source_line(comp::jackson_pollock_3_male::info) +
      "); women triceps_mm, suprailiac_mm, "
      "thigh_mm (" +
      source_line(comp::jackson_pollock_3_female::info) +
      "). Density converted by conversion='siri_1961' (default) or 'brozek_1963'. Scalars.";
  m.def(
      "jackson_pollock_3",
      [](const std::string& s, double age, double thigh, std::optional<double> chest,
         std::optional<double> abdomen, std::optional<double> triceps,
         std::optional<double> suprailiac, const std::string& conversion) {
        const comp::density_conversion c = parse_conversion(conversion);
        if (parse_sex(s) == sex::male) {
          if (!chest || !abdomen) {
            physique::report_invalid_argument("skinfolds", "men", "need chest_mm and abdomen_mm");
          }
          return comp::jackson_pollock_3_male{}(
              years(age),
              comp::jp3_male_skinfolds<double>{millimeters(*chest), millimeters(*abdomen),
                                               millimeters(thigh)},
              c);
        }
        if (!triceps || !suprailiac) {
          physique::report_invalid_argument("skinfolds", "women",
                                            "need triceps_mm and suprailiac_mm");
        }
        return comp::jackson_pollock_3_female{}(
            years(age),
            comp::jp3_female_skinfolds<double>{millimeters(*triceps), millimeters(*suprailiac),
                                               millimeters(thigh)},
            c);
      },
      py::arg("sex"), py::arg("age_years"), py::kw_only(), py::arg("thigh_mm"),
      py::arg("chest_mm") = py::none(), py::arg("abdomen_mm") = py::none(),
      py::arg("triceps_mm") = py::none(), py::arg("suprailiac_mm") = py::none(),
      py::arg("conversion") = "siri_1961", jp3.c_str());

  const std::string jp7 = "Body fat (percent) from seven skinfolds (mm) by Jackson & Pollock (" +
                          source_line(comp::jackson_pollock_7_male::info) +
                          "; women: " + source_line(comp::jackson_pollock_7_female::info) +
                          "). Density converted by Siri (default) or Brozek. Scalars.";
  m.def(
      "jackson_pollock_7",
      [](const std::string& s, double age, double chest, double midaxillary, double triceps,
         double subscapular, double abdomen, double suprailiac, double thigh,
         const std::string& conversion) {
        const comp::seven_skinfolds<double> f{millimeters(chest),   millimeters(midaxillary),
                                              millimeters(triceps), millimeters(subscapular),
                                              millimeters(abdomen), millimeters(suprailiac),
                                              millimeters(thigh)};
        const comp::density_conversion c = parse_conversion(conversion);
        if (parse_sex(s) == sex::male) return comp::jackson_pollock_7_male{}(years(age), f, c);
        return comp::jackson_pollock_7_female{}(years(age), f, c);
      },
      py::arg("sex"), py::arg("age_years"), py::kw_only(), py::arg("chest_mm"),
      py::arg("midaxillary_mm"), py::arg("triceps_mm"), py::arg("subscapular_mm"),
      py::arg("abdomen_mm"), py::arg("suprailiac_mm"), py::arg("thigh_mm"),
      py::arg("conversion") = "siri_1961", jp7.c_str());

  m.def(
      "siri_1961",
      [](const real_arg& d) {
        return map_columns([](double x) { return comp::siri_1961{}(grams_per_milliliter(x)); },
                           real_column(d.value, "density_g_per_ml"));
      },
      py::arg("density_g_per_ml"),
      ("Body fat (percent) from body density: 495 / D - 450. " + source_line(comp::siri_1961::info))
          .c_str());
  m.def(
      "brozek_1963",
      [](const real_arg& d) {
        return map_columns([](double x) { return comp::brozek_1963{}(grams_per_milliliter(x)); },
                           real_column(d.value, "density_g_per_ml"));
      },
      py::arg("density_g_per_ml"),
      ("Body fat (percent) from body density: 457 / D - 414.2. " +
       source_line(comp::brozek_1963::info))
          .c_str());
}

void bind_indices(py::module_& m) {
  m.def(
      "body_mass_index",
      [](const real_arg& w, const real_arg& h) {
        return map_columns(
            [](double mass, double height) {
              return body_mass_index(kilograms(mass), centimeters(height));
            },
            real_column(w.value, "body_mass_kg"), real_column(h.value, "height_cm"));
      },
      py::arg("body_mass_kg"), py::arg("height_cm"),
      "Body-mass index, kg/m^2 (Quetelet): body mass / height^2.");
  m.def(
      "who_bmi_category",
      [](double bmi) { return std::string(comp::to_string(comp::who_bmi_category(bmi))); },
      py::arg("bmi"),
      "The WHO adult BMI class of a BMI (WHO Technical Report Series 894, 2000, Table 2.1).");
  m.def(
      "fat_free_mass_index",
      [](const real_arg& ffm, const real_arg& h) {
        return map_columns(
            [](double f, double height) {
              return comp::fat_free_mass_index(kilograms(f), centimeters(height));
            },
            real_column(ffm.value, "fat_free_mass_kg"), real_column(h.value, "height_cm"));
      },
      py::arg("fat_free_mass_kg"), py::arg("height_cm"),
      ("Fat-free mass index, kg/m^2: FFM / height^2. " + source_line(comp::kouri_1995::info))
          .c_str());
  m.def(
      "normalized_fat_free_mass_index",
      [](const real_arg& ffm, const real_arg& h) {
        return map_columns(
            [](double f, double height) {
              return comp::normalized_fat_free_mass_index(kilograms(f), centimeters(height));
            },
            real_column(ffm.value, "fat_free_mass_kg"), real_column(h.value, "height_cm"));
      },
      py::arg("fat_free_mass_kg"), py::arg("height_cm"),
      ("FFMI normalised to 1.80 m: FFMI + 6.3 (1.8 - height in m). " +
       source_line(comp::kouri_1995::info))
          .c_str());
  m.def(
      "composition_equation",
      [](const std::string& id) {
        const equation_info* info = comp::find_equation(id.c_str());
        if (info == nullptr) {
          physique::report_invalid_argument("equation", id, "is not a composition equation id");
        }
        return to_dict(*info);
      },
      py::arg("id"),
      "Provenance of a composition equation: id, name, source, population and bounds.");
}

}  // namespace

void bind_composition(py::module_& m) {
  bind_estimators(m);
  bind_indices(m);
}

}  // namespace physique_py
