// SPDX-License-Identifier: MIT
// WHO BMI categories (WHO Technical Report Series 894, Obesity: preventing and managing the
// global epidemic, 2000) on top of
// physique::body_mass_index.
#pragma once

#include <physique/core/person.hpp>
#include <physique/detail/require.hpp>

namespace physique::composition {

/// The WHO adult classification of BMI (kg/m^2), half-open intervals on the unrounded
/// value:
///   severe thinness < 16 <= moderate thinness < 17 <= mild thinness < 18.5 <= normal
///   < 25 <= pre-obese < 30 <= obese class I < 35 <= obese class II < 40 <= class III.
/// For adults (>= 18 y); children need BMI-for-age percentiles instead.
enum class bmi_category : unsigned char {
  severe_thinness,
  moderate_thinness,
  mild_thinness,
  normal,
  pre_obese,
  obese_class_1,
  obese_class_2,
  obese_class_3,
};

/// Stable snake_case name of a category ("pre_obese").
[[nodiscard]] constexpr const char* to_string(bmi_category c) noexcept {
  switch (c) {
    case bmi_category::severe_thinness:
      return "severe_thinness";
    case bmi_category::moderate_thinness:
      return "moderate_thinness";
    case bmi_category::mild_thinness:
      return "mild_thinness";
    case bmi_category::normal:
      return "normal";
    case bmi_category::pre_obese:
      return "pre_obese";
    case bmi_category::obese_class_1:
      return "obese_class_1";
    case bmi_category::obese_class_2:
      return "obese_class_2";
    case bmi_category::obese_class_3:
      return "obese_class_3";
  }
  return "";
}

/// True for the three thinness classes (BMI < 18.5, "underweight").
[[nodiscard]] constexpr bool is_underweight(bmi_category c) noexcept {
  return c <= bmi_category::mild_thinness;
}
/// True from pre-obese up (BMI >= 25, "overweight").
[[nodiscard]] constexpr bool is_overweight(bmi_category c) noexcept {
  return c >= bmi_category::pre_obese;
}
/// True from obese class I up (BMI >= 30).
[[nodiscard]] constexpr bool is_obese(bmi_category c) noexcept {
  return c >= bmi_category::obese_class_1;
}

/// WHO category of a BMI value in kg/m^2. Throws `invalid_argument` unless the BMI is
/// positive and finite.
template <real T>
[[nodiscard]] constexpr bmi_category who_bmi_category(T bmi) {
  physique::detail::require_positive("bmi", bmi, "kg/m2");
  if (bmi < static_cast<T>(16)) return bmi_category::severe_thinness;
  if (bmi < static_cast<T>(17)) return bmi_category::moderate_thinness;
  if (bmi < static_cast<T>(18.5)) return bmi_category::mild_thinness;
  if (bmi < static_cast<T>(25)) return bmi_category::normal;
  if (bmi < static_cast<T>(30)) return bmi_category::pre_obese;
  if (bmi < static_cast<T>(35)) return bmi_category::obese_class_1;
  if (bmi < static_cast<T>(40)) return bmi_category::obese_class_2;
  return bmi_category::obese_class_3;
}

/// WHO category from body mass and height (BMI by `physique::body_mass_index`).
template <real T>
[[nodiscard]] constexpr bmi_category who_bmi_category(const mass<T>& body_mass,
                                                      const length<T>& height) {
  return who_bmi_category(body_mass_index(body_mass, height));
}

}  // namespace physique::composition
