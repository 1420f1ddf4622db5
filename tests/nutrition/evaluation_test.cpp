// SPDX-License-Identifier: MIT
#include <physique/nutrition/evaluation.hpp>

#include <doctest/doctest.h>

#include <string>

#include "error_message.hpp"

using namespace physique;
using namespace physique::nutrition;
using nutrition_test::error_message;
using nutrition_test::mentions;

namespace {
template <class T>
macros<T> day(double protein, double fat, double carbohydrate, double alcohol = 0.0) {
  return macros<T>{grams_per_day(static_cast<T>(protein)), grams_per_day(static_cast<T>(fat)),
                   grams_per_day(static_cast<T>(carbohydrate)),
                   grams_per_day(static_cast<T>(alcohol))};
}
template <class T>
evaluation_context<T> person_kg(double kg, diet_phase g = diet_phase::maintenance,
                                unsigned meals = 0) {
  evaluation_context<T> c;
  c.body_mass = kilograms(static_cast<T>(kg));
  c.goal = g;
  c.meals = meals;
  return c;
}
}  // namespace

TEST_CASE_TEMPLATE("evaluation: a maintenance split inside every guideline", T, float, double) {
  // 75 kg, 2500 kcal: protein 120 g (480 kcal, 19.2 %, 1.6 g/kg), fat 250/3 g (750 kcal,
  // 30 %), carbohydrate 317.5 g (1270 kcal, 50.8 %, > 130 g); 4 meals of 30 g = 0.4 g/kg.
  // AMDR 10-35 / 20-35 / 45-65 % (IOM 2005), ISSN 1.4-2.0 g/kg, Morton <= 2.2 g/kg,
  // Schoenfeld & Aragon 0.4-0.55 g/kg/meal: nothing to report.
  auto c = person_kg<T>(75, diet_phase::maintenance, 4);
  c.energy_target = kilocalories_per_day(T(2500));
  const auto f = evaluate_macros(day<T>(120, 250.0 / 3.0, 317.5), c);
  CHECK(f.empty());
  CHECK(f.size() == 0U);
}

TEST_CASE_TEMPLATE("evaluation: low protein", T, float, double) {
  // 80 kg: 50 g protein (200 kcal), 60 g fat (540), 315 g carbohydrate (1260) = 2000 kcal.
  // 50 / 80 = 0.625 g/kg < 0.8 (RDA, IOM 2005) and < 1.4 (ISSN 2017). Protein share
  // 200 / 2000 = 10 % is on the AMDR's lower bound: inside, not reported.
  const auto f = evaluate_macros(day<T>(50, 60, 315), person_kg<T>(80));
  REQUIRE(f.size() == 2U);
  const macro_finding* rda = f.find(macro_finding_code::protein_below_rda);
  REQUIRE(rda != nullptr);
  CHECK(rda->value == doctest::Approx(0.625));
  CHECK(rda->limit == doctest::Approx(0.8));
  CHECK(std::string(rda->unit) == "g/kg");
  CHECK(std::string(rda->source.doi) == "10.17226/10490");
  const macro_finding* issn = f.find(macro_finding_code::protein_below_exercise_range);
  REQUIRE(issn != nullptr);
  CHECK(issn->limit == doctest::Approx(1.4));
  CHECK(std::string(issn->source.doi) == "10.1186/s12970-017-0177-8");
  CHECK_FALSE(f.contains(macro_finding_code::protein_share_below_amdr));
  CHECK(f[0].code == macro_finding_code::protein_below_rda);  // fixed order: RDA first
}

TEST_CASE_TEMPLATE("evaluation: a ketogenic day against the AMDR", T, float, double) {
  // 80 kg: protein 150 g (600 kcal), fat 160 g (1440), carbohydrate 30 g (120) = 2160 kcal.
  // Fat 1440 / 2160 = 66.67 % > 35 %; carbohydrate 120 / 2160 = 5.56 % < 45 %; 30 g < 130 g
  // RDA; protein 27.8 % and 1.875 g/kg are inside.
  const auto f = evaluate_macros(day<T>(150, 160, 30), person_kg<T>(80));
  CHECK(f.size() == 3U);
  const macro_finding* fat = f.find(macro_finding_code::fat_share_above_amdr);
  REQUIRE(fat != nullptr);
  CHECK(fat->value == doctest::Approx(1440.0 / 21.6).epsilon(1e-6));
  CHECK(fat->limit == doctest::Approx(35.0));
  CHECK(std::string(fat->unit) == "%");
  const macro_finding* carbs = f.find(macro_finding_code::carbohydrate_share_below_amdr);
  REQUIRE(carbs != nullptr);
  CHECK(carbs->value == doctest::Approx(120.0 / 21.6).epsilon(1e-6));
  const macro_finding* rda = f.find(macro_finding_code::carbohydrate_below_rda);
  REQUIRE(rda != nullptr);
  CHECK(rda->value == doctest::Approx(30.0));
  CHECK(rda->limit == doctest::Approx(130.0));
  CHECK(std::string(rda->message).find("130") != std::string::npos);
}

