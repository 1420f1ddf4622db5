// SPDX-License-Identifier: MIT
// Shared utilities of the energy tests.
#pragma once

#include <physique/core/person.hpp>
#include <physique/core/units.hpp>

namespace physique::energy_test {

template <class T>
person<T> make_person(sex s, T age_years, T height_cm, T mass_kg) {
  return person<T>{s, years(age_years), centimeters(height_cm), kilograms(mass_kg)};
}

template <class T>
double kcal(const energy_rate<T>& r) {
  return static_cast<double>(r.in(kilocalories_per_day));
}

}  // namespace physique::energy_test
