// SPDX-License-Identifier: MIT
// Planner internals (included by planner/detail/make_plan.hpp): the choice of an exercise for
// each slot of a back session from the catalog and the equipment at hand, the implement its
// load is made with, and the illustrative strength mapping used by the simulated lifter.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <physique/exercise/builtin_catalog.hpp>
#include <physique/exercise/catalog.hpp>
#include <physique/exercise/description.hpp>
#include <physique/exercise/equipment.hpp>
#include <physique/training/load_rounding.hpp>
#include <physique/training/progression_ladder.hpp>

namespace physique::planner::detail {

/// A slot of the back session: the source article's exercise and what may replace it.
struct slot_spec {
  const char* slot;
  const char* preferred;
  int pool;  ///< 0 vertical pull, 1 horizontal pull, 2 hinge
};

inline constexpr std::array<slot_spec, 3> back_slots{{
    {"vertical_pull", "pull_up", 0},
    {"horizontal_pull", "dumbbell_row_single_arm", 1},
    {"hinge", "deadlift", 2},
}};

/// Pull-up ladders for a bar without a band: negatives first (the catalog's regression of the
/// pull-up), then the article's 2-5, more reps, and added load when there is something to add.
inline constexpr std::array<training::ladder_step, 4> negative_pull_up_ladder{{
    {"negative_pull_up", 3, 3, 5, false},
    {"pull_up", 3, 2, 5, false},
    {"pull_up", 3, 6, 8, false},
    {"weighted_pull_up", 3, 5, 8, true},
}};

/// The implement a load is made with.
enum class implement : unsigned char { none, barbell, dumbbell, kettlebell, stack, belt };

[[nodiscard]] constexpr const char* to_string(implement i) noexcept {
  switch (i) {
    case implement::none:
      return "bodyweight";
    case implement::barbell:
      return "barbell";
    case implement::dumbbell:
      return "dumbbell";
    case implement::kettlebell:
      return "kettlebell";
    case implement::stack:
      return "cable_or_machine";
    case implement::belt:
      return "belt_or_plate";
  }
  return "";
}

/// The kit of `e` that `available` can set up (the main kit first, then the alternatives).
[[nodiscard]] inline std::optional<exercise::equipment_set> usable_kit(
    const exercise::exercise_description& e, exercise::equipment_set available) {
  if (!e.equipment) return std::nullopt;
  if (exercise::kit_available(*e.equipment, available)) return *e.equipment;
  for (const exercise::equipment_set& k : e.equipment_options) {
    if (exercise::kit_available(k, available)) return k;
  }
  return std::nullopt;
}

/// What the external load of `e` is made with, given the kit used.
[[nodiscard]] inline implement implement_of(const exercise::exercise_description& e,
                                            exercise::equipment_set kit) {
  using exercise::equipment;
  const exercise::load_type load = e.load.value_or(exercise::load_type::external);
  if (load == exercise::load_type::bodyweight || load == exercise::load_type::assisted ||
      load == exercise::load_type::none) {
    return implement::none;
  }
  if (load == exercise::load_type::bodyweight_plus) return implement::belt;
  if (kit.contains(equipment::barbell) || kit.contains(equipment::smith_machine) ||
      kit.contains(equipment::trap_bar) || kit.contains(equipment::landmine)) {
    return implement::barbell;
  }
  if (kit.contains(equipment::dumbbell)) return implement::dumbbell;
  if (kit.contains(equipment::kettlebell)) return implement::kettlebell;
  if (kit.contains(equipment::cable) || kit.contains(equipment::machine)) return implement::stack;
  if (kit.contains(equipment::weight_plate)) return implement::belt;
  return implement::none;
}

/// The loads the implement can make (a typical gym's, stated in docs/planner.md).
[[nodiscard]] inline std::optional<training::loadable_weights<double>> loads_of(implement i) {
  using training::loadable_weights;
  switch (i) {
    case implement::barbell: {
      const auto plates = training::olympic_kg_plates<double>();
      return loadable_weights<double>::barbell(kilograms(20.0), plates);
    }
    case implement::dumbbell:
      return loadable_weights<double>::steps(kilograms(2.0), kilograms(2.0), kilograms(50.0));
    case implement::kettlebell: {
      const std::array<mass<double>, 7> bells{kilograms(8.0),  kilograms(12.0), kilograms(16.0),
                                              kilograms(20.0), kilograms(24.0), kilograms(28.0),
                                              kilograms(32.0)};
      return loadable_weights<double>::fixed(bells);
    }
    case implement::stack:
      return loadable_weights<double>::steps(kilograms(5.0), kilograms(5.0), kilograms(120.0));
    case implement::belt: {
      const std::array<training::plate_stock<double>, 4> plates{
          {{kilograms(1.25), 2}, {kilograms(2.5), 2}, {kilograms(5.0), 2}, {kilograms(10.0), 2}}};
      return loadable_weights<double>::belt(plates);
    }
    case implement::none:
      break;
  }
  return std::nullopt;
}

/// The load step of double progression on an implement (the smallest usual jump).
[[nodiscard]] inline double increment_kg(implement i, int pool) noexcept {
  switch (i) {
    case implement::barbell:
      return pool == 2 ? 5.0 : 2.5;
    case implement::dumbbell:
      return 2.0;
    case implement::kettlebell:
      return 4.0;
    case implement::stack:
      return 5.0;
    case implement::belt:
      return 2.5;
    case implement::none:
      break;
  }
  return 0.0;
}

/// How an exercise maps onto its strength pool in the simulated lifter: system load =
/// multiplier x load + body_fraction x body mass - assistance_fraction x body mass.
struct pool_mapping {
  double body_fraction = 0.0;
  double assistance_fraction = 0.0;
  double multiplier = 1.0;
};

/// Illustrative mappings (docs/planner.md, section 7); not fitted to data. Unlisted exercises
/// move 1 x their load; an exercise without load and without a body share here gets one from
/// `make_plan` (half the pool's 1RM), so the simulated system load is never zero.
[[nodiscard]] inline pool_mapping mapping_of(std::string_view id, implement i, int pool) noexcept {
  struct row {
    std::string_view id;
    pool_mapping m;
  };
  static constexpr std::array<row, 26> table{{
      {"pull_up", {1.0, 0.0, 1.0}},
      {"chin_up", {1.0, 0.0, 0.95}},
      {"band_assisted_pull_up", {1.0, 0.3, 1.0}},
      {"negative_pull_up", {1.0, 0.25, 1.0}},
      {"weighted_pull_up", {1.0, 0.0, 1.0}},
      {"lat_pulldown", {0.0, 0.0, 1.0}},
      {"close_grip_lat_pulldown", {0.0, 0.0, 1.0}},
      {"straight_arm_pulldown", {0.0, 0.0, 2.0}},
      {"dumbbell_pullover", {0.0, 0.0, 2.0}},
      {"dumbbell_row_single_arm", {0.0, 0.0, 1.0}},
      {"dumbbell_row_double_arm", {0.0, 0.0, 1.1}},
      {"seated_cable_row", {0.0, 0.0, 0.5}},
      {"single_arm_cable_row", {0.0, 0.0, 1.0}},
      {"chest_supported_row", {0.0, 0.0, 1.1}},
      {"barbell_row", {0.0, 0.0, 0.5}},
      {"t_bar_row", {0.0, 0.0, 0.5}},
      {"inverted_row", {0.3, 0.0, 1.0}},
      {"face_pull", {0.0, 0.0, 1.0}},
      {"deadlift", {0.0, 0.0, 1.0}},
      {"romanian_deadlift", {0.0, 0.0, 1.25}},
      {"kettlebell_deadlift", {0.0, 0.0, 1.0}},
      {"trap_bar_deadlift", {0.0, 0.0, 0.9}},
      {"rack_pull", {0.0, 0.0, 0.8}},
      {"good_morning", {0.0, 0.0, 2.0}},
      {"back_extension", {0.5, 0.0, 1.0}},
      {"superman", {0.3, 0.0, 1.0}},
  }};
  for (const row& r : table) {
    if (r.id == id) {
      pool_mapping m = r.m;
      // Dumbbell hinges are prescribed per hand: twice the load moves.
      if (i == implement::dumbbell && pool == 2) m.multiplier *= 2.0;
      return m;
    }
  }
  return {};
}

/// True when `e` is a working exercise for the back (reps-based, with guidance beyond skill
/// practice) and trains a back muscle or, for the hinge slot, is a hinge or hip extension.
[[nodiscard]] inline bool suitable(const exercise::exercise_description& e, int pool) {
  if (e.measure && *e.measure != exercise::measure::reps) return false;
  bool working = false;
  for (const exercise::rep_guidance& g : e.rep_guidance) {
    if (g.goal != exercise::training_goal::skill && g.reps) working = true;
  }
  if (!working) return false;
  const bool back =
      e.primary_muscles.intersects(exercise::muscles_in(exercise::muscle_group::back));
  const bool hinge = e.movement_pattern == exercise::movement_pattern::hinge ||
                     e.movement_pattern == exercise::movement_pattern::hip_extension;
  // Hinges belong to the hinge slot only, so that a pull slot never takes them.
  return pool == 2 ? hinge : back && !hinge;
}

/// The choice for one slot.
struct slot_choice {
  const exercise::exercise_description* exercise = nullptr;
  const exercise::exercise_description* preferred = nullptr;
  bool substitute = false;
  double score = 0.0;
  std::string reason;  ///< the missing equipment, "needs barbell"
};

/// What the preferred exercise needs that `available` lacks, as "needs a, b".
[[nodiscard]] inline std::string missing_equipment(const exercise::exercise_description& e,
                                                   exercise::equipment_set available) {
  std::string out = "needs ";
  if (!e.equipment) return out + "unknown equipment";
  available.insert(exercise::equipment::bodyweight);
  bool first = true;
  (*e.equipment - available).for_each([&](exercise::equipment q) {
    if (!first) out += ", ";
    out += exercise::to_string(q);
    first = false;
  });
  return out;
}

/// Chooses the exercise of `slot`: the preferred one when it can be done, else the best-ranked
/// substitute (`catalog::rank_substitutes`) that is suitable and not already taken, same
/// movement pattern first.
[[nodiscard]] inline slot_choice choose(const exercise::catalog& cat, const slot_spec& slot,
                                        exercise::equipment_set available,
                                        const std::vector<std::string>& taken) {
  slot_choice c;
  c.preferred = cat.find(slot.preferred);
  if (c.preferred == nullptr) return c;
  if (exercise::can_perform_with(*c.preferred, available)) {
    c.exercise = c.preferred;
    return c;
  }
  c.reason = missing_equipment(*c.preferred, available);
  const auto ranked = cat.rank_substitutes(slot.preferred, available, cat.size());
  const auto is_taken = [&](const exercise::exercise_description* e) {
    for (const std::string& t : taken) {
      if (t == e->id) return true;
    }
    return false;
  };
  for (int pass = 0; pass < 2 && c.exercise == nullptr; ++pass) {
    for (const exercise::substitute_match& m : ranked) {
      if (pass == 0 && !m.same_pattern) continue;
      if (is_taken(m.exercise) || !suitable(*m.exercise, slot.pool)) continue;
      c.exercise = m.exercise;
      c.score = m.score;
      break;
    }
  }
  c.substitute = c.exercise != nullptr;
  return c;
}

}  // namespace physique::planner::detail
