// SPDX-License-Identifier: MIT
// Daily load series for the load-monitoring models: loads summed per calendar day (rest days
// 0), from dated values (session-RPE loads, Foster 2001) or from a training log's volume load.
#pragma once

#include <span>

#include <physique/core/units.hpp>
#include <physique/detail/contiguous.hpp>
#include <physique/detail/require.hpp>
#include <physique/training/date.hpp>
#include <physique/training/training_log.hpp>

namespace physique::training {

/// A load on a date (session-RPE arbitrary units, tonnage in kg, TRIMP...).
template <real T = double>
struct dated_load {
  date day{};
  T load = T{0};
};

/// Sums `entries` per day into `out`, where `out[i]` is day `first_day + i`; days without an
/// entry are 0 (rest days), entries outside the covered days are ignored. Entries may come in
/// any order. O(n), no allocation. Throws `invalid_argument` naming `load` for a negative or
/// non-finite load or one above the bounds table's daily load (1e8).
template <real T>
constexpr void daily_loads(std::span<const dated_load<T>> entries, date first_day,
                           std::span<T> out) {
  for (T& x : out)
    x = T{0};
  const auto days = static_cast<long long>(out.size());
  for (const dated_load<T>& e : entries) {
    physique::detail::require_plausible("load", e.load, bounds::daily_training_load);
    const long long i = e.day - first_day;
    if (i >= 0 && i < days) out[static_cast<std::size_t>(i)] += e.load;
  }
}

/// As above, for any contiguous ranges: `std::array`, `std::vector`, C arrays...
template <physique::detail::contiguous_input Entries, physique::detail::contiguous_output Out>
constexpr void daily_loads(const Entries& entries, date first_day, Out&& out) {
  daily_loads(physique::detail::input_span(entries), first_day, physique::detail::output_span(out));
}

/// Volume load (tonnage, kg) of a log per day into `out` (day `first_day + i`), warm-ups
/// excluded unless `include_warm_ups`; rest days 0. For the load-monitoring models when no
/// session RPE is recorded.
template <real T, class Exercise>
constexpr void daily_volume_load(std::span<const session<T, Exercise>> sessions, date first_day,
                                 std::span<T> out, bool include_warm_ups = false) noexcept {
  for (T& x : out)
    x = T{0};
  const auto days = static_cast<long long>(out.size());
  for (const auto& s : sessions) {
    const long long i = s.day - first_day;
    if (i < 0 || i >= days) continue;
    T& day = out[static_cast<std::size_t>(i)];
    for (const auto& set : s.sets) {
      if (!set.warm_up || include_warm_ups)
        day += set.load.in(kilograms) * static_cast<T>(set.reps);
    }
  }
}

/// As above, for any contiguous ranges: `std::array`, `std::vector`, C arrays...
template <physique::detail::contiguous_input Sessions, physique::detail::contiguous_output Out>
constexpr void daily_volume_load(const Sessions& sessions, date first_day, Out&& out,
                                 bool include_warm_ups = false) noexcept {
  daily_volume_load(physique::detail::input_span(sessions), first_day,
                    physique::detail::output_span(out), include_warm_ups);
}

}  // namespace physique::training
