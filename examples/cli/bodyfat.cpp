// SPDX-License-Identifier: MIT
// `physique bodyfat`: body fat by every method whose measurements are given (US Navy tape,
// Jackson-Pollock 3 and 7 sites, Durnin-Womersley, the BMI-based equations, RFM).
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <physique/composition/bmi_category.hpp>
#include <physique/composition/body_composition.hpp>
#include <physique/composition/deurenberg.hpp>
#include <physique/composition/durnin_womersley.hpp>
#include <physique/composition/jackson_2002.hpp>
#include <physique/composition/jackson_pollock.hpp>
#include <physique/composition/relative_fat_mass.hpp>
#include <physique/composition/us_navy.hpp>

#include "cli.hpp"

namespace physique::cli {

namespace {

struct estimate {
  const char* method;
  const equation_info* info;
  double percent;
  std::optional<validity_report> validity;  ///< nothing when the age is not known
};

std::optional<length<double>> length_flag(const arguments& a, const char* flag) {
  if (auto v = a.get(flag)) return parse_length(flag, *v);
  return std::nullopt;
}

}  // namespace

int run_bodyfat(const std::vector<std::string>& tokens) {
  const arguments a(tokens, {{"--sex", true},
                             {"--age", true},
                             {"--height", true},
                             {"--weight", true},
                             {"--neck", true},
                             {"--waist", true},
                             {"--hip", true},
                             {"--chest", true},
                             {"--abdomen", true},
                             {"--thigh", true},
                             {"--triceps", true},
                             {"--suprailiac", true},
                             {"--midaxillary", true},
                             {"--subscapular", true},
                             {"--biceps", true}});
  if (a.help()) {
    std::cout << usage_of("bodyfat");
    return 0;
  }
  if (!a.positional().empty()) throw usage_error{"unexpected argument " + a.positional().front()};

  std::optional<physique::sex> sx;
  if (auto v = a.get("--sex")) sx = parse_sex("--sex", *v);
  std::optional<duration<double>> age;
  if (auto v = a.get("--age")) age = parse_age("--age", *v);
  const std::optional<length<double>> height = length_flag(a, "--height");
  std::optional<mass<double>> weight;
  if (auto v = a.get("--weight")) weight = parse_mass("--weight", *v);

  std::optional<person<double>> who;
  if (sx && age && height && weight) {
    who = person<double>{*sx, *age, *height, *weight};
    validate(*who);
  } else {
    if (age) {
      detail::require_within("age", age->in(years), 0.0, 130.0, "yr", "must be within 0-130 years");
    }
    if (weight) detail::require_positive("body_mass", *weight);
    if (height) detail::require_positive("height", *height);
  }

  const auto need = [&](const char* method, bool need_sex, bool need_height, bool need_age) {
    std::string missing;
    if (need_sex && !sx) missing += " --sex";
    if (need_height && !height) missing += " --height";
    if (need_age && !age) missing += " --age";
    if (!missing.empty()) throw usage_error{std::string(method) + " needs" + missing};
  };

  std::vector<estimate> rows;

  // Tape: US Navy (both published forms) and the Relative Fat Mass.
  const auto neck = length_flag(a, "--neck");
  const auto waist = length_flag(a, "--waist");
  const auto hip = length_flag(a, "--hip");
  if (neck || hip) {
    need("the US Navy tape method", true, true, false);
    if (!neck || !waist || (*sx == sex::female && !hip)) {
      throw usage_error{*sx == sex::female ? "the US Navy tape method needs --neck, --waist, --hip"
                                           : "the US Navy tape method needs --neck and --waist"};
    }
    const composition::circumferences<double> c{*neck, *waist, hip.value_or(length<double>{})};
    rows.push_back({"tape", &composition::us_navy_hodgdon_beckett::info,
                    composition::us_navy_hodgdon_beckett{}(*sx, *height, c),
                    age ? std::optional(composition::us_navy_hodgdon_beckett{}.validity(*sx, *age))
                        : std::nullopt});
    rows.push_back(
        {"tape", &composition::us_navy_dod::info, composition::us_navy_dod{}(*sx, *height, c),
         age ? std::optional(composition::us_navy_dod{}.validity(*sx, *age)) : std::nullopt});
  }
  if (waist) {
    need("the Relative Fat Mass", true, true, false);
    rows.push_back(
        {"tape", &composition::relative_fat_mass::info,
         composition::relative_fat_mass{}(*sx, *height, *waist),
         age ? std::optional(composition::relative_fat_mass{}.validity(*sx, *age)) : std::nullopt});
  }

  // Skinfolds.
  const auto chest = length_flag(a, "--chest");
  const auto abdomen = length_flag(a, "--abdomen");
  const auto thigh = length_flag(a, "--thigh");
  const auto triceps = length_flag(a, "--triceps");
  const auto suprailiac = length_flag(a, "--suprailiac");
  const auto midaxillary = length_flag(a, "--midaxillary");
  const auto subscapular = length_flag(a, "--subscapular");
  const auto biceps = length_flag(a, "--biceps");
  const bool any_fold =
      chest || abdomen || thigh || triceps || suprailiac || midaxillary || subscapular || biceps;
  bool folds_used = false;
  if (any_fold) {
    need("the skinfold equations", true, false, true);
    if (*sx == sex::male && chest && abdomen && thigh) {
      const composition::jp3_male_skinfolds<double> s{*chest, *abdomen, *thigh};
      rows.push_back({"skinfolds", &composition::jackson_pollock_3_male::info,
                      composition::jackson_pollock_3_male{}(*age, s),
                      composition::jackson_pollock_3_male{}.validity(*sx, *age)});
      folds_used = true;
    }
    if (*sx == sex::female && triceps && suprailiac && thigh) {
      const composition::jp3_female_skinfolds<double> s{*triceps, *suprailiac, *thigh};
      rows.push_back({"skinfolds", &composition::jackson_pollock_3_female::info,
                      composition::jackson_pollock_3_female{}(*age, s),
                      composition::jackson_pollock_3_female{}.validity(*sx, *age)});
      folds_used = true;
    }
    if (chest && midaxillary && triceps && subscapular && abdomen && suprailiac && thigh) {
      const composition::seven_skinfolds<double> s{*chest,   *midaxillary, *triceps, *subscapular,
                                                   *abdomen, *suprailiac,  *thigh};
      if (*sx == sex::male) {
        rows.push_back({"skinfolds", &composition::jackson_pollock_7_male::info,
                        composition::jackson_pollock_7_male{}(*age, s),
                        composition::jackson_pollock_7_male{}.validity(*sx, *age)});
      } else {
        rows.push_back({"skinfolds", &composition::jackson_pollock_7_female::info,
                        composition::jackson_pollock_7_female{}(*age, s),
                        composition::jackson_pollock_7_female{}.validity(*sx, *age)});
      }
      folds_used = true;
    }
    if (biceps && triceps && subscapular && suprailiac) {
      const composition::four_skinfolds<double> s{*biceps, *triceps, *subscapular, *suprailiac};
      rows.push_back({"skinfolds", &composition::durnin_womersley_1974::info,
                      composition::durnin_womersley_1974{}(*sx, *age, s),
                      composition::durnin_womersley_1974{}.validity(*sx, *age)});
      folds_used = true;
    }
    if (!folds_used) {
      throw usage_error{
          "the skinfolds given complete no equation: JP3 men --chest --abdomen --thigh, "
          "JP3 women --triceps --suprailiac --thigh, JP7 all seven, Durnin-Womersley "
          "--biceps --triceps --subscapular --suprailiac"};
    }
  }

  // BMI-based.
  if (who) {
    rows.push_back({"bmi", &composition::jackson_2002::info, composition::jackson_2002{}(*who),
                    composition::jackson_2002{}.validity(*who)});
    rows.push_back({"bmi", &composition::deurenberg_1991::info,
                    composition::deurenberg_1991{}(*who),
                    composition::deurenberg_1991{}.validity(*who)});
  }

  if (rows.empty()) {
    throw usage_error{
        "nothing to estimate: give the four person options (BMI-based), tape measurements "
        "or skinfolds"};
  }

  std::optional<double> bmi;
  if (height && weight) bmi = body_mass_index(*weight, *height);

  if (a.json()) {
    json_writer w;
    w.begin_object();
    if (bmi) {
      w.member("bmi", *bmi);
      w.member("bmi_category", composition::to_string(composition::who_bmi_category(*bmi)));
    }
    w.key("estimates").begin_array();
    for (const estimate& e : rows) {
      w.begin_object();
      w.member("method", e.method);
      w.member("id", e.info->id);
      w.member("name", e.info->name);
      w.member("fat_percent", e.percent);
      if (weight) {
        w.member("fat_mass_kg", weight->in(kilograms)*e.percent / 100.0);
        w.member("fat_free_mass_kg", weight->in(kilograms) * (1.0 - e.percent / 100.0));
      }
      w.key("validity");
      e.validity ? write_validity(w, *e.validity) : static_cast<void>(w.null());
      w.member("population", e.info->domain.population);
      w.key("source");
      write_citation(w, e.info->source);
      w.end_object();
    }
    w.end_array();
    w.end_object();
    std::cout << w.str() << '\n';
    return 0;
  }

  std::cout << "Body fat";
  if (who) std::cout << ": " << describe_person(*who);
  std::cout << "\n\n";
  std::vector<std::string> header{"method", "equation", "fat %"};
  if (weight) {
    header.emplace_back("fat kg");
    header.emplace_back("lean kg");
  }
  header.emplace_back("validity");
  text_table table(header, weight ? "llrrrl" : "llrl");
  for (const estimate& e : rows) {
    std::vector<std::string> row{e.method, e.info->name, fixed(e.percent, 1)};
    if (weight) {
      row.push_back(fixed(weight->in(kilograms)*e.percent / 100.0, 1));
      row.push_back(fixed(weight->in(kilograms) * (1.0 - e.percent / 100.0), 1));
    }
    row.push_back(e.validity ? describe_validity(*e.validity) : "age not given");
    table.add(row);
  }
  table.print(std::cout);
  if (bmi) {
    std::cout << "\nBMI " << fixed(*bmi, 1) << " ("
              << composition::to_string(composition::who_bmi_category(*bmi)) << ", WHO)\n";
  }
  std::cout << "\nSources:\n";
  for (const estimate& e : rows) {
    std::cout << "  " << e.info->id << ": " << describe_citation(e.info->source) << '\n';
  }
  return 0;
}

}  // namespace physique::cli
