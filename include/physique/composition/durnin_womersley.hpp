// SPDX-License-Identifier: MIT
// durnin_womersley_1974: body density from the log of four skinfolds, by sex and age band.
// Source: Durnin JVGA, Womersley J, Br J Nutr 1974;32:77-97, Table 5.
#pragma once

#include <cmath>
#include <physique/composition/density.hpp>
#include <physique/composition/detail/checks.hpp>
#include <physique/composition/skinfolds.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/units.hpp>

namespace physique::composition {

/// One age band of the Durnin-Womersley equations: D = c - m log10(S), S in mm.
struct durnin_womersley_band {
  double age_from;  ///< first age of the band, years (inclusive)
  double age_to;    ///< end of the band, years (exclusive; infinity for the last band)
  double c;         ///< intercept, g/mL
  double m;         ///< slope per log10(mm)
};

/// Durnin & Womersley (1974) four-site equations (biceps, triceps, subscapular,
/// suprailiac), Table 5, sum of all four sites:
///
/// | men   | c      | m      | women | c      | m      |
/// |-------|--------|--------|-------|--------|--------|
/// | 17-19 | 1.1620 | 0.0630 | 16-19 | 1.1549 | 0.0678 |
/// | 20-29 | 1.1631 | 0.0632 | 20-29 | 1.1599 | 0.0717 |
/// | 30-39 | 1.1422 | 0.0544 | 30-39 | 1.1423 | 0.0632 |
/// | 40-49 | 1.1620 | 0.0700 | 40-49 | 1.1333 | 0.0612 |
/// | 50+   | 1.1715 | 0.0779 | 50+   | 1.1339 | 0.0645 |
///
/// Bands are half-open on the exact age ([20, 30) ...). Younger people than the first
/// band get the first band and older ones the last; `validity` reports them (the sample
/// was men 17-72 y, women 16-68 y). `operator()` converts D with Siri, as the paper did.
/// Throws `invalid_argument` for a negative or non-finite skinfold (naming the site), a
/// zero sum (log of 0), or an age outside 0-130 y.
struct durnin_womersley_1974 {
  static constexpr equation_info info{
      "durnin_womersley_1974", "Durnin-Womersley 4-site (1974)",
      citation{"Durnin JVGA, Womersley J", 1974,
               "Body fat assessed from total body density and its estimation from skinfold "
               "thickness: measurements on 481 men and women aged from 16 to 72 years",
               "Br J Nutr 32(1):77-97", "10.1079/BJN19740060",
               "Table 5 (sum of biceps, triceps, subscapular, suprailiac)"},
      validity_domain{"209 men and 272 women, Glasgow, 16-72 y, density by underwater weighing; "
                      "men 17-72 y, women 16-68 y",
                      sex_set::both(),
                      {bound{"age_years", "yr", interval{16.0, 72.0}}}}};

  static constexpr double inf = std::numeric_limits<double>::infinity();
  static constexpr durnin_womersley_band men[5] = {{17, 20, 1.1620, 0.0630},
                                                   {20, 30, 1.1631, 0.0632},
                                                   {30, 40, 1.1422, 0.0544},
                                                   {40, 50, 1.1620, 0.0700},
                                                   {50, inf, 1.1715, 0.0779}};
  static constexpr durnin_womersley_band women[5] = {{16, 20, 1.1549, 0.0678},
                                                     {20, 30, 1.1599, 0.0717},
                                                     {30, 40, 1.1423, 0.0632},
                                                     {40, 50, 1.1333, 0.0612},
                                                     {50, inf, 1.1339, 0.0645}};

  /// The coefficients used for a sex and age in years (NaN age gives the last band).
  [[nodiscard]] static constexpr const durnin_womersley_band& band(sex s,
                                                                   double age_years) noexcept {
    const durnin_womersley_band* table = s == sex::male ? men : women;
    for (int i = 0; i < 4; ++i) {
      if (age_years < table[i + 1].age_from) return table[i];
    }
    return table[4];
  }

  /// Body density.
  template <real T>
  [[nodiscard]] mass_density<T> density(sex s, const duration<T>& age,
                                        const four_skinfolds<T>& sites) const {
    detail::comp::require_age(age);
    const T sum = sites.sum_mm();
    physique::detail::require(sum > T{0}, "skinfold_sum", sum, "mm",
                              "must be positive (log of the sum)");
    // Whole years stored in float can read back a hair below the integer (30 y -> 29.999998);
    // a 1e-6 y allowance keeps such ages in the band they name.
    const durnin_womersley_band& b = band(s, static_cast<double>(age.in(years)) + 1e-6);
    return grams_per_milliliter(static_cast<T>(b.c) - static_cast<T>(b.m) * std::log10(sum));
  }
  /// Percent fat, density converted by `c` (Siri by default, as in the paper).
  template <real T>
  [[nodiscard]] T operator()(sex s, const duration<T>& age, const four_skinfolds<T>& sites,
                             density_conversion c = density_conversion::siri_1961) const {
    return detail::comp::fat_percent_of_estimate(density(s, age, sites), c);
  }
  /// Reports an age outside the sample: men 17-72 y, women 16-68 y. Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const duration<T>& age) const noexcept {
    const double a = static_cast<double>(age.in(years));
    validity_report r;
    const interval range = s == sex::male ? interval{17.0, 72.0} : interval{16.0, 68.0};
    if (!range.contains(a)) r.add(outside_bound{"age_years", "yr", a, range});
    return r;
  }
};

}  // namespace physique::composition
