// SPDX-License-Identifier: MIT
// The built-in catalog: integrity (validation passes, links resolve, ladders acyclic) and
// the facts of the source article (MacPherson, "How to Tone Your Back", Verywell Fit), as
// restated in shared/domain/source_article.md.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>

#include <physique/exercise.hpp>

namespace ex = physique::exercise;
using ex::muscle;

namespace {
const ex::exercise_description& get(std::string_view id) {
  const ex::exercise_description* e = ex::builtin_catalog().find(id);
  REQUIRE_MESSAGE(e != nullptr, "missing exercise " << id);
  return *e;
}
bool any_text_contains(const std::vector<std::string>& texts, std::string_view word) {
  for (const std::string& t : texts) {
    if (t.find(word) != std::string::npos) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("the built-in catalog validates with no findings") {
  const auto findings = ex::validate(ex::builtin_catalog());
  for (const auto& f : findings) {
    MESSAGE(f.exercise_id << " " << f.field << ": " << f.message);
  }
  CHECK(findings.empty());
  CHECK(ex::builtin_catalog().size() == ex::builtin_exercise_count);
}

TEST_CASE("catalog size and coverage: at least 30 back, pull and hinge exercises") {
  std::size_t back_pull_hinge = 0;
  for (const auto& e : ex::builtin_catalog()) {
    const bool back = e.primary_muscles.intersects(ex::muscles_in(ex::muscle_group::back));
    const bool pull = e.force == ex::force::pull;
    const bool hinge = e.movement_pattern == ex::movement_pattern::hinge;
    if (back || pull || hinge) ++back_pull_hinge;
  }
  CHECK(back_pull_hinge >= 30);
  // Exercises the issue names explicitly.
  for (const char* id :
       {"chin_up", "inverted_row", "seated_cable_row", "chest_supported_row", "barbell_row",
        "t_bar_row", "face_pull", "straight_arm_pulldown", "romanian_deadlift", "back_extension",
        "good_morning", "rack_pull", "barbell_shrug", "reverse_fly", "kettlebell_swing",
        "negative_pull_up", "scapular_pull_up", "weighted_pull_up"}) {
    CAPTURE(id);
    CHECK(ex::builtin_catalog().find(id) != nullptr);
  }
}

TEST_CASE("every exercise is fully described") {
  for (const auto& e : ex::builtin_catalog()) {
    CAPTURE(e.id);
    CHECK_FALSE(e.name.empty());
    CHECK_FALSE(e.summary.empty());
    CHECK(e.modality.has_value());
    CHECK(e.level.has_value());
    CHECK(e.mechanic.has_value());
    CHECK(e.force.has_value());
    CHECK(e.movement_pattern.has_value());
    CHECK(e.laterality.has_value());
    CHECK(e.contraction.has_value());
    CHECK(e.measure.has_value());
    CHECK(e.load.has_value());
    CHECK_FALSE(e.primary_muscles.empty());
    CHECK(e.equipment.has_value());
    CHECK_FALSE(e.setup.empty());
    CHECK(e.steps.size() >= 2);
    CHECK_FALSE(e.cues.empty());
    CHECK_FALSE(e.mistakes.empty());
    CHECK(e.breathing.has_value());
    CHECK((e.tempo.has_value() || e.contraction == ex::contraction::isometric));
    CHECK_FALSE(e.rep_guidance.empty());
    CHECK_FALSE(e.substitutes.empty());
    REQUIRE(e.license.has_value());
    CHECK(e.license->spdx == "MIT");
    REQUIRE(e.source.has_value());
    CHECK(e.source->id == e.id);
    // Unilateral doses are per side.
    if (e.laterality == ex::laterality::unilateral) {
      for (const auto& g : e.rep_guidance)
        CHECK(g.per_side == true);
    }
  }
}

TEST_CASE("every source-article exercise is present") {
  for (std::string_view id : ex::source_article_exercise_ids) {
    CAPTURE(id);
    CHECK(ex::builtin_catalog().find(id) != nullptr);
  }
}

TEST_CASE("article: single-arm dumbbell row") {
  const auto& e = get("dumbbell_row_single_arm");
  CHECK(e.laterality == ex::laterality::unilateral);
  CHECK(e.equipment == ex::equipment_set{ex::equipment::dumbbell, ex::equipment::bench});
  // "works lower back, upper back and lower trapezius (upper_back here), assisted by abs,
  // biceps and shoulders"
  CHECK(e.primary_muscles.includes(ex::muscle_set{muscle::lower_back, muscle::upper_back}));
  CHECK(e.secondary_muscles.includes(ex::muscle_set{muscle::abs, muscle::biceps}));
  CHECK(e.secondary_muscles.intersects(ex::muscles_in(ex::muscle_group::shoulders)));
  // Dose: 10 to 12 repetitions per arm.
  const auto* g = ex::guidance_for(e, ex::training_goal::hypertrophy);
  REQUIRE(g != nullptr);
  CHECK(g->reps == ex::closed_range<unsigned>{10, 12});
  CHECK(g->per_side == true);
  // Exhale while pulling, inhale on the slow return, braced core.
  REQUIRE(e.breathing.has_value());
  CHECK(e.breathing->exhale == ex::breath_phase::concentric);
  CHECK(e.breathing->inhale == ex::breath_phase::eccentric);
  CHECK(e.breathing->brace == true);
  // One-count squeeze at the top, slow return.
  REQUIRE(e.tempo.has_value());
  CHECK(e.tempo->top_pause == 1);
  CHECK(e.tempo->eccentric > e.tempo->concentric);
  CHECK(any_text_contains(e.cues, "elbow"));
  CHECK(any_text_contains(e.steps, "neutral"));
}

TEST_CASE("article: double-arm dumbbell row") {
  const auto& e = get("dumbbell_row_double_arm");
  CHECK(e.laterality == ex::laterality::bilateral);
  CHECK(e.equipment == ex::equipment_set{ex::equipment::dumbbell});  // no bench: unsupported
  CHECK(e.primary_muscles.contains(muscle::lower_back));             // "mostly lower-back work"
  CHECK(ex::credit(e, muscle::lower_back) == 1.0);
  CHECK(ex::credit(get("dumbbell_row_single_arm"), muscle::lower_back) <
        ex::credit(e, muscle::lower_back));
  const auto* g = ex::guidance_for(e, ex::training_goal::hypertrophy);
  REQUIRE(g != nullptr);
  CHECK(g->reps == ex::closed_range<unsigned>{10, 12});
  CHECK(e.breathing->exhale == ex::breath_phase::concentric);
  // Same variation group as the single-arm row; they are linked both ways.
  CHECK(e.variation_group == get("dumbbell_row_single_arm").variation_group);
}

TEST_CASE("article: pull-up") {
  const auto& e = get("pull_up");
  CHECK(e.mechanic == ex::mechanic::compound);
  CHECK(e.load == ex::load_type::bodyweight);
  CHECK(e.movement_pattern == ex::movement_pattern::vertical_pull);
  CHECK(e.primary_muscles.contains(muscle::lats));      // the back is the prime mover
  CHECK(e.secondary_muscles.contains(muscle::glutes));  // glutes squeezed, braced
  const auto* g = ex::guidance_for(e, ex::training_goal::hypertrophy);
  REQUIRE(g != nullptr);
  CHECK(g->reps == ex::closed_range<unsigned>{2, 5});  // "2 to 5 repetitions"
  // Slow eccentric stressed; each rep from a dead hang.
  REQUIRE(e.tempo.has_value());
  CHECK(e.tempo->eccentric >= 3);
  CHECK(e.tempo->bottom_pause >= 1);
  CHECK(any_text_contains(e.setup, "twice shoulder width"));
  CHECK(any_text_contains(e.steps, "chin"));
  // Regression: the band.
  CHECK(std::find(e.regressions.begin(), e.regressions.end(), "band_assisted_pull_up") !=
        e.regressions.end());
}

TEST_CASE("article: band-assisted pull-up") {
  const auto& e = get("band_assisted_pull_up");
  CHECK(e.load == ex::load_type::assisted);
  CHECK(e.equipment->contains(ex::equipment::band));
  CHECK(e.progressions == std::vector<std::string>{"pull_up"});
}

TEST_CASE("article: deadlift") {
  const auto& e = get("deadlift");
  CHECK(e.equipment == ex::equipment_set{ex::equipment::barbell});
  CHECK(e.mechanic == ex::mechanic::compound);
  CHECK(e.movement_pattern == ex::movement_pattern::hinge);
  // Counted as a back exercise as well as a lower-body one.
  CHECK(e.primary_muscles.intersects(ex::muscles_in(ex::muscle_group::back)));
  CHECK(e.primary_muscles.intersects(ex::muscles_in(ex::muscle_group::legs)));
  const auto* g = ex::guidance_for(e, ex::training_goal::hypertrophy);
  REQUIRE(g != nullptr);
  CHECK(g->reps == ex::closed_range<unsigned>{10, 12});
  CHECK(any_text_contains(e.setup, "10 cm (4 in)"));  // shins about 4 inches from the bar
  CHECK(any_text_contains(e.setup, "slack"));
  CHECK(any_text_contains(e.steps, "hips must not"));
  CHECK(e.breathing->brace == true);
}

TEST_CASE("article: lat pulldown") {
  const auto& e = get("lat_pulldown");
  CHECK(e.equipment->contains(ex::equipment::cable));
  CHECK(e.movement_pattern == ex::movement_pattern::vertical_pull);
  const auto* g = ex::guidance_for(e, ex::training_goal::hypertrophy);
  REQUIRE(g != nullptr);
  CHECK(g->reps == ex::closed_range<unsigned>{10, 12});
  // The stack must not touch down between reps: no pause in the stretched position.
  REQUIRE(e.tempo.has_value());
  CHECK(e.tempo->bottom_pause == 0);
  CHECK(any_text_contains(e.steps, "upper chest"));
  // A substitute for the pull-up, both ways.
  bool listed = false;
  for (const auto& s : get("pull_up").substitutes)
    listed = listed || s.id == "lat_pulldown";
  CHECK(listed);
}

TEST_CASE("article: push-up is mainly chest, some back") {
  const auto& e = get("push_up");
  CHECK(e.primary_muscles == ex::muscle_set{muscle::chest});
  CHECK(e.secondary_muscles.intersects(ex::muscles_in(ex::muscle_group::back)));
  CHECK(e.equipment == ex::equipment_set{ex::equipment::bodyweight});
}

TEST_CASE("the pull-up ladder of the issue") {
  std::vector<std::string> ids;
  for (const auto* e : ex::builtin_catalog().ladder("pull_up"))
    ids.push_back(e->id);
  const std::vector<std::string> expected{"dead_hang",        "scapular_pull_up",
                                          "negative_pull_up", "band_assisted_pull_up",
                                          "pull_up",          "weighted_pull_up"};
  CHECK(ids == expected);
  // The same ladder from any rung.
  std::vector<std::string> from_bottom;
  for (const auto* e : ex::builtin_catalog().ladder("dead_hang"))
    from_bottom.push_back(e->id);
  CHECK(from_bottom == expected);
}
