// SPDX-License-Identifier: MIT
// A tour of physique's modules, one section each: a person who wants a leaner, more muscular
// back, and the numbers behind that goal (body composition, expenditure, nutrition, projection).
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
  for (const outside_bound& o : r)
    std::cout << ' ' << o.parameter << " = " << o.value;
  std::cout << ")";
}

composition::body_composition<double> body_composition_section(const person<double>& p) {
  using namespace physique::composition;
  std::cout << "\n== Body composition ==\n";
  const double bmi = body_mass_index(p.body_mass, p.height);
  std::cout << "BMI " << bmi << " kg/m^2 (WHO: " << to_string(who_bmi_category(bmi)) << ")\n";

  // Tape measurements and skinfolds of the sample person.
  const circumferences<double> tape{.neck = 39_cm, .waist = 91_cm, .hip = {}};
  const jp3_male_skinfolds<double> folds{.chest = 14_mm, .abdomen = 26_mm, .thigh = 18_mm};

  std::cout << "Body fat by several estimators:\n";
  const auto row = [](const equation_info& info, double percent) {
    std::cout << "  " << std::left << std::setw(52) << info.name << std::right << std::setw(6)
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
  return body;
}
energy_rate<double> energy_section(const person<double>& p) {
  using namespace physique::energy;
  std::cout << "\n== Energy expenditure ==\nResting expenditure by equation:\n";
  for (const auto& row : compare_resting_energy(p)) {
    std::cout << "  " << std::left << std::setw(52) << row.name << std::right << std::setw(7)
              << row.value.in(kilocalories_per_day) << " kcal/day";
    print_validity(row.validity);
    std::cout << '\n';
  }
  const energy_rate<double> resting = mifflin_st_jeor{}(p);
  const double pal = 1.6;  // FAO/WHO/UNU 2004: moderately active
  const energy_rate<double> total = total_energy_expenditure(resting, pal);
  std::cout << "Total at PAL " << pal
            << " (Mifflin-St Jeor x PAL): " << total.in(kilocalories_per_day) << " kcal/day\n";

  const auto target = static_calorie_target(calorie_target_input<double>{
      .goal = energy::weight_goal::lose,
      .rate = weight_change_rate<double>::percent_of_body_mass_per_week(0.5),
      .maintenance = total,
      .resting = resting,
      .body_mass = p.body_mass});
  std::cout << "Fat-loss target at 0.5 % of body mass per week (static 7700 kcal/kg rule): "
            << target.intake.in(kilocalories_per_day) << " kcal/day ("
            << target.balance.in(kilocalories_per_day) << " kcal/day)\n";
  for (const auto& f : target.findings) {
    std::cout << "  finding: " << f.message << " [" << f.source.authors << ' ' << f.source.year
              << "]\n";
  }
  return target.intake;
}

void nutrition_section(const person<double>& p, energy_rate<double> intake,
                       const composition::body_composition<double>& body) {
  using namespace physique::nutrition;
  std::cout << "\n== Macronutrients ==\n";
  const auto preset = preset_for(nutrition::diet_phase::deficit, protein_basis::fat_free_mass);
  const auto split = round_to_whole_grams(split_macros(intake, body, preset.rule()));
  std::cout << "Deficit preset (" << preset.name << "):\n  protein "
            << split.grams.protein.in(grams_per_day) << " g, fat "
            << split.grams.fat.in(grams_per_day) << " g, carbohydrate "
            << split.grams.carbohydrate.in(grams_per_day) << " g per day ("
            << split.energy.in(kilocalories_per_day) << " kcal; whole grams moved it by "
            << split.shift.in(kilocalories_per_day) << " kcal)\n";
  const auto meals = distribute_protein(split.grams.protein, p.body_mass, 4);
  std::cout << "Protein over 4 meals: " << meals.per_meal.in(grams) << " g each ("
            << std::setprecision(2) << meals.grams_per_kg_per_meal << std::setprecision(1)
            << " g/kg per meal; 0.4-0.55 suggested, Schoenfeld & Aragon 2018)\n";
  for (const auto& f :
       evaluate_macros(split.grams, evaluation_context<double>{.body_mass = p.body_mass,
                                    .fat_free_mass = body.fat_free_mass(),
                                    .meals = 4})) {
    std::cout << "  finding: " << f.message << '\n';
  }
}
void projection_section(const person<double>& p, const composition::body_composition<double>& body,
                        energy_rate<double> intake) {
  using namespace physique::energy;
  std::cout << "\n== Projection: the dynamic model (Hall et al. 2011) vs the static rule ==\n";
  hall_setup<double> setup;
  setup.individual = p;
  setup.physical_activity_level = 1.6;
  setup.fat_mass = body.fat_mass();
  const hall_model<double> model(setup);
  const auto path = model.trajectory(constant_intake<double>{intake}, 52 * 7);
  const energy_rate<double> change = intake - model.baseline_intake();
  std::cout << "Eating " << intake.in(kilocalories_per_day) << " kcal/day from a balance of "
            << model.baseline_intake().in(kilocalories_per_day) << " kcal/day:\n";
  std::cout << "  week   weight    fat  fat-free   static rule\n";
  for (int week : {0, 4, 8, 12, 16, 24, 36, 52}) {
    const hall_record<double>& r = path[static_cast<std::size_t>(week * 7)];
    const mass<double> static_weight =
        p.body_mass + static_rule_change(change, weeks(static_cast<double>(week)),
                                         kilocalories_per_kilogram(7700.0));
    std::cout << "  " << std::setw(4) << week << std::setw(9) << r.body_mass.in(kilograms)
              << std::setw(7) << r.fat_mass.in(kilograms) << std::setw(10)
              << r.fat_free_mass.in(kilograms) << std::setw(14) << static_weight.in(kilograms)
              << "  kg\n";
  }
  const auto plan = intake_for_goal(model, kilograms(80.0), 16 * 7);
  std::cout << "To weigh 80 kg in 16 weeks: eat " << plan.intake.in(kilocalories_per_day)
            << " kcal/day, then " << plan.maintenance.in(kilocalories_per_day)
            << " kcal/day to stay there.\n";
}
}  // namespace

int main() {
  std::cout << std::fixed << std::setprecision(1);
  const person<double> alex{
      .sex = sex::male, .age = years(34.0), .height = 178_cm, .body_mass = 86_kg};
  validate(alex);

  std::cout << "physique " << PHYSIQUE_VERSION_MAJOR << '.' << PHYSIQUE_VERSION_MINOR << '.'
            << PHYSIQUE_VERSION_PATCH << " tour: building a leaner, stronger back\n\n";
  std::cout << "Person: " << to_string(alex.sex) << ", " << alex.age.in(years) << " y, "
            << in_unit(alex.height, centimeters) << ", " << in_unit(alex.body_mass, kilograms)
            << " (" << in_unit(alex.body_mass, pounds) << ")\n";

  const auto body = body_composition_section(alex);
  const energy_rate<double> intake = energy_section(alex);
  nutrition_section(alex, intake, body);
  projection_section(alex, body, intake);

  return 0;
}
