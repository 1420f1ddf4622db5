// SPDX-License-Identifier: MIT
// A training program: exercises with a progression rule and the equipment they are loaded
// with, a weekly layout of sessions, a check of the layout against the 2-3 sessions per week
// and 48 h recovery rules (ACSM: Garber et al. 2011; Schoenfeld et al. 2016), scheduled and
// stall-triggered deloads, and a runner that lays the program out N weeks ahead or gives one
// session at a time from what was really done.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <physique/core/units.hpp>
#include <physique/detail/contiguous.hpp>
#include <physique/detail/require.hpp>
#include <physique/exercise/muscle.hpp>
#include <physique/training/date.hpp>
#include <physique/training/load_rounding.hpp>
#include <physique/training/prescription.hpp>
#include <physique/training/progression.hpp>
#include <physique/training/progression_double.hpp>
#include <physique/training/progression_ladder.hpp>
#include <physique/training/progression_linear.hpp>
#include <physique/training/progression_log.hpp>
#include <physique/training/progression_rpe.hpp>
#include <physique/training/progression_volume.hpp>
#include <physique/training/progression_wave.hpp>
#include <physique/training/training_log.hpp>

namespace physique::training {

/// Any of the library's progression rules, for a program that mixes them.
template <real T = double>
using any_progression =
    std::variant<linear_progression<T>, double_progression<T>, wendler_531<T>,
                 rpe_autoregulation<T>, ladder_progression<T>, volume_ramp<double_progression<T>>,
                 volume_ramp<linear_progression<T>>>;

/// The state of an `any_progression` (same alternative order).
template <real T = double>
using any_progression_state =
    std::variant<typename linear_progression<T>::state_type,
                 typename double_progression<T>::state_type, typename wendler_531<T>::state_type,
                 typename rpe_autoregulation<T>::state_type,
                 typename ladder_progression<T>::state_type,
                 typename volume_ramp<double_progression<T>>::state_type,
                 typename volume_ramp<linear_progression<T>>::state_type>;

/// One exercise of a program.
///
/// `muscles`: the prime movers credited with one set per set done (weekly volume and the
/// frequency check); `equipment`: what the load is made with (absent: loads are used as the
/// rule computes them, e.g. bodyweight work without added load); `rounding`: the rounding
/// policy (down: never more than the rule asked).
template <real T = double>
struct program_exercise {
  std::string name;
  exercise::muscle_set muscles;
  any_progression<T> rule;
  std::optional<loadable_weights<T>> equipment;
  rounding_policy rounding = rounding_policy::down;
};

/// A session of the weekly layout: the day of the week (0 = first day of the program's week,
/// up to 6) and the program exercises done, by index.
struct session_layout {
  int day = 0;
  std::vector<int> exercises;
};

/// Frequency and recovery rules checked by `check_schedule`: each trained muscle
/// `min_sessions`-`max_sessions` times a week (2-3, ACSM 2011 and the source article), with
/// at least `min_rest_days` x 24 h between two sessions training it (2 days = 48 h).
struct schedule_rules {
  int min_sessions = 2;
  int max_sessions = 3;
  int min_rest_days = 2;
};

/// One muscle's weekly frequency as laid out, and what breaks the rules.
struct muscle_frequency {
  exercise::muscle muscle{};
  int sessions = 0;      ///< sessions per week training the muscle
  int min_gap_days = 0;  ///< smallest gap between two of them, counting across the week end
                         ///< (7 when trained once)
  bool too_few = false;
  bool too_many = false;
  bool too_close = false;
  [[nodiscard]] bool ok() const noexcept { return !too_few && !too_many && !too_close; }
};

/// A program: exercises, the weekly layout, deloads.
///
/// - `deload_every_weeks`: 0 = no scheduled deload; N = every Nth week is a deload week
///   (weeks N, 2N, ...; the reference's 4-8 weeks);
/// - `stall_sessions`: 0 = off; N = when an exercise reports N stall events in a row
///   (`repeated`, `reset`, `step_regressed`), the next week is a deload week;
/// - `deload`: how a deload week changes each prescription (rules with their own deload
///   weeks, 5/3/1 and the volume ramp, keep theirs).
template <real T = double>
struct program {
  std::vector<program_exercise<T>> exercises;
  std::vector<session_layout> sessions;
  int deload_every_weeks = 0;
  int stall_sessions = 0;
  deload_settings<T> deload{};
};

/// Checks the layout against `rules` for every muscle some exercise trains; a muscle is
/// counted once per session however many of its exercises the session holds. Days are whole
/// days: sessions on consecutive days are 24 h apart. Returns one entry per trained muscle
/// in muscle order. (The training-math schedule checks, when present, apply the same rule to
/// dated logs; this one reads a weekly layout.)
template <real T>
[[nodiscard]] std::vector<muscle_frequency> check_schedule(const program<T>& p,
                                                           const schedule_rules& rules = {}) {
  std::vector<muscle_frequency> out;
  exercise::muscle_set trained;
  for (const auto& e : p.exercises)
    trained |= e.muscles;
  trained.for_each([&](exercise::muscle m) {
    std::vector<int> days;
    for (const auto& s : p.sessions) {
      const bool hits = std::any_of(s.exercises.begin(), s.exercises.end(), [&](int i) {
        return i >= 0 && static_cast<std::size_t>(i) < p.exercises.size() &&
               p.exercises[static_cast<std::size_t>(i)].muscles.contains(m);
      });
      if (hits) days.push_back(s.day);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    muscle_frequency f;
    f.muscle = m;
    f.sessions = static_cast<int>(days.size());
    f.min_gap_days = 7;
    for (std::size_t i = 0; i < days.size(); ++i) {
      const int next = i + 1 < days.size() ? days[i + 1] : days[0] + 7;
      if (days.size() > 1) f.min_gap_days = std::min(f.min_gap_days, next - days[i]);
    }
    f.too_few = f.sessions < rules.min_sessions;
    f.too_many = f.sessions > rules.max_sessions;
    f.too_close = f.sessions > 1 && f.min_gap_days < rules.min_rest_days;
    out.push_back(f);
  });
  return out;
}

/// One exercise of a planned session: its index in the program, the prescription (loads
/// rounded to the exercise's equipment) and the rounding report.
template <real T = double>
struct planned_exercise {
  int exercise = 0;
  prescription<T> what;
  prescription_rounding<T> rounding;
};

/// A planned session.
template <real T = double>
struct planned_session {
  int week = 0;     ///< 0-based program week
  int session = 0;  ///< index in the weekly layout
  date day{};
  bool deload_week = false;
  std::vector<planned_exercise<T>> exercises;
};

/// What was done for one exercise of a session.
template <real T = double>
struct exercise_result {
  int exercise = 0;
  std::span<const set_outcome<T>> sets;
};

/// Runs a program: the next session, then the record of what was done, session after
/// session. Holds the explicit state of every rule; copy it to branch or to plan ahead.
///
/// Throws `invalid_argument` on construction naming `sessions` (empty layout, days not
/// increasing within 0-6), `exercises` (an index outside the program), `deload_every_weeks` or
/// `stall_sessions` (negative), and whatever a rule's own settings checks throw.
template <real T = double>
class program_runner {
 public:
  program_runner(program<T> p, date start) : program_(std::move(p)), start_(start) {
    physique::detail::require(!program_.sessions.empty(), "sessions", 0.0, "",
                              "a program needs at least one session a week");
    int previous = -1;
    for (const auto& s : program_.sessions) {
      physique::detail::require(s.day > previous && s.day <= 6, "sessions",
                                static_cast<double>(s.day), "", "days must increase within 0-6");
      previous = s.day;
      for (int i : s.exercises) {
        physique::detail::require(i >= 0 && static_cast<std::size_t>(i) < program_.exercises.size(),
                                  "exercises", static_cast<double>(i), "",
                                  "must index an exercise of the program");
      }
    }
    physique::detail::require(program_.deload_every_weeks >= 0, "deload_every_weeks",
                              static_cast<double>(program_.deload_every_weeks), "",
                              "must be zero (off) or positive");
    physique::detail::require(program_.stall_sessions >= 0, "stall_sessions",
                              static_cast<double>(program_.stall_sessions), "",
                              "must be zero (off) or positive");
    for (const auto& e : program_.exercises) {
      states_.push_back(std::visit(
          [](const auto& rule) -> any_progression_state<T> { return rule.initial_state(); },
          e.rule));
    }
    stalls_.assign(program_.exercises.size(), 0);
    last_events_.assign(program_.exercises.size(), progression_event::no_data);
  }

  [[nodiscard]] const program<T>& plan() const noexcept { return program_; }
  [[nodiscard]] int week() const noexcept { return week_; }
  [[nodiscard]] int session_index() const noexcept { return session_; }
  /// True when the current week is a deload week (scheduled or after a stall).
  [[nodiscard]] bool deload_week() const noexcept { return deload_now_; }
  [[nodiscard]] std::span<const any_progression_state<T>> states() const noexcept {
    return states_;
  }
  /// The event each exercise's rule reported when it was last advanced.
  [[nodiscard]] std::span<const progression_event> last_events() const noexcept {
    return last_events_;
  }

  /// The next session to do.
  [[nodiscard]] planned_session<T> next() const {
    const session_layout& layout = program_.sessions[static_cast<std::size_t>(session_)];
    planned_session<T> out;
    out.week = week_;
    out.session = session_;
    out.day = start_ + week_ * 7 + layout.day;
    out.deload_week = deload_now_;
    for (int i : layout.exercises) {
      const auto& e = program_.exercises[static_cast<std::size_t>(i)];
      prescription<T> what = std::visit(
          [&](const auto& rule) {
            using rule_type = std::decay_t<decltype(rule)>;
            return rule.prescribe(
                std::get<typename rule_type::state_type>(states_[static_cast<std::size_t>(i)]));
          },
          e.rule);
      if (deload_now_ && !what.deload) what = deload_of(what, program_.deload);
      planned_exercise<T> pe{i, what, {}};
      if (e.equipment) pe.rounding = round_prescription(pe.what, *e.equipment, e.rounding);
      out.exercises.push_back(pe);
    }
    return out;
  }

  /// Records what was done in the session `next()` returned and moves on. Exercises of the
  /// session missing from `results` are not advanced (skipped). In a program deload week the
  /// rules are not advanced unless their own prescription was a deload (5/3/1 week 4, the
  /// volume ramp's deload week), which they must pass through.
  void complete(std::span<const exercise_result<T>> results) {
    const session_layout& layout = program_.sessions[static_cast<std::size_t>(session_)];
    for (const auto& r : results) {
      const bool in_session = std::find(layout.exercises.begin(), layout.exercises.end(),
                                        r.exercise) != layout.exercises.end();
      physique::detail::require(in_session, "exercise", static_cast<double>(r.exercise), "",
                                "must be an exercise of the current session");
      const auto i = static_cast<std::size_t>(r.exercise);
      const auto& rule = program_.exercises[i].rule;
      std::visit(
          [&](const auto& x) {
            using rule_type = std::decay_t<decltype(x)>;
            using state_type = typename rule_type::state_type;
            const state_type& s = std::get<state_type>(states_[i]);
            if (deload_now_ && !x.prescribe(s).deload) {
              last_events_[i] = progression_event::deloaded;
              return;
            }
            const transition<state_type> t = x.advance(s, r.sets);
            states_[i] = t.state;
            last_events_[i] = t.event;
            if (is_stall(t.event)) {
              ++stalls_[i];
            } else if (t.event != progression_event::no_data &&
                       t.event != progression_event::deloaded) {
              stalls_[i] = 0;
            }
          },
          rule);
    }
    if (++session_ == static_cast<int>(program_.sessions.size())) {
      session_ = 0;
      ++week_;
      const bool stalled = program_.stall_sessions > 0 && !deload_now_ &&
                           std::any_of(stalls_.begin(), stalls_.end(),
                                       [&](int n) { return n >= program_.stall_sessions; });
      const bool scheduled =
          program_.deload_every_weeks > 0 && (week_ + 1) % program_.deload_every_weeks == 0;
      deload_now_ = stalled || scheduled;
      if (deload_now_) std::fill(stalls_.begin(), stalls_.end(), 0);
    }
  }

  /// Lays out the next `weeks` weeks: each session is planned, then "done" by `perform`, which
  /// receives the planned exercise and fills the vector with the sets done; the runner then
  /// advances. `perform` may be a simulated lifter, or `perform_as_prescribed`. The runner
  /// itself moves on (copy it first to keep the current state).
  template <class Perform>
  std::vector<planned_session<T>> run_weeks(int weeks, Perform&& perform) {
    physique::detail::require(weeks >= 0, "weeks", static_cast<double>(weeks), "",
                              "must be zero or more");
    std::vector<planned_session<T>> out;
    const int sessions = weeks * static_cast<int>(program_.sessions.size());
    std::vector<std::vector<set_outcome<T>>> done;
    std::vector<exercise_result<T>> results;
    for (int k = 0; k < sessions; ++k) {
      planned_session<T> s = next();
      done.assign(s.exercises.size(), {});
      results.clear();
      for (std::size_t j = 0; j < s.exercises.size(); ++j) {
        std::invoke(perform, std::as_const(s), std::as_const(s.exercises[j]), done[j]);
        results.push_back(exercise_result<T>{s.exercises[j].exercise, done[j]});
      }
      complete(results);
      out.push_back(std::move(s));
    }
    return out;
  }

 private:
  program<T> program_;
  date start_;
  std::vector<any_progression_state<T>> states_;
  std::vector<int> stalls_;
  std::vector<progression_event> last_events_;
  int week_ = 0;
  int session_ = 0;
  bool deload_now_ = false;
};

/// A `perform` for `program_runner::run_weeks` that does every set as prescribed: `reps_max`
/// reps (the top of a range; AMRAP sets too) at the prescribed load and target RPE. Useful to
/// lay out the intended progression when everything goes to plan.
struct perform_as_prescribed {
  template <real T>
  void operator()(const planned_session<T>&, const planned_exercise<T>& e,
                  std::vector<set_outcome<T>>& out) const {
    out.clear();
    for (const auto& s : e.what.sets()) {
      out.push_back(set_outcome<T>{s.load, s.reps, s.reps_max, s.rpe});
    }
  }
};

/// Sets per week crediting `m`, from planned (or done) sessions: the sets of every exercise
/// whose prime movers include `m`, summed by program week; a left + right pair is one set.
/// Returns one count per week from 0 to the last week present.
template <real T>
[[nodiscard]] std::vector<int> planned_weekly_sets(const program<T>& p,
                                                   std::span<const planned_session<T>> sessions,
                                                   exercise::muscle m) {
  std::vector<int> out;
  for (const auto& s : sessions) {
    if (s.week < 0) continue;
    if (static_cast<std::size_t>(s.week) >= out.size())
      out.resize(static_cast<std::size_t>(s.week) + 1, 0);
    for (const auto& e : s.exercises) {
      if (p.exercises[static_cast<std::size_t>(e.exercise)].muscles.contains(m)) {
        out[static_cast<std::size_t>(s.week)] += e.what.set_count();
      }
    }
  }
  return out;
}

/// As above, for any contiguous range: a `std::array`, a `std::vector`, a C array...
template <real T, physique::detail::contiguous_input Sessions>
[[nodiscard]] std::vector<int> planned_weekly_sets(const program<T>& p, const Sessions& sessions,
                                                   exercise::muscle m) {
  return planned_weekly_sets(p, std::span<const planned_session<T>>(sessions), m);
}

/// Records a logged session as the completion of the runner's current session: for each
/// exercise of the session, the logged sets of `keys[i]` (the log's key of program exercise
/// i) become its outcomes (`outcomes_from_session`, targets from the planned prescription);
/// exercises with no logged sets are skipped. Returns the planned session that was completed.
/// Throws `invalid_argument` naming `keys` unless there is one key per program exercise.
template <real T, class Exercise>
planned_session<T> complete_from_log(program_runner<T>& runner, const session<T, Exercise>& logged,
                                     std::span<const Exercise> keys) {
  physique::detail::require(keys.size() == runner.plan().exercises.size(), "keys",
                            static_cast<double>(keys.size()), "",
                            "needs one log key per program exercise");
  planned_session<T> planned = runner.next();
  std::vector<std::vector<set_outcome<T>>> done(planned.exercises.size());
  std::vector<exercise_result<T>> results;
  for (std::size_t j = 0; j < planned.exercises.size(); ++j) {
    const auto& e = planned.exercises[j];
    if (outcomes_from_session(logged, keys[static_cast<std::size_t>(e.exercise)], done[j],
                              &e.what) == 0) {
      continue;
    }
    results.push_back(exercise_result<T>{e.exercise, done[j]});
  }
  runner.complete(results);
  return planned;
}

/// As above, for any contiguous range: a `std::array`, a `std::vector`, a C array...
template <real T, class Exercise, physique::detail::contiguous_input Keys>
planned_session<T> complete_from_log(program_runner<T>& runner, const session<T, Exercise>& logged,
                                     const Keys& keys) {
  return complete_from_log(runner, logged, std::span<const Exercise>(keys));
}

namespace detail {
// The outcomes of one planned exercise from the reps of each set, at the planned loads and
// bottom rep targets.
template <real T, class Reps>
std::vector<set_outcome<T>> outcomes_from_reps(const prescription<T>& what, const Reps& reps) {
  physique::detail::require(std::size(reps) <= static_cast<std::size_t>(what.set_count()), "reps",
                            static_cast<double>(std::size(reps)), "sets",
                            "lists more sets than the exercise's prescription");
  std::vector<set_outcome<T>> out;
  int k = 0;
  for (const int r : reps) {
    physique::detail::require(r >= 0, "reps", static_cast<double>(r), "", "must be zero or more");
    out.push_back(set_outcome<T>{what[k].load, what[k].reps, r, std::nullopt});
    ++k;
  }
  return out;
}

template <real T, class ExerciseReps>
planned_session<T> complete_reps(program_runner<T>& runner, const ExerciseReps& reps) {
  planned_session<T> planned = runner.next();
  physique::detail::require(std::size(reps) <= planned.exercises.size(), "reps",
                            static_cast<double>(std::size(reps)), "exercises",
                            "lists more exercises than the session has");
  std::vector<std::vector<set_outcome<T>>> done;
  done.reserve(std::size(reps));
  std::vector<exercise_result<T>> results;
  std::size_t j = 0;
  for (const auto& sets : reps) {
    const planned_exercise<T>& e = planned.exercises[j++];
    if (std::size(sets) == 0) continue;
    done.push_back(outcomes_from_reps(e.what, sets));
    results.push_back(exercise_result<T>{e.exercise, done.back()});
  }
  runner.complete(results);
  return planned;
}
}  // namespace detail

/// Records the runner's current session in one call from the reps achieved: `reps[k]` lists
/// the reps of each set of `next().exercises[k]`, at the prescribed (rounded) loads, e.g.
/// `complete_reps(runner, {{12, 11, 10}, {8, 8, 7}, {}})`; an empty list, or a missing one at
/// the end, skips that exercise. Rep targets come from the prescription. Returns the planned
/// session that was completed. Throws `invalid_argument` naming `reps` when there are more
/// lists than exercises, more sets than prescribed, or a negative count.
template <real T>
planned_session<T> complete_reps(program_runner<T>& runner,
                                 std::initializer_list<std::initializer_list<int>> reps) {
  return detail::complete_reps(runner, reps);
}

/// As above, with the reps held in vectors (one per exercise, one count per set).
template <real T>
planned_session<T> complete_reps(program_runner<T>& runner,
                                 const std::vector<std::vector<int>>& reps) {
  return detail::complete_reps(runner, reps);
}

}  // namespace physique::training
