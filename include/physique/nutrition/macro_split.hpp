// SPDX-License-Identifier: MIT
// Macro split from a daily energy target: protein per kg of body mass or of fat-free mass,
// fat as a share of energy with an optional floor (per kg of body mass, or MacroFactor's
// height rule), carbohydrate as the remainder, all converted with the Atwater general
// factors 4 / 9 / 4 kcal/g (Atwater & Bryant 1900).
#pragma once

#include <limits>
#include <type_traits>

#include <physique/composition/body_composition.hpp>
#include <physique/core/error.hpp>
#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/nutrition/atwater.hpp>
#include <physique/nutrition/detail/budget_error.hpp>
#include <physique/nutrition/macros.hpp>

namespace physique::nutrition {

/// What the protein target is counted per kilogram of.
enum class protein_basis : unsigned char {
  body_mass,     ///< g per kg of body mass (ISSN 2017, Morton 2018)
  fat_free_mass  ///< g per kg of fat-free mass (Helms et al. 2014); needs a body composition
};

/// Stable snake_case name ("body_mass" / "fat_free_mass").
[[nodiscard]] constexpr const char* to_string(protein_basis b) noexcept {
  return b == protein_basis::body_mass ? "body_mass" : "fat_free_mass";
}

/// Protein target: `grams_per_kg` g/day per kg of `basis` (finite, >= 0).
template <real T = double>
struct protein_rule {
  T grams_per_kg = T(1.6);
  protein_basis basis = protein_basis::body_mass;
};

/// What the fat floor is computed from.
enum class fat_floor_basis : unsigned char {
  body_mass,  ///< `minimum_grams_per_kg` x body mass (0 g/kg: no floor)
  height      ///< `height_based_fat_floor(height)`; needs a `person`
};

/// Stable snake_case name ("body_mass" / "height").
[[nodiscard]] constexpr const char* to_string(fat_floor_basis b) noexcept {
  return b == fat_floor_basis::body_mass ? "body_mass" : "height";
}

/// The height-based fat floor some coaching apps use, as MacroFactor's nutrition FAQ
/// states it: 30 g/day at 150 cm and below, plus 0.5 g/day per cm above 150 cm (175 cm:
/// 42.5 g/day). A rule of thumb for keeping fat intake from falling too low in a diet, not
/// a physiological requirement; it does not scale with body mass, so it stays sensible for
/// heavy people where 0.5 g/kg would not. Throws `invalid_argument` naming `height` unless
/// it is finite and within (0, 300] cm.
template <real T>
[[nodiscard]] constexpr mass_rate<T> height_based_fat_floor(const length<T>& height) {
  const T cm = height.in(centimeters);
  physique::detail::require(cm > T{0} && cm <= T{300}, "height", cm, "cm",
                            "must be within (0, 300] cm");
  const T above = cm > T{150} ? cm - T{150} : T{0};
  return grams_per_day(T{30} + T(0.5) * above);
}

/// Fat target: the larger of `share_of_energy` x energy target (a fraction in [0, 1]) and
/// a floor: `minimum_grams_per_kg` g/day per kg of body mass (0 means none), or with
/// `floor_basis = height` the height-based floor (`height_based_fat_floor`; then
/// `minimum_grams_per_kg` is not used and the split needs a `person`).
template <real T = double>
struct fat_rule {
  T share_of_energy = T(0.30);
  T minimum_grams_per_kg = T(0);
  /// What the fat floor is computed from.
  fat_floor_basis floor_basis = fat_floor_basis::body_mass;
};

/// A complete rule: protein first, then fat, carbohydrate takes what is left.
/// The defaults are the `maintenance` preset (goal_presets.hpp): 1.6 g/kg body mass, fat 30 %.
template <real T = double>
struct macro_rule {
  protein_rule<T> protein{};
  fat_rule<T> fat{};
};

/// A split: grams per day of each macronutrient (alcohol zero), the target it was made for
/// and whether the fat floor rather than the fat share set the fat.
/// By construction 4 P + 9 F + 4 C equals the target (kcal table).
template <real T = double>
struct macro_split {
  macros<T> grams{};
  energy_rate<T> target{};
  bool fat_floor_applied = false;
};

namespace detail {

/// Grams per day of a split, as plain numbers (shared by the scalar and batch entry points).
template <real T>
struct split_grams {
  T protein;
  T fat;
  T carbohydrate;
  bool fat_floor_applied;
};

template <real T>
constexpr void validate_rule(const macro_rule<T>& rule) {
  // 100 g/kg is about 40 times the highest recommendation (2.2-3.1 g/kg): no intake holds it.
  physique::detail::require_within("protein_grams_per_kg", rule.protein.grams_per_kg, T{0}, T{100},
                                   "g/kg", "must be within 0-100 g/kg");
  physique::detail::require_within("fat_share_of_energy", rule.fat.share_of_energy, T{0}, T{1}, "",
                                   "must be a fraction within [0, 1]");
  physique::detail::require_within("fat_minimum_grams_per_kg", rule.fat.minimum_grams_per_kg, T{0},
                                   T{100}, "g/kg", "must be within 0-100 g/kg");
  physique::detail::require(rule.fat.floor_basis == fat_floor_basis::body_mass ||
                                rule.fat.floor_basis == fat_floor_basis::height,
                            "fat_floor_basis", static_cast<int>(rule.fat.floor_basis), "",
                            "must be body_mass or height");
}

/// The height floor needs a height: only the `person` overload has one.
template <real T>
constexpr void require_body_mass_floor(const macro_rule<T>& rule) {
  if (rule.fat.floor_basis != fat_floor_basis::body_mass) {
    report_invalid_argument(
        error_report{"fat_floor_basis", 0.0, "", "needs a person (height) argument", "height"});
  }
}

/// Reports which input of one person's split is impossible (the cold path of
/// `split_kernel`).
template <real T>
[[gnu::cold, gnu::noinline]] constexpr void check_split_inputs(T target_kcal, T body_mass_kg,
                                                               T protein_reference_kg,
                                                               protein_basis basis) {
  physique::detail::require_positive("energy_target", target_kcal, "kcal/d");
  physique::detail::require_plausible("energy_target", target_kcal, bounds::energy_intake);
  physique::detail::require_plausible("body_mass", body_mass_kg, bounds::body_mass);
  physique::detail::require_positive(
      basis == protein_basis::body_mass ? "body_mass" : "fat_free_mass", protein_reference_kg,
      "kg");
}

template <real T>
[[nodiscard]] constexpr bool positive_finite(T v) noexcept {
  return v > T{0} && v - v == T{0};  // false for NaN, infinities, zero and negatives
}

/// `v` in (0, high] or [low, high] of a bounds-table row; false for NaN.
template <real T>
[[nodiscard]] constexpr bool positive_within(T v, const plausible_range& r) noexcept {
  return v > T{0} && v >= static_cast<T>(r.low) && v <= static_cast<T>(r.high);
}

/// The split for one person. `target_kcal` kcal/day, `body_mass_kg` (fat floor) and
/// `protein_reference_kg` (body or fat-free mass) in kg; the rule must be validated.
/// `height_floor_g` is the height-based floor in g/day, used when the rule asks for it.
/// Returns grams per day. Forced inline (g++ and clang) so that batch loops keep their
/// invariants in registers; the error paths are out of line.
template <real T>
[[gnu::always_inline]] constexpr inline split_grams<T> split_kernel(T target_kcal, T body_mass_kg,
                                                                    T protein_reference_kg,
                                                                    const macro_rule<T>& rule,
                                                                    T height_floor_g = T{0}) {
  if (!(positive_within(target_kcal, bounds::energy_intake) &&
        positive_within(body_mass_kg, bounds::body_mass) && positive_finite(protein_reference_kg)))
      [[unlikely]] {
    check_split_inputs(target_kcal, body_mass_kg, protein_reference_kg, rule.protein.basis);
  }
  constexpr T protein_factor = T(4);
  constexpr T fat_factor = T(9);
  constexpr T carbohydrate_factor = T(4);
  const T protein_g = rule.protein.grams_per_kg * protein_reference_kg;
  const T protein_kcal = protein_factor * protein_g;
  // Rounding noise of a few ulps is not "over budget"; anything more is.
  const T tolerance = T(8) * std::numeric_limits<T>::epsilon() * target_kcal;
  if (protein_kcal > target_kcal + tolerance) [[unlikely]] {
    report_over_budget("protein_energy", static_cast<double>(protein_kcal), nullptr, 0.0,
                       static_cast<double>(target_kcal));
  }
  const T fat_share_g = rule.fat.share_of_energy * target_kcal / fat_factor;
  const T fat_floor_g = rule.fat.floor_basis == fat_floor_basis::height
                            ? height_floor_g
                            : rule.fat.minimum_grams_per_kg * body_mass_kg;
  const bool floor_applied = fat_floor_g > fat_share_g;
  const T fat_g = floor_applied ? fat_floor_g : fat_share_g;
  const T fat_kcal = fat_factor * fat_g;
  const T rest_kcal = target_kcal - protein_kcal - fat_kcal;
  if (rest_kcal < -tolerance) [[unlikely]] {
    report_over_budget("fat_energy", static_cast<double>(fat_kcal), "protein_energy",
                       static_cast<double>(protein_kcal), static_cast<double>(target_kcal));
  }
  const T carbohydrate_g = rest_kcal > T{0} ? rest_kcal / carbohydrate_factor : T{0};
  return {protein_g, fat_g, carbohydrate_g, floor_applied};
}

/// g/day -> mass_rate (stored in kg/day) by one multiplication; `grams_per_day(g)` divides
/// by 1000, which costs several times more in a batch loop. Equal to within 1 ulp.
template <real T>
[[nodiscard]] constexpr mass_rate<T> from_grams_per_day(T g) noexcept {
  return mass_rate<T>(physique::detail::base_unit_tag{}, g * T(0.001));
}

template <real T>
constexpr macro_split<T> make_split(const energy_rate<T>& target,
                                    const split_grams<T>& g) noexcept {
  macro_split<T> s;
  s.grams.protein = from_grams_per_day(g.protein);
  s.grams.fat = from_grams_per_day(g.fat);
  s.grams.carbohydrate = from_grams_per_day(g.carbohydrate);
  s.target = target;
  s.fat_floor_applied = g.fat_floor_applied;
  return s;
}

}  // namespace detail

/// Splits a daily energy target into protein, fat and carbohydrate for a person known by
/// body mass only.
///
/// protein (g/d) = rule.protein.grams_per_kg x body mass (kg);
/// fat (g/d) = max(rule.fat.share_of_energy x target / 9, rule.fat.minimum_grams_per_kg x
/// body mass); carbohydrate (g/d) = (target - 4 protein - 9 fat) / 4.
///
/// \param target daily energy target (finite, > 0)
/// \param body_mass body mass (finite, > 0)
/// \param rule protein and fat rule; `rule.protein.basis` must be `body_mass`
/// \throws invalid_argument naming the value: target or body mass not positive or outside the
///   bounds table (<physique/core/bounds.hpp>);
///   grams_per_kg negative or NaN; fat share outside [0, 1]; basis `fat_free_mass` (use the
///   body_composition overload); fat floor basis `height` (use the person overload);
///   protein energy above the target (`protein_energy`); protein
///   plus fat energy above the target (`fat_energy`, message also names `protein_energy`).
/// Source: Atwater general factors (Atwater & Bryant 1900); the rule's numbers are the
/// caller's or a goal preset's (goal_presets.hpp).
template <real T>
[[nodiscard]] constexpr macro_split<T> split_macros(
    const energy_rate<T>& target, const mass<T>& body_mass,
    const std::type_identity_t<macro_rule<T>>& rule = {}) {
  detail::validate_rule(rule);
  detail::require_body_mass_floor(rule);
  if (rule.protein.basis != protein_basis::body_mass) {
    report_invalid_argument(error_report{"protein_basis", 0.0, "",
                                         "needs a body_composition (fat-free mass) argument",
                                         "fat_free_mass"});
  }
  const T kg = body_mass.in(kilograms);
  return detail::make_split(target,
                            detail::split_kernel(target.in(kilocalories_per_day), kg, kg, rule));
}

/// As above for a person with a known body composition: protein is counted per kg of body
/// mass or of fat-free mass as `rule.protein.basis` says; the fat floor is per kg of body
/// mass. Same formulas and errors (without the basis restriction).
template <real T>
[[nodiscard]] constexpr macro_split<T> split_macros(
    const energy_rate<T>& target, const composition::body_composition<T>& body,
    const std::type_identity_t<macro_rule<T>>& rule = {}) {
  detail::validate_rule(rule);
  detail::require_body_mass_floor(rule);
  const T body_kg = body.body_mass().in(kilograms);
  const T reference_kg =
      rule.protein.basis == protein_basis::body_mass ? body_kg : body.fat_free_mass().in(kilograms);
  return detail::make_split(
      target, detail::split_kernel(target.in(kilocalories_per_day), body_kg, reference_kg, rule));
}

/// As above for a `person` (body mass and height known): protein per kg of body mass
/// (`rule.protein.basis` must be `body_mass`), and either fat floor basis; with
/// `fat_floor_basis::height` the floor is `height_based_fat_floor(person.height)`.
/// Throws as the body-mass overload, and for an impossible person (naming the field).
template <real T>
[[nodiscard]] constexpr macro_split<T> split_macros(
    const energy_rate<T>& target, const person<T>& p,
    const std::type_identity_t<macro_rule<T>>& rule = {}) {
  detail::validate_rule(rule);
  validate(p);
  if (rule.protein.basis != protein_basis::body_mass) {
    report_invalid_argument(error_report{"protein_basis", 0.0, "",
                                         "needs a body_composition (fat-free mass) argument",
                                         "fat_free_mass"});
  }
  const T kg = p.body_mass.in(kilograms);
  const T height_floor_g = rule.fat.floor_basis == fat_floor_basis::height
                               ? height_based_fat_floor(p.height).in(grams_per_day)
                               : T{0};
  return detail::make_split(
      target, detail::split_kernel(target.in(kilocalories_per_day), kg, kg, rule, height_floor_g));
}

}  // namespace physique::nutrition
