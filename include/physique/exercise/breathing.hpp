// SPDX-License-Identifier: MIT
// Breathing pattern of an exercise: in which phase to inhale and exhale, and whether to
// brace (exercise-model survey, section 8; free-exercise-db only mentions it in prose).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <physique/exercise/vocabulary.hpp>

namespace physique::exercise {

/// A moment of the repetition at which a breath is taken or released.
enum class breath_phase : unsigned char {
  eccentric,   ///< while lowering / lengthening
  concentric,  ///< while lifting / shortening (usually the exertion)
  hold,        ///< during an isometric hold or pause
  before_rep,  ///< before the repetition starts, together with the brace (deadlift)
  after_rep,   ///< once the repetition is finished, at the top or lockout
};

/// One row of the `breath_phase` vocabulary table: value, stable name, display name.
struct breath_phase_info {
  breath_phase value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `breath_phase` vocabulary, in declaration order.
template <>
struct vocabulary_traits<breath_phase> {
  static constexpr std::array<breath_phase_info, 5> entries{{
      {breath_phase::eccentric, "eccentric", "While lowering"},
      {breath_phase::concentric, "concentric", "While lifting"},
      {breath_phase::hold, "hold", "During the hold"},
      {breath_phase::before_rep, "before_rep", "Before the repetition"},
      {breath_phase::after_rep, "after_rep", "After the repetition"},
  }};
};
static_assert(detail::entries_are_ordered<breath_phase>());

/// How to breathe through a repetition. Each field is optional: absent means the description
/// does not say (not "no preference").
struct breathing {
  std::optional<breath_phase> inhale;  ///< when to breathe in
  std::optional<breath_phase> exhale;  ///< when to breathe out
  std::optional<bool> brace;           ///< hold a braced trunk (breath held against a tight core)
  std::string note;                    ///< free text in the catalog's own words; may be empty

  [[nodiscard]] friend bool operator==(const breathing&, const breathing&) = default;
};

}  // namespace physique::exercise
