// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <array>
#include <string>

#include <physique/training/load_rounding.hpp>

using namespace physique;
using namespace physique::training;

namespace {
// A 20 kg bar with one pair each of 25, 20, 15, 10, 5, 2.5 and 1.25 kg plates.
template <class T>
loadable_weights<T> kg_home_gym() {
  const std::array<plate_stock<T>, 7> pairs{{{kilograms(T{25}), 1},
                                             {kilograms(T{20}), 1},
                                             {kilograms(T{15}), 1},
                                             {kilograms(T{10}), 1},
                                             {kilograms(T{5}), 1},
                                             {kilograms(static_cast<T>(2.5)), 1},
                                             {kilograms(static_cast<T>(1.25)), 1}}};
  return loadable_weights<T>::barbell(kilograms(T{20}), pairs);
}
// A 45 lb bar with one pair each of 45, 35, 25, 10, 5 and 2.5 lb plates.
template <class T>
loadable_weights<T> lb_home_gym() {
  const std::array<plate_stock<T>, 6> pairs{{{pounds(T{45}), 1},
                                             {pounds(T{35}), 1},
                                             {pounds(T{25}), 1},
                                             {pounds(T{10}), 1},
                                             {pounds(T{5}), 1},
                                             {pounds(static_cast<T>(2.5)), 1}}};
  return loadable_weights<T>::barbell(pounds(T{45}), pairs);
}
}  // namespace

TEST_CASE_TEMPLATE("kg plates: every 2.5 kg from the empty bar to 177.5 kg", T, float, double) {
  const auto w = kg_home_gym<T>();
  // Per side the subsets of {25, 20, 15, 10, 5, 2.5, 1.25} reach every multiple of 1.25 kg
  // up to their sum 78.75 kg: 64 totals 20, 22.5, ..., 177.5 kg.
  REQUIRE(w.loads().size() == 64U);
  CHECK(w.lightest() == kilograms(T{20}));
  CHECK(w.heaviest().in(kilograms) == doctest::Approx(177.5));
  CHECK(w.is_loadable(kilograms(static_cast<T>(102.5))));
  CHECK_FALSE(w.is_loadable(kilograms(T{101})));

  const auto down = w.round(kilograms(T{101}));
  CHECK(down.load.in(kilograms) == doctest::Approx(100.0));
  CHECK_FALSE(down.exact);
  CHECK(down.difference().in(kilograms) == doctest::Approx(-1.0));
  CHECK(w.round(kilograms(T{101}), rounding_policy::up).load.in(kilograms) ==
        doctest::Approx(102.5));
  CHECK(w.round(kilograms(T{101}), rounding_policy::nearest).load.in(kilograms) ==
        doctest::Approx(100.0));
  CHECK(w.round(kilograms(static_cast<T>(101.5)), rounding_policy::nearest).load.in(kilograms) ==
        doctest::Approx(102.5));
  // A tie goes down (never more than asked).
  CHECK(w.round(kilograms(static_cast<T>(101.25)), rounding_policy::nearest).load.in(kilograms) ==
        doctest::Approx(100.0));
  const auto exact = w.round(kilograms(T{60}));
  CHECK(exact.exact);

  // 100 kg = bar + 25 + 15 per side (the combination found heaviest plate first).
  const auto plates = w.plates_for(kilograms(T{100}));
  REQUIRE(plates.has_value());
  REQUIRE(plates->size() == 2U);
  CHECK((*plates)[0].in(kilograms) == doctest::Approx(25.0));
  CHECK((*plates)[1].in(kilograms) == doctest::Approx(15.0));
  CHECK(w.plates_per_side());
  CHECK(w.plates_for(kilograms(T{20}))->empty());
  CHECK_FALSE(w.plates_for(kilograms(T{21})).has_value());
}

