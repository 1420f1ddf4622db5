// SPDX-License-Identifier: MIT
// Weekly structure of a training log: how many sessions hit each muscle (or coarse group) in a
// week, the hours between them, and findings against the guideline of 2-3 sessions a week at
// least 48 h apart. Sources: ACSM position stand (Ratamess NA et al., Med Sci Sports Exerc
// 2009;41(3):687-708; Garber CE et al., Med Sci Sports Exerc 2011;43(7):1334-1359);
// Schoenfeld BJ, Ogborn D, Krieger JW, Sports Med 2016;46(11):1689-1697.
#pragma once

#include <array>
#include <cstddef>
#include <limits>
#include <span>
#include <vector>

#include <physique/core/citation.hpp>
#include <physique/detail/contiguous.hpp>
#include <physique/detail/require.hpp>
#include <physique/exercise/muscle.hpp>
#include <physique/training/date.hpp>
#include <physique/training/training_log.hpp>
#include <physique/training/volume.hpp>

namespace physique::training {

/// Source of the 2-3 sessions a week, 48 h apart guideline.
inline constexpr citation frequency_citation{
    "American College of Sports Medicine (Ratamess NA et al.)",
    2009,
    "Progression models in resistance training for healthy adults",
    "Med Sci Sports Exerc 41(3):687-708",
    "10.1249/MSS.0b013e3181915670",
    "at least 48 h between sessions for the same muscle group; >= 2 sessions a week: "
    "Schoenfeld, Ogborn, Krieger, Sports Med 2016;46(11):1689-1697, "
    "doi 10.1007/s40279-016-0543-8"};

/// Whether frequency is counted per muscle (26) or per coarse group (8).
enum class frequency_level : unsigned char { muscle, group };

/// The weekly-structure rule. Defaults: 2-3 sessions a week per muscle, at least 48 h apart
/// (ACSM 2009; Schoenfeld et al. 2016: >= 2 a week beats 1); a session counts for a muscle
/// when it gives it at least one hard set (so two sets with 0.5 secondary credit count).
template <real T = double>
struct frequency_rule {
  int min_sessions = 2;
  int max_sessions = 3;
  T min_hours_between = T{48};
  T min_sets_per_session = T{1};
  frequency_level level = frequency_level::muscle;
  hard_set_rule<T> hard{};
  /// Muscles (at the `muscle` level) reported as too rarely trained even when not trained at
  /// all that week; other muscles are checked only when trained at least once.
  exercise::muscle_set required_muscles{};
  /// The same for groups (at the `group` level).
  exercise::muscle_group_set required_groups{};
};

/// What a finding says.
enum class frequency_issue : unsigned char {
  too_few_sessions,     ///< fewer than `min_sessions` in the week
  too_many_sessions,    ///< more than `max_sessions` in the week
  too_little_recovery,  ///< two sessions hitting it less than `min_hours_between` apart
};

/// Stable snake_case name of a frequency issue ("too_little_recovery").
[[nodiscard]] constexpr const char* to_string(frequency_issue i) noexcept {
  switch (i) {
    case frequency_issue::too_few_sessions:
      return "too_few_sessions";
    case frequency_issue::too_many_sessions:
      return "too_many_sessions";
    case frequency_issue::too_little_recovery:
      return "too_little_recovery";
  }
  return "";
}

/// One finding of the weekly-structure check. `muscle` is meaningful at the muscle level,
/// `group` at the group level; `sessions` is the week's count of sessions hitting it. For
/// recovery findings `earlier` / `later` are the two sessions' dates and `hours_between`
/// their distance; otherwise both dates are the week's start.
template <real T = double>
struct frequency_finding {
  frequency_level level = frequency_level::muscle;
  exercise::muscle muscle = exercise::muscle::chest;
  exercise::muscle_group group = exercise::muscle_group::chest;
  frequency_issue issue = frequency_issue::too_few_sessions;
  int sessions = 0;
  T hours_between = T{0};
  date earlier{};
  date later{};
};

/// The week's structure: sessions per muscle and group, the shortest gap between sessions
/// hitting each (hours; +infinity when there is no pair, a session in the days before the
/// week counting as the first of a pair), and the findings.
template <real T = double>
struct weekly_structure {
  date week_start{};
  std::array<int, exercise::muscle_count> muscle_sessions{};
  std::array<T, exercise::muscle_count> muscle_shortest_gap_hours{};
  std::array<int, muscle_group_count> group_sessions{};
  std::array<T, muscle_group_count> group_shortest_gap_hours{};
  std::vector<frequency_finding<T>> findings{};

