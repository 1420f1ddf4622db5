// SPDX-License-Identifier: MIT
// prescription: what to do for one exercise in one session (sets of reps or seconds at a load,
// a %1RM or RPE/RIR target, tempo, rest, per side for unilateral work) and the deload of a
// prescription. Deload defaults after the training_math reference, section 4.5 (liftosaur
// program_design.md: ~60-80 % of working weight, half the sets; Bell et al. 2022).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/exercise/tempo.hpp>

namespace physique::training {

/// One prescribed set.
///
/// A rep target is the range [`reps`, `reps_max`] (equal for a fixed target such as 5); a
/// timed set (hold, hang) has `reps == 0` and a positive `hold`. `load` is the external load
/// in kg (zero for bodyweight-only work; for dumbbell work, the mass of one dumbbell);
/// `requested_load` is what the progression rule asked for before the load was rounded to
/// the equipment (equal to `load` when no rounding was applied). `fraction_of_max` is the
/// intensity as a fraction of the 1RM or training max the rule used (0-1.1), `rpe` a target
/// RPE on the RIR-based scale (RIR = 10 - RPE). `amrap`: the last set is taken to as many
/// reps as possible ("5+").
template <real T = double>
struct set_prescription {
  int reps = 0;
  int reps_max = 0;
  duration<T> hold{};
  mass<T> load{};
  mass<T> requested_load{};
  std::optional<T> fraction_of_max;
  std::optional<T> rpe;
  bool amrap = false;

  /// A fixed or ranged rep target at a load: `reps_set(10, 12, 20.0_kg)`.
  [[nodiscard]] static constexpr set_prescription reps_set(int reps_min, int reps_top,
                                                           mass<T> at) noexcept {
    set_prescription s;
    s.reps = reps_min;
    s.reps_max = reps_top;
    s.load = at;
    s.requested_load = at;
    return s;
  }

  [[nodiscard]] constexpr bool timed() const noexcept { return reps == 0; }
  [[nodiscard]] friend constexpr bool operator==(const set_prescription&,
                                                 const set_prescription&) noexcept = default;
};

/// Largest number of sets one prescription holds (storage is inline: no allocation).
inline constexpr int max_prescribed_sets = 16;

/// What to do for one exercise in one session.
///
/// - `exercise`: the exercise id (borrowed: it points into the program or ladder that made
///   the prescription, which must outlive it).
/// - the sets, in order (`sets()`), at most `max_prescribed_sets`;
/// - `tempo` (4-phase, optional), `rest` between sets;
/// - `per_side`: reps, seconds and sets are done on each side in turn (unilateral work: "10-12
///   per arm"); a left + right pair counts as one set for volume;
/// - `deload`: the session is a planned deload; its outcome does not drive the progression.
template <real T = double>
class prescription {
 public:
  std::string_view exercise{};
  std::optional<exercise::tempo> tempo;
  duration<T> rest{};
  bool per_side = false;
  bool deload = false;

  constexpr prescription() noexcept = default;

  /// `count` identical sets (`count` within 0-`max_prescribed_sets`, otherwise
  /// `invalid_argument` naming `sets`).
  [[nodiscard]] static constexpr prescription uniform(std::string_view id, int count,
                                                      const set_prescription<T>& s) {
    require_set_count(count);
    prescription p;
    p.exercise = id;
    for (int i = 0; i < count; ++i)
      p.add_set(s);
    return p;
  }

  [[nodiscard]] constexpr int set_count() const noexcept { return count_; }
  [[nodiscard]] constexpr std::span<const set_prescription<T>> sets() const noexcept {
    return {sets_.data(), static_cast<std::size_t>(count_)};
  }
  [[nodiscard]] constexpr std::span<set_prescription<T>> sets() noexcept {
    return {sets_.data(), static_cast<std::size_t>(count_)};
  }
  [[nodiscard]] constexpr const set_prescription<T>& operator[](int i) const noexcept {
    return sets_[static_cast<std::size_t>(i)];
  }

  /// Appends a set; throws `invalid_argument` naming `sets` when full.
  constexpr void add_set(const set_prescription<T>& s) {
    require_set_count(count_ + 1);
    sets_[static_cast<std::size_t>(count_++)] = s;
  }

  /// Changes the number of sets: extra sets copy the last one, fewer sets drop from the
  /// end. Throws `invalid_argument` naming `sets` outside 0-`max_prescribed_sets` or when
  /// growing an empty prescription.
  constexpr void resize(int count) {
    require_set_count(count);
    physique::detail::require(count <= count_ || count_ > 0, "sets", static_cast<double>(count), "",
                              "cannot grow a prescription without a set to copy");
    for (int i = count_; i < count; ++i) {
      sets_[static_cast<std::size_t>(i)] = sets_[static_cast<std::size_t>(count_ - 1)];
    }
    count_ = count;
  }

  /// Volume load of the prescription at its bottom rep target, kg: sum of load x reps (x 2
  /// per side). Timed sets count zero.
  [[nodiscard]] constexpr mass<T> volume_load() const noexcept {
    mass<T> v{};
    for (const auto& s : sets())
      v += s.load * static_cast<T>(s.reps);
    return per_side ? v * T{2} : v;
  }

