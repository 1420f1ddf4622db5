// SPDX-License-Identifier: MIT
// End-to-end checks of make_plan for three sample people: the numbers agree with the published
// formulas and with each module, the schedule follows the frequency, recovery and volume rules,
// and missing equipment is replaced.
#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <string>

#include <physique/exercise/builtin_catalog.hpp>
#include <physique/planner/plan.hpp>

#include "sample_people.hpp"

using namespace physique;
namespace ex = physique::exercise;
using planner::plan;

namespace {

const plan& plan_a() {
  static const plan p = planner::make_plan(sample::home_gym_man());
  return p;
}
const plan& plan_b() {
  static const plan p = planner::make_plan(sample::full_gym_woman());
  return p;
}
const plan& plan_c() {
  static const plan p = planner::make_plan(sample::cable_man());
  return p;
}

bool uses(const plan& p, std::string_view id) {
  for (const auto& s : p.schedule.sessions) {
    for (const auto& e : s.exercises) {
      if (e.exercise_id == id) return true;
    }
  }
  for (const auto& w : p.progression) {
    for (const auto& e : w.exercises) {
      if (e.exercise_id == id) return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("body fat and resting expenditure follow the published equations") {
  // US Navy (Hodgdon & Beckett 1984), men: D = 1.0324 - 0.19077 log10(waist - neck) + 0.15456
  // log10(height), cm; Siri 1961: %BF = 495 / D - 450.
  const double d = 1.0324 - 0.19077 * std::log10(91.0 - 39.0) + 0.15456 * std::log10(178.0);
  const double bf = 495.0 / d - 450.0;
  CHECK(plan_a().body.fat_percent == doctest::Approx(bf).epsilon(1e-9));
  CHECK(plan_a().body.method == "us_navy_hodgdon_beckett_1984");
  CHECK(plan_a().body.measured);
  // Katch-McArdle (McArdle, Katch & Katch 1996): RMR = 370 + 21.6 FFM.
  const double ffm = 86.0 * (1.0 - bf / 100.0);
  CHECK(plan_a().expenditure.equation_id == "katch_mcardle");
  CHECK(plan_a().expenditure.resting_kcal_per_day == doctest::Approx(370.0 + 21.6 * ffm));

  // B: 27 % of 62 kg is fat; Katch-McArdle on the remaining 45.26 kg.
  CHECK(plan_b().body.fat_free_mass_kg == doctest::Approx(62.0 * 0.73));
  CHECK(plan_b().expenditure.resting_kcal_per_day == doctest::Approx(370.0 + 21.6 * 45.26));

  // C: no measurement: Mifflin-St Jeor (Mifflin et al. 1990, exact coefficients: 9.99 W + 6.25 H
  // - 4.92 A + 5 for men) and the BMI-based estimate is not used for lean-mass equations.
  CHECK_FALSE(plan_c().body.measured);
  CHECK(plan_c().body.method == "jackson_2002");
  CHECK(plan_c().expenditure.equation_id == "mifflin_st_jeor");
  CHECK(plan_c().expenditure.resting_kcal_per_day ==
        doctest::Approx(9.99 * 95.0 + 6.25 * 183.0 - 4.92 * 45.0 + 5.0));
  // Jackson et al. 2002 as eq. 4 of Hall et al. 2011, men: 0.14 age + 37.31 ln(BMI) - 103.94.
  const double bmi = 95.0 / (1.83 * 1.83);
  CHECK(plan_c().body.fat_percent ==
        doctest::Approx(0.14 * 45.0 + 37.31 * std::log(bmi) - 103.94).epsilon(1e-9));
}

TEST_CASE("totals add up: expenditure, target, macros and meals") {
  for (const plan* p : {&plan_a(), &plan_b(), &plan_c()}) {
    const auto& e = p->expenditure;
    const auto& n = p->nutrition;
    // TEE = resting x PAL (FAO/WHO/UNU 2004).
    CHECK(e.total_kcal_per_day ==
          doctest::Approx(e.resting_kcal_per_day * e.physical_activity_level));
    // Static rule: balance = -/+ rate x body mass x 7700 kcal/kg / 7 d.
    const double sign = n.energy_goal == "lose" ? -1.0 : n.energy_goal == "gain" ? 1.0 : 0.0;
    const double balance =
        sign * n.weekly_rate_percent / 100.0 * p->body.body_mass_kg * 7700.0 / 7.0;
    CHECK(n.balance_kcal_per_day == doctest::Approx(balance));
    CHECK(n.target_kcal_per_day == doctest::Approx(e.total_kcal_per_day + balance));
    // Atwater 4/9/4 of the whole grams is the macro energy, within 2 kcal of the target
    // (whole-gram rounding moves it by at most 2 kcal/day, docs/nutrition.md).
    const double kcal = 4.0 * n.protein_g + 9.0 * n.fat_g + 4.0 * n.carbohydrate_g;
    CHECK(n.macro_kcal_per_day == doctest::Approx(kcal));
    CHECK(std::fabs(kcal - n.target_kcal_per_day) <= 2.0 + 1e-9);
    // Protein per meal x meals = daily protein.
    CHECK(n.protein_per_meal_g * n.meals == doctest::Approx(n.protein_g));
    CHECK(n.protein_per_meal_g_per_kg ==
          doctest::Approx(n.protein_per_meal_g / p->body.body_mass_kg));
  }
  // Goal defaults: 0.75 %/wk to lose fat, 0.25 %/wk to build muscle, 0 for recomposition.
  CHECK(plan_a().nutrition.weekly_rate_percent == 0.75);
  CHECK(plan_b().nutrition.weekly_rate_percent == 0.25);
  CHECK(plan_c().nutrition.weekly_rate_percent == 0.0);
  CHECK(plan_c().nutrition.target_kcal_per_day ==
        doctest::Approx(plan_c().expenditure.total_kcal_per_day));
  // Presets: deficit per kg of fat-free mass with a measurement (Helms et al. 2014: 2.7 g/kg),
  // surplus per kg of body mass (Morton et al. 2018: 1.62 g/kg), maintenance 1.6 g/kg.
  CHECK(plan_a().nutrition.preset_id == std::string("deficit_fat_free_mass"));
  // Whole grams, rounded up: a protein target is a minimum.
  CHECK(plan_a().nutrition.protein_g ==
        static_cast<int>(std::ceil(2.7 * plan_a().body.fat_free_mass_kg - 1e-4)));
  CHECK(plan_b().nutrition.preset_id == std::string("surplus"));
  CHECK(plan_c().nutrition.preset_id == std::string("maintenance"));
  CHECK(std::abs(plan_c().nutrition.protein_g - 152) <= 1);  // 1.6 g/kg x 95 kg = 152 g
}

TEST_CASE("schedule hard sets equal the sum over the sessions") {
  const ex::catalog& cat = ex::builtin_catalog();
  for (const plan* p : {&plan_a(), &plan_b(), &plan_c()}) {
    for (const auto& m : p->schedule.muscles) {
      const auto muscle = ex::parse<ex::muscle>(m.muscle);
      REQUIRE(muscle.has_value());
      double sum = 0.0;
      for (const auto& s : p->schedule.sessions) {
        for (const auto& e : s.exercises) {
          const ex::exercise_description* d = cat.find(e.exercise_id);
          REQUIRE(d != nullptr);
          sum += e.sets * ex::credit(*d, *muscle);  // a left + right pair is one set
        }
      }
      CHECK(m.sets == doctest::Approx(sum));
    }
    // Back group: every set of these exercises credits the back once, with the largest credit of
    // its back muscles.
    double back = 0.0;
    for (const auto& s : p->schedule.sessions) {
      for (const auto& e : s.exercises) {
        const ex::exercise_description* d = cat.find(e.exercise_id);
        double best = 0.0;
        ex::muscles_in(ex::muscle_group::back).for_each([&](ex::muscle m) {
          best = std::max(best, ex::credit(*d, m));
        });
        back += e.sets * best;
      }
    }
    CHECK(p->schedule.back_sets_per_week == doctest::Approx(back));
    CHECK(p->progression.front().back_sets == doctest::Approx(back));
  }
}

TEST_CASE("schedule respects 2-3 sessions a week, 48 h apart, and the volume landmarks") {
  for (const plan* p : {&plan_a(), &plan_b(), &plan_c()}) {
    const auto& s = p->schedule;
    REQUIRE(s.sessions.size() >= 2);
    REQUIRE(s.sessions.size() <= 3);
    for (std::size_t i = 0; i < s.sessions.size(); ++i) {
      const int next = i + 1 < s.sessions.size() ? s.sessions[i + 1].day : s.sessions[0].day + 7;
      CHECK(next - s.sessions[i].day >= 2);  // at least 48 h, across the week end too
    }
    CHECK(s.frequency_ok);
    for (const auto& m : s.muscles) {
      if (m.sessions == 0) continue;  // only synergist credit below one set a session
      CHECK(m.sessions >= 2);
      CHECK(m.sessions <= 3);
      CHECK(m.shortest_gap_hours >= 48.0);
    }
    // Back: MEV 10 <= sets <= MRV 25 (Israetel 2017) in every week but the deloads.
    CHECK(s.volume_ok);
    for (const auto& w : p->progression) {
      if (w.deload) continue;
      CHECK(w.back_sets >= 10.0);
      CHECK(w.back_sets <= 25.0);
    }
    for (const auto& g : s.groups) {
      if (g.group == "back") CHECK((g.zone == "effective" || g.zone == "adaptive"));
    }
  }
  // Day layouts: 2 days -> Monday and Thursday; 3 or more -> Monday, Wednesday, Friday.
  CHECK(plan_b().schedule.sessions[1].day == 3);
  CHECK(plan_b().schedule.sessions[1].day_name == "Thursday");
  CHECK(plan_c().schedule.sessions.size() == 3);
  CHECK(plan_c().schedule.sessions[2].day_name == "Friday");
}

TEST_CASE("every exercise can be done with the equipment; substitutes replace what is missing") {
  for (const plan* p : {&plan_a(), &plan_b(), &plan_c()}) {
    for (const auto& s : p->schedule.sessions) {
      for (const auto& e : s.exercises) {
        const auto* d = ex::builtin_catalog().find(e.exercise_id);
        REQUIRE(d != nullptr);
        CHECK(ex::can_perform_with(*d, p->input.equipment));
        CHECK(e.sets > 0);
        CHECK(e.reps_min >= 1);
        CHECK(e.reps_max >= e.reps_min);
        CHECK(e.rest_seconds > 0.0);
        CHECK_FALSE(e.tempo.empty());
      }
    }
  }
  // A has no barbell: no deadlift, a hinge that replaces it.
  CHECK_FALSE(uses(plan_a(), "deadlift"));
  bool replaced = false;
  for (const auto& e : plan_a().schedule.sessions[0].exercises) {
    if (e.slot == "hinge") {
      CHECK(e.replaces == "deadlift");
      CHECK(e.replace_reason.find("barbell") != std::string::npos);
      CHECK(e.substitute_score > 0.0);
      replaced = true;
    }
  }
  CHECK(replaced);
  // A has a bar and a band: the article's pull-up with its band-assisted regression.
  CHECK(plan_a().schedule.sessions[0].exercises[0].exercise_id == "band_assisted_pull_up");
  CHECK(plan_a().schedule.sessions[0].exercises[1].exercise_id == "dumbbell_row_single_arm");
  CHECK(plan_a().schedule.sessions[0].exercises[1].per_side);
  // B has a barbell: the article's deadlift.
  CHECK(uses(plan_b(), "deadlift"));
  // C has no pull-up bar: a pulldown instead of the pull-up, never a pull-up.
  CHECK_FALSE(uses(plan_c(), "pull_up"));
  CHECK_FALSE(uses(plan_c(), "band_assisted_pull_up"));
  CHECK(plan_c().schedule.sessions[0].exercises[0].exercise_id == "lat_pulldown");
  CHECK(plan_c().schedule.sessions[0].exercises[0].replaces == "pull_up");
}

TEST_CASE("no pull-up bar and only a band: band or inverted-row style pulls") {
  planner::plan_input in = sample::home_gym_man();
  in.equipment = {ex::equipment::band};
  const plan p = planner::make_plan(in);
  CHECK_FALSE(uses(p, "pull_up"));
  CHECK_FALSE(uses(p, "deadlift"));
  const auto& first = p.schedule.sessions[0].exercises[0];
  CHECK(first.slot == "vertical_pull");
  CHECK(first.replaces == "pull_up");
  const auto* d = ex::builtin_catalog().find(first.exercise_id);
  REQUIRE(d != nullptr);
  CHECK(d->equipment_options.size() + 1 > 0);
  CHECK(ex::can_perform_with(*d, in.equipment));
}

TEST_CASE("progression: deload every fifth week, loads rounded to the equipment") {
  const plan& p = plan_a();
  REQUIRE(p.progression.size() == 12);
  for (const auto& w : p.progression) {
    CHECK(w.deload == (w.week % 5 == 0));
    CHECK(w.one_rep_max_kg.size() == 3);
    for (const auto& e : w.exercises) {
      if (e.load_kind == "per_hand" && e.exercise_id == "dumbbell_row_single_arm") {
        // The dumbbell rack goes 2, 4, ..., 50 kg.
        CHECK(std::fmod(e.load_kg, 2.0) == doctest::Approx(0.0));
      }
    }
  }
  // Deload weeks hold fewer sets than the week before.
  CHECK(p.progression[4].back_sets < p.progression[3].back_sets);
  // The barbell deadlift of B moves in 2.5 kg steps (20 kg bar, pairs down to 1.25 kg).
  for (const auto& w : plan_b().progression) {
    for (const auto& e : w.exercises) {
      if (e.exercise_id == "deadlift") CHECK(std::fmod(e.load_kg, 2.5) == doctest::Approx(0.0));
    }
  }
}

TEST_CASE("projection: Hall model next to the static rule") {
  for (const plan* p : {&plan_a(), &plan_b(), &plan_c()}) {
    REQUIRE(p->projection.size() == static_cast<std::size_t>(p->input.weeks) + 1);
    CHECK(p->projection.front().body_mass_kg == doctest::Approx(p->body.body_mass_kg));
    for (const auto& r : p->projection) {
      CHECK(r.fat_mass_kg + r.fat_free_mass_kg == doctest::Approx(r.body_mass_kg));
      CHECK(r.static_body_mass_kg ==
            doctest::Approx(p->body.body_mass_kg +
                            p->nutrition.balance_kcal_per_day * 7.0 * r.week / 7700.0));
    }
  }
  // Losing: weight and fat go down; the static rule predicts more loss by week 12 than the
  // dynamic model (Hall 2008: the static rule overpredicts as expenditure adapts).
  const auto& a = plan_a().projection;
  CHECK(a.back().body_mass_kg < a.front().body_mass_kg);
  CHECK(a.back().fat_mass_kg < a.front().fat_mass_kg);
  CHECK(a.back().static_body_mass_kg < a.back().body_mass_kg);
  // Maintenance: the weight stays within 0.5 kg.
  CHECK(std::fabs(plan_c().projection.back().body_mass_kg - 95.0) < 0.5);
}

TEST_CASE("findings carry their module, value and source") {
  // A 1.5 %/week loss is above Helms et al.'s 1 %/week.
  planner::plan_input in = sample::home_gym_man();
  in.weekly_rate_percent = 1.5;
  const plan fast = planner::make_plan(in);
  bool loss = false;
  for (const auto& f : fast.findings) {
    if (f.code == "loss_rate_above_guideline") {
      loss = true;
      CHECK(f.module == "energy");
      CHECK(f.value == doctest::Approx(1.5));
      CHECK(f.limit == doctest::Approx(1.0));
      CHECK(f.source.year == 2014);
    }
  }
  CHECK(loss);

  // One day a week: every back muscle is trained once, fewer than 2 sessions (ACSM 2009).
  in = sample::home_gym_man();
  in.days_per_week = 1;
  const plan once = planner::make_plan(in);
  CHECK(once.schedule.sessions.size() == 1);
  CHECK_FALSE(once.schedule.frequency_ok);
  bool lats = false;
  for (const auto& f : once.findings) {
    if (f.code == "too_few_sessions" && f.message.rfind("lats", 0) == 0) {
      lats = true;
      CHECK(f.module == "training");
      CHECK(f.value == 1.0);
      CHECK(f.limit == 2.0);
      CHECK(f.source.year == 2009);
    }
  }
  CHECK(lats);

  // A PAL of 1.3 lies below FAO/WHO/UNU's sustainable range.
  in = sample::home_gym_man();
  in.physical_activity_level = 1.3;
  bool pal = false;
  for (const auto& f : planner::make_plan(in).findings) {
    pal = pal || (f.code == "pal_outside_sustainable_range" && f.limit == 1.4);
  }
  CHECK(pal);

  // Bodyweight only: the catalog has no pull without a bar, band or station: reported.
  in = sample::home_gym_man();
  in.equipment = {};
  const plan bare = planner::make_plan(in);
  bool missing = false;
  for (const auto& f : bare.findings)
    missing = missing || f.code == "no_exercise_for_slot";
  CHECK(missing);
  CHECK_FALSE(bare.schedule.volume_ok);
}

TEST_CASE("parse_plan_goal reads the stable names") {
  CHECK(planner::parse_plan_goal("lose_fat") == planner::plan_goal::lose_fat);
  CHECK(planner::parse_plan_goal("recomposition") == planner::plan_goal::recomposition);
  CHECK(planner::parse_plan_goal("build_muscle") == planner::plan_goal::build_muscle);
  CHECK_FALSE(planner::parse_plan_goal("bulk").has_value());
}
