// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <physique/composition/jackson_2002.hpp>
#include <string>

using physique::person;
using physique::composition::jackson_2002;

TEST_CASE_TEMPLATE("jackson_2002 matches published values", T, float, double) {
  const jackson_2002 eq;
  // bw R package (INSP-RH/bw, Hall 2011 adult model), 10-year run of a man of 100 kg,
  // 1.80 m, 40 y: initial fat mass F0 = 29.618 kg, i.e. 29.618 % of 100 kg
  // (hall_model.md, section 5). bw prints 3 decimals.
  const person<T> man{physique::sex::male, physique::years(T(40)), physique::meters(T(1.8)),
                      physique::kilograms(T(100))};
  CHECK(eq(man) == doctest::Approx(29.618).epsilon(2e-5));

  // bw vignette's female example (80 kg, 1.80 m, 40 y). Expected value worked by hand
  // from the published coefficients: BMI 24.69136, 0.14*40 + 39.96 ln(24.69136) - 102.01
  // = 31.7199.
  const person<T> woman{physique::sex::female, physique::years(T(40)), physique::meters(T(1.8)),
                        physique::kilograms(T(80))};
  CHECK(eq(woman) == doctest::Approx(31.7199).epsilon(1e-5));

  // The natural log, not log10: with log10 the man above would come out at -44.3 %.
  CHECK(eq(man) > T(0));
}

TEST_CASE_TEMPLATE("jackson_2002 does not clamp", T, float, double) {
  // A very lean young man (50 kg, 1.80 m, 20 y, BMI 15.43): 0.14*20 + 37.31 ln(15.432)
  // - 103.94 = 0.957 % (worked by hand). The Hall-model implementations that clamp to
  // [0, 60] would return the same here, but the value is passed through as computed.
  const person<T> p{physique::sex::male, physique::years(T(20)), physique::meters(T(1.8)),
                    physique::kilograms(T(50))};
  CHECK(jackson_2002{}(p) == doctest::Approx(0.95694).epsilon(1e-3));
  // BMI 12 gives a negative percentage, returned unclamped.
  const person<T> q{physique::sex::male, physique::years(T(20)), physique::meters(T(1.8)),
                    physique::kilograms(T(38.88))};
  CHECK(jackson_2002{}(q) < T(0));
}

TEST_CASE_TEMPLATE("jackson_2002 rejects impossible input", T, float, double) {
  const jackson_2002 eq;
  person<T> p{physique::sex::female, physique::years(T(40)), physique::meters(T(1.7)),
              physique::kilograms(T(-60))};
  CHECK_THROWS_AS((void)eq(p), physique::invalid_argument);
  try {
    (void)eq(p);
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "body_mass");
    CHECK(std::string(e.what()).find("-60") != std::string::npos);
  }
  p.body_mass = physique::kilograms(T(60));
  p.height = physique::meters(std::numeric_limits<T>::quiet_NaN());
  CHECK_THROWS_AS((void)eq(p), physique::invalid_argument);
}

TEST_CASE_TEMPLATE("jackson_2002 validity", T, float, double) {
  const jackson_2002 eq;
  const person<T> adult{physique::sex::male, physique::years(T(40)), physique::meters(T(1.8)),
                        physique::kilograms(T(80))};
  CHECK(eq.validity(adult).inside());
  const person<T> old{physique::sex::female, physique::years(T(80)), physique::meters(T(1.6)),
                      physique::kilograms(T(60))};
  const auto report = eq.validity(old);
  CHECK_FALSE(report.inside());
  REQUIRE(report.find("age_years") != nullptr);
  CHECK(report.find("age_years")->range.high == 65.0);
  CHECK(std::string(jackson_2002::info.id) == "jackson_2002");
  CHECK(std::string(jackson_2002::info.source.doi) == "10.1038/sj.ijo.0802006");
}
