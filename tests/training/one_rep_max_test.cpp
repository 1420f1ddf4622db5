// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <limits>
#include <span>
#include <string>
#include <vector>

#include <physique/training/one_rep_max.hpp>

using namespace physique;
using namespace physique::training;

namespace {
template <class T>
T kg(const mass<T>& m) {
  return m.in(kilograms);
}
// Tolerances: the reference tables give 2 decimals (kg of 100 kg, reps), so 0.006 absolute.
constexpr double table_tolerance = 0.006;
}  // namespace

// Expected values: training_math reference, section 1.3 ("Estimated 1RM from 100 kg").
TEST_CASE_TEMPLATE("1RM estimators reproduce the reference table at 100 kg", T, float, double) {
  const mass<T> w = kilograms(T{100});
  struct row {
    one_rep_max_formula f;
    double at1, at5, at10;
  };
  const row rows[] = {
      {one_rep_max_formula::epley, 103.33, 116.67, 133.33},
      {one_rep_max_formula::brzycki, 100.00, 112.50, 133.33},
      {one_rep_max_formula::lander, 101.39, 113.71, 134.07},
      {one_rep_max_formula::lombardi, 100.00, 117.46, 125.89},
      {one_rep_max_formula::mayhew, 108.86, 119.01, 130.93},
      {one_rep_max_formula::oconner, 102.50, 112.50, 125.00},
      {one_rep_max_formula::wathan, 101.30, 116.58, 134.75},
  };
  for (const row& r : rows) {
    CAPTURE(info(r.f).id);
    const auto formula = single_rep_convention::formula;
    CHECK(static_cast<double>(kg(one_rep_max(r.f, w, 1, formula))) ==
          doctest::Approx(r.at1).epsilon(table_tolerance / r.at1));
    CHECK(static_cast<double>(kg(one_rep_max(r.f, w, 5, single_rep_convention::single_is_max))) ==
          doctest::Approx(r.at5).epsilon(table_tolerance / r.at5));
    CHECK(static_cast<double>(kg(one_rep_max(r.f, w, 10, single_rep_convention::single_is_max))) ==
          doctest::Approx(r.at10).epsilon(table_tolerance / r.at10));
  }
}

// Reference 1.3, "Reps possible at a given %1RM (inverse)".
TEST_CASE_TEMPLATE("inverse: reps at a fraction of 1RM match the reference table", T, float,
                   double) {
  const T p[] = {T(0.90), T(0.80), T(0.75), T(0.70)};
  const double expected[7][4] = {
      {3.33, 7.50, 10.00, 12.86},   // Epley
      {4.60, 8.20, 10.00, 11.80},   // Brzycki
      {4.23, 7.97, 9.85, 11.72},    // Lander
      {2.87, 9.31, 17.76, 35.40},   // Lombardi
      {1.87, 7.46, 11.06, 15.57},   // Mayhew
      {4.44, 10.00, 13.33, 17.14},  // O'Conner
      {3.56, 7.26, 9.59, 12.42},    // Wathan
  };
  for (int f = 0; f < one_rep_max_formula_count; ++f) {
    CAPTURE(f);
    visit(static_cast<one_rep_max_formula>(f), [&](const auto& e) {
      for (int i = 0; i < 4; ++i) {
        CHECK(static_cast<double>(e.reps_at_fraction(p[i])) ==
              doctest::Approx(expected[f][i]).epsilon(0.006 / expected[f][i] + 1e-5));
      }
    });
  }
}

TEST_CASE_TEMPLATE("inverse round trip: load for N reps then reps at that load", T, float, double) {
  const mass<T> one_rm = kilograms(T{140});
  for_each_one_rep_max_equation([&](const auto& e) {
    CAPTURE(e.info.id);
    for (int r = 2; r <= 12; ++r) {
      const mass<T> w = load_for_reps(e, one_rm, r, single_rep_convention::single_is_max);
      CHECK(static_cast<double>(reps_at_load(e, one_rm, w)) == doctest::Approx(r).epsilon(1e-4));
      CHECK(static_cast<double>(kg(e(w, r))) == doctest::Approx(140.0).epsilon(1e-5));
    }
  });
}

TEST_CASE("trap: Epley and Brzycki coincide at 10 reps; Epley is higher below") {
  // Reference 1.1: both give 1.3333 w at r = 10.
  CHECK(kg(epley{}(kilograms(100.0), 10)) == doctest::Approx(kg(brzycki{}(kilograms(100.0), 10))));
  CHECK(kg(epley{}(kilograms(100.0), 5)) > kg(brzycki{}(kilograms(100.0), 5)));
}

TEST_CASE("trap: the one-rep convention (a single is its own 1RM)") {
  // Reference 1.1: Epley gives 103.33 for 100 x 1; apps return the weight (Wendler issue #16,
  // liftosaur Weight_getOneRepMax). The default convention returns the load.
  CHECK(kg(one_rep_max(epley{}, kilograms(100.0), 1, single_rep_convention::single_is_max)) ==
        100.0);
  CHECK(kg(one_rep_max(mayhew{}, kilograms(100.0), 1, single_rep_convention::single_is_max)) ==
        100.0);
  CHECK(kg(one_rep_max(epley{}, kilograms(100.0), 1, single_rep_convention::formula)) ==
        doctest::Approx(103.333).epsilon(1e-5));
  CHECK(kg(load_for_reps(wathan{}, kilograms(120.0), 1, single_rep_convention::single_is_max)) ==
        120.0);
}

