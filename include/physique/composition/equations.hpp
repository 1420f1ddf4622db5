// SPDX-License-Identifier: MIT
// The composition equation families: iteration over every member and run-time lookup by
// id (for a settings screen), for BMI-based fat, skinfold, circumference and lean-mass
// equations.
#pragma once

#include <cstddef>
#include <physique/composition/density.hpp>
#include <physique/composition/deurenberg.hpp>
#include <physique/composition/durnin_womersley.hpp>
#include <physique/composition/ffmi.hpp>
#include <physique/composition/jackson_2002.hpp>
#include <physique/composition/jackson_pollock.hpp>
#include <physique/composition/lean_body_mass.hpp>
#include <physique/composition/relative_fat_mass.hpp>
#include <physique/composition/us_navy.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/error.hpp>
#include <tuple>
#include <utility>

namespace physique::composition {

/// Percent fat from a `person` (BMI, age, sex).
using bmi_fat_equations = std::tuple<jackson_2002, deurenberg_1991, deurenberg_1991_child>;
/// Lean body mass from a `person` (height, weight, sex).
using lean_body_mass_equations = std::tuple<boer_1984, james_1976, hume_1966, janmahasatian_2005>;
/// Percent fat from sex, height and `circumferences`.
using circumference_equations = std::tuple<us_navy_hodgdon_beckett, us_navy_dod>;
/// Body density from skinfolds (each takes its own site set).
using skinfold_equations =
    std::tuple<jackson_pollock_3_male, jackson_pollock_3_female, jackson_pollock_7_male,
               jackson_pollock_7_female, durnin_womersley_1974>;
/// Every equation object of the composition domain.
using all_equations =
    std::tuple<jackson_2002, deurenberg_1991, deurenberg_1991_child, relative_fat_mass,
               us_navy_hodgdon_beckett, us_navy_dod, jackson_pollock_3_male,
               jackson_pollock_3_female, jackson_pollock_7_male, jackson_pollock_7_female,
               durnin_womersley_1974, siri_1961, brozek_1963, schutte_1984,
               heyward_1996_white_women, kouri_1995, boer_1984, james_1976, hume_1966,
               janmahasatian_2005>;

/// Calls `f(E{})` for every equation type `E` of `Family` (a std::tuple), in order.
template <class Family, class F>
constexpr void for_each_equation(F&& f) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (f(std::tuple_element_t<I, Family>{}), ...);
  }
  (std::make_index_sequence<std::tuple_size_v<Family>>{});
}

/// Calls `f(E{})` for the member of `Family` whose `info.id` is `id`; false if none is.
template <class Family = all_equations, class F>
constexpr bool visit_equation(const char* id, F&& f) {
  bool found = false;
  for_each_equation<Family>([&](auto e) {
    if (!found && physique::detail::same_name(decltype(e)::info.id, id)) {
      found = true;
      f(e);
    }
  });
  return found;
}

/// The `equation_info` of the member of `Family` with this id, or nullptr.
template <class Family = all_equations>
[[nodiscard]] constexpr const equation_info* find_equation(const char* id) noexcept {
  const equation_info* result = nullptr;
  for_each_equation<Family>([&](auto e) {
    if (result == nullptr && physique::detail::same_name(decltype(e)::info.id, id)) {
      result = &decltype(e)::info;
    }
  });
  return result;
}

}  // namespace physique::composition

namespace physique::detail::comp {
[[noreturn]] inline void report_unknown_id(const char* family) {
  report_invalid_argument(
      error_report{"equation_id", 0.0, "", "is not a member of the family", family});
}
}  // namespace physique::detail::comp

namespace physique::composition {

/// Percent fat by the BMI-based equation named `id` ("jackson_2002", "deurenberg_1991",
/// "deurenberg_1991_child"). Throws `invalid_argument` for an unknown id or an impossible
/// person.
template <real T>
[[nodiscard]] T fat_percent_from_bmi(const char* id, const person<T>& p) {
  T result{};
  if (!visit_equation<bmi_fat_equations>(id, [&](auto e) { result = e(p); })) {
    detail::comp::report_unknown_id("bmi_fat_equations");
  }
  return result;
}

/// Lean body mass by the equation named `id` ("boer_1984", "james_1976", "hume_1966",
/// "janmahasatian_2005").
/// Throws `invalid_argument` for an unknown id or an impossible person.
template <real T>
[[nodiscard]] mass<T> lean_body_mass(const char* id, const person<T>& p) {
  mass<T> result{};
  if (!visit_equation<lean_body_mass_equations>(id, [&](auto e) { result = e(p); })) {
    detail::comp::report_unknown_id("lean_body_mass_equations");
  }
  return result;
}

/// Percent fat by the circumference equation named `id` ("us_navy_hodgdon_beckett_1984",
/// "us_navy_dod"). Throws `invalid_argument` for an unknown id or impossible input.
template <real T>
[[nodiscard]] T fat_percent_from_circumferences(const char* id, sex s, const length<T>& height,
                                                const circumferences<T>& c) {
  T result{};
  if (!visit_equation<circumference_equations>(id, [&](auto e) { result = e(s, height, c); })) {
    detail::comp::report_unknown_id("circumference_equations");
  }
  return result;
}

}  // namespace physique::composition
