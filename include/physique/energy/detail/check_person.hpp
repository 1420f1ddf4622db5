// SPDX-License-Identifier: MIT
// Private part of the energy headers: a person's inputs checked against a validity domain.
#pragma once

#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>

namespace physique::energy::detail {

/// The person's inputs as checked against a resting-energy validity domain: age (yr),
/// height (cm), body mass (kg) and BMI (kg/m^2).
template <real T>
[[nodiscard]] constexpr validity_report check_person(const validity_domain& d,
                                                     const person<T>& p) noexcept {
  const T h = p.height.in(meters);
  const T bmi = h > T{0} ? p.body_mass.in(kilograms) / (h * h) : T{0};
  const input_value inputs[] = {{"age", static_cast<double>(p.age.in(years))},
                                {"height", static_cast<double>(p.height.in(centimeters))},
                                {"body_mass", static_cast<double>(p.body_mass.in(kilograms))},
                                {"bmi", static_cast<double>(bmi)}};
  return d.check(p.sex, inputs);
}
}  // namespace physique::energy::detail
