// SPDX-License-Identifier: MIT
// Equipment vocabulary (the 64 labels of free-exercise-db, wger, ExerciseDB and everkinetic
// collapsed per the exercise-model survey, section 4), with an explicit `bodyweight` that is
// distinct from "unknown".
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include <physique/exercise/vocabulary.hpp>

namespace physique::exercise {

/// An implement or station an exercise needs. `bodyweight` means "nothing needed"; unknown
/// equipment is represented by an absent value (an empty `std::optional`), never by this
/// enum.
enum class equipment : unsigned char {
  bodyweight,            ///< explicitly no equipment
  barbell,               ///< straight barbell with plates
  ez_bar,                ///< cambered curl bar
  trap_bar,              ///< hexagonal deadlift bar
  dumbbell,              ///< one or a pair of dumbbells
  kettlebell,            ///< kettlebell
  cable,                 ///< cable station or pulley
  machine,               ///< selectorised or plate-loaded machine
  smith_machine,         ///< barbell on guide rails
  band,                  ///< elastic band or tube
  medicine_ball,         ///< medicine ball
  stability_ball,        ///< exercise or Swiss ball
  bosu,                  ///< half balance ball
  foam_roller,           ///< foam roller
  ab_wheel,              ///< ab roller wheel
  pull_up_bar,           ///< fixed overhead bar
  dip_bars,              ///< parallel bars
  rings,                 ///< suspended rings or straps
  landmine,              ///< barbell anchored at one end
  bench,                 ///< flat, incline or decline bench
  back_extension_bench,  ///< 45-degree or horizontal hyperextension bench, glute-ham developer
  mat,                   ///< exercise mat
  weight_plate,          ///< a loose plate used as the load
  attachment,            ///< rope, V-bar, straight bar or single handle
  cardio_machine,        ///< bike, rower, elliptical, stepmill, ski or arm ergometer
  other,                 ///< a named implement outside this list (tyre, sledgehammer...)
};

/// One row of the `equipment` vocabulary table: value, stable name, display name.
struct equipment_info {
  equipment value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `equipment` vocabulary, in declaration order.
template <>
struct vocabulary_traits<equipment> {
  static constexpr std::array<equipment_info, 26> entries{{
      {equipment::bodyweight, "bodyweight", "Bodyweight"},
      {equipment::barbell, "barbell", "Barbell"},
      {equipment::ez_bar, "ez_bar", "EZ bar"},
      {equipment::trap_bar, "trap_bar", "Trap bar"},
      {equipment::dumbbell, "dumbbell", "Dumbbell"},
      {equipment::kettlebell, "kettlebell", "Kettlebell"},
      {equipment::cable, "cable", "Cable"},
      {equipment::machine, "machine", "Machine"},
      {equipment::smith_machine, "smith_machine", "Smith machine"},
      {equipment::band, "band", "Resistance band"},
      {equipment::medicine_ball, "medicine_ball", "Medicine ball"},
      {equipment::stability_ball, "stability_ball", "Stability ball"},
      {equipment::bosu, "bosu", "BOSU ball"},
      {equipment::foam_roller, "foam_roller", "Foam roller"},
      {equipment::ab_wheel, "ab_wheel", "Ab wheel"},
      {equipment::pull_up_bar, "pull_up_bar", "Pull-up bar"},
      {equipment::dip_bars, "dip_bars", "Dip bars"},
      {equipment::rings, "rings", "Gymnastic rings"},
      {equipment::landmine, "landmine", "Landmine"},
      {equipment::bench, "bench", "Bench"},
      {equipment::back_extension_bench, "back_extension_bench", "Back extension bench"},
      {equipment::mat, "mat", "Mat"},
      {equipment::weight_plate, "weight_plate", "Weight plate"},
      {equipment::attachment, "attachment", "Cable attachment"},
      {equipment::cardio_machine, "cardio_machine", "Cardio machine"},
      {equipment::other, "other", "Other"},
  }};
};
static_assert(detail::entries_are_ordered<equipment>());

/// A set of equipment values (bit set, constexpr).
using equipment_set = enum_set<equipment>;

/// Parses the stable snake_case name of a equipment; `std::nullopt` if unknown.
[[nodiscard]] constexpr std::optional<equipment> parse_equipment(std::string_view text) noexcept {
  return parse<equipment>(text);
}

/// True when a kit needing `required` can be set up with `available`. `bodyweight` is
/// always available (it means "nothing needed").
[[nodiscard]] constexpr bool kit_available(equipment_set required,
                                           equipment_set available) noexcept {
  available.insert(equipment::bodyweight);
  return available.includes(required);
}

}  // namespace physique::exercise