TEST_CASE_TEMPLATE("out-of-range requests are reported, not silently clamped", T, float, double) {
  const auto w = kg_home_gym<T>();
  const auto light = w.round(kilograms(T{15}));
  CHECK(light.below_range);
  CHECK(light.load == kilograms(T{20}));  // the empty bar is the lightest possible load
  const auto heavy = w.round(kilograms(T{200}), rounding_policy::up);
  CHECK(heavy.above_range);
  CHECK(heavy.load.in(kilograms) == doctest::Approx(177.5));
  CHECK_THROWS_WITH_AS((void)w.round(kilograms(T{-5})), doctest::Contains("load"),
                       physique::invalid_argument);
}

TEST_CASE_TEMPLATE("lb plates: 5/3/1 week 1 at a 270 lb training max", T, float, double) {
  const auto w = lb_home_gym<T>();
  CHECK(w.is_loadable(pounds(T{135})));  // bar + a 45 per side
  // 65/75/85 % of 270 lb = 175.5, 202.5, 229.5 lb (Wendler 2009) -> round down to what the
  // plates make: 175 (35 + 25 + 5 per side), 200 (45 + 25 + 5 + 2.5), 225 (45 + 35 + 10).
  CHECK(w.round(pounds(static_cast<T>(175.5))).load.in(pounds) ==
        doctest::Approx(175.0).epsilon(1e-5));
  CHECK(w.round(pounds(static_cast<T>(202.5))).load.in(pounds) ==
        doctest::Approx(200.0).epsilon(1e-5));
  CHECK(w.round(pounds(static_cast<T>(229.5))).load.in(pounds) ==
        doctest::Approx(225.0).epsilon(1e-5));
  const auto plates = w.plates_for(pounds(T{225}));
  REQUIRE(plates.has_value());
  REQUIRE(plates->size() == 3U);
  CHECK((*plates)[0].in(pounds) == doctest::Approx(45.0).epsilon(1e-5));
  CHECK((*plates)[1].in(pounds) == doctest::Approx(35.0).epsilon(1e-5));
  CHECK((*plates)[2].in(pounds) == doctest::Approx(10.0).epsilon(1e-5));
  // Heaviest: 45 + 2 x 122.5 = 290 lb.
  CHECK(w.heaviest().in(pounds) == doctest::Approx(290.0).epsilon(1e-5));
}

TEST_CASE("limited plates: a subset search, not a greedy one") {
  // Per side 30 kg from one 20 and two 15s: greedy would take the 20 and fail; 15 + 15 works.
  const std::array<plate_stock<double>, 2> pairs{{{kilograms(20.0), 1}, {kilograms(15.0), 2}}};
  const auto w = loadable_weights<double>::barbell(kilograms(20.0), pairs);
  CHECK(w.is_loadable(kilograms(80.0)));
  CHECK_FALSE(w.is_loadable(kilograms(70.0)));  // 25 a side: no such subset
}

TEST_CASE("microplates make smaller jumps") {
  auto pairs = olympic_kg_plates<double>();
  const auto plain = loadable_weights<double>::barbell(kilograms(20.0), pairs);
  CHECK_FALSE(plain.is_loadable(kilograms(101.0)));
  std::array<plate_stock<double>, 9> with_micro{};
  for (std::size_t i = 0; i < pairs.size(); ++i)
    with_micro[i] = pairs[i];
  with_micro[7] = {kilograms(0.5), 1};
  with_micro[8] = {kilograms(0.25), 1};
  const auto micro = loadable_weights<double>::barbell(kilograms(20.0), with_micro);
  CHECK(micro.is_loadable(kilograms(101.0)));  // + 0.5 per side
  CHECK(micro.is_loadable(kilograms(100.5)));  // + 0.25 per side
  CHECK(*micro.next_above(kilograms(100.0)) == kilograms(100.5));
}

