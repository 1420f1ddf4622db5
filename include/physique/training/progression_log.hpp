// SPDX-License-Identifier: MIT
// From a training log to progression: the sets of one exercise in a logged session as the
// per-set outcomes a progression rule reads (warm-ups skipped, a left + right pair as one set,
// RIR turned into RPE), and the replay of a whole log through a rule.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include <physique/core/units.hpp>
#include <physique/detail/contiguous.hpp>
#include <physique/training/prescription.hpp>
#include <physique/training/progression.hpp>
#include <physique/training/training_log.hpp>

namespace physique::training {

/// Writes to `out` the outcomes of exercise `which` in session `s`, in order:
/// - warm-up sets are skipped;
/// - a `left` set and the next set of the other side form one outcome (a left + right pair is
///   one set): the smaller rep count (the weaker side decides whether the target was met), the
///   larger load and the higher RPE; an unpaired side counts alone;
/// - RPE is the rated RPE, or 10 - RIR for a RIR rating (clamped to 1-10); none when unrated;
/// - timed sets carry whole seconds in `achieved_reps`;
/// - `target_reps` is the bottom rep target of the matching set of `planned` (by position; the
///   last planned set for extra sets), or 0 without a plan.
/// Returns the number of outcomes. Logged sets are assumed valid (`training_log` checks them).
template <real T, class Exercise>
std::size_t outcomes_from_session(const session<T, Exercise>& s, const Exercise& which,
                                  std::vector<set_outcome<T>>& out,
                                  const prescription<T>* planned = nullptr) {
  out.clear();
  auto rpe_of = [](const effort<T>& e) -> std::optional<T> {
    const std::optional<T> rir = e.rir();
    if (!rir) return std::nullopt;
    T r = T{10} - *rir;
    if (r < T{1}) r = T{1};
    if (r > T{10}) r = T{10};
    return r;
  };
  auto target_for = [planned](std::size_t i) {
    if (planned == nullptr || planned->set_count() == 0) return 0;
    const int n = planned->set_count();
    const int k = static_cast<int>(i) < n ? static_cast<int>(i) : n - 1;
    return (*planned)[k].reps;
  };
  const set_record<T, Exercise>* pending = nullptr;  // an unpaired left or right set
  auto emit = [&](const set_record<T, Exercise>& a, const set_record<T, Exercise>* b) {
    const auto count = [](const set_record<T, Exercise>& r) {
      return r.reps > 0 ? r.reps : static_cast<int>(r.time.in(seconds));
    };
    set_outcome<T> o{a.load, target_for(out.size()), count(a), rpe_of(a.rating)};
    if (b != nullptr) {
      if (b->load > o.load) o.load = b->load;
      const int rb = count(*b);
      if (rb < o.achieved_reps) o.achieved_reps = rb;
      const std::optional<T> pb = rpe_of(b->rating);
      if (pb && (!o.rpe || *pb > *o.rpe)) o.rpe = pb;
    }
    out.push_back(o);
  };
  for (const auto& r : s.sets) {
    if (!(r.exercise == which) || r.warm_up) continue;
    if (r.side == body_side::both) {
      if (pending != nullptr) emit(*pending, nullptr);
      pending = nullptr;
      emit(r, nullptr);
    } else if (pending != nullptr && pending->side != r.side) {
      emit(*pending, &r);
      pending = nullptr;
    } else {
      if (pending != nullptr) emit(*pending, nullptr);
      pending = &r;
    }
  }
  if (pending != nullptr) emit(*pending, nullptr);
  return out.size();
}

/// Replays `sessions` (in time order) through `rule` for exercise `which`, starting from
/// `start`: every session holding the exercise advances the state with its outcomes (targets
/// from the rule's own prescription at that point). Sessions without the exercise are
/// skipped. Returns the final state; `events`, when given, receives one event per session
/// used. Allocation: one reused buffer.
template <progression_rule Rule, class Exercise>
typename Rule::state_type replay(
    const Rule& rule, std::span<const session<typename Rule::value_type, Exercise>> sessions,
    const Exercise& which, typename Rule::state_type start,
    std::vector<progression_event>* events = nullptr) {
  using T = typename Rule::value_type;
  std::vector<set_outcome<T>> buffer;
  for (const auto& s : sessions) {
    const prescription<T> planned = rule.prescribe(start);
    if (outcomes_from_session(s, which, buffer, &planned) == 0) continue;
    const auto t = rule.advance(start, std::span<const set_outcome<T>>(buffer));
    start = t.state;
    if (events != nullptr) events->push_back(t.event);
  }
  return start;
}

/// As above, for any contiguous range: a `std::array`, a `std::vector`, a C array...
template <progression_rule Rule, physique::detail::contiguous_input Sessions, class Exercise>
typename Rule::state_type replay(const Rule& rule, const Sessions& sessions, const Exercise& which,
                                 typename Rule::state_type start,
                                 std::vector<progression_event>* events = nullptr) {
  using span = std::span<const session<typename Rule::value_type, Exercise>>;
  return replay(rule, span(physique::detail::input_span(sessions)), which, start, events);
}

}  // namespace physique::training
