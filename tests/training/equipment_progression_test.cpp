// SPDX-License-Identifier: MIT
// Progression rules that know the equipment: every load they prescribe or keep is one the
// equipment makes, and each increase is the equipment's smallest step or a multiple of it.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <string>
#include <vector>

#include <physique/training/equipment_loads.hpp>
#include <physique/training/progression_double.hpp>
#include <physique/training/progression_ladder.hpp>
#include <physique/training/progression_linear.hpp>
#include <physique/training/progression_rpe.hpp>
#include <physique/training/progression_volume.hpp>
#include <physique/training/progression_wave.hpp>

using namespace physique;
using namespace physique::training;

namespace {
template <class T>
std::vector<set_outcome<T>> sets_at(mass<T> load, int target, std::initializer_list<int> reps) {
  std::vector<set_outcome<T>> out;
  for (int r : reps)
    out.push_back(set_outcome<T>{load, target, r, std::nullopt});
  return out;
}
template <class T>
double kg(const mass<T>& m) {
  return static_cast<double>(m.in(kilograms));
}
/// True when `m` is base + k step for a whole k >= 0 (to 1 g).
bool on_grid(double m, double step, double base = 0.0) {
  const double k = (m - base) / step;
  return k > -1e-6 && std::fabs(k - std::round(k)) * step < 1e-3;
}
}  // namespace

TEST_CASE_TEMPLATE("double progression on 2.5 kg dumbbells: 20 -> 22.5, not a stuck 20", T, float,
                   double) {
  // The default +2 kg asks for 22 kg; dumbbells in 2.5 kg steps make 22.5. Without the
  // equipment the rule's state (22) is not what is lifted (20 after rounding down).
  double_progression<T> dp;
  dp.start_load = kilograms(T{20});
  dp.equipment = equipment_loads<T>::steps(kilograms(T(2.5)), kilograms(T(2.5)));
  const auto t = dp.advance(dp.initial_state(), sets_at<T>(kilograms(T{20}), 10, {12, 12, 12}));
  CHECK(t.event == progression_event::load_increased);
  CHECK(kg(t.state.load) == doctest::Approx(22.5));
  // The state is the loaded weight: rounding the prescription to the rack changes nothing.
  const auto rack =
      loadable_weights<T>::steps(kilograms(T(2.5)), kilograms(T(2.5)), kilograms(T{50}));
  auto p = dp.prescribe(t.state);
  const auto report = round_prescription(p, rack);
  CHECK(report.changed_sets == 0);
  CHECK(p[0].load == t.state.load);
}

TEST_CASE_TEMPLATE("each equipment step: the increase is the step or a multiple of it", T, float,
                   double) {
  // Hand-worked: the loadable load nearest 20 + increment, but at least one step up.
  struct row {
    double step, increment, after;
  };
  const row rows[] = {
      {1.0, 2.0, 22.0}, {1.25, 2.0, 22.5}, {2.0, 2.0, 22.0},  {2.5, 2.0, 22.5},
      {5.0, 2.0, 25.0}, {1.0, 2.5, 23.0},  {1.25, 2.5, 22.5}, {2.0, 2.5, 22.0},
      {2.5, 2.5, 22.5}, {5.0, 2.5, 25.0},  {1.0, 0.5, 21.0},  {1.25, 1.0, 21.25},
      {2.0, 5.0, 26.0}, {2.5, 5.0, 25.0},  {5.0, 5.0, 25.0},  {1.0, 5.0, 25.0},
  };
  for (const row& r : rows) {
    CAPTURE(r.step);
    CAPTURE(r.increment);
    linear_progression<T> lp;
    lp.start_load = kilograms(T{20});
    lp.increment = kilograms(static_cast<T>(r.increment));
    lp.equipment = equipment_loads<T>::steps(kilograms(static_cast<T>(r.step)));
    auto s = lp.initial_state();
    const auto t = lp.advance(s, sets_at<T>(s.load, 5, {5, 5, 5}));
    CHECK(kg(t.state.load) == doctest::Approx(r.after).epsilon(1e-6));
    // Ten more successes: always on the grid, always up by a whole number of steps near
    // the increment (within half a step), never by nothing.
    s = t.state;
    for (int i = 0; i < 10; ++i) {
      const auto next = lp.advance(s, sets_at<T>(s.load, 5, {5, 5, 5})).state;
      const double up = kg(next.load) - kg(s.load);
      CHECK(on_grid(kg(next.load), r.step));
      CHECK(on_grid(up, r.step));
      CHECK(up >= r.step - 1e-4);
      if (r.increment >= r.step) CHECK(std::fabs(up - r.increment) <= r.step / 2 + 1e-4);
      s = next;
    }
    // Three misses: the reset lands on the grid too (the state is still a real load).
    for (int i = 0; i < 3; ++i)
      s = lp.advance(s, sets_at<T>(s.load, 5, {5, 4, 3})).state;
    CHECK(on_grid(kg(s.load), r.step));
  }
}

