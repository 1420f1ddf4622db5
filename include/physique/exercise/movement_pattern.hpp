// SPDX-License-Identifier: MIT
// Movement patterns: the primary joint action of an exercise (exercise-model survey,
// section 8); used to group exercises and rank substitutes.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include <physique/exercise/vocabulary.hpp>

namespace physique::exercise {

/// The main joint action of an exercise. Every built-in exercise has one; importers report
/// records they cannot classify rather than inventing an "other".
enum class movement_pattern : unsigned char {
  squat,                 ///< knee and hip flexion with an upright torso
  hinge,                 ///< hip flexion and extension with a neutral spine (deadlift, swing)
  lunge,                 ///< split-stance squat
  hip_extension,         ///< hip extension without a hinge of the whole torso (hip thrust, bridge)
  knee_extension,        ///< leg extension
  knee_flexion,          ///< leg curl
  horizontal_push,       ///< press away from the chest (push-up, bench press)
  vertical_push,         ///< press overhead
  horizontal_pull,       ///< pull toward the torso (rows)
  vertical_pull,         ///< pull down from overhead (pull-up, pulldown)
  fly,                   ///< horizontal shoulder adduction
  reverse_fly,           ///< horizontal shoulder abduction
  lateral_raise,         ///< shoulder abduction
  front_raise,           ///< shoulder flexion
  pullover,              ///< shoulder extension with straight arms
  shrug,                 ///< scapular elevation or depression
  elbow_flexion,         ///< curls
  elbow_extension,       ///< triceps extensions
  wrist,                 ///< wrist flexion, extension or grip
  hip_abduction,         ///< leg away from the midline
  hip_adduction,         ///< leg toward the midline
  hip_flexion,           ///< knee or leg raise
  plantar_flexion,       ///< calf raise
  dorsiflexion,          ///< toe raise
  trunk_flexion,         ///< crunch, sit-up
  trunk_rotation,        ///< twists, chops
  anti_extension,        ///< resisting spinal extension (plank, rollout)
  anti_rotation,         ///< resisting rotation (Pallof press)
  anti_lateral_flexion,  ///< resisting side bending (suitcase hold)
  carry,                 ///< walking with a load
  olympic_lift,          ///< snatch, clean, jerk and derivatives
  jump,                  ///< jumps and bounds
  throw_,      ///< throws and slams (trailing underscore: `throw` is a C++ keyword; the name is
               ///< "throw")
  locomotion,  ///< running, cycling, rowing, crawling
  stretch,     ///< a stretch or mobility position
  neck,        ///< neck flexion, extension or side bending
};

/// One row of the `movement_pattern` vocabulary table: value, stable name, display name.
struct movement_pattern_info {
  movement_pattern value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `movement_pattern` vocabulary, in declaration order.
template <>
struct vocabulary_traits<movement_pattern> {
  static constexpr std::array<movement_pattern_info, 36> entries{{
      {movement_pattern::squat, "squat", "Squat"},
      {movement_pattern::hinge, "hinge", "Hinge"},
      {movement_pattern::lunge, "lunge", "Lunge"},
      {movement_pattern::hip_extension, "hip_extension", "Hip extension"},
      {movement_pattern::knee_extension, "knee_extension", "Knee extension"},
      {movement_pattern::knee_flexion, "knee_flexion", "Knee flexion"},
      {movement_pattern::horizontal_push, "horizontal_push", "Horizontal push"},
      {movement_pattern::vertical_push, "vertical_push", "Vertical push"},
      {movement_pattern::horizontal_pull, "horizontal_pull", "Horizontal pull"},
      {movement_pattern::vertical_pull, "vertical_pull", "Vertical pull"},
      {movement_pattern::fly, "fly", "Fly"},
      {movement_pattern::reverse_fly, "reverse_fly", "Reverse fly"},
      {movement_pattern::lateral_raise, "lateral_raise", "Lateral raise"},
      {movement_pattern::front_raise, "front_raise", "Front raise"},
      {movement_pattern::pullover, "pullover", "Pullover"},
      {movement_pattern::shrug, "shrug", "Shrug"},
      {movement_pattern::elbow_flexion, "elbow_flexion", "Elbow flexion"},
      {movement_pattern::elbow_extension, "elbow_extension", "Elbow extension"},
      {movement_pattern::wrist, "wrist", "Wrist"},
      {movement_pattern::hip_abduction, "hip_abduction", "Hip abduction"},
      {movement_pattern::hip_adduction, "hip_adduction", "Hip adduction"},
      {movement_pattern::hip_flexion, "hip_flexion", "Hip flexion"},
      {movement_pattern::plantar_flexion, "plantar_flexion", "Plantar flexion"},
      {movement_pattern::dorsiflexion, "dorsiflexion", "Dorsiflexion"},
      {movement_pattern::trunk_flexion, "trunk_flexion", "Trunk flexion"},
      {movement_pattern::trunk_rotation, "trunk_rotation", "Trunk rotation"},
      {movement_pattern::anti_extension, "anti_extension", "Anti-extension"},
      {movement_pattern::anti_rotation, "anti_rotation", "Anti-rotation"},
      {movement_pattern::anti_lateral_flexion, "anti_lateral_flexion", "Anti-lateral flexion"},
      {movement_pattern::carry, "carry", "Carry"},
      {movement_pattern::olympic_lift, "olympic_lift", "Olympic lift"},
      {movement_pattern::jump, "jump", "Jump"},
      {movement_pattern::throw_, "throw", "Throw"},
      {movement_pattern::locomotion, "locomotion", "Locomotion"},
      {movement_pattern::stretch, "stretch", "Stretch"},
      {movement_pattern::neck, "neck", "Neck"},
  }};
};
static_assert(detail::entries_are_ordered<movement_pattern>());

/// A set of movement_pattern values (bit set, constexpr).
using movement_pattern_set = enum_set<movement_pattern>;

/// Parses the stable snake_case name of a movement pattern; `std::nullopt` if unknown.
[[nodiscard]] constexpr std::optional<movement_pattern> parse_movement_pattern(
    std::string_view text) noexcept {
  return parse<movement_pattern>(text);
}

}  // namespace physique::exercise
