// SPDX-License-Identifier: MIT
// Mechanic of an exercise: compound (multi-joint) or isolation (single-joint), as
// free-exercise-db and everkinetic classify it.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include <physique/exercise/vocabulary.hpp>

namespace physique::exercise {

/// Number of joints that move under load.
enum class mechanic : unsigned char {
  compound,   ///< several joints move (row, deadlift, pull-up)
  isolation,  ///< one joint moves (curl, lateral raise)
};

/// One row of the `mechanic` vocabulary table: value, stable name, display name.
struct mechanic_info {
  mechanic value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `mechanic` vocabulary, in declaration order.
template <>
struct vocabulary_traits<mechanic> {
  static constexpr std::array<mechanic_info, 2> entries{{
      {mechanic::compound, "compound", "Compound"},
      {mechanic::isolation, "isolation", "Isolation"},
  }};
};
static_assert(detail::entries_are_ordered<mechanic>());

/// Parses the stable snake_case name of a mechanic; `std::nullopt` if unknown.
[[nodiscard]] constexpr std::optional<mechanic> parse_mechanic(std::string_view text) noexcept {
  return parse<mechanic>(text);
}

}  // namespace physique::exercise
