// SPDX-License-Identifier: MIT
// Load rounding to the equipment a lifter owns: barbell and plate pairs (kg and lb sets),
// fixed dumbbells or kettlebells, dumbbell and machine-stack steps, microplates and add-on
// weights, plates on a dip belt. A prescribed load is rounded to a load that can actually be
// put together (down by default) and the rounding is reported.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/training/prescription.hpp>

namespace physique::training {

/// A kind of plate and how many of it are owned. For a barbell `count` is the number of
/// pairs (one plate per side); for a belt or add-on weights it is the number of single plates.
template <real T = double>
struct plate_stock {
  mass<T> weight{};
  int count = 0;
};

/// How a requested load becomes a loadable one.
enum class rounding_policy : unsigned char {
  down,     ///< the heaviest loadable load not above the request (never more than asked)
  nearest,  ///< the closest loadable load; a tie goes down
  up,       ///< the lightest loadable load not below the request
};

/// A rounded load and what the rounding did. `below_range` / `above_range`: the request lay
/// outside what the equipment can load at all (lighter than the empty bar or lightest
/// dumbbell, heavier than everything owned), and the nearest end was returned: reported, not
/// silently clamped.
template <real T = double>
struct rounded_load {
  mass<T> load{};
  mass<T> requested{};
  bool exact = false;
  bool below_range = false;
  bool above_range = false;
  /// load - requested (negative when rounded down).
  [[nodiscard]] constexpr mass<T> difference() const noexcept { return load - requested; }
};

/// The olympic kilogram plates of a typical gym, as pairs: 25 (4 pairs), 20, 15, 10, 5, 2.5,
/// 1.25 kg (one pair each). Goes with a 20 kg bar.
template <real T = double>
[[nodiscard]] constexpr std::array<plate_stock<T>, 7> olympic_kg_plates() noexcept {
  return {{{kilograms(T{25}), 4},
           {kilograms(T{20}), 1},
           {kilograms(T{15}), 1},
           {kilograms(T{10}), 1},
           {kilograms(T{5}), 1},
           {kilograms(static_cast<T>(2.5)), 1},
           {kilograms(static_cast<T>(1.25)), 1}}};
}

/// The pound plates of a typical US gym, as pairs: 45 (6 pairs), 35, 25, 10 (2 pairs), 5,
/// 2.5 lb. Goes with a 45 lb bar.
template <real T = double>
[[nodiscard]] constexpr std::array<plate_stock<T>, 6> standard_lb_plates() noexcept {
  return {{{pounds(T{45}), 6},
           {pounds(T{35}), 1},
           {pounds(T{25}), 1},
           {pounds(T{10}), 2},
           {pounds(T{5}), 1},
           {pounds(static_cast<T>(2.5)), 1}}};
}

/// The set of loads a piece of equipment can make, sorted, with the plates behind each.
///
/// Built once (allocates), then queried without allocation: `round` is a binary search.
/// Loads that differ by less than 1 g are the same load. Factories:
/// - `barbell(bar, pairs)`: bar + any subset of the owned pairs (each pair adds twice its
///   plate). Microplates (0.5, 0.25 kg) are simply more pairs.
/// - `fixed(weights)`: exactly these loads (a dumbbell rack, kettlebells): the load of one
///   implement.
/// - `steps(lightest, step, heaviest)`: lightest + k step (dumbbell racks in 2 kg / 5 lb
///   steps, a machine stack).
/// - `belt(plates)`: zero plus any subset of single plates (added load for dips, pull-ups).
/// - `with_add_ons(add_ons)`: every load plus any subset of the add-on weights (magnetic
///   microplates on dumbbells, the 2.5 kg add-on of a stack).
///
/// Throws `invalid_argument` naming `bar`, `weight`, `count`, `lightest`, `step` or
/// `heaviest` for negative, non-finite or zero sizes where a size is needed, and `loads` when
/// more than 100000 distinct loads would result.
template <real T = double>
class loadable_weights {
 public:
  loadable_weights() = default;

  [[nodiscard]] static loadable_weights barbell(mass<T> bar,
                                                std::span<const plate_stock<T>> pairs) {
    physique::detail::require_load("bar", bar);
    loadable_weights w;
    w.start({bar});
    for (const auto& p : pairs) {
      require_plate(p);
      for (int i = 0; i < p.count; ++i)
        w.add_item(p.weight, p.weight * T{2});
    }
    w.finish();
    w.per_side_ = true;
    return w;
  }

  [[nodiscard]] static loadable_weights fixed(std::span<const mass<T>> weights) {
    std::vector<mass<T>> base;
    for (const auto& m : weights) {
      physique::detail::require_positive("weight", m);
      physique::detail::require_load("weight", m);
      base.push_back(m);
    }
    loadable_weights w;
    w.start(std::move(base));
    w.finish();
    return w;
  }

