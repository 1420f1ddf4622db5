// SPDX-License-Identifier: MIT
// body_composition: a two-compartment split of body mass into fat mass and fat-free mass,
// the value that energy (Katch-McArdle, Cunningham) and nutrition (protein per kg of lean
// mass) accept.
#pragma once

#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>

namespace physique::composition {

/// Body mass split into fat mass (FM) and fat-free mass (FFM), FM + FFM = body mass.
/// "Lean mass" in this library means fat-free mass, the two-compartment model's term.
/// Always valid: both parts finite, FM >= 0, FFM > 0.
template <real T = double>
class body_composition {
 public:
  /// From fat mass and fat-free mass. Throws `invalid_argument` if FM < 0, FFM <= 0 or
  /// either is not finite.
  [[nodiscard]] static constexpr body_composition from_masses(const mass<T>& fat_mass,
                                                              const mass<T>& fat_free_mass) {
    detail::require_within("fat_mass", fat_mass.in(kilograms), T{0},
                           static_cast<T>(bounds::body_mass.high), "kg",
                           bounds::body_mass.requirement);
    detail::require(is_finite(fat_free_mass) && fat_free_mass > mass<T>{} &&
                        fat_free_mass.in(kilograms) <= static_cast<T>(bounds::body_mass.high),
                    "fat_free_mass", fat_free_mass.in(kilograms), "kg",
                    "must be positive and at most 700 kg");
    return body_composition(fat_mass, fat_free_mass);
  }

  /// From body mass and fat percentage (0 <= percent < 100).
  [[nodiscard]] static constexpr body_composition from_fat_percent(const mass<T>& body_mass,
                                                                   T fat_percent) {
    detail::require_body_mass("body_mass", body_mass);
    detail::require(is_finite(fat_percent) && fat_percent >= T{0} && fat_percent < T{100},
                    "fat_percent", fat_percent, "%", "must be within [0, 100)");
    const mass<T> fat = body_mass * (fat_percent / T{100});
    return body_composition(fat, body_mass - fat);
  }

  /// From body mass and fat mass (0 <= fat mass < body mass).
  [[nodiscard]] static constexpr body_composition from_fat_mass(const mass<T>& body_mass,
                                                                const mass<T>& fat_mass) {
    detail::require_body_mass("body_mass", body_mass);
    detail::require_non_negative("fat_mass", fat_mass);
    detail::require(fat_mass < body_mass, "fat_mass", fat_mass.in(kilograms), "kg",
                    "must be less than body_mass");
    return body_composition(fat_mass, body_mass - fat_mass);
  }

  [[nodiscard]] constexpr mass<T> body_mass() const noexcept { return fat_ + fat_free_; }
  [[nodiscard]] constexpr mass<T> fat_mass() const noexcept { return fat_; }
  [[nodiscard]] constexpr mass<T> fat_free_mass() const noexcept { return fat_free_; }
  /// Fat mass as a percentage of body mass.
  [[nodiscard]] constexpr T fat_percent() const noexcept { return T{100} * (fat_ / body_mass()); }

  [[nodiscard]] friend constexpr bool operator==(const body_composition&,
                                                 const body_composition&) noexcept = default;

 private:
  constexpr body_composition(const mass<T>& fat, const mass<T>& fat_free) noexcept
      : fat_(fat), fat_free_(fat_free) {}

  mass<T> fat_;
  mass<T> fat_free_;
};

}  // namespace physique::composition
