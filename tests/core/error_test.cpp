// SPDX-License-Identifier: MIT
#include <physique/core/error.hpp>
#include <physique/core/literals.hpp>
#include <physique/detail/require.hpp>

#include <doctest/doctest.h>

#include <limits>
#include <stdexcept>
#include <string>

using namespace physique;
using namespace physique::literals;

TEST_CASE("invalid_argument names the parameter, the value, the unit and the rule") {
  try {
    detail::require_positive("body_mass", -3.0_kg);
    FAIL("expected an exception");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.what()) ==
          "physique: invalid body_mass = -3 kg: must be positive and finite");
    CHECK(std::string(e.parameter()) == "body_mass");
    CHECK(e.value() == -3.0);
  }
}

TEST_CASE("invalid_argument is a std::invalid_argument") {
  CHECK_THROWS_AS(detail::require_finite("reps", std::numeric_limits<double>::quiet_NaN()),
                  std::invalid_argument);
  CHECK_THROWS_WITH(detail::require_finite("rpe", std::numeric_limits<float>::quiet_NaN()),
                    doctest::Contains("rpe = nan"));
}

TEST_CASE_TEMPLATE("the checks accept what they should", T, float, double) {
  CHECK_NOTHROW(detail::require_positive("x", T(1e-6)));
  CHECK_NOTHROW(detail::require_non_negative("x", T(0)));
  CHECK_THROWS_AS(detail::require_positive("x", T(0)), physique::invalid_argument);
  CHECK_THROWS_AS(detail::require_non_negative("x", T(-1e-6)), physique::invalid_argument);
  CHECK_THROWS_AS(detail::require_positive("x", std::numeric_limits<T>::infinity()),
                  physique::invalid_argument);
  CHECK_NOTHROW(detail::require_within("rpe", T(10), T(1), T(10), "", "must be within 1-10"));
  CHECK_THROWS_WITH(detail::require_within("rpe", T(11), T(1), T(10), "", "must be within 1-10"),
                    "physique: invalid rpe = 11: must be within 1-10");
}

TEST_CASE("free-text reports for non-numeric input") {
  const error_report r{"muscles[2]", 0.0, "", "unknown muscle name", "\"lats\" at /exercises/3"};
  const physique::invalid_argument e(r);
  CHECK(std::string(e.what()) ==
        "physique: invalid muscles[2] (\"lats\" at /exercises/3): unknown muscle name");
}

TEST_CASE("the handler can be replaced and restored") {
  const error_handler previous = set_error_handler(nullptr);
  CHECK((previous != nullptr));
  CHECK((set_error_handler(previous) != nullptr));
}

TEST_CASE("reports that name several values own their text") {
  const auto throw_pair = [] {
    std::string text = "waist = 38 cm, neck = 40 cm";
    report_invalid_argument("waist", text, "waist must exceed neck");
  };
  try {
    throw_pair();
    FAIL("expected an exception");
  } catch (const physique::invalid_argument& e) {
    const physique::invalid_argument copy = e;  // the copy keeps its own text
    CHECK(std::string(copy.report().detail) == "waist = 38 cm, neck = 40 cm");
    CHECK(std::string(e.what()) ==
          "physique: invalid waist (waist = 38 cm, neck = 40 cm): waist must exceed neck");
  }
}

TEST_CASE("whole-number inputs are reported as numbers") {
  CHECK_THROWS_WITH(detail::require(false, "reps", 0, "", "must be at least 1"),
                    "physique: invalid reps = 0: must be at least 1");
  CHECK_THROWS_WITH(detail::require(false, "meals", 25U, "", "must be within 1-24"),
                    "physique: invalid meals = 25: must be within 1-24");
}
