// SPDX-License-Identifier: MIT
// Training volume from a log: volume load (tonnage) and hard sets per muscle and per coarse
// muscle group, with fractional credit for secondary muscles (Pelland et al. 2024, SportRxiv:
// 1.0 for the target muscle, 0.5 for synergists fits best) and one set per left+right pair of
// a unilateral exercise. Hard sets: sets ending at or below ~4 RIR (Schoenfeld, Ogborn,
// Krieger 2017, J Sports Sci 35(11):1073-1082, count sets per muscle per week).
#pragma once

#include <array>
#include <cstddef>
#include <iterator>
#include <span>
#include <type_traits>

#include <physique/core/units.hpp>
#include <physique/detail/contiguous.hpp>
#include <physique/detail/require.hpp>
#include <physique/exercise/description.hpp>
#include <physique/exercise/muscle.hpp>
#include <physique/training/date.hpp>
#include <physique/training/training_log.hpp>

namespace physique::training {

/// How much one set of an exercise counts for a muscle ({target, credit}): 1.0 for a primary
/// (target) muscle, typically 0.5 for a secondary (synergist) one. The same type as the
/// exercise description's `exercise::muscle_credit`.
using muscle_credit = exercise::muscle_credit;

/// Number of coarse muscle groups (8).
inline constexpr std::size_t muscle_group_count = exercise::vocabulary_size<exercise::muscle_group>;

/// Which sets count as hard sets.
template <real T = double>
struct hard_set_rule {
  /// A rated set is hard when its repetitions in reserve are at most this (RPE >= 6 for 4).
  T max_reps_in_reserve = T{4};
  /// Whether working sets without an RIR/RPE rating count as hard (apps that do not ask for a
  /// rating assume working sets are hard).
  bool count_unrated = true;
};

/// True for a working (not warm-up) set that is hard under `rule`.
template <real T, class Exercise>
[[nodiscard]] constexpr bool is_hard_set(const set_record<T, Exercise>& s,
                                         const hard_set_rule<T>& rule = {}) noexcept {
  if (s.warm_up) return false;
  const std::optional<T> rir = s.rating.rir();
  if (!rir) return rule.count_unrated;
  return *rir <= rule.max_reps_in_reserve;
}

/// Sets per muscle and per coarse group (fractional). The group value credits a set once per
/// group with the largest credit of that group's muscles (a row that works lats and upper back
/// is one back set, not two).
template <real T = double>
struct muscle_volume {
  std::array<T, exercise::muscle_count> muscles{};
  std::array<T, muscle_group_count> groups{};

