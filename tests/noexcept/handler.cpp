// SPDX-License-Identifier: MIT
// Built with -fno-exceptions: the whole library (with the planner) compiles, and invalid
// input reaches the error handler (the installed one or the default), after which the
// program aborts.
#include <physique/physique.hpp>
#include <physique/planner.hpp>

#include <cstdio>
#include <cstring>

namespace {
void custom_handler(const physique::error_report& r) noexcept {
  std::printf("custom handler: %s = %g %s: %s\n", r.parameter, r.value, r.unit, r.requirement);
  std::fflush(stdout);
}
}  // namespace

int main(int argc, char** argv) {
  using namespace physique;
  if (argc > 1 && std::strcmp(argv[1], "custom") == 0) {
    set_error_handler(&custom_handler);
    const auto bc = composition::body_composition<double>::from_fat_percent(kilograms(-1.0), 20.0);
    std::printf("not reached: %g\n", bc.fat_mass().in(kilograms));
  } else {
    const person<double> nobody{
        .sex = sex::male, .age = years(30.0), .height = 0_cm, .body_mass = 70_kg};
    validate(nobody);
    std::puts("not reached");
  }
  return 0;
}
