// SPDX-License-Identifier: MIT
// Catalog queries, substitute ranking and ladder navigation on small hand-made catalogs and
// on the built-in one.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include <physique/exercise.hpp>

namespace ex = physique::exercise;
using ex::equipment;
using ex::muscle;

namespace {
ex::exercise_description make(std::string id, ex::muscle_set primary, ex::muscle_set secondary,
                              ex::equipment_set kit, ex::movement_pattern p, ex::level l) {
  ex::exercise_description d;
  d.id = std::move(id);
  d.name = d.id;
  d.primary_muscles = primary;
  d.secondary_muscles = secondary;
  d.equipment = kit;
  d.movement_pattern = p;
  d.level = l;
  return d;
}
std::vector<std::string> ids(const std::vector<const ex::exercise_description*>& v) {
  std::vector<std::string> out;
  for (const auto* e : v)
    out.push_back(e->id);
  return out;
}
ex::catalog small() {
  using P = ex::movement_pattern;
  using L = ex::level;
  return ex::catalog({
      make("row", {muscle::lats, muscle::upper_back}, {muscle::biceps}, {equipment::dumbbell},
           P::horizontal_pull, L::beginner),
      make("pulldown", {muscle::lats}, {muscle::biceps, muscle::upper_back}, {equipment::cable},
           P::vertical_pull, L::beginner),
      make("pull_up", {muscle::lats, muscle::upper_back}, {muscle::biceps},
           {equipment::pull_up_bar}, P::vertical_pull, L::intermediate),
      make("curl", {muscle::biceps}, {muscle::forearms}, {equipment::dumbbell}, P::elbow_flexion,
           L::beginner),
      make("squat", {muscle::quads, muscle::glutes}, {}, {equipment::barbell}, P::squat,
           L::advanced),
  });
}
}  // namespace

TEST_CASE("find by id") {
  const auto c = small();
  REQUIRE(c.find("curl") != nullptr);
  CHECK(c.find("curl")->id == "curl");
  CHECK(c.find("nope") == nullptr);
  CHECK(c.find("") == nullptr);
}

TEST_CASE("queries by muscle, group, equipment, pattern, level") {
  const auto c = small();
  CHECK(ids(c.by_muscle(muscle::biceps)) == std::vector<std::string>{"curl"});
  CHECK(ids(c.by_muscle(muscle::biceps, ex::muscle_role::any)) ==
        std::vector<std::string>{"row", "pulldown", "pull_up", "curl"});
  CHECK(ids(c.by_group(ex::muscle_group::back)) ==
        std::vector<std::string>{"row", "pulldown", "pull_up"});
  CHECK(ids(c.by_group(ex::muscle_group::legs)) == std::vector<std::string>{"squat"});
  CHECK(ids(c.available_with({equipment::dumbbell})) == std::vector<std::string>{"row", "curl"});
  CHECK(ids(c.available_with({})).empty());
  CHECK(ids(c.by_pattern(ex::movement_pattern::vertical_pull)) ==
        std::vector<std::string>{"pulldown", "pull_up"});
  CHECK(ids(c.by_level(ex::level::advanced)) == std::vector<std::string>{"squat"});
  ex::exercise_query q;
  q.group = ex::muscle_group::back;
  q.max_level = ex::level::beginner;
  q.available_equipment = ex::equipment_set{equipment::cable, equipment::dumbbell};
  CHECK(ids(c.select(q)) == std::vector<std::string>{"row", "pulldown"});
}

TEST_CASE("unknown fields never match a filter") {
  ex::exercise_description d;
  d.id = "mystery";
  d.name = "Mystery";
  d.primary_muscles = {muscle::lats};
  const ex::catalog c({d});
  CHECK(c.available_with(ex::equipment_set::all()).empty());  // equipment unknown
  CHECK(c.by_level(ex::level::beginner).empty());
  CHECK(c.by_pattern(ex::movement_pattern::vertical_pull).empty());
  CHECK(c.by_muscle(muscle::lats).size() == 1);
}

