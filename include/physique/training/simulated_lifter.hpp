// SPDX-License-Identifier: MIT
// A deterministic simulated lifter for running programs over months: a saturating strength
// gain per session, a fatigue term that decays exponentially (the fatigue half of Banister's
// fitness-fatigue model, tau 7 d), within-session fatigue, slow detraining during long breaks,
// reps from the Epley relation, and day-to-day noise from a fixed-seed splitmix64 generator.
// An illustrative model with documented constants, not a fitted one (see docs/progression.md).
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/training/date.hpp>
#include <physique/training/prescription.hpp>
#include <physique/training/program.hpp>
#include <physique/training/progression.hpp>

namespace physique::training {

/// splitmix64 (Steele, Lea and Flood 2014): a tiny, fast, well-mixed 64-bit generator; the
/// same seed gives the same sequence on every platform.
class splitmix64 {
 public:
  constexpr explicit splitmix64(std::uint64_t seed) noexcept : state_(seed) {}
  constexpr std::uint64_t next() noexcept {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31U);
  }
  /// Uniform in [0, 1): the top 53 bits scaled by 2^-53.
  constexpr double uniform() noexcept {
    return static_cast<double>(next() >> 11U) * (1.0 / 9007199254740992.0);
  }

 private:
  std::uint64_t state_;
};

/// Constants of the simulated lifter's response (defaults in parentheses).
///
/// - `gain_per_session` (0.012): fractional strength gain of a session with many hard sets,
///   far below the ceiling;
/// - `sets_for_half_gain` (3): hard sets giving 1 - e^-(h / k) = 63 % of that gain: returns
///   diminish per session (k = 3);
/// - `fatigue_per_hard_set` (0.003): performance lost per hard set, decaying with
///   `fatigue_time_constant` (7 d, Banister's common default) and capped at `max_fatigue`
///   (0.25);
/// - `set_fatigue` (0.015): capacity lost within a session per set already done;
/// - `detraining_after` (10 d) and `detraining_time_constant` (180 d): strength decays as
///   e^-(gap - 10 d) / 180 d beyond a 10-day break;
/// - `noise` (0.02): day-to-day capacity varies uniformly within +-2 %.
/// A hard set ends with 4 or fewer reps in reserve.
template <real T = double>
struct lifter_response {
  T gain_per_session = static_cast<T>(0.012);
  T sets_for_half_gain = T{3};
  T fatigue_per_hard_set = static_cast<T>(0.003);
  duration<T> fatigue_time_constant = days(T{7});
  T max_fatigue = static_cast<T>(0.25);
  T set_fatigue = static_cast<T>(0.015);
  duration<T> detraining_after = days(T{10});
  duration<T> detraining_time_constant = days(T{180});
  T noise = static_cast<T>(0.02);
};

/// A simulated lifter: strength "pools" (one per movement, e.g. vertical pull) each with a
/// true 1RM of the **system load** (external load + the share of body mass moved - band
/// assistance) and a ceiling, and exercises mapped onto pools.
///
/// Performing a set at system load w with an effective 1RM S' = S (1 - fatigue)
/// (1 - set_fatigue x sets done) (1 + noise): reps possible r = floor(30 (S'/w - 1)) (the
/// Epley relation inverted). The lifter does the prescribed reps, stops at the top of a
/// range, goes to failure on an AMRAP set and fails a set when r is smaller; the reported RPE
/// is 10 - (r - done), within 1-10. After the session every pool gains
/// S x gain x (1 - S / ceiling) x (1 - e^-(hard sets / k)) and accumulates fatigue.
template <real T = double>
class simulated_lifter {
 public:
  /// `body_mass` > 0 kg; `seed`: the noise sequence. Throws `invalid_argument` naming
  /// `body_mass`.
  simulated_lifter(mass<T> body_mass, std::uint64_t seed, lifter_response<T> response = {})
      : body_mass_(body_mass), random_(seed), response_(response) {
    physique::detail::require_positive("body_mass", body_mass);
  }

  /// Adds a strength pool; returns its index. Throws `invalid_argument` naming
  /// `one_rep_max` (not positive) or `ceiling` (below the 1RM).
  int add_pool(std::string name, mass<T> one_rep_max, mass<T> ceiling) {
    physique::detail::require_positive("one_rep_max", one_rep_max);
    physique::detail::require(is_finite(ceiling) && ceiling >= one_rep_max, "ceiling",
                              ceiling.in_base_unit(), "kg", "must be at least one_rep_max");
    pools_.push_back(pool_state{std::move(name), one_rep_max, ceiling, T{0}, std::nullopt});
    return static_cast<int>(pools_.size()) - 1;
  }

  /// Maps exercise `id` onto pool `pool`: system load = `load_multiplier` x prescribed load
  /// (2 for a pair of dumbbells given per hand) + `body_mass_fraction` x body mass -
  /// `assistance`. An id maps onto one pool only: the same exercise done in two roles must be
  /// given two ids. Throws `invalid_argument` naming `id` (already mapped), `pool`,
  /// `body_mass_fraction` (outside 0-1), `load_multiplier` (not positive) or `assistance`
  /// (negative).
  void add_exercise(std::string id, int pool, T body_mass_fraction = T{0}, mass<T> assistance = {},
                    T load_multiplier = T{1}) {
    physique::detail::require(lookup(id) == nullptr, "id", static_cast<double>(id.size()), "",
                              "is already mapped to a pool");
    physique::detail::require(pool >= 0 && static_cast<std::size_t>(pool) < pools_.size(), "pool",
                              static_cast<double>(pool), "", "must name a pool");
    physique::detail::require_within("body_mass_fraction", body_mass_fraction, T{0}, T{1}, "",
                                     "must be within 0-1");
    physique::detail::require_non_negative("assistance", assistance);
    physique::detail::require_positive("load_multiplier", load_multiplier);
    exercises_.push_back(
        mapping{std::move(id), pool, body_mass_fraction, assistance, load_multiplier});
  }

