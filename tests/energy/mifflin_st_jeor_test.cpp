// SPDX-License-Identifier: MIT
#include <physique/energy/mifflin_st_jeor.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

using namespace physique;
using physique::energy::mifflin_st_jeor;
using physique::energy::mifflin_st_jeor_rounded;

namespace {
template <class T>
person<T> make_person(sex s, T age_years, T height_cm, T mass_kg) {
  return person<T>{s, years(age_years), centimeters(height_cm), kilograms(mass_kg)};
}
}  // namespace

TEST_CASE_TEMPLATE("Mifflin-St Jeor: fitted and rounded coefficients", T, float, double) {
  // Mifflin 1990 abstract: REE = 9.99 W + 6.25 H - 4.92 A + 166 S - 161 (fitted) and
  // 10 W + 6.25 H - 5 A + 5 / -161 (rounded). Values below are the abstract's equations
  // evaluated by hand; energy_composition.md section 1.1 quotes the 80 kg / 180 cm / 30 y
  // man as 1781.6 (fitted) vs 1780 (rounded). Results are exact to 0.01 kcal in decimal,
  // so the tolerance only covers float rounding (1e-5 relative).
  const auto man = make_person<T>(sex::male, T(30), T(180), T(80));
  CHECK(mifflin_st_jeor{}(man).in(kilocalories_per_day) == doctest::Approx(1781.6).epsilon(1e-5));
  CHECK(mifflin_st_jeor_rounded{}(man).in(kilocalories_per_day) ==
        doctest::Approx(1780.0).epsilon(1e-5));

  // Woman 60 kg, 165 cm, 40 y: 9.99*60 + 6.25*165 - 4.92*40 - 161 = 599.4 + 1031.25 - 196.8
  // - 161 = 1272.85; rounded 600 + 1031.25 - 200 - 161 = 1270.25.
  const auto woman = make_person<T>(sex::female, T(40), T(165), T(60));
  CHECK(mifflin_st_jeor{}(woman).in(kilocalories_per_day) ==
        doctest::Approx(1272.85).epsilon(1e-5));
  CHECK(mifflin_st_jeor_rounded{}(woman).in(kilocalories_per_day) ==
        doctest::Approx(1270.25).epsilon(1e-5));

  // The sex term is 166 kcal/day (abstract): same W, H, A, men minus women = 166.
  const auto woman_like_man = make_person<T>(sex::female, T(30), T(180), T(80));
  CHECK((mifflin_st_jeor{}(man)-mifflin_st_jeor{}(woman_like_man)).in(kilocalories_per_day) ==
        doctest::Approx(166.0).epsilon(1e-5));

  // Imperial input: 4.536 per lb and 15.875 per inch are exact restatements of 10 per kg and
  // 6.25 per cm (energy_composition.md 1.1): 176.37 lb, 70.866 in ~ 80 kg, 180 cm.
  const person<T> imperial{sex::male, years(T(30)), inches(T(180) / T(2.54)),
                           pounds(T(80) / T(0.45359237))};
  CHECK(mifflin_st_jeor_rounded{}(imperial).in(kilocalories_per_day) ==
        doctest::Approx(1780.0).epsilon(1e-5));
}

TEST_CASE_TEMPLATE("Mifflin-St Jeor: sex constants are +5 and -161 (trap 6)", T, float, double) {
  // energy_composition.md section 7, trap 6: one public implementation codes the constant as
  // +5 for women and 171 for men. The abstract's fitted form is ... + 166 S - 161, i.e.
  // -161 for women and +5 for men. With W = H = A = 0 only the constant would remain, so
  // check through a person: woman 60 kg, 165 cm, 40 y is 1272.85 (with +5 it would be
  // 1438.85); man 80 kg, 180 cm, 30 y is 1781.6 (with 171 it would be 1947.6).
  CHECK(mifflin_st_jeor{}(make_person<T>(sex::female, T(40), T(165), T(60)))
            .in(kilocalories_per_day) != doctest::Approx(1438.85).epsilon(1e-3));
  CHECK(
      mifflin_st_jeor{}(make_person<T>(sex::male, T(30), T(180), T(80))).in(kilocalories_per_day) !=
      doctest::Approx(1947.6).epsilon(1e-3));
}

TEST_CASE_TEMPLATE("Mifflin-St Jeor: kilojoules", T, float, double) {
  // 1781.6 kcal/day * 4.184 = 7454.21 kJ/day (1 kcal = 4.184 kJ).
  const auto man = make_person<T>(sex::male, T(30), T(180), T(80));
  CHECK(mifflin_st_jeor{}(man).in(kilojoules_per_day) == doctest::Approx(7454.2144).epsilon(1e-5));
}

TEST_CASE_TEMPLATE("Mifflin-St Jeor: equation info and validity domain", T, float, double) {
  static_assert(equation<mifflin_st_jeor>);
  static_assert(equation<mifflin_st_jeor_rounded>);
  CHECK(std::string(mifflin_st_jeor::info.id) == "mifflin_st_jeor");
  CHECK(std::string(mifflin_st_jeor::info.source.doi) == "10.1093/ajcn/51.2.241");
  CHECK(mifflin_st_jeor::info.source.year == 1990);

  // Inside: 19-78 y (derivation sample).
  CHECK(mifflin_st_jeor{}.validity(make_person<T>(sex::female, T(45), T(165), T(60))).inside());
  // Age 15 is computed, and reported as outside the sample.
  const auto teen = make_person<T>(sex::male, T(15), T(170), T(60));
  CHECK_NOTHROW((void)mifflin_st_jeor{}(teen));
  const validity_report r = mifflin_st_jeor{}.validity(teen);
  CHECK_FALSE(r.inside());
  REQUIRE(r.find("age") != nullptr);
  CHECK(r.find("age")->value == doctest::Approx(15.0).epsilon(1e-5));
  CHECK(r.find("age")->range.low == 19.0);
  // 80 years: above the oldest subject.
  CHECK(mifflin_st_jeor_rounded{}
            .validity(make_person<T>(sex::male, T(80), T(175), T(70)))
            .find("age") != nullptr);
}

TEST_CASE_TEMPLATE("Mifflin-St Jeor: impossible input is an error naming the parameter", T, float,
                   double) {
  const T nan = std::numeric_limits<T>::quiet_NaN();
  auto bad_mass = make_person<T>(sex::male, T(30), T(180), T(-80));
  CHECK_THROWS_AS((void)mifflin_st_jeor{}(bad_mass), physique::invalid_argument);
  CHECK_THROWS_WITH((void)mifflin_st_jeor{}(bad_mass), doctest::Contains("body_mass"));
  auto zero_height = make_person<T>(sex::male, T(30), T(0), T(80));
  CHECK_THROWS_WITH((void)mifflin_st_jeor_rounded{}(zero_height), doctest::Contains("height"));
  auto nan_age = make_person<T>(sex::female, nan, T(165), T(60));
  CHECK_THROWS_WITH((void)mifflin_st_jeor{}(nan_age), doctest::Contains("age"));
  // Validity of an impossible person does not throw either.
  CHECK_NOTHROW((void)mifflin_st_jeor{}.validity(nan_age));
}

TEST_CASE("Mifflin-St Jeor: constant evaluation") {
  constexpr person<double> p{sex::male, years(30.0), centimeters(180.0), kilograms(80.0)};
  constexpr double ree = mifflin_st_jeor_rounded{}(p).in(kilocalories_per_day);
  static_assert(ree > 1779.99 && ree < 1780.01);
}
