// SPDX-License-Identifier: MIT
// The 26 muscles of the exercise model, their 8 coarse groups and their view on a
// front/back muscle diagram; the canonical set that free-exercise-db (17 labels), wger (16),
// ExerciseDB (50) and everkinetic (23) collapse to. See docs/exercise.md, "Muscles".
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include <physique/exercise/vocabulary.hpp>

namespace physique::exercise {

/// A muscle (or a functional muscle unit) as exercise apps count and draw it.
/// The order is part of the API (it is the bit order of `muscle_set`); new muscles are
/// only ever appended.
enum class muscle : unsigned char {
  chest,         ///< pectoralis major and minor
  front_delt,    ///< anterior deltoid
  side_delt,     ///< lateral deltoid
  rear_delt,     ///< posterior deltoid
  rotator_cuff,  ///< supraspinatus, infraspinatus, teres minor, subscapularis
  biceps,        ///< biceps brachii
  brachialis,    ///< brachialis and brachioradialis
  triceps,       ///< triceps brachii
  forearms,      ///< wrist flexors and extensors, grip
  traps,         ///< upper trapezius
  upper_back,    ///< rhomboids, middle and lower trapezius, teres major
  lats,          ///< latissimus dorsi
  lower_back,    ///< erector spinae
  abs,           ///< rectus abdominis, transversus abdominis
  obliques,      ///< external and internal obliques
  serratus,      ///< serratus anterior
  hip_flexors,   ///< iliopsoas, rectus femoris acting at the hip
  glutes,        ///< gluteus maximus
  abductors,     ///< gluteus medius and minimus, tensor fasciae latae
  adductors,     ///< adductor group
  quads,         ///< quadriceps femoris
  hamstrings,    ///< biceps femoris, semitendinosus, semimembranosus
  calves,        ///< gastrocnemius
  soleus,        ///< soleus
  tibialis,      ///< tibialis anterior
  neck,          ///< sternocleidomastoid, splenius, levator scapulae
};

/// Coarse groups, for weekly set counts per region and for UI filters. The survey's finer
/// "groups" (biceps, triceps, quads, hamstrings, glutes) are simply muscles.
enum class muscle_group : unsigned char { chest, back, shoulders, arms, core, legs, calves, neck };

/// Where a muscle is drawn on a two-view body diagram (wger's `is_front`, extended with
/// `both` for muscles visible from either side: forearms and neck).
enum class body_view : unsigned char { front, back, both };

/// Everything known about one muscle: stable name, display name, anatomy, group, view.
struct muscle_info {
  muscle value;
  std::string_view name;     ///< stable snake_case id, e.g. "front_delt"
  std::string_view display;  ///< e.g. "Front deltoid"
  std::string_view anatomy;  ///< the anatomical muscles covered
  muscle_group group;
  body_view view;
};

/// One row of the `muscle_group` vocabulary table: value, stable name, display name.
struct muscle_group_info {
  muscle_group value;
  std::string_view name;
  std::string_view display;
};

/// One row of the `body_view` vocabulary table: value, stable name, display name.
struct body_view_info {
  body_view value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `muscle` vocabulary, in declaration order.
template <>
struct vocabulary_traits<muscle> {
  using g = muscle_group;
  using v = body_view;
  static constexpr std::array<muscle_info, 26> entries{{
      {muscle::chest, "chest", "Chest", "pectoralis major and minor", g::chest, v::front},
      {muscle::front_delt, "front_delt", "Front deltoid", "anterior deltoid", g::shoulders,
       v::front},
      {muscle::side_delt, "side_delt", "Side deltoid", "lateral deltoid", g::shoulders, v::front},
      {muscle::rear_delt, "rear_delt", "Rear deltoid", "posterior deltoid", g::shoulders, v::back},
      {muscle::rotator_cuff, "rotator_cuff", "Rotator cuff",
       "supraspinatus, infraspinatus, teres minor, subscapularis", g::shoulders, v::back},
      {muscle::biceps, "biceps", "Biceps", "biceps brachii", g::arms, v::front},
      {muscle::brachialis, "brachialis", "Brachialis", "brachialis, brachioradialis", g::arms,
       v::front},
      {muscle::triceps, "triceps", "Triceps", "triceps brachii", g::arms, v::back},
      {muscle::forearms, "forearms", "Forearms", "wrist flexors and extensors (grip)", g::arms,
       v::both},
      {muscle::traps, "traps", "Trapezius", "upper trapezius", g::back, v::back},
      {muscle::upper_back, "upper_back", "Upper back",
       "rhomboids, middle and lower trapezius, teres major", g::back, v::back},
      {muscle::lats, "lats", "Lats", "latissimus dorsi", g::back, v::back},
      {muscle::lower_back, "lower_back", "Lower back", "erector spinae", g::back, v::back},
      {muscle::abs, "abs", "Abdominals", "rectus abdominis, transversus abdominis", g::core,
       v::front},
      {muscle::obliques, "obliques", "Obliques", "external and internal obliques", g::core,
       v::front},
      {muscle::serratus, "serratus", "Serratus", "serratus anterior", g::core, v::front},
      {muscle::hip_flexors, "hip_flexors", "Hip flexors", "iliopsoas, rectus femoris (at the hip)",
       g::legs, v::front},
      {muscle::glutes, "glutes", "Glutes", "gluteus maximus", g::legs, v::back},
      {muscle::abductors, "abductors", "Abductors",
       "gluteus medius and minimus, tensor fasciae latae", g::legs, v::back},
      {muscle::adductors, "adductors", "Adductors", "adductor group", g::legs, v::front},
      {muscle::quads, "quads", "Quadriceps", "quadriceps femoris", g::legs, v::front},
      {muscle::hamstrings, "hamstrings", "Hamstrings",
       "biceps femoris, semitendinosus, semimembranosus", g::legs, v::back},
      {muscle::calves, "calves", "Calves", "gastrocnemius", g::calves, v::back},
      {muscle::soleus, "soleus", "Soleus", "soleus", g::calves, v::back},
      {muscle::tibialis, "tibialis", "Tibialis", "tibialis anterior", g::calves, v::front},
      {muscle::neck, "neck", "Neck", "sternocleidomastoid, splenius, levator scapulae", g::neck,
       v::both},
  }};
};

/// Names of the `muscle_group` vocabulary, in declaration order.
template <>
struct vocabulary_traits<muscle_group> {
  static constexpr std::array<muscle_group_info, 8> entries{{
      {muscle_group::chest, "chest", "Chest"},
      {muscle_group::back, "back", "Back"},
      {muscle_group::shoulders, "shoulders", "Shoulders"},
      {muscle_group::arms, "arms", "Arms"},
      {muscle_group::core, "core", "Core"},
      {muscle_group::legs, "legs", "Legs"},
      {muscle_group::calves, "calves", "Calves"},
      {muscle_group::neck, "neck", "Neck"},
  }};
};

/// Names of the `body_view` vocabulary, in declaration order.
template <>
struct vocabulary_traits<body_view> {
  static constexpr std::array<body_view_info, 3> entries{{
      {body_view::front, "front", "Front"},
      {body_view::back, "back", "Back"},
      {body_view::both, "both", "Front and back"},
  }};
};

static_assert(detail::entries_are_ordered<muscle>());
static_assert(detail::entries_are_ordered<muscle_group>());
static_assert(detail::entries_are_ordered<body_view>());

/// Number of muscles (26).
inline constexpr std::size_t muscle_count = vocabulary_size<muscle>;

/// A set of muscles (bit set, constexpr, no allocation).
using muscle_set = enum_set<muscle>;
/// A set of coarse groups.
using muscle_group_set = enum_set<muscle_group>;

/// Full description of a muscle. Precondition: `m` is an enumerator of `muscle`.
[[nodiscard]] constexpr const muscle_info& info(muscle m) noexcept {
  return vocabulary_traits<muscle>::entries[detail::index_of(m)];
}

/// Coarse group of a muscle (e.g. `lats` -> `back`, `rear_delt` -> `shoulders`).
[[nodiscard]] constexpr muscle_group group_of(muscle m) noexcept {
  return info(m).group;
}

/// Diagram view of a muscle (front, back or both).
[[nodiscard]] constexpr body_view view_of(muscle m) noexcept {
  return info(m).view;
}

/// True when the muscle is drawn on the given side of the diagram (`both` counts for
/// either side; asking for `both` returns true only for muscles drawn on both).
[[nodiscard]] constexpr bool drawn_on(muscle m, body_view side) noexcept {
  const body_view v = view_of(m);
  return v == side || v == body_view::both;
}

/// Anatomical muscles covered (e.g. `upper_back` -> "rhomboids, middle and lower ...").
[[nodiscard]] constexpr std::string_view anatomy(muscle m) noexcept {
  return info(m).anatomy;
}

/// All muscles of a coarse group (e.g. `shoulders` -> front, side, rear delt, rotator cuff).
[[nodiscard]] constexpr muscle_set muscles_in(muscle_group g) noexcept {
  muscle_set s;
  for (const auto& e : vocabulary_traits<muscle>::entries) {
    if (e.group == g) s.insert(e.value);
  }
  return s;
}

/// Coarse groups touched by a set of muscles.
[[nodiscard]] constexpr muscle_group_set groups_of(muscle_set muscles) noexcept {
  muscle_group_set s;
  muscles.for_each([&s](muscle m) { s.insert(group_of(m)); });
  return s;
}

/// Parses a muscle's stable name ("front_delt"); `std::nullopt` if unknown. For user input
/// (any case, spaces or hyphens, display names) use `parse_loose<muscle>`.
[[nodiscard]] constexpr std::optional<muscle> parse_muscle(std::string_view name) noexcept {
  return parse<muscle>(name);
}

/// Parses a coarse group's stable name ("shoulders"); `std::nullopt` if unknown.
[[nodiscard]] constexpr std::optional<muscle_group> parse_muscle_group(
    std::string_view name) noexcept {
  return parse<muscle_group>(name);
}

}  // namespace physique::exercise
