// SPDX-License-Identifier: MIT
// The loads a progression rule may prescribe, as the lifter's equipment makes them: any load
// (no constraint), a grid base + k step (a dumbbell rack in 2.5 kg steps, a machine stack,
// microplates), or an explicit `loadable_weights` (a plate-loaded bar, a belt). Progression
// rules step through these loads, so a +2 kg rule on 2.5 kg dumbbells moves 20 -> 22.5 kg
// instead of asking for 22 kg that would be lifted as 20.
#pragma once

#include <cmath>
#include <optional>

#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/training/load_rounding.hpp>

namespace physique::training {

/// The loads a rule may prescribe. Default-constructed: any load (the rule's arithmetic is
/// used as is, as before). A value type; `of(weights)` keeps a pointer, so the
/// `loadable_weights` must outlive every rule that uses it.
template <real T = double>
class equipment_loads {
 public:
  constexpr equipment_loads() noexcept = default;

  /// Loads base + k x step, k = 0, 1, 2, ...: dumbbells or kettlebells in steps (2, 2.5 or
  /// 5 kg), a stack (5 kg plates, 1.25 kg add-ons), a barbell with enough pairs of its
  /// smallest plate (step = twice that plate: 2.5 kg with 1.25 kg pairs). Throws
  /// `invalid_argument` naming `step` unless it is positive and finite, or `base` unless it
  /// is >= 0 and finite.
  [[nodiscard]] static constexpr equipment_loads steps(mass<T> step, mass<T> base = {}) {
    physique::detail::require_positive("step", step);
    physique::detail::require_non_negative("base", base);
    equipment_loads e;
    e.step_ = step;
    e.base_ = base;
    return e;
  }

  /// Exactly the loads `weights` can make (a bar with the plates owned, a belt, a fixed
  /// rack). Not owned: `weights` must outlive this object. Throws `invalid_argument` naming
  /// `equipment` if `weights` is empty.
  [[nodiscard]] static equipment_loads of(const loadable_weights<T>& weights) {
    physique::detail::require(!weights.empty(), "equipment", 0.0, "",
                              "must be able to make at least one load");
    equipment_loads e;
    e.weights_ = &weights;
    return e;
  }

  /// False for "any load".
  [[nodiscard]] constexpr bool constrained() const noexcept {
    return weights_ != nullptr || step_ > mass<T>{};
  }

  /// The heaviest load the equipment makes that is not above `load`; the lightest load when
  /// `load` is below all of them (a rule cannot prescribe less than the equipment makes).
  /// Any load: `load` itself.
  [[nodiscard]] constexpr mass<T> round_down(mass<T> load) const {
    if (weights_ != nullptr) return weights_->round(load, rounding_policy::down).load;
    if (!(step_ > mass<T>{})) return load;
    if (load <= base_) return base_;
    const T k = std::floor((load - base_) / step_ + tolerance_steps());
    return base_ + step_ * k;
  }

  /// The load after an increase of about `increment` from `load` (a load the equipment
  /// makes): the loadable load nearest `load + increment` (a tie goes up), but at least the
  /// next load above `load`, so the step is the equipment's smallest or a multiple of it.
  /// `std::nullopt` when nothing heavier exists. An increment of zero keeps `load`.
  [[nodiscard]] constexpr std::optional<mass<T>> step_up(mass<T> load, mass<T> increment) const {
    if (!(increment > mass<T>{})) return load;
    if (!constrained()) return load + increment;
    const std::optional<mass<T>> next = next_above(load);
    if (!next) return std::nullopt;
    const mass<T> target = load + increment;
    if (*next >= target) return next;
    const mass<T> below = round_down(target);
    const std::optional<mass<T>> above = next_above(below);
    if (above && (*above - target) <= (target - below)) return above;
    return below;
  }

  /// The next load strictly above `load`, if any (any load: `std::nullopt`).
  [[nodiscard]] constexpr std::optional<mass<T>> next_above(mass<T> load) const {
    if (weights_ != nullptr) return weights_->next_above(load);
    if (!(step_ > mass<T>{})) return std::nullopt;
    if (load < base_) return base_;
    const T k = std::floor((load - base_) / step_ + tolerance_steps());
    return base_ + step_ * (k + T{1});
  }

 private:
  /// Loads within 1e-4 of a step of a grid load are that load (floating-point noise).
  static constexpr T tolerance_steps() noexcept { return static_cast<T>(1e-4); }

  const loadable_weights<T>* weights_ = nullptr;
  mass<T> step_{};
  mass<T> base_{};
};

}  // namespace physique::training
