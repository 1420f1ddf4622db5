// SPDX-License-Identifier: MIT
// person: the sex, age, height and body mass that most published equations take.
#pragma once

#include <limits>

#include <physique/core/sex.hpp>
#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>

namespace physique {

/// The inputs shared by expenditure and body-composition equations. A plain aggregate:
/// build it with designated initialisers, then pass it to any equation. The age starts
/// unset (NaN), so a person whose age was never given is rejected by every equation
/// instead of being read as a newborn.
template <real T = double>
struct person {
  physique::sex sex = sex::male;
  duration<T> age = years(std::numeric_limits<T>::quiet_NaN());  ///< read in `years`
  length<T> height{};                                            ///< standing height
  mass<T> body_mass{};                                           ///< body mass (weight)
};

/// Throws `invalid_argument` naming the field unless the person is physically possible:
/// age, height and body mass within the bounds table (`<physique/core/bounds.hpp>`: 0-130
/// years, 20-280 cm, 0.25-700 kg), an unset (NaN) age included. Plausibility for a
/// particular equation is a validity question, not checked here.
template <real T>
constexpr void validate(const person<T>& p) {
  detail::require_age("age", p.age);
  detail::require_height("height", p.height);
  detail::require_body_mass("body_mass", p.body_mass);
}

/// Body-mass index, kg / m^2 (Quetelet). Throws `invalid_argument` naming the input when
/// body mass or height is outside the bounds table.
template <real T>
[[nodiscard]] constexpr T body_mass_index(const mass<T>& body_mass, const length<T>& height) {
  detail::require_body_mass("body_mass", body_mass);
  detail::require_height("height", height);
  const T h = height.in(meters);
  return body_mass.in(kilograms) / (h * h);
}

}  // namespace physique