TEST_CASE_TEMPLATE("evaluation: a high-carbohydrate, low-fat day", T, float, double) {
  // 70 kg: protein 110 g (440 kcal), fat 30 g (270), carbohydrate 500 g (2000) = 2710 kcal.
  // Fat 270 / 2710 = 9.96 % < 20 %; carbohydrate 2000 / 2710 = 73.8 % > 65 %; protein
  // 16.2 % and 1.571 g/kg are inside.
  const auto f = evaluate_macros(day<T>(110, 30, 500), person_kg<T>(70));
  CHECK(f.size() == 2U);
  CHECK(f.contains(macro_finding_code::fat_share_below_amdr));
  CHECK(f.contains(macro_finding_code::carbohydrate_share_above_amdr));
  CHECK(f.find(macro_finding_code::carbohydrate_share_above_amdr)->value ==
        doctest::Approx(200000.0 / 2710.0).epsilon(1e-6));
}

TEST_CASE_TEMPLATE("evaluation: deficit with a known fat-free mass (Helms 2.3-3.1 g/kg FFM)", T,
                   float, double) {
  // 80 kg, FFM 68 kg. 140 g protein: 140 / 68 = 2.0588 g/kg FFM < 2.3.
  auto c = person_kg<T>(80, diet_phase::deficit);
  c.fat_free_mass = kilograms(T(68));
  const auto low = evaluate_macros(day<T>(140, 55, 200), c);
  const macro_finding* below = low.find(macro_finding_code::protein_below_deficit_range);
  REQUIRE(below != nullptr);
  CHECK(below->value == doctest::Approx(140.0 / 68.0).epsilon(1e-6));
  CHECK(below->limit == doctest::Approx(2.3));
  CHECK(std::string(below->unit) == "g/kg FFM");
  CHECK(std::string(below->source.doi) == "10.1123/ijsnem.2013-0054");
  // 220 g: 220 / 68 = 3.235 > 3.1. (220 / 80 = 2.75 g/kg body mass; in a deficit the
  // Morton upper bound is not applied.)
  const auto high = evaluate_macros(day<T>(220, 55, 150), c);
  CHECK(high.contains(macro_finding_code::protein_above_deficit_range));
  CHECK_FALSE(high.contains(macro_finding_code::protein_above_muscle_gain_ci));
  // 180 g: 2.647 g/kg FFM, inside.
  const auto inside = evaluate_macros(day<T>(180, 55, 200), c);
  CHECK_FALSE(inside.contains(macro_finding_code::protein_below_deficit_range));
  CHECK_FALSE(inside.contains(macro_finding_code::protein_above_deficit_range));
  // Without a fat-free mass the Helms check is skipped.
  const auto unknown = evaluate_macros(day<T>(140, 55, 200), person_kg<T>(80, diet_phase::deficit));
  CHECK_FALSE(unknown.contains(macro_finding_code::protein_below_deficit_range));
}

TEST_CASE_TEMPLATE("evaluation: Morton 2018 breakpoint and upper CI", T, float, double) {
  // Surplus, 80 kg, 120 g protein: 1.5 g/kg < 1.62 (breakpoint), but >= 1.4 (ISSN).
  const auto s = evaluate_macros(day<T>(120, 90, 450), person_kg<T>(80, diet_phase::surplus));
  const macro_finding* bp = s.find(macro_finding_code::protein_below_muscle_gain_breakpoint);
  REQUIRE(bp != nullptr);
  CHECK(bp->value == doctest::Approx(1.5));
  CHECK(bp->limit == doctest::Approx(1.62));
  CHECK(std::string(bp->source.doi) == "10.1136/bjsports-2017-097608");
  CHECK_FALSE(s.contains(macro_finding_code::protein_below_exercise_range));
  // The same intake at maintenance is not held to the muscle-gain breakpoint.
  CHECK_FALSE(evaluate_macros(day<T>(120, 90, 450), person_kg<T>(80))
                  .contains(macro_finding_code::protein_below_muscle_gain_breakpoint));
  // Maintenance, 200 g: 2.5 g/kg > 2.2 (upper CI).
  const auto m = evaluate_macros(day<T>(200, 80, 300), person_kg<T>(80));
  CHECK(m.find(macro_finding_code::protein_above_muscle_gain_ci)->value == doctest::Approx(2.5));
}