TEST_CASE("dumbbells, stacks with an add-on, belts") {
  const std::array<mass<double>, 5> rack{kilograms(10.0), kilograms(12.5), kilograms(15.0),
                                         kilograms(17.5), kilograms(20.0)};
  const auto db = loadable_weights<double>::fixed(rack);
  CHECK(db.round(kilograms(16.0)).load == kilograms(15.0));
  const std::array<mass<double>, 2> magnets{kilograms(0.5), kilograms(1.0)};
  const auto db_micro = db.with_add_ons(magnets);
  CHECK(db_micro.round(kilograms(16.0)).load == kilograms(16.0));  // 15 + 1 magnet
  CHECK(db_micro.is_loadable(kilograms(16.5)));                    // 15 + 1 + 0.5

  const auto stack =
      loadable_weights<double>::steps(kilograms(5.0), kilograms(5.0), kilograms(100.0));
  CHECK(stack.loads().size() == 20U);
  CHECK(stack.round(kilograms(47.0)).load == kilograms(45.0));
  const std::array<mass<double>, 1> add_on{kilograms(2.5)};
  const auto stack_plus = stack.with_add_ons(add_on);
  CHECK(stack_plus.round(kilograms(47.0)).load == kilograms(45.0));
  CHECK(stack_plus.round(kilograms(48.0)).load == kilograms(47.5));
  CHECK(stack_plus.plates_for(kilograms(47.5))->size() == 1U);

  const std::array<plate_stock<double>, 2> belt_plates{{{kilograms(5.0), 2}, {kilograms(2.5), 1}}};
  const auto belt = loadable_weights<double>::belt(belt_plates);
  CHECK(belt.lightest() == kilograms(0.0));
  CHECK(belt.heaviest() == kilograms(12.5));
  CHECK(belt.round(kilograms(9.0)).load == kilograms(7.5));

  CHECK_THROWS_WITH_AS(
      (void)loadable_weights<double>::steps(kilograms(5.0), kilograms(0.0), kilograms(10.0)),
      doctest::Contains("step"), physique::invalid_argument);
  const std::array<plate_stock<double>, 1> bad{{{kilograms(-2.5), 1}}};
  CHECK_THROWS_WITH_AS((void)loadable_weights<double>::barbell(kilograms(20.0), bad),
                       doctest::Contains("weight"), physique::invalid_argument);
}

TEST_CASE_TEMPLATE("invariant: a rounded load is always loadable and never negative", T, float,
                   double) {
  const auto w = lb_home_gym<T>();
  for (int i = 0; i <= 400; ++i) {
    const mass<T> requested = pounds(static_cast<T>(i) * static_cast<T>(0.85));
    for (auto policy : {rounding_policy::down, rounding_policy::nearest, rounding_policy::up}) {
      const auto r = w.round(requested, policy);
      CHECK(w.is_loadable(r.load));
      CHECK(r.load >= mass<T>{});
      if (policy == rounding_policy::down && !r.below_range)
        CHECK(r.load <= requested + pounds(static_cast<T>(0.01)));
    }
  }
}

TEST_CASE("rounding a prescription keeps the request and reports") {
  auto p = prescription<double>::uniform("bench_press", 3,
                                         set_prescription<double>::reps_set(5, 5, kilograms(81.0)));
  const auto report = round_prescription(p, kg_home_gym<double>());
  CHECK(report.changed_sets == 3);
  CHECK_FALSE(report.out_of_range);
  CHECK(report.largest_change.in(kilograms) == doctest::Approx(1.0));
  CHECK(p[0].load == kilograms(80.0));
  CHECK(p[0].requested_load == kilograms(81.0));
  // Bodyweight sets stay at zero on a barbell (no implement), not clamped to the bar.
  auto bw =
      prescription<double>::uniform("pull_up", 2, set_prescription<double>::reps_set(2, 5, {}));
  const auto none = round_prescription(bw, kg_home_gym<double>());
  CHECK(none.changed_sets == 0);
  CHECK(bw[0].load == kilograms(0.0));
}
