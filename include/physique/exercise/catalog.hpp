// SPDX-License-Identifier: MIT
// A catalog of exercise descriptions with look-up by id, queries (muscle, group, equipment,
// pattern, level), substitute ranking and progression-ladder navigation.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <physique/exercise/description.hpp>

namespace physique::exercise {

/// Whether a muscle query matches prime movers only or any worked muscle.
enum class muscle_role : unsigned char {
  primary,  ///< the muscle is a primary mover
  any,      ///< primary or secondary
};

/// A conjunction of filters; an empty optional does not filter. Exercises whose field is
/// unknown never match a filter on that field (unknown is not "anything").
struct exercise_query {
  std::optional<exercise::muscle> muscle;            ///< trains this muscle
  std::optional<muscle_group> group;                 ///< trains a muscle of this group
  muscle_role role = muscle_role::primary;           ///< for `muscle` and `group`
  std::optional<equipment_set> available_equipment;  ///< can be done with this kit
  std::optional<movement_pattern> pattern;
  std::optional<level> max_level;  ///< at most this difficulty
  std::optional<level> exact_level;
  std::optional<modality> modality_is;
};

/// A candidate replacement with its score in [0, 1] (see `catalog::rank_substitutes`).
struct substitute_match {
  const exercise_description* exercise = nullptr;
  double score = 0.0;
  bool same_pattern = false;       ///< same movement pattern as the original
  double muscle_similarity = 0.0;  ///< cosine of the two credit vectors, in [0, 1]
  bool listed = false;             ///< named in the original's `substitutes`
};

/// Weights of `rank_substitutes`' score: pattern, muscle similarity, explicit listing.
struct substitute_weights {
  double pattern = 0.35;
  double muscles = 0.50;
  double listed = 0.15;
};

/// An ordered collection of descriptions. Ids are expected to be unique (`validate()` checks
/// it); look-ups return the first match. Pointers returned by queries stay valid until the
/// catalog is modified.
class catalog {
 public:
  catalog() = default;
  explicit catalog(std::vector<exercise_description> items) : items_(std::move(items)) {
    reindex();
  }

  [[nodiscard]] const std::vector<exercise_description>& items() const noexcept { return items_; }
  [[nodiscard]] std::size_t size() const noexcept { return items_.size(); }
  [[nodiscard]] auto begin() const noexcept { return items_.begin(); }
  [[nodiscard]] auto end() const noexcept { return items_.end(); }

  /// Appends a description.
  void add(exercise_description e) {
    items_.push_back(std::move(e));
    reindex();
  }

  /// The description with this id, or nullptr. O(log n).
  [[nodiscard]] const exercise_description* find(std::string_view id) const noexcept {
    auto it = std::lower_bound(index_.begin(), index_.end(), id,
                               [this](std::size_t i, std::string_view key) {
                                 return std::string_view(items_[i].id) < key;
                               });
    if (it == index_.end() || items_[*it].id != id) return nullptr;
    return &items_[*it];
  }

  /// True when `e` satisfies every filter of `q`.
  [[nodiscard]] static bool matches(const exercise_description& e,
                                    const exercise_query& q) noexcept {
    const muscle_set trained =
        q.role == muscle_role::primary ? e.primary_muscles : worked_muscles(e);
    if (q.muscle && !trained.contains(*q.muscle)) return false;
    if (q.group && !trained.intersects(muscles_in(*q.group))) return false;
    if (q.available_equipment && !can_perform_with(e, *q.available_equipment)) return false;
    if (q.pattern && e.movement_pattern != q.pattern) return false;
    if (q.max_level && (!e.level || *e.level > *q.max_level)) return false;
    if (q.exact_level && e.level != q.exact_level) return false;
    if (q.modality_is && e.modality != q.modality_is) return false;
    return true;
  }

  /// Every description matching `q`, in catalog order.
  [[nodiscard]] std::vector<const exercise_description*> select(const exercise_query& q) const {
    std::vector<const exercise_description*> out;
    for (const exercise_description& e : items_) {
      if (matches(e, q)) out.push_back(&e);
    }
    return out;
  }

  /// Exercises training `m` (as a primary mover, or at all with `muscle_role::any`).
  [[nodiscard]] std::vector<const exercise_description*> by_muscle(
      muscle m, muscle_role role = muscle_role::primary) const {
    exercise_query q;
    q.muscle = m;
    q.role = role;
    return select(q);
  }
  /// Exercises training any muscle of group `g`.
  [[nodiscard]] std::vector<const exercise_description*> by_group(
      muscle_group g, muscle_role role = muscle_role::primary) const {
    exercise_query q;
    q.group = g;
    q.role = role;
    return select(q);
  }
  /// Exercises that can be done with `available` (bodyweight is always available).
  [[nodiscard]] std::vector<const exercise_description*> available_with(
      equipment_set available) const {
    exercise_query q;
    q.available_equipment = available;
    return select(q);
  }
  /// Exercises of movement pattern `p`.
  [[nodiscard]] std::vector<const exercise_description*> by_pattern(movement_pattern p) const {
    exercise_query q;
    q.pattern = p;
    return select(q);
  }
  /// Exercises of exactly level `l`.
  [[nodiscard]] std::vector<const exercise_description*> by_level(level l) const {
    exercise_query q;
    q.exact_level = l;
    return select(q);
  }