  [[nodiscard]] static loadable_weights steps(mass<T> lightest, mass<T> step, mass<T> heaviest) {
    physique::detail::require_load("lightest", lightest);
    physique::detail::require_positive("step", step);
    physique::detail::require_load("heaviest", heaviest);
    physique::detail::require(heaviest >= lightest, "heaviest", heaviest.in_base_unit(), "kg",
                              "must be at least lightest");
    const T span_steps = (heaviest - lightest) / step;
    physique::detail::require(span_steps <= T{100000}, "loads", span_steps, "",
                              "too many loads (at most 100000)");
    std::vector<mass<T>> base;
    const int n = static_cast<int>(span_steps + static_cast<T>(1e-6));
    for (int i = 0; i <= n; ++i)
      base.push_back(lightest + step * static_cast<T>(i));
    loadable_weights w;
    w.start(std::move(base));
    w.finish();
    return w;
  }

  [[nodiscard]] static loadable_weights belt(std::span<const plate_stock<T>> plates) {
    loadable_weights w;
    w.start({mass<T>{}});
    for (const auto& p : plates) {
      require_plate(p);
      for (int i = 0; i < p.count; ++i)
        w.add_item(p.weight, p.weight);
    }
    w.finish();
    return w;
  }

  /// These loads plus any subset of `add_ons` (each add-on used at most once).
  [[nodiscard]] loadable_weights with_add_ons(std::span<const mass<T>> add_ons) const {
    loadable_weights w = *this;
    for (const auto& a : add_ons) {
      physique::detail::require_positive("weight", a);
      w.add_item(a, a);
    }
    w.finish();
    return w;
  }

  /// Every loadable load, ascending.
  [[nodiscard]] std::span<const mass<T>> loads() const noexcept { return loads_; }
  [[nodiscard]] bool empty() const noexcept { return loads_.empty(); }
  [[nodiscard]] mass<T> lightest() const noexcept {
    return loads_.empty() ? mass<T>{} : loads_.front();
  }
  [[nodiscard]] mass<T> heaviest() const noexcept {
    return loads_.empty() ? mass<T>{} : loads_.back();
  }

  /// True when `load` can be put together (within 1 g).
  [[nodiscard]] bool is_loadable(mass<T> load) const noexcept {
    const auto i = lower(load - tolerance());
    return i < loads_.size() && abs(loads_[i] - load) <= tolerance();
  }

  /// `requested` rounded with `policy` (down by default). An empty set of loads returns the
  /// request flagged as both below and above range. Throws `invalid_argument` naming `load`
  /// for a negative or non-finite request.
  [[nodiscard]] rounded_load<T> round(mass<T> requested,
                                      rounding_policy policy = rounding_policy::down) const {
    physique::detail::require_load("load", requested);
    rounded_load<T> r;
    r.requested = requested;
    if (loads_.empty()) {
      r.load = requested;
      r.below_range = r.above_range = true;
      return r;
    }
    const mass<T> tol = tolerance();
    r.below_range = requested < loads_.front() - tol;
    r.above_range = requested > loads_.back() + tol;
    // First load >= requested - tol.
    const std::size_t i = lower(requested - tol);
    if (i < loads_.size() && abs(loads_[i] - requested) <= tol) {
      r.load = loads_[i];
      r.exact = true;
      return r;
    }
    // Not exact: loads_[i - 1] < requested < loads_[i] (either may be missing, not both).
    const bool has_below = i > 0;
    const bool has_above = i < loads_.size();
    const std::size_t below = has_below ? i - 1 : 0;
    const std::size_t above = has_above ? i : loads_.size() - 1;
    std::size_t pick = 0;
    switch (policy) {
      case rounding_policy::down:
        pick = has_below ? below : above;
        break;
      case rounding_policy::up:
        pick = has_above ? above : below;
        break;
      case rounding_policy::nearest:
        if (!has_below) {
          pick = above;
        } else if (!has_above) {
          pick = below;
        } else {
          pick = (loads_[above] - requested) < (requested - loads_[below]) ? above : below;
        }
        break;
    }
    r.load = loads_[pick];
    return r;
  }

  /// The next loadable load strictly above `load` (more than 1 g heavier), if any.
  [[nodiscard]] std::optional<mass<T>> next_above(mass<T> load) const noexcept {
    const auto i = lower(load + tolerance() * static_cast<T>(1.5));
    if (i >= loads_.size()) return std::nullopt;
    return loads_[i];
  }

  /// The plates that make `load`: per side for a barbell (heaviest first), the single plates
  /// or add-ons otherwise; empty for the bare bar, a fixed dumbbell or a stack position;
  /// `std::nullopt` when `load` is not loadable. One combination is returned (found heaviest
  /// plate first), not necessarily the one with the fewest plates.
  [[nodiscard]] std::optional<std::vector<mass<T>>> plates_for(mass<T> load) const {
    const auto i = lower(load - tolerance());
    if (i >= loads_.size() || abs(loads_[i] - load) > tolerance()) return std::nullopt;
    std::vector<mass<T>> out;
    for (int n = node_of_load_[i]; n >= 0 && nodes_[static_cast<std::size_t>(n)].item >= 0;
         n = nodes_[static_cast<std::size_t>(n)].prev) {
      out.push_back(items_[static_cast<std::size_t>(nodes_[static_cast<std::size_t>(n)].item)]);
    }
    std::sort(out.begin(), out.end(), [](mass<T> a, mass<T> b) { return a > b; });
    return out;
  }

