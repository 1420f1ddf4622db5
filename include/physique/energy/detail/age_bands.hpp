// SPDX-License-Identifier: MIT
// Private part of the energy headers: weight-only equations by age band (Schofield,
// Henry), as a table of half-open bands [from, next band's from).
#pragma once

#include <array>
#include <cstddef>

#include <physique/core/person.hpp>
#include <physique/core/units.hpp>

namespace physique::energy::detail {

/// One age band: from `from_years` (inclusive) to the next band's start (exclusive);
/// kcal/day = slope * W + intercept, per sex.
struct weight_band {
  double from_years;
  double male_slope;
  double male_intercept;
  double female_slope;
  double female_intercept;
};

/// The band containing `age` (bands sorted by `from_years`, first starting at 0).
/// Half-open: an age equal to a band's start belongs to that band, so 9.99, 17.5, 29.9
/// and 59.9 years all stay in their bands. The comparison is made between durations built
/// the same way (`years(T(10))`), so an age given as `years(10.0f)` is exactly 10 years
/// here even though 10 years is not exactly representable in days.
template <std::size_t N, real T>
[[nodiscard]] constexpr const weight_band& band_for(const std::array<weight_band, N>& bands,
                                                    const duration<T>& age) noexcept {
  std::size_t i = 0;
  while (i + 1 < N && age >= years(static_cast<T>(bands[i + 1].from_years)))
    ++i;
  return bands[i];
}

/// slope * W + intercept for the person's band and sex, in kcal/day.
template <std::size_t N, real T>
[[nodiscard]] constexpr energy_rate<T> weight_band_rate(const std::array<weight_band, N>& bands,
                                                        const person<T>& p) noexcept {
  const weight_band& b = band_for(bands, p.age);
  const T w = p.body_mass.in(kilograms);
  if (p.sex == sex::male) {
    return kilocalories_per_day(static_cast<T>(b.male_slope) * w +
                                static_cast<T>(b.male_intercept));
  }
  return kilocalories_per_day(static_cast<T>(b.female_slope) * w +
                              static_cast<T>(b.female_intercept));
}

}  // namespace physique::energy::detail
