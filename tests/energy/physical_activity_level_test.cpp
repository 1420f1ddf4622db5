// SPDX-License-Identifier: MIT
#include <physique/energy/physical_activity_level.hpp>

#include <doctest/doctest.h>

#include <limits>
#include <type_traits>

using physique::energy::physical_activity_level;

TEST_CASE_TEMPLATE("a PAL is its own type, within 1-5", T, float, double) {
  // FAO/WHO/UNU 2004: PAL = TEE / BMR; 1.0 is resting all day, about 4.5-5 the highest
  // measured over days.
  CHECK(physical_activity_level(T(1.75)).ratio() == T(1.75));
  CHECK(physical_activity_level(T(1)).ratio() == T(1));
  CHECK(physical_activity_level(T(5)).ratio() == T(5));
  CHECK_THROWS_WITH(physical_activity_level(T(0.99)), doctest::Contains("pal = 0.99"));
  CHECK_THROWS_WITH(physical_activity_level(T(5.01)), doctest::Contains("must be within 1-5"));
  CHECK_THROWS(physical_activity_level(std::numeric_limits<T>::infinity()));
  CHECK_THROWS(physical_activity_level(std::numeric_limits<T>::quiet_NaN()));
  static_assert(!std::is_convertible_v<T, physical_activity_level<T>>);
}
