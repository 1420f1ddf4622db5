// SPDX-License-Identifier: MIT
// Foster session RPE, monotony and strain.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <limits>
#include <string>

#include <physique/training/session_rpe.hpp>

using namespace physique;
using namespace physique::training;

TEST_CASE_TEMPLATE("Foster session RPE, monotony and strain", T, float, double) {
  // Reference 5.4: Mon 60 min @ 7 = 420, Wed 45 @ 8 = 360, Fri 75 @ 6 = 450, Sat 30 @ 9 = 270.
  CHECK(static_cast<double>(session_rpe_load(T{7}, minutes(T{60}))) == doctest::Approx(420.0));
  CHECK(static_cast<double>(session_rpe_load(T{9}, minutes(T{30}))) == doctest::Approx(270.0));
  const std::array<T, 7> week{T{420}, T{0}, T{360}, T{0}, T{450}, T{270}, T{0}};
  // Population SD 192.7 -> monotony 1.112, strain 1668.
  const auto pop = monotony_and_strain(week);
  CHECK(pop.weekly_load == T{1500});
  CHECK(static_cast<double>(pop.mean) == doctest::Approx(214.3).epsilon(0.05 / 214.3));
  CHECK(static_cast<double>(pop.standard_deviation) ==
        doctest::Approx(192.7).epsilon(0.05 / 192.7));
  CHECK(static_cast<double>(pop.monotony) == doctest::Approx(1.112).epsilon(0.0005 / 1.112));
  CHECK(static_cast<double>(pop.strain) == doctest::Approx(1668.0).epsilon(0.5 / 1668.0));
  // Sample SD 208.2 -> 1.029, 1544.
  const auto smp = monotony_and_strain(week, deviation_kind::sample);
  CHECK(static_cast<double>(smp.standard_deviation) ==
        doctest::Approx(208.2).epsilon(0.05 / 208.2));
  CHECK(static_cast<double>(smp.monotony) == doctest::Approx(1.029).epsilon(0.0005 / 1.029));
  CHECK(static_cast<double>(smp.strain) == doctest::Approx(1544.0).epsilon(0.5 / 1544.0));
}

TEST_CASE("monotony edge cases") {
  const std::array<double, 7> rest{};
  CHECK(monotony_and_strain(rest).monotony == 0.0);
  const std::array<double, 7> same{300, 300, 300, 300, 300, 300, 300};
  CHECK(std::isinf(monotony_and_strain(same).monotony));
}

TEST_CASE("session RPE: bad input names the parameter") {
  try {
    (void)session_rpe_load(11.0, minutes(60.0));
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.what()).find("session_rpe = 11") != std::string::npos);
  }
  CHECK_THROWS_AS((void)session_rpe_load(std::numeric_limits<double>::quiet_NaN(), minutes(60.0)),
                  physique::invalid_argument);
  CHECK_THROWS_AS((void)session_rpe_load(5.0, minutes(-1.0)), physique::invalid_argument);
  const std::array<double, 6> six{};
  CHECK_THROWS_AS((void)monotony_and_strain(six), physique::invalid_argument);
  const std::array<double, 7> negative{100, 0, -1, 0, 0, 0, 0};
  CHECK_THROWS_AS((void)monotony_and_strain(negative), physique::invalid_argument);
}

TEST_CASE_TEMPLATE("Foster strain from a weekly load and a monotony", T, float, double) {
  // Foster et al. 2001, Table 5: weekly load 3400 AU, monotony 1.26 -> strain 4284.
  CHECK(static_cast<double>(strain(T{3400}, T(1.26))) == doctest::Approx(4284.0));
  // Same as the seven-day route (reference 5.4 week: 1500 AU, monotony 1.112 -> 1668).
  const std::array<T, 7> week{420, 0, 360, 0, 450, 270, 0};
  const auto s = monotony_and_strain(std::span<const T>(week));
  CHECK(static_cast<double>(strain(s.weekly_load, s.monotony)) ==
        doctest::Approx(static_cast<double>(s.strain)));
  try {
    (void)strain(T{1000}, std::numeric_limits<T>::infinity());
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "monotony");
  }
  CHECK_THROWS_AS((void)strain(T{-1}, T{1}), physique::invalid_argument);
}
