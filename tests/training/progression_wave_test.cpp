// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <array>
#include <string>

#include <physique/training/progression_wave.hpp>

using namespace physique;
using namespace physique::training;

// Wendler J. 5/3/1 (2009): TM = 90 % of 1RM; week 1 65/75/85 % x 5/5/5+, week 2 70/80/90 %
// x 3/3/3+, week 3 75/85/95 % x 5/3/1+, week 4 (deload) 40/50/60 % x 5. Worked numbers for a
// 100 kg 1RM (training_math reference 4.5): 58.5/67.5/76.5, 63/72/81, 67.5/76.5/85.5,
// 36/45/54 kg. The published values are exact multiples of 0.5 kg; tolerance is float rounding.
TEST_CASE_TEMPLATE("5/3/1 loads for a 100 kg 1RM", T, float, double) {
  wendler_531<T> w;
  w.exercise = "bench_press";
  w.one_rep_max = kilograms(T{100});
  auto s = w.initial_state();
  CHECK(s.training_max.in(kilograms) == doctest::Approx(90.0));
  const double expected[4][3] = {
      {58.5, 67.5, 76.5}, {63.0, 72.0, 81.0}, {67.5, 76.5, 85.5}, {36.0, 45.0, 54.0}};
  const int reps[4][3] = {{5, 5, 5}, {3, 3, 3}, {5, 3, 1}, {5, 5, 5}};
  for (int week = 0; week < 4; ++week) {
    CAPTURE(week);
    const auto p = w.prescribe(s);
    REQUIRE(p.set_count() == 3);
    CHECK(p.deload == (week == 3));
    for (int i = 0; i < 3; ++i) {
      CHECK(p[i].load.in(kilograms) == doctest::Approx(expected[week][i]).epsilon(1e-6));
      CHECK(p[i].reps == reps[week][i]);
      CHECK(p[i].amrap == (i == 2 && week < 3));
    }
    // Hit every target (AMRAP: two more).
    const std::array<set_outcome<T>, 3> done{{{p[0].load, p[0].reps, p[0].reps, std::nullopt},
                                              {p[1].load, p[1].reps, p[1].reps, std::nullopt},
                                              {p[2].load, p[2].reps, p[2].reps + 2, std::nullopt}}};
    const auto t = w.advance(s, done);
    CHECK(t.event ==
          (week < 3 ? progression_event::week_advanced : progression_event::cycle_completed));
    s = t.state;
  }
  // Upper-body lift: TM + 2.5 kg after the cycle.
  CHECK(s.training_max.in(kilograms) == doctest::Approx(92.5));
  CHECK(s.week == 0);
  CHECK(s.cycle == 1);
}

TEST_CASE_TEMPLATE("5/3/1 in pounds: +5 lb upper, +10 lb lower per cycle", T, float, double) {
  CHECK(wendler_531<T>::standard_increment(lift_region::upper, true).in(pounds) ==
        doctest::Approx(5.0));
  CHECK(wendler_531<T>::standard_increment(lift_region::lower, true).in(pounds) ==
        doctest::Approx(10.0));
  CHECK(wendler_531<T>::standard_increment(lift_region::lower).in(kilograms) ==
        doctest::Approx(5.0));
  wendler_531<T> squat;
  squat.one_rep_max = pounds(T{300});
  squat.cycle_increment = wendler_531<T>::standard_increment(lift_region::lower, true);
  auto s = squat.initial_state();
  CHECK(s.training_max.in(pounds) == doctest::Approx(270.0).epsilon(1e-6));
  // Week 1 top set: 85 % of 270 = 229.5 lb.
  CHECK(squat.prescribe(s)[2].load.in(pounds) == doctest::Approx(229.5).epsilon(1e-6));
  const std::array<set_outcome<T>, 1> top{{{pounds(T{230}), 5, 8, std::nullopt}}};
  for (int week = 0; week < 4; ++week)
    s = squat.advance(s, top).state;
  CHECK(s.training_max.in(pounds) == doctest::Approx(280.0).epsilon(1e-6));
}

TEST_CASE("5/3/1: a missed last set resets the TM by 10 % at the end of the cycle") {
  wendler_531<double> w;
  w.one_rep_max = kilograms(100.0);
  auto s = w.initial_state();
  const std::array<set_outcome<double>, 1> made{{{kilograms(76.5), 5, 6, std::nullopt}}};
  const std::array<set_outcome<double>, 1> missed{{{kilograms(81.0), 3, 2, std::nullopt}}};
  s = w.advance(s, made).state;
  s = w.advance(s, missed).state;
  CHECK(s.missed);
  s = w.advance(s, made).state;
  const auto end = w.advance(s, {});  // the deload week needs no log
  CHECK(end.event == progression_event::reset);
  CHECK(end.state.training_max.in(kilograms) == doctest::Approx(81.0));
  CHECK_FALSE(end.state.missed);
  // An empty log in a loading week does not advance.
  const auto none = w.advance(w.initial_state(), {});
  CHECK(none.event == progression_event::no_data);
  CHECK(none.state.week == 0);
  // Without the stall rule the TM still rises.
  w.reset_on_miss = false;
  CHECK(w.advance(s, {}).state.training_max.in(kilograms) == doctest::Approx(92.5));
}

TEST_CASE("5/3/1 option 2 table and bad settings") {
  wendler_531<double> w;
  w.one_rep_max = kilograms(200.0);
  w.table = wendler_table::option_2;
  auto s = w.initial_state();                                             // TM 180
  CHECK(w.prescribe(s)[0].load.in(kilograms) == doctest::Approx(135.0));  // 75 %
  s.week = 3;
  CHECK(w.prescribe(s)[2].load.in(kilograms) == doctest::Approx(126.0));  // 70 %
  w.one_rep_max = kilograms(0.0);
  CHECK_THROWS_WITH_AS((void)w.initial_state(), doctest::Contains("one_rep_max"),
                       physique::invalid_argument);
  w.one_rep_max = kilograms(100.0);
  w.training_max_fraction = 1.2;
  CHECK_THROWS_WITH_AS((void)w.initial_state(), doctest::Contains("training_max_fraction"),
                       physique::invalid_argument);
}
