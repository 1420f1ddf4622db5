// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <array>
#include <limits>
#include <string>

#include <physique/training/daily_load.hpp>

#include "sample_program.hpp"

using namespace physique;
using namespace physique::training;

TEST_CASE_TEMPLATE("dated loads summed per day, rest days zero", T, float, double) {
  // Foster example week (reference 5.4): Mon 420, Wed 360, Fri 450, Sat 270; two sessions on
  // Monday (300 + 120) sum to the day's 420.
  const date mon = date::from_ymd(2026, 1, 5);
  const std::array<dated_load<T>, 6> entries{{{mon + 4, T{450}},
                                              {mon, T{300}},
                                              {mon + 2, T{360}},
                                              {mon, T{120}},
                                              {mon + 5, T{270}},
                                              {mon + 9, T{99}}}};
  std::array<T, 7> week{};
  daily_loads(entries, mon, week);
  const std::array<T, 7> expected{T{420}, T{0}, T{360}, T{0}, T{450}, T{270}, T{0}};
  CHECK(week == expected);
}

TEST_CASE_TEMPLATE("daily volume load of a log", T, float, double) {
  const auto log = sample::week<T>();
  std::array<T, 7> week{};
  daily_volume_load(log, date::from_ymd(2026, 1, 5), week);
  // Monday: bench 80 x 8 x 3 = 1920, rows 30 x 10 x 6 = 1800, squats 100 x 5 x 3 = 1500.
  CHECK(static_cast<double>(week[0]) == doctest::Approx(5220.0));
  // Wednesday: deadlifts 140 x 5 x 2 + 100 x 5 = 1900 (pull-ups at 0 kg external load).
  CHECK(static_cast<double>(week[2]) == doctest::Approx(1900.0));
  CHECK(week[1] == T{0});
  CHECK(static_cast<double>(week[5]) == doctest::Approx(1280.0));  // Saturday bench 80 x 8 x 2
}

TEST_CASE("a negative or NaN load is an error naming it") {
  const std::array<dated_load<double>, 1> bad{{{date::from_ymd(2026, 1, 5), -10.0}}};
  std::array<double, 7> week{};
  try {
    daily_loads(bad, date::from_ymd(2026, 1, 5), week);
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.what()).find("load = -10") != std::string::npos);
  }
}