TEST_CASE("Brzycki rounded form and transfer identity") {
  // WGER helpers: intensity w/1RM = 1.0278 - 0.0278 r; test value 5 reps -> 0.8888, 1 -> 1.0.
  CHECK(brzycki{}.fraction_of_max(5) == doctest::Approx(0.8888).epsilon(1e-3));
  CHECK(brzycki{}.fraction_of_max(1) == 1.0);
  // MuscleBook#23: reps at w2 equivalent to (w1, r1) is r2 = 37 - w2 (37 - r1) / w1.
  const mass<double> one_rm = brzycki{}(kilograms(100.0), 5);
  CHECK(reps_at_load(brzycki{}, one_rm, kilograms(90.0)) ==
        doctest::Approx(37.0 - 90.0 * (37.0 - 5.0) / 100.0));
}

TEST_CASE("validity: reps outside the validated range are reported, not thrown") {
  const validity_report r = epley{}.validity(40);
  CHECK_FALSE(r.inside());
  REQUIRE(r.find("reps") != nullptr);
  CHECK(r.find("reps")->value == 40.0);
  CHECK(r.find("reps")->range.high == 10.0);
  CHECK(epley{}.validity(8).inside());
  CHECK(mayhew{}.validity(15).inside());
  CHECK_FALSE(wathan{}.validity(16).inside());
  CHECK_FALSE(one_rep_max_validity(one_rep_max_formula::brzycki, 11).inside());
  // 40 reps still computes with Epley (reported above, not thrown).
  CHECK(kg(epley{}(kilograms(50.0), 40)) == doctest::Approx(50.0 * (1.0 + 40.0 / 30.0)));
}

TEST_CASE("bad input names the parameter") {
  CHECK_THROWS_AS((void)epley{}(kilograms(100.0), 0), physique::invalid_argument);
  try {
    (void)epley{}(kilograms(100.0), 0);
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "reps");
    CHECK(std::string(e.what()).find("reps = 0") != std::string::npos);
  }
  try {
    (void)brzycki{}(kilograms(-5.0), 5);
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.what()).find("load = -5 kg") != std::string::npos);
  }
  // Brzycki's pole at 37 reps, Lander's at 37.9: impossible to evaluate, so an error.
  CHECK_THROWS_AS((void)brzycki{}(kilograms(100.0), 37), physique::invalid_argument);
  CHECK_THROWS_AS((void)lander{}(kilograms(100.0), 38), physique::invalid_argument);
  CHECK_THROWS_AS(
      (void)one_rep_max(lombardi{}, kilograms(0.0), 1, single_rep_convention::single_is_max),
      physique::invalid_argument);
  CHECK_THROWS_AS((void)epley{}(kilograms(std::numeric_limits<double>::quiet_NaN()), 3),
                  physique::invalid_argument);
  // Mayhew's and Wathan's inverses stop at their floors (52.2 %, 48.8 %).
  CHECK_THROWS_AS((void)mayhew{}.reps_at_fraction(0.5), physique::invalid_argument);
  CHECK_THROWS_AS((void)wathan{}.reps_at_fraction(0.48), physique::invalid_argument);
  CHECK_THROWS_AS((void)epley{}.reps_at_fraction(1.2), physique::invalid_argument);
  CHECK_THROWS_AS((void)reps_at_load(epley{}, kilograms(100.0), kilograms(-1.0)),
                  physique::invalid_argument);
}

TEST_CASE("family: iteration, run-time lookup by id, equation concept") {
  static_assert(one_rep_max_equation<epley> && one_rep_max_equation<wathan>);
  int n = 0;
  for_each_one_rep_max_equation([&n](const auto& e) {
    const auto found = find_one_rep_max_formula(e.info.id);
    REQUIRE(found.has_value());
    CHECK(static_cast<int>(*found) == n);
    ++n;
  });
  CHECK(n == one_rep_max_formula_count);
  CHECK_FALSE(find_one_rep_max_formula("wendler").has_value());
  CHECK_FALSE(find_one_rep_max_formula(nullptr).has_value());
  static_assert(epley{}(kilograms(80.0), 15).in(kilograms) == 120.0);  // constexpr, exact
}

TEST_CASE_TEMPLATE("batch over spans equals the single calls", T, float, double) {
  std::vector<mass<T>> loads;
  std::vector<int> reps;
  for (int i = 0; i < 40; ++i) {
    loads.push_back(kilograms(static_cast<T>(60 + i)));
    reps.push_back(1 + i % 12);
  }
  std::vector<mass<T>> out(loads.size());
  for_each_one_rep_max_equation([&](const auto& e) {
    CAPTURE(e.info.id);
    one_rep_max(e, loads, reps, out, single_rep_convention::single_is_max);
    for (std::size_t i = 0; i < loads.size(); ++i) {
      CHECK(out[i] == one_rep_max(e, loads[i], reps[i], single_rep_convention::single_is_max));
    }
  });
  // A bad entry: nothing written, error names it.
  reps[7] = 0;
  out.assign(out.size(), mass<T>{});
  CHECK_THROWS_AS(one_rep_max(epley{}, loads, reps, out, single_rep_convention::single_is_max),
                  physique::invalid_argument);
  CHECK(out[0] == mass<T>{});
  std::vector<mass<T>> short_out(3);
  CHECK_THROWS_AS(
      one_rep_max(epley{}, loads, reps, short_out, single_rep_convention::single_is_max),
      physique::invalid_argument);
}
