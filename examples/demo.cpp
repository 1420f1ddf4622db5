// SPDX-License-Identifier: MIT
// The physique demo: a person who wants a leaner, more muscular back, and the numbers
// behind that goal.
#include <physique/physique.hpp>

#include <iomanip>
#include <iostream>

namespace {
using namespace physique;
using namespace physique::literals;

void print_validity(const validity_report& r) {
  if (r.inside()) return;
  std::cout << "   (outside the validation sample:";
  if (r.sex_outside()) std::cout << " sex";
  for (const outside_bound& o : r) std::cout << ' ' << o.parameter << " = " << o.value;
  std::cout << ")";
}

void body_composition_section(const person<double>& p) {
  using namespace physique::composition;
  std::cout << "\n== Body composition ==\n";
  const double bmi = body_mass_index(p.body_mass, p.height);
  std::cout << "BMI " << bmi << " kg/m^2 (WHO: " << to_string(who_bmi_category(bmi)) << ")\n";

  // Tape measurements and skinfolds of the sample person.
  const circumferences<double> tape{.neck = 39_cm, .waist = 91_cm, .hip = {}};
  const jp3_male_skinfolds<double> folds{.chest = 14_mm, .abdomen = 26_mm, .thigh = 18_mm};

  std::cout << "Body fat by several estimators:\n";
  const auto row = [](const equation_info& info, double percent) {
    std::cout << "  " << std::left << std::setw(44) << info.name << std::right << std::setw(6)
              << percent << " %";
  };
  row(jackson_2002::info, jackson_2002{}(p));
  print_validity(jackson_2002{}.validity(p));
  std::cout << '\n';
  row(deurenberg_1991::info, deurenberg_1991{}(p));
  print_validity(deurenberg_1991{}.validity(p));
  std::cout << '\n';
  const double navy = us_navy_dod{}(p.sex, p.height, tape);
  row(us_navy_dod::info, navy);
  std::cout << '\n';
  row(jackson_pollock_3_male::info, jackson_pollock_3_male{}(p.age, folds));
  print_validity(jackson_pollock_3_male{}.validity(p.sex, p.age));
  std::cout << '\n';

  const auto body = body_composition<double>::from_fat_percent(p.body_mass, navy);
  std::cout << "Taking the Navy tape estimate: fat mass " << in_unit(body.fat_mass(), kilograms)
            << ", fat-free mass " << in_unit(body.fat_free_mass(), kilograms) << "\n";
  std::cout << "FFMI " << kouri_1995{}.ffmi(body, p.height) << " kg/m^2, normalised to 1.80 m "
            << kouri_1995{}.normalized_ffmi(body, p.height) << " kg/m^2 (Kouri 1995)\n";
}
}  // namespace

int main() {
  std::cout << std::fixed << std::setprecision(1);
  const person<double> alex{.sex = sex::male, .age = years(34.0), .height = 178_cm,
                            .body_mass = 86_kg};
  validate(alex);

  std::cout << "physique " << PHYSIQUE_VERSION_MAJOR << '.' << PHYSIQUE_VERSION_MINOR << '.'
            << PHYSIQUE_VERSION_PATCH << " demo: building a leaner, stronger back\n\n";
  std::cout << "Person: " << to_string(alex.sex) << ", " << alex.age.in(years) << " y, "
            << in_unit(alex.height, centimeters) << ", " << in_unit(alex.body_mass, kilograms)
            << " (" << in_unit(alex.body_mass, pounds) << ")\n";

  body_composition_section(alex);

  // The static rule, for comparison with the dynamic model: a 500 kcal/day deficit for
  // four weeks at 7700 kcal per kg.
  const mass<double> static_loss = 500_kcal_per_day * 4_weeks / kilocalories_per_kilogram(7700.0);
  std::cout << "\nStatic rule, 500 kcal/day for 4 weeks: " << in_unit(static_loss, kilograms)
            << " lost\n";
  return 0;
}