  [[nodiscard]] constexpr T operator[](exercise::muscle m) const noexcept {
    return muscles[static_cast<std::size_t>(m)];
  }
  [[nodiscard]] constexpr T operator[](exercise::muscle_group g) const noexcept {
    return groups[static_cast<std::size_t>(g)];
  }
  constexpr muscle_volume& operator+=(const muscle_volume& o) noexcept {
    for (std::size_t i = 0; i < muscles.size(); ++i)
      muscles[i] += o.muscles[i];
    for (std::size_t i = 0; i < groups.size(); ++i)
      groups[i] += o.groups[i];
    return *this;
  }
};

namespace detail {

inline constexpr void require_credit(double credit) {
  physique::detail::require(is_finite(credit) && credit >= 0.0 && credit <= 1.0, "credit", credit,
                            "", "must be within 0-1");
}

/// Adds `count` sets of an exercise with the given credits: either a range of
/// {target, credit} entries or a dense array of credits indexed by muscle (the form
/// `exercise::credits(description)` returns).
template <real T, class Credits>
constexpr void add_sets(muscle_volume<T>& v, const Credits& credits, T count) {
  std::array<T, muscle_group_count> group_credit{};
  const auto add = [&](exercise::muscle m, double raw) {
    require_credit(raw);
    const T credit = static_cast<T>(raw);
    if (credit == T{0}) return;
    v.muscles[static_cast<std::size_t>(m)] += credit * count;
    T& g = group_credit[static_cast<std::size_t>(exercise::group_of(m))];
    if (credit > g) g = credit;
  };
  using entry = std::remove_cvref_t<decltype(*std::begin(credits))>;
  if constexpr (std::is_arithmetic_v<entry>) {
    std::size_t i = 0;
    for (const auto raw : credits) {
      if (i >= exercise::muscle_count) break;
      add(static_cast<exercise::muscle>(i++), static_cast<double>(raw));
    }
  } else {
    for (const auto& c : credits)
      add(c.target, static_cast<double>(c.credit));
  }
  for (std::size_t i = 0; i < muscle_group_count; ++i)
    v.groups[i] += group_credit[i] * count;
}

}  // namespace detail

/// Hard sets of one session per muscle and group.
///
/// `credits` is a callable taking the set's exercise key and returning either a range of
/// `muscle_credit` (a `std::span<const muscle_credit>`, an array, a vector...) or a dense
/// array of 26 credits indexed by muscle (what `exercise::credits(description)` returns, so
/// a catalog lookup works as is). A bilateral
/// set counts 1 x credit. Unilateral sets (side left or right) of the same exercise in the
/// session count max(left sets, right sets): a left+right pair is one set.
/// Throws `invalid_argument` naming `credit` for a credit outside 0-1.
template <real T, class Exercise, class Credits>
[[nodiscard]] constexpr muscle_volume<T> session_hard_sets(const session<T, Exercise>& s,
                                                           const Credits& credits,
                                                           const hard_set_rule<T>& rule = {}) {
  muscle_volume<T> v;
  const auto& sets = s.sets;
  for (std::size_t i = 0; i < sets.size(); ++i) {
    const auto& set = sets[i];
    if (!is_hard_set(set, rule)) continue;
    if (set.side == body_side::both) {
      detail::add_sets(v, credits(set.exercise), T{1});
      continue;
    }
    // One-sided: handle each exercise once, at its first hard one-sided set.
    bool seen = false;
    for (std::size_t j = 0; j < i && !seen; ++j) {
      seen = sets[j].side != body_side::both && sets[j].exercise == set.exercise &&
             is_hard_set(sets[j], rule);
    }
    if (seen) continue;
    int left = 0;
    int right = 0;
    for (std::size_t j = i; j < sets.size(); ++j) {
      const auto& other = sets[j];
      if (other.side == body_side::both || !(other.exercise == set.exercise) ||
          !is_hard_set(other, rule)) {
        continue;
      }
      (other.side == body_side::left ? left : right) += 1;
    }
    detail::add_sets(v, credits(set.exercise), static_cast<T>(left > right ? left : right));
  }
  return v;
}

/// Hard sets per muscle and group over the sessions dated in [from, until) (any order).
/// See `session_hard_sets` for `credits` and the counting rules. O(sets).
template <real T, class Exercise, class Credits>
[[nodiscard]] constexpr muscle_volume<T> hard_sets(std::span<const session<T, Exercise>> sessions,
                                                   const Credits& credits, date from, date until,
                                                   const hard_set_rule<T>& rule = {}) {
  muscle_volume<T> v;
  for (const auto& s : sessions) {
    if (s.day >= from && s.day < until) v += session_hard_sets(s, credits, rule);
  }
  return v;
}

/// As above, for any contiguous range: a `std::array`, a `std::vector`, a C array...
template <physique::detail::contiguous_input Sessions, class Credits, class... Rule>
[[nodiscard]] constexpr auto hard_sets(const Sessions& sessions, const Credits& credits, date from,
                                       date until, const Rule&... rule) {
  return hard_sets(physique::detail::input_span(sessions), credits, from, until, rule...);
}

/// Hard sets per muscle and group in the 7 days starting at `week_start` (use
/// `start_of_week(d)` for the Monday of a date's week).
template <real T, class Exercise, class Credits>
[[nodiscard]] constexpr muscle_volume<T> weekly_hard_sets(
    std::span<const session<T, Exercise>> sessions, const Credits& credits, date week_start,
    const hard_set_rule<T>& rule = {}) {
  return hard_sets(sessions, credits, week_start, week_start + 7, rule);
}

/// As above, for any contiguous range: a `std::array`, a `std::vector`, a C array...
template <physique::detail::contiguous_input Sessions, class Credits, class... Rule>
[[nodiscard]] constexpr auto weekly_hard_sets(const Sessions& sessions, const Credits& credits,
                                              date week_start, const Rule&... rule) {
  return weekly_hard_sets(physique::detail::input_span(sessions), credits, week_start, rule...);
}

/// Hard sets for consecutive weeks: `out[k]` receives the week starting `first_week_start +
/// 7k`. Sessions outside the covered weeks are ignored; `out` is overwritten. O(sets), no
/// allocation.
template <real T, class Exercise, class Credits>
constexpr void hard_sets_by_week(std::span<const session<T, Exercise>> sessions,
                                 const Credits& credits, date first_week_start,
                                 std::span<muscle_volume<T>> out,
                                 const hard_set_rule<T>& rule = {}) {
  for (auto& w : out)
    w = muscle_volume<T>{};
  const int weeks = static_cast<int>(out.size());
  for (const auto& s : sessions) {
    const int days = s.day - first_week_start;
    if (days < 0) continue;
    const int week = days / 7;
    if (week >= weeks) continue;
    out[static_cast<std::size_t>(week)] += session_hard_sets(s, credits, rule);
  }
}

/// As above, for any contiguous ranges: `std::array`, `std::vector`, C arrays...
template <physique::detail::contiguous_input Sessions, class Credits,
          physique::detail::contiguous_output Out, class... Rule>
constexpr void hard_sets_by_week(const Sessions& sessions, const Credits& credits,
                                 date first_week_start, Out&& out, const Rule&... rule) {
  hard_sets_by_week(physique::detail::input_span(sessions), credits, first_week_start,
                    physique::detail::output_span(out), rule...);
}

/// Volume load (tonnage) of one set: load x reps (0 for timed sets). One side of a
/// unilateral exercise counts its own load x reps.
template <real T, class Exercise>
[[nodiscard]] constexpr mass<T> volume_load(const set_record<T, Exercise>& s) noexcept {
  return s.load * static_cast<T>(s.reps);
}

/// Volume load (tonnage) of sessions: sum of load x reps of their sets, warm-ups excluded
/// unless `include_warm_ups`. Example: 3 x 5 x 100 kg = 1500 kg (wger: 10 kg x 5 = 50).
template <real T, class Exercise>
[[nodiscard]] constexpr mass<T> volume_load(std::span<const session<T, Exercise>> sessions,
                                            bool include_warm_ups = false) noexcept {
  mass<T> total{};
  for (const auto& s : sessions) {
    for (const auto& set : s.sets) {
      if (!set.warm_up || include_warm_ups) total += volume_load(set);
    }
  }
  return total;
}

/// As above, for any contiguous range: a `std::array`, a `std::vector`, a C array...
template <physique::detail::contiguous_input Sessions>
[[nodiscard]] constexpr auto volume_load(const Sessions& sessions,
                                         bool include_warm_ups = false) noexcept {
  return volume_load(physique::detail::input_span(sessions), include_warm_ups);
}

}  // namespace physique::training
