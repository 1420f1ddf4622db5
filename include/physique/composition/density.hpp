// SPDX-License-Identifier: MIT
// Body density <-> percent fat, two-compartment models: Siri (1961), Brozek et al. (1963),
// the population-specific conversions of Schutte et al. (1984) and Heyward & Stolarczyk
// (1996), and Siri's model for any fat-free-body density; with their inverses.
#pragma once

#include <physique/core/equation.hpp>
#include <physique/detail/require.hpp>

namespace physique::composition {

/// Siri (1961) two-compartment conversion, fat density 0.900 and fat-free density
/// 1.100 g/mL:  %BF = 495 / D - 450,  D = 495 / (%BF + 450).
///
/// Body density is a `mass_density` (`grams_per_milliliter(1.07)`; g/mL = g/cm^3 = kg/L); the
/// formulas read it in g/mL. `fat_percent` throws
/// `invalid_argument` unless D is within the bounds table (0.85-1.25 g/mL); `density` throws unless
/// the percentage is finite and within [0, 100]. A density outside [0.900, 1.100] gives a
/// percentage outside [0, 100]: it is returned as computed and flagged by `validity`.
struct siri_1961 {
  static constexpr equation_info info{
      "siri_1961", "Siri (1961)",
      citation{"Siri WE", 1961,
               "Body composition from fluid spaces and density: analysis of methods",
               "In: Brozek J, Henschel A (eds). Techniques for Measuring Body Composition. "
               "Washington DC: National Academy of Sciences; pp 223-244",
               "", "%BF = 495/D - 450"},
      validity_domain{"two-compartment model; densities of fat 0.900 and fat-free mass 1.100 g/mL",
                      sex_set::both(),
                      {bound{"density", "g/mL", interval{0.9, 1.1}}}}};

  /// Percent fat from body density. Not clamped.
  template <real T>
  [[nodiscard]] constexpr T fat_percent(const mass_density<T>& density) const {
    physique::detail::require_body_density("density", density);
    return static_cast<T>(495) / density.in(grams_per_milliliter) - static_cast<T>(450);
  }
  /// Same as `fat_percent`.
  template <real T>
  [[nodiscard]] constexpr T operator()(const mass_density<T>& density) const {
    return fat_percent(density);
  }
  /// Inverse: body density for a fat percentage in [0, 100].
  template <real T>
  [[nodiscard]] constexpr mass_density<T> density(T fat_percent) const {
    physique::detail::require_within("fat_percent", fat_percent, T{0}, T{100}, "%",
                                     "must be within [0, 100]");
    return grams_per_milliliter(static_cast<T>(495) / (fat_percent + static_cast<T>(450)));
  }
  /// Flags a density outside [0.900, 1.100] g/mL (the model's 0-100 % range).
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const mass_density<T>& density) const noexcept {
    return info.domain.check(
        {input_value{"density", static_cast<double>(density.in(grams_per_milliliter))}});
  }
};

/// Brozek, Grande, Anderson and Keys (1963) conversion, built on a reference body:
///   %BF = 457 / D - 414.2,  D = 457 / (%BF + 414.2).
/// Same argument rules as `siri_1961`. For the same density it gives a lower percentage
/// than Siri above about 16.3 % fat (D < 1.0615) and a higher one below it (at D = 1.05:
/// Siri 21.43 %, Brozek 21.04 %).
struct brozek_1963 {
  static constexpr equation_info info{
      "brozek_1963", "Brozek et al. (1963)",
      citation{"Brozek J, Grande F, Anderson JT, Keys A", 1963,
               "Densitometric analysis of body composition: revision of some quantitative "
               "assumptions",
               "Ann N Y Acad Sci 110:113-140", "10.1111/j.1749-6632.1963.tb17079.x",
               "%BF = 457/D - 414.2"},
      validity_domain{"two-compartment model on Brozek's reference body",
                      sex_set::both(),
                      {bound{"density", "g/mL", interval{0.8888, 1.1033}}}}};

  /// Percent fat from body density. Not clamped.
  template <real T>
  [[nodiscard]] constexpr T fat_percent(const mass_density<T>& density) const {
    physique::detail::require_body_density("density", density);
    return static_cast<T>(457) / density.in(grams_per_milliliter) - static_cast<T>(414.2);
  }
  /// Same as `fat_percent`.
  template <real T>
  [[nodiscard]] constexpr T operator()(const mass_density<T>& density) const {
    return fat_percent(density);
  }
  /// Inverse: body density for a fat percentage in [0, 100].
  template <real T>
  [[nodiscard]] constexpr mass_density<T> density(T fat_percent) const {
    physique::detail::require_within("fat_percent", fat_percent, T{0}, T{100}, "%",
                                     "must be within [0, 100]");
    return grams_per_milliliter(static_cast<T>(457) / (fat_percent + static_cast<T>(414.2)));
  }
  /// Flags a density outside the range that maps to 0-100 % fat.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const mass_density<T>& density) const noexcept {
    return info.domain.check(
        {input_value{"density", static_cast<double>(density.in(grams_per_milliliter))}});
  }
};

}  // namespace physique::composition

