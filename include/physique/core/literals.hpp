// SPDX-License-Identifier: MIT
// User-defined literals for the common units: 80.0_kg, 176_lb, 180_cm, 2500_kcal, ...
#pragma once

#include <physique/core/units.hpp>

namespace physique {

/// Literals return `double` quantities whether written as `80_kg` or `80.0_kg`; code
/// that wants `float` calls the unit (`kilograms(80.0f)`). They are sugar only: every
/// API takes quantities, however they were made.
inline namespace literals {

#define PHYSIQUE_DETAIL_LITERAL(suffix, unit_object)                                \
  [[nodiscard]] constexpr auto operator""_##suffix(long double v) noexcept {        \
    return unit_object(static_cast<double>(v));                                     \
  }                                                                                 \
  [[nodiscard]] constexpr auto operator""_##suffix(unsigned long long v) noexcept { \
    return unit_object(static_cast<double>(v));                                     \
  }

PHYSIQUE_DETAIL_LITERAL(kg, kilograms)
PHYSIQUE_DETAIL_LITERAL(g, grams)
PHYSIQUE_DETAIL_LITERAL(lb, pounds)
PHYSIQUE_DETAIL_LITERAL(oz, ounces)
PHYSIQUE_DETAIL_LITERAL(cm, centimeters)
PHYSIQUE_DETAIL_LITERAL(mm, millimeters)
PHYSIQUE_DETAIL_LITERAL(in, inches)
PHYSIQUE_DETAIL_LITERAL(ft, feet)
PHYSIQUE_DETAIL_LITERAL(kcal, kilocalories)
PHYSIQUE_DETAIL_LITERAL(kJ, kilojoules)
PHYSIQUE_DETAIL_LITERAL(MJ, megajoules)
PHYSIQUE_DETAIL_LITERAL(days, days)
PHYSIQUE_DETAIL_LITERAL(weeks, weeks)
PHYSIQUE_DETAIL_LITERAL(hours, hours)
PHYSIQUE_DETAIL_LITERAL(yr, years)
PHYSIQUE_DETAIL_LITERAL(kcal_per_day, kilocalories_per_day)
PHYSIQUE_DETAIL_LITERAL(kJ_per_day, kilojoules_per_day)
PHYSIQUE_DETAIL_LITERAL(kg_per_week, kilograms_per_week)
PHYSIQUE_DETAIL_LITERAL(lb_per_week, pounds_per_week)
PHYSIQUE_DETAIL_LITERAL(kcal_per_day_per_kg, kilocalories_per_day_per_kilogram)

#undef PHYSIQUE_DETAIL_LITERAL

}  // namespace literals
}  // namespace physique
