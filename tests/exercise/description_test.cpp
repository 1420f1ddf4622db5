// SPDX-License-Identifier: MIT
// The exercise description: absent means unknown, default volume credit 1.0 / 0.5.
#include <doctest/doctest.h>

#include <physique/exercise.hpp>

namespace ex = physique::exercise;
using ex::equipment;
using ex::muscle;

TEST_CASE("a default description knows nothing") {
  const ex::exercise_description d;
  CHECK_FALSE(d.modality.has_value());
  CHECK_FALSE(d.level.has_value());
  CHECK_FALSE(d.equipment.has_value());  // unknown, not bodyweight
  CHECK_FALSE(d.tempo.has_value());
  CHECK_FALSE(d.breathing.has_value());
  CHECK(d.primary_muscles.empty());
  CHECK_FALSE(ex::can_perform_with(d, ex::equipment_set::all()));
}

TEST_CASE("volume credit: 1.0 primary, 0.5 secondary, overrides, 0 otherwise") {
  ex::exercise_description d;
  d.primary_muscles = {muscle::lats, muscle::upper_back};
  d.secondary_muscles = {muscle::biceps, muscle::glutes};
  d.muscle_weights = {{muscle::glutes, 0.25}, {muscle::upper_back, 0.75}};
  CHECK(ex::credit(d, muscle::lats) == 1.0);
  CHECK(ex::credit(d, muscle::biceps) == 0.5);
  CHECK(ex::credit(d, muscle::glutes) == 0.25);
  CHECK(ex::credit(d, muscle::upper_back) == 0.75);
  CHECK(ex::credit(d, muscle::chest) == 0.0);
  const auto all = ex::credits(d);
  double sum = 0.0;
  for (double c : all)
    sum += c;
  CHECK(sum == doctest::Approx(1.0 + 0.75 + 0.5 + 0.25));
  CHECK(ex::worked_muscles(d).size() == 4);
  CHECK(ex::primary_groups(d) == ex::muscle_group_set{ex::muscle_group::back});
}

TEST_CASE("equipment: main kit or any alternative kit") {
  ex::exercise_description d;
  d.equipment = ex::equipment_set{equipment::dumbbell, equipment::bench};
  d.equipment_options = {ex::equipment_set{equipment::machine}};
  CHECK(ex::can_perform_with(d, {equipment::dumbbell, equipment::bench}));
  CHECK(ex::can_perform_with(d, {equipment::machine}));
  CHECK_FALSE(ex::can_perform_with(d, {equipment::dumbbell}));
  ex::exercise_description bw;
  bw.equipment = ex::equipment_set{equipment::bodyweight};
  CHECK(ex::can_perform_with(bw, {}));
}

TEST_CASE("guidance_for finds a goal's dose") {
  ex::exercise_description d;
  ex::rep_guidance g;
  g.goal = ex::training_goal::strength;
  g.reps = ex::closed_range<unsigned>{3, 5};
  d.rep_guidance.push_back(g);
  REQUIRE(ex::guidance_for(d, ex::training_goal::strength) != nullptr);
  CHECK(ex::guidance_for(d, ex::training_goal::strength)->reps->contains(4));
  CHECK(ex::guidance_for(d, ex::training_goal::endurance) == nullptr);
}

TEST_CASE("movement pattern guess from names") {
  using P = ex::movement_pattern;
  CHECK(ex::guess_movement_pattern("Barbell Deadlift") == P::hinge);
  CHECK(ex::guess_movement_pattern("Lying Leg Curls") == P::knee_flexion);  // before "curl"
  CHECK(ex::guess_movement_pattern("Hammer Curls") == P::elbow_flexion);
  CHECK(ex::guess_movement_pattern("Seated Cable Rows") == P::horizontal_pull);
  CHECK(ex::guess_movement_pattern("Medicine Ball Throw") == P::throw_);  // not "row"
  CHECK(ex::guess_movement_pattern("Arrow Drill") == std::nullopt);       // "row" is a word
  CHECK(ex::guess_movement_pattern("Dumbbell Split Squat") == P::lunge);
  CHECK(ex::guess_movement_pattern("Chin-Up") == P::vertical_pull);
  CHECK(ex::guess_movement_pattern("Hamstring Stretch", ex::modality::stretching) == P::stretch);
  CHECK_FALSE(ex::guess_movement_pattern("Superman").has_value());
  CHECK_FALSE(ex::guess_movement_pattern("").has_value());
  // On the built-in catalog a guess is either absent or the pattern we chose by hand.
  for (const auto& e : ex::builtin_catalog()) {
    CAPTURE(e.id);
    const auto g = ex::guess_movement_pattern(e.name, e.modality);
    if (g) CHECK(g == e.movement_pattern);
  }
}
