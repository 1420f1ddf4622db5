// SPDX-License-Identifier: MIT
// date: a calendar day (proleptic Gregorian) stored as a day number, for training logs and
// weekly schedules, without <chrono> (interop in <physique/training/chrono.hpp>).
#pragma once

#include <compare>

#include <physique/detail/require.hpp>

namespace physique::training {

/// Year, month (1-12) and day of month (1-31) of a `date`.
struct year_month_day {
  int year = 1970;
  int month = 1;
  int day = 1;
  [[nodiscard]] friend constexpr bool operator==(const year_month_day&,
                                                 const year_month_day&) noexcept = default;
};

/// Day of the week, ISO 8601 order (Monday first).
enum class weekday : unsigned char {
  monday,
  tuesday,
  wednesday,
  thursday,
  friday,
  saturday,
  sunday
};

/// A calendar day as the number of days since 1970-01-01 (proleptic Gregorian calendar,
/// the numbering `std::chrono::sys_days` uses). Trivially copyable, 4 bytes; arithmetic in
/// whole days; ordered. Dates lie in years 1-9999 (the bounds table's `date_year`): making
/// or moving a date outside throws `invalid_argument`, so no day count can overflow.
class date {
 public:
  /// Day number of 0001-01-01, the earliest date.
  static constexpr int min_days = -719162;
  /// Day number of 9999-12-31, the latest date.
  static constexpr int max_days = 2932896;

  /// 1970-01-01.
  constexpr date() noexcept = default;

  /// The day `days` after (negative: before) 1970-01-01. Throws `invalid_argument` ("days")
  /// outside years 1-9999.
  [[nodiscard]] static constexpr date from_days(long long days) {
    require_day_number("days", days);
    return date(static_cast<int>(days));
  }

  /// The day `year`-`month`-`day`. Throws `invalid_argument` naming `year` (outside
  /// 1-9999), `month` (outside 1-12) or `day` (outside the month, leap years included).
  [[nodiscard]] static constexpr date from_ymd(int year, int month, int day) {
    physique::detail::require_plausible("year", year, bounds::date_year);
    physique::detail::require(month >= 1 && month <= 12, "month", static_cast<double>(month), "",
                              "must be within 1-12");
    physique::detail::require(day >= 1 && day <= days_in_month(year, month), "day",
                              static_cast<double>(day), "", "must exist in the given month");
    // Count years from March so that the leap day is the last day of the counted year.
    const int y = month <= 2 ? year - 1 : year;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int year_of_era = y - era * 400;                               // 0..399
    const int month_from_march = month > 2 ? month - 3 : month + 9;      // 0..11
    const int day_of_year = (153 * month_from_march + 2) / 5 + day - 1;  // 0..365
    const int day_of_era =
        year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;  // 0..146096
    return date(era * 146097 + day_of_era - 719468);  // 719468: 0000-03-01 to 1970-01-01
  }
  [[nodiscard]] static constexpr date from_ymd(const year_month_day& ymd) {
    return from_ymd(ymd.year, ymd.month, ymd.day);
  }

  /// Days since 1970-01-01.
  [[nodiscard]] constexpr int days_since_epoch() const noexcept { return days_; }

  /// Year, month and day.
  [[nodiscard]] constexpr year_month_day ymd() const noexcept {
    const int z = days_ + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int day_of_era = z - era * 146097;
    const int year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const int month_from_march = (5 * day_of_year + 2) / 153;
    const int d = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    const int m = month_from_march < 10 ? month_from_march + 3 : month_from_march - 9;
    return {year_of_era + era * 400 + (m <= 2 ? 1 : 0), m, d};
  }

  /// The date as the number yyyymmdd (20260105), for messages and keys.
  [[nodiscard]] constexpr int yyyymmdd() const noexcept {
    const year_month_day v = ymd();
    return v.year * 10000 + (v.year < 0 ? -1 : 1) * (v.month * 100 + v.day);
  }

  /// Day of the week (1970-01-01 was a Thursday).
  [[nodiscard]] constexpr weekday day_of_week() const noexcept {
    const int r = (days_ + 3) % 7;  // Monday = 0
    return static_cast<weekday>(r < 0 ? r + 7 : r);
  }

  [[nodiscard]] static constexpr bool is_leap_year(int year) noexcept {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }
  [[nodiscard]] static constexpr int days_in_month(int year, int month) noexcept {
    constexpr int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap_year(year) ? 29 : lengths[month - 1];
  }

  /// Moves by whole days; throws `invalid_argument` ("days") if the result leaves years
  /// 1-9999 (computed in 64 bits, so `int` limits cannot overflow).
  constexpr date& operator+=(int days) {
    const long long moved = static_cast<long long>(days_) + days;
    require_day_number("days", moved);
    days_ = static_cast<int>(moved);
    return *this;
  }
  /// Moves back by whole days; throws as `operator+=` does.
  constexpr date& operator-=(int days) {
    const long long moved = static_cast<long long>(days_) - days;
    require_day_number("days", moved);
    days_ = static_cast<int>(moved);
    return *this;
  }
  /// `d` moved forward by whole days; throws as `operator+=` does.
  [[nodiscard]] friend constexpr date operator+(date d, int days) { return d += days; }
  /// `d` moved back by whole days; throws as `operator-=` does.
  [[nodiscard]] friend constexpr date operator-(date d, int days) { return d -= days; }
  /// Whole days from `b` to `a`.
  [[nodiscard]] friend constexpr int operator-(date a, date b) noexcept {
    return a.days_ - b.days_;
  }
  [[nodiscard]] friend constexpr bool operator==(date, date) noexcept = default;
  [[nodiscard]] friend constexpr auto operator<=>(date, date) noexcept = default;

 private:
  constexpr explicit date(int days) noexcept : days_(days) {}
  static constexpr void require_day_number(const char* parameter, long long days) {
    physique::detail::require(days >= min_days && days <= max_days, parameter,
                              static_cast<double>(days), "d", "gives a date outside years 1-9999");
  }
  int days_ = 0;
};

/// The first day of the week containing `d`, weeks starting on `first` (Monday by default).
/// Throws `invalid_argument` only if that day would fall before 0001-01-01.
[[nodiscard]] constexpr date start_of_week(date d, weekday first = weekday::monday) {
  const int back = (static_cast<int>(d.day_of_week()) - static_cast<int>(first) + 7) % 7;
  return d - back;
}

}  // namespace physique::training
