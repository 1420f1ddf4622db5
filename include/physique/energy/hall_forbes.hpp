// SPDX-License-Identifier: MIT
// The Forbes fat / fat-free partition of a body-weight change: the infinitesimal share
// 10.4 / (10.4 + FM), the closed form for a finite change (Lambert W), and the energy per
// kg of change. Sources: Forbes GB, Nutr Rev 1987;45:225-31; Hall KD, Br J Nutr
// 2007;97:1059-63; Hall et al., Lancet 2011;378:826-37, web appendix eq. 3.
#pragma once

#include <cmath>
#include <limits>

#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/energy/hall_parameters.hpp>

namespace physique::energy {

/// The principal branch W0 of the Lambert W function for x >= 0 (w e^w = x).
/// Throws `invalid_argument` for x < 0 or NaN. Halley's iteration, full precision of T.
template <real T>
[[nodiscard]] T lambert_w0(T x) {
  physique::detail::require_non_negative("x", x);
  if (x == static_cast<T>(0)) return static_cast<T>(0);
  // log-domain start: w + ln w = ln x
  T w = x < static_cast<T>(2.718281828459045) ? x / (static_cast<T>(1) + x)
                                              : std::log(x) - std::log(std::log(x));
  if (!(w > static_cast<T>(0))) w = static_cast<T>(0.5);
  for (int i = 0; i < 64; ++i) {
    const T ew = std::exp(w);
    const T f = w * ew - x;
    const T wp1 = w + static_cast<T>(1);
    const T step = f / (ew * wp1 - (w + static_cast<T>(2)) * f / (static_cast<T>(2) * wp1));
    w -= step;
    if (std::fabs(step) <=
        std::numeric_limits<T>::epsilon() * static_cast<T>(4) * (static_cast<T>(1) + std::fabs(w)))
      break;
  }
  return w;
}

/// Solves w + ln(w) = y for w > 0 (that is w = W0(e^y)) without forming e^y, so large
/// arguments do not overflow. Newton's iteration on the concave function.
template <real T>
[[nodiscard]] T lambert_w0_of_exp(T y) {
  physique::detail::require_finite("y", y);
  T w = y > static_cast<T>(1) ? y - std::log(y) : std::exp(y) / (static_cast<T>(1) + std::exp(y));
  if (!(w > static_cast<T>(0))) w = std::numeric_limits<T>::min();
  for (int i = 0; i < 100; ++i) {
    const T g = w + std::log(w) - y;
    const T next = w - g / (static_cast<T>(1) + static_cast<T>(1) / w);
    const T bounded = next > static_cast<T>(0) ? next : w * static_cast<T>(0.5);
    const bool done =
        std::fabs(bounded - w) <= std::numeric_limits<T>::epsilon() * static_cast<T>(4) * bounded;
    w = bounded;
    if (done) break;
  }
  return w;
}

/// Share of a small body-weight change that is fat-free mass: 10.4 / (10.4 + FM)
/// (Forbes 1987, slope 10.4 kg). Fat mass must be positive and finite.
/// Example: FM = 30 kg gives 0.257.
template <real T>
[[nodiscard]] T forbes_lean_share(const mass<T>& fat_mass,
                                  const hall_constants<T>& c = hall_constants<T>::paper()) {
  physique::detail::require_positive("fat_mass", fat_mass);
  const T f = fat_mass.in(kilograms);
  return c.forbes_kg / (c.forbes_kg + f);
}

/// Energy stored or released per kg of body-weight change at a given fat mass, when the
/// change is partitioned by Forbes: (FM rho_F + 10.4 rho_L) / (10.4 + FM). About
/// 7478 kcal/kg at FM = 30 kg, 5554 kcal/kg at FM = 10 kg (paper constants).
template <real T>
[[nodiscard]] energy_density<T> forbes_energy_density(
    const mass<T>& fat_mass, const hall_constants<T>& c = hall_constants<T>::paper()) {
  physique::detail::require_positive("fat_mass", fat_mass);
  const T f = fat_mass.in(kilograms);
  return kilocalories_per_kilogram((f * c.rho_fat + c.forbes_kg * c.rho_lean) / (c.forbes_kg + f));
}

/// The result of partitioning a finite change.
template <real T = double>
struct forbes_partition_result {
  mass<T> fat_mass;         ///< fat mass after the change
  mass<T> fat_change;       ///< change of fat mass
  mass<T> fat_free_change;  ///< change of fat-free mass
};

/// Partitions a finite change of fat + fat-free mass by integrating Forbes' rule
/// dFFM/dFM = 10.4 / FM: FFM - FFM0 = 10.4 ln(F / F0), so
///
///     F1 = 10.4 W0( (F0 / 10.4) exp((F0 + dBW) / 10.4) )
///
/// (Hall 2007's large-change form; W0 the principal Lambert W). Glycogen and extracellular
/// fluid are not part of `change`. Throws `invalid_argument` for a non-positive or NaN
/// fat mass or a NaN change. Any change gives a positive fat mass.
template <real T>
[[nodiscard]] forbes_partition_result<T> forbes_partition(
    const mass<T>& fat_mass, const mass<T>& change,
    const hall_constants<T>& c = hall_constants<T>::paper()) {
  physique::detail::require_positive("fat_mass", fat_mass);
  physique::detail::require_finite("change", change);
  const T f0 = fat_mass.in(kilograms);
  const T a = c.forbes_kg;
  const T y = std::log(f0 / a) + (f0 + change.in(kilograms)) / a;
  const T f1 = a * lambert_w0_of_exp(y);
  return forbes_partition_result<T>{kilograms(f1), kilograms(f1 - f0), change - kilograms(f1 - f0)};
}

}  // namespace physique::energy
