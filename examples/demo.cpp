// SPDX-License-Identifier: MIT
// The physique demo: a person who wants a leaner, more muscular back, and the numbers
// behind that goal.
#include <physique/physique.hpp>

#include <iostream>

int main() {
  using namespace physique;
  using namespace physique::literals;

  const person<double> alex{
      .sex = sex::male, .age = years(34.0), .height = 178_cm, .body_mass = 86_kg};
  validate(alex);

  std::cout << "physique " << PHYSIQUE_VERSION_MAJOR << '.' << PHYSIQUE_VERSION_MINOR << '.'
            << PHYSIQUE_VERSION_PATCH << " demo\n\n";
  std::cout << "Person: " << to_string(alex.sex) << ", " << alex.age.in(years) << " y, "
            << in_unit(alex.height, centimeters) << ", " << in_unit(alex.body_mass, kilograms)
            << " (" << in_unit(alex.body_mass, pounds) << ")\n";
  std::cout << "BMI: " << body_mass_index(alex.body_mass, alex.height) << " kg/m^2\n";

  const auto measured =
      composition::body_composition<double>::from_fat_percent(alex.body_mass, 22.0);
  std::cout << "At 22 % body fat: fat mass " << measured.fat_mass() << ", fat-free mass "
            << measured.fat_free_mass() << "\n";

  // The static rule, for comparison with the dynamic model: a 500 kcal/day deficit for
  // four weeks at 7700 kcal per kg.
  const auto deficit = 500_kcal_per_day * 4_weeks;
  const mass<double> static_loss = deficit / kilocalories_per_kilogram(7700.0);
  std::cout << "Static rule, 500 kcal/day for 4 weeks: " << in_unit(static_loss, kilograms)
            << " lost\n";
  return 0;
}
