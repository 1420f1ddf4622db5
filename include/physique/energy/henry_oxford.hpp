// SPDX-License-Identifier: MIT
// Henry (Oxford) 2005 basal metabolic rate from body mass by age band, with the optional
// 60-70 / 70+ split. Source: Henry CJK, Public Health Nutr 2005;8(7A):1133-52.
#pragma once

#include <array>

#include <physique/core/equation.hpp>
#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
#include <physique/energy/detail/age_bands.hpp>
#include <physique/energy/detail/check_person.hpp>

namespace physique::energy {

namespace detail {
inline constexpr citation henry_2005{
    "Henry CJK",
    2005,
    "Basal metabolic rate studies in humans: measurement and development of new equations",
    "Public Health Nutr 8(7A):1133-1152",
    "10.1079/PHN2005801",
    "weight-only equations"};
inline constexpr validity_domain henry_2005_domain{
    "about 10 500 subjects of all ages, broader ethnic base and fewer Italians than Schofield",
    sex_set::both(),
    {bound{"age", "yr", interval::at_least(0.0)}}};
}  // namespace detail

/// Henry's (Oxford) weight-only basal metabolic rate equations (kcal/day, W in kg):
///
/// | age (y)  | men             | women           |
/// |----------|-----------------|-----------------|
/// | 0 to 3   | 61.0 W - 33.7   | 58.9 W - 23.1   |
/// | 3 to 10  | 23.3 W + 514    | 20.1 W + 507    |
/// | 10 to 18 | 18.4 W + 581    | 11.1 W + 761    |
/// | 18 to 30 | 16.0 W + 545    | 13.1 W + 558    |
/// | 30 to 60 | 14.2 W + 593    | 9.74 W + 694    |
/// | 60 and up| 13.5 W + 514    | 10.1 W + 569    |
///
/// Bands are half-open [from, to). The UK SACN (2011) adopted these equations.
///
/// - Throws: `physique::invalid_argument` for a physically impossible person.
/// - Source: Henry 2005.
/// - Validity: all ages; `validity(p)` reports nothing beyond the person's own limits.
struct henry_oxford : detail::weight_only_equation<henry_oxford> {
  static constexpr equation_info info{"henry_oxford", "Henry / Oxford (2005)", detail::henry_2005,
                                      detail::henry_2005_domain};

  static constexpr std::array<detail::weight_band, 6> bands{{
      {0.0, 61.0, -33.7, 58.9, -23.1},
      {3.0, 23.3, 514.0, 20.1, 507.0},
      {10.0, 18.4, 581.0, 11.1, 761.0},
      {18.0, 16.0, 545.0, 13.1, 558.0},
      {30.0, 14.2, 593.0, 9.74, 694.0},
      {60.0, 13.5, 514.0, 10.1, 569.0},
  }};

  /// The formula without input checks, for kernels that validated `p` already (the
  /// batch entry points). Garbage in, garbage out.
  template <real T>
  [[nodiscard]] static constexpr energy_rate<T> unchecked(const person<T>& p) noexcept {
    return detail::weight_band_rate(bands, p);
  }
};

/// Henry (Oxford) 2005 with the older band split in two: as `henry_oxford` below 60 years,
/// then (kcal/day)
///
///     60 to 70:   men 13.0 W + 567,  women 10.2 W + 572
///     70 and up:  men 13.7 W + 481,  women 10.0 W + 577
///
/// Source, throws and validity as `henry_oxford`.
struct henry_oxford_older_split : detail::weight_only_equation<henry_oxford_older_split> {
  static constexpr equation_info info{"henry_oxford_older_split",
                                      "Henry / Oxford (2005), 60-70 and 70+ bands",
                                      detail::henry_2005, detail::henry_2005_domain};

  static constexpr std::array<detail::weight_band, 7> bands{{
      {0.0, 61.0, -33.7, 58.9, -23.1},
      {3.0, 23.3, 514.0, 20.1, 507.0},
      {10.0, 18.4, 581.0, 11.1, 761.0},
      {18.0, 16.0, 545.0, 13.1, 558.0},
      {30.0, 14.2, 593.0, 9.74, 694.0},
      {60.0, 13.0, 567.0, 10.2, 572.0},
      {70.0, 13.7, 481.0, 10.0, 577.0},
  }};

  /// The formula without input checks, for kernels that validated `p` already (the
  /// batch entry points). Garbage in, garbage out.
  template <real T>
  [[nodiscard]] static constexpr energy_rate<T> unchecked(const person<T>& p) noexcept {
    return detail::weight_band_rate(bands, p);
  }
};

}  // namespace physique::energy
