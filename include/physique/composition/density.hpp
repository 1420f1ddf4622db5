// SPDX-License-Identifier: MIT
// Body density <-> percent fat, two-compartment models: Siri (1961) and Brozek et al. (1963),
// with their inverses.
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

/// Which density-to-fat conversion a skinfold or circumference estimator applies.
/// Every estimator defaults to Siri, the conversion its authors used.
enum class density_conversion : unsigned char { siri_1961, brozek_1963 };

/// Percent fat from body density by the chosen conversion. Throws as the conversion does.
template <real T>
[[nodiscard]] constexpr T fat_percent_from_density(
    const mass_density<T>& density, density_conversion c = density_conversion::siri_1961) {
  return c == density_conversion::siri_1961 ? siri_1961{}.fat_percent(density)
                                            : brozek_1963{}.fat_percent(density);
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
  return c == composition::density_conversion::siri_1961
             ? static_cast<T>(495) / d - static_cast<T>(450)
             : static_cast<T>(457) / d - static_cast<T>(414.2);
}
}  // namespace physique::detail::comp

namespace physique::composition {

/// Body density from percent fat in [0, 100] by the chosen conversion.
template <real T>
[[nodiscard]] constexpr mass_density<T> density_from_fat_percent(
    T fat_percent, density_conversion c = density_conversion::siri_1961) {
  return c == density_conversion::siri_1961 ? siri_1961{}.density(fat_percent)
                                            : brozek_1963{}.density(fat_percent);
}

}  // namespace physique::composition
