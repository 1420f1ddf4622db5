// SPDX-License-Identifier: MIT
// The back exercises a user can do with the equipment they own, with the best substitutes
// for each, from the built-in catalog.
#include <physique/exercise.hpp>

#include <cstdio>

int main() {
  namespace ex = physique::exercise;
  const ex::catalog& catalog = ex::builtin_catalog();
  // A home gym: dumbbells, a bench, a resistance band and a pull-up bar.
  const ex::equipment_set home{ex::equipment::dumbbell, ex::equipment::bench, ex::equipment::band,
                               ex::equipment::pull_up_bar};

  ex::exercise_query query;
  query.group = ex::muscle_group::back;
  query.available_equipment = home;
  const auto found = catalog.select(query);
  std::printf("Back exercises for dumbbells, a bench, a band and a pull-up bar: %zu\n",
              found.size());
  for (const ex::exercise_description* e : found) {
    std::printf("- %s (%s)\n", e->name.c_str(), e->level ? ex::to_string(*e->level).data() : "?");
    for (const ex::substitute_match& s : catalog.rank_substitutes(e->id, home, 2)) {
      std::printf("    instead: %s (score %.2f)\n", s.exercise->name.c_str(), s.score);
    }
  }
  return found.empty() ? 1 : 0;
}
