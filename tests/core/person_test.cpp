// SPDX-License-Identifier: MIT
#include <physique/core/bounds.hpp>
#include <physique/core/literals.hpp>
#include <physique/core/person.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

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

TEST_CASE_TEMPLATE("the bounds table rejects the impossible and keeps the possible", T, float,
                   double) {
  const auto bmi_error = [](T kg, T cm) {
    try {
      static_cast<void>(body_mass_index(kilograms(kg), centimeters(cm)));
    } catch (const physique::invalid_argument& e) {
      return std::string(e.parameter());
    }
    return std::string();
  };
  // A 5 m height, a denormal height and a body mass of 1e30 kg cannot describe a person.
  CHECK(bmi_error(T(80), T(500)) == "height");
  CHECK(bmi_error(T(80), std::numeric_limits<T>::denorm_min()) == "height");
  CHECK(bmi_error(T(1e30), T(180)) == "body_mass");
  // The ends of the table are possible: the tallest and the lightest people recorded.
  CHECK(bmi_error(T(200), T(272)) == "");
  CHECK(bmi_error(T(0.25), T(24)) == "");
  CHECK(bmi_error(T(635), T(185)) == "");

  person<T> p{.sex = sex::male, .height = centimeters(T(1.8)), .body_mass = kilograms(T(80))};
  // Metres typed as centimetres.
  CHECK_THROWS_WITH(validate(p), doctest::Contains("age = nan yr"));
  p.age = years(T(30));
  CHECK_THROWS_WITH(validate(p), doctest::Contains("cm: must be within 20-280 cm"));
  p.height = centimeters(T(180));
  CHECK_NOTHROW(validate(p));
}

TEST_CASE("an age never given reaches no equation") {
  const person<> p{.sex = sex::female, .height = 165_cm, .body_mass = 60_kg};
  CHECK_FALSE(is_finite(p.age.in(years)));
  CHECK_THROWS_WITH(validate(p), doctest::Contains("age"));
}

TEST_CASE("every row of the bounds table is ordered and explained") {
  for (const plausible_range* r : bounds::table) {
    CAPTURE(r->dimension);
    CHECK(r->low < r->high);
    CHECK(std::string(r->reason).size() > 10);
    CHECK(std::string(r->requirement).find("must be within") == 0);
  }
}

TEST_CASE("checked_round rounds or names the input, never overflows") {
  CHECK(detail::checked_round<int>("grams", 2.5, "g") == 3);
  CHECK(detail::checked_round<int>("grams", -2.5, "g") == -3);
  CHECK(detail::checked_round<int>("grams", 2147483647.4, "g") == 2147483647);
  CHECK(detail::checked_round<int>("grams", -2147483648.4, "g") == -2147483647 - 1);
  CHECK_THROWS_WITH(static_cast<void>(detail::checked_round<int>("grams", 2147483647.5, "g")),
                    doctest::Contains("grams"));
  CHECK_THROWS_WITH(static_cast<void>(detail::checked_round<int>("grams", 1e12, "g")),
                    doctest::Contains("grams = 1e+12 g"));
  CHECK_THROWS(static_cast<void>(detail::checked_round<int>("grams", std::nan(""), "g")));
  CHECK_THROWS(static_cast<void>(detail::checked_round<unsigned>("n", -1.0, "")));
  CHECK(detail::checked_round<unsigned>("n", -0.4, "") == 0U);
}
