// SPDX-License-Identifier: MIT
// Schofield (1985) basal metabolic rate from body mass, six age bands per sex, as adopted by
// WHO (1985) and FAO/WHO/UNU (2004, Table 5.2). Source: Schofield WN, Hum Nutr Clin Nutr
// 1985;39 Suppl 1:5-41.
#pragma once

#include <array>

#include <physique/core/equation.hpp>
#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
#include <physique/energy/detail/age_bands.hpp>
#include <physique/energy/detail/check_person.hpp>

namespace physique::energy {

/// Schofield's weight-only basal metabolic rate equations (kcal/day, W in kg):
///
/// | age (y)  | men               | women             |
/// |----------|-------------------|-------------------|
/// | 0 to 3   | 59.512 W - 30.4   | 58.317 W - 31.1   |
/// | 3 to 10  | 22.706 W + 504.3  | 20.315 W + 485.9  |
/// | 10 to 18 | 17.686 W + 658.2  | 13.384 W + 692.6  |
/// | 18 to 30 | 15.057 W + 692.2  | 14.818 W + 486.6  |
/// | 30 to 60 | 11.472 W + 873.1  | 8.126 W + 845.6   |
/// | 60 and up| 11.711 W + 587.7  | 9.082 W + 658.5   |
///
/// Bands are half-open [from, to): age 10.0 uses the 10-18 row, age 9.99 the 3-10 row.
///
/// - Throws: `physique::invalid_argument` for a physically impossible person.
/// - Source: Schofield 1985; FAO/WHO/UNU 2004 Human energy requirements, Table 5.2.
/// - Validity: every age from birth; the sample (7173 subjects) was 47 % Italian and the
///   equations overestimate BMR in several populations (Henry 2005). Nothing is bounded
///   beyond the person's own limits, so `validity(p)` only reports the population.
struct schofield : detail::weight_only_equation<schofield> {
  static constexpr equation_info info{
      "schofield", "Schofield / WHO (1985)",
      citation{"Schofield WN", 1985,
               "Predicting basal metabolic rate, new standards and review of previous work",
               "Hum Nutr Clin Nutr 39 Suppl 1:5-41", "",
               "weight-only equations by age band; "
               "reproduced in FAO/WHO/UNU 2004, Table 5.2"},
      validity_domain{"7173 subjects of all ages (47 % Italian, few from the tropics)",
                      sex_set::both(),
                      {bound{"age", "yr", interval::at_least(0.0)}}}};

  /// The coefficients, one row per band.
  static constexpr std::array<detail::weight_band, 6> bands{{
      {0.0, 59.512, -30.4, 58.317, -31.1},
      {3.0, 22.706, 504.3, 20.315, 485.9},
      {10.0, 17.686, 658.2, 13.384, 692.6},
      {18.0, 15.057, 692.2, 14.818, 486.6},
      {30.0, 11.472, 873.1, 8.126, 845.6},
      {60.0, 11.711, 587.7, 9.082, 658.5},
  }};

  /// The formula without input checks, for kernels that validated `p` already (the
  /// batch entry points). Garbage in, garbage out.
  template <real T>
  [[nodiscard]] static constexpr energy_rate<T> unchecked(const person<T>& p) noexcept {
    return detail::weight_band_rate(bands, p);
  }
};

}  // namespace physique::energy