TEST_CASE_TEMPLATE("a start load the equipment cannot make is rounded down", T, float, double) {
  double_progression<T> dp;
  dp.start_load = kilograms(T{21});
  dp.equipment = equipment_loads<T>::steps(kilograms(T(2.5)), kilograms(T(2.5)));
  CHECK(kg(dp.initial_state().load) == doctest::Approx(20.0));
  // Below the lightest dumbbell: the lightest (a rule cannot prescribe less).
  dp.start_load = kilograms(T{1});
  CHECK(kg(dp.initial_state().load) == doctest::Approx(2.5));
}

TEST_CASE_TEMPLATE("plate-loaded bars: the plates owned decide the step", T, float, double) {
  // A 20 kg bar with the olympic pairs (smallest 1.25 kg: 2.5 kg steps).
  const auto plates = olympic_kg_plates<T>();
  const auto bar = loadable_weights<T>::barbell(kilograms(T{20}), plates);
  linear_progression<T> lp;
  lp.start_load = kilograms(T{60});
  lp.increment = kilograms(T{2});
  lp.equipment = equipment_loads<T>::of(bar);
  auto s = lp.initial_state();
  s = lp.advance(s, sets_at<T>(s.load, 5, {5, 5, 5})).state;
  CHECK(kg(s.load) == doctest::Approx(62.5));
  CHECK(bar.is_loadable(s.load));
  // 62.5 x 0.9 = 56.25 after three misses: 55 kg is what the plates make below it.
  for (int i = 0; i < 3; ++i)
    s = lp.advance(s, sets_at<T>(s.load, 5, {5, 5, 2})).state;
  CHECK(kg(s.load) == doctest::Approx(55.0));
  CHECK(bar.is_loadable(s.load));

  // Add two pairs of 0.5 kg fractional plates: 1 kg steps, so +2 kg is exactly 2 kg.
  std::vector<plate_stock<T>> fine(plates.begin(), plates.end());
  fine.push_back({kilograms(T(0.5)), 2});
  const auto micro = loadable_weights<T>::barbell(kilograms(T{20}), fine);
  lp.equipment = equipment_loads<T>::of(micro);
  s = lp.initial_state();
  s = lp.advance(s, sets_at<T>(s.load, 5, {5, 5, 5})).state;
  CHECK(kg(s.load) == doctest::Approx(62.0));

  // A home bar with one pair of 10 kg plates loads 20 or 40 kg: at 40 nothing heavier
  // exists, so a success repeats instead of asking for a load that cannot be built.
  const std::array<plate_stock<T>, 1> one_pair{{{kilograms(T{10}), 1}}};
  const auto home = loadable_weights<T>::barbell(kilograms(T{20}), one_pair);
  lp.equipment = equipment_loads<T>::of(home);
  lp.start_load = kilograms(T{40});
  const auto top = lp.advance(lp.initial_state(), sets_at<T>(kilograms(T{40}), 5, {5, 5, 5}));
  CHECK(top.event == progression_event::repeated);
  CHECK(kg(top.state.load) == doctest::Approx(40.0));
}

