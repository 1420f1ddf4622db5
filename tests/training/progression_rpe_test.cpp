// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <array>
#include <string>

#include <physique/training/progression_rpe.hpp>

using namespace physique;
using namespace physique::training;

// training_math reference 4.5 (RTS chart): plan 5 @ 8 with 100 kg; felt RPE 9 -> e1RM =
// 100 / 0.837 = 119.5 kg -> next 5 @ 8 = 119.5 x 0.811 = 96.9 kg; felt RPE 7 -> e1RM 127.2 ->
// 103.2 kg. The reference prints one decimal: tolerance 0.05 kg.
TEST_CASE_TEMPLATE("RPE autoregulation: the reference's worked example", T, float, double) {
  rpe_autoregulation<T> r;
  r.exercise = "squat";
  r.reps = 5;
  r.target_rpe = T{8};
  r.start_one_rep_max = kilograms(static_cast<T>(123.3));  // 100 kg x 5 @ 8 (reference 2.3)
  const auto s = r.initial_state();
  const auto p = r.prescribe(s);
  CHECK(p[0].rpe.value() == doctest::Approx(8.0));
  CHECK(p[0].load.in(kilograms) == doctest::Approx(100.0).epsilon(0.0005));
  CHECK(*p[0].fraction_of_max == doctest::Approx(0.811));

  const std::array<set_outcome<T>, 1> harder{{{kilograms(T{100}), 5, 5, T{9}}}};
  const auto up = r.advance(s, harder);
  CHECK(up.event == progression_event::load_adjusted);
  CHECK(up.state.estimated_max.in(kilograms) == doctest::Approx(119.5).epsilon(0.0005));
  CHECK(r.prescribe(up.state)[0].load.in(kilograms) == doctest::Approx(96.9).epsilon(0.0005));

  const std::array<set_outcome<T>, 1> easier{{{kilograms(T{100}), 5, 5, T{7}}}};
  const auto down = r.advance(s, easier);
  CHECK(down.state.estimated_max.in(kilograms) == doctest::Approx(127.2).epsilon(0.0005));
  CHECK(r.prescribe(down.state)[0].load.in(kilograms) == doctest::Approx(103.2).epsilon(0.0005));
}

TEST_CASE("RPE autoregulation: last set with an RPE, smoothing, no data") {
  rpe_autoregulation<double> r;
  r.start_one_rep_max = kilograms(120.0);
  const auto s = r.initial_state();
  // The last set has no RPE: the one before it is used.
  const std::array<set_outcome<double>, 2> sets{
      {{kilograms(100.0), 5, 5, 9.0}, {kilograms(100.0), 5, 5, std::nullopt}}};
  CHECK(r.advance(s, sets).state.estimated_max.in(kilograms) == doctest::Approx(100.0 / 0.837));
  r.smoothing = 0.5;
  CHECK(r.advance(s, sets).state.estimated_max.in(kilograms) ==
        doctest::Approx(120.0 + 0.5 * (100.0 / 0.837 - 120.0)));
  // Nothing usable: off the chart (15 reps) or no RPE at all.
  const std::array<set_outcome<double>, 2> none{
      {{kilograms(60.0), 15, 15, 8.0}, {kilograms(60.0), 5, 5, std::nullopt}}};
  const auto t = r.advance(s, none);
  CHECK(t.event == progression_event::no_data);
  CHECK(t.state == s);
  r.target_rpe = 5.0;
  CHECK_THROWS_WITH_AS((void)r.initial_state(), doctest::Contains("target_rpe"),
                       physique::invalid_argument);
  r.target_rpe = 8.0;
  r.reps = 13;
  CHECK_THROWS_WITH_AS((void)r.initial_state(), doctest::Contains("reps"),
                       physique::invalid_argument);
}
