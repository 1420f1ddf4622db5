// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include <physique/training/progression_double.hpp>
#include <physique/training/progression_volume.hpp>
#include <physique/training/volume_landmarks.hpp>

using namespace physique;
using namespace physique::training;

namespace {
volume_ramp<double_progression<double>> back_ramp() {
  volume_ramp<double_progression<double>> r;
  r.inner.exercise = "lat_pulldown";
  r.inner.start_load = kilograms(50.0);
  r.inner.increment = kilograms(5.0);
  r.mev_sets = 10;  // back MEV ~10 sets/week, MRV ~20-25 (RP, training_math reference 4.3)
  r.mrv_sets = 16;
  r.sets_added_per_week = 2;
  r.accumulation_weeks = 4;
  r.sessions_per_week = 2;
  return r;
}
std::vector<set_outcome<double>> done_as(const prescription<double>& p, int reps) {
  std::vector<set_outcome<double>> out;
  for (const auto& s : p.sets())
    out.push_back({s.load, s.reps, reps, std::nullopt});
  return out;
}
}  // namespace

TEST_CASE("volume ramp: MEV -> MRV by +2 sets a week, RIR 3 -> 0, then a deload week") {
  const auto r = back_ramp();
  auto s = r.initial_state();
  const int expected_weekly[5] = {10, 12, 14, 16, 5};
  for (int week = 0; week < 5; ++week) {
    CAPTURE(week);
    CHECK(r.weekly_sets(week) == expected_weekly[week]);
    int total = 0;
    for (int session = 0; session < 2; ++session) {
      const auto p = r.prescribe(s);
      total += p.set_count();
      CHECK(p.deload == (week == 4));
      if (week < 4) {
        CHECK(*p[0].rpe == doctest::Approx(10.0 - (3 - week)));
      }
      const auto t = r.advance(s, done_as(p, 11));
      if (week == 4) CHECK(t.event == progression_event::deloaded);
      s = t.state;
    }
    CHECK(total == expected_weekly[week]);
  }
  CHECK(s.week == 0);
  CHECK(s.mesocycle == 1);
  // Deload sessions did not move the load rule; the deload load is 70 % of the working load.
  CHECK(s.inner.load == kilograms(50.0));
}

TEST_CASE("volume ramp: weekly sets stay within the landmarks given") {
  auto r = back_ramp();
  r.sets_added_per_week = 3;
  r.accumulation_weeks = 6;
  for (int week = 0; week < r.accumulation_weeks; ++week) {
    CHECK(r.weekly_sets(week) >= r.mev_sets);
    CHECK(r.weekly_sets(week) <= r.mrv_sets);
  }
  CHECK(r.weekly_sets(3) == 16);  // 10, 13, 16, 16 (capped), ...
  // Odd weekly counts go to the earlier sessions: 13 -> 7 + 6.
  CHECK(r.session_sets(13, 0) == 7);
  CHECK(r.session_sets(13, 1) == 6);
}

TEST_CASE("volume ramp: the inner rule still drives the load; volume_increased") {
  const auto r = back_ramp();
  auto s = r.initial_state();
  auto p = r.prescribe(s);
  auto t = r.advance(s, done_as(p, 12));  // every set at the top
  CHECK(t.event == progression_event::load_increased);
  CHECK(t.state.inner.load == kilograms(55.0));
  p = r.prescribe(t.state);
  // Within the range, no new best at the end of week 0: reported as more volume next week.
  const auto first = done_as(p, 10);
  auto u = r.advance(t.state, first);
  CHECK(u.event == progression_event::reps_increased);
  auto s2 = t.state;
  s2.inner.best_total_reps = 100;
  u = r.advance(s2, first);
  CHECK(u.event == progression_event::volume_increased);
  CHECK(u.state.week == 1);
}

TEST_CASE("volume ramp settings are checked") {
  auto r = back_ramp();
  r.mrv_sets = 8;
  CHECK_THROWS_WITH_AS((void)r.initial_state(), doctest::Contains("mrv_sets"),
                       physique::invalid_argument);
  r = back_ramp();
  r.sessions_per_week = 0;
  CHECK_THROWS_WITH_AS((void)r.initial_state(), doctest::Contains("sessions_per_week"),
                       physique::invalid_argument);
  r = back_ramp();
  r.inner.reps_min = 0;  // the inner rule's own checks
  CHECK_THROWS_WITH_AS((void)r.initial_state(), doctest::Contains("reps_min"),
                       physique::invalid_argument);
}

TEST_CASE("volume ramp from the back landmarks (RP: MEV 10, MRV 25)") {
  auto r = back_ramp();
  const auto back =
      *default_volume_landmarks<double>()[static_cast<std::size_t>(exercise::muscle_group::back)];
  set_landmarks(r, back, 1.0);
  CHECK(r.mev_sets == 10);
  CHECK(r.mrv_sets == 25);
  set_landmarks(r, back, 0.5);  // two exercises share the back's sets
  CHECK(r.mev_sets == 5);
  CHECK(r.mrv_sets == 12);
  for (int week = 0; week < r.accumulation_weeks; ++week) {
    const auto zone = classify_volume(static_cast<double>(2 * r.weekly_sets(week)), back);
    CHECK(zone != volume_zone::above_recoverable);
    CHECK(zone != volume_zone::below_maintenance);
  }
  CHECK_THROWS_WITH_AS(set_landmarks(r, back, 0.0), doctest::Contains("share"),
                       physique::invalid_argument);
}
