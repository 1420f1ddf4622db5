// SPDX-License-Identifier: MIT
// Rep guidance per training goal: reps or seconds, sets, effort (RIR or RPE) and rest, per
// side for unilateral work (exercise-model survey, section 8).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <physique/exercise/vocabulary.hpp>

namespace physique::exercise {

/// What a prescription is for.
enum class training_goal : unsigned char {
  strength,     ///< maximal force: heavy loads, low reps, long rests
  hypertrophy,  ///< muscle growth: moderate loads and reps, near failure
  endurance,    ///< muscular endurance: light loads, high reps or long holds, short rests
  power,        ///< speed-strength: light to moderate loads moved fast, low reps
  skill,        ///< learning or building up to a movement (assisted and negative work)
};

/// One row of the `training_goal` vocabulary table: value, stable name, display name.
struct training_goal_info {
  training_goal value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `training_goal` vocabulary, in declaration order.
template <>
struct vocabulary_traits<training_goal> {
  static constexpr std::array<training_goal_info, 5> entries{{
      {training_goal::strength, "strength", "Strength"},
      {training_goal::hypertrophy, "hypertrophy", "Hypertrophy"},
      {training_goal::endurance, "endurance", "Endurance"},
      {training_goal::power, "power", "Power"},
      {training_goal::skill, "skill", "Skill"},
  }};
};
static_assert(detail::entries_are_ordered<training_goal>());

/// A closed range [low, high] of a count or a duration; `low == high` for a single value.
template <class V>
struct closed_range {
  V low{};
  V high{};
  [[nodiscard]] constexpr bool contains(V v) const noexcept { return low <= v && v <= high; }
  [[nodiscard]] constexpr bool valid() const noexcept { return low <= high; }
  [[nodiscard]] friend constexpr bool operator==(const closed_range&,
                                                 const closed_range&) noexcept = default;
};

/// A dose for one goal. Every field is optional; absent means the description does not say.
/// Reps and seconds are per side when `per_side` is true (unilateral work: "10 to 12 per arm").
struct rep_guidance {
  training_goal goal = training_goal::hypertrophy;
  std::optional<closed_range<unsigned>> reps;          ///< repetitions per set
  std::optional<closed_range<unsigned>> seconds;       ///< s per set, for holds and timed work
  std::optional<closed_range<unsigned>> sets;          ///< working sets per session
  std::optional<closed_range<double>> rir;             ///< repetitions in reserve at set end
  std::optional<closed_range<double>> rpe;             ///< rating of perceived exertion (1-10)
  std::optional<closed_range<unsigned>> rest_seconds;  ///< s of rest between sets
  std::optional<bool> per_side;                        ///< reps/seconds count one side
  std::string note;                                    ///< where the dose comes from, caveats

  [[nodiscard]] friend bool operator==(const rep_guidance&, const rep_guidance&) = default;
};

}  // namespace physique::exercise
