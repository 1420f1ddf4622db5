// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <string>

#include <physique/training/prescription.hpp>

using namespace physique;
using namespace physique::training;

TEST_CASE_TEMPLATE("a uniform prescription: the article's single-arm row, 3 x 10-12 per arm", T,
                   float, double) {
  auto p = prescription<T>::uniform("dumbbell_row_single_arm", 3,
                                    set_prescription<T>::reps_set(10, 12, kilograms(T{20})));
  p.per_side = true;
  p.tempo = exercise::parse_tempo("2-1-1-0");
  p.rest = minutes(T{2});
  CHECK(p.set_count() == 3);
  CHECK(p.sets().size() == 3U);
  CHECK(p[2].reps == 10);
  CHECK(p[2].reps_max == 12);
  CHECK(p.top_load() == kilograms(T{20}));
  // 3 sets x 10 reps x 20 kg x 2 sides.
  CHECK(p.volume_load().in(kilograms) == doctest::Approx(1200.0));
  validate(p);
}

TEST_CASE("prescription capacity and resize") {
  prescription<double> p;
  CHECK_THROWS_AS(p.resize(2), physique::invalid_argument);  // nothing to copy
  p.add_set(set_prescription<double>::reps_set(5, 5, kilograms(100.0)));
  p.resize(4);
  CHECK(p.set_count() == 4);
  CHECK(p[3].load == kilograms(100.0));
  p.resize(1);
  CHECK(p.set_count() == 1);
  CHECK_THROWS_AS(p.resize(17), physique::invalid_argument);
  try {
    (void)prescription<double>::uniform("x", 17, {});
    FAIL("expected a throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "sets");
  }
}

TEST_CASE("validate names the bad field") {
  auto p = prescription<double>::uniform("x", 2, set_prescription<double>::reps_set(8, 6, {}));
  try {
    validate(p);
    FAIL("expected a throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "reps_max");
  }
  auto q = prescription<double>::uniform("x", 1,
                                         set_prescription<double>::reps_set(5, 5, kilograms(-1.0)));
  CHECK_THROWS_WITH_AS(validate(q), doctest::Contains("load"), physique::invalid_argument);
  set_prescription<double> timed;  // reps 0 without a hold
  auto h = prescription<double>::uniform("dead_hang", 1, timed);
  CHECK_THROWS_WITH_AS(validate(h), doctest::Contains("hold"), physique::invalid_argument);
  h.sets()[0].hold = seconds(30.0);
  validate(h);
  CHECK(h[0].timed());
}

TEST_CASE_TEMPLATE("deload: half the sets (rounded up), 70 % of the load, RPE two lower", T, float,
                   double) {
  set_prescription<T> s = set_prescription<T>::reps_set(5, 5, kilograms(T{100}));
  s.rpe = T{8};
  s.amrap = true;
  const auto p = prescription<T>::uniform("squat", 5, s);
  const auto d = deload_of(p);
  CHECK(d.deload);
  CHECK(d.set_count() == 3);  // 5 x 0.5 = 2.5 -> 3
  CHECK(d[0].load.in(kilograms) == doctest::Approx(70.0));
  CHECK(*d[0].rpe == doctest::Approx(6.0));
  CHECK_FALSE(d[0].amrap);
  deload_settings<T> gentle;
  gentle.load_fraction = static_cast<T>(0.6);
  gentle.set_fraction = T{1};
  const auto g = deload_of(p, gentle);
  CHECK(g.set_count() == 5);
  CHECK(g[0].load.in(kilograms) == doctest::Approx(60.0));
  deload_settings<T> bad;
  bad.load_fraction = T{0};
  CHECK_THROWS_WITH_AS((void)deload_of(p, bad), doctest::Contains("load_fraction"),
                       physique::invalid_argument);
}

TEST_CASE("deload never raises a low RPE target") {
  set_prescription<double> s = set_prescription<double>::reps_set(10, 10, kilograms(20.0));
  s.rpe = 4.0;
  const auto d = deload_of(prescription<double>::uniform("x", 2, s));
  CHECK(*d[0].rpe == 4.0);
}
