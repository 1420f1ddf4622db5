// SPDX-License-Identifier: MIT
// The training log model: sessions on dates, each a list of sets of an exercise with load,
// reps or time, effort (RIR or RPE on the RIR-based scale, Zourdos et al. 2016), side for
// unilateral work and a warm-up flag; validation of sets and of session order.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/training/date.hpp>

namespace physique::training {

/// Default key of an exercise in a log: an index or id into the caller's exercise table or
/// the built-in catalog. Any equality-comparable type can be used instead (see `set_record`).
using exercise_ref = std::uint32_t;

/// How hard a set was, as the lifter rated it.
template <real T = double>
struct effort {
  enum class scale : unsigned char {
    none,  ///< not rated
    rir,   ///< repetitions in reserve (0 = failure)
    rpe,   ///< RPE on the RIR-based scale, 1-10 (10 = failure)
  };
  scale kind = scale::none;
  T value = T{0};

  [[nodiscard]] static constexpr effort reps_in_reserve(T rir) noexcept {
    return {scale::rir, rir};
  }
  [[nodiscard]] static constexpr effort rpe(T rating) noexcept { return {scale::rpe, rating}; }

  /// Repetitions in reserve: the RIR as given, or 10 - RPE; `std::nullopt` when unrated.
  [[nodiscard]] constexpr std::optional<T> rir() const noexcept {
    if (kind == scale::rir) return value;
    if (kind == scale::rpe) return T{10} - value;
    return std::nullopt;
  }
};

/// Which side of the body a set worked.
enum class body_side : unsigned char {
  both,   ///< a bilateral set, or an alternating one counting both sides
  left,   ///< the left side of a unilateral exercise
  right,  ///< the right side of a unilateral exercise
};

/// One set of an exercise. A plain aggregate; check it with `validate`.
template <real T = double, class Exercise = exercise_ref>
struct set_record {
  Exercise exercise{};  ///< which exercise (key into the caller's table or catalog)
  mass<T> load{};       ///< external load; 0 for bodyweight work
  int reps = 0;         ///< repetitions; 0 for a timed set
  duration<T> time{};   ///< time under load for timed sets (plank); else 0
  effort<T> rating{};   ///< RIR or RPE, if rated
  body_side side = body_side::both;
  bool warm_up = false;  ///< warm-up sets count for no volume
};

/// A training session: its date, optional start time, and its sets in order.
template <real T = double, class Exercise = exercise_ref>
struct session {
  date day{};
  int minute_of_day = 0;  ///< start time, 0-1439 (leave 0 when unknown: gaps are then whole days)
  std::vector<set_record<T, Exercise>> sets{};
};

/// Throws `invalid_argument` naming the offending field unless the set is possible: load
/// finite and >= 0, reps >= 0, time finite and >= 0, reps or time positive, RPE within
/// 1-10 or RIR within 0-10 (finite).
template <real T, class Exercise>
constexpr void validate(const set_record<T, Exercise>& s) {
  physique::detail::require_load("load", s.load);
  physique::detail::require(s.reps >= 0 && s.reps <= bounds::reps.high, "reps",
                            static_cast<double>(s.reps), "", "must be within 0-10000");
  physique::detail::require_within("time", s.time.in(seconds), T{0}, T{86400}, "s",
                                   "must be within 0-86400 s (a day)");
  physique::detail::require(s.reps > 0 || s.time > duration<T>{}, "reps",
                            static_cast<double>(s.reps), "",
                            "must be positive unless the set is timed");
  using scale = typename effort<T>::scale;
  if (s.rating.kind == scale::rpe) {
    physique::detail::require_within("rpe", s.rating.value, T{1}, T{10}, "", "must be within 1-10");
  } else if (s.rating.kind == scale::rir) {
    physique::detail::require_within("rir", s.rating.value, T{0}, T{10}, "", "must be within 0-10");
  }
}

/// Throws `invalid_argument` unless every set is valid and `minute_of_day` is within 0-1439.
template <real T, class Exercise>
constexpr void validate(const session<T, Exercise>& s) {
  physique::detail::require(s.minute_of_day >= 0 && s.minute_of_day < 1440, "minute_of_day",
                            static_cast<double>(s.minute_of_day), "min", "must be within 0-1439");
  for (const auto& set : s.sets)
    validate(set);
}

/// Hours from the start of session `a` to the start of session `b` (negative if b is earlier).
template <real T, class Exercise>
[[nodiscard]] constexpr T hours_between(const session<T, Exercise>& a,
                                        const session<T, Exercise>& b) noexcept {
  const int minutes_apart = (b.day - a.day) * 1440 + (b.minute_of_day - a.minute_of_day);
  return static_cast<T>(minutes_apart) / T{60};
}

/// Throws `invalid_argument` naming `session_date` (as yyyymmdd) if session `next` starts
/// before session `previous`.
template <real T, class Exercise>
constexpr void require_after(const session<T, Exercise>& previous,
                             const session<T, Exercise>& next) {
  physique::detail::require(
      next.day > previous.day ||
          (next.day == previous.day && next.minute_of_day >= previous.minute_of_day),
      "session_date", static_cast<double>(next.day.yyyymmdd()), "yyyymmdd",
      "must not be earlier than the session before it");
}

/// Throws `invalid_argument` naming `session_date` (as yyyymmdd) at the first session that
/// starts before the one listed before it; logs are kept in time order.
template <real T, class Exercise>
constexpr void require_in_order(std::span<const session<T, Exercise>> sessions) {
  for (std::size_t i = 1; i < sessions.size(); ++i)
    require_after(sessions[i - 1], sessions[i]);
}

/// A training log: sessions in time order. Adding a session validates it and its place in
/// the order, so every function reading a log can rely on both.
template <real T = double, class Exercise = exercise_ref>
class training_log {
 public:
  using session_type = session<T, Exercise>;
  using set_type = set_record<T, Exercise>;

  training_log() = default;

  /// From sessions already in order; throws as `add` for the first bad one.
  explicit training_log(std::vector<session_type> sessions) : sessions_(std::move(sessions)) {
    for (const auto& s : sessions_)
      validate(s);
    require_in_order(std::span<const session_type>(sessions_));
  }

  /// Appends a session. Throws `invalid_argument` if a set is invalid (naming the field) or
  /// the session starts before the last one (naming `session_date`).
  session_type& add(session_type s) {
    validate(s);
    if (!sessions_.empty()) require_after(sessions_.back(), s);
    sessions_.push_back(std::move(s));
    return sessions_.back();
  }

  [[nodiscard]] std::span<const session_type> sessions() const noexcept { return sessions_; }
  [[nodiscard]] std::size_t size() const noexcept { return sessions_.size(); }
  [[nodiscard]] bool empty() const noexcept { return sessions_.empty(); }

 private:
  std::vector<session_type> sessions_;
};

}  // namespace physique::training
