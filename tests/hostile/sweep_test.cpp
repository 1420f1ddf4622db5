// SPDX-License-Identifier: MIT
// The hostile-input sweep: every public entry point that takes a number, fed the classes of
// bad input (NaN, +-inf, 0, negative, denormal, 1e300) and its valid boundary values. Each
// row names one input of one function and its valid range; the outcome must be a finite
// value inside the range and an invalid_argument naming that input outside it. Adding a
// function is adding a row (docs/core.md, "Plausible bounds").
#include <physique/composition.hpp>
#include <physique/core/literals.hpp>
#include <physique/energy.hpp>
#include <physique/nutrition.hpp>
#include <physique/training.hpp>

#include <doctest/doctest.h>

#include <array>
#include <climits>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <span>
#include <string>
#include <vector>

using namespace physique;
using namespace physique::literals;

namespace {

namespace comp = physique::composition;
namespace en = physique::energy;
namespace nu = physique::nutrition;
namespace tr = physique::training;

/// The valid values of one input: [low, high] (low excluded when `low_open`).
struct valid_range {
  double low;
  double high;
  bool low_open = false;
  [[nodiscard]] bool contains(double x) const {
    return std::isfinite(x) && (low_open ? x > low : x >= low) && x <= high;
  }
};

/// One input of one public function. `call` evaluates the function with every other input
/// at a typical value and this one at `x`, and returns a number that is finite exactly when
/// every output is (a sum of the outputs, say).
struct row {
  const char* function;
  const char* field;  ///< the parameter an error must name
  valid_range valid;
  double typical;
  std::function<double(double)> call;
  const char* also = nullptr;    ///< a second acceptable name (an error about a relation)
  bool impossible_only = false;  ///< assert only on impossible input (see the Hall rows)
};

/// Numbers a hostile caller types.
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();
const std::array<double, 11> hostile{
    nan,    inf,   -inf,   0.0, -0.0, -1.0, std::numeric_limits<double>::denorm_min(),
    1e-310, 1e300, -1e300, 1e12};

person<double> adult(double age = 30, double cm = 180, double kg = 80) {
  return person<double>{sex::male, years(age), centimeters(cm), kilograms(kg)};
}

// Row builders for the inputs many functions share.
template <class F>
std::vector<row> person_rows(const char* name, F f) {
  return {
      {name, "age", {0, 130}, 30, [f](double x) { return f(adult(x, 180, 80)); }},
      {name, "height", {20, 280}, 180, [f](double x) { return f(adult(30, x, 80)); }},
      {name, "body_mass", {0.25, 700}, 80, [f](double x) { return f(adult(30, 180, x)); }},
  };
}

double kcal(const energy_rate<double>& e) {
  return e.in(kilocalories_per_day);
}

std::vector<row> composition_rows() {
  std::vector<row> rows;
  const auto add = [&rows](std::vector<row> more) {
    rows.insert(rows.end(), more.begin(), more.end());
  };
  for (row r : person_rows("body_mass_index", [](const person<double>& p) {
         return body_mass_index(p.body_mass, p.height);
       })) {
    if (std::string(r.field) != "age") rows.push_back(r);  // BMI takes no age
  }
  add(person_rows("validate(person)", [](const person<double>& p) {
    validate(p);
    return 0.0;
  }));
  add(person_rows("jackson_2002", [](const person<double>& p) { return comp::jackson_2002{}(p); }));
  add(person_rows("deurenberg_1991",
                  [](const person<double>& p) { return comp::deurenberg_1991{}(p); }));
  add(person_rows("deurenberg_1991_child",
                  [](const person<double>& p) { return comp::deurenberg_1991_child{}(p); }));
  add(person_rows("boer_1984",
                  [](const person<double>& p) { return comp::boer_1984{}(p).in(kilograms); }));
  add(person_rows("james_1976",
                  [](const person<double>& p) { return comp::james_1976{}(p).in(kilograms); }));
  add(person_rows("hume_1966",
                  [](const person<double>& p) { return comp::hume_1966{}(p).in(kilograms); }));
  const auto navy = [](double h, double neck, double waist, double hip, sex s) {
    return comp::us_navy_dod{}(
        s, centimeters(h),
        comp::circumferences<double>{centimeters(neck), centimeters(waist), centimeters(hip)});
  };
  const auto navy_density = [](double h, double neck, double waist, double hip, sex s) {
    return comp::us_navy_hodgdon_beckett{}
        .density(
            s, centimeters(h),
            comp::circumferences<double>{centimeters(neck), centimeters(waist), centimeters(hip)})
        .in(grams_per_milliliter);
  };
  rows.push_back({"us_navy_dod", "height", {20, 280}, 180, [navy](double x) {
                    return navy(x, 38, 90, 0, sex::male);
                  }});
  rows.push_back({"us_navy_dod", "neck", {5, 89}, 38, [navy](double x) {
                    return navy(180, x, 90, 0, sex::male);
                  }});
  rows.push_back({"us_navy_dod", "waist", {39, 350}, 90, [navy](double x) {
                    return navy(180, 38, x, 0, sex::male);
                  }});
  rows.push_back({"us_navy_dod", "hip", {5, 350}, 100, [navy](double x) {
                    return navy(165, 33, 75, x, sex::female);
                  }});
  rows.push_back({"us_navy_hodgdon_beckett", "waist", {39, 350}, 90, [navy_density](double x) {
                    return navy_density(180, 38, x, 0, sex::male);
                  }});
  rows.push_back({"us_navy_hodgdon_beckett", "height", {20, 280}, 180, [navy_density](double x) {
                    return navy_density(x, 38, 90, 0, sex::male);
                  }});
  rows.push_back({"relative_fat_mass", "height", {20, 280}, 180, [](double x) {
                    return comp::relative_fat_mass{}(sex::female, centimeters(x), 80_cm);
                  }});
  rows.push_back({"relative_fat_mass", "waist", {5, 350}, 80, [](double x) {
                    return comp::relative_fat_mass{}(sex::female, 165_cm, centimeters(x));
                  }});
  rows.push_back({"waist_to_height_ratio", "waist", {5, 350}, 80, [](double x) {
                    return comp::waist_to_height_ratio(centimeters(x), 165_cm);
                  }});
  rows.push_back({"waist_to_height_ratio", "height", {20, 280}, 165, [](double x) {
                    return comp::waist_to_height_ratio(80_cm, centimeters(x));
                  }});
  rows.push_back({"fat_free_mass_index", "fat_free_mass", {0.25, 700}, 65, [](double x) {
                    return comp::kouri_1995{}.ffmi(kilograms(x), 180_cm);
                  }});
  rows.push_back({"fat_free_mass_index", "height", {20, 280}, 180, [](double x) {
                    return comp::kouri_1995{}.ffmi(65_kg, centimeters(x));
                  }});
  rows.push_back({"normalized_ffmi", "height", {20, 280}, 180, [](double x) {
                    return comp::kouri_1995{}.normalized_ffmi(65_kg, centimeters(x));
                  }});
  for (const bool siri : {true, false}) {
    const char* name = siri ? "siri_1961" : "brozek_1963";
    rows.push_back({name, "density", {0.85, 1.25}, 1.06, [siri](double x) {
                      return siri ? comp::siri_1961{}(grams_per_milliliter(x))
                                  : comp::brozek_1963{}(grams_per_milliliter(x));
                    }});
    rows.push_back({name, "fat_percent", {0, 100}, 20, [siri](double x) {
                      return (siri ? comp::siri_1961{}.density(x) : comp::brozek_1963{}.density(x))
                          .in(grams_per_milliliter);
                    }});
  }
  rows.push_back(
      {"body_composition::from_fat_percent", "body_mass", {0.25, 700}, 80, [](double x) {
         return comp::body_composition<double>::from_fat_percent(kilograms(x), 20.0).fat_percent();
       }});
  rows.push_back(
      {"body_composition::from_fat_percent", "fat_percent", {0, 99.999}, 20, [](double x) {
         return comp::body_composition<double>::from_fat_percent(80_kg, x).fat_percent();
       }});
  rows.push_back(
      {"body_composition::from_masses", "fat_mass", {0, 700}, 15, [](double x) {
         return comp::body_composition<double>::from_masses(kilograms(x), 65_kg).fat_percent();
       }});
  rows.push_back(
      {"body_composition::from_masses", "fat_free_mass", {0, 700, true}, 65, [](double x) {
         return comp::body_composition<double>::from_masses(15_kg, kilograms(x)).fat_percent();
       }});
  rows.push_back(
      {"body_composition::from_fat_mass",
       "body_mass",
       {15.001, 700},
       80,
       [](double x) {
         return comp::body_composition<double>::from_fat_mass(kilograms(x), 15_kg).fat_percent();
       },
       "fat_mass"});
  rows.push_back({"who_bmi_category", "bmi", {0, 1e308, true}, 22, [](double x) {
                    return static_cast<double>(comp::who_bmi_category(x));
                  }});
  const auto mm = [](double x) { return millimeters(x); };
  rows.push_back({"jackson_pollock_3_male", "chest", {1, 150}, 10, [mm](double x) {
                    return comp::jackson_pollock_3_male{}(
                        years(30.0), comp::jp3_male_skinfolds<double>{mm(x), mm(20), mm(15)});
                  }});
  rows.push_back({"jackson_pollock_3_male", "age", {0, 130}, 30, [mm](double x) {
                    return comp::jackson_pollock_3_male{}(
                        years(x), comp::jp3_male_skinfolds<double>{mm(10), mm(20), mm(15)});
                  }});
  rows.push_back({"jackson_pollock_3_female", "triceps", {1, 150}, 15, [mm](double x) {
                    return comp::jackson_pollock_3_female{}(
                        years(30.0), comp::jp3_female_skinfolds<double>{mm(x), mm(15), mm(20)});
                  }});
  rows.push_back({"jackson_pollock_7_male", "subscapular", {1, 150}, 12, [mm](double x) {
                    return comp::jackson_pollock_7_male{}(
                        years(30.0), comp::seven_skinfolds<double>{mm(10), mm(10), mm(10), mm(x),
                                                                   mm(20), mm(15), mm(15)});
                  }});
  rows.push_back({"jackson_pollock_7_female", "thigh", {1, 150}, 25, [mm](double x) {
                    return comp::jackson_pollock_7_female{}(
                        years(30.0), comp::seven_skinfolds<double>{mm(10), mm(10), mm(10), mm(12),
                                                                   mm(20), mm(15), mm(x)});
                  }});
  rows.push_back({"durnin_womersley_1974", "biceps", {1, 150}, 5, [mm](double x) {
                    return comp::durnin_womersley_1974{}(
                        sex::male, years(30.0),
                        comp::four_skinfolds<double>{mm(x), mm(10), mm(15), mm(15)});
                  }});
  rows.push_back({"durnin_womersley_1974", "age", {0, 130}, 30, [mm](double x) {
                    return comp::durnin_womersley_1974{}(
                        sex::male, years(x),
                        comp::four_skinfolds<double>{mm(5), mm(10), mm(15), mm(15)});
                  }});
  rows.push_back({"jackson_2002_batch", "height", {20, 280}, 180, [](double x) {
                    const std::array<sex, 2> s{sex::male, sex::female};
                    const std::array<duration<double>, 2> a{years(30.0), years(40.0)};
                    const std::array<length<double>, 2> h{180_cm, centimeters(x)};
                    const std::array<mass<double>, 2> m{80_kg, 60_kg};
                    std::array<double, 2> out{};
                    comp::jackson_2002_batch<double>(s, a, h, m, out);
                    return out[0] + out[1];
                  }});
  rows.push_back({"us_navy_dod_batch", "waist", {39, 350}, 90, [](double x) {
                    const std::array<sex, 1> s{sex::male};
                    const std::array<length<double>, 1> h{180_cm};
                    const std::array<length<double>, 1> n{38_cm};
                    const std::array<length<double>, 1> w{centimeters(x)};
                    const std::array<length<double>, 1> hip{0_cm};
                    std::array<double, 1> out{};
                    comp::us_navy_dod_batch<double>(s, h, n, w, hip, out);
                    return out[0];
                  }});
  return rows;
}

std::vector<row> energy_rows() {
  std::vector<row> rows;
  const auto add = [&rows](std::vector<row> more) {
    rows.insert(rows.end(), more.begin(), more.end());
  };
  add(person_rows("mifflin_st_jeor",
                  [](const person<double>& p) { return kcal(en::mifflin_st_jeor{}(p)); }));
  add(person_rows("mifflin_st_jeor_rounded",
                  [](const person<double>& p) { return kcal(en::mifflin_st_jeor_rounded{}(p)); }));
  add(person_rows("harris_benedict_1919",
                  [](const person<double>& p) { return kcal(en::harris_benedict_1919{}(p)); }));
  add(person_rows("roza_shizgal_1984",
                  [](const person<double>& p) { return kcal(en::roza_shizgal_1984{}(p)); }));
  add(person_rows("schofield", [](const person<double>& p) { return kcal(en::schofield{}(p)); }));
  add(person_rows("henry_oxford",
                  [](const person<double>& p) { return kcal(en::henry_oxford{}(p)); }));
  add(person_rows("henry_oxford_older_split",
                  [](const person<double>& p) { return kcal(en::henry_oxford_older_split{}(p)); }));
  add(person_rows("owen", [](const person<double>& p) { return kcal(en::owen{}(p)); }));
  add(person_rows("iom_2005_tee", [](const person<double>& p) {
    return kcal(en::iom_2005_tee{}(p, en::iom_activity::active));
  }));
  rows.push_back({"iom_2005_tee", "pal", {1, 5}, 1.75, [](double x) {
                    return kcal(en::iom_2005_tee{}(adult(), en::physical_activity_level(x)));
                  }});
  rows.push_back({"physical_activity_level", "pal", {1, 5}, 1.75, [](double x) {
                    return en::physical_activity_level(x).ratio();
                  }});
  rows.push_back({"iom_activity_of", "pal", {1, 5}, 1.75, [](double x) {
                    return static_cast<double>(en::iom_activity_of(x));
                  }});
  rows.push_back({"cunningham_1980", "fat_free_mass", {0, 700, true}, 65, [](double x) {
                    return kcal(en::cunningham_1980{}(kilograms(x)));
                  }});
  rows.push_back({"cunningham_1991", "fat_free_mass", {0, 700, true}, 65, [](double x) {
                    return kcal(en::cunningham_1991{}(kilograms(x)));
                  }});
  rows.push_back({"katch_mcardle", "fat_free_mass", {0, 80, true}, 65, [](double x) {
                    return kcal(en::katch_mcardle{}(adult(), kilograms(x)));
                  }});
  rows.push_back({"total_energy_expenditure", "resting", {0, 30000}, 1700, [](double x) {
                    return kcal(en::total_energy_expenditure(kilocalories_per_day(x), 1.6));
                  }});
  rows.push_back({"total_energy_expenditure", "factor", {1, 5}, 1.6, [](double x) {
                    return kcal(en::total_energy_expenditure(1700_kcal_per_day, x));
                  }});
  rows.push_back({"thermic_effect_of_food", "fraction", {0, 0.999}, 0.1, [](double x) {
                    return kcal(en::thermic_effect_of_food(2500_kcal_per_day, x));
                  }});
  rows.push_back({"factorial_pal", "ratio", {0, 1e300, true}, 1.5, [](double x) {
                    const std::array<en::activity_period<double>, 2> day{
                        en::activity_period<double>{hours(8.0), 1.0},
                        en::activity_period<double>{hours(16.0), x}};
                    return en::factorial_pal<double>(day);
                  }});
  const auto target = [](double maintenance, double body_mass) {
    en::calorie_target_input<double> in;
    in.goal = en::weight_goal::lose;
    in.rate = en::weight_change_rate<double>::absolute(0.5_kg_per_week);
    in.maintenance = kilocalories_per_day(maintenance);
    in.resting = 1700_kcal_per_day;
    in.body_mass = kilograms(body_mass);
    return kcal(en::static_calorie_target(in).intake);
  };
  rows.push_back({"static_calorie_target",
                  "maintenance",
                  {551, 30000},
                  2600,
                  [target](double x) { return target(x, 80); },
                  "intake"});
  rows.push_back({"static_calorie_target", "body_mass", {0.25, 700}, 80, [target](double x) {
                    return target(2600, x);
                  }});
  rows.push_back({"weight_change_rate::absolute", "rate", {0, 700}, 0.5, [](double x) {
                    return en::weight_change_rate<double>::absolute(kilograms_per_week(x))
                        .at(80_kg)
                        .in(kilograms_per_week);
                  }});
  rows.push_back(
      {"weight_change_rate::percent_of_body_mass_per_week",
       "rate",
       {0, 99.999},
       0.75,
       [](double x) {
         return en::weight_change_rate<double>::percent_of_body_mass_per_week(x).at(80_kg).in(
             kilograms_per_week);
       }});
  const auto logs = [](double weight, double intake) {
    std::vector<en::intake_weight_log<double>> log(14);
    for (std::size_t i = 0; i < log.size(); ++i) {
      log[i].weight = kilograms(80.0 - 0.05 * static_cast<double>(i));
      log[i].intake = 2300_kcal_per_day;
    }
    log[5].weight = kilograms(weight);
    log[6].intake = kilocalories_per_day(intake);
    std::vector<en::expenditure_estimate<double>> out(log.size());
    en::estimate_expenditure(std::span<const en::intake_weight_log<double>>(log), out.begin());
    double sum = 0;
    for (const auto& e : out)
      sum += e.trend_weight.in(kilograms) + e.density.in_base_unit();
    return sum;
  };
  rows.push_back({"estimate_expenditure", "weight", {0.25, 700}, 80, [logs](double x) {
                    return logs(x, 2300);
                  }});
  rows.push_back({"estimate_expenditure", "intake", {0, 30000}, 2300, [logs](double x) {
                    return logs(80, x);
                  }});
  // The Hall model: impossible input only; its integration over PAL 1-5 is tested with it.
  const auto hall = [](const person<double>& p, double pal, double carbohydrate) {
    en::hall_setup<double> s;
    s.individual = p;
    s.physical_activity_level = pal;
    s.carbohydrate_share = carbohydrate;
    const en::hall_model<double> model(s);
    return model.baseline_body_mass().in(kilograms);
  };
  for (row r :
       person_rows("hall_model", [hall](const person<double>& p) { return hall(p, 1.5, 0.5); })) {
    r.impossible_only = true;
    rows.push_back(r);
  }
  rows.push_back({"hall_model",
                  "physical_activity_level",
                  {1, 5},
                  1.5,
                  [hall](double x) { return hall(adult(), x, 0.5); },
                  nullptr,
                  true});
  rows.push_back({"hall_model",
                  "carbohydrate_share",
                  {0, 1, true},
                  0.5,
                  [hall](double x) { return hall(adult(), 1.5, x); },
                  nullptr,
                  true});
  return rows;
}

std::vector<row> nutrition_rows() {
  std::vector<row> rows;
  rows.push_back({"split_macros",
                  "energy_target",
                  {2000, 30000},
                  2500,
                  [](double x) {
                    const auto s = nu::split_macros(kilocalories_per_day(x), 80_kg);
                    return kcal(nu::total_energy(s.grams));
                  },
                  "protein_energy"});
  rows.push_back({"split_macros", "body_mass", {0.25, 700}, 80, [](double x) {
                    const auto s = nu::split_macros(30000_kcal_per_day, kilograms(x));
                    return kcal(nu::total_energy(s.grams));
                  }});
  rows.push_back({"protein_by_meal", "body_mass", {0.25, 700}, 80, [](double x) {
                    return nu::protein_by_meal(kilograms(x)).daily.in(grams_per_day);
                  }});
  rows.push_back({"protein_by_meal", "grams_per_kg_per_meal", {0, 100}, 0.4, [](double x) {
                    return nu::protein_by_meal(80_kg, 4U, x).daily.in(grams_per_day);
                  }});
  rows.push_back({"distribute_protein", "daily_protein", {0, 7500}, 160, [](double x) {
                    return nu::distribute_protein(grams_per_day(x), 80_kg, 4U).grams_per_kg_per_day;
                  }});
  rows.push_back(
      {"distribute_protein", "body_mass", {0.25, 700}, 80, [](double x) {
         return nu::distribute_protein(grams_per_day(160.0), kilograms(x), 4U).grams_per_kg_per_day;
       }});
  const auto day = [](double protein) {
    nu::macros<double> m;
    m.protein = grams_per_day(protein);
    m.fat = grams_per_day(70.0);
    m.carbohydrate = grams_per_day(300.0);
    return m;
  };
  rows.push_back({"evaluate_macros", "body_mass", {0.25, 700}, 80, [day](double x) {
                    nu::evaluation_context<double> c;
                    c.body_mass = kilograms(x);
                    return static_cast<double>(nu::evaluate_macros(day(150), c).size());
                  }});
  rows.push_back({"evaluate_macros", "protein", {0, 7500}, 150, [day](double x) {
                    nu::evaluation_context<double> c;
                    c.body_mass = 80_kg;
                    return static_cast<double>(nu::evaluate_macros(day(x), c).size());
                  }});
  rows.push_back({"evaluate_macros", "energy_target", {0, 30000}, 2500, [day](double x) {
                    nu::evaluation_context<double> c;
                    c.body_mass = 80_kg;
                    c.energy_target = kilocalories_per_day(x);
                    return static_cast<double>(nu::evaluate_macros(day(150), c).size());
                  }});
  rows.push_back({"round_to_whole_grams", "protein", {0, 7500}, 150, [day](double x) {
                    return static_cast<double>(nu::round_to_whole_grams(day(x)).whole.protein);
                  }});
  rows.push_back({"total_energy", "protein", {0, 7500}, 150, [day](double x) {
                    return kcal(nu::total_energy(day(x)));
                  }});
  return rows;
}

template <class E>
std::vector<row> one_rep_max_rows(const char* name, valid_range fractions) {
  return {
      {name,
       "load",
       {0, 2000, true},
       100,
       [](double x) { return E{}(kilograms(x), 5).in(kilograms); }},
      {name, "fraction", fractions, 0.8, [](double x) { return E{}.reps_at_fraction(x); }},
      {name,
       "one_rep_max",
       {0, 2000, true},
       120,
       [](double x) {
         return tr::load_for_reps(E{}, kilograms(x), 5, tr::single_rep_convention::single_is_max)
             .in(kilograms);
       }},
  };
}

std::vector<row> training_rows() {
  std::vector<row> rows;
  const auto add = [&rows](std::vector<row> more) {
    rows.insert(rows.end(), more.begin(), more.end());
  };
  add(one_rep_max_rows<tr::epley>("epley", {0.003, 1}));
  add(one_rep_max_rows<tr::brzycki>("brzycki", {0, 1, true}));
  add(one_rep_max_rows<tr::lander>("lander", {0, 1, true}));
  add(one_rep_max_rows<tr::lombardi>("lombardi", {0.4, 1}));
  add(one_rep_max_rows<tr::mayhew>("mayhew", {0.522, 0.941, true}));
  add(one_rep_max_rows<tr::oconner>("oconner", {0.004, 1}));
  add(one_rep_max_rows<tr::wathan>("wathan", {0.488, 1, true}));
  rows.push_back({"reps_at_load",
                  "load",
                  {0.36, 120},
                  100,
                  [](double x) { return tr::reps_at_load(tr::epley{}, 120_kg, kilograms(x)); },
                  "fraction"});
  rows.push_back({"one_rep_max_at_rpe", "load", {0, 2000, true}, 100, [](double x) {
                    return tr::one_rep_max_at_rpe(kilograms(x), 5, 8.0)->in(kilograms);
                  }});
  rows.push_back({"load_for_reps_at_rpe", "one_rep_max", {0, 2000, true}, 120, [](double x) {
                    return tr::load_for_reps_at_rpe(kilograms(x), 5, 8.0)->in(kilograms);
                  }});
  rows.push_back(
      {"reps_in_reserve", "rpe", {1, 10}, 8, [](double x) { return tr::reps_in_reserve(x); }});
  rows.push_back({"rpe_from_reps_in_reserve", "rir", {0, 9}, 2, [](double x) {
                    return tr::rpe_from_reps_in_reserve(x);
                  }});
  rows.push_back({"session_rpe_load", "session_rpe", {0, 10}, 7, [](double x) {
                    return tr::session_rpe_load(x, minutes(60.0));
                  }});
  rows.push_back({"session_rpe_load", "duration", {0, 1440}, 60, [](double x) {
                    return tr::session_rpe_load(7.0, minutes(x));
                  }});
  const auto week = [](double x) { return std::array<double, 7>{420, 0, 360, 0, x, 270, 0}; };
  rows.push_back({"monotony_and_strain", "daily_loads", {0, 1e8}, 450, [week](double x) {
                    const auto w = week(x);
                    const auto s = tr::monotony_and_strain(std::span<const double>(w));
                    return s.weekly_load + s.standard_deviation + s.mean;
                  }});
  const auto series = [](double x) {
    std::vector<double> loads(35, 300.0);
    loads[30] = x;
    return loads;
  };
  rows.push_back({"rolling_acwr", "daily_load", {0, 1e8}, 300, [series](double x) {
                    const auto loads = series(x);
                    std::vector<tr::workload_ratio_day<double>> out(loads.size());
                    tr::rolling_acwr(std::span<const double>(loads), std::span(out));
                    return out.back().acute + out.back().chronic;
                  }});
  rows.push_back({"ewma_acwr", "daily_load", {0, 1e8}, 300, [series](double x) {
                    const auto loads = series(x);
                    std::vector<tr::workload_ratio_day<double>> out(loads.size());
                    tr::ewma_acwr(std::span<const double>(loads), std::span(out));
                    return out.back().acute + out.back().chronic;
                  }});
  rows.push_back({"ewma_acwr",
                  "chronic_days",
                  {7, 36525, true},
                  28,
                  [series](double x) {
                    const auto loads = series(300);
                    std::vector<tr::workload_ratio_day<double>> out(loads.size());
                    tr::ewma_acwr_options<double> o;
                    o.chronic_days = x;
                    tr::ewma_acwr(std::span<const double>(loads), std::span(out), o);
                    return out.back().acute + out.back().chronic;
                  },
                  "window_days"});
  rows.push_back({"fitness_fatigue", "daily_load", {0, 1e8}, 300, [series](double x) {
                    const auto loads = series(x);
                    std::vector<tr::fitness_fatigue_day<double>> out(loads.size());
                    tr::fitness_fatigue(std::span<const double>(loads), std::span(out));
                    return out.back().performance;
                  }});
  rows.push_back({"daily_loads", "load", {0, 1e8}, 300, [](double x) {
                    const tr::date first = tr::date::from_ymd(2026, 1, 5);
                    const std::array<tr::dated_load<double>, 2> entries{
                        tr::dated_load<double>{first, 300.0}, tr::dated_load<double>{first + 1, x}};
                    std::array<double, 7> out{};
                    tr::daily_loads<double>(entries, first, out);
                    return out[0] + out[1];
                  }});
  return rows;
}

std::vector<row> all_rows() {
  std::vector<row> rows = composition_rows();
  for (auto more : {energy_rows(), nutrition_rows(), training_rows()})
    rows.insert(rows.end(), more.begin(), more.end());
  return rows;
}

/// What happened when a row was called with `x`.
struct outcome {
  bool threw = false;
  std::string parameter;  ///< of the invalid_argument
  std::string message;
  double value = 0.0;
};

std::string number(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", x);
  return text;
}

outcome run(const row& r, double x) {
  outcome o;
  try {
    o.value = r.call(x);
  } catch (const physique::invalid_argument& e) {
    o.threw = true;
    o.parameter = e.parameter();
    o.message = e.what();
  }
  return o;
}

}  // namespace

