// SPDX-License-Identifier: MIT
// Argument checks private to the composition headers: errors that name two or three values
// (waist and neck), and non-throwing BMI for validity reports.
#pragma once

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <limits>
#include <physique/core/error.hpp>
#include <physique/core/person.hpp>
#include <physique/detail/require.hpp>

namespace physique::detail::comp {

/// Formats "name = value unit" pairs for reports that name several values.
template <real T>
inline void append_value(char* text, std::size_t size, const char* name, T value,
                         const char* unit) {
  const std::size_t used = std::strlen(text);
  std::snprintf(text + used, size - used, "%s%s = %.6g %s", used > 0 ? ", " : "", name,
                static_cast<double>(value), unit);
}

/// Reports an impossible relation between inputs, e.g. "waist = 38 cm, neck = 40 cm".
template <real T>
[[noreturn]] inline void report_relation(const char* parameter, const char* name_a, T a,
                                         const char* name_b, T b, const char* unit,
                                         const char* requirement) {
  char text[160] = "";
  append_value(text, sizeof text, name_a, a, unit);
  append_value(text, sizeof text, name_b, b, unit);
  report_invalid_argument(parameter, text, requirement);
}

/// Three-value form ("waist = 30 cm, hip = 5 cm, neck = 40 cm").
template <real T>
[[noreturn]] inline void report_relation(const char* parameter, const char* name_a, T a,
                                         const char* name_b, T b, const char* name_c, T c,
                                         const char* unit, const char* requirement) {
  char text[160] = "";
  append_value(text, sizeof text, name_a, a, unit);
  append_value(text, sizeof text, name_b, b, unit);
  append_value(text, sizeof text, name_c, c, unit);
  report_invalid_argument(parameter, text, requirement);
}

/// True when `value` (in the row's unit) lies in a row of the bounds table; branch-free
/// for the batch kernels' pre-check.
template <real T>
[[nodiscard]] constexpr bool within(T value, const plausible_range& r) noexcept {
  return (value >= static_cast<T>(r.low)) & (value <= static_cast<T>(r.high));
}

/// A tape circumference (neck, waist, hip) within the bounds table, in centimetres.
template <real T>
constexpr void require_circumference(const char* parameter, const length<T>& l) {
  physique::detail::require_circumference(parameter, l);
}

/// A standing height within the bounds table, in centimetres.
template <real T>
constexpr void require_height(const length<T>& l) {
  physique::detail::require_height("height", l);
}

/// A skinfold thickness within the bounds table, in millimetres.
template <real T>
constexpr void require_skinfold(const char* parameter, const length<T>& l) {
  physique::detail::require_skinfold(parameter, l);
}

/// An age within the bounds table (0-130 years).
template <real T>
constexpr void require_age(const duration<T>& age) {
  physique::detail::require_age("age", age);
}

/// BMI without throwing (NaN when the inputs are not positive), for validity reports.
template <real T>
[[nodiscard]] constexpr double bmi_or_nan(const mass<T>& m, const length<T>& h) noexcept {
  const double kg = static_cast<double>(m.in(kilograms));
  const double hm = static_cast<double>(h.in(meters));
  if (!(kg > 0.0) || !(hm > 0.0)) return std::numeric_limits<double>::quiet_NaN();
  return kg / (hm * hm);
}

}  // namespace physique::detail::comp
