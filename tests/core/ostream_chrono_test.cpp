// SPDX-License-Identifier: MIT
#include <physique/core/chrono.hpp>
#include <physique/core/literals.hpp>
#include <physique/core/ostream.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <sstream>

using namespace physique;
using namespace physique::literals;

TEST_CASE("quantities print with their unit") {
  std::ostringstream os;
  os << 80_kg << "; " << 2500_kcal_per_day << "; " << in_unit(80_kg, pounds);
  CHECK(os.str() == "80 kg; 2500 kcal/d; 176.37 lb");
}

TEST_CASE("dimensions without a named unit print their base-unit exponents") {
  std::ostringstream os;
  os << 80_kg / (meters(2.0) * meters(2.0));
  CHECK(os.str() == "20 kg m^-2");
}

TEST_CASE("std::chrono durations convert both ways") {
  CHECK(from_chrono(std::chrono::hours(36)).in(days) == doctest::Approx(1.5));
  CHECK(from_chrono<float>(std::chrono::minutes(90)).in(hours) == doctest::Approx(1.5));
  CHECK(to_chrono(2_weeks).count() == doctest::Approx(14.0));
  CHECK(to_chrono<std::chrono::hours>(1.5_days).count() == 36);
}
