// SPDX-License-Identifier: MIT
// Interoperation between physique::duration and std::chrono durations, kept apart because
// <chrono> is costly to include.
#pragma once

#include <chrono>

#include <physique/core/units.hpp>

namespace physique {

/// A `std::chrono` duration as a `physique::duration<T>` (in days).
template <real T = double, class Rep, class Period>
[[nodiscard]] constexpr duration<T> from_chrono(std::chrono::duration<Rep, Period> d) noexcept {
  using day_count = std::chrono::duration<T, std::ratio<86400>>;
  return days(std::chrono::duration_cast<day_count>(d).count());
}

/// A `physique::duration` as a `std::chrono` duration of the caller's choosing; the
/// default keeps fractional days.
template <class ChronoDuration = std::chrono::duration<double, std::ratio<86400>>, real T>
[[nodiscard]] constexpr ChronoDuration to_chrono(const duration<T>& d) noexcept {
  using day_count = std::chrono::duration<T, std::ratio<86400>>;
  return std::chrono::duration_cast<ChronoDuration>(day_count(d.in(days)));
}

}  // namespace physique
