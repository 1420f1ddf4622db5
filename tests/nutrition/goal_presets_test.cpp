// SPDX-License-Identifier: MIT
#include <physique/nutrition/goal_presets.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace physique;
using namespace physique::nutrition;

namespace {
template <class T>
double g(const mass_rate<T>& m) {
  return static_cast<double>(m.in(grams_per_day));
}
bool same(const char* a, const char* b) {
  return std::string(a) == std::string(b);
}
}  // namespace

TEST_CASE("presets: published ranges and their sources") {
  // Helms, Zinn et al. 2014 (IJSNEM 24:127): 2.3-3.1 g/kg fat-free mass in energy restriction.
  const macro_preset* deficit = find_macro_preset("deficit_fat_free_mass");
  REQUIRE(deficit != nullptr);
  CHECK(deficit->goal == diet_phase::deficit);
  CHECK(deficit->basis == protein_basis::fat_free_mass);
  CHECK(deficit->protein_g_per_kg.low == 2.3);
  CHECK(deficit->protein_g_per_kg.high == 3.1);
  CHECK(same(deficit->protein_source.doi, "10.1123/ijsnem.2013-0054"));
  // Helms, Aragon, Fitschen 2014 (JISSN 11:20): fat 15-30 %; clipped to the AMDR's 20 %.
  CHECK(deficit->fat_share.low == 0.20);
  CHECK(deficit->fat_share.high == 0.30);
  CHECK(same(deficit->fat_source.doi, "10.1186/1550-2783-11-20"));

  // Morton et al. 2018 (BJSM 52:376): breakpoint 1.62 g/kg/day, upper 95 % CI 2.20.
  const macro_preset* surplus = find_macro_preset("surplus");
  REQUIRE(surplus != nullptr);
  CHECK(surplus->protein_g_per_kg.low == 1.62);
  CHECK(surplus->protein_g_per_kg.high == 2.2);
  CHECK(surplus->protein_default == 1.62);
  CHECK(same(surplus->protein_source.doi, "10.1136/bjsports-2017-097608"));
  // AMDR (IOM 2005): fat 20-35 % of energy.
  CHECK(surplus->fat_share.low == 0.20);
  CHECK(surplus->fat_share.high == 0.35);
  CHECK(same(surplus->fat_source.doi, "10.17226/10490"));

  // ISSN 2017 (JISSN 14:20): 1.4-2.0 g/kg body mass for most exercising people.
  const macro_preset* maintenance = find_macro_preset("maintenance");
  REQUIRE(maintenance != nullptr);
  CHECK(maintenance->protein_g_per_kg.low == 1.4);
  CHECK(maintenance->protein_g_per_kg.high == 2.0);
  CHECK(same(maintenance->protein_source.doi, "10.1186/s12970-017-0177-8"));

  CHECK(find_macro_preset("bulk") == nullptr);
  CHECK(find_macro_preset(nullptr) == nullptr);

  // Every default lies inside its published range; every preset cites both sources.
  for (const macro_preset& p : macro_presets) {
    CAPTURE(p.id);
    CHECK(p.protein_g_per_kg.contains(p.protein_default));
    CHECK(p.fat_share.contains(p.fat_share_default));
    CHECK(p.protein_source.year > 0);
    CHECK(p.fat_source.year > 0);
    CHECK(find_macro_preset(p.id) == &p);
  }
  CHECK(&preset_for(diet_phase::deficit, protein_basis::fat_free_mass) == deficit);
  CHECK(same(preset_for(diet_phase::deficit).id, "deficit_body_mass"));
  CHECK(&preset_for(diet_phase::maintenance) == maintenance);
  CHECK(&preset_for(diet_phase::surplus, protein_basis::fat_free_mass) == surplus);
  CHECK(same(to_string(diet_phase::surplus), "surplus"));
}

