// SPDX-License-Identifier: MIT
// Lean body mass from height and weight: Boer (1984), James (1976), Hume (1966).
#pragma once

#include <physique/composition/detail/checks.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/person.hpp>

namespace physique::composition {

/// Boer (1984) lean body mass, W in kg, H in cm:
///   men   LBM = 0.407 W + 0.267 H - 19.2
///   women LBM = 0.252 W + 0.473 H - 48.3
/// Takes a `person` (age unused); throws `invalid_argument` for an impossible person.
/// Not clamped. Validity: adults.
struct boer_1984 {
  static constexpr equation_info info{
      "boer_1984", "Boer (1984) lean body mass",
      citation{"Boer P", 1984,
               "Estimated lean body mass as an index for normalization of body fluid volumes "
               "in humans",
               "Am J Physiol 247(4 Pt 2):F632-F636", "10.1152/ajprenal.1984.247.4.F632",
               "LBM equations"},
      validity_domain{
          "adults", sex_set::both(), {bound{"age_years", "yr", interval::at_least(18.0)}}}};

  /// The estimate (see above); throws `invalid_argument` for impossible input.
  template <real T>
  [[nodiscard]] constexpr mass<T> operator()(const person<T>& p) const {
    validate(p);
    const T w = p.body_mass.in(kilograms);
    const T h = p.height.in(centimeters);
    if (p.sex == sex::male) {
      return kilograms(static_cast<T>(0.407) * w + static_cast<T>(0.267) * h -
                       static_cast<T>(19.2));
    }
    return kilograms(static_cast<T>(0.252) * w + static_cast<T>(0.473) * h - static_cast<T>(48.3));
  }
  /// The estimate from sex, body mass and height alone (the equation reads no age); throws
  /// `invalid_argument` naming `height` or `body_mass` when impossible. The adult-only
  /// validity needs the age: use `validity(person)`.
  template <real T>
  [[nodiscard]] constexpr mass<T> operator()(sex s, const mass<T>& body_mass,
                                             const length<T>& height) const {
    return (*this)(person<T>{s, years(T{30}), height, body_mass});  // the age is not read
  }
  /// Reports an age under 18 y. Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const person<T>& p) const noexcept {
    return info.domain.check(p.sex,
                             {input_value{"age_years", static_cast<double>(p.age.in(years))}});
  }
};

/// James (1976) lean body mass, W in kg, H in cm:
///   men   LBM = 1.10 W - 128 (W / H)^2
///   women LBM = 1.07 W - 148 (W / H)^2
/// The quadratic term makes LBM fall as weight rises past BMI 43.0 (men) or 36.1
/// (women), where dLBM/dW = 0; `validity` reports a BMI above that turning point.
/// Takes a `person`; throws for an impossible person. Not clamped.
struct james_1976 {
  static constexpr equation_info info{
      "james_1976", "James (1976) lean body mass",
      citation{"James WPT", 1976, "Research on obesity: a report of the DHSS/MRC group",
               "London: Her Majesty's Stationery Office", "", "LBM equations"},
      validity_domain{"adults; unreliable in obesity (LBM decreases with weight past the turning "
                      "point)",
                      sex_set::both(),
                      {bound{"age_years", "yr", interval::at_least(18.0)}}}};

  /// BMI (kg/m^2) at which dLBM/dW = 0: 1.10 / 256 * 1e4 (men), 1.07 / 296 * 1e4 (women).
  [[nodiscard]] static constexpr double turning_bmi(sex s) noexcept {
    return s == sex::male ? 1.10 / 256.0 * 1.0e4 : 1.07 / 296.0 * 1.0e4;
  }

  /// The estimate (see above); throws `invalid_argument` for impossible input.
  template <real T>
  [[nodiscard]] constexpr mass<T> operator()(const person<T>& p) const {
    validate(p);
    const T w = p.body_mass.in(kilograms);
    const T r = w / p.height.in(centimeters);
    if (p.sex == sex::male) {
      return kilograms(static_cast<T>(1.10) * w - static_cast<T>(128) * r * r);
    }
    return kilograms(static_cast<T>(1.07) * w - static_cast<T>(148) * r * r);
  }
  /// The estimate from sex, body mass and height alone (the equation reads no age); throws
  /// `invalid_argument` naming `height` or `body_mass` when impossible. The adult-only
  /// validity needs the age: use `validity(person)`.
  template <real T>
  [[nodiscard]] constexpr mass<T> operator()(sex s, const mass<T>& body_mass,
                                             const length<T>& height) const {
    return (*this)(person<T>{s, years(T{30}), height, body_mass});  // the age is not read
  }
  /// Reports an age under 18 y and a BMI past the turning point. Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const person<T>& p) const noexcept {
    validity_report r =
        info.domain.check(p.sex, {input_value{"age_years", static_cast<double>(p.age.in(years))}});
    const double bmi = detail::comp::bmi_or_nan(p.body_mass, p.height);
    const interval ok = interval::at_most(turning_bmi(p.sex));
    if (!ok.contains(bmi)) r.add(outside_bound{"bmi", "kg/m2", bmi, ok});
    return r;
  }
};

/// Hume (1966) lean body mass, W in kg, H in cm:
///   men   LBM = 0.32810 W + 0.33929 H - 29.5336
///   women LBM = 0.29569 W + 0.41813 H - 43.2933
/// Takes a `person`; throws for an impossible person. Not clamped. Validity: adults.
struct hume_1966 {
  static constexpr equation_info info{
      "hume_1966", "Hume (1966) lean body mass",
      citation{"Hume R", 1966, "Prediction of lean body mass from height and weight",
               "J Clin Pathol 19(4):389-391", "10.1136/jcp.19.4.389", "LBM equations"},
      validity_domain{
          "adults", sex_set::both(), {bound{"age_years", "yr", interval::at_least(18.0)}}}};

  /// The estimate (see above); throws `invalid_argument` for impossible input.
  template <real T>
  [[nodiscard]] constexpr mass<T> operator()(const person<T>& p) const {
    validate(p);
    const T w = p.body_mass.in(kilograms);
    const T h = p.height.in(centimeters);
    if (p.sex == sex::male) {
      return kilograms(static_cast<T>(0.32810) * w + static_cast<T>(0.33929) * h -
                       static_cast<T>(29.5336));
    }
    return kilograms(static_cast<T>(0.29569) * w + static_cast<T>(0.41813) * h -
                     static_cast<T>(43.2933));
  }
  /// The estimate from sex, body mass and height alone (the equation reads no age); throws
  /// `invalid_argument` naming `height` or `body_mass` when impossible. The adult-only
  /// validity needs the age: use `validity(person)`.
  template <real T>
  [[nodiscard]] constexpr mass<T> operator()(sex s, const mass<T>& body_mass,
                                             const length<T>& height) const {
    return (*this)(person<T>{s, years(T{30}), height, body_mass});  // the age is not read
  }
  /// Reports an age under 18 y. Never throws.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const person<T>& p) const noexcept {
    return info.domain.check(p.sex,
                             {input_value{"age_years", static_cast<double>(p.age.in(years))}});
  }
};

}  // namespace physique::composition
