// SPDX-License-Identifier: MIT
#include <physique/core/equation.hpp>
#include <physique/core/validity.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace physique;

namespace {
// A made-up equation fitted on women aged 18-65 with BMI 18.5-40.
struct sample_equation {
  static constexpr equation_info info{
      "sample", "Sample (2000)",
      citation{"Doe J", 2000, "A sample", "J Samples 1:1-2", "10.0000/sample", "Table 1"},
      validity_domain{
          "women, 18-65 y",
          sex::female,
          {bound{"age_years", "yr", {18.0, 65.0}}, bound{"bmi", "kg/m2", {18.5, 40.0}}}}};
};
static_assert(equation<sample_equation>);
static_assert(!equation<int>);
}  // namespace

TEST_CASE("inputs inside the domain give an empty report") {
  const auto r =
      sample_equation::info.domain.check(sex::female, {{"age_years", 30.0}, {"bmi", 22.0}});
  CHECK(r.inside());
  CHECK(r.size() == 0);
}

TEST_CASE("each input outside the domain is reported with its bound") {
  const auto r =
      sample_equation::info.domain.check(sex::male, {{"age_years", 15.0}, {"bmi", 50.0}});
  CHECK_FALSE(r.inside());
  CHECK(r.sex_outside());
  REQUIRE(r.size() == 2);
  const outside_bound* age = r.find("age_years");
  REQUIRE(age != nullptr);
  CHECK(age->value == 15.0);
  CHECK(age->range.low == 18.0);
  CHECK(std::string(r[1].parameter) == "bmi");
  CHECK(r.find("height") == nullptr);
}

TEST_CASE("bounds are closed and may be open-ended") {
  CHECK(interval{18.0, 65.0}.contains(18.0));
  CHECK(interval{18.0, 65.0}.contains(65.0));
  CHECK_FALSE(interval{18.0, 65.0}.contains(65.0001));
  CHECK(interval::at_least(18.0).contains(1e9));
  CHECK(interval::at_most(10.0).contains(-1e9));
  CHECK_FALSE(interval::at_least(0.0).contains(0.0 / 1.0 - 1.0));
}

TEST_CASE("sex sets") {
  CHECK(sex_set::both().contains(sex::male));
  CHECK(sex_set(sex::female).contains(sex::female));
  CHECK_FALSE(sex_set(sex::female).contains(sex::male));
  CHECK((sex_set(sex::female) | sex::male) == sex_set::both());
  CHECK(sex_set::none().empty());
  CHECK(std::string(to_string(sex::female)) == "female");
}
