// SPDX-License-Identifier: MIT
#include <physique/core/literals.hpp>
#include <physique/core/person.hpp>

#include <doctest/doctest.h>

#include <limits>

using namespace physique;
using namespace physique::literals;

TEST_CASE_TEMPLATE("body-mass index", T, float, double) {
  // WHO: BMI = kg / m^2; 70 kg at 1.75 m is 22.86 (WHO BMI tables).
  CHECK(body_mass_index(kilograms(T(70)), meters(T(1.75))) ==
        doctest::Approx(22.857).epsilon(1e-4));
  // CDC's imperial worked example: 150 lb, 5 ft 5 in -> 24.96 (703 x lb / in^2 gives 24.96).
  CHECK(body_mass_index(pounds(T(150)), inches(T(65))) == doctest::Approx(24.96).epsilon(1e-3));
  CHECK_THROWS_WITH_AS(static_cast<void>(body_mass_index(kilograms(T(70)), meters(T(0)))),
                       doctest::Contains("height"), physique::invalid_argument);
}

TEST_CASE_TEMPLATE("a person is validated", T, float, double) {
  person<T> p{.sex = sex::female,
              .age = years(T(30)),
              .height = centimeters(T(165)),
              .body_mass = kilograms(T(60))};
  CHECK_NOTHROW(validate(p));
  p.height = meters(T(5));
  CHECK_THROWS_WITH(validate(p), doctest::Contains("height = 500 cm"));
  p.height = centimeters(T(165));
  p.body_mass = kilograms(std::numeric_limits<T>::quiet_NaN());
  CHECK_THROWS_WITH(validate(p), doctest::Contains("body_mass = nan kg"));
  p.body_mass = kilograms(T(60));
  p.age = years(T(-1));
  CHECK_THROWS_WITH(validate(p), doctest::Contains("age = -1 yr"));
}
