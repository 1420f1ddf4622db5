// SPDX-License-Identifier: MIT
// Planner internals (included by planner/detail/make_plan.hpp): the slots of a back session,
// the implement an exercise's load is made with and the loads it can make, and the selection
// stage: the exercise of each slot from the catalog, the equipment at hand and the lifter's
// strength, with the movement pattern kept (docs/planner.md, "Selection and substitution").
#pragma once

#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <physique/exercise/builtin_catalog.hpp>
#include <physique/exercise/catalog.hpp>
#include <physique/exercise/description.hpp>
#include <physique/exercise/equipment.hpp>
#include <physique/planner/detail/strength.hpp>
#include <physique/training/load_rounding.hpp>
#include <physique/training/progression_ladder.hpp>

namespace physique::planner::detail {

/// A slot of the back session: the source article's exercise, its strength family, and the
/// movement patterns a substitute may have, in order of preference; patterns after
/// `faithful_patterns` keep the slot filled but change the movement, and the plan says so.
struct slot_spec {
  const char* slot;
  const char* preferred;
  family strength_family;
  std::array<exercise::movement_pattern, 3> patterns;
  int pattern_count;
  int faithful_patterns;
};

inline constexpr std::array<slot_spec, 3> back_slots{{
    {"vertical_pull",
     "pull_up",
     family::vertical_pull,
     {exercise::movement_pattern::vertical_pull, exercise::movement_pattern::pullover,
      exercise::movement_pattern::horizontal_pull},
     3,
     1},
    {"horizontal_pull",
     "dumbbell_row_single_arm",
     family::horizontal_pull,
     {exercise::movement_pattern::horizontal_pull, exercise::movement_pattern::horizontal_pull,
      exercise::movement_pattern::horizontal_pull},
     1,
     1},
    {"hinge",
     "deadlift",
     family::hinge,
     {exercise::movement_pattern::hinge, exercise::movement_pattern::hip_extension,
      exercise::movement_pattern::hinge},
     2,
     2},
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

/// True when `e` is a working exercise (reps-based, with guidance beyond skill practice) of
/// the slot's family that trains a back muscle, or a hinge / hip extension for the hinge slot.
[[nodiscard]] inline bool suitable(const exercise::exercise_description& e, const slot_spec& slot) {
  if (e.measure && *e.measure != exercise::measure::reps) return false;
  bool working = false;
  for (const exercise::rep_guidance& g : e.rep_guidance) {
    if (g.goal != exercise::training_goal::skill && g.reps) working = true;
  }
  if (!working) return false;
  const std::optional<exercise_strength> s = strength_of(e.id);
  // A pull slot takes pulls of either family (its own first, by pattern), never a hinge.
  if (!s || (s->of == family::hinge) != (slot.strength_family == family::hinge)) return false;
  if (slot.strength_family == family::hinge) return true;
  return e.primary_muscles.intersects(exercise::muscles_in(exercise::muscle_group::back));
}

/// The rank of `e`'s pattern among the slot's patterns (0 = the slot's own), or -1.
[[nodiscard]] inline int pattern_rank(const exercise::exercise_description& e,
                                      const slot_spec& slot) noexcept {
  if (!e.movement_pattern) return -1;
  for (int i = 0; i < slot.pattern_count; ++i) {
    if (slot.patterns[static_cast<std::size_t>(i)] == *e.movement_pattern) return i;
  }
  return -1;
}

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

/// The band-or-bar ladders of the vertical-pull slot when a pull-up bar is at hand.
[[nodiscard]] inline std::span<const training::ladder_step> pull_up_ladder_for(
    exercise::equipment_set available) noexcept {
  const bool band = available.contains(exercise::equipment::band);
  const bool weight = available.contains(exercise::equipment::weight_plate) ||
                      available.contains(exercise::equipment::dumbbell);
  const std::span<const training::ladder_step> all =
      band ? std::span<const training::ladder_step>(training::pull_up_ladder)
           : std::span<const training::ladder_step>(negative_pull_up_ladder);
  return weight ? all : all.first(all.size() - 1);
}

/// Rep range and rest of an exercise for muscle growth: its hypertrophy guidance, else its
/// first guidance with reps, else 8-12 reps; rest from the guidance or 120 s.
struct dose {
  int reps_min = 8;
  int reps_max = 12;
  double rest_seconds = 120.0;
};

[[nodiscard]] inline dose dose_of(const exercise::exercise_description& e) {
  const exercise::rep_guidance* g = exercise::guidance_for(e, exercise::training_goal::hypertrophy);
  if (g == nullptr || !g->reps) {
    for (const exercise::rep_guidance& x : e.rep_guidance) {
      if (x.reps && x.goal != exercise::training_goal::skill) {
        g = &x;
        break;
      }
    }
  }
  dose d;
  if (g != nullptr && g->reps) {
    d.reps_min = static_cast<int>(g->reps->low);
    d.reps_max = static_cast<int>(g->reps->high);
  }
  if (g != nullptr && g->rest_seconds) {
    const double mid = 0.5 * (static_cast<double>(g->rest_seconds->low) +
                              static_cast<double>(g->rest_seconds->high));
    d.rest_seconds = std::round(mid / 15.0) * 15.0;
  }
  return d;
}

/// Everything chosen for one slot: the exercise (for a ladder, its first step), why it was
/// chosen, how it is loaded and the strength it starts from.
struct slot_plan {
  const slot_spec* spec = nullptr;
  const exercise::exercise_description* exercise = nullptr;
  const exercise::exercise_description* preferred = nullptr;
  bool substitute = false;
  bool off_pattern = false;  ///< a substitute of another movement pattern (a finding says so)
  double score = 0.0;
  std::string reason;  ///< what the preferred exercise lacks, "needs barbell"
  std::span<const training::ladder_step> ladder;
  int ladder_start = 0;
  implement tool = implement::none;
  bool band = false;      ///< the resistance is an elastic band (no load in kg)
  bool per_hand = false;  ///< one dumbbell per hand (or in the working hand), load given per hand
  exercise_strength strength{};
  double one_rep_max_kg = 0.0;  ///< starting system 1RM (the pull-up family's for a ladder)
  dose reps;
  int sets = 0;
  std::optional<training::loadable_weights<double>> loads;

  /// True when the lifter can take the lightest load of the exercise for the bottom of the
  /// range at the planner's target RPE.
  [[nodiscard]] bool can_start(double body_mass_kg) const {
    if (band) return true;
    const double lightest = loads ? loads->lightest().in(kilograms) : 0.0;
    return system_load(strength, body_mass_kg, lightest) <=
           allowed_system_load(one_rep_max_kg, reps.reps_min, target_rpe);
  }
};

/// `e` in `slot` with the kit `available` allows, its strength derived from `family_kg`.
[[nodiscard]] inline std::optional<slot_plan> plan_exercise(const exercise::exercise_description& e,
                                                            const slot_spec& slot,
                                                            exercise::equipment_set available,
                                                            double family_kg, int sets) {
  const std::optional<exercise_strength> st = strength_of(e.id);
  const std::optional<exercise::equipment_set> kit = usable_kit(e, available);
  if (!st || !kit) return std::nullopt;
  slot_plan sp;
  sp.spec = &slot;
  sp.exercise = &e;
  sp.tool = implement_of(e, *kit);
  sp.band = sp.tool == implement::none && kit->contains(exercise::equipment::band) &&
            st->body_fraction == 0.0;
  sp.per_hand = sp.tool == implement::dumbbell && st->per_hand_ratio > 0.0;
  sp.strength = *st;
  sp.one_rep_max_kg = exercise_one_rep_max(*st, family_kg, sp.per_hand);
  sp.reps = dose_of(e);
  sp.sets = sets;
  sp.loads = loads_of(sp.tool);
  return sp;
}

/// The pull-up ladder of `available`, started at its highest unloaded step the lifter can
/// do, or `std::nullopt` without a bar or when no step is within the lifter's means.
[[nodiscard]] inline std::optional<slot_plan> plan_ladder(const exercise::catalog& cat,
                                                          const slot_spec& slot,
                                                          exercise::equipment_set available,
                                                          double family_kg, double body_mass_kg) {
  if (!available.contains(exercise::equipment::pull_up_bar)) return std::nullopt;
  const std::span<const training::ladder_step> ladder = pull_up_ladder_for(available);
  std::optional<slot_plan> best;
  for (std::size_t i = 0; i < ladder.size(); ++i) {
    const training::ladder_step& step = ladder[i];
    const exercise::exercise_description* e = cat.find(step.exercise);
    const std::optional<exercise_strength> st = strength_of(step.exercise);
    if (e == nullptr || !st || step.loaded) continue;
    slot_plan sp;
    sp.spec = &slot;
    sp.exercise = e;
    sp.ladder = ladder;
    sp.ladder_start = static_cast<int>(i);
    sp.tool = ladder.back().loaded ? implement::belt : implement::none;
    sp.strength = *st;
    sp.one_rep_max_kg = family_kg;
    sp.reps = dose{step.reps_min, step.reps_max, dose_of(*e).rest_seconds};
    sp.sets = step.sets;
    sp.loads = loads_of(sp.tool);
    const double need = system_load(*st, body_mass_kg, 0.0);
    if (need <= allowed_system_load(family_kg, step.reps_min, target_rpe)) best = sp;
  }
  return best;
}

/// True when `id` is among `taken`.
[[nodiscard]] inline bool is_taken(const std::vector<std::string>& taken, std::string_view id) {
  for (const std::string& t : taken) {
    if (t == id) return true;
  }
  return false;
}

/// Chooses the exercise of `slot`: the preferred one (the pull-up ladder for the vertical
/// pull) when it can be done, is not taken and its lightest load is within the lifter's
/// means; else the best-ranked substitute (`catalog::rank_substitutes`) that passes the same
/// tests, the slot's own pattern first, then its other patterns in order.
[[nodiscard]] inline std::optional<slot_plan> choose(const exercise::catalog& cat,
                                                     const slot_spec& slot,
                                                     exercise::equipment_set available,
                                                     const std::vector<std::string>& taken,
                                                     const std::array<double, 3>& family_kg,
                                                     double body_mass_kg, int sets) {
  const exercise::exercise_description* preferred = cat.find(slot.preferred);
  if (preferred == nullptr) return std::nullopt;
  const auto fits = [&](const exercise::exercise_description& e) -> std::optional<slot_plan> {
    if (is_taken(taken, e.id) || !suitable(e, slot)) return std::nullopt;
    // Loaded from the strength of what it is: its own family's estimate.
    const family own = strength_of(e.id)->of;
    std::optional<slot_plan> sp =
        plan_exercise(e, slot, available, family_kg[static_cast<std::size_t>(own)], sets);
    if (!sp || !sp->can_start(body_mass_kg)) return std::nullopt;
    return sp;
  };
  std::optional<slot_plan> out;
  if (slot.strength_family == family::vertical_pull) {
    out = plan_ladder(cat, slot, available,
                      family_kg[static_cast<std::size_t>(family::vertical_pull)], body_mass_kg);
    if (out && is_taken(taken, out->exercise->id)) out.reset();
  }
  if (!out) out = fits(*preferred);
  if (out) {
    out->preferred = preferred;
    out->substitute = out->exercise != preferred && out->ladder.empty();
    if (out->substitute) out->reason = missing_equipment(*preferred, available);
    return out;
  }
  const auto ranked = cat.rank_substitutes(slot.preferred, available, cat.size());
  for (int rank = 0; rank < slot.pattern_count && !out; ++rank) {
    for (const exercise::substitute_match& m : ranked) {
      if (pattern_rank(*m.exercise, slot) != rank) continue;
      out = fits(*m.exercise);
      if (!out) continue;
      out->score = m.score;
      out->off_pattern = rank >= slot.faithful_patterns;
      break;
    }
  }
  if (!out) return std::nullopt;
  out->preferred = preferred;
  out->substitute = true;
  out->reason = exercise::can_perform_with(*preferred, available)
                    ? std::string("too heavy at the lightest load for this lifter")
                    : missing_equipment(*preferred, available);
  return out;
}

}  // namespace physique::planner::detail