TEST_CASE_TEMPLATE("evaluation: protein per meal (Schoenfeld & Aragon 2018)", T, float, double) {
  // 80 kg, 128 g/day (1.6 g/kg).
  // 3 meals: fewer than 4; 1.6 / 3 = 0.533 g/kg per meal, inside 0.4-0.55.
  const auto three =
      evaluate_macros(day<T>(128, 70, 300), person_kg<T>(80, diet_phase::maintenance, 3));
  CHECK(three.contains(macro_finding_code::too_few_meals));
  CHECK_FALSE(three.contains(macro_finding_code::meal_protein_below_target));
  CHECK_FALSE(three.contains(macro_finding_code::meal_protein_above_upper));
  // 5 meals: 1.6 / 5 = 0.32 g/kg per meal < 0.4.
  const auto five =
      evaluate_macros(day<T>(128, 70, 300), person_kg<T>(80, diet_phase::maintenance, 5));
  const macro_finding* low = five.find(macro_finding_code::meal_protein_below_target);
  REQUIRE(low != nullptr);
  CHECK(low->value == doctest::Approx(0.32));
  CHECK(low->limit == doctest::Approx(0.4));
  CHECK(std::string(low->source.doi) == "10.1186/s12970-018-0215-1");
  // 2 meals: 0.8 g/kg per meal > 0.55, and too few meals.
  const auto two =
      evaluate_macros(day<T>(128, 70, 300), person_kg<T>(80, diet_phase::maintenance, 2));
  CHECK(two.contains(macro_finding_code::meal_protein_above_upper));
  CHECK(two.contains(macro_finding_code::too_few_meals));
  // Meals not given: no meal findings.
  const auto none = evaluate_macros(day<T>(128, 70, 300), person_kg<T>(80));
  CHECK_FALSE(none.contains(macro_finding_code::too_few_meals));
}

TEST_CASE_TEMPLATE("evaluation: energy against a target, alcohol in the shares", T, float, double) {
  // 128 P, 60 F, 250 C, 14 alcohol: 512 + 540 + 1000 + 98 = 2150 kcal. Target 2000:
  // 150 kcal more than a 10 kcal tolerance allows. Shares are of the total with alcohol:
  // fat 540 / 2150 = 25.1 %, carbohydrate 1000 / 2150 = 46.5 %.
  auto c = person_kg<T>(80);
  c.energy_target = kilocalories_per_day(T(2000));
  const auto f = evaluate_macros(day<T>(128, 60, 250, 14), c);
  const macro_finding* e = f.find(macro_finding_code::energy_differs_from_target);
  REQUIRE(e != nullptr);
  CHECK(e->value == doctest::Approx(2150.0));
  CHECK(e->limit == doctest::Approx(2000.0));
  CHECK_FALSE(f.contains(macro_finding_code::carbohydrate_share_below_amdr));
  // Within the tolerance: 2005 kcal target, 145 kcal off with a 150 kcal tolerance.
  c.energy_tolerance = kilocalories_per_day(T(150));
  CHECK_FALSE(evaluate_macros(day<T>(128, 60, 250, 14), c)
                  .contains(macro_finding_code::energy_differs_from_target));
}

TEST_CASE_TEMPLATE("evaluation: bad input names the field", T, float, double) {
  const auto ok = day<T>(128, 60, 250);
  CHECK(mentions(error_message([&] { (void)evaluate_macros(ok, person_kg<T>(0)); }),
                 "invalid body_mass = 0 kg"));
  CHECK(
      mentions(error_message([&] { (void)evaluate_macros(day<T>(-1, 60, 250), person_kg<T>(80)); }),
               "invalid protein = -1"));
  auto c = person_kg<T>(80);
  c.fat_free_mass = kilograms(T(90));
  CHECK(mentions(error_message([&] { (void)evaluate_macros(ok, c); }),
                 "invalid fat_free_mass = 90 kg"));
  CHECK(mentions(error_message([&] {
                   (void)evaluate_macros(ok, person_kg<T>(80, diet_phase::maintenance, 30));
                 }),
                 "invalid meals = 30"));
  auto t = person_kg<T>(80);
  t.energy_target = kilocalories_per_day(T(-1));
  CHECK(mentions(error_message([&] { (void)evaluate_macros(ok, t); }), "invalid energy_target"));
}

TEST_CASE("evaluation: codes, names and capacity") {
  CHECK(std::string(to_string(macro_finding_code::fat_share_above_amdr)) == "fat_share_above_amdr");
  CHECK(std::string(to_string(macro_finding_code::energy_differs_from_target)) ==
        "energy_differs_from_target");
  // One finding per code at most, so the capacity covers every code.
  CHECK(macro_findings::capacity ==
        static_cast<std::size_t>(macro_finding_code::energy_differs_from_target) + 1U);
  // Worst case: almost nothing but alcohol, 2 meals, a target far away.
  evaluation_context<double> c;
  c.body_mass = kilograms(100.0);
  c.goal = diet_phase::surplus;
  c.meals = 2;
  c.energy_target = kilocalories_per_day(3000.0);
  const auto f = evaluate_macros(day<double>(10, 1, 1, 200), c);
  CHECK(f.size() <= macro_findings::capacity);
  CHECK(f.contains(macro_finding_code::protein_below_rda));
  CHECK(f.contains(macro_finding_code::energy_differs_from_target));
}
