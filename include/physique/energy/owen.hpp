// SPDX-License-Identifier: MIT
// Owen resting energy expenditure from body mass. Sources: Owen OE et al., Am J Clin Nutr
// 1986;44:1-19 (women) and Am J Clin Nutr 1987;46:875-85 (men).
#pragma once

#include <physique/core/equation.hpp>
#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
#include <physique/energy/detail/check_person.hpp>

namespace physique::energy {

/// Owen resting metabolic rate from body mass alone:
///
///     men:   RMR (kcal/day) = 879 + 10.2 W      (Owen et al. 1987)
///     women: RMR (kcal/day) = 795 + 7.18 W      (Owen et al. 1986)
///
/// W body mass (kg). Age and height are not used (but are validated with the person).
///
/// - Throws: `physique::invalid_argument` for a physically impossible person.
/// - Source: the two papers above; the citation object names the men's paper, the
///   women's is in `women_source`.
/// - Validity: lean and obese adults, 18-82 y (men) and 18-65 y (women).
struct owen : detail::person_equation<owen> {
  static constexpr equation_info info{
      "owen", "Owen (1986, 1987)",
      citation{"Owen OE, et al.", 1987, "A reappraisal of the caloric requirements of men",
               "Am J Clin Nutr 46(6):875-885", "10.1093/ajcn/46.6.875", "Abstract"},
      validity_domain{"healthy lean and obese adults: 60 men 18-82 y (1987), 44 women "
                      "18-65 y (1986)",
                      sex_set::both(),
                      {bound{"age", "yr", interval{18.0, 82.0}}}}};

  /// The women's equation's source.
  static constexpr citation women_source{"Owen OE, et al.",
                                         1986,
                                         "A reappraisal of caloric requirements in healthy women",
                                         "Am J Clin Nutr 44(1):1-19",
                                         "10.1093/ajcn/44.1.1",
                                         "Abstract"};

  /// The formula without input checks, for kernels that validated `p` already (the
  /// batch entry points). Garbage in, garbage out.
  template <real T>
  [[nodiscard]] static constexpr energy_rate<T> unchecked(const person<T>& p) noexcept {
    const T w = p.body_mass.in(kilograms);
    if (p.sex == sex::male) {
      return kilocalories_per_day(static_cast<T>(879) + static_cast<T>(10.2) * w);
    }
    return kilocalories_per_day(static_cast<T>(795) + static_cast<T>(7.18) * w);
  }

  /// Which inputs lie outside the derivation samples (women: 18-65 y; men: 18-82 y).
  /// Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const person<T>& p) const noexcept {
    if (p.sex == sex::female) {
      constexpr validity_domain women{"healthy lean and obese women, 18-65 y (n = 44)",
                                      sex_set(sex::female),
                                      {bound{"age", "yr", interval{18.0, 65.0}}}};
      return detail::check_person(women, p);
    }
    return detail::check_person(info.domain, p);
  }
};

}  // namespace physique::energy
