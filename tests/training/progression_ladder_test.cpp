// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <physique/training/progression_ladder.hpp>

using namespace physique;
using namespace physique::training;

namespace {
template <class T>
std::vector<set_outcome<T>> reps_done(std::initializer_list<int> reps, mass<T> load = {}) {
  std::vector<set_outcome<T>> out;
  for (int r : reps)
    out.push_back(set_outcome<T>{load, 0, r, std::nullopt});
  return out;
}
}  // namespace

TEST_CASE_TEMPLATE("the pull-up ladder: band -> 2-5 reps -> more reps -> weighted", T, float,
                   double) {
  ladder_progression<T> lp;
  lp.steps = pull_up_ladder;
  auto s = lp.initial_state();
  auto p = lp.prescribe(s);
  CHECK(p.exercise == "band_assisted_pull_up");
  CHECK(p[0].load == mass<T>{});

  auto t = lp.advance(s, reps_done<T>({8, 8, 7}));
  CHECK(t.event == progression_event::reps_increased);
  CHECK(t.state.step == 0);
  t = lp.advance(t.state, reps_done<T>({8, 8, 8}));
  CHECK(t.event == progression_event::step_advanced);
  p = lp.prescribe(t.state);
  CHECK(p.exercise == "pull_up");  // the article's 2-5 reps
  CHECK(p[0].reps == 2);
  CHECK(p[0].reps_max == 5);
  t = lp.advance(t.state, reps_done<T>({5, 5, 5}));
  CHECK(t.event == progression_event::step_advanced);
  CHECK(lp.prescribe(t.state)[0].reps == 6);  // more reps, same exercise
  t = lp.advance(t.state, reps_done<T>({8, 8, 8}));
  CHECK(t.event == progression_event::step_advanced);
  p = lp.prescribe(t.state);
  CHECK(p.exercise == "weighted_pull_up");
  CHECK(p[0].load.in(kilograms) == doctest::Approx(2.5));
  t = lp.advance(t.state, reps_done<T>({8, 8, 8}, p[0].load));
  CHECK(t.event == progression_event::load_increased);
  CHECK(t.state.added_load.in(kilograms) == doctest::Approx(5.0));
  // Three misses on the loaded step take 10 % off the added load.
  for (int i = 0; i < 2; ++i) {
    t = lp.advance(t.state, reps_done<T>({5, 4, 3}, t.state.added_load));
    CHECK(t.event == progression_event::repeated);
  }
  t = lp.advance(t.state, reps_done<T>({5, 4, 3}, t.state.added_load));
  CHECK(t.event == progression_event::reset);
  CHECK(t.state.added_load.in(kilograms) == doctest::Approx(4.5));
}

TEST_CASE("ladder: misses on an unloaded step go back one step (the band regression)") {
  ladder_progression<double> lp;
  lp.steps = pull_up_ladder;
  lp.start_step = 1;
  auto t = lp.advance(lp.initial_state(), reps_done<double>({1, 1, 0}));
  CHECK(t.event == progression_event::repeated);
  t = lp.advance(t.state, reps_done<double>({1, 1, 1}));
  t = lp.advance(t.state, reps_done<double>({2, 1, 1}));
  CHECK(t.event == progression_event::step_regressed);
  CHECK(lp.prescribe(t.state).exercise == "band_assisted_pull_up");
  // The bottom step cannot regress further.
  lp.start_step = 0;
  auto b = lp.initial_state();
  for (int i = 0; i < 3; ++i)
    b = lp.advance(b, reps_done<double>({2, 2, 2})).state;
  CHECK(b.step == 0);
}

TEST_CASE("ladder from catalog ids") {
  // Ids as `exercise::catalog::ladder("pull_up")` lists them, easiest first.
  const std::array<std::string_view, 3> ids{"band_assisted_pull_up", "pull_up", "weighted_pull_up"};
  std::array<ladder_step, 3> steps{};
  CHECK(ladder_from_ids(ids, steps, 3, 2, 5) == 3U);
  CHECK(steps[2].loaded);
  CHECK_FALSE(steps[1].loaded);
  ladder_progression<double> lp;
  lp.steps = steps;
  auto s = lp.initial_state();
  s = lp.advance(s, reps_done<double>({5, 5, 5})).state;
  s = lp.advance(s, reps_done<double>({5, 5, 5})).state;
  CHECK(lp.prescribe(s).exercise == "weighted_pull_up");
  // The top unloaded step of a ladder without a loaded step repeats at the top.
  steps[2].loaded = false;
  auto t = lp.advance(s, reps_done<double>({5, 5, 5}));
  CHECK(t.event == progression_event::repeated);
  CHECK(t.state.step == 2);
}

TEST_CASE("ladder settings are checked") {
  ladder_progression<double> lp;
  CHECK_THROWS_WITH_AS((void)lp.initial_state(), doctest::Contains("steps"),
                       physique::invalid_argument);
  lp.steps = pull_up_ladder;
  lp.start_step = 4;
  CHECK_THROWS_WITH_AS((void)lp.initial_state(), doctest::Contains("start_step"),
                       physique::invalid_argument);
  const std::array<ladder_step, 1> bad{{{"x", 3, 6, 5, false}}};
  lp.steps = bad;
  lp.start_step = 0;
  CHECK_THROWS_WITH_AS((void)lp.initial_state(), doctest::Contains("steps"),
                       physique::invalid_argument);
}
