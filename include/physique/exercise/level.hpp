// SPDX-License-Identifier: MIT
// Experience level of an exercise (free-exercise-db `level`; its `expert` imports as
// `advanced`, exercise-model survey section 8).
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include <physique/exercise/vocabulary.hpp>

namespace physique::exercise {

/// Experience an exercise asks for. Ordered: beginner < intermediate < advanced, so
/// `<` compares difficulty (progression ladders must not go down).
enum class level : unsigned char {
  beginner,      ///< safe to learn without coaching
  intermediate,  ///< needs a base of strength or technique
  advanced,      ///< needs substantial strength, skill or coaching (free-exercise-db "expert")
};

/// One row of the `level` vocabulary table: value, stable name, display name.
struct level_info {
  level value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `level` vocabulary, in declaration order.
template <>
struct vocabulary_traits<level> {
  static constexpr std::array<level_info, 3> entries{{
      {level::beginner, "beginner", "Beginner"},
      {level::intermediate, "intermediate", "Intermediate"},
      {level::advanced, "advanced", "Advanced"},
  }};
};
static_assert(detail::entries_are_ordered<level>());

/// Parses the stable snake_case name of a level; `std::nullopt` if unknown.
[[nodiscard]] constexpr std::optional<level> parse_level(std::string_view text) noexcept {
  return parse<level>(text);
}

}  // namespace physique::exercise
