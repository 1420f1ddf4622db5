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

/// `person_equation` for the equations that read sex, age and body mass only (the
/// weight-band tables of Schofield and Henry): adds `operator()(sex, age, body_mass)` and
/// `validity(sex, age, body_mass)`, so that no height has to be made up.
template <class Equation>
struct weight_only_equation : person_equation<Equation> {
  using person_equation<Equation>::operator();
  using person_equation<Equation>::validity;

  /// The rate from sex, age and body mass; throws `invalid_argument` naming `age` or
  /// `body_mass` when impossible.
  template <real T>
  [[nodiscard]] constexpr energy_rate<T> operator()(sex s, const duration<T>& age,
                                                    const mass<T>& body_mass) const {
    return (*this)(with_unused_height(s, age, body_mass));
  }
  /// Age and body mass outside the derivation sample. Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const duration<T>& age,
                                                   const mass<T>& body_mass) const noexcept {
    return Equation::info.domain.check(
        s, {input_value{"age", static_cast<double>(age.in(years))},
            input_value{"body_mass", static_cast<double>(body_mass.in(kilograms))}});
  }

 private:
  // The formulas read no height: any possible one passes the person's checks unchanged.
  template <real T>
  [[nodiscard]] static constexpr person<T> with_unused_height(sex s, const duration<T>& age,
                                                              const mass<T>& body_mass) noexcept {
    return person<T>{s, age, centimeters(T{170}), body_mass};
  }
};

}  // namespace physique::energy::detail
