// SPDX-License-Identifier: MIT
// Fat-free mass index and its height-normalised form. Source: Kouri EM, Pope HG, Katz DL,
// Oliva P, Clin J Sport Med 1995;5:223-228.
#pragma once

#include <physique/composition/body_composition.hpp>
#include <physique/composition/detail/checks.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/units.hpp>

namespace physique::composition {

/// Fat-free mass index and normalised FFMI (Kouri et al. 1995):
///   FFMI = FFM / H^2                       (kg/m^2, H in metres)
///   normalised FFMI = FFMI + k (1.80 - H)   (adjusts to a 1.80 m man)
/// The abstract prints k = 6.3, which is the default; many calculators (and Pope et al.,
/// The Adonis Complex, 2000) use 6.1: pass it as `k` to reproduce them.
/// Throws `invalid_argument` unless FFM and height are positive and finite.
/// Validity: 157 male athletes, users and non-users of anabolic steroids; non-users
/// reached a normalised FFMI of at most 25.0.
struct kouri_1995 {
  static constexpr equation_info info{
      "kouri_1995", "FFMI, Kouri et al. (1995)",
      citation{"Kouri EM, Pope HG Jr, Katz DL, Oliva P", 1995,
               "Fat-free mass index in users and nonusers of anabolic-androgenic steroids",
               "Clin J Sport Med 5(4):223-228", "10.1097/00042752-199510000-00003",
               "abstract: FFMI and normalised FFMI (6.3 per m)"},
      validity_domain{
          "157 male athletes, users and non-users of anabolic-androgenic steroids", sex::male, {}}};

  /// Default height coefficient of the normalisation, per metre (the abstract's 6.3).
  static constexpr double default_k = 6.3;
  /// The coefficient most calculators use.
  static constexpr double calculator_k = 6.1;

  /// FFMI in kg/m^2.
  template <real T>
  [[nodiscard]] constexpr T ffmi(const mass<T>& fat_free_mass, const length<T>& height) const {
    physique::detail::require_body_mass("fat_free_mass", fat_free_mass);
    detail::comp::require_height(height);
    const T h = height.in(meters);
    return fat_free_mass.in(kilograms) / (h * h);
  }
  /// Same, from a `body_composition`.
  template <real T>
  [[nodiscard]] constexpr T ffmi(const body_composition<T>& bc, const length<T>& height) const {
    return ffmi(bc.fat_free_mass(), height);
  }
  /// Normalised FFMI in kg/m^2, k per metre.
  template <real T>
  [[nodiscard]] constexpr T normalized_ffmi(const mass<T>& fat_free_mass, const length<T>& height,
                                            T k = static_cast<T>(default_k)) const {
    physique::detail::require_finite("k", k);
    return ffmi(fat_free_mass, height) + k * (static_cast<T>(1.80) - height.in(meters));
  }
  /// Same, from a `body_composition`.
  template <real T>
  [[nodiscard]] constexpr T normalized_ffmi(const body_composition<T>& bc, const length<T>& height,
                                            T k = static_cast<T>(default_k)) const {
    return normalized_ffmi(bc.fat_free_mass(), height, k);
  }
  /// Same as `normalized_ffmi` with the default k.
  template <real T>
  [[nodiscard]] constexpr T operator()(const body_composition<T>& bc,
                                       const length<T>& height) const {
    return normalized_ffmi(bc.fat_free_mass(), height);
  }
  /// Reports a sex other than male (the sample was men only). Never throws.
  [[nodiscard]] constexpr validity_report validity(sex s) const noexcept {
    validity_report r;
    if (!info.domain.sexes.contains(s)) r.mark_sex_outside();
    return r;
  }
};

/// FFMI in kg/m^2 (free-function form of `kouri_1995{}.ffmi`).
template <real T>
[[nodiscard]] constexpr T fat_free_mass_index(const mass<T>& fat_free_mass,
                                              const length<T>& height) {
  return kouri_1995{}.ffmi(fat_free_mass, height);
}
/// Normalised FFMI in kg/m^2 (free-function form of `kouri_1995{}.normalized_ffmi`).
template <real T>
[[nodiscard]] constexpr T normalized_fat_free_mass_index(
    const mass<T>& fat_free_mass, const length<T>& height,
    T k = static_cast<T>(kouri_1995::default_k)) {
  return kouri_1995{}.normalized_ffmi(fat_free_mass, height, k);
}

}  // namespace physique::composition
