// SPDX-License-Identifier: MIT
// A conservative guess of an exercise's movement pattern from its English name (and
// modality), for importing data sets that have none (free-exercise-db). Keyword rules written
// for physique; the exercise-model survey (section 8) asks for patterns to be derived on
// import where possible and reported where not.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <physique/exercise/modality.hpp>
#include <physique/exercise/movement_pattern.hpp>

namespace physique::exercise {

namespace detail {

/// Lower-case letters and digits, every other run of characters as one space, padded with a
/// space at both ends (" barbell bench press ").
inline std::string pattern_words(std::string_view name) {
  std::string out = " ";
  for (char c : name) {
    const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    const bool alnum = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9');
    if (alnum) {
      out += l;
    } else if (out.back() != ' ') {
      out += ' ';
    }
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

/// True when the words `key` (already in `pattern_words` form without the padding) occur in
/// `words` starting at a word, ending at a word end or followed by a plural "s" / "es".
inline bool has_words(const std::string& words, std::string_view key) {
  std::string needle = " ";
  needle += key;
  for (std::size_t at = words.find(needle); at != std::string::npos;
       at = words.find(needle, at + 1)) {
    std::size_t end = at + needle.size();
    if (words[end] == ' ') return true;
    if (words.compare(end, 2, "s ") == 0) return true;
    if (words.compare(end, 3, "es ") == 0) return true;
  }
  return false;
}

struct pattern_rule {
  std::string_view words;
  movement_pattern pattern;
};

// First match wins, so specific phrases come before the general words they contain.
inline constexpr std::array<pattern_rule, 77> pattern_rules{{
    {"leg curl", movement_pattern::knee_flexion},
    {"hamstring curl", movement_pattern::knee_flexion},
    {"nordic", movement_pattern::knee_flexion},
    {"glute ham raise", movement_pattern::knee_flexion},
    {"leg extension", movement_pattern::knee_extension},
    {"reverse fly", movement_pattern::reverse_fly},
    {"reverse flye", movement_pattern::reverse_fly},
    {"rear delt", movement_pattern::reverse_fly},
    {"pull apart", movement_pattern::reverse_fly},
    {"face pull", movement_pattern::horizontal_pull},
    {"pullover", movement_pattern::pullover},
    {"straight arm pulldown", movement_pattern::pullover},
    {"fly", movement_pattern::fly},
    {"flye", movement_pattern::fly},
    {"pec deck", movement_pattern::fly},
    {"crossover", movement_pattern::fly},
    {"pull up", movement_pattern::vertical_pull},
    {"pullup", movement_pattern::vertical_pull},
    {"chin up", movement_pattern::vertical_pull},
    {"chinup", movement_pattern::vertical_pull},
    {"pulldown", movement_pattern::vertical_pull},
    {"pull down", movement_pattern::vertical_pull},
    {"row", movement_pattern::horizontal_pull},
    {"romanian deadlift", movement_pattern::hinge},
    {"deadlift", movement_pattern::hinge},
    {"good morning", movement_pattern::hinge},
    {"kettlebell swing", movement_pattern::hinge},
    {"rack pull", movement_pattern::hinge},
    {"hyperextension", movement_pattern::hip_extension},
    {"back extension", movement_pattern::hip_extension},
    {"hip thrust", movement_pattern::hip_extension},
    {"glute bridge", movement_pattern::hip_extension},
    {"hip extension", movement_pattern::hip_extension},
    {"clean", movement_pattern::olympic_lift},
    {"snatch", movement_pattern::olympic_lift},
    {"jerk", movement_pattern::olympic_lift},
    {"lunge", movement_pattern::lunge},
    {"split squat", movement_pattern::lunge},
    {"step up", movement_pattern::lunge},
    {"squat", movement_pattern::squat},
    {"leg press", movement_pattern::squat},
    {"calf raise", movement_pattern::plantar_flexion},
    {"calf press", movement_pattern::plantar_flexion},
    {"bench press", movement_pattern::horizontal_push},
    {"chest press", movement_pattern::horizontal_push},
    {"floor press", movement_pattern::horizontal_push},
    {"push up", movement_pattern::horizontal_push},
    {"pushup", movement_pattern::horizontal_push},
    {"overhead press", movement_pattern::vertical_push},
    {"shoulder press", movement_pattern::vertical_push},
    {"military press", movement_pattern::vertical_push},
    {"push press", movement_pattern::vertical_push},
    {"arnold press", movement_pattern::vertical_push},
    {"lateral raise", movement_pattern::lateral_raise},
    {"side lateral raise", movement_pattern::lateral_raise},
    {"front raise", movement_pattern::front_raise},
    {"shrug", movement_pattern::shrug},
    {"wrist curl", movement_pattern::wrist},
    {"curl", movement_pattern::elbow_flexion},
    {"triceps extension", movement_pattern::elbow_extension},
    {"tricep extension", movement_pattern::elbow_extension},
    {"pushdown", movement_pattern::elbow_extension},
    {"skullcrusher", movement_pattern::elbow_extension},
    {"kickback", movement_pattern::elbow_extension},
    {"crunch", movement_pattern::trunk_flexion},
    {"sit up", movement_pattern::trunk_flexion},
    {"situp", movement_pattern::trunk_flexion},
    {"plank", movement_pattern::anti_extension},
    {"rollout", movement_pattern::anti_extension},
    {"russian twist", movement_pattern::trunk_rotation},
    {"woodchop", movement_pattern::trunk_rotation},
    {"farmer", movement_pattern::carry},
    {"carry", movement_pattern::carry},
    {"leg raise", movement_pattern::hip_flexion},
    {"knee raise", movement_pattern::hip_flexion},
    {"jump", movement_pattern::jump},
    {"throw", movement_pattern::throw_},
}};

consteval bool rules_are_complete() {
  for (const pattern_rule& r : pattern_rules) {
    if (r.words.empty()) return false;
  }
  return true;
}
static_assert(rules_are_complete(), "every rule needs its words");

}  // namespace detail

/// Guesses the movement pattern of an exercise from its English `name`: stretches (by
/// `modality`) are `stretch`; otherwise the first of the keyword rules that matches whole
/// words of the name ("Barbell Deadlift" -> hinge, "Wide-Grip Lat Pulldown" ->
/// vertical_pull, "Leg Curl" -> knee_flexion before "Curl" -> elbow_flexion). Plurals ("Rows",
/// "Crunches") match. Returns `std::nullopt` when no rule applies: the caller reports it
/// rather than filing the exercise under a made-up "other". A heuristic: review the result
/// for data that matters.
[[nodiscard]] inline std::optional<movement_pattern> guess_movement_pattern(
    std::string_view name, std::optional<exercise::modality> modality = std::nullopt) {
  if (modality == exercise::modality::stretching) return movement_pattern::stretch;
  const std::string words = detail::pattern_words(name);
  for (const detail::pattern_rule& rule : detail::pattern_rules) {
    if (detail::has_words(words, rule.words)) return rule.pattern;
  }
  return std::nullopt;
}

}  // namespace physique::exercise