  [[nodiscard]] int sessions(exercise::muscle m) const noexcept {
    return muscle_sessions[static_cast<std::size_t>(m)];
  }
  [[nodiscard]] int sessions(exercise::muscle_group g) const noexcept {
    return group_sessions[static_cast<std::size_t>(g)];
  }
};

/// Checks the week starting `week_start` (7 days) of a log in time order.
///
/// A session hits a muscle (group) when its hard sets for it (see `session_hard_sets`; group
/// values credit a set once per group) reach `rule.min_sets_per_session`. Sessions in the
/// days before the week are read only to measure the first gap of the week.
/// Throws `invalid_argument` naming `session_date` if the sessions are not in time order,
/// `min_sessions` / `max_sessions` / `min_hours_between` / `min_sets_per_session` if the rule
/// is impossible, or `credit` for a bad credit. Allocates only the findings.
template <real T, class Exercise, class Credits>
[[nodiscard]] weekly_structure<T> check_weekly_structure(
    std::span<const session<T, Exercise>> sessions, const Credits& credits, date week_start,
    const frequency_rule<T>& rule = {}) {
  physique::detail::require(rule.min_sessions >= 0, "min_sessions",
                            static_cast<double>(rule.min_sessions), "", "must be zero or more");
  physique::detail::require(rule.max_sessions >= rule.min_sessions, "max_sessions",
                            static_cast<double>(rule.max_sessions), "",
                            "must be at least min_sessions");
  physique::detail::require_non_negative("min_hours_between", rule.min_hours_between, "h");
  physique::detail::require_positive("min_sets_per_session", rule.min_sets_per_session, "sets");
  require_in_order(sessions);

  constexpr std::size_t nm = exercise::muscle_count;
  constexpr std::size_t ng = muscle_group_count;
  constexpr T infinity = std::numeric_limits<T>::infinity();
  weekly_structure<T> out;
  out.week_start = week_start;
  out.muscle_shortest_gap_hours.fill(infinity);
  out.group_shortest_gap_hours.fill(infinity);

  // The last session (index) that hit each muscle / group; -1 for none.
  std::array<std::ptrdiff_t, nm> last_muscle;
  std::array<std::ptrdiff_t, ng> last_group;
  last_muscle.fill(-1);
  last_group.fill(-1);

  const date week_end = week_start + 7;
  // Sessions further back than this cannot be closer than min_hours_between to one in the week.
  const int lookback_days = static_cast<int>(rule.min_hours_between / T{24}) + 2;
  const date read_from = week_start - lookback_days;

  const auto note_gap = [&](std::size_t prev, std::size_t cur, T& shortest, bool check,
                            frequency_finding<T> finding) {
    const T hours = hours_between(sessions[prev], sessions[cur]);
    if (hours < shortest) shortest = hours;
    if (check && hours < rule.min_hours_between) {
      finding.issue = frequency_issue::too_little_recovery;
      finding.hours_between = hours;
      finding.earlier = sessions[prev].day;
      finding.later = sessions[cur].day;
      out.findings.push_back(finding);
    }
  };

  for (std::size_t i = 0; i < sessions.size(); ++i) {
    const auto& s = sessions[i];
    if (s.day < read_from) continue;
    if (s.day >= week_end) break;
    const bool in_week = s.day >= week_start;
    const muscle_volume<T> v = session_hard_sets(s, credits, rule.hard);
    for (std::size_t m = 0; m < nm; ++m) {
      if (v.muscles[m] < rule.min_sets_per_session) continue;
      if (in_week) {
        ++out.muscle_sessions[m];
        if (last_muscle[m] >= 0) {
          frequency_finding<T> f;
          f.level = frequency_level::muscle;
          f.muscle = static_cast<exercise::muscle>(m);
          f.group = exercise::group_of(f.muscle);
          note_gap(static_cast<std::size_t>(last_muscle[m]), i, out.muscle_shortest_gap_hours[m],
                   rule.level == frequency_level::muscle, f);
        }
      }
      last_muscle[m] = static_cast<std::ptrdiff_t>(i);
    }
    for (std::size_t g = 0; g < ng; ++g) {
      if (v.groups[g] < rule.min_sets_per_session) continue;
      if (in_week) {
        ++out.group_sessions[g];
        if (last_group[g] >= 0) {
          frequency_finding<T> f;
          f.level = frequency_level::group;
          f.group = static_cast<exercise::muscle_group>(g);
          note_gap(static_cast<std::size_t>(last_group[g]), i, out.group_shortest_gap_hours[g],
                   rule.level == frequency_level::group, f);
        }
      }
      last_group[g] = static_cast<std::ptrdiff_t>(i);
    }
  }

  // Recovery findings carry the week's session count too.
  for (frequency_finding<T>& f : out.findings) {
    f.sessions = f.level == frequency_level::muscle
                     ? out.muscle_sessions[static_cast<std::size_t>(f.muscle)]
                     : out.group_sessions[static_cast<std::size_t>(f.group)];
  }

  const auto count_finding = [&](frequency_finding<T> f, int count, bool required) {
    f.sessions = count;
    f.earlier = week_start;
    f.later = week_start;
    if ((count > 0 || required) && count < rule.min_sessions) {
      f.issue = frequency_issue::too_few_sessions;
      out.findings.push_back(f);
    } else if (count > rule.max_sessions) {
      f.issue = frequency_issue::too_many_sessions;
      out.findings.push_back(f);
    }
  };
  if (rule.level == frequency_level::muscle) {
    for (std::size_t m = 0; m < nm; ++m) {
      frequency_finding<T> f;
      f.level = frequency_level::muscle;
      f.muscle = static_cast<exercise::muscle>(m);
      f.group = exercise::group_of(f.muscle);
      count_finding(f, out.muscle_sessions[m], rule.required_muscles.contains(f.muscle));
    }
  } else {
    for (std::size_t g = 0; g < ng; ++g) {
      frequency_finding<T> f;
      f.level = frequency_level::group;
      f.group = static_cast<exercise::muscle_group>(g);
      count_finding(f, out.group_sessions[g], rule.required_groups.contains(f.group));
    }
  }
  return out;
}

/// As above, for any contiguous range: a `std::array`, a `std::vector`, a C array...
template <physique::detail::contiguous_input Sessions, class Credits, class... Rule>
[[nodiscard]] auto check_weekly_structure(const Sessions& sessions, const Credits& credits,
                                          date week_start, const Rule&... rule) {
  return check_weekly_structure(physique::detail::input_span(sessions), credits, week_start,
                                rule...);
}

}  // namespace physique::training
