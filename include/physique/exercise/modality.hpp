// SPDX-License-Identifier: MIT
// Training modality of an exercise (free-exercise-db `category`, extended with mobility and
// conditioning as the exercise-model survey recommends, section 8).
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include <physique/exercise/vocabulary.hpp>

namespace physique::exercise {

/// Kind of training an exercise belongs to. free-exercise-db's `category` maps one to one
/// (its "olympic weightlifting" becomes `olympic_weightlifting`).
enum class modality : unsigned char {
  strength,               ///< resistance training for strength or size
  powerlifting,           ///< the competition lifts and their close variants
  olympic_weightlifting,  ///< snatch, clean and jerk and their derivatives
  strongman,              ///< carries, stones, yokes, implements
  plyometrics,            ///< jumps, bounds, throws
  stretching,             ///< static or dynamic stretches
  mobility,               ///< active range-of-motion drills
  cardio,                 ///< endurance work on machines or on foot
  conditioning,           ///< mixed circuits and metabolic work
};

/// One row of the `modality` vocabulary table: value, stable name, display name.
struct modality_info {
  modality value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `modality` vocabulary, in declaration order.
template <>
struct vocabulary_traits<modality> {
  static constexpr std::array<modality_info, 9> entries{{
      {modality::strength, "strength", "Strength"},
      {modality::powerlifting, "powerlifting", "Powerlifting"},
      {modality::olympic_weightlifting, "olympic_weightlifting", "Olympic weightlifting"},
      {modality::strongman, "strongman", "Strongman"},
      {modality::plyometrics, "plyometrics", "Plyometrics"},
      {modality::stretching, "stretching", "Stretching"},
      {modality::mobility, "mobility", "Mobility"},
      {modality::cardio, "cardio", "Cardio"},
      {modality::conditioning, "conditioning", "Conditioning"},
  }};
};
static_assert(detail::entries_are_ordered<modality>());

/// Parses the stable snake_case name of a modality; `std::nullopt` if unknown.
[[nodiscard]] constexpr std::optional<modality> parse_modality(std::string_view text) noexcept {
  return parse<modality>(text);
}

}  // namespace physique::exercise