TEST_CASE("substitutes ranked by pattern and muscle overlap, filtered by equipment") {
  const auto c = small();
  // Cosine similarity of credit vectors (1.0 primary, 0.5 secondary):
  // pull_up {lats 1, upper_back 1, biceps .5} vs pulldown {lats 1, upper_back .5, biceps .5}:
  // dot = 1 + .5 + .25 = 1.75; |a| = 1.5, |b| = sqrt(1.5) -> 0.9526; same pattern.
  // row {lats 1, upper_back 1, biceps .5}: cosine 1, other pattern.
  // curl {biceps 1, forearms .5}: dot .5 / (1.5 * 1.118) = 0.298.
  const auto all = c.rank_substitutes("pull_up");
  REQUIRE(all.size() == 3);  // squat shares no muscle
  CHECK(all[0].exercise->id == "pulldown");
  CHECK(all[0].same_pattern);
  CHECK(all[0].muscle_similarity == doctest::Approx(1.75 / (1.5 * 1.224744871)).epsilon(1e-9));
  CHECK(all[0].score == doctest::Approx(0.35 + 0.5 * 0.952579344).epsilon(1e-6));
  CHECK(all[1].exercise->id == "row");
  CHECK(all[1].muscle_similarity == doctest::Approx(1.0));
  CHECK(all[1].score == doctest::Approx(0.5));
  CHECK(all[2].exercise->id == "curl");
  // With dumbbells only, the pulldown drops out.
  const auto home = c.rank_substitutes("pull_up", ex::equipment_set{equipment::dumbbell});
  REQUIRE(home.size() == 2);
  CHECK(home[0].exercise->id == "row");
  CHECK(c.rank_substitutes("nope").empty());
  CHECK(c.rank_substitutes("pull_up", std::nullopt, 1).size() == 1);
}

TEST_CASE("built-in: substitutes for a pull-up at home with dumbbells and a band") {
  const auto& c = ex::builtin_catalog();
  const ex::equipment_set home{equipment::dumbbell, equipment::band, equipment::pull_up_bar};
  const auto subs = c.rank_substitutes("pull_up", home, 5);
  REQUIRE_FALSE(subs.empty());
  for (const auto& s : subs) {
    CHECK(ex::can_perform_with(*s.exercise, home));
  }
  // The band-assisted version is listed, same pattern, same muscles: it ranks first.
  CHECK(subs[0].exercise->id == "band_assisted_pull_up");
  // Without a pull-up bar, the lat pulldown is out and a row is the best pull left.
  const auto gym =
      c.rank_substitutes("pull_up", ex::equipment_set{equipment::cable, equipment::attachment});
  REQUIRE_FALSE(gym.empty());
  CHECK(gym[0].exercise->id == "lat_pulldown");
}

TEST_CASE("ladder navigation") {
  const auto& c = ex::builtin_catalog();
  CHECK(ids(c.harder("band_assisted_pull_up")) == std::vector<std::string>{"pull_up"});
  CHECK(ids(c.easier("pull_up")) == std::vector<std::string>{"band_assisted_pull_up"});
  CHECK(ids(c.ladder("deadlift")) ==
        std::vector<std::string>{"kettlebell_deadlift", "rack_pull", "deadlift"});
  CHECK(ids(c.ladder("push_up")) ==
        std::vector<std::string>{"incline_push_up", "push_up", "decline_push_up"});
  CHECK(ids(c.ladder("barbell_row")) ==
        std::vector<std::string>{"chest_supported_row", "dumbbell_row_single_arm",
                                 "dumbbell_row_double_arm", "barbell_row"});
  CHECK(c.ladder("nope").empty());
  CHECK(ids(c.ladder("face_pull")) == std::vector<std::string>{"face_pull"});
}

TEST_CASE("a cyclic ladder does not loop forever") {
  auto a = make("a", {muscle::lats}, {}, {equipment::bodyweight},
                ex::movement_pattern::vertical_pull, ex::level::beginner);
  auto b = a;
  b.id = "b";
  a.progressions = {"b"};
  b.progressions = {"a"};
  a.regressions = {"b"};
  b.regressions = {"a"};
  const ex::catalog c({a, b});
  CHECK(c.ladder("a").size() == 2);
}

TEST_CASE("built-in back exercises for a home gym") {
  const auto& c = ex::builtin_catalog();
  ex::exercise_query q;
  q.group = ex::muscle_group::back;
  q.available_equipment = ex::equipment_set{equipment::dumbbell, equipment::bench};
  const auto found = c.select(q);
  const auto names = ids(found);
  CHECK(std::find(names.begin(), names.end(), "dumbbell_row_single_arm") != names.end());
  CHECK(std::find(names.begin(), names.end(), "chest_supported_row") != names.end());
  CHECK(std::find(names.begin(), names.end(), "superman") != names.end());  // bodyweight
  CHECK(std::find(names.begin(), names.end(), "deadlift") == names.end());  // needs a barbell
}
