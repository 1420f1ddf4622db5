// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <chrono>

#include <physique/training/chrono.hpp>

using namespace physique::training;

TEST_CASE("date and std::chrono agree on day numbers") {
  using namespace std::chrono;
  for (int d = -100000; d <= 100000; d += 37) {
    const sys_days s{days{d}};
    const std::chrono::year_month_day ymd{s};
    const date x = from_chrono(ymd);
    CHECK(x.days_since_epoch() == d);
    CHECK(to_sys_days(x) == s);
    CHECK(from_sys_days(s) == x);
    CHECK(x.ymd().year == static_cast<int>(ymd.year()));
    CHECK(x.ymd().month == static_cast<int>(static_cast<unsigned>(ymd.month())));
    CHECK(x.ymd().day == static_cast<int>(static_cast<unsigned>(ymd.day())));
    CHECK(static_cast<unsigned>(x.day_of_week()) + 1 == std::chrono::weekday{s}.iso_encoding());
  }
}
