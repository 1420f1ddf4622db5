// SPDX-License-Identifier: MIT
// The physique demo: a back-training plan for a sample person (what `cmake --workflow --preset
// demo` runs). Prints the report, then writes plan.json and plan.svg to the current directory.
#include <physique/physique.hpp>
#include <physique/planner.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

int main() {
  using namespace physique;
  using namespace physique::literals;
  namespace ex = physique::exercise;

  planner::plan_input in;
  in.individual = {.sex = sex::male, .age = years(34.0), .height = 178_cm, .body_mass = 86_kg};
  // Tape measurements for the US Navy body-fat equation (men: neck and waist).
  in.circumferences = composition::circumferences<double>{.neck = 39_cm, .waist = 91_cm, .hip = {}};
  in.goal = planner::plan_goal::lose_fat;
  // A home gym: dumbbells, a bench, a pull-up bar and a resistance band, no barbell.
  in.equipment = {ex::equipment::dumbbell, ex::equipment::bench, ex::equipment::pull_up_bar,
                  ex::equipment::band};
  in.days_per_week = 3;
  in.weeks = 12;
  in.physical_activity_level = 1.55;
  in.meals_per_day = 4;

  const planner::plan plan = planner::make_plan(in);
  std::cout << "physique " << PHYSIQUE_VERSION_MAJOR << '.' << PHYSIQUE_VERSION_MINOR << '.'
            << PHYSIQUE_VERSION_PATCH << " demo\n\n";
  planner::write_text(std::cout, plan);

  const std::filesystem::path here = std::filesystem::current_path();
  {
    std::ofstream json(here / "plan.json");
    planner::write_json(json, plan);
    std::ofstream svg(here / "plan.svg");
    planner::write_svg(svg, plan);
    if (!json || !svg) {
      std::cerr << "demo: could not write plan.json / plan.svg in " << here.string() << "\n";
      return 1;
    }
  }
  std::cout << "\nWrote " << (here / "plan.json").string() << " (the plan as JSON)\n"
            << "  and " << (here / "plan.svg").string()
            << " (weight, fat and lean mass by week; weekly sets per muscle)\n";
  return 0;
}
