// SPDX-License-Identifier: MIT
// US Navy circumference equations: Hodgdon & Beckett (1984, NHRC reports 84-11 and 84-29;
// density form, cm) and the DoD form of Hodgdon & Friedl (1999, NHRC TD 99-2B; percent, in).
#pragma once

#include <cmath>
#include <physique/composition/density.hpp>
#include <physique/composition/detail/checks.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/units.hpp>

namespace physique::composition {

/// Tape measurements of the Navy equations. Men: neck and abdomen at the navel (`waist`);
/// women: neck, waist at its narrowest and hip at the greatest protrusion of the buttocks.
/// `hip` is ignored for men and may stay zero.
template <real T = double>
struct circumferences {
  length<T> neck{};
  length<T> waist{};
  length<T> hip{};
};

}  // namespace physique::composition

namespace physique::detail::comp {
/// Checks the Navy inputs and returns the log argument in cm: waist - neck (men) or
/// waist + hip - neck (women). Throws naming every value involved when the argument is
/// not positive.
template <real T>
[[nodiscard]] T navy_circumference_cm(sex s, const length<T>& height,
                                      const composition::circumferences<T>& c) {
  require_height(height);
  require_circumference("neck", c.neck);
  require_circumference("waist", c.waist);
  const T neck = c.neck.in(centimeters);
  const T waist = c.waist.in(centimeters);
  if (s == sex::male) {
    if (!(waist > neck)) {
      report_relation("waist", "waist", waist, "neck", neck, "cm",
                      "must be greater than the neck circumference");
    }
    return waist - neck;
  }
  require_circumference("hip", c.hip);
  const T hip = c.hip.in(centimeters);
  if (!(waist + hip > neck)) {
    report_relation("waist", "waist", waist, "hip", hip, "neck", neck, "cm",
                    "waist + hip must be greater than the neck circumference");
  }
  return waist + hip - neck;
}

/// The DoD percent-fat formula on plain numbers in inches, without checks.
template <real T>
[[nodiscard]] inline T navy_dod_formula(sex s, T circumference_in, T height_in) noexcept {
  if (s == sex::male) {
    return static_cast<T>(86.010) * std::log10(circumference_in) -
           static_cast<T>(70.041) * std::log10(height_in) + static_cast<T>(36.76);
  }
  return static_cast<T>(163.205) * std::log10(circumference_in) -
         static_cast<T>(97.684) * std::log10(height_in) - static_cast<T>(78.387);
}

inline constexpr validity_domain navy_domain{
    "US Navy personnel, men and women (hydrostatic weighing); adult military population",
    sex_set::both(),
    {bound{"age_years", "yr", interval::at_least(17.0)}}};
}  // namespace physique::detail::comp

namespace physique::composition {

/// US Navy equations of Hodgdon & Beckett (1984), the density ("metric") form, lengths
/// in cm:
///   men:   D = 1.0324 - 0.19077 log10(waist - neck) + 0.15456 log10(height)
///   women: D = 1.29579 - 0.35004 log10(waist + hip - neck) + 0.22100 log10(height)
/// then percent fat by Siri (the Navy's conversion) unless told otherwise.
/// The logarithms are base 10. Inputs are lengths in any unit (converted to cm here).
/// Throws `invalid_argument` for a non-positive or non-finite length, and when waist <=
/// neck (men) or waist + hip <= neck (women), naming every value.
/// Validity: adult US Navy personnel; only the lower age bound (17 y, the enlistment age)
/// is encoded, the sample's upper age is not.
struct us_navy_hodgdon_beckett {
  static constexpr equation_info info{
      "us_navy_hodgdon_beckett_1984", "US Navy, Hodgdon-Beckett (1984)",
      citation{"Hodgdon JA, Beckett MB", 1984,
               "Prediction of percent body fat for U.S. Navy men and women from body "
               "circumferences and height",
               "Naval Health Research Center, San Diego, Reports No. 84-11 and 84-29", "",
               "density equations; men R 0.90, SEE 3.52 %; women R 0.85, SEE 3.72 %"},
      detail::comp::navy_domain};

  /// Body density.
  template <real T>
  [[nodiscard]] mass_density<T> density(sex s, const length<T>& height,
                                        const circumferences<T>& c) const {
    const T x = detail::comp::navy_circumference_cm(s, height, c);
    const T h = height.in(centimeters);
    if (s == sex::male) {
      return grams_per_milliliter(static_cast<T>(1.0324) - static_cast<T>(0.19077) * std::log10(x) +
                                  static_cast<T>(0.15456) * std::log10(h));
    }
    return grams_per_milliliter(static_cast<T>(1.29579) - static_cast<T>(0.35004) * std::log10(x) +
                                static_cast<T>(0.22100) * std::log10(h));
  }
  /// Percent fat (Siri by default). Not clamped.
  template <real T>
  [[nodiscard]] T operator()(sex s, const length<T>& height, const circumferences<T>& c,
                             density_conversion conv = density_conversion::siri_1961) const {
    return detail::comp::fat_percent_of_estimate(density(s, height, c), conv);
  }
  /// Reports an age under 17 y. Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const duration<T>& age) const noexcept {
    return info.domain.check(s, {input_value{"age_years", static_cast<double>(age.in(years))}});
  }
};

/// DoD circumference equations of Hodgdon & Friedl (1999), the percent ("imperial") form
/// used by the Navy and Army standards, lengths in inches:
///   men:   %BF = 86.010 log10(waist - neck) - 70.041 log10(height) + 36.76
///   women: %BF = 163.205 log10(waist + hip - neck) - 97.684 log10(height) - 78.387
/// A separate regression from `us_navy_hodgdon_beckett`, not a unit conversion of it:
/// the two differ by 0.1-0.4 points. Inputs in any unit (converted to inches here), so
/// the "metric" restatements (+30.30 men, -104.912 women with cm) give the same result.
/// Same errors as `us_navy_hodgdon_beckett`. The official tables also round the tape
/// readings (neck up, waist and hip down, to 0.5 in); this function uses them as given.
struct us_navy_dod {
  static constexpr equation_info info{
      "us_navy_dod", "US Navy / DoD, Hodgdon-Friedl (1999)",
      citation{"Hodgdon JA, Friedl K", 1999,
               "Development of the DoD body composition estimation equations",
               "Naval Health Research Center, San Diego, Technical Document No. 99-2B", "",
               "percent-fat equations in inches; men R 0.903, SEE 3.52 %; women R 0.856, "
               "SEE 3.61 %"},
      detail::comp::navy_domain};

  /// Percent fat. Not clamped.
  template <real T>
  [[nodiscard]] T operator()(sex s, const length<T>& height, const circumferences<T>& c) const {
    const T x_in = detail::comp::navy_circumference_cm(s, height, c) / static_cast<T>(2.54);
    return detail::comp::navy_dod_formula(s, x_in, height.in(inches));
  }
  /// Reports an age under 17 y. Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const duration<T>& age) const noexcept {
    return info.domain.check(s, {input_value{"age_years", static_cast<double>(age.in(years))}});
  }
};

}  // namespace physique::composition
