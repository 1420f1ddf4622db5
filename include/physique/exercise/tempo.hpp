// SPDX-License-Identifier: MIT
// The 4-phase lifting tempo (eccentric, bottom pause, concentric, top pause) written
// "3-1-X-0" or "31X0", with `X` for an explosive concentric. Notation as used by strength
// coaches and by exercemus' `tempo` field; see docs/exercise.md, "Tempo".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <physique/exercise/text_error.hpp>

namespace physique::exercise {

/// A repetition tempo in whole seconds per phase, in the order the digits are written:
/// lowering (eccentric), pause in the stretched position, lifting (concentric), pause in the
/// contracted position. For pulling exercises the "bottom" is the stretched position (arms
/// long) as well; the digits always follow the eccentric-pause-concentric-pause order.
struct tempo {
  unsigned eccentric = 0;             ///< s, lowering / lengthening phase
  unsigned bottom_pause = 0;          ///< s, pause in the stretched position
  unsigned concentric = 0;            ///< s; 0 and ignored when `explosive_concentric`
  unsigned top_pause = 0;             ///< s, pause in the contracted position
  bool explosive_concentric = false;  ///< `X`: lift as fast as possible with control

  [[nodiscard]] friend constexpr bool operator==(const tempo&, const tempo&) noexcept = default;

  /// Seconds per repetition, counting an explosive concentric as `explosive_seconds`
  /// (commonly 1 s for time-under-tension estimates).
  [[nodiscard]] constexpr unsigned seconds_per_rep(unsigned explosive_seconds = 1) const noexcept {
    return eccentric + bottom_pause + (explosive_concentric ? explosive_seconds : concentric) +
           top_pause;
  }
};

/// How a tempo is written: `dashed` "3-1-X-0" (any number of seconds per phase) or
/// `compact` "31X0" (one character per phase, so every phase 0-9 s).
enum class tempo_notation : unsigned char { dashed, compact };

/// Longest phase accepted when parsing the dashed notation (s). Longer holds are isometric
/// work and are prescribed in seconds, not as a tempo.
inline constexpr unsigned max_tempo_phase_seconds = 60;

namespace detail {
constexpr bool parse_phase(std::string_view text, bool allow_x, unsigned& seconds,
                           bool& explosive) noexcept {
  if (text.empty() || text.size() > 2) return false;
  if (text.size() == 1 && (text[0] == 'X' || text[0] == 'x')) {
    if (!allow_x) return false;
    explosive = true;
    seconds = 0;
    return true;
  }
  unsigned v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    v = v * 10U + static_cast<unsigned>(c - '0');
  }
  if (v > max_tempo_phase_seconds) return false;
  seconds = v;
  return true;
}
}  // namespace detail

/// Parses "3-1-X-0" (dashed; each phase 0-60 s, one or two digits) or "31X0" (compact; four
/// characters). `X` (either case) is accepted for the concentric phase only. Surrounding
/// blanks are ignored. Returns `std::nullopt` for anything else ("3-1-X", "3-1-1-0-0",
/// "X100", "3 1 1 0", "").
[[nodiscard]] constexpr std::optional<tempo> try_parse_tempo(std::string_view text) noexcept {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
    text.remove_suffix(1);
  std::string_view parts[4];
  if (text.find('-') == std::string_view::npos) {
    if (text.size() != 4) return std::nullopt;
    for (std::size_t i = 0; i < 4; ++i)
      parts[i] = text.substr(i, 1);
  } else {
    std::size_t start = 0;
    for (std::size_t i = 0; i < 4; ++i) {
      const std::size_t dash = text.find('-', start);
      if ((i < 3) == (dash == std::string_view::npos)) return std::nullopt;
      parts[i] = text.substr(start, i < 3 ? dash - start : std::string_view::npos);
      start = dash + 1;
    }
  }
  tempo t;
  bool explosive_unused = false;
  if (!detail::parse_phase(parts[0], false, t.eccentric, explosive_unused) ||
      !detail::parse_phase(parts[1], false, t.bottom_pause, explosive_unused) ||
      !detail::parse_phase(parts[2], true, t.concentric, t.explosive_concentric) ||
      !detail::parse_phase(parts[3], false, t.top_pause, explosive_unused)) {
    return std::nullopt;
  }
  return t;
}

/// Parses a tempo like `try_parse_tempo`.
/// \throws physique::invalid_argument naming `tempo` and the text when it is not a tempo.
[[nodiscard]] inline tempo parse_tempo(std::string_view text) {
  if (auto t = try_parse_tempo(text)) return *t;
  detail::report_text_error("tempo", "\"" + std::string(text) + "\"",
                            "must be four phases like 3-1-X-0 or 31X0 (0-60 s each, X only "
                            "for the concentric)");
}

/// Writes a tempo: "3-1-X-0" (dashed, default) or "31X0" (compact).
/// \throws physique::invalid_argument naming `tempo` when the compact notation is asked for
///         and a phase is longer than 9 s (it has no one-character spelling).
[[nodiscard]] inline std::string to_string(const tempo& t,
                                           tempo_notation notation = tempo_notation::dashed) {
  const unsigned phases[4] = {t.eccentric, t.bottom_pause, t.concentric, t.top_pause};
  std::string out;
  for (std::size_t i = 0; i < 4; ++i) {
    if (notation == tempo_notation::dashed && i > 0) out += '-';
    if (i == 2 && t.explosive_concentric) {
      out += 'X';
      continue;
    }
    if (notation == tempo_notation::compact && phases[i] > 9) {
      detail::report_text_error("tempo", "phase of " + std::to_string(phases[i]) + " s",
                                "every phase must be 0-9 s for the compact notation");
    }
    out += std::to_string(phases[i]);
  }
  return out;
}

}  // namespace physique::exercise
