// SPDX-License-Identifier: MIT
// Interoperation between physique::training::date and std::chrono calendar types, kept apart
// because <chrono> is costly to include.
#pragma once

#include <chrono>

#include <physique/training/date.hpp>

namespace physique::training {

/// A `date` as `std::chrono::sys_days` (same day numbering: days since 1970-01-01).
[[nodiscard]] constexpr std::chrono::sys_days to_sys_days(date d) noexcept {
  return std::chrono::sys_days(std::chrono::days(d.days_since_epoch()));
}

/// A `std::chrono::sys_days` as a `date`.
[[nodiscard]] constexpr date from_sys_days(std::chrono::sys_days d) {
  return date::from_days(static_cast<long long>(d.time_since_epoch().count()));
}

/// A `std::chrono::year_month_day` as a `date`. Throws `invalid_argument` (naming `day` or
/// `month`) if it is not a valid date.
[[nodiscard]] constexpr date from_chrono(const std::chrono::year_month_day& ymd) {
  return date::from_ymd(static_cast<int>(ymd.year()),
                        static_cast<int>(static_cast<unsigned>(ymd.month())),
                        static_cast<int>(static_cast<unsigned>(ymd.day())));
}

}  // namespace physique::training
