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

/// A length that must be positive and finite, reported in centimetres.
template <real T>
constexpr void require_positive_cm(const char* parameter, const length<T>& l) {
  const T cm = l.in(centimeters);
  physique::detail::require(is_finite(cm) && cm > T{0}, parameter, cm, "cm",
                            "must be positive and finite");
}

/// A skinfold thickness: finite and zero or more, reported in millimetres.
template <real T>
constexpr void require_skinfold(const char* parameter, const length<T>& l) {
  const T mm = l.in(millimeters);
  physique::detail::require(is_finite(mm) && mm >= T{0}, parameter, mm, "mm",
                            "must be zero or positive and finite");
}

/// An age that must be finite and within 0-130 years.
template <real T>
constexpr void require_age(const duration<T>& age) {
  physique::detail::require_within("age", age.in(years), T{0}, T{130}, "yr",
                                   "must be within 0-130 years");
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
