// SPDX-License-Identifier: MIT
// Macro splits for many people in one pass over spans (structure of arrays), with the same
// formulas and checks as split_macros (Atwater general factors, Atwater & Bryant 1900).
#pragma once

#include <cstddef>
#include <span>
#include <type_traits>

#include <physique/core/error.hpp>
#include <physique/core/units.hpp>
#include <physique/detail/contiguous.hpp>
#include <physique/nutrition/macro_split.hpp>

namespace physique::nutrition {

namespace detail {
inline void require_same_size(const char* parameter, std::size_t size, std::size_t expected) {
  if (size != expected) {
    report_invalid_argument(error_report{parameter, static_cast<double>(size), "elements",
                                         "must have as many elements as energy_targets", nullptr});
  }
}
}  // namespace detail

/// Computes `split_macros` for person i = 0 .. n-1 and writes grams per day to
/// `protein[i]`, `fat[i]` and `carbohydrate[i]`. No allocation.
///
/// \param energy_targets daily energy target per person (finite, > 0)
/// \param body_mass body mass per person (finite, > 0); used for the fat floor and, with
///   `rule.protein.basis == body_mass`, for protein
/// \param fat_free_mass fat-free mass per person, needed only when
///   `rule.protein.basis == fat_free_mass` (may be empty otherwise)
/// \param rule one rule for everybody (fat floor per kg of body mass: the height floor
///   needs heights, which this entry point does not take)
/// \throws invalid_argument naming the span whose size differs from `energy_targets`
///   (value: its size), or the first person's value that `split_macros` would reject
///   (outputs before that person are written, later ones are not).
template <real T>
void split_macros(std::span<const energy_rate<T>> energy_targets,
                  std::span<const mass<T>> body_mass, std::span<const mass<T>> fat_free_mass,
                  const std::type_identity_t<macro_rule<T>>& rule, std::span<mass_rate<T>> protein,
                  std::span<mass_rate<T>> fat, std::span<mass_rate<T>> carbohydrate) {
  const std::size_t n = energy_targets.size();
  detail::validate_rule(rule);
  detail::require_body_mass_floor(rule);
  // A local copy: the outputs could alias a rule held in memory, which would force the
  // compiler to reload the rule after every store.
  const macro_rule<T> local_rule = rule;
  detail::require_same_size("body_mass", body_mass.size(), n);
  const bool per_ffm = rule.protein.basis == protein_basis::fat_free_mass;
  if (per_ffm) detail::require_same_size("fat_free_mass", fat_free_mass.size(), n);
  detail::require_same_size("protein", protein.size(), n);
  detail::require_same_size("fat", fat.size(), n);
  detail::require_same_size("carbohydrate", carbohydrate.size(), n);
  const auto store = [&](std::size_t i, const detail::split_grams<T>& g) {
    protein[i] = detail::from_grams_per_day(g.protein);
    fat[i] = detail::from_grams_per_day(g.fat);
    carbohydrate[i] = detail::from_grams_per_day(g.carbohydrate);
  };
  // Two loops so that the basis test is not repeated per person.
  if (per_ffm) {
    for (std::size_t i = 0; i < n; ++i) {
      store(i, detail::split_kernel(energy_targets[i].in(kilocalories_per_day),
                                    body_mass[i].in(kilograms), fat_free_mass[i].in(kilograms),
                                    local_rule));
    }
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      const T kg = body_mass[i].in(kilograms);
      store(i,
            detail::split_kernel(energy_targets[i].in(kilocalories_per_day), kg, kg, local_rule));
    }
  }
}

/// As above, for any contiguous ranges: `std::array`, `std::vector`, C arrays...
template <physique::detail::contiguous_input Targets, physique::detail::contiguous_input Masses,
          physique::detail::contiguous_input FatFree, class Rule,
          physique::detail::contiguous_output Protein, physique::detail::contiguous_output Fat,
          physique::detail::contiguous_output Carbs>
void split_macros(const Targets& energy_targets, const Masses& body_mass,
                  const FatFree& fat_free_mass, const Rule& rule, Protein&& protein, Fat&& fat,
                  Carbs&& carbohydrate) {
  split_macros(physique::detail::input_span(energy_targets),
               physique::detail::input_span(body_mass), physique::detail::input_span(fat_free_mass),
               rule, physique::detail::output_span(protein), physique::detail::output_span(fat),
               physique::detail::output_span(carbohydrate));
}

}  // namespace physique::nutrition
