// SPDX-License-Identifier: MIT
// The types of the back-training planner: its input, the plan and every part of it. The
// planner itself is `make_plan` (planner/plan.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <physique/composition/skinfolds.hpp>
#include <physique/composition/us_navy.hpp>
#include <physique/core/citation.hpp>
#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/exercise/equipment.hpp>
#include <physique/training/date.hpp>
#include <physique/training/volume_landmarks.hpp>

namespace physique::planner {

/// What the plan is for.
enum class plan_goal : unsigned char {
  lose_fat,       ///< energy deficit (0.75 % of body mass a week by default, lowered to keep
                  ///< the deficit within 25 % of expenditure), deficit macros
  recomposition,  ///< maintenance energy, maintenance macros, training drives the change
  build_muscle,   ///< energy surplus (0.25 % of body mass a week by default), surplus macros
};

/// Stable snake_case name of a goal ("lose_fat", "recomposition", "build_muscle").
[[nodiscard]] constexpr const char* to_string(plan_goal g) noexcept {
  switch (g) {
    case plan_goal::lose_fat:
      return "lose_fat";
    case plan_goal::recomposition:
      return "recomposition";
    case plan_goal::build_muscle:
      return "build_muscle";
  }
  return "";
}

/// The goal named `text` ("lose_fat", "recomposition", "build_muscle"), or `std::nullopt`.
[[nodiscard]] constexpr std::optional<plan_goal> parse_plan_goal(std::string_view text) noexcept {
  for (plan_goal g : {plan_goal::lose_fat, plan_goal::recomposition, plan_goal::build_muscle}) {
    if (text == to_string(g)) return g;
  }
  return std::nullopt;
}

/// Optional strength estimates, each a one-repetition maximum of a movement family as the
/// simulated lifter counts it ("system load": external load plus the share of body mass
/// moved, minus band assistance). Absent values take the illustrative novice defaults of
/// docs/planner.md (vertical pull 1.0 x body mass, one-arm row 0.35 x body mass per arm,
/// deadlift 1.2 x body mass). Each exercise's own 1RM is derived from its family's estimate
/// (docs/planner.md, "Per-exercise strength"); they set the starting loads, bound every load
/// and drive the simulation.
struct strength_estimates {
  std::optional<mass<double>> vertical_pull;    ///< pull-up family, body mass included
  std::optional<mass<double>> horizontal_pull;  ///< one-arm dumbbell row, per arm
  std::optional<mass<double>> hinge;            ///< conventional deadlift
};

/// Everything the planner needs. Only `individual` is required; the rest has defaults.
///
/// - `individual`: sex, age, height, body mass (must pass `physique::validate`).
/// - body fat, first match wins: `body_fat_percent` (in [0, 100)); `skinfolds` (Jackson-Pollock
///   7-site, Siri); `circumferences` (US Navy, Hodgdon-Beckett 1984). With none of them the
///   fat fraction is estimated from BMI, age and sex (Jackson et al. 2002) and the plan uses
///   body-mass-based equations.
/// - `goal`, `weekly_rate_percent` (magnitude, % of body mass a week; default 0.75 to lose fat,
///   0.25 to build muscle; must be zero or absent for recomposition).
/// - `equipment`: what is at hand (bodyweight is always available).
/// - `days_per_week` (1-7) training days available: 1 gives one back session (reported as off
///   guideline), 2 gives Monday/Thursday, 3 or more Monday/Wednesday/Friday.
/// - `weeks`: horizon, 1-104.
/// - `physical_activity_level`: PAL (1.0-5.0; default 1.55, FAO/WHO/UNU 2004's sedentary or
///   light band); `meals_per_day` (1-24, default 4).
/// - `start`: first day of the plan (a Monday is expected: days are counted from it);
///   `seed`: the simulated lifter's noise sequence.
struct plan_input {
  /// Sex, age, height and body mass (must pass `physique::validate`).
  physique::person<double> individual{};
  /// Measured body fat, % in [0, 100); takes precedence over the rest.
  std::optional<double> body_fat_percent;
  /// Jackson-Pollock 7-site skinfolds (Siri), used without `body_fat_percent`.
  std::optional<composition::seven_skinfolds<double>> skinfolds;
  /// US Navy circumferences (Hodgdon-Beckett 1984), used without the above.
  std::optional<composition::circumferences<double>> circumferences;
  plan_goal goal = plan_goal::recomposition;  ///< what the plan is for
  /// Magnitude, % of body mass a week; absent takes the goal's default.
  std::optional<double> weekly_rate_percent;
  exercise::equipment_set equipment{};  ///< equipment at hand (bodyweight is always available)
  int days_per_week = 3;                ///< training days available a week, 1-7
  int weeks = 12;                       ///< horizon in weeks, 1-104
  std::optional<double> physical_activity_level;  ///< PAL, 1.0-5.0; absent takes 1.55
  unsigned meals_per_day = 4;                     ///< meals a day, 1-24
  strength_estimates strength{};                  ///< optional 1RM estimates per movement family
  /// First day of the plan (a Monday is expected).
  training::date start = training::date::from_ymd(2026, 1, 5);
  std::uint64_t seed = 2026;  ///< seed of the simulated lifter's noise sequence
};

/// The body composition the plan starts from.
struct body_estimate {
  double body_mass_kg = 0;      ///< body mass, kg
  double height_cm = 0;         ///< height, cm
  double age_years = 0;         ///< age, years
  double body_mass_index = 0;   ///< BMI, kg/m^2
  double fat_percent = 0;       ///< body fat, % of body mass
  double fat_mass_kg = 0;       ///< fat mass, kg
  double fat_free_mass_kg = 0;  ///< fat-free mass, kg
  std::string method;           ///< "given_percent", an equation id, or "jackson_2002" (BMI-based)
  std::string method_name;      ///< display name
  citation source{};            ///< where the method comes from
  bool measured = false;  ///< false when estimated from BMI (then not used for lean-mass equations)
};

/// One row of the resting-expenditure comparison.
struct resting_row {
  std::string id;             ///< equation id
  std::string name;           ///< equation display name
  double kcal_per_day = 0;    ///< resting expenditure, kcal/day
  bool inside_sample = true;  ///< the person lies inside the sample the equation was fitted on
};

/// Resting and total expenditure.
struct expenditure_estimate {
  std::string equation_id;    ///< "mifflin_st_jeor" or, with a measured body fat, "katch_mcardle"
  std::string equation_name;  ///< display name of that equation
  citation source{};          ///< where that equation comes from
  double resting_kcal_per_day = 0;      ///< resting expenditure, kcal/day
  double physical_activity_level = 0;   ///< PAL used
  std::string pal_category;             ///< FAO/WHO/UNU 2004 lifestyle, empty outside 1.40-2.40
  double total_kcal_per_day = 0;        ///< resting x PAL (FAO/WHO/UNU 2004)
  citation pal_source{};                ///< where the PAL bands come from
  std::vector<resting_row> comparison;  ///< every equation the inputs allow
};

/// The energy target and the macro split.
struct nutrition_plan {
  std::string energy_goal;               ///< "lose", "maintain" or "gain"
  double weekly_rate_percent = 0;        ///< magnitude, % of body mass a week
  double weekly_change_kg = 0;           ///< signed, static rule
  double target_kcal_per_day = 0;        ///< intake target (static rule, Wishnofsky 1958 in kg)
  double balance_kcal_per_day = 0;       ///< target - total expenditure
  citation target_source{};              ///< where the energy target rule comes from
  std::string preset_id;                 ///< nutrition goal preset
  std::string preset_name;               ///< display name of the preset
  std::string protein_basis;             ///< "body_mass" or "fat_free_mass"
  double protein_g_per_kg = 0;           ///< protein, g per kg of the protein basis a day
  double fat_share = 0;                  ///< fat, fraction of energy (0-1)
  citation protein_source{};             ///< where the protein target comes from
  citation fat_source{};                 ///< where the fat share comes from
  int protein_g = 0;                     ///< whole grams a day
  int fat_g = 0;                         ///< whole grams a day
  int carbohydrate_g = 0;                ///< whole grams a day
  double macro_kcal_per_day = 0;         ///< 4 P + 9 F + 4 C of the whole grams (Atwater)
  unsigned meals = 0;                    ///< meals a day
  double protein_per_meal_g = 0;         ///< protein per meal, g
  double protein_per_meal_g_per_kg = 0;  ///< protein per meal, g per kg of body mass
  citation meal_source{};                ///< where the per-meal protein guidance comes from
};

/// One exercise of a back session.
struct scheduled_exercise {
  std::string slot;             ///< "vertical_pull", "horizontal_pull" or "hinge"
  std::string exercise_id;      ///< catalog id of the exercise
  std::string name;             ///< display name
  std::string replaces;         ///< the source article's exercise it stands in for; empty if none
  std::string replace_reason;   ///< e.g. "needs barbell"
  double substitute_score = 0;  ///< `catalog::rank_substitutes` score, 0 when not a substitute
  int sets = 0;                 ///< working sets
  int reps_min = 0;             ///< lower end of the rep range
  int reps_max = 0;             ///< upper end of the rep range
  bool per_side = false;        ///< reps per arm / leg; a left + right pair is one set
  std::string tempo;            ///< "3-0-1-1" (eccentric-pause-concentric-pause), empty if unknown
  double rest_seconds = 0;      ///< rest between sets, s
  double start_load_kg = 0;     ///< after rounding to the equipment; 0 for bodyweight work
  std::string load_kind;        ///< "per_hand", "total", "added", "bodyweight" or "band"
  std::string equipment;        ///< what the load is made with ("dumbbell", "barbell", ...)
  std::string progression;      ///< "double_progression" or "ladder: a -> b -> c"
  double rpe = 0;               ///< target RPE of every working set (RIR = 10 - RPE)
  double one_rep_max_kg = 0;    ///< the lifter's starting 1RM for it, as system load
  std::string strength_basis;   ///< how that 1RM derives from the family estimate
  bool off_pattern = false;     ///< a substitute of another movement pattern
};

/// One back session of the weekly layout.
struct back_session {
  int day = 0;                                ///< 0 = first day of the plan's week
  std::string day_name;                       ///< "Monday" when the plan starts on a Monday
  std::vector<scheduled_exercise> exercises;  ///< the session's exercises, in order
};

/// Weekly hard sets of one muscle (fractional credit for synergists).
struct muscle_sets {
  std::string muscle;             ///< muscle name
  std::string group;              ///< coarse group the muscle belongs to
  double sets = 0;                ///< weekly hard sets (fractional for synergists)
  int sessions = 0;               ///< sessions a week giving it at least one hard set
  double shortest_gap_hours = 0;  ///< between two of them (0 when trained once)
};

/// Weekly hard sets of one coarse group, with its landmarks when they are known.
struct group_sets {
  std::string group;  ///< coarse group name
  double sets = 0;    ///< weekly hard sets
  /// Volume landmarks (MV, MEV, MAV, MRV), when known.
  std::optional<training::volume_landmarks<double>> landmarks;
  std::string zone;  ///< `training::volume_zone` name, empty without landmarks
};

/// The weekly back schedule (week 1, before any progression).
struct weekly_schedule {
  std::vector<back_session> sessions;  ///< back sessions of the week
  std::vector<muscle_sets> muscles;    ///< muscles with sets > 0, in muscle order
  std::vector<group_sets> groups;      ///< groups with sets > 0, in group order
  double back_sets_per_week = 0;       ///< weekly hard sets of the back group
  bool frequency_ok = false;           ///< `training::check_weekly_structure` found nothing
  bool volume_ok = false;              ///< back sets within [MEV, MRV] every non-deload week
  int deload_every_weeks = 0;          ///< a deload comes every this many weeks
};

/// One exercise in one week of the progression (its first session of the week): what was
/// prescribed, what the simulated lifter did, and its strength then.
struct progression_entry {
  std::string slot;            ///< "vertical_pull", "horizontal_pull" or "hinge"
  std::string exercise_id;     ///< catalog id of the exercise
  std::string name;            ///< display name
  int sets = 0;                ///< prescribed working sets
  int reps_min = 0;            ///< lower end of the rep range
  int reps_max = 0;            ///< upper end of the rep range
  bool per_side = false;       ///< reps per arm / leg
  double load_kg = 0;          ///< prescribed load, kg (as `load_kind` counts it)
  std::string load_kind;       ///< "per_hand", "total", "added", "bodyweight" or "band"
  double rpe = 0;              ///< target RPE of the sets (6 on a lighter deload)
  double system_load_kg = 0;   ///< load + body share - band assistance (the lifter's terms)
  double one_rep_max_kg = 0;   ///< the lifter's 1RM for it when the session began (system)
  std::vector<int> reps_done;  ///< reps the simulated lifter achieved, set by set
  std::string event;           ///< what the progression rule made of them
};

/// One week of the progression.
struct progression_week {
  int week = 0;                              ///< 1-based
  bool deload = false;                       ///< true in a deload week
  double back_sets = 0;                      ///< weekly hard sets of the back group
  std::vector<progression_entry> exercises;  ///< the week's exercises, in session order
  std::vector<double> one_rep_max_kg;  ///< simulated 1RM per slot (system load), after the week
};

/// Projected body composition at the end of a week (week 0 = start).
struct projection_row {
  int week = 0;                         ///< week number, 0 = start
  double body_mass_kg = 0;              ///< body mass, kg (dynamic model, Hall et al. 2011)
  double fat_mass_kg = 0;               ///< fat mass, kg (dynamic model)
  double fat_free_mass_kg = 0;          ///< fat-free mass, kg (dynamic model)
  double static_body_mass_kg = 0;       ///< start + balance x days / 7700 kcal/kg
  double intake_kcal_per_day = 0;       ///< energy intake held in the model, kcal/day
  double expenditure_kcal_per_day = 0;  ///< modelled total expenditure that week, kcal/day
};

/// Something unsafe or off guideline, with its source.
struct plan_finding {
  std::string module;   ///< "composition", "energy", "nutrition", "training", "planner"
  std::string code;     ///< snake_case, stable
  std::string message;  ///< human-readable explanation
  double value = 0;     ///< the offending value, in `unit`
  double limit = 0;     ///< the limit it was compared with, in `unit`
  std::string unit;     ///< unit of `value` and `limit`
  citation source{};    ///< where the limit comes from
};

/// The complete plan.
struct plan {
  plan_input input{};                         ///< the input the plan was made from
  body_estimate body{};                       ///< starting body composition
  expenditure_estimate expenditure{};         ///< resting and total expenditure
  nutrition_plan nutrition{};                 ///< energy target and macros
  weekly_schedule schedule{};                 ///< weekly back schedule
  std::vector<std::string> strength_pools;    ///< names of `progression_week::one_rep_max_kg`,
                                              ///< one per slot (the exercise, or its ladder)
  std::vector<double> strength_start_kg;      ///< the simulated 1RM of each at the start
  std::vector<progression_week> progression;  ///< week-by-week progression
  std::vector<projection_row> projection;     ///< projected body composition, week 0 to the last
  std::vector<plan_finding> findings;         ///< everything unsafe or off guideline
};

}  // namespace physique::planner
