// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <physique/training/progression_double.hpp>
#include <physique/training/progression_linear.hpp>
#include <physique/training/progression_log.hpp>

using namespace physique;
using namespace physique::training;

namespace {
constexpr exercise_ref row = 1;
constexpr exercise_ref squat = 2;

set_record<double> set_of(exercise_ref e, double kg, int reps, body_side side = body_side::both,
                          effort<double> rating = {}, bool warm_up = false) {
  set_record<double> s;
  s.exercise = e;
  s.load = kilograms(kg);
  s.reps = reps;
  s.side = side;
  s.rating = rating;
  s.warm_up = warm_up;
  return s;
}
}  // namespace

TEST_CASE("a logged session becomes outcomes: warm-ups out, left + right pairs as one set") {
  session<double> s;
  s.day = date::from_ymd(2026, 1, 5);
  s.sets = {set_of(row, 10.0, 12, body_side::left, {}, true),  // warm-up
            set_of(row, 20.0, 12, body_side::left, effort<double>::rpe(8.0)),
            set_of(row, 20.0, 11, body_side::right, effort<double>::reps_in_reserve(1.0)),
            set_of(squat, 100.0, 5),
            set_of(row, 20.0, 12, body_side::right),
            set_of(row, 20.0, 12, body_side::left),
            set_of(row, 20.0, 10, body_side::left)};  // unpaired
  const auto planned = prescription<double>::uniform(
      "dumbbell_row_single_arm", 3, set_prescription<double>::reps_set(10, 12, kilograms(20.0)));
  std::vector<set_outcome<double>> out;
  REQUIRE(outcomes_from_session(s, row, out, &planned) == 3U);
  CHECK(out[0].achieved_reps == 11);           // the weaker side
  CHECK(*out[0].rpe == doctest::Approx(9.0));  // RIR 1 on the right side: RPE 9 > 8
  CHECK(out[0].target_reps == 10);
  CHECK(out[1].achieved_reps == 12);
  CHECK_FALSE(out[1].rpe.has_value());
  CHECK(out[2].achieved_reps == 10);
  REQUIRE(outcomes_from_session(s, squat, out) == 1U);
  CHECK(out[0].load == kilograms(100.0));
  CHECK(out[0].target_reps == 0);
}

TEST_CASE("replaying a log through a rule") {
  // Three squat sessions: 5/5/5 at 100, 5/5/5 at 102.5, 5/4/4 at 105 (the rule's own loads).
  std::vector<session<double>> log(4);
  const double loads[3] = {100.0, 102.5, 105.0};
  const int last[3] = {5, 5, 4};
  for (int i = 0; i < 3; ++i) {
    auto& s = log[static_cast<std::size_t>(i)];
    s.day = date::from_ymd(2026, 1, 5) + 2 * i;
    for (int k = 0; k < 3; ++k)
      s.sets.push_back(set_of(squat, loads[i], k == 0 ? 5 : last[i]));
  }
  log[3].day = date::from_ymd(2026, 1, 12);
  log[3].sets = {set_of(row, 20.0, 12)};  // no squat: skipped
  linear_progression<double> lp;
  lp.start_load = kilograms(100.0);
  std::vector<progression_event> events;
  const auto end =
      replay(lp, std::span<const session<double>>(log), squat, lp.initial_state(), &events);
  REQUIRE(events.size() == 3U);
  CHECK(events[0] == progression_event::load_increased);
  CHECK(events[1] == progression_event::load_increased);
  CHECK(events[2] == progression_event::repeated);
  CHECK(end.load.in(kilograms) == doctest::Approx(105.0));
  CHECK(end.misses == 1);
}