namespace physique::detail::comp {
/// %BF = 100 (a / D - b), the form every two-compartment conversion takes.
template <real T>
[[nodiscard]] constexpr T reciprocal_fat_percent(const mass_density<T>& density, double a,
                                                 double b) {
  const T d = density.in(grams_per_milliliter);
  require_positive("density", d, "g/mL");
  return static_cast<T>(100.0 * a) / d - static_cast<T>(100.0 * b);
}
/// Its inverse, D = a / (%BF / 100 + b), for a percentage in [0, 100].
template <real T>
[[nodiscard]] constexpr mass_density<T> reciprocal_density(T fat_percent, double a, double b) {
  require_within("fat_percent", fat_percent, T{0}, T{100}, "%", "must be within [0, 100]");
  return grams_per_milliliter(static_cast<T>(100.0 * a) /
                              (fat_percent + static_cast<T>(100.0 * b)));
}
/// The members shared by the population-specific conversions (a, b as above).
template <class Derived>
struct reciprocal_conversion {
  template <real T>
  [[nodiscard]] constexpr T fat_percent(const mass_density<T>& density) const {
    return reciprocal_fat_percent(density, Derived::a, Derived::b);
  }
  template <real T>
  [[nodiscard]] constexpr T operator()(const mass_density<T>& density) const {
    return fat_percent(density);
  }
  template <real T>
  [[nodiscard]] constexpr mass_density<T> density(T fat_percent) const {
    return reciprocal_density(fat_percent, Derived::a, Derived::b);
  }
  /// Flags a density that maps outside 0-100 % fat.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const mass_density<T>& density) const noexcept {
    return Derived::info.domain.check(
        {input_value{"density", static_cast<double>(density.in(grams_per_milliliter))}});
  }
};
}  // namespace physique::detail::comp

namespace physique::composition {

/// Schutte et al. (1984) conversion for Black men, whose fat-free body is denser (1.113
/// g/mL) than Siri's reference (1.100):  %BF = 437.4 / D - 392.8.
/// Same members and argument rules as `siri_1961`. Derived on 15 Black male college
/// students; Heyward & Stolarczyk's table lists it (rounded to 4.37 / D - 3.93) for Black
/// men 18-32 y.
struct schutte_1984 : detail::comp::reciprocal_conversion<schutte_1984> {
  static constexpr double a = 4.374;  ///< a of %BF = 100 (a / D - b)
  static constexpr double b = 3.928;  ///< b of %BF = 100 (a / D - b)
  /// Name, source and validity domain.
  static constexpr equation_info info{
      "schutte_1984", "Schutte et al. (1984), Black men",
      citation{"Schutte JE, Townsend EJ, Hugg J, Shoup RF, Malina RM, Blomqvist CG", 1984,
               "Density of lean body mass is greater in blacks than in whites",
               "J Appl Physiol 56(6):1647-1649", "10.1152/jappl.1984.56.6.1647",
               "%fat = 100 (4.374/D - 3.928)"},
      validity_domain{"Black men (derived on 15 male college students; tabulated for 18-32 y)",
                      sex::male,
                      {bound{"density", "g/mL", interval{4.374 / 4.928, 4.374 / 3.928}}}}};
};

/// The conversion Heyward & Stolarczyk tabulate for White women 20-80 y: Siri's model with
/// a fat-free-body density of 1.097 g/mL (after Lohman), rounded to
///   %BF = 501 / D - 457.
/// Same members and argument rules as `siri_1961`. For the same density it gives about
/// 1.2 points less fat than Siri (D = 1.0453: 22.29 % against 23.55 %).
struct heyward_1996_white_women : detail::comp::reciprocal_conversion<heyward_1996_white_women> {
  static constexpr double a = 5.01;  ///< a of %BF = 100 (a / D - b)
  static constexpr double b = 4.57;  ///< b of %BF = 100 (a / D - b)
  /// Name, source and validity domain.
  static constexpr equation_info info{
      "heyward_1996_white_women", "Heyward & Stolarczyk (1996), White women 20-80 y",
      citation{"Heyward VH, Stolarczyk LM", 1996, "Applied Body Composition Assessment",
               "Champaign IL: Human Kinetics", "",
               "population-specific conversion formulas (White women 20-80 y: 5.01/D - 4.57)"},
      validity_domain{"White women 20-80 y",
                      sex::female,
                      {bound{"density", "g/mL", interval{5.01 / 5.57, 5.01 / 4.57}}}}};
};

/// Siri's two-compartment model for a chosen fat-free-body density (and fat density, 0.900
/// g/mL unless given): %BF = 100 (df dffb / (dffb - df)) / D - 100 df / (dffb - df).
/// With dffb = 1.100 it is `siri_1961`; Lohman's and Heyward's population tables give
/// dffb by sex, age and ethnicity (e.g. 1.097 for White women 20-80 y, 1.113 for Black men).
/// The constructor throws `invalid_argument` unless 0.85 <= df < dffb <= 1.20 g/mL.
class two_compartment {
 public:
  /// The model for a fat-free-body density and a fat density, both in g/mL.
  constexpr explicit two_compartment(double fat_free_density, double fat_density = 0.9)
      : fat_free_{fat_free_density}, fat_{fat_density} {
    physique::detail::require_within("fat_free_density", fat_free_density, 0.85, 1.2, "g/mL",
                                     "must be within 0.85-1.20 g/mL");
    physique::detail::require_within("fat_density", fat_density, 0.85, 1.2, "g/mL",
                                     "must be within 0.85-1.20 g/mL");
    physique::detail::require(fat_density < fat_free_density, "fat_density", fat_density, "g/mL",
                              "must be below fat_free_density");
  }
  /// The a of %BF = 100 (a / D - b).
  [[nodiscard]] constexpr double a() const noexcept {
    return fat_ * fat_free_ / (fat_free_ - fat_);
  }
  /// The b of %BF = 100 (a / D - b).
  [[nodiscard]] constexpr double b() const noexcept { return fat_ / (fat_free_ - fat_); }