  /// The current true 1RM (system load) of pool `pool`.
  [[nodiscard]] mass<T> one_rep_max(int pool) const {
    return pools_.at(static_cast<std::size_t>(pool)).strength;
  }
  /// The current fatigue (0-max_fatigue) of pool `pool`, as of its last session.
  [[nodiscard]] T fatigue(int pool) const {
    return pools_.at(static_cast<std::size_t>(pool)).fatigue;
  }
  [[nodiscard]] mass<T> body_mass() const noexcept { return body_mass_; }

  /// Performs `p` on `day` and writes the sets done to `out`. Sessions must come in date
  /// order per pool. Throws `invalid_argument` naming `exercise` for an unmapped id, `day`
  /// for a day before the pool's last session.
  void perform(date day, const prescription<T>& p, std::vector<set_outcome<T>>& out) {
    out.clear();
    const mapping& m = find(p.exercise);
    pool_state& pl = pools_[static_cast<std::size_t>(m.pool_index)];
    if (pl.last_day) {
      const int gap = day - *pl.last_day;
      physique::detail::require(gap >= 0, "day", static_cast<double>(day.yyyymmdd()), "",
                                "must not be before the previous session");
      const T g = static_cast<T>(gap);
      pl.fatigue = pl.fatigue * std::exp(-g / response_.fatigue_time_constant.in(days));
      const T idle = g - response_.detraining_after.in(days);
      if (idle > T{0}) {
        pl.strength = pl.strength * std::exp(-idle / response_.detraining_time_constant.in(days));
      }
    }
    pl.last_day = day;
    const T noise = response_.noise * static_cast<T>(2.0 * random_.uniform() - 1.0);
    const mass<T> today = pl.strength * (T{1} - pl.fatigue) * (T{1} + noise);
    int hard_sets = 0;
    int done_sets = 0;
    for (const auto& s : p.sets()) {
      if (s.timed()) {
        const int secs = static_cast<int>(s.hold.in(seconds));
        out.push_back(set_outcome<T>{s.load, secs, secs, std::nullopt});
        ++done_sets;
        continue;
      }
      const mass<T> system =
          s.load * m.load_multiplier + body_mass_ * m.body_mass_fraction - m.assistance;
      const mass<T> capacity = today * (T{1} - response_.set_fatigue * static_cast<T>(done_sets));
      int possible = 50;
      if (system > kilograms(T{0})) {
        // + 1e-4 so that a ratio meant to be whole (100 / 75 -> 10 reps) is not floored to
        // one rep less by binary rounding.
        const T r = T{30} * (capacity / system - T{1}) + static_cast<T>(1e-4);
        possible = r <= T{0} ? 0 : (r >= T{50} ? 50 : static_cast<int>(r));
      }
      const int reps = s.amrap ? possible : (possible < s.reps_max ? possible : s.reps_max);
      const int rir = possible - reps;
      T rpe = T{10} - static_cast<T>(rir);
      if (rpe < T{1}) rpe = T{1};
      out.push_back(set_outcome<T>{s.load, s.reps, reps, rpe});
      if (rir <= 4 && reps > 0) ++hard_sets;
      ++done_sets;
    }
    const T h = static_cast<T>(hard_sets);
    const T stimulus = T{1} - std::exp(-h / response_.sets_for_half_gain);
    const T room = T{1} - pl.strength / pl.ceiling;
    pl.strength = pl.strength + pl.strength * (response_.gain_per_session * room * stimulus);
    pl.fatigue = pl.fatigue + response_.fatigue_per_hard_set * h;
    if (pl.fatigue > response_.max_fatigue) pl.fatigue = response_.max_fatigue;
  }

  /// Adapter for `program_runner::run_weeks`.
  void operator()(const planned_session<T>& s, const planned_exercise<T>& e,
                  std::vector<set_outcome<T>>& out) {
    perform(s.day, e.what, out);
  }

 private:
  struct pool_state {
    std::string name;
    mass<T> strength;
    mass<T> ceiling;
    T fatigue;
    std::optional<date> last_day;
  };
  struct mapping {
    std::string id;
    int pool_index;
    T body_mass_fraction;
    mass<T> assistance;
    T load_multiplier;
  };

  const mapping* lookup(std::string_view id) const noexcept {
    for (const auto& m : exercises_) {
      if (m.id == id) return &m;
    }
    return nullptr;
  }

  const mapping& find(std::string_view id) const {
    const mapping* m = lookup(id);
    physique::detail::require(m != nullptr, "exercise", static_cast<double>(id.size()), "",
                              "is not mapped to a pool (add_exercise)");
    return *m;
  }

  mass<T> body_mass_;
  splitmix64 random_;
  lifter_response<T> response_;
  std::vector<pool_state> pools_;
  std::vector<mapping> exercises_;
};

}  // namespace physique::training
