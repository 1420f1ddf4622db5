// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <limits>
#include <string>

#include <physique/training/training_log.hpp>

using namespace physique;
using namespace physique::training;

namespace {
session<double> on(int day, int minute, std::vector<set_record<double>> sets = {}) {
  return session<double>{date::from_ymd(2026, 1, day), minute, std::move(sets)};
}
}  // namespace

TEST_CASE("effort: RIR or RPE") {
  CHECK(*effort<double>::rpe(8.0).rir() == 2.0);
  CHECK(*effort<double>::reps_in_reserve(3.0).rir() == 3.0);
  CHECK_FALSE(effort<double>{}.rir().has_value());
}

TEST_CASE("a log keeps sessions in time order") {
  training_log<double> log;
  const set_record<double> squat{1, kilograms(100.0), 5, {}, effort<double>::rpe(8.0)};
  log.add(on(5, 600, {squat, squat}));
  log.add(on(5, 1080, {squat}));  // same day, later
  log.add(on(7, 0, {squat}));
  CHECK(log.size() == 3);
  CHECK(hours_between(log.sessions()[0], log.sessions()[2]) == doctest::Approx(38.0));
  try {
    log.add(on(6, 600, {squat}));
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "session_date");
    CHECK(std::string(e.what()).find("20260106") != std::string::npos);
  }
  CHECK(log.size() == 3);
  CHECK_THROWS_AS(training_log<double>({on(9, 0), on(8, 0)}), physique::invalid_argument);
}

TEST_CASE("bad sets are errors naming the field") {
  training_log<double> log;
  set_record<double> s{1, kilograms(-20.0), 5};
  try {
    log.add(on(1, 0, {s}));
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.what()).find("load = -20 kg") != std::string::npos);
  }
  s.load = kilograms(20.0);
  s.rating = effort<double>::rpe(11.0);
  try {
    log.add(on(1, 0, {s}));
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.what()).find("rpe = 11") != std::string::npos);
  }
  s.rating = effort<double>::rpe(std::numeric_limits<double>::quiet_NaN());
  CHECK_THROWS_AS(log.add(on(1, 0, {s})), physique::invalid_argument);
  s.rating = effort<double>::reps_in_reserve(-1.0);
  CHECK_THROWS_AS(log.add(on(1, 0, {s})), physique::invalid_argument);
  s.rating = {};
  s.reps = 0;  // neither reps nor time
  CHECK_THROWS_AS(log.add(on(1, 0, {s})), physique::invalid_argument);
  s.time = seconds(45.0);  // a timed set is fine
  CHECK_NOTHROW(log.add(on(1, 0, {s})));
  CHECK_THROWS_AS(log.add(on(2, 1440, {})), physique::invalid_argument);
}