  /// Percent fat from body density (positive). Not clamped.
  template <real T>
  [[nodiscard]] constexpr T fat_percent(const mass_density<T>& density) const {
    return detail::comp::reciprocal_fat_percent(density, a(), b());
  }
  /// Same as `fat_percent`.
  template <real T>
  [[nodiscard]] constexpr T operator()(const mass_density<T>& density) const {
    return fat_percent(density);
  }
  /// Inverse: body density for a fat percentage in [0, 100].
  template <real T>
  [[nodiscard]] constexpr mass_density<T> density(T fat_percent) const {
    return detail::comp::reciprocal_density(fat_percent, a(), b());
  }

 private:
  double fat_free_;
  double fat_;
};

/// Which density-to-fat conversion a skinfold or circumference estimator applies.
/// Every estimator defaults to Siri, the conversion its authors used; the others are for
/// the populations their sources name.
enum class density_conversion : unsigned char {
  siri_1961,
  brozek_1963,
  schutte_1984,
  heyward_1996_white_women
};

}  // namespace physique::composition

namespace physique::detail::comp {
/// A `density_conversion` outside the listed values (a cast integer).
[[noreturn]] inline void report_unknown_conversion(composition::density_conversion c) {
  report_invalid_argument(error_report{"density_conversion", static_cast<double>(c), "",
                                       "must be one of the listed conversions", nullptr});
}
}  // namespace physique::detail::comp

namespace physique::composition {

/// Percent fat from body density by the chosen conversion. Throws as the conversion does,
/// and for a value outside the enumeration.
template <real T>
[[nodiscard]] constexpr T fat_percent_from_density(
    const mass_density<T>& density, density_conversion c = density_conversion::siri_1961) {
  switch (c) {
    case density_conversion::brozek_1963:
      return brozek_1963{}.fat_percent(density);
    case density_conversion::schutte_1984:
      return schutte_1984{}.fat_percent(density);
    case density_conversion::heyward_1996_white_women:
      return heyward_1996_white_women{}.fat_percent(density);
    case density_conversion::siri_1961:
      return siri_1961{}.fat_percent(density);
  }
  detail::comp::report_unknown_conversion(c);
}

}  // namespace physique::composition

namespace physique::detail::comp {
/// The conversion of a density that an estimator computed from inputs already checked
/// against the bounds table (finite by construction): not checked again, so that an error
/// can only ever name the measured input, never the derived density.
template <real T>
[[nodiscard]] constexpr T fat_percent_of_estimate(const mass_density<T>& density,
                                                  composition::density_conversion c) noexcept {
  const T d = density.in(grams_per_milliliter);
  switch (c) {
    case composition::density_conversion::brozek_1963:
      return static_cast<T>(457) / d - static_cast<T>(414.2);
    case composition::density_conversion::schutte_1984:
      return static_cast<T>(100.0 * composition::schutte_1984::a) / d -
             static_cast<T>(100.0 * composition::schutte_1984::b);
    case composition::density_conversion::heyward_1996_white_women:
      return static_cast<T>(100.0 * composition::heyward_1996_white_women::a) / d -
             static_cast<T>(100.0 * composition::heyward_1996_white_women::b);
    case composition::density_conversion::siri_1961:
      break;
  }
  return static_cast<T>(495) / d - static_cast<T>(450);
}
}  // namespace physique::detail::comp

namespace physique::composition {

/// Body density from percent fat in [0, 100] by the chosen conversion.
template <real T>
[[nodiscard]] constexpr mass_density<T> density_from_fat_percent(
    T fat_percent, density_conversion c = density_conversion::siri_1961) {
  switch (c) {
    case density_conversion::brozek_1963:
      return brozek_1963{}.density(fat_percent);
    case density_conversion::schutte_1984:
      return schutte_1984{}.density(fat_percent);
    case density_conversion::heyward_1996_white_women:
      return heyward_1996_white_women{}.density(fat_percent);
    case density_conversion::siri_1961:
      return siri_1961{}.density(fat_percent);
  }
  detail::comp::report_unknown_conversion(c);
}

}  // namespace physique::composition
