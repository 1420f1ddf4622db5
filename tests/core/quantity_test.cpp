// SPDX-License-Identifier: MIT
#include <physique/core/literals.hpp>
#include <physique/core/quantity.hpp>
#include <physique/core/units.hpp>

#include <doctest/doctest.h>

#include <limits>

using namespace physique;
using namespace physique::literals;

TEST_CASE_TEMPLATE("quantities add, scale and compare within a dimension", T, float, double) {
  mass<T> m = kilograms(T(80));
  m += grams(T(500));
  CHECK(m.in(kilograms) == doctest::Approx(80.5));
  m -= kilograms(T(0.5));
  CHECK(m == kilograms(T(80)));
  m *= T(2);
  CHECK(m.in(kilograms) == doctest::Approx(160.0));
  m /= T(4);
  CHECK(m.in(kilograms) == doctest::Approx(40.0));
  CHECK((m * 2).in(kilograms) == doctest::Approx(80.0));
  CHECK((2 * m).in(kilograms) == doctest::Approx(80.0));
  CHECK((m / 2).in(kilograms) == doctest::Approx(20.0));
  CHECK(kilograms(T(1)) < kilograms(T(2)));
  CHECK(kilograms(T(2)) >= pounds(T(4.4)));
  CHECK(-kilograms(T(1)) == kilograms(T(-1)));
  CHECK(mass<T>{} == kilograms(T(0)));
}

TEST_CASE_TEMPLATE("ratios of a dimension are plain numbers", T, float, double) {
  const T ratio = kilograms(T(20)) / kilograms(T(80));
  CHECK(ratio == doctest::Approx(0.25));
  const auto per_day = T(1) / days(T(4));
  CHECK((per_day * days(T(8))) == doctest::Approx(2.0));
}

TEST_CASE("mixed representations use the common type") {
  const mass<float> f = kilograms(1.5f);
  const mass<double> d = f;  // widening is implicit
  CHECK(d.in(kilograms) == 1.5);
  const mass<float> back = quantity_cast<float>(d + 0.25_kg);
  CHECK(back.in(kilograms) == 1.75f);
  const mass<float> explicit_narrowing{80.0_kg};
  CHECK(explicit_narrowing.in(kilograms) == 80.0f);
  CHECK(f == kilograms(1.5));
  CHECK(f < kilograms(1.6));
}

TEST_CASE_TEMPLATE("is_finite sees NaN and infinities", T, float, double) {
  CHECK(is_finite(kilograms(T(80))));
  CHECK_FALSE(is_finite(kilograms(std::numeric_limits<T>::quiet_NaN())));
  CHECK_FALSE(is_finite(kilograms(std::numeric_limits<T>::infinity())));
  CHECK_FALSE(is_finite(kilograms(-std::numeric_limits<T>::infinity())));
  CHECK(abs(kilograms(T(-2))) == kilograms(T(2)));
}
