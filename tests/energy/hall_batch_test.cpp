// Tests of the batch entry point (hall_batch.hpp): it must agree with hall_model person by
// person, with one or two threads, with a constant intake or a day-major table, for every
// batch size, with measured and estimated fat mass mixed, and at high PAL (step rule).
#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <physique/energy/hall_batch.hpp>

using namespace physique;
using namespace physique::energy;

namespace {

template <class T>
struct batch_people {
  std::vector<sex> sexes;
  std::vector<duration<T>> age;
  std::vector<length<T>> height;
  std::vector<mass<T>> body;
  std::vector<T> pal;
  std::vector<std::optional<mass<T>>> fat;
  std::vector<energy_rate<T>> intake;
  explicit batch_people(std::size_t n, T pal_low = static_cast<T>(1.4),
                        T pal_span = static_cast<T>(0.5)) {
    for (std::size_t i = 0; i < n; ++i) {
      const T u = static_cast<T>(i % 17) / static_cast<T>(17);
      sexes.push_back(i % 2 == 0 ? sex::male : sex::female);
      age.push_back(years(static_cast<T>(25) + static_cast<T>(30) * u));
      height.push_back(meters(static_cast<T>(1.60) + static_cast<T>(0.25) * u));
      body.push_back(
          kilograms(static_cast<T>(65) +
                    static_cast<T>(50) * static_cast<T>((i * 7) % 13) / static_cast<T>(13)));
      pal.push_back(pal_low + pal_span * u);
      // Every third person has a measured fat mass (a quarter of body mass).
      fat.push_back(i % 3 == 0 ? std::optional<mass<T>>(body.back() * static_cast<T>(0.25))
                               : std::nullopt);
      intake.push_back(
          kilocalories_per_day(static_cast<T>(1800) + static_cast<T>((i * 37) % 1200)));
    }
  }
  hall_population<T> view(bool with_fat = false) const {
    hall_population<T> p{sexes, age, height, body, pal};
    if (with_fat) p.fat_masses = fat;
    return p;
  }
  hall_model<T> model(std::size_t i, bool with_fat = false) const {
    hall_setup<T> s;
    s.individual = person<T>{sexes[i], age[i], height[i], body[i]};
    s.physical_activity_level = pal[i];
    if (with_fat) s.fat_mass = fat[i];
    return hall_model<T>(s);
  }
};

template <class T>
T kg(const mass<T>& m) {
  return m.in(kilograms);
}

}  // namespace

TEST_CASE_TEMPLATE("the batch agrees with hall_model person by person", T, float, double) {
  const std::size_t n = 150;  // two full chunks and a partial one
  const batch_people<T> p(n);
  std::vector<mass<T>> bw(n), fat(n), ffm(n), traj((366U) * n);
  simulate_population<T>(p.view(), p.intake, 365, {bw, fat, ffm, traj});
  const T tol = std::is_same_v<T, float> ? static_cast<T>(2e-3) : static_cast<T>(1e-9);
  for (std::size_t i = 0; i < n; i += 7) {
    const hall_model<T> m = p.model(i);
    const auto tr = m.trajectory(constant_intake<T>{p.intake[i]}, 365);
    CHECK(std::fabs(kg(bw[i]) - kg(tr[365].body_mass)) < tol);
    CHECK(std::fabs(kg(fat[i]) - kg(tr[365].fat_mass)) < tol);
    CHECK(std::fabs(kg(ffm[i]) - kg(tr[365].fat_free_mass)) < tol);
    CHECK(std::fabs(kg(traj[100 * n + i]) - kg(tr[100].body_mass)) < tol);
    CHECK(std::fabs(kg(traj[i]) - kg(p.body[i])) < tol);
  }
}

TEST_CASE("measured and estimated fat mass in one batch") {
  const std::size_t n = 90;
  const batch_people<double> p(n);
  std::vector<mass<double>> fat(n);
  simulate_population<double>(p.view(true), p.intake, 0, {{}, fat, {}, {}});
  for (std::size_t i = 0; i < n; ++i) {
    // Day 0 is the baseline: the measured value, or the Jackson 2002 estimate of hall_model.
    const double expected = p.fat[i] ? kg(*p.fat[i]) : kg(p.model(i).initial_state().fat_mass);
    CHECK(kg(fat[i]) == doctest::Approx(expected).epsilon(1e-12));
  }
  std::vector<mass<double>> bw(n);
  simulate_population<double>(p.view(true), p.intake, 200, {bw, {}, {}, {}});
  for (std::size_t i = 0; i < n; i += 5) {
    const hall_model<double> m = p.model(i, true);
    const double ref = kg(m.body_mass(m.final_state(constant_intake<double>{p.intake[i]}, 200)));
    CHECK(std::fabs(kg(bw[i]) - ref) < 1e-9);
  }
}