TEST_CASE("hostile-input sweep: impossible input is named, valid input gives finite values") {
  const std::vector<row> rows = all_rows();
  std::size_t checks = 0;
  for (const row& r : rows) {
    std::vector<double> inputs(hostile.begin(), hostile.end());
    if (!r.valid.low_open) inputs.push_back(r.valid.low);
    inputs.push_back(r.valid.high);
    inputs.push_back(r.typical);
    for (const double x : inputs) {
      const bool valid = r.valid.contains(x);
      if (r.impossible_only && valid) continue;
      const outcome o = run(r, x);
      const std::string where = std::string(r.function) + "(" + r.field + " = " + number(x) +
                                "): " + (o.threw ? o.message : "returned " + number(o.value));
      ++checks;
      if (valid) {
        CHECK_MESSAGE(!o.threw, where);
        CHECK_MESSAGE(std::isfinite(o.value), where);
      } else {
        const bool named = o.parameter == r.field || (r.also != nullptr && o.parameter == r.also);
        CHECK_MESSAGE(o.threw, where);
        CHECK_MESSAGE(named, where);
      }
    }
  }
  MESSAGE("hostile sweep: " << rows.size() << " rows, " << checks << " calls");
  CHECK(rows.size() >= 120);
}

TEST_CASE("hostile-input sweep: whole-number inputs (reps, meals, years, day counts)") {
  const std::array<int, 7> counts{INT_MIN, -1, 0, 1, 24, 10000, INT_MAX};
  struct int_row {
    const char* function;
    const char* field;
    int low;
    int high;
    std::function<double(int)> call;
  };
  const std::vector<int_row> rows = {
      {"epley", "reps", 1, 1000, [](int r) { return tr::epley{}(100_kg, r).in(kilograms); }},
      {"brzycki", "reps", 1, 36, [](int r) { return tr::brzycki{}(100_kg, r).in(kilograms); }},
      {"mayhew.fraction_of_max", "reps", 1, 1000,
       [](int r) { return tr::mayhew{}.fraction_of_max(r); }},
      {"protein_by_meal", "meals", 1, 24,
       [](int m) {
         return nu::protein_by_meal(80_kg, static_cast<unsigned>(m < 0 ? 0 : m)).per_meal.in(grams);
       }},
      {"date::from_ymd", "year", 1, 9999,
       [](int y) { return static_cast<double>(tr::date::from_ymd(y, 1, 1).yyyymmdd()); }},
      {"date::from_days", "days", tr::date::min_days, tr::date::max_days,
       [](int d) { return static_cast<double>(tr::date::from_days(d).yyyymmdd()); }},
      {"date + days", "days", tr::date::min_days - 20458, tr::date::max_days - 20458,
       [](int d) { return static_cast<double>((tr::date::from_ymd(2026, 1, 5) + d).yyyymmdd()); }},
  };
  for (const int_row& r : rows) {
    std::vector<int> inputs(counts.begin(), counts.end());
    inputs.push_back(r.low);
    inputs.push_back(r.high);
    for (const int x : inputs) {
      if (std::string(r.function) == "protein_by_meal" && x < 0) continue;  // unsigned input
      const bool valid = x >= r.low && x <= r.high;
      bool threw = false;
      std::string parameter;
      double value = 0;
      try {
        value = r.call(x);
      } catch (const physique::invalid_argument& e) {
        threw = true;
        parameter = e.parameter();
      }
      const std::string where = std::string(r.function) + "(" + r.field + " = " + number(x) + ")";
      INFO(where);
      if (valid) {
        CHECK_FALSE(threw);
        CHECK(std::isfinite(value));
      } else {
        CHECK(threw);
        CHECK(parameter == r.field);
      }
    }
  }
}
