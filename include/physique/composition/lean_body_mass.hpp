// SPDX-License-Identifier: MIT
// Lean body mass from height and weight: Boer (1984), James (1976), Hume (1966) and the
// fat-free mass of Janmahasatian et al. (2005).
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

/// Janmahasatian et al. (2005) fat-free mass, W in kg, BMI in kg/m^2:
///   men   FFM = 9270 W / (6680 + 216 BMI)
///   women FFM = 9270 W / (8780 + 244 BMI)
/// A saturating curve rather than a line or a quadratic: it keeps rising with weight and
/// tends to 9270 H^2 / 216 (men) or / 244 (women) as weight grows, so it stays usable in
/// obesity, where James turns down. Clinical pharmacology uses it as its default lean-mass
/// size descriptor. Takes a `person` (age unused); throws `invalid_argument` for an
/// impossible person. Not clamped. Validity: adults (the sample was 18 y and over, from
/// underweight to morbid obesity).
struct janmahasatian_2005 {
  /// Name, source and validity domain.
  static constexpr equation_info info{
      "janmahasatian_2005", "Janmahasatian et al. (2005) fat-free mass",
      citation{"Janmahasatian S, Duffull SB, Ash S, Ward LC, Byrne NM, Green B", 2005,
               "Quantification of lean bodyweight", "Clin Pharmacokinet 44(10):1051-1065",
               "10.2165/00003088-200544100-00004", "semi-mechanistic FFM model, by sex"},
      validity_domain{"adults, normal weight to morbid obesity",
                      sex_set::both(),
                      {bound{"age_years", "yr", interval::at_least(18.0)}}}};

  /// The estimate (see above); throws `invalid_argument` for impossible input.
  template <real T>
  [[nodiscard]] constexpr mass<T> operator()(const person<T>& p) const {
    validate(p);
    const T w = p.body_mass.in(kilograms);
    const T h = p.height.in(meters);
    const T bmi = w / (h * h);
    const bool male = p.sex == sex::male;
    const T a = static_cast<T>(male ? 6680.0 : 8780.0);
    const T b = static_cast<T>(male ? 216.0 : 244.0);
    return kilograms(static_cast<T>(9270) * w / (a + b * bmi));
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
