// SPDX-License-Identifier: MIT
// The published protein, fat and carbohydrate guideline numbers the presets and the
// evaluation use, each with its source: IOM 2005 (AMDR, RDA), Jäger et al. 2017 (ISSN),
// Helms et al. 2014 (JISSN; IJSNEM), Morton et al. 2018 (BJSM), Schoenfeld & Aragon 2018.
#pragma once

#include <physique/core/citation.hpp>

namespace physique::nutrition {

/// A closed range [low, high] of a guideline, in the unit its name says.
struct guideline_range {
  double low = 0.0;
  double high = 0.0;

  [[nodiscard]] constexpr bool contains(double v) const noexcept { return v >= low && v <= high; }
};

/// Institute of Medicine, Dietary Reference Intakes for macronutrients: the AMDR
/// (Acceptable Macronutrient Distribution Ranges, adults) and the RDAs.
inline constexpr citation iom_2005{
    "Institute of Medicine (Food and Nutrition Board)",
    2005,
    "Dietary Reference Intakes for Energy, Carbohydrate, Fiber, Fat, Fatty Acids, Cholesterol, "
    "Protein, and Amino Acids",
    "National Academies Press, Washington DC",
    "10.17226/10490",
    "AMDR summary table (adults); RDA protein and carbohydrate"};

/// Jäger R, Kerksick CM, Campbell BI et al. ISSN position stand: protein and exercise.
inline constexpr citation jager_2017{
    "Jäger R, Kerksick CM, Campbell BI, et al.",
    2017,
    "International Society of Sports Nutrition Position Stand: protein and exercise",
    "J Int Soc Sports Nutr 14:20",
    "10.1186/s12970-017-0177-8",
    "position statements (abstract)"};

/// Helms ER, Aragon AA, Fitschen PJ. Contest preparation: 2.3-3.1 g protein per kg of lean
/// body mass, fat 15-30 % of energy, 3-6 meals.
inline constexpr citation helms_aragon_fitschen_2014{
    "Helms ER, Aragon AA, Fitschen PJ",
    2014,
    "Evidence-based recommendations for natural bodybuilding contest preparation: nutrition "
    "and supplementation",
    "J Int Soc Sports Nutr 11:20",
    "10.1186/1550-2783-11-20",
    "abstract; macronutrient section"};

/// Helms ER, Zinn C, Rowlands DS, Brown SR. The systematic review behind the 2.3-3.1 g/kg
/// FFM figure (per kg of fat-free mass, energy restriction, resistance-trained lean athletes).
inline constexpr citation helms_zinn_2014{
    "Helms ER, Zinn C, Rowlands DS, Brown SR",
    2014,
    "A systematic review of dietary protein during caloric restriction in resistance trained "
    "lean athletes: a case for higher intakes",
    "Int J Sport Nutr Exerc Metab 24(2):127-138",
    "10.1123/ijsnem.2013-0054",
    "abstract"};

/// Morton RW et al. Meta-analysis of 49 RCTs (1863 people): fat-free-mass gains plateau at
/// 1.62 g/kg/day (95 % CI 1.03-2.20).
inline constexpr citation morton_2018{
    "Morton RW, Murphy KT, McKellar SR, Schoenfeld BJ, et al.",
    2018,
    "A systematic review, meta-analysis and meta-regression of the effect of protein "
    "supplementation on resistance training-induced gains in muscle mass and strength in "
    "healthy adults",
    "Br J Sports Med 52(6):376-384",
    "10.1136/bjsports-2017-097608",
    "abstract (breakpoint)"};

/// Schoenfeld BJ, Aragon AA. 0.4 g/kg per meal over at least 4 meals (1.6 g/kg/day); up to
/// 0.55 g/kg per meal for the 2.2 g/kg/day upper figure.
inline constexpr citation schoenfeld_aragon_2018{
    "Schoenfeld BJ, Aragon AA",
    2018,
    "How much protein can the body use in a single meal for muscle-building? Implications for "
    "daily protein distribution",
    "J Int Soc Sports Nutr 15:10",
    "10.1186/s12970-018-0215-1",
    "abstract (conclusion)"};

/// The numbers themselves. Energy shares are fractions (0.20 = 20 % of energy);
/// protein and carbohydrate amounts are g per kg per day unless named otherwise.
namespace guideline {
/// AMDR, adults: protein 10-35 % of energy (IOM 2005).
inline constexpr guideline_range amdr_protein_share{0.10, 0.35};
/// AMDR, adults: fat 20-35 % of energy (IOM 2005).
inline constexpr guideline_range amdr_fat_share{0.20, 0.35};
/// AMDR, adults: carbohydrate 45-65 % of energy (IOM 2005).
inline constexpr guideline_range amdr_carbohydrate_share{0.45, 0.65};
/// RDA protein, adults: 0.8 g/kg body mass/day (IOM 2005).
inline constexpr double rda_protein_g_per_kg = 0.8;
/// RDA carbohydrate, adults: 130 g/day (IOM 2005).
inline constexpr double rda_carbohydrate_g_per_day = 130.0;
/// ISSN: 1.4-2.0 g/kg body mass/day for most exercising people (Jäger et al. 2017).
inline constexpr guideline_range issn_protein_g_per_kg{1.4, 2.0};
/// Energy restriction, resistance-trained: 2.3-3.1 g per kg of fat-free mass
/// (Helms, Zinn et al. 2014; restated by Helms, Aragon, Fitschen 2014 per kg lean mass;
/// ISSN 2017 restates it per kg body mass, see docs/nutrition.md).
inline constexpr guideline_range deficit_protein_g_per_kg_ffm{2.3, 3.1};
/// Breakpoint of fat-free-mass gain and the upper 95 % CI bound (Morton et al. 2018).
inline constexpr double morton_breakpoint_g_per_kg = 1.62;
inline constexpr double morton_upper_ci_g_per_kg = 2.20;
/// Per meal: 0.4 g/kg target, 0.55 g/kg upper (Schoenfeld & Aragon 2018), over >= 4 meals.
inline constexpr double meal_protein_g_per_kg = 0.40;
inline constexpr double meal_protein_upper_g_per_kg = 0.55;
inline constexpr unsigned meal_count_minimum = 4;
/// Contest preparation fat: 15-30 % of energy (Helms, Aragon, Fitschen 2014).
inline constexpr guideline_range contest_prep_fat_share{0.15, 0.30};
}  // namespace guideline

}  // namespace physique::nutrition
