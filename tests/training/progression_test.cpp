// SPDX-License-Identifier: MIT
// The common interface, linear progression and double progression on scripted outcomes.
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include <physique/training/progression.hpp>
#include <physique/training/progression_double.hpp>
#include <physique/training/progression_ladder.hpp>
#include <physique/training/progression_linear.hpp>
#include <physique/training/progression_rpe.hpp>
#include <physique/training/progression_volume.hpp>
#include <physique/training/progression_wave.hpp>

using namespace physique;
using namespace physique::training;

static_assert(progression_rule<linear_progression<float>>);
static_assert(progression_rule<linear_progression<double>>);
static_assert(progression_rule<double_progression<double>>);
static_assert(progression_rule<wendler_531<double>>);
static_assert(progression_rule<rpe_autoregulation<double>>);
static_assert(progression_rule<ladder_progression<double>>);
static_assert(progression_rule<volume_ramp<double_progression<double>>>);
static_assert(progression_rule<volume_ramp<volume_ramp<linear_progression<float>>>>);
static_assert(!progression_rule<int>);

namespace {
template <class T>
std::vector<set_outcome<T>> sets_at(mass<T> load, int target, std::initializer_list<int> reps) {
  std::vector<set_outcome<T>> out;
  for (int r : reps)
    out.push_back(set_outcome<T>{load, target, r, std::nullopt});
  return out;
}
}  // namespace

TEST_CASE("event names") {
  CHECK(to_string(progression_event::load_increased) == "load_increased");
  CHECK(to_string(progression_event::no_data) == "no_data");
  CHECK(is_stall(progression_event::reset));
  CHECK_FALSE(is_stall(progression_event::reps_increased));
}

TEST_CASE_TEMPLATE("linear: success adds the increment", T, float, double) {
  linear_progression<T> lp;
  lp.exercise = "squat";
  lp.start_load = kilograms(T{60});
  lp.increment = kilograms(static_cast<T>(2.5));
  auto s = lp.initial_state();
  const auto p = lp.prescribe(s);
  CHECK(p.exercise == "squat");
  CHECK(p.set_count() == 3);
  CHECK(p[0].reps == 5);
  CHECK(p[0].load == kilograms(T{60}));
  const auto done = sets_at<T>(kilograms(T{60}), 5, {5, 5, 6});
  const auto t = lp.advance(s, done);
  CHECK(t.event == progression_event::load_increased);
  CHECK(t.state.load.in(kilograms) == doctest::Approx(62.5));
  CHECK(t.state.misses == 0);
}

TEST_CASE_TEMPLATE("linear: partial success repeats, three misses reset by 10 %", T, float,
                   double) {
  linear_progression<T> lp;
  lp.start_load = kilograms(T{100});
  auto s = lp.initial_state();
  const auto partial = sets_at<T>(kilograms(T{100}), 5, {5, 5, 4});
  auto t = lp.advance(s, partial);
  CHECK(t.event == progression_event::repeated);
  CHECK(t.state.load == kilograms(T{100}));
  CHECK(t.state.misses == 1);
  t = lp.advance(t.state, sets_at<T>(kilograms(T{100}), 5, {3, 3, 2}));
  CHECK(t.event == progression_event::repeated);
  CHECK(t.state.misses == 2);
  t = lp.advance(t.state, sets_at<T>(kilograms(T{100}), 5, {4, 3, 3}));
  CHECK(t.event == progression_event::reset);
  CHECK(t.state.load.in(kilograms) == doctest::Approx(90.0));
  CHECK(t.state.misses == 0);
  // A success between misses clears the count.
  auto u = lp.advance(s, partial);
  u = lp.advance(u.state, sets_at<T>(kilograms(T{100}), 5, {5, 5, 5}));
  CHECK(u.state.misses == 0);
  CHECK(u.state.load.in(kilograms) == doctest::Approx(102.5));
  // Nothing logged: nothing changes.
  const auto none = lp.advance(s, {});
  CHECK(none.event == progression_event::no_data);
  CHECK(none.state == s);
}