TEST_CASE_TEMPLATE("presets: splits from each preset's default rule", T, float, double) {
  const auto kcal = [](double v) { return kilocalories_per_day(static_cast<T>(v)); };

  // maintenance, 2500 kcal, 75 kg: protein 1.6 x 75 = 120 g = 480 kcal; fat 30 % = 750 kcal
  // = 83.333 g; carbohydrate (2500 - 480 - 750) / 4 = 317.5 g.
  const auto m =
      split_macros(kcal(2500), kilograms(T(75)), preset_for(diet_phase::maintenance).rule<T>());
  CHECK(g(m.grams.protein) == doctest::Approx(120.0).epsilon(1e-6));
  CHECK(g(m.grams.fat) == doctest::Approx(750.0 / 9.0).epsilon(1e-6));
  CHECK(g(m.grams.carbohydrate) == doctest::Approx(317.5).epsilon(1e-6));

  // surplus, 3000 kcal, 80 kg: protein 1.62 x 80 = 129.6 g = 518.4 kcal; fat 25 % = 750 kcal
  // = 83.333 g; carbohydrate (3000 - 518.4 - 750) / 4 = 432.9 g.
  const auto s =
      split_macros(kcal(3000), kilograms(T(80)), preset_for(diet_phase::surplus).rule<T>());
  CHECK(g(s.grams.protein) == doctest::Approx(129.6).epsilon(1e-6));
  CHECK(g(s.grams.carbohydrate) == doctest::Approx(432.9).epsilon(1e-6));

  // deficit_body_mass, 2000 kcal, 80 kg: protein 2.2 x 80 = 176 g = 704 kcal; fat 25 % =
  // 500 kcal = 55.556 g; carbohydrate (2000 - 704 - 500) / 4 = 199 g.
  const auto d =
      split_macros(kcal(2000), kilograms(T(80)), preset_for(diet_phase::deficit).rule<T>());
  CHECK(g(d.grams.protein) == doctest::Approx(176.0).epsilon(1e-6));
  CHECK(g(d.grams.carbohydrate) == doctest::Approx(199.0).epsilon(1e-6));

  // deficit_fat_free_mass, 2000 kcal, 80 kg at 15 % fat (FFM 68 kg): protein 2.7 x 68 =
  // 183.6 g = 734.4 kcal; carbohydrate (2000 - 734.4 - 500) / 4 = 191.4 g.
  const auto body = composition::body_composition<T>::from_fat_percent(kilograms(T(80)), T(15));
  const auto f = split_macros(
      kcal(2000), body, preset_for(diet_phase::deficit, protein_basis::fat_free_mass).rule<T>());
  CHECK(g(f.grams.protein) == doctest::Approx(183.6).epsilon(1e-5));
  CHECK(g(f.grams.carbohydrate) == doctest::Approx(191.4).epsilon(1e-5));
}

TEST_CASE_TEMPLATE("Trap: ISSN prints 2.3-3.1 g/kg per kg body mass, Helms per kg FFM", T, float,
                   double) {
  // energy_composition.md section 7 item 2. We follow the primary review (Helms, Zinn et al.
  // 2014): the deficit preset counts fat-free mass. For 80 kg at 20 % fat (FFM 64 kg) the
  // low end is 2.3 x 64 = 147.2 g/day, not 2.3 x 80 = 184 g/day as the ISSN wording reads.
  const auto body = composition::body_composition<T>::from_fat_percent(kilograms(T(80)), T(20));
  macro_rule<T> low = preset_for(diet_phase::deficit, protein_basis::fat_free_mass).rule<T>();
  low.protein.grams_per_kg = T(2.3);
  const auto s = split_macros(kilocalories_per_day(T(2200)), body, low);
  CHECK(g(s.grams.protein) == doctest::Approx(147.2).epsilon(1e-5));
  CHECK(g(s.grams.protein) < 184.0);
  CHECK(preset_for(diet_phase::deficit, protein_basis::fat_free_mass).basis ==
        protein_basis::fat_free_mass);
}
