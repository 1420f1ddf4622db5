// SPDX-License-Identifier: MIT
// What a set of an exercise is measured in (reps, time, distance) and how the load is
// given (exercises.json `Measure` with its weight modifier; wger repetition units).
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include <physique/exercise/vocabulary.hpp>

namespace physique::exercise {

/// The quantity a set is counted in.
enum class measure : unsigned char {
  reps,      ///< repetitions
  time,      ///< seconds of work or of a hold
  distance,  ///< metres covered (carries, sled pushes)
};

/// One row of the `measure` vocabulary table: value, stable name, display name.
struct measure_info {
  measure value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `measure` vocabulary, in declaration order.
template <>
struct vocabulary_traits<measure> {
  static constexpr std::array<measure_info, 3> entries{{
      {measure::reps, "reps", "Repetitions"},
      {measure::time, "time", "Time"},
      {measure::distance, "distance", "Distance"},
  }};
};
static_assert(detail::entries_are_ordered<measure>());

/// Parses the stable snake_case name of a measure; `std::nullopt` if unknown.
[[nodiscard]] constexpr std::optional<measure> parse_measure(std::string_view text) noexcept {
  return parse<measure>(text);
}

/// Where the resistance comes from.
enum class load_type : unsigned char {
  external,         ///< an implement or machine: barbell, dumbbell, cable, stack
  bodyweight,       ///< the body alone
  bodyweight_plus,  ///< body plus added weight (belt, vest)
  assisted,         ///< body minus assistance (band, machine counterweight)
  none,             ///< no meaningful resistance (stretches, mobility drills)
};

/// One row of the `load_type` vocabulary table: value, stable name, display name.
struct load_type_info {
  load_type value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `load_type` vocabulary, in declaration order.
template <>
struct vocabulary_traits<load_type> {
  static constexpr std::array<load_type_info, 5> entries{{
      {load_type::external, "external", "External load"},
      {load_type::bodyweight, "bodyweight", "Bodyweight"},
      {load_type::bodyweight_plus, "bodyweight_plus", "Bodyweight plus load"},
      {load_type::assisted, "assisted", "Assisted"},
      {load_type::none, "none", "None"},
  }};
};
static_assert(detail::entries_are_ordered<load_type>());

/// Parses the stable snake_case name of a load type; `std::nullopt` if unknown.
[[nodiscard]] constexpr std::optional<load_type> parse_load_type(std::string_view text) noexcept {
  return parse<load_type>(text);
}

}  // namespace physique::exercise
