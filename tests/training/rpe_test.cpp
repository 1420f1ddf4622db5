// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <limits>
#include <string>

#include <physique/training/rpe.hpp>

using namespace physique;
using namespace physique::training;

// The RTS chart as printed (training_math reference 2.2, from rpe-calculator src/lib/
// rpeCalc.ts): rows reps 1-12, columns RPE 10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6 (% of 1RM).
static constexpr double rts_cells[12][9] = {
    {100.0, 97.8, 95.5, 93.9, 92.2, 90.7, 89.2, 87.8, 86.3},
    {95.5, 93.9, 92.2, 90.7, 89.2, 87.8, 86.3, 85.0, 83.7},
    {92.2, 90.7, 89.2, 87.8, 86.3, 85.0, 83.7, 82.4, 81.1},
    {89.2, 87.8, 86.3, 85.0, 83.7, 82.4, 81.1, 79.9, 78.6},
    {86.3, 85.0, 83.7, 82.4, 81.1, 79.9, 78.6, 77.4, 76.2},
    {83.7, 82.4, 81.1, 79.9, 78.6, 77.4, 76.2, 75.1, 73.9},
    {81.1, 79.9, 78.6, 77.4, 76.2, 75.1, 73.9, 72.3, 70.7},
    {78.6, 77.4, 76.2, 75.1, 73.9, 72.3, 70.7, 69.4, 68.0},
    {76.2, 75.1, 73.9, 72.3, 70.7, 69.4, 68.0, 66.7, 65.3},
    {73.9, 72.3, 70.7, 69.4, 68.0, 66.7, 65.3, 64.0, 62.6},
    {70.7, 69.4, 68.0, 66.7, 65.3, 64.0, 62.6, 61.3, 59.9},
    {68.0, 66.7, 65.3, 64.0, 62.6, 61.3, 59.9, 58.6, 57.2},
};

TEST_CASE_TEMPLATE("every RTS chart cell (reps 1-12, RPE 6-10)", T, float, double) {
  for (int reps = 1; reps <= 12; ++reps) {
    for (int col = 0; col < 9; ++col) {
      const T rpe = T{10} - static_cast<T>(col) / T{2};
      CAPTURE(reps);
      CAPTURE(rpe);
      const auto f = rts_rpe_chart{}.fraction(reps, rpe);
      REQUIRE(f.has_value());
      // The chart prints one decimal of a percentage: exact to float rounding.
      CHECK(static_cast<double>(*f) ==
            doctest::Approx(rts_cells[reps - 1][col] / 100.0).epsilon(1e-6));
    }
  }
}

TEST_CASE_TEMPLATE("e1RM from load x reps @ RPE and load for a target", T, float, double) {
  // Reference 2.3: 100 kg x 5 @ 8 -> 100 / 0.811 = 123.3 kg; from it, 3 @ 9 -> 110.0 kg.
  const auto e1rm = one_rep_max_at_rpe(kilograms(T{100}), 5, T{8});
  REQUIRE(e1rm.has_value());
  CHECK(static_cast<double>(e1rm->in(kilograms)) == doctest::Approx(123.3).epsilon(0.05 / 123.3));
  const auto next = load_for_reps_at_rpe(*e1rm, 3, T{9});
  REQUIRE(next.has_value());
  CHECK(static_cast<double>(next->in(kilograms)) == doctest::Approx(110.0).epsilon(0.05 / 110.0));
  // Reference 4.5 (RPE autoregulation): 5 @ 9 with 100 kg -> e1RM 119.5; 5 @ 8 -> 96.9 kg.
  const auto harder = one_rep_max_at_rpe(kilograms(T{100}), 5, T{9});
  REQUIRE(harder.has_value());
  CHECK(static_cast<double>(harder->in(kilograms)) == doctest::Approx(119.5).epsilon(0.05 / 119.5));
  CHECK(static_cast<double>(load_for_reps_at_rpe(*harder, 5, T{8})->in(kilograms)) ==
        doctest::Approx(96.9).epsilon(0.05 / 96.9));
}

TEST_CASE("between half steps the chart is interpolated along reps to failure") {
  // 5 @ 8.25: halfway between 5 @ 8 (81.1) and 5 @ 8.5 (82.4).
  CHECK(*rts_rpe_chart{}.fraction(5, 8.25) == doctest::Approx((81.1 + 82.4) / 200.0));
}

TEST_CASE("trap: outside the chart there is no value (no 50 % floor)") {
  // liftosaur issue #163: a floor makes e1RM stop changing at high reps / low RPE; the library
  // says "out of range" instead.
  CHECK_FALSE(rts_rpe_chart{}.fraction(13, 8.0).has_value());
  CHECK_FALSE(rts_rpe_chart{}.fraction(5, 5.5).has_value());
  CHECK_FALSE(one_rep_max_at_rpe(kilograms(100.0), 20, 7.0).has_value());
  const validity_report r = rts_rpe_chart{}.validity(13, 5.0);
  CHECK(r.size() == 2);
  CHECK(r.find("reps") != nullptr);
  CHECK(r.find("rpe") != nullptr);
  CHECK(rts_rpe_chart{}.validity(12, 6.0).inside());
}

TEST_CASE("RIR scale") {
  // Zourdos et al. 2016, Table 1: RPE 10 = 0 RIR, 9 = 1, 8 = 2, 7 = 3.
  CHECK(reps_in_reserve(10.0) == 0.0);
  CHECK(reps_in_reserve(8.0f) == 2.0f);
  CHECK(reps_in_reserve(7.0) == 3.0);
  CHECK(rpe_from_reps_in_reserve(1.0) == 9.0);
  static_assert(reps_in_reserve(9.5) == 0.5);
}

TEST_CASE("bad RPE, reps and load are errors naming the value") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_AS((void)rts_rpe_chart{}.fraction(5, nan), physique::invalid_argument);
  CHECK_THROWS_AS((void)reps_in_reserve(nan), physique::invalid_argument);
  try {
    (void)rts_rpe_chart{}.fraction(5, 11.0);
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "rpe");
    CHECK(std::string(e.what()).find("rpe = 11") != std::string::npos);
  }
  CHECK_THROWS_AS((void)rts_rpe_chart{}.fraction(0, 8.0), physique::invalid_argument);
  CHECK_THROWS_AS((void)one_rep_max_at_rpe(kilograms(-100.0), 5, 8.0), physique::invalid_argument);
  CHECK_THROWS_AS((void)load_for_reps_at_rpe(kilograms(0.0), 5, 8.0), physique::invalid_argument);
  CHECK_THROWS_AS((void)rpe_from_reps_in_reserve(-1.0), physique::invalid_argument);
}
