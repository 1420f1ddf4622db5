// SPDX-License-Identifier: MIT
// Force direction of an exercise: push, pull or static (free-exercise-db `force`).
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include <physique/exercise/vocabulary.hpp>

namespace physique::exercise {

/// Whether the working muscles push the load away, pull it in, or hold it.
enum class force : unsigned char {
  push,     ///< load moved away from the body
  pull,     ///< load moved toward the body
  static_,  ///< load or position held (trailing underscore: `static` is a C++ keyword; the name is
            ///< "static")
};

/// One row of the `force` vocabulary table: value, stable name, display name.
struct force_info {
  force value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `force` vocabulary, in declaration order.
template <>
struct vocabulary_traits<force> {
  static constexpr std::array<force_info, 3> entries{{
      {force::push, "push", "Push"},
      {force::pull, "pull", "Pull"},
      {force::static_, "static", "Static"},
  }};
};
static_assert(detail::entries_are_ordered<force>());

/// Parses the stable snake_case name of a force; `std::nullopt` if unknown.
[[nodiscard]] constexpr std::optional<force> parse_force(std::string_view text) noexcept {
  return parse<force>(text);
}

}  // namespace physique::exercise
