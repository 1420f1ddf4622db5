// SPDX-License-Identifier: MIT
// The exercise description: identity, classification, muscles with volume credit, equipment,
// instructions, breathing, tempo, rep guidance, links to related exercises, media and
// provenance. Field set of the exercise-model survey, section 8 (a superset of
// free-exercise-db, wger, ExerciseDB, everkinetic and exercemus).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <physique/exercise/breathing.hpp>
#include <physique/exercise/contraction.hpp>
#include <physique/exercise/equipment.hpp>
#include <physique/exercise/force.hpp>
#include <physique/exercise/laterality.hpp>
#include <physique/exercise/level.hpp>
#include <physique/exercise/measure.hpp>
#include <physique/exercise/mechanic.hpp>
#include <physique/exercise/modality.hpp>
#include <physique/exercise/movement_pattern.hpp>
#include <physique/exercise/muscle.hpp>
#include <physique/exercise/rep_guidance.hpp>
#include <physique/exercise/tempo.hpp>
#include <physique/exercise/vocabulary.hpp>

namespace physique::exercise {

/// Why one exercise can stand in for another.
enum class substitute_reason : unsigned char {
  same_pattern,    ///< same movement pattern, similar muscles
  same_muscles,    ///< different movement, same prime movers
  equipment_swap,  ///< the same movement with other equipment
};

/// Kind of a media reference.
enum class media_kind : unsigned char { image, video, animation, diagram };

/// One row of the `substitute_reason` vocabulary table: value, stable name, display name.
struct substitute_reason_info {
  substitute_reason value;
  std::string_view name;
  std::string_view display;
};
/// One row of the `media_kind` vocabulary table: value, stable name, display name.
struct media_kind_info {
  media_kind value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `substitute_reason` vocabulary, in declaration order.
template <>
struct vocabulary_traits<substitute_reason> {
  static constexpr std::array<substitute_reason_info, 3> entries{{
      {substitute_reason::same_pattern, "same_pattern", "Same movement pattern"},
      {substitute_reason::same_muscles, "same_muscles", "Same muscles"},
      {substitute_reason::equipment_swap, "equipment_swap", "Equipment swap"},
  }};
};
/// Names of the `media_kind` vocabulary, in declaration order.
template <>
struct vocabulary_traits<media_kind> {
  static constexpr std::array<media_kind_info, 4> entries{{
      {media_kind::image, "image", "Image"},
      {media_kind::video, "video", "Video"},
      {media_kind::animation, "animation", "Animation"},
      {media_kind::diagram, "diagram", "Diagram"},
  }};
};
static_assert(detail::entries_are_ordered<substitute_reason>());
static_assert(detail::entries_are_ordered<media_kind>());

/// Volume credit of one muscle for one hard set, overriding the default (1.0 for a primary
/// muscle, 0.5 for a secondary one). In [0, 1].
struct muscle_credit {
  muscle target = muscle::chest;
  double credit = 1.0;
  [[nodiscard]] friend constexpr bool operator==(const muscle_credit&,
                                                 const muscle_credit&) noexcept = default;
};

/// A link to an exercise that can replace this one, and why.
struct substitute {
  std::string id;
  substitute_reason reason = substitute_reason::same_pattern;
  [[nodiscard]] friend bool operator==(const substitute&, const substitute&) = default;
};

/// A reference to an image, video, animation or diagram (never embedded bytes).
struct media_ref {
  media_kind kind = media_kind::image;
  std::string uri;
  std::string license;  ///< SPDX id or free text; empty when unknown
  [[nodiscard]] friend bool operator==(const media_ref&, const media_ref&) = default;
};

/// Where a record came from (e.g. {"free-exercise-db", "Barbell_Deadlift", ""}).
struct source_ref {
  std::string dataset;
  std::string id;
  std::string uri;
  [[nodiscard]] friend bool operator==(const source_ref&, const source_ref&) = default;
};

/// License and attribution (wger's TASL fields). Empty strings are unknown.
struct license_info {
  std::string spdx;  ///< e.g. "MIT", "Unlicense", "CC-BY-SA-4.0"
  std::string author;
  std::string author_uri;
  std::string title;
  std::string object_uri;
  std::string derivative_of;  ///< URI of the work this one is derived from
  [[nodiscard]] friend bool operator==(const license_info&, const license_info&) = default;
};

/// Text of a description in another language (BCP-47 tag such as "de" or "pt-BR").
struct localized_text {
  std::string language;
  std::string name;
  std::vector<std::string> aliases;
  std::string summary;
  std::vector<std::string> steps;
  std::vector<std::string> cues;
  [[nodiscard]] friend bool operator==(const localized_text&, const localized_text&) = default;
};

/// One JSON member this model has no field for, kept verbatim (the value as JSON text) so
/// that import followed by export loses nothing.
struct extension_field {
  std::string key;
  std::string json;  ///< the member's value, serialised as JSON
  [[nodiscard]] friend bool operator==(const extension_field&, const extension_field&) = default;
};

/// A resistance (or other) exercise, described for display, filtering, substitution and
/// volume counting. Plain data: every field is public. **Absent means unknown**: optional
/// fields are empty and lists are empty when the source does not say, and nothing is filled
/// in by default. In particular an empty `equipment` optional is "unknown equipment", while
/// `{equipment::bodyweight}` is "needs nothing".
/// `id` and `name` are required; `primary_muscles` may be empty only for cardio, stretching
/// and mobility work. `validate()` (exercise/validate.hpp) checks all invariants.
struct exercise_description {
  // Identity
  std::string id;                    ///< slug `[a-z0-9_-]+`, stable
  std::string name;                  ///< English display name
  std::vector<std::string> aliases;  ///< other common names
  std::vector<localized_text> localized;
  std::string summary;  ///< one or two sentences

