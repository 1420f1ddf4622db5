// SPDX-License-Identifier: MIT
// Batch entry points: resting and total energy expenditure for many people at once, over
// spans laid out as a structure of arrays. No allocation. Sources: those of the equation
// passed in (e.g. Mifflin 1990) and FAO/WHO/UNU 2004 (TEE = BMR x PAL).
#pragma once

#include <concepts>
#include <cstddef>
#include <span>

#include <physique/core/error.hpp>
#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/detail/contiguous.hpp>
#include <physique/detail/require.hpp>

namespace physique::energy {

namespace detail {
inline void require_same_size(const char* parameter, std::size_t size, std::size_t expected) {
  if (size != expected) {
    report_invalid_argument(error_report{parameter, static_cast<double>(size), "elements",
                                         "must have as many elements as sexes", nullptr});
  }
}
/// Equation objects that expose their formula without input checks.
template <class Equation, class T>
concept has_unchecked = requires(const person<T>& p) {
  { Equation::unchecked(p) }
  noexcept->std::same_as<energy_rate<T>>;
};

/// The equation on person i, validating the person the way `physique::validate` does but
/// with a fast path on the base-unit values (days, m, kg): inputs comfortably inside the
/// limits skip the full check; anything else (NaN, out of range, an age near 130 y) takes
/// it, so errors are exactly those of the one-person call. The person is only built on the
/// slow path, so the fast path keeps everything in registers.
template <class Equation, real T>
constexpr energy_rate<T> evaluate_checked(const Equation& equation, sex s, const duration<T>& age,
                                          const length<T>& height, const mass<T>& body_mass) {
  if constexpr (has_unchecked<Equation, T>) {
    const T age_days = age.in_base_unit();
    const T height_m = height.in_base_unit();
    const T mass_kg = body_mass.in_base_unit();
    constexpr T max_fast_age = static_cast<T>(129.0 * 365.2425);
    const bool fast = age_days >= T{0} && age_days <= max_fast_age && height_m > T{0} &&
                      height_m <= T{3} && mass_kg > T{0} && mass_kg <= T{700};
    if (!fast) validate(person<T>{s, age, height, body_mass});
    return Equation::unchecked(person<T>{s, age, height, body_mass});
  } else {
    return equation(person<T>{s, age, height, body_mass});
  }
}
}  // namespace detail

/// Resting energy of person i = `equation(person{sexes[i], ages[i], heights[i],
/// body_masses[i]})`, written to `out[i]`, for every i.
///
/// - Parameters: `equation`, any person-based resting-energy equation object
///   (`mifflin_st_jeor{}`, `schofield{}`...); five spans of the same length.
/// - Throws: `invalid_argument` when a span's length differs from `sexes.size()` (named
///   after the span) or a person is impossible (named after the field, as for one
///   person); entries before the bad one are already written.
/// - Complexity: one equation evaluation per person; no allocation.
template <class Equation, real T>
void resting_energy_batch(const Equation& equation, std::span<const sex> sexes,
                          std::span<const duration<T>> ages, std::span<const length<T>> heights,
                          std::span<const mass<T>> body_masses, std::span<energy_rate<T>> out) {
  const std::size_t n = sexes.size();
  detail::require_same_size("ages", ages.size(), n);
  detail::require_same_size("heights", heights.size(), n);
  detail::require_same_size("body_masses", body_masses.size(), n);
  detail::require_same_size("out", out.size(), n);
  for (std::size_t i = 0; i < n; ++i) {
    out[i] = detail::evaluate_checked(equation, sexes[i], ages[i], heights[i], body_masses[i]);
  }
}

/// As above, for any contiguous ranges: `std::array`, `std::vector`, C arrays...
template <class Equation, physique::detail::contiguous_input Sexes,
          physique::detail::contiguous_input Ages, physique::detail::contiguous_input Heights,
          physique::detail::contiguous_input Masses, physique::detail::contiguous_output Out>
void resting_energy_batch(const Equation& equation, const Sexes& sexes, const Ages& ages,
                          const Heights& heights, const Masses& body_masses, Out&& out) {
  resting_energy_batch(equation, physique::detail::input_span(sexes),
                       physique::detail::input_span(ages), physique::detail::input_span(heights),
                       physique::detail::input_span(body_masses),
                       physique::detail::output_span(out));
}

/// Total energy expenditure of person i = resting energy x `pals[i]` (a PAL or an
/// activity multiplier), written to `out[i]`.
///
/// - Throws: as `resting_energy_batch`, and when a factor lies outside 1.0-5.0
///   ("factor").
template <class Equation, real T>
void total_energy_batch(const Equation& equation, std::span<const sex> sexes,
                        std::span<const duration<T>> ages, std::span<const length<T>> heights,
                        std::span<const mass<T>> body_masses, std::span<const T> pals,
                        std::span<energy_rate<T>> out) {
  const std::size_t n = sexes.size();
  detail::require_same_size("ages", ages.size(), n);
  detail::require_same_size("heights", heights.size(), n);
  detail::require_same_size("body_masses", body_masses.size(), n);
  detail::require_same_size("pals", pals.size(), n);
  detail::require_same_size("out", out.size(), n);
  for (std::size_t i = 0; i < n; ++i) {
    const T pal = pals[i];
    physique::detail::require_plausible("factor", pal, bounds::physical_activity_level);
    out[i] =
        detail::evaluate_checked(equation, sexes[i], ages[i], heights[i], body_masses[i]) * pal;
  }
}

/// As above, for any contiguous ranges: `std::array`, `std::vector`, C arrays...
template <class Equation, physique::detail::contiguous_input Sexes,
          physique::detail::contiguous_input Ages, physique::detail::contiguous_input Heights,
          physique::detail::contiguous_input Masses, physique::detail::contiguous_input Pals,
          physique::detail::contiguous_output Out>
void total_energy_batch(const Equation& equation, const Sexes& sexes, const Ages& ages,
                        const Heights& heights, const Masses& body_masses, const Pals& pals,
                        Out&& out) {
  total_energy_batch(equation, physique::detail::input_span(sexes),
                     physique::detail::input_span(ages), physique::detail::input_span(heights),
                     physique::detail::input_span(body_masses), physique::detail::input_span(pals),
                     physique::detail::output_span(out));
}

}  // namespace physique::energy
