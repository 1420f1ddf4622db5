// SPDX-License-Identifier: MIT
// Batch entry points over spans (structure of arrays): many people in one pass, no
// allocation. Jackson et al. (2002) and the DoD Navy equations.
#pragma once

#include <cmath>
#include <cstddef>
#include <limits>
#include <physique/composition/jackson_2002.hpp>
#include <physique/composition/us_navy.hpp>
#include <physique/core/error.hpp>
#include <physique/detail/contiguous.hpp>
#include <span>

namespace physique::composition {}  // namespace physique::composition

namespace physique::detail::comp {
inline void require_same_size(std::size_t expected, std::size_t got, const char* parameter) {
  if (got != expected) {
    physique::detail::require(false, parameter, static_cast<double>(got), "",
                              "span must have as many elements as the first input span");
  }
}
}  // namespace physique::detail::comp

namespace physique::composition {

/// Jackson et al. (2002) percent fat for every record i: `out[i] = jackson_2002{}(person_i)`.
/// All spans must have the same size. Each record must pass `validate(person)`; the
/// first impossible record raises `invalid_argument` naming the parameter and value, and
/// nothing is promised about `out` then. The checks run as one branch-free pass before
/// the arithmetic, so valid batches pay little for them.
template <real T>
void jackson_2002_batch(std::span<const sex> sexes, std::span<const duration<T>> ages,
                        std::span<const length<T>> heights, std::span<const mass<T>> body_masses,
                        std::span<T> out) {
  const std::size_t n = sexes.size();
  detail::comp::require_same_size(n, ages.size(), "ages");
  detail::comp::require_same_size(n, heights.size(), "heights");
  detail::comp::require_same_size(n, body_masses.size(), "body_masses");
  detail::comp::require_same_size(n, out.size(), "out");
  // Same bounds as validate(person); NaN fails every comparison.
  bool all_ok = true;
  for (std::size_t i = 0; i < n; ++i) {
    // Each test into a local first: `&` on plain bools keeps the loop free of branches.
    const bool age_ok = detail::comp::within(ages[i].in(years), bounds::age);
    const bool height_ok = detail::comp::within(heights[i].in(centimeters), bounds::height);
    const bool mass_ok = detail::comp::within(body_masses[i].in(kilograms), bounds::body_mass);
    all_ok &= age_ok & height_ok & mass_ok;
  }
  if (!all_ok) {
    const jackson_2002 eq;
    for (std::size_t i = 0; i < n; ++i) {
      out[i] = eq(person<T>{sexes[i], ages[i], heights[i], body_masses[i]});  // throws
    }
    return;
  }
  for (std::size_t i = 0; i < n; ++i) {
    const T h = heights[i].in(meters);
    out[i] = detail::comp::jackson_2002_formula(sexes[i], ages[i].in(years),
                                                body_masses[i].in(kilograms) / (h * h));
  }
}

/// As above, for any contiguous ranges: `std::array`, `std::vector`, C arrays...
template <physique::detail::contiguous_input Sexes, physique::detail::contiguous_input Ages,
          physique::detail::contiguous_input Heights, physique::detail::contiguous_input Masses,
          physique::detail::contiguous_output Out>
void jackson_2002_batch(const Sexes& sexes, const Ages& ages, const Heights& heights,
                        const Masses& body_masses, Out&& out) {
  jackson_2002_batch(physique::detail::input_span(sexes), physique::detail::input_span(ages),
                     physique::detail::input_span(heights),
                     physique::detail::input_span(body_masses), physique::detail::output_span(out));
}

/// DoD Navy percent fat for every record i. `hips` is read only for women (pass zeros
/// for men). Same size and error rules as `jackson_2002_batch` (the scalar call's
/// checks, waist > neck for men and waist + hip > neck for women included).
template <real T>
void us_navy_dod_batch(std::span<const sex> sexes, std::span<const length<T>> heights,
                       std::span<const length<T>> necks, std::span<const length<T>> waists,
                       std::span<const length<T>> hips, std::span<T> out) {
  const std::size_t n = sexes.size();
  detail::comp::require_same_size(n, heights.size(), "heights");
  detail::comp::require_same_size(n, necks.size(), "necks");
  detail::comp::require_same_size(n, waists.size(), "waists");
  detail::comp::require_same_size(n, hips.size(), "hips");
  detail::comp::require_same_size(n, out.size(), "out");
  bool all_ok = true;
  for (std::size_t i = 0; i < n; ++i) {
    const T neck = necks[i].in(centimeters);
    const T waist = waists[i].in(centimeters);
    const T hip = sexes[i] == sex::male ? T{10} : hips[i].in(centimeters);
    const T x = sexes[i] == sex::male ? waist - neck : waist + hip - neck;
    const bool height_ok = detail::comp::within(heights[i].in(centimeters), bounds::height);
    const bool neck_ok = detail::comp::within(neck, bounds::circumference);
    const bool waist_ok = detail::comp::within(waist, bounds::circumference);
    const bool hip_ok = detail::comp::within(hip, bounds::circumference);
    all_ok &= height_ok & neck_ok & waist_ok & hip_ok & (x > T{0});
  }
  const us_navy_dod eq;
  if (!all_ok) {
    for (std::size_t i = 0; i < n; ++i) {
      out[i] = eq(sexes[i], heights[i], circumferences<T>{necks[i], waists[i], hips[i]});  // throws
    }
    return;
  }
  for (std::size_t i = 0; i < n; ++i) {
    const T neck = necks[i].in(centimeters);
    const T waist = waists[i].in(centimeters);
    const T x = sexes[i] == sex::male ? waist - neck : waist + hips[i].in(centimeters)-neck;
    out[i] =
        detail::comp::navy_dod_formula(sexes[i], x / static_cast<T>(2.54), heights[i].in(inches));
  }
}

/// As above, for any contiguous ranges: `std::array`, `std::vector`, C arrays...
template <physique::detail::contiguous_input Sexes, physique::detail::contiguous_input Heights,
          physique::detail::contiguous_input Necks, physique::detail::contiguous_input Waists,
          physique::detail::contiguous_input Hips, physique::detail::contiguous_output Out>
void us_navy_dod_batch(const Sexes& sexes, const Heights& heights, const Necks& necks,
                       const Waists& waists, const Hips& hips, Out&& out) {
  us_navy_dod_batch(physique::detail::input_span(sexes), physique::detail::input_span(heights),
                    physique::detail::input_span(necks), physique::detail::input_span(waists),
                    physique::detail::input_span(hips), physique::detail::output_span(out));
}

}  // namespace physique::composition
