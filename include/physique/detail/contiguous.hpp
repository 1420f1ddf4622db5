// SPDX-License-Identifier: MIT
// What callers hold (std::array, std::vector, C arrays, spans) viewed as the std::span the
// algorithms take. The algorithms deduce their number type from the span's element type,
// and deduction never looks through conversions: each span-taking template therefore has an
// overload over these concepts that forwards the views.
#pragma once

#include <ranges>
#include <span>
#include <type_traits>

namespace physique::detail {

template <class R>
inline constexpr bool is_read_only_span = false;
template <class V>
inline constexpr bool is_read_only_span<std::span<const V>> = true;

/// A contiguous, sized range read through a const reference, other than the
/// `std::span<const V>` that `input_span` makes: the overloads that forward such a span to the
/// span-taking function must never be chosen again for it (an element type that function
/// rejects is then a compile error, not a forwarding loop).
template <class R>
concept contiguous_input =
    !is_read_only_span<std::remove_cvref_t<R>> && std::ranges::contiguous_range<const R&> &&
    std::ranges::sized_range<const R&>;

/// A contiguous, sized range whose elements can be written.
template <class R>
concept contiguous_output = std::ranges::contiguous_range<R> && std::ranges::sized_range<R> &&
    !std::is_const_v<std::remove_reference_t<std::ranges::range_reference_t<R>>>;

/// The read-only span over `r`.
template <contiguous_input R>
[[nodiscard]] constexpr auto input_span(const R& r) noexcept {
  return std::span<const std::ranges::range_value_t<R>>(std::ranges::data(r), std::ranges::size(r));
}

/// The writable span over `r`.
template <contiguous_output R>
[[nodiscard]] constexpr auto output_span(R&& r) noexcept {
  return std::span<std::ranges::range_value_t<R>>(std::ranges::data(r), std::ranges::size(r));
}

}  // namespace physique::detail
