// SPDX-License-Identifier: MIT
// person: the sex, age, height and body mass that most published equations take.
#pragma once

#include <physique/core/sex.hpp>
#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>

namespace physique {

/// The inputs shared by expenditure and body-composition equations. A plain aggregate:
/// build it with designated initialisers, then pass it to any equation.
template <real T = double>
struct person {
  physique::sex sex = sex::male;
  duration<T> age{};    ///< age; equations read it in `years`
  length<T> height{};   ///< standing height
  mass<T> body_mass{};  ///< body mass (weight)
};

/// Throws `invalid_argument` unless the person is physically possible: age in
/// [0, 130] years, height in (0, 3] m, body mass in (0, 700] kg, all finite. Plausibility
/// for a particular equation is a validity question, not checked here.
template <real T>
constexpr void validate(const person<T>& p) {
  detail::require_within("age", p.age.in(years), T{0}, T{130}, "yr", "must be within 0-130 years");
  detail::require(
      is_finite(p.height.in(meters)) && p.height > length<T>{} && p.height <= meters(T{3}),
      "height", p.height.in(centimeters), "cm", "must be within 0-300 cm");
  detail::require(is_finite(p.body_mass.in(kilograms)) && p.body_mass > mass<T>{} &&
                      p.body_mass <= kilograms(T{700}),
                  "body_mass", p.body_mass.in(kilograms), "kg", "must be within 0-700 kg");
}

/// Body-mass index, kg / m^2 (Quetelet). Validates the inputs.
template <real T>
[[nodiscard]] constexpr T body_mass_index(const mass<T>& body_mass, const length<T>& height) {
  detail::require_positive("body_mass", body_mass);
  detail::require_positive("height", height);
  const T h = height.in(meters);
  return body_mass.in(kilograms) / (h * h);
}

}  // namespace physique
