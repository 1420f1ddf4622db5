// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include <physique/exercise/builtin_catalog.hpp>
#include <physique/training/volume.hpp>

#include "sample_program.hpp"

using namespace physique;
using namespace physique::training;
using physique::exercise::muscle;
using physique::exercise::muscle_group;

TEST_CASE_TEMPLATE("hard sets per muscle for the sample week (hand count)", T, float, double) {
  const auto log = sample::week<T>();
  const auto v = weekly_hard_sets(log, sample::credits, date::from_ymd(2026, 1, 5));
  // Bench 3 + 3 + 2 = 8 sets; warm-ups excluded.
  CHECK(v[muscle::chest] == T{8});
  CHECK(v[muscle::front_delt] == T{4});  // 8 x 0.5
  CHECK(v[muscle::triceps] == T{4});
  // Rows: Monday 3 left + 3 right = 3 sets; Friday 2 left + 3 right = 3 sets; pull-ups 3.
  CHECK(v[muscle::lats] == T{9});
  CHECK(v[muscle::upper_back] == doctest::Approx(7.5));  // 3 + 1.5 + 3
  CHECK(v[muscle::biceps] == doctest::Approx(4.5));
  CHECK(v[muscle::rear_delt] == T{3});
  CHECK(v[muscle::quads] == T{6});
  CHECK(v[muscle::glutes] == T{8});  // squats 6 + 2 hard deadlift sets (the RPE 5 set is not hard)
  CHECK(v[muscle::hamstrings] == T{2});
  CHECK(v[muscle::traps] == T{1});
  CHECK(v[muscle::calves] == T{0});
  // Groups credit a set once per group: back = rows 3 + 3, pull-ups 3, deadlifts 2 = 11.
  CHECK(v[muscle_group::back] == T{11});
  CHECK(v[muscle_group::chest] == T{8});
  // Arms, the largest arm credit per set: bench 8 x 0.5 + rows 6 x 0.5 + pull-ups 3 x 0.5 +
  // deadlifts 2 x 0.5 = 9.5.
  CHECK(v[muscle_group::arms] == doctest::Approx(9.5));
  CHECK(v[muscle_group::legs] == T{8});
}

TEST_CASE("hard-set rule is configurable") {
  const auto log = sample::week<double>();
  hard_set_rule<double> strict;
  strict.max_reps_in_reserve = 1.0;  // only RPE >= 9
  strict.count_unrated = false;
  const auto v = weekly_hard_sets(log, sample::credits, date::from_ymd(2026, 1, 5), strict);
  CHECK(v[muscle::chest] == 0.0);  // bench at RPE 8 = RIR 2
  CHECK(v[muscle::lats] == 0.0);   // rows at RIR 2, pull-ups unrated
}

TEST_CASE("weeks in a batch") {
  auto log = sample::week<double>();
  auto next = sample::week<double>();
  for (auto& s : next)
    s.day += 7;
  log.insert(log.end(), next.begin(), next.end());
  std::array<muscle_volume<double>, 3> by_week{};
  hard_sets_by_week(log, sample::credits, date::from_ymd(2026, 1, 5), by_week);
  CHECK(by_week[0][muscle::chest] == 8.0);
  CHECK(by_week[1][muscle::chest] == 8.0);
  CHECK(by_week[2][muscle::chest] == 0.0);
  CHECK(weekly_hard_sets(log, sample::credits, date::from_ymd(2026, 1, 12))[muscle::lats] == 9.0);
}

TEST_CASE_TEMPLATE("volume load (tonnage)", T, float, double) {
  const auto log = sample::week<T>();
  const auto in = std::span<const session<T>>(log);
  // Bench 80 x 8 x 8 = 5120, rows 30 x 10 x 11 = 3300, squats 100 x 5 x 6 = 3000,
  // deadlifts 140 x 5 x 2 + 100 x 5 = 1900, pull-ups bodyweight 0: 13320 kg.
  CHECK(static_cast<double>(volume_load(in).in(kilograms)) == doctest::Approx(13320.0));
  // Warm-ups 40 x 10 x 2 = 800 more.
  CHECK(static_cast<double>(volume_load(in, true).in(kilograms)) == doctest::Approx(14120.0));
  // Reference 4.1: 3 x 5 x 100 kg = 1500 kg; wger fixture 10 kg x 5 = 50.
  const set_record<T> s{0, kilograms(T{10}), 5};
  CHECK(static_cast<double>(volume_load(s).in(kilograms)) == doctest::Approx(50.0));
}

TEST_CASE("a credit outside 0-1 is an error naming it") {
  const std::array<muscle_credit, 1> bad{{{muscle::chest, 1.5}}};
  const auto log = sample::week<double>();
  try {
    (void)session_hard_sets(log[0],
                            [&](exercise_ref) { return std::span<const muscle_credit>(bad); });
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.what()).find("credit = 1.5") != std::string::npos);
  }
}

TEST_CASE("credits straight from the exercise catalog, logs keyed by catalog id") {
  // The log's exercise key can be any equality-comparable type; here the catalog's id. The
  // credit callable returns `exercise::credits(description)`, a dense array per muscle.
  const exercise::catalog& cat = exercise::builtin_catalog();
  const auto credits = [&](std::string_view id) { return exercise::credits(*cat.find(id)); };
  using set = set_record<double, std::string_view>;
  const set left{"dumbbell_row_single_arm", kilograms(30.0), 10, {},
                 effort<double>::rpe(8.0),  body_side::left};
  set right = left;
  right.side = body_side::right;
  const set pull{"pull_up", kilograms(0.0), 8};
  const std::vector<session<double, std::string_view>> log{
      {date::from_ymd(2026, 1, 5), 0, {left, right, left, right, left, right, pull, pull, pull}}};
  const auto v = weekly_hard_sets(log, credits, date::from_ymd(2026, 1, 5));
  // Three L+R pairs are 3 row sets, plus 3 pull-ups, each weighted by the catalog's credits.
  const exercise::exercise_description& row = *cat.find("dumbbell_row_single_arm");
  const exercise::exercise_description& pu = *cat.find("pull_up");
  for (const muscle m : {muscle::lats, muscle::upper_back, muscle::lower_back, muscle::biceps}) {
    CAPTURE(exercise::to_string(m));
    CHECK(v[m] == doctest::Approx(3.0 * exercise::credit(row, m) + 3.0 * exercise::credit(pu, m)));
  }
  CHECK(v[muscle_group::back] == doctest::Approx(6.0));  // both are full back exercises
}
