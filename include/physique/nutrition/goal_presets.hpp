// SPDX-License-Identifier: MIT
// Goal presets (deficit, maintenance, surplus) for macro splits, each with its protein and
// fat ranges and their sources: Helms et al. 2014 (IJSNEM; JISSN 11:20), Jäger et al. 2017
// (ISSN, JISSN 14:20), Morton et al. 2018 (BJSM 52:376) and the AMDR (IOM 2005).
#pragma once

#include <array>

#include <physique/core/citation.hpp>
#include <physique/core/validity.hpp>
#include <physique/nutrition/guidelines.hpp>
#include <physique/nutrition/macro_split.hpp>

namespace physique::nutrition {

/// What the energy target is meant to do to body mass.
enum class diet_phase : unsigned char { deficit, maintenance, surplus };

/// Stable snake_case name ("deficit", "maintenance", "surplus").
[[nodiscard]] constexpr const char* to_string(diet_phase g) noexcept {
  switch (g) {
    case diet_phase::deficit:
      return "deficit";
    case diet_phase::maintenance:
      return "maintenance";
    case diet_phase::surplus:
      return "surplus";
  }
  return "";
}

/// A published starting point for a macro split. The ranges are the sources'; the default
/// inside each range is this library's choice (stated per preset in docs/nutrition.md).
/// Protein in g/kg/day of `protein_basis`; fat as a fraction of the energy target.
struct macro_preset {
  const char* id = "";    ///< snake_case key: "deficit_fat_free_mass", "maintenance", ...
  const char* name = "";  ///< display name
  nutrition::diet_phase goal = diet_phase::maintenance;
  protein_basis basis = protein_basis::body_mass;
  guideline_range protein_g_per_kg{};  ///< published range
  double protein_default = 0.0;        ///< g/kg/day used by `rule()`
  citation protein_source{};
  guideline_range fat_share{};     ///< published range (fraction of energy)
  double fat_share_default = 0.0;  ///< used by `rule()`
  citation fat_source{};

  /// The preset's default rule (no fat floor), in representation `T`.
  template <real T = double>
  [[nodiscard]] constexpr macro_rule<T> rule() const noexcept {
    macro_rule<T> r;
    r.protein.grams_per_kg = static_cast<T>(protein_default);
    r.protein.basis = basis;
    r.fat.share_of_energy = static_cast<T>(fat_share_default);
    r.fat.minimum_grams_per_kg = T{0};
    return r;
  }
};

/// The built-in presets.
///
/// - `deficit_fat_free_mass`: protein 2.3-3.1 g/kg FFM (Helms, Zinn et al. 2014), default the
///   midpoint 2.7; fat 20-30 % of energy (Helms, Aragon, Fitschen 2014 give 15-30 %, clipped to
///   the AMDR's 20 % floor), default 25 %.
/// - `deficit_body_mass`: for callers without a body composition: protein 1.62-2.2 g/kg body
///   mass (Morton et al. 2018 breakpoint to upper CI), default 2.2 (ISSN 2017: intakes at the
///   top of the range or above when energy is restricted); fat 20-30 %, default 25 %.
/// - `maintenance`: protein 1.4-2.0 g/kg body mass (ISSN 2017), default 1.6 (Morton
///   et al. 2018 breakpoint, 1.62, to one decimal); fat 20-35 % (AMDR), default 30 %.
/// - `surplus`: protein 1.62-2.2 g/kg body mass (Morton et al. 2018 breakpoint and upper CI),
///   default the breakpoint 1.62; fat 20-35 % (AMDR), default 25 % (leaves energy for
///   carbohydrate).
///
/// ISSN 2017 prints the 2.3-3.1 figure per kg of body mass; the review it rests on (Helms,
/// Zinn et al. 2014) states it per kg of fat-free mass. The presets follow the review.
inline constexpr std::array<macro_preset, 4> macro_presets{{
    {"deficit_fat_free_mass", "Energy deficit, protein per kg fat-free mass", diet_phase::deficit,
     protein_basis::fat_free_mass, guideline::deficit_protein_g_per_kg_ffm, 2.7, helms_zinn_2014,
     guideline_range{0.20, 0.30}, 0.25, helms_aragon_fitschen_2014},
    {"deficit_body_mass", "Energy deficit, protein per kg body mass", diet_phase::deficit,
     protein_basis::body_mass,
     guideline_range{guideline::morton_breakpoint_g_per_kg, guideline::morton_upper_ci_g_per_kg},
     2.2, jager_2017, guideline_range{0.20, 0.30}, 0.25, helms_aragon_fitschen_2014},
    {"maintenance", "Maintenance", diet_phase::maintenance, protein_basis::body_mass,
     guideline::issn_protein_g_per_kg, 1.6, jager_2017, guideline::amdr_fat_share, 0.30, iom_2005},
    {"surplus", "Energy surplus (muscle gain)", diet_phase::surplus, protein_basis::body_mass,
     guideline_range{guideline::morton_breakpoint_g_per_kg, guideline::morton_upper_ci_g_per_kg},
     guideline::morton_breakpoint_g_per_kg, morton_2018, guideline::amdr_fat_share, 0.25, iom_2005},
}};

/// The preset with key `id`, or nullptr.
[[nodiscard]] constexpr const macro_preset* find_macro_preset(const char* id) noexcept {
  if (id == nullptr) return nullptr;
  for (const macro_preset& p : macro_presets) {
    if (physique::detail::same_name(p.id, id)) return &p;
  }
  return nullptr;
}

/// The preset for `g` counted on `basis`. Maintenance and surplus have body-mass presets
/// only, so they ignore `basis`; a deficit picks the fat-free-mass or body-mass preset.
[[nodiscard]] constexpr const macro_preset& preset_for(
    diet_phase g, protein_basis basis = protein_basis::body_mass) noexcept {
  switch (g) {
    case diet_phase::deficit:
      return basis == protein_basis::fat_free_mass ? macro_presets[0] : macro_presets[1];
    case diet_phase::maintenance:
      return macro_presets[2];
    case diet_phase::surplus:
      return macro_presets[3];
  }
  return macro_presets[2];
}

}  // namespace physique::nutrition
