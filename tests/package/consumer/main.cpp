// SPDX-License-Identifier: MIT
// A program outside physique's tree, built against the package in each supported way.
#include <physique/physique.hpp>

#include <cstdio>
#include <cstring>

#define PHYSIQUE_STRINGIFY_(x) #x
#define PHYSIQUE_STRINGIFY(x) PHYSIQUE_STRINGIFY_(x)

int main() {
  using namespace physique;
  using namespace physique::literals;
  const char* header_version = PHYSIQUE_STRINGIFY(PHYSIQUE_VERSION_MAJOR) "." PHYSIQUE_STRINGIFY(
      PHYSIQUE_VERSION_MINOR) "." PHYSIQUE_STRINGIFY(PHYSIQUE_VERSION_PATCH);
  if (std::strcmp(header_version, EXPECTED_VERSION) != 0) {
    std::printf("version mismatch: headers %s, CMake package %s\n", header_version,
                EXPECTED_VERSION);
    return 1;
  }
  const person<double> p{
      .sex = sex::female, .age = years(29.0), .height = 168_cm, .body_mass = 61_kg};
  validate(p);
  const double bmi = body_mass_index(p.body_mass, p.height);
  std::printf("physique %s consumer: BMI %.1f\n", header_version, bmi);
  return bmi > 21.0 && bmi < 22.0 ? 0 : 1;
}
