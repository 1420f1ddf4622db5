// SPDX-License-Identifier: MIT
// Rounding a day's macros to whole grams so that the Atwater energy (4 / 9 / 4 / 7 kcal/g,
// Atwater & Bryant 1900) of the rounded grams stays within 2 kcal/day of the original, and
// reporting by how much it moved.
#pragma once

#include <cmath>
#include <limits>

#include <physique/core/units.hpp>
#include <physique/nutrition/macro_split.hpp>
#include <physique/nutrition/macros.hpp>

namespace physique::nutrition {

/// Whole grams per day as integers (exact, for display and logging).
struct whole_grams {
  int protein = 0;
  int fat = 0;
  int carbohydrate = 0;
  int alcohol = 0;

  [[nodiscard]] friend constexpr bool operator==(const whole_grams&,
                                                 const whole_grams&) noexcept = default;
};

/// Macros in whole grams with their energy and the change of energy that rounding caused.
/// Invariants: `whole` holds whole numbers of g/day and `grams` the same amounts as
/// quantities (stored in kg/day, so they read back as whole grams to within rounding of T);
/// `energy` = 4 P + 9 F + 4 C + 7 A of `whole` exactly; `shift` = `energy` - `reference`;
/// |`shift`| <= 2 kcal/day.
template <real T = double>
struct rounded_macros {
  whole_grams whole{};         ///< whole grams per day, exact
  macros<T> grams{};           ///< the same amounts as quantities
  energy_rate<T> energy{};     ///< Atwater energy of `grams` (kcal table)
  energy_rate<T> reference{};  ///< the energy before rounding (or the split's target)
  energy_rate<T> shift{};      ///< energy - reference
};

namespace detail {
template <real T>
[[nodiscard]] inline rounded_macros<T> round_against(const macros<T>& m, T reference_kcal) {
  const T p = m.protein.in(grams_per_day);
  const T f = m.fat.in(grams_per_day);
  const T a = m.alcohol.in(grams_per_day);
  const auto energy_of_rounded = [](T rp, T rf, T rc, T ra) {
    return T(4) * rp + T(9) * rf + T(4) * rc + T(7) * ra;
  };
  // Protein up to the next whole gram: protein targets are minimums (g/kg floors and
  // breakpoints), and rounding down could put a split that meets one just below it. The
  // allowance keeps amounts that are whole up to round-off (128.0000001 g) where they are.
  // Fat and alcohol to the nearest gram; carbohydrate, the remainder of the split, to the
  // whole gram that brings the energy closest to the reference.
  T rp = std::ceil(p - static_cast<T>(1e-4));
  T rf = std::round(f);
  T ra = std::round(a);
  T rc = std::round((reference_kcal - T(4) * rp - T(9) * rf - T(7) * ra) / T(4));
  if (rc < T{0}) {
    // Almost no carbohydrate and the other roundings went up: choose floor or ceiling for
    // protein, fat and alcohol so that the remainder is not negative and the energy is
    // closest (rounding all down always leaves a remainder >= 0).
    T best_shift = std::numeric_limits<T>::infinity();
    for (int bits = 0; bits < 8; ++bits) {
      const T cp = (bits & 1) != 0 ? std::ceil(p) : std::floor(p);
      const T cf = (bits & 2) != 0 ? std::ceil(f) : std::floor(f);
      const T ca = (bits & 4) != 0 ? std::ceil(a) : std::floor(a);
      // "+ T{0}" turns a rounded -0 into +0.
      const T cc = std::round((reference_kcal - T(4) * cp - T(9) * cf - T(7) * ca) / T(4)) + T{0};
      if (cc < T{0}) continue;
      const T s = std::fabs(energy_of_rounded(cp, cf, cc, ca) - reference_kcal);
      if (s < best_shift) {
        best_shift = s;
        rp = cp;
        rf = cf;
        ra = ca;
        rc = cc;
      }
    }
  }
  rounded_macros<T> r;
  // The amounts are validated (at most 7500 g/d each), so these cannot fail; the checked
  // conversion keeps even an unvalidated reference from reaching an overflowing cast.
  namespace pd = physique::detail;
  r.whole = whole_grams{pd::checked_round<int>("protein", rp, "g/d"),
                        pd::checked_round<int>("fat", rf, "g/d"),
                        pd::checked_round<int>("carbohydrate", rc, "g/d"),
                        pd::checked_round<int>("alcohol", ra, "g/d")};
  r.grams.protein = grams_per_day(rp);
  r.grams.fat = grams_per_day(rf);
  r.grams.carbohydrate = grams_per_day(rc);
  r.grams.alcohol = grams_per_day(ra);
  r.energy = kilocalories_per_day(energy_of_rounded(rp, rf, rc, ra));
  r.reference = kilocalories_per_day(reference_kcal);
  r.shift = r.energy - r.reference;
  return r;
}
}  // namespace detail

/// Rounds `m` to whole grams per day. Protein goes up to the next whole gram (a protein
/// target is a minimum, so rounding never takes a split below a guideline it met); fat and
/// alcohol go to the nearest gram; carbohydrate absorbs the energy change, so the energy of
/// the result is within 2 kcal/day (half a gram of carbohydrate) of the energy of `m`.
/// When `m` has almost no carbohydrate and rounding up would need negative carbohydrate,
/// protein, fat and alcohol are rounded down or up (each stays within 1 g) to keep every
/// amount >= 0 and the same 2 kcal bound.
/// \throws invalid_argument naming the field if `m` has a negative or non-finite field.
template <real T>
[[nodiscard]] inline rounded_macros<T> round_to_whole_grams(const macros<T>& m) {
  return detail::round_against(m, total_energy(m).in(kilocalories_per_day));
}

/// As above for a split; `reference` and `shift` are taken against the split's target.
template <real T>
[[nodiscard]] inline rounded_macros<T> round_to_whole_grams(const macro_split<T>& s) {
  validate(s.grams);
  physique::detail::require_energy_intake("target", s.target);
  return detail::round_against(s.grams, s.target.in(kilocalories_per_day));
}

}  // namespace physique::nutrition
