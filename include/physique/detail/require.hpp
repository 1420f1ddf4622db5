// SPDX-License-Identifier: MIT
// Argument checks shared by every formula; included by the public headers that validate
// input. They work in constant evaluation: a failing check there is a compile error.
#pragma once

#include <concepts>

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

}  // namespace physique::detail
