// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <string>

#include <physique/training/volume_landmarks.hpp>

#include "sample_program.hpp"

using namespace physique;
using namespace physique::training;
using physique::exercise::muscle_group;

TEST_CASE("default landmarks are the cited RP values") {
  // Reference 4.3: back MV ~8, MEV ~10, MAV 14-22, MRV ~25; chest 8 / 10 / 12-20 / 22.
  const auto t = default_volume_landmarks<double>();
  const auto& back = *t[static_cast<std::size_t>(muscle_group::back)];
  CHECK(back.maintenance == 8.0);
  CHECK(back.minimum_effective == 10.0);
  CHECK(back.adaptive_low == 14.0);
  CHECK(back.adaptive_high == 22.0);
  CHECK(back.maximum_recoverable == 25.0);
  const auto& chest = *t[static_cast<std::size_t>(muscle_group::chest)];
  CHECK(chest.adaptive_low == 12.0);
  CHECK(chest.maximum_recoverable == 22.0);
  CHECK_FALSE(t[static_cast<std::size_t>(muscle_group::legs)].has_value());
}

TEST_CASE_TEMPLATE("zones", T, float, double) {
  const volume_landmarks<T> chest{T{8}, T{10}, T{12}, T{20}, T{22}};
  CHECK(classify_volume(T{4}, chest) == volume_zone::below_maintenance);
  CHECK(classify_volume(T{8}, chest) == volume_zone::maintenance);
  CHECK(classify_volume(T{10}, chest) == volume_zone::effective);
  CHECK(classify_volume(T{12}, chest) == volume_zone::adaptive);
  CHECK(classify_volume(T{20}, chest) == volume_zone::adaptive);
  CHECK(classify_volume(T{21}, chest) == volume_zone::above_adaptive);
  CHECK(classify_volume(T{23}, chest) == volume_zone::above_recoverable);
}

TEST_CASE("the sample week against the defaults") {
  const auto log = sample::week<double>();
  const auto v = weekly_hard_sets(log, sample::credits, date::from_ymd(2026, 1, 5));
  const auto zones = check_volume(v);
  // Back 11 sets: MEV 10 <= 11 < MAV 14. Chest 8: MV 8 <= 8 < MEV 10.
  CHECK(zones[static_cast<std::size_t>(muscle_group::back)] == volume_zone::effective);
  CHECK(zones[static_cast<std::size_t>(muscle_group::chest)] == volume_zone::maintenance);
  CHECK_FALSE(zones[static_cast<std::size_t>(muscle_group::legs)].has_value());
  // Configurable: a legs entry from the caller's own source (legs: squats 6 + deadlifts 2 = 8,
  // MEV 8 <= 8 < MAV 12).
  auto table = default_volume_landmarks<double>();
  table[static_cast<std::size_t>(muscle_group::legs)] = volume_landmarks<double>{6, 8, 12, 18, 20};
  CHECK(check_volume(v, table)[static_cast<std::size_t>(muscle_group::legs)] ==
        volume_zone::effective);
}

TEST_CASE("inconsistent landmarks are errors naming the landmark") {
  try {
    (void)classify_volume(10.0, volume_landmarks<double>{8, 12, 10, 20, 22});
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "adaptive_low");
  }
  CHECK_THROWS_AS((void)classify_volume(-1.0, volume_landmarks<double>{8, 10, 12, 20, 22}),
                  physique::invalid_argument);
}