  // Classification
  std::optional<exercise::modality> modality;
  std::optional<exercise::level> level;
  std::optional<exercise::mechanic> mechanic;
  std::optional<exercise::force> force;
  std::optional<exercise::movement_pattern> movement_pattern;
  std::optional<exercise::laterality> laterality;
  std::optional<exercise::contraction> contraction;
  std::optional<exercise::measure> measure;  ///< what a set is counted in
  std::optional<load_type> load;             ///< where the resistance comes from

  // Muscles
  muscle_set primary_muscles;                 ///< prime movers
  muscle_set secondary_muscles;               ///< synergists and stabilisers; disjoint from primary
  std::vector<muscle_credit> muscle_weights;  ///< overrides of the default credit
  /// True when the source named only coarse groups ("shoulders") and the muscles were
  /// expanded to the whole group (group-level precision).
  bool group_level_muscles = false;

  // Equipment
  std::optional<equipment_set> equipment;        ///< needed kit; empty optional = unknown
  std::vector<equipment_set> equipment_options;  ///< alternative kits, any one of which works

  // Instructions
  std::vector<std::string> setup;  ///< starting position
  std::vector<std::string> steps;  ///< ordered
  std::vector<std::string> cues;
  std::vector<std::string> mistakes;  ///< common mistakes
  std::optional<exercise::breathing> breathing;
  std::optional<exercise::tempo> tempo;
  std::vector<exercise::rep_guidance> rep_guidance;

  // Links
  std::string variation_group;            ///< id shared by variations; empty = none known
  std::vector<std::string> variation_of;  ///< ids this is a variation of
  std::vector<std::string> progressions;  ///< harder next steps
  std::vector<std::string> regressions;   ///< easier previous steps
  std::vector<substitute> substitutes;

  // Provenance
  std::vector<media_ref> media;
  std::optional<source_ref> source;
  std::optional<license_info> license;
  std::vector<extension_field> extensions;  ///< unknown JSON members, for lossless round trips

  [[nodiscard]] friend bool operator==(const exercise_description&,
                                       const exercise_description&) = default;
};

/// Default volume credit per hard set: 1.0 for a primary muscle, 0.5 for a secondary one.
inline constexpr double default_primary_credit = 1.0;
inline constexpr double default_secondary_credit = 0.5;

/// Volume credit of `m` for one hard set of `e`: the explicit `muscle_weights` entry when
/// there is one, else 1.0 for a primary muscle, 0.5 for a secondary one, 0 otherwise.
[[nodiscard]] inline double credit(const exercise_description& e, muscle m) noexcept {
  for (const muscle_credit& w : e.muscle_weights) {
    if (w.target == m) return w.credit;
  }
  if (e.primary_muscles.contains(m)) return default_primary_credit;
  if (e.secondary_muscles.contains(m)) return default_secondary_credit;
  return 0.0;
}

/// Credits of all 26 muscles for one hard set of `e`, indexed by the muscle's value.
[[nodiscard]] inline std::array<double, muscle_count> credits(
    const exercise_description& e) noexcept {
  std::array<double, muscle_count> out{};
  for (muscle m : all_values<muscle>())
    out[detail::index_of(m)] = credit(e, m);
  return out;
}

/// Primary and secondary muscles together.
[[nodiscard]] inline muscle_set worked_muscles(const exercise_description& e) noexcept {
  return e.primary_muscles | e.secondary_muscles;
}

/// Coarse body regions trained as a prime mover (derived from the primary muscles).
[[nodiscard]] inline muscle_group_set primary_groups(const exercise_description& e) noexcept {
  return groups_of(e.primary_muscles);
}

/// True when `available` (plus bodyweight) covers the main kit or one alternative kit.
/// False when the equipment is unknown.
[[nodiscard]] inline bool can_perform_with(const exercise_description& e,
                                           equipment_set available) noexcept {
  if (!e.equipment) return false;
  if (kit_available(*e.equipment, available)) return true;
  for (const equipment_set& kit : e.equipment_options) {
    if (kit_available(kit, available)) return true;
  }
  return false;
}

/// Rep guidance for `goal`, or nullptr when the description has none for it.
[[nodiscard]] inline const exercise::rep_guidance* guidance_for(const exercise_description& e,
                                                                training_goal goal) noexcept {
  for (const exercise::rep_guidance& g : e.rep_guidance) {
    if (g.goal == goal) return &g;
  }
  return nullptr;
}

}  // namespace physique::exercise