  /// Candidates to replace exercise `id`, best first, optionally restricted to those that
  /// can be done with `available` equipment. Score =
  /// w.pattern * [same movement pattern] + w.muscles * cosine(credit vectors)
  /// + w.listed * [named in the original's substitutes]; the weights sum to 1 by default.
  /// Candidates sharing no worked muscle are left out; ties keep catalog order.
  /// Returns an empty list when `id` is unknown. Loads must not be carried over: the
  /// replacement's working weight has to be found anew.
  [[nodiscard]] std::vector<substitute_match> rank_substitutes(
      std::string_view id, std::optional<equipment_set> available = std::nullopt,
      std::size_t limit = 10, substitute_weights w = {}) const {
    std::vector<substitute_match> out;
    const exercise_description* original = find(id);
    if (original == nullptr) return out;
    const auto a = credits(*original);
    for (const exercise_description& e : items_) {
      if (&e == original || e.id == original->id) continue;
      if (available && !can_perform_with(e, *available)) continue;
      const double sim = cosine(a, credits(e));
      if (sim <= 0.0) continue;
      substitute_match m;
      m.exercise = &e;
      m.muscle_similarity = sim;
      m.same_pattern = original->movement_pattern.has_value() &&
                       e.movement_pattern == original->movement_pattern;
      m.listed = std::any_of(original->substitutes.begin(), original->substitutes.end(),
                             [&e](const substitute& s) { return s.id == e.id; });
      m.score = (m.same_pattern ? w.pattern : 0.0) + w.muscles * sim + (m.listed ? w.listed : 0.0);
      out.push_back(m);
    }
    std::stable_sort(
        out.begin(), out.end(),
        [](const substitute_match& x, const substitute_match& y) { return x.score > y.score; });
    if (out.size() > limit) out.resize(limit);
    return out;
  }

  /// The next harder steps of exercise `id` (its resolvable `progressions`).
  [[nodiscard]] std::vector<const exercise_description*> harder(std::string_view id) const {
    return resolve_links(id, &exercise_description::progressions);
  }
  /// The next easier steps of exercise `id` (its resolvable `regressions`).
  [[nodiscard]] std::vector<const exercise_description*> easier(std::string_view id) const {
    return resolve_links(id, &exercise_description::regressions);
  }

  /// The progression ladder through `id`, easiest first: follows the first regression down
  /// to the bottom, then the first progression up to the top. Stops at a repeated id, so a
  /// (invalid) cycle cannot loop. Empty when `id` is unknown.
  [[nodiscard]] std::vector<const exercise_description*> ladder(std::string_view id) const {
    std::vector<const exercise_description*> out;
    const exercise_description* e = find(id);
    if (e == nullptr) return out;
    auto seen = [&out](const exercise_description* x) {
      return std::find(out.begin(), out.end(), x) != out.end();
    };
    // Walk down.
    std::vector<const exercise_description*> down{e};
    for (const exercise_description* cur = e;;) {
      const exercise_description* next =
          cur->regressions.empty() ? nullptr : find(cur->regressions.front());
      if (next == nullptr || std::find(down.begin(), down.end(), next) != down.end()) break;
      down.push_back(next);
      cur = next;
    }
    out.assign(down.rbegin(), down.rend());
    for (const exercise_description* cur = e;;) {
      const exercise_description* next =
          cur->progressions.empty() ? nullptr : find(cur->progressions.front());
      if (next == nullptr || seen(next)) break;
      out.push_back(next);
      cur = next;
    }
    return out;
  }

 private:
  static double cosine(const std::array<double, muscle_count>& a,
                       const std::array<double, muscle_count>& b) noexcept {
    double ab = 0.0;
    double aa = 0.0;
    double bb = 0.0;
    for (std::size_t i = 0; i < muscle_count; ++i) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    if (aa <= 0.0 || bb <= 0.0) return 0.0;
    return ab / std::sqrt(aa * bb);
  }

  std::vector<const exercise_description*> resolve_links(
      std::string_view id, std::vector<std::string> exercise_description::*links) const {
    std::vector<const exercise_description*> out;
    const exercise_description* e = find(id);
    if (e == nullptr) return out;
    for (const std::string& link : e->*links) {
      if (const exercise_description* t = find(link)) out.push_back(t);
    }
    return out;
  }

  void reindex() {
    index_.resize(items_.size());
    for (std::size_t i = 0; i < items_.size(); ++i)
      index_[i] = i;
    std::stable_sort(index_.begin(), index_.end(),
                     [this](std::size_t x, std::size_t y) { return items_[x].id < items_[y].id; });
  }

  std::vector<exercise_description> items_;
  std::vector<std::size_t> index_;  ///< positions sorted by id
};

}  // namespace physique::exercise
