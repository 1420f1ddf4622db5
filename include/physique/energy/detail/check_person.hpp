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

/// What every person-based resting-energy equation shares, built from its `unchecked(p)`
/// formula and its validity domain: `operator()(p)` rejects a physically impossible person
/// (`physique::validate`, throwing `invalid_argument` naming the field) and then applies the
/// formula; `validity(p)` reports age, height, body mass or BMI outside the derivation
/// sample and never throws.
template <class Equation>
struct person_equation {
  template <real T>
  [[nodiscard]] constexpr energy_rate<T> operator()(const person<T>& p) const {
    validate(p);
    return Equation::unchecked(p);
  }
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const person<T>& p) const noexcept {
    return check_person(Equation::info.domain, p);
  }
};

}  // namespace physique::energy::detail