TEST_CASE("every batch size from 1 to 130 gives the single-person results") {
  const batch_people<double> all(130);
  for (std::size_t n : {1U, 2U, 7U, 8U, 9U, 31U, 63U, 64U, 65U, 130U}) {
    batch_people<double> p = all;
    p.sexes.resize(n);
    p.age.resize(n);
    p.height.resize(n);
    p.body.resize(n);
    p.pal.resize(n);
    p.intake.resize(n);
    std::vector<mass<double>> bw(n);
    simulate_population<double>(p.view(), p.intake, 60, {bw, {}, {}, {}});
    for (std::size_t i = 0; i < n; i += 3) {
      const hall_model<double> m = p.model(i);
      const double ref = kg(m.body_mass(m.final_state(constant_intake<double>{p.intake[i]}, 60)));
      CHECK(std::fabs(kg(bw[i]) - ref) < 1e-9);
    }
  }
}

TEST_CASE("the batch follows hall_model's step rule at high PAL") {
  // PAL 2.5-5: glycogen needs 2-3 steps a day for many people, one for others; the stiff
  // lanes are stepped on their own and must match hall_model as the others do.
  const std::size_t n = 70;
  batch_people<double> p(n, 2.5, 2.5);
  for (std::size_t i = 0; i < n; ++i) {
    p.intake[i] = p.model(i).baseline_intake() + kilocalories_per_day(i % 2 == 0 ? 300.0 : -500.0);
  }
  std::vector<mass<double>> bw(n);
  simulate_population<double>(p.view(), p.intake, 365, {bw, {}, {}, {}});
  int stiff = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const hall_model<double> m = p.model(i);
    if (m.steps_on_day(m.initial_state(), m.day(p.intake[i])) > 1) ++stiff;
    const double ref = kg(m.body_mass(m.final_state(constant_intake<double>{p.intake[i]}, 365)));
    CHECK(std::fabs(kg(bw[i]) - ref) < 1e-9);
  }
  CHECK(stiff > 10);
  CHECK(stiff < 70);
}

TEST_CASE("two threads and a day table give the same numbers") {
  const std::size_t n = 300;
  const batch_people<double> p(n);
  std::vector<mass<double>> one(n), two(n), table_bw(n);
  simulate_population<double>(p.view(), p.intake, 200, {one, {}, {}, {}});
  hall_batch_options<double> o;
  o.threads = 2;
  simulate_population<double>(p.view(), p.intake, 200, {two, {}, {}, {}}, o);
  std::vector<energy_rate<double>> table;
  for (int d = 0; d < 200; ++d)
    table.insert(table.end(), p.intake.begin(), p.intake.end());
  simulate_population_table<double>(p.view(), table, 200, {table_bw, {}, {}, {}}, o);
  for (std::size_t i = 0; i < n; ++i) {
    CHECK(one[i] == two[i]);
    CHECK(one[i] == table_bw[i]);
  }
}

TEST_CASE("batch errors name the problem") {
  batch_people<double> p(70);
  std::vector<mass<double>> bw(70);
  p.intake[3] = kilocalories_per_day(std::nan(""));
  try {
    simulate_population<double>(p.view(), p.intake, 10, {bw, {}, {}, {}});
    FAIL("expected an error");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "intake");
  }
  p.intake[3] = kilocalories_per_day(0.0);
  hall_batch_options<double> o;
  o.threads = 2;
  try {
    simulate_population<double>(p.view(), p.intake, 3650 * 2, {bw, {}, {}, {}}, o);
    FAIL("expected an error");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "person");
    CHECK(e.value() == 3.0);
    CHECK(std::string(e.what()).find("too low") != std::string::npos);
  }
  p.intake[3] = kilocalories_per_day(2000.0);
  CHECK_THROWS_AS(
      simulate_population<double>(p.view(), p.intake, hall_max_days + 1, {bw, {}, {}, {}}),
      physique::invalid_argument);
  p.height[5] = meters(-1.0);
  CHECK_THROWS_AS(simulate_population<double>(p.view(), p.intake, 10, {bw, {}, {}, {}}),
                  physique::invalid_argument);
  std::vector<mass<double>> short_out(3);
  p.height[5] = meters(1.7);
  CHECK_THROWS_AS(simulate_population<double>(p.view(), p.intake, 10, {short_out, {}, {}, {}}),
                  physique::invalid_argument);
}