TEST_CASE("linear: bad settings and outcomes name the field") {
  linear_progression<double> lp;
  lp.reset_fraction = 1.5;
  CHECK_THROWS_WITH_AS((void)lp.initial_state(), doctest::Contains("reset_fraction"),
                       physique::invalid_argument);
  lp.reset_fraction = 0.1;
  lp.misses_before_reset = 0;
  CHECK_THROWS_WITH_AS((void)lp.initial_state(), doctest::Contains("misses_before_reset"),
                       physique::invalid_argument);
  lp.misses_before_reset = 3;
  lp.increment = kilograms(-2.5);
  CHECK_THROWS_WITH_AS((void)lp.initial_state(), doctest::Contains("increment"),
                       physique::invalid_argument);
  lp.increment = kilograms(2.5);
  const auto s = lp.initial_state();
  const std::array<set_outcome<double>, 1> bad{{{kilograms(50.0), 5, -1, std::nullopt}}};
  CHECK_THROWS_WITH_AS((void)lp.advance(s, bad), doctest::Contains("achieved_reps"),
                       physique::invalid_argument);
  const std::array<set_outcome<double>, 1> bad_rpe{{{kilograms(50.0), 5, 5, 11.0}}};
  CHECK_THROWS_WITH_AS((void)lp.advance(s, bad_rpe), doctest::Contains("rpe"),
                       physique::invalid_argument);
}

TEST_CASE_TEMPLATE("double progression: the article's rows, 3 x 10-12", T, float, double) {
  double_progression<T> dp;
  dp.exercise = "dumbbell_row_single_arm";
  dp.start_load = kilograms(T{20});
  dp.per_side = true;
  auto s = dp.initial_state();
  const auto p = dp.prescribe(s);
  CHECK(p.per_side);
  CHECK(p[0].reps == 10);
  CHECK(p[0].reps_max == 12);

  // Reps climb inside the range: same load.
  auto t = dp.advance(s, sets_at<T>(kilograms(T{20}), 10, {11, 10, 10}));
  CHECK(t.event == progression_event::reps_increased);
  CHECK(t.state.load == kilograms(T{20}));
  CHECK(t.state.best_total_reps == 31);
  // One set at the top is not enough: load is added only when every set reaches 12.
  t = dp.advance(t.state, sets_at<T>(kilograms(T{20}), 10, {12, 12, 11}));
  CHECK(t.event == progression_event::reps_increased);
  CHECK(t.state.load == kilograms(T{20}));
  // No new best: repeated.
  t = dp.advance(t.state, sets_at<T>(kilograms(T{20}), 10, {12, 11, 11}));
  CHECK(t.event == progression_event::repeated);
  // Every set at the top: +2 kg, back to the bottom of the range.
  t = dp.advance(t.state, sets_at<T>(kilograms(T{20}), 10, {12, 12, 12}));
  CHECK(t.event == progression_event::load_increased);
  CHECK(t.state.load == kilograms(T{22}));
  CHECK(t.state.best_total_reps == 0);
  CHECK(dp.prescribe(t.state)[0].reps == 10);
}

TEST_CASE_TEMPLATE("double progression: sets below the range are misses; three reset", T, float,
                   double) {
  double_progression<T> dp;
  dp.start_load = kilograms(T{30});
  auto s = dp.initial_state();
  auto t = dp.advance(s, sets_at<T>(kilograms(T{30}), 10, {10, 9, 8}));
  CHECK(t.event == progression_event::repeated);
  CHECK(t.state.misses == 1);
  t = dp.advance(t.state, sets_at<T>(kilograms(T{30}), 10, {10, 9, 8}));
  CHECK(t.state.misses == 2);
  t = dp.advance(t.state, sets_at<T>(kilograms(T{30}), 10, {9, 9, 8}));
  CHECK(t.event == progression_event::reset);
  CHECK(t.state.load.in(kilograms) == doctest::Approx(27.0));
  dp.reps_max = 8;
  CHECK_THROWS_WITH_AS((void)dp.initial_state(), doctest::Contains("reps_max"),
                       physique::invalid_argument);
}
