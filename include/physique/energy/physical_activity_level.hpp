// SPDX-License-Identifier: MIT
// physical_activity_level: a PAL (total / resting expenditure, FAO/WHO/UNU 2004) as its own
// type, so that a coefficient, a multiplier or a category code cannot be passed where a
// PAL is meant.
#pragma once

#include <physique/core/bounds.hpp>
#include <physique/core/real.hpp>
#include <physique/detail/require.hpp>

namespace physique::energy {

/// A physical activity level, PAL = total / resting energy expenditure over 24 h
/// (FAO/WHO/UNU 2004, section 5.2). Built explicitly from a number, which must lie within
/// the bounds table's 1-5 (`invalid_argument` naming "pal" otherwise): a PAL below 1 would
/// mean spending less than at rest, and about 4.5-5 is the highest ever measured.
template <real T = double>
class physical_activity_level {
 public:
  /// A PAL of `pal`; throws `invalid_argument` outside 1-5.
  constexpr explicit physical_activity_level(T pal) : pal_(pal) {
    physique::detail::require_pal("pal", pal);
  }
  /// The ratio as a plain number.
  [[nodiscard]] constexpr T ratio() const noexcept { return pal_; }

  /// Equal when the ratios are equal.
  [[nodiscard]] friend constexpr bool operator==(const physical_activity_level&,
                                                 const physical_activity_level&) noexcept = default;

 private:
  T pal_;
};

/// Deduces the value type from the number.
template <real T>
physical_activity_level(T) -> physical_activity_level<T>;

}  // namespace physique::energy
