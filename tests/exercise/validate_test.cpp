// SPDX-License-Identifier: MIT
// Validation reports every problem of a description or catalog, not just the first.
#include <doctest/doctest.h>

#include <algorithm>
#include <limits>

#include <physique/exercise.hpp>

namespace ex = physique::exercise;
using ex::description_finding_code;
using ex::muscle;

namespace {
bool has(const std::vector<ex::description_finding>& v, description_finding_code code,
         std::string_view field = {}) {
  return std::any_of(v.begin(), v.end(), [&](const ex::description_finding& f) {
    return f.code == code && (field.empty() || f.field == field);
  });
}
ex::exercise_description good(std::string id) {
  ex::exercise_description d;
  d.id = std::move(id);
  d.name = "Exercise " + d.id;
  d.primary_muscles = {muscle::lats};
  d.level = ex::level::beginner;
  return d;
}
}  // namespace

TEST_CASE("a minimal description is valid") {
  CHECK(ex::validate(good("ok")).empty());
  CHECK(ex::is_valid_id("a-b_9"));
  CHECK_FALSE(ex::is_valid_id("A"));
  CHECK_FALSE(ex::is_valid_id("a b"));
}

TEST_CASE("all findings of one description are reported") {
  ex::exercise_description d;
  d.id = "Bad Id";
  d.primary_muscles = {muscle::lats, muscle::biceps};
  d.secondary_muscles = {muscle::biceps};
  d.muscle_weights = {{muscle::lats, 1.5},
                      {muscle::chest, 0.5},
                      {muscle::lats, 0.5},
                      {muscle::biceps, std::numeric_limits<double>::quiet_NaN()}};
  d.equipment_options = {ex::equipment_set{}};
  d.laterality = ex::laterality::bilateral;
  ex::rep_guidance g;
  g.reps = ex::closed_range<unsigned>{12, 8};
  g.rpe = ex::closed_range<double>{7.0, 11.0};
  g.per_side = true;
  d.rep_guidance = {g};
  d.progressions = {"Bad Id"};
  const auto f = ex::validate(d);
  CHECK(has(f, description_finding_code::bad_id, "id"));
  CHECK(has(f, description_finding_code::missing_name, "name"));
  CHECK(has(f, description_finding_code::overlapping_muscles, "secondary_muscles"));
  CHECK(has(f, description_finding_code::credit_out_of_range, "muscle_weights.lats"));
  CHECK(has(f, description_finding_code::credit_out_of_range, "muscle_weights.biceps"));  // NaN
  CHECK(has(f, description_finding_code::credit_unworked_muscle, "muscle_weights.chest"));
  CHECK(has(f, description_finding_code::duplicate_credit, "muscle_weights.lats"));
  CHECK(has(f, description_finding_code::empty_kit, "equipment_options[0]"));
  CHECK(has(f, description_finding_code::bad_range, "rep_guidance[0].reps"));
  CHECK(has(f, description_finding_code::bad_range, "rep_guidance[0].rpe"));
  CHECK(has(f, description_finding_code::per_side_mismatch, "rep_guidance[0].per_side"));
  CHECK(has(f, description_finding_code::self_link, "progressions[0]"));
  CHECK(f.size() == 12);
}

TEST_CASE("primary muscles may be empty only for cardio, stretching and mobility") {
  auto d = good("stretch");
  d.primary_muscles = {};
  CHECK(has(ex::validate(d), description_finding_code::no_primary_muscles));
  d.modality = ex::modality::stretching;
  CHECK(ex::validate(d).empty());
  CHECK(has(ex::validate(ex::exercise_description{}), description_finding_code::missing_id, "id"));
}

TEST_CASE("catalog: duplicates, unresolved links, missing inverse, level order, cycles") {
  auto a = good("a");
  auto b = good("b");
  auto c = good("c");
  a.progressions = {"b"};  // b does not list a as a regression
  b.progressions = {"c"};
  c.regressions = {"b"};
  c.progressions = {"a"};  // cycle a -> b -> c -> a
  a.regressions = {"c"};
  b.level = ex::level::advanced;  // c (beginner) is a progression of b: goes down
  a.substitutes = {{"zzz", ex::substitute_reason::same_pattern}};
  auto dup = good("a");
  const ex::catalog cat({a, b, c, dup});
  const auto f = ex::validate(cat);
  CHECK(has(f, description_finding_code::duplicate_id, "id"));
  CHECK(has(f, description_finding_code::unresolved_link, "substitutes[0].id"));
  CHECK(has(f, description_finding_code::missing_inverse_link, "progressions[0]"));
  CHECK(has(f, description_finding_code::level_decreases, "progressions[0]"));
  CHECK(has(f, description_finding_code::ladder_cycle));
  for (const auto& x : f)
    CHECK_FALSE(x.message.empty());
}

TEST_CASE("an acyclic, consistent catalog has no findings") {
  auto a = good("a");
  auto b = good("b");
  b.level = ex::level::intermediate;
  a.progressions = {"b"};
  b.regressions = {"a"};
  a.substitutes = {{"b", ex::substitute_reason::same_muscles}};
  CHECK(ex::validate(ex::catalog({a, b})).empty());
}
