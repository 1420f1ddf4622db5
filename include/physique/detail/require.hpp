// SPDX-License-Identifier: MIT
// Argument checks shared by every formula; included by the public headers that validate
// input. They work in constant evaluation: a failing check there is a compile error.
#pragma once

#include <concepts>
#include <limits>

#include <physique/core/bounds.hpp>
#include <physique/core/error.hpp>
#include <physique/core/quantity.hpp>
#include <physique/core/units.hpp>

namespace physique::detail {

template <real T>
constexpr void require(bool ok, const char* parameter, T value, const char* unit,
                       const char* requirement) {
  if (!ok) {
    report_invalid_argument(
        error_report{parameter, static_cast<double>(value), unit, requirement, nullptr});
  }
}

/// Whole-number inputs (reps, meals, set counts) report their value as a number too.
template <std::integral I>
constexpr void require(bool ok, const char* parameter, I value, const char* unit,
                       const char* requirement) {
  if (!ok) {
    report_invalid_argument(
        error_report{parameter, static_cast<double>(value), unit, requirement, nullptr});
  }
}

/// A finite number (not NaN, not infinite).
template <real T>
constexpr void require_finite(const char* parameter, T value, const char* unit = "") {
  require(is_finite(value), parameter, value, unit, "must be finite");
}
/// Finite and strictly greater than zero.
template <real T>
constexpr void require_positive(const char* parameter, T value, const char* unit = "") {
  require(is_finite(value) && value > T{0}, parameter, value, unit, "must be positive and finite");
}
/// Finite and zero or more.
template <real T>
constexpr void require_non_negative(const char* parameter, T value, const char* unit = "") {
  require(is_finite(value) && value >= T{0}, parameter, value, unit,
          "must be zero or positive and finite");
}
/// Finite and within [low, high]; `requirement` says why the bounds are what they are.
template <real T>
constexpr void require_within(const char* parameter, T value, T low, T high, const char* unit,
                              const char* requirement) {
  require(is_finite(value) && value >= low && value <= high, parameter, value, unit, requirement);
}

// Quantity overloads report the value in the dimension's base unit.
template <class D, real T>
constexpr void require_finite(const char* parameter, const quantity<D, T>& q) {
  require_finite(parameter, q.in_base_unit(), base_unit_symbol<D>());
}
template <class D, real T>
constexpr void require_positive(const char* parameter, const quantity<D, T>& q) {
  require_positive(parameter, q.in_base_unit(), base_unit_symbol<D>());
}
template <class D, real T>
constexpr void require_non_negative(const char* parameter, const quantity<D, T>& q) {
  require_non_negative(parameter, q.in_base_unit(), base_unit_symbol<D>());
}

/// A value inside one row of the bounds table (`<physique/core/bounds.hpp>`), given in the
/// row's unit; the error names `parameter` and quotes the row's range.
template <real T>
constexpr void require_plausible(const char* parameter, T value, const plausible_range& range) {
  require(range.contains(static_cast<double>(value)), parameter, value, range.unit,
          range.requirement);
}
template <std::integral I>
constexpr void require_plausible(const char* parameter, I value, const plausible_range& range) {
  require(range.contains(static_cast<double>(value)), parameter, value, range.unit,
          range.requirement);
}

// One check per dimension of the table, reading the quantity in the table's unit.
template <real T>
constexpr void require_age(const char* parameter, const duration<T>& age) {
  require_plausible(parameter, age.in(years), bounds::age);
}
template <real T>
constexpr void require_height(const char* parameter, const length<T>& height) {
  require_plausible(parameter, height.in(centimeters), bounds::height);
}
template <real T>
constexpr void require_body_mass(const char* parameter, const mass<T>& body_mass) {
  require_plausible(parameter, body_mass.in(kilograms), bounds::body_mass);
}
template <real T>
constexpr void require_circumference(const char* parameter, const length<T>& girth) {
  require_plausible(parameter, girth.in(centimeters), bounds::circumference);
}
template <real T>
constexpr void require_skinfold(const char* parameter, const length<T>& fold) {
  require_plausible(parameter, fold.in(millimeters), bounds::skinfold);
}
template <real T>
constexpr void require_body_density(const char* parameter, const mass_density<T>& density) {
  require_plausible(parameter, density.in(grams_per_milliliter), bounds::body_density);
}
template <real T>
constexpr void require_pal(const char* parameter, T pal) {
  require_plausible(parameter, pal, bounds::physical_activity_level);
}
template <real T>
constexpr void require_energy_intake(const char* parameter, const energy_rate<T>& intake) {
  require_plausible(parameter, intake.in(kilocalories_per_day), bounds::energy_intake);
}
template <real T>
constexpr void require_load(const char* parameter, const mass<T>& load) {
  require_plausible(parameter, load.in(kilograms), bounds::load);
}

/// `value` rounded to the nearest `I` (halves away from zero); reports `parameter` when it
/// is NaN or the result would not fit in `I`, instead of the undefined behaviour of a cast.
template <std::integral I, real T>
[[nodiscard]] constexpr I checked_round(const char* parameter, T value, const char* unit) {
  const double v = static_cast<double>(value);
  // min() and max() + 1 are powers of two (or 0), exact in a double.
  constexpr double low = static_cast<double>(std::numeric_limits<I>::min()) - 0.5;
  constexpr double high = static_cast<double>(std::numeric_limits<I>::max()) + 1.0;
  require(v > low && v + 0.5 < high, parameter, value, unit, "is too large for a whole number");
  const double shifted = v < 0.0 ? v - 0.5 : v + 0.5;
  return static_cast<I>(shifted);  // truncation toward zero after the half shift
}

}  // namespace physique::detail
