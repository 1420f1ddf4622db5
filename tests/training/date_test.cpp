// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <climits>
#include <string>

#include <physique/training/date.hpp>

using physique::training::date;
using physique::training::weekday;
using physique::training::year_month_day;

TEST_CASE("day numbers of known dates") {
  // Unix day numbers (days since 1970-01-01), as std::chrono::sys_days counts them.
  static_assert(date::from_ymd(1970, 1, 1).days_since_epoch() == 0);
  static_assert(date::from_ymd(2000, 3, 1).days_since_epoch() == 11017);
  CHECK(date::from_ymd(2000, 1, 1).days_since_epoch() == 10957);
  CHECK(date::from_ymd(1969, 12, 31).days_since_epoch() == -1);
  CHECK(date::from_ymd(2026, 11, 25).days_since_epoch() == 20782);  // Python datetime
  CHECK(date::from_ymd(1900, 1, 1).days_since_epoch() == -25567);
}

TEST_CASE("round trip and calendar rules") {
  for (int d = date::min_days; d <= date::max_days; d += 97) {
    const date x = date::from_days(d);
    CHECK(date::from_ymd(x.ymd()) == x);
  }
  CHECK(date::from_ymd(2024, 2, 29).ymd() == year_month_day{2024, 2, 29});
  CHECK(date::from_ymd(2024, 3, 1) - date::from_ymd(2024, 2, 28) == 2);
  CHECK(date::from_ymd(2023, 3, 1) - date::from_ymd(2023, 2, 28) == 1);
  CHECK(date::from_ymd(2000, 2, 29).yyyymmdd() == 20000229);
  CHECK(date::days_in_month(1900, 2) == 28);  // not a leap year
  CHECK(date::days_in_month(2000, 2) == 29);  // leap year (divisible by 400)
}

TEST_CASE("weekdays and week starts") {
  CHECK(date::from_ymd(1970, 1, 1).day_of_week() == weekday::thursday);
  CHECK(date::from_ymd(2026, 11, 25).day_of_week() == weekday::wednesday);
  CHECK(date::from_ymd(1969, 12, 29).day_of_week() == weekday::monday);
  CHECK(start_of_week(date::from_ymd(2026, 11, 25)) == date::from_ymd(2026, 11, 23));
  CHECK(start_of_week(date::from_ymd(2026, 11, 23)) == date::from_ymd(2026, 11, 23));
  CHECK(start_of_week(date::from_ymd(2026, 11, 25), weekday::sunday) ==
        date::from_ymd(2026, 11, 22));
}

TEST_CASE("impossible dates name the field") {
  try {
    (void)date::from_ymd(2023, 2, 29);
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "day");
    CHECK(std::string(e.what()).find("day = 29") != std::string::npos);
  }
  CHECK_THROWS_AS((void)date::from_ymd(2023, 13, 1), physique::invalid_argument);
  CHECK_THROWS_AS((void)date::from_ymd(2023, 0, 1), physique::invalid_argument);
  CHECK_THROWS_AS((void)date::from_ymd(2023, 4, 31), physique::invalid_argument);
}

TEST_CASE("dates stay within years 1-9999 and never overflow") {
  // The ends of the range: 0001-01-01 and 9999-12-31 (Python's date.min and date.max).
  CHECK(date::from_ymd(1, 1, 1).days_since_epoch() == -719162);
  CHECK(date::from_ymd(9999, 12, 31).days_since_epoch() == 2932896);
  CHECK(date::from_ymd(9999, 12, 31).yyyymmdd() == 99991231);
  CHECK(date::from_ymd(1, 1, 1).yyyymmdd() == 10101);
  CHECK_THROWS_WITH((void)date::from_ymd(300000, 1, 1), doctest::Contains("year = 300000"));
  CHECK_THROWS_WITH((void)date::from_ymd(0, 1, 1), doctest::Contains("year = 0"));
  CHECK_THROWS_WITH((void)date::from_days(INT_MAX), doctest::Contains("days"));
  CHECK_THROWS_WITH((void)(date::from_days(date::max_days) + 1), doctest::Contains("days"));
  CHECK_THROWS_WITH((void)(date::from_days(date::min_days) - 1), doctest::Contains("days"));
  CHECK_THROWS((void)(date::from_ymd(2026, 1, 1) + INT_MAX));
  CHECK_THROWS((void)(date::from_ymd(2026, 1, 1) - INT_MIN));
  CHECK(date::from_days(date::max_days) - date::from_days(date::min_days) == 3652058);
}