  /// True for a barbell set (`plates_for` lists one side).
  [[nodiscard]] bool plates_per_side() const noexcept { return per_side_; }

 private:
  struct node {
    mass<T> total{};
    int item = -1;  ///< item added last, -1 for a base load
    int prev = -1;  ///< node before that item
  };

  static mass<T> tolerance() noexcept { return kilograms(static_cast<T>(0.001)); }

  static void require_plate(const plate_stock<T>& p) {
    physique::detail::require_positive("weight", p.weight);
    physique::detail::require_load("weight", p.weight);
    physique::detail::require(p.count >= 0 && p.count <= 1000, "count",
                              static_cast<double>(p.count), "", "must be within 0-1000");
  }

  std::size_t lower(mass<T> m) const noexcept {
    return static_cast<std::size_t>(std::lower_bound(loads_.begin(), loads_.end(), m) -
                                    loads_.begin());
  }

  void start(std::vector<mass<T>> base) {
    std::sort(base.begin(), base.end());
    nodes_.clear();
    frontier_.clear();
    for (const auto& b : base) {
      if (!frontier_.empty() &&
          abs(nodes_[static_cast<std::size_t>(frontier_.back())].total - b) <= tolerance()) {
        continue;
      }
      nodes_.push_back(node{b, -1, -1});
      frontier_.push_back(static_cast<int>(nodes_.size()) - 1);
    }
  }

  /// 0/1 subset step: every reachable total, and every reachable total + `adds`.
  void add_item(mass<T> label, mass<T> adds) {
    items_.push_back(label);
    const int item = static_cast<int>(items_.size()) - 1;
    std::vector<int> merged;
    merged.reserve(frontier_.size() * 2);
    std::size_t a = 0;
    std::size_t b = 0;
    const std::size_t n = frontier_.size();
    auto total = [this](int idx) { return nodes_[static_cast<std::size_t>(idx)].total; };
    while (a < n || b < n) {
      const bool take_old = b >= n || (a < n && total(frontier_[a]) <= total(frontier_[b]) + adds);
      int idx = 0;
      if (take_old) {
        idx = frontier_[a++];
      } else {
        const int from = frontier_[b++];
        nodes_.push_back(node{total(from) + adds, item, from});
        idx = static_cast<int>(nodes_.size()) - 1;
      }
      if (!merged.empty() && abs(total(merged.back()) - total(idx)) <= tolerance()) {
        continue;  // keep the first (older) way of making this load
      }
      merged.push_back(idx);
      physique::detail::require(merged.size() <= 100000U, "loads",
                                static_cast<double>(merged.size()), "",
                                "too many loads (at most 100000)");
    }
    frontier_ = std::move(merged);
  }

  void finish() {
    loads_.clear();
    node_of_load_.clear();
    for (int idx : frontier_) {
      loads_.push_back(nodes_[static_cast<std::size_t>(idx)].total);
      node_of_load_.push_back(idx);
    }
  }

  std::vector<node> nodes_;
  std::vector<int> frontier_;      ///< node indices of the distinct totals, ascending
  std::vector<mass<T>> items_;     ///< plate (per side) or add-on of each item
  std::vector<mass<T>> loads_;     ///< distinct totals, ascending
  std::vector<int> node_of_load_;  ///< node index of each load
  bool per_side_ = false;
};

/// What rounding a prescription did: how many sets changed load, whether any request was
/// outside the equipment's range, and the largest change (absolute, kg).
template <real T = double>
struct prescription_rounding {
  int changed_sets = 0;
  bool out_of_range = false;
  mass<T> largest_change{};
};

/// Rounds every set load of `p` to `equipment` with `policy` (down by default), keeping the
/// request in `requested_load`. Bodyweight sets (load zero) on equipment whose lightest load is
/// above zero are left at zero (no implement). Throws as `loadable_weights::round`.
template <real T>
prescription_rounding<T> round_prescription(prescription<T>& p,
                                            const loadable_weights<T>& equipment,
                                            rounding_policy policy = rounding_policy::down) {
  prescription_rounding<T> report;
  for (auto& s : p.sets()) {
    const mass<T> requested = s.load;
    if (requested == mass<T>{} && !equipment.is_loadable(requested)) {
      s.requested_load = requested;
      continue;
    }
    const rounded_load<T> r = equipment.round(requested, policy);
    s.requested_load = requested;
    s.load = r.load;
    if (!r.exact) ++report.changed_sets;
    report.out_of_range = report.out_of_range || r.below_range || r.above_range;
    const mass<T> change = abs(r.difference());
    if (change > report.largest_change) report.largest_change = change;
  }
  return report;
}

}  // namespace physique::training
