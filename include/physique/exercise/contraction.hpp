// SPDX-License-Identifier: MIT
// Contraction type of an exercise: dynamic or isometric (everkinetic `isometric`,
// free-exercise-db `static`), kept separate from the mechanic.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include <physique/exercise/vocabulary.hpp>

namespace physique::exercise {

/// Whether the working muscles change length.
enum class contraction : unsigned char {
  dynamic,    ///< muscles lengthen and shorten through a range of motion
  isometric,  ///< a position is held (plank, dead hang); measured in time
};

/// One row of the `contraction` vocabulary table: value, stable name, display name.
struct contraction_info {
  contraction value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `contraction` vocabulary, in declaration order.
template <>
struct vocabulary_traits<contraction> {
  static constexpr std::array<contraction_info, 2> entries{{
      {contraction::dynamic, "dynamic", "Dynamic"},
      {contraction::isometric, "isometric", "Isometric"},
  }};
};
static_assert(detail::entries_are_ordered<contraction>());

/// Parses the stable snake_case name of a contraction; `std::nullopt` if unknown.
[[nodiscard]] constexpr std::optional<contraction> parse_contraction(
    std::string_view text) noexcept {
  return parse<contraction>(text);
}

}  // namespace physique::exercise
