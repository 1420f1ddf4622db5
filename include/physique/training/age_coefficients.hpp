// SPDX-License-Identifier: MIT
// Age coefficients for powerlifting scores: Foster (teenage and junior lifters, 14-22 y) and
// McCulloch (masters, 41-80 y, extended to 90 y by USA Powerlifting), and McCulloch points
// as OpenPowerlifting computes them (DOTS x age coefficient). Source: OpenPowerlifting
// coefficients crate, mcculloch.rs, which cites the Foster and McCulloch tables of
// usapl-sd.com, the WPC Glossbrenner masters table and USAPL's age coefficient sheet.
#pragma once

#include <array>
#include <cmath>

#include <physique/core/equation.hpp>
#include <physique/core/sex.hpp>
#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/training/strength_scores.hpp>

namespace physique::training {

/// Foster / McCulloch age coefficients by whole years of age, 14-90:
/// Foster 14-22 (1.23 down to 1.01), none (1.00) for 23-40, McCulloch 41-80 (1.010 up to
/// 2.050), USA Powerlifting 81-90 (2.096 up to 2.549).
struct mcculloch_foster {
  static constexpr int first_age = 14;  ///< youngest age in the table, years
  static constexpr int last_age = 90;   ///< oldest age in the table, years
  /// The coefficient for each whole year from `first_age` to `last_age`.
  static constexpr std::array<double, 77> table{
      1.23,  1.18,  1.13,  1.08,  1.06,  1.04,  1.03,  1.02,  1.01,                // 14-22
      1.00,  1.00,  1.00,  1.00,  1.00,  1.00,  1.00,  1.00,  1.00,  1.00,  1.00,  // 23-33
      1.00,  1.00,  1.00,  1.00,  1.00,  1.00,  1.00,                              // 34-40
      1.010, 1.020, 1.031, 1.043, 1.055, 1.068, 1.082, 1.097, 1.113, 1.130,        // 41-50
      1.147, 1.165, 1.184, 1.204, 1.225, 1.246, 1.268, 1.291, 1.315, 1.340,        // 51-60
      1.366, 1.393, 1.421, 1.450, 1.480, 1.511, 1.543, 1.576, 1.610, 1.645,        // 61-70
      1.681, 1.718, 1.756, 1.795, 1.835, 1.876, 1.918, 1.961, 2.005, 2.050,        // 71-80
      2.096, 2.143, 2.190, 2.238, 2.287, 2.337, 2.388, 2.440, 2.494, 2.549};       // 81-90

  /// Name, source and validity domain.
  static constexpr equation_info info{
      "mcculloch_foster", "McCulloch / Foster age coefficients",
      citation{"McCulloch; Foster", 0, "Masters (McCulloch) and junior (Foster) age coefficients",
               "tables of usapl-sd.com, corrected from the WPC masters table; 81-90 y from "
               "USA Powerlifting's age coefficients; as in OpenPowerlifting "
               "coefficients/mcculloch.rs",
               "", "one multiplier per whole year of age"},
      validity_domain{"lifters aged 14-90 y (no published coefficient outside)",
                      sex_set::both(),
                      {bound{"age_years", "yr", interval{14.0, 90.0}}}}};

  /// The coefficient for the age in whole years (40.9 y reads as 40). Throws
  /// `invalid_argument` naming `age` if it is not finite or outside 14-90 y: the tables
  /// stop there and any value beyond would be invented.
  template <real T>
  [[nodiscard]] double operator()(const duration<T>& age) const {
    const T y = age.in(years);
    // A birthday read back through float lands a hair under the whole year: allow 1e-4 yr.
    const double nudged = static_cast<double>(y) + 1e-4;
    physique::detail::require(is_finite(y) && nudged >= 14.0 && nudged < 91.0, "age", y, "yr",
                              "must be within 14-90 y (the published age tables)");
    const auto whole = static_cast<int>(std::floor(nudged));
    return table[static_cast<std::size_t>(whole - first_age)];
  }
};

/// McCulloch points as OpenPowerlifting computes them: DOTS points x the McCulloch/Foster
/// age coefficient (USPA popularised the name for age-adjusted Wilks; OpenPowerlifting now
/// applies the age coefficient to DOTS). Unrounded; throws as `dots` and
/// `mcculloch_foster`.
template <real T>
[[nodiscard]] T mcculloch_points(sex s, const mass<T>& bodyweight, const mass<T>& total,
                                 const duration<T>& age) {
  const T base = dots{}(s, bodyweight, total);
  return base * static_cast<T>(mcculloch_foster{}(age));
}

}  // namespace physique::training