  /// The heaviest load of the prescription (zero when empty).
  [[nodiscard]] constexpr mass<T> top_load() const noexcept {
    mass<T> m{};
    for (const auto& s : sets())
      m = s.load > m ? s.load : m;
    return m;
  }

  [[nodiscard]] friend constexpr bool operator==(const prescription& a,
                                                 const prescription& b) noexcept {
    if (a.exercise != b.exercise || a.tempo != b.tempo || a.rest != b.rest ||
        a.per_side != b.per_side || a.deload != b.deload || a.count_ != b.count_) {
      return false;
    }
    for (int i = 0; i < a.count_; ++i) {
      if (!(a[i] == b[i])) return false;
    }
    return true;
  }

 private:
  static constexpr void require_set_count(int count) {
    physique::detail::require(count >= 0 && count <= max_prescribed_sets, "sets",
                              static_cast<double>(count), "", "must be within 0-16");
  }

  std::array<set_prescription<T>, max_prescribed_sets> sets_{};
  int count_ = 0;
};

/// Checks a prescription: every set has reps >= 1 with reps <= reps_max or is a timed set
/// with a positive hold, a finite non-negative load, an RPE within 1-10 and a fraction of max
/// within (0, 1.1]; rest is finite and non-negative. Throws `invalid_argument` naming the
/// offending field (`reps`, `reps_max`, `hold`, `load`, `rpe`, `fraction_of_max`, `rest`).
template <real T>
constexpr void validate(const prescription<T>& p) {
  physique::detail::require_non_negative("rest", p.rest);
  for (const auto& s : p.sets()) {
    physique::detail::require(s.reps >= 0, "reps", static_cast<double>(s.reps), "",
                              "must be zero (timed set) or positive");
    if (s.reps == 0) {
      physique::detail::require_positive("hold", s.hold);
    } else {
      physique::detail::require(s.reps_max >= s.reps, "reps_max", static_cast<double>(s.reps_max),
                                "", "must be at least reps");
    }
    physique::detail::require_load("load", s.load);
    if (s.rpe) {
      physique::detail::require_within("rpe", *s.rpe, T{1}, T{10}, "", "must be within 1-10");
    }
    if (s.fraction_of_max) {
      physique::detail::require(is_finite(*s.fraction_of_max) && *s.fraction_of_max > T{0} &&
                                    *s.fraction_of_max <= static_cast<T>(1.1),
                                "fraction_of_max", *s.fraction_of_max, "",
                                "must be within (0, 1.1]");
    }
  }
}

/// How a deload changes a prescription.
///
/// `load_fraction`: share of the working load kept (default 0.7, the middle of the 60-80 %
/// the training_math reference gives, section 4.5); `set_fraction`: share of the sets kept,
/// rounded up, at least one (default 0.5: "half the sets"); AMRAP sets become fixed sets and
/// RPE targets drop by `rpe_drop` (default 2, i.e. two more reps in reserve, not below 5).
template <real T = double>
struct deload_settings {
  T load_fraction = static_cast<T>(0.7);
  T set_fraction = static_cast<T>(0.5);
  T rpe_drop = T{2};
};

/// The deload version of `p` (see `deload_settings`); `deload` is set on the result.
/// Throws `invalid_argument` naming `load_fraction` or `set_fraction` outside (0, 1], or
/// `rpe_drop` outside [0, 5].
template <real T>
[[nodiscard]] constexpr prescription<T> deload_of(const prescription<T>& p,
                                                  const deload_settings<T>& d = {}) {
  physique::detail::require(
      is_finite(d.load_fraction) && d.load_fraction > T{0} && d.load_fraction <= T{1},
      "load_fraction", d.load_fraction, "", "must be within (0, 1]");
  physique::detail::require(
      is_finite(d.set_fraction) && d.set_fraction > T{0} && d.set_fraction <= T{1}, "set_fraction",
      d.set_fraction, "", "must be within (0, 1]");
  physique::detail::require_within("rpe_drop", d.rpe_drop, T{0}, T{5}, "", "must be within 0-5");
  prescription<T> out = p;
  out.deload = true;
  if (p.set_count() == 0) return out;
  const T kept = static_cast<T>(p.set_count()) * d.set_fraction;
  int n = static_cast<int>(kept);
  if (static_cast<T>(n) < kept) ++n;  // round up
  out.resize(n < 1 ? 1 : n);
  for (auto& s : out.sets()) {
    s.load = s.load * d.load_fraction;
    s.requested_load = s.load;
    if (s.fraction_of_max) s.fraction_of_max = *s.fraction_of_max * d.load_fraction;
    if (s.rpe) {
      const T lowered = *s.rpe - d.rpe_drop;
      const T floor = *s.rpe < T{5} ? *s.rpe : T{5};  // never raises a low target
      s.rpe = lowered < floor ? floor : lowered;
    }
    s.amrap = false;
  }
  return out;
}

}  // namespace physique::training
