// SPDX-License-Identifier: MIT
// Laterality of an exercise (bilateral, unilateral, alternating) and what it means for
// prescriptions and set counting. Source: the exercise-model survey, section 6 (users of
// openGym, MyFit, LiftShift and liftosaur ask for per-side reps and one set per L+R pair).
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include <physique/exercise/vocabulary.hpp>

namespace physique::exercise {

/// How the two sides of the body work in an exercise. For volume counting a unilateral set
/// done on the left and then on the right is one set, not two.
enum class laterality : unsigned char {
  bilateral,    ///< both sides at once, one implement or two (barbell row, pull-up)
  unilateral,   ///< one side for the whole set, then the other (single-arm dumbbell row)
  alternating,  ///< sides take turns within one set (alternating curl, walking lunge)
};

/// One row of the `laterality` vocabulary table: value, stable name, display name.
struct laterality_info {
  laterality value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `laterality` vocabulary, in declaration order.
template <>
struct vocabulary_traits<laterality> {
  static constexpr std::array<laterality_info, 3> entries{{
      {laterality::bilateral, "bilateral", "Bilateral"},
      {laterality::unilateral, "unilateral", "Unilateral"},
      {laterality::alternating, "alternating", "Alternating"},
  }};
};
static_assert(detail::entries_are_ordered<laterality>());

/// True when prescribed reps, seconds or distance are per side (unilateral and alternating:
/// "10 to 12 per arm"). Bilateral prescriptions count both sides together.
[[nodiscard]] constexpr bool prescribed_per_side(laterality l) noexcept {
  return l != laterality::bilateral;
}

/// Parses a stable name ("unilateral"); `std::nullopt` if unknown.
[[nodiscard]] constexpr std::optional<laterality> parse_laterality(std::string_view name) noexcept {
  return parse<laterality>(name);
}

}  // namespace physique::exercise
