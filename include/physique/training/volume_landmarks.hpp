// SPDX-License-Identifier: MIT
// Volume landmarks (MV, MEV, MAV, MRV: weekly hard sets per muscle group) as configurable
// defaults, and a check of a week's sets against them. Source: Israetel M, "Training Volume
// Landmarks for Muscle Growth", Renaissance Periodization, 2017 (back and chest values).
#pragma once

#include <array>
#include <cstddef>
#include <optional>

#include <physique/core/citation.hpp>
#include <physique/detail/require.hpp>
#include <physique/exercise/muscle.hpp>
#include <physique/training/volume.hpp>

namespace physique::training {

/// Source of the default landmarks.
inline constexpr citation volume_landmarks_citation{
    "Israetel M",
    2017,
    "Training Volume Landmarks for Muscle Growth",
    "Renaissance Periodization (web article)",
    "",
    "back: MV ~8, MEV ~10, MAV 14-22, MRV ~25; chest: 8 / 10 / 12-20 / 22"};

/// Weekly hard sets for one muscle group: maintenance volume (MV), minimum effective volume
/// (MEV), the maximum adaptive volume range (MAV, low-high) and maximum recoverable volume
/// (MRV). They are "places to start" for an intermediate lifter, not constants.
template <real T = double>
struct volume_landmarks {
  T maintenance = T{0};          ///< MV
  T minimum_effective = T{0};    ///< MEV
  T adaptive_low = T{0};         ///< MAV, low end
  T adaptive_high = T{0};        ///< MAV, high end
  T maximum_recoverable = T{0};  ///< MRV
};

/// Throws `invalid_argument` naming the first landmark that is negative, not finite or
/// smaller than the one before it (MV <= MEV <= MAV low <= MAV high <= MRV).
template <real T>
constexpr void validate(const volume_landmarks<T>& l) {
  physique::detail::require_non_negative("maintenance", l.maintenance, "sets");
  physique::detail::require(is_finite(l.minimum_effective) && l.minimum_effective >= l.maintenance,
                            "minimum_effective", l.minimum_effective, "sets",
                            "must be at least maintenance");
  physique::detail::require(is_finite(l.adaptive_low) && l.adaptive_low >= l.minimum_effective,
                            "adaptive_low", l.adaptive_low, "sets",
                            "must be at least minimum_effective");
  physique::detail::require(is_finite(l.adaptive_high) && l.adaptive_high >= l.adaptive_low,
                            "adaptive_high", l.adaptive_high, "sets",
                            "must be at least adaptive_low");
  physique::detail::require(
      is_finite(l.maximum_recoverable) && l.maximum_recoverable >= l.adaptive_high,
      "maximum_recoverable", l.maximum_recoverable, "sets", "must be at least adaptive_high");
}

/// Landmarks per coarse muscle group; groups without a value are not checked.
template <real T = double>
using landmark_table = std::array<std::optional<volume_landmarks<T>>, muscle_group_count>;

/// The cited defaults: back MV 8, MEV 10, MAV 14-22, MRV 25 and chest 8, 10, 12-20, 22 (RP,
/// Israetel 2017, as commonly reproduced). Other groups have no default because published
/// values disagree between sources; set them from your own source.
template <real T = double>
[[nodiscard]] constexpr landmark_table<T> default_volume_landmarks() noexcept {
  landmark_table<T> t{};
  t[static_cast<std::size_t>(exercise::muscle_group::back)] =
      volume_landmarks<T>{T{8}, T{10}, T{14}, T{22}, T{25}};
  t[static_cast<std::size_t>(exercise::muscle_group::chest)] =
      volume_landmarks<T>{T{8}, T{10}, T{12}, T{20}, T{22}};
  return t;
}

/// Where a week's sets fall relative to the landmarks.
enum class volume_zone : unsigned char {
  below_maintenance,  ///< sets < MV
  maintenance,        ///< MV <= sets < MEV: keeps, does not build
  effective,          ///< MEV <= sets < MAV low
  adaptive,           ///< MAV low <= sets <= MAV high
  above_adaptive,     ///< MAV high < sets <= MRV
  above_recoverable,  ///< sets > MRV
};

/// Stable snake_case name of a zone ("adaptive").
[[nodiscard]] constexpr const char* to_string(volume_zone z) noexcept {
  switch (z) {
    case volume_zone::below_maintenance:
      return "below_maintenance";
    case volume_zone::maintenance:
      return "maintenance";
    case volume_zone::effective:
      return "effective";
    case volume_zone::adaptive:
      return "adaptive";
    case volume_zone::above_adaptive:
      return "above_adaptive";
    case volume_zone::above_recoverable:
      return "above_recoverable";
  }
  return "";
}

/// The zone of `sets` weekly hard sets. Throws as `validate(landmarks)`, or naming `sets` if
/// it is negative or not finite.
template <real T>
[[nodiscard]] constexpr volume_zone classify_volume(T sets, const volume_landmarks<T>& l) {
  validate(l);
  physique::detail::require_non_negative("sets", sets, "sets");
  if (sets < l.maintenance) return volume_zone::below_maintenance;
  if (sets < l.minimum_effective) return volume_zone::maintenance;
  if (sets < l.adaptive_low) return volume_zone::effective;
  if (sets <= l.adaptive_high) return volume_zone::adaptive;
  if (sets <= l.maximum_recoverable) return volume_zone::above_adaptive;
  return volume_zone::above_recoverable;
}

/// Checks a week's group volume against a landmark table: one zone per group that has
/// landmarks, `std::nullopt` for the others.
template <real T>
[[nodiscard]] constexpr std::array<std::optional<volume_zone>, muscle_group_count> check_volume(
    const muscle_volume<T>& week, const landmark_table<T>& table = default_volume_landmarks<T>()) {
  std::array<std::optional<volume_zone>, muscle_group_count> out{};
  for (std::size_t g = 0; g < muscle_group_count; ++g) {
    if (table[g]) out[g] = classify_volume(week.groups[g], *table[g]);
  }
  return out;
}

}  // namespace physique::training
