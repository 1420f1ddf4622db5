// SPDX-License-Identifier: MIT
// The example from README.md, kept compiling.
#include <iostream>
#include <physique/physique.hpp>

int main() {
  using namespace physique;
  using namespace physique::literals;

  const person<double> alex{
      .sex = sex::male, .age = years(34.0), .height = 178_cm, .body_mass = 190_lb};
  validate(alex);  // throws physique::invalid_argument naming the bad field

  std::cout << "BMI " << body_mass_index(alex.body_mass, alex.height) << '\n';

  // Quantities convert only through named units; mixing dimensions does not compile.
  const mass<double> lost = 500_kcal_per_day * 4_weeks / kilocalories_per_kilogram(7700.0);
  std::cout << lost.in(kilograms) << " kg by the static rule\n";
  // auto oops = 80_kg + 2500_kcal;   // error: no operator+ for mass and energy
}