TEST_CASE_TEMPLATE("percentage rules prescribe loads the equipment makes", T, float, double) {
  const auto plates = olympic_kg_plates<T>();
  const auto bar = loadable_weights<T>::barbell(kilograms(T{20}), plates);
  wendler_531<T> w;
  w.one_rep_max = kilograms(T{100});
  w.equipment = equipment_loads<T>::of(bar);
  const auto p = w.prescribe(w.initial_state());  // TM 90 kg: 65 / 75 / 85 %
  CHECK(kg(p[0].requested_load) == doctest::Approx(58.5));
  CHECK(kg(p[0].load) == doctest::Approx(57.5));
  CHECK(kg(p[2].load) == doctest::Approx(75.0));  // 76.5 requested
  for (const auto& set : p.sets())
    CHECK(bar.is_loadable(set.load));

  rpe_autoregulation<T> r;
  r.start_one_rep_max = kilograms(T{100});
  r.equipment = equipment_loads<T>::steps(kilograms(T{2}));
  const auto q = r.prescribe(r.initial_state());  // 5 @ 8: 81.1 % of 100 kg
  CHECK(on_grid(kg(q[0].load), 2.0));
  CHECK(kg(q[0].load) <= kg(q[0].requested_load));
  CHECK(kg(q[0].requested_load) - kg(q[0].load) < 2.0);
}

TEST_CASE_TEMPLATE("ladder: added load follows the belt's plates", T, float, double) {
  // Dip-belt plates 1.25, 2.5 and 5 kg: about +2 kg is 2.5 kg (nearest), then 5, 7.5 ...
  const std::array<plate_stock<T>, 3> belt_plates{
      {{kilograms(T(1.25)), 1}, {kilograms(T(2.5)), 1}, {kilograms(T{5}), 1}}};
  const auto belt = loadable_weights<T>::belt(belt_plates);
  ladder_progression<T> lad;
  lad.steps = std::span<const ladder_step>(pull_up_ladder);
  lad.start_step = 3;
  lad.load_increment = kilograms(T{2});
  lad.equipment = equipment_loads<T>::of(belt);
  auto s = lad.initial_state();
  CHECK(kg(s.added_load) == doctest::Approx(2.5));
  s = lad.advance(s, sets_at<T>(s.added_load, 5, {8, 8, 8})).state;
  CHECK(kg(s.added_load) == doctest::Approx(5.0));
  CHECK(belt.is_loadable(s.added_load));
  // 8.75 kg is the most the belt holds: from there a success repeats.
  s.added_load = kilograms(T(8.75));
  const auto t = lad.advance(s, sets_at<T>(s.added_load, 5, {8, 8, 8}));
  CHECK(t.event == progression_event::repeated);
}

TEST_CASE_TEMPLATE("a volume ramp keeps the inner rule's equipment", T, float, double) {
  volume_ramp<double_progression<T>> ramp;
  ramp.inner.start_load = kilograms(T{20});
  ramp.inner.equipment = equipment_loads<T>::steps(kilograms(T{5}));
  auto s = ramp.initial_state();
  for (int i = 0; i < 12; ++i) {
    const auto p = ramp.prescribe(s);
    CHECK(on_grid(kg(p[0].load), 5.0));
    std::vector<set_outcome<T>> done;
    for (const auto& set : p.sets())
      done.push_back(set_outcome<T>{set.load, set.reps, set.reps_max, std::nullopt});
    s = ramp.advance(s, done).state;
  }
}

TEST_CASE("equipment steps: bad settings name the field") {
  try {
    (void)equipment_loads<double>::steps(kilograms(0.0));
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "step");
  }
  CHECK_THROWS_AS((void)equipment_loads<double>::steps(kilograms(2.5), kilograms(-1.0)),
                  physique::invalid_argument);
  CHECK_THROWS_AS((void)equipment_loads<double>::of(loadable_weights<double>{}),
                  physique::invalid_argument);
  // Default: any load, the rule's arithmetic unchanged (22 kg after +2 kg).
  double_progression<double> dp;
  dp.start_load = kilograms(20.0);
  CHECK_FALSE(dp.equipment.constrained());
  const auto t = dp.advance(dp.initial_state(), sets_at<double>(kilograms(20.0), 10, {12, 12, 12}));
  CHECK(kg(t.state.load) == doctest::Approx(22.0));
}
