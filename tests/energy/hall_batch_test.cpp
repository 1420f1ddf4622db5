// Tests of the batch entry point (hall_batch.hpp): it must agree with hall_model person by
// person, with one or two threads, with a constant intake or a day-major table.
#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include <physique/energy/hall_batch.hpp>

using namespace physique;
using namespace physique::energy;

namespace {

template <class T>
struct batch_people {
  std::vector<sex> sexes;
  std::vector<T> age, height, mass, pal, intake;
  explicit batch_people(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      const T u = static_cast<T>(i % 17) / static_cast<T>(17);
      sexes.push_back(i % 2 == 0 ? sex::male : sex::female);
      age.push_back(static_cast<T>(25) + static_cast<T>(30) * u);
      height.push_back(static_cast<T>(1.60) + static_cast<T>(0.25) * u);
      mass.push_back(static_cast<T>(65) +
                     static_cast<T>(50) * static_cast<T>((i * 7) % 13) / static_cast<T>(13));
      pal.push_back(static_cast<T>(1.4) + static_cast<T>(0.5) * u);
      intake.push_back(static_cast<T>(1800) + static_cast<T>((i * 37) % 1200));
    }
  }
  hall_population<T> view() const { return {sexes, age, height, mass, pal, {}}; }
};

}  // namespace

TEST_CASE_TEMPLATE("the batch agrees with hall_model person by person", T, float, double) {
  const std::size_t n = 150;  // two full chunks and a partial one
  const batch_people<T> p(n);
  std::vector<T> bw(n), fat(n), ffm(n), traj((366U) * n);
  simulate_population<T>(p.view(), p.intake, 365, {bw, fat, ffm, traj});
  const T tol = std::is_same_v<T, float> ? static_cast<T>(2e-3) : static_cast<T>(1e-9);
  for (std::size_t i = 0; i < n; i += 7) {
    hall_setup<T> s;
    s.individual =
        person<T>{p.sexes[i], years(p.age[i]), meters(p.height[i]), kilograms(p.mass[i])};
    s.physical_activity_level = p.pal[i];
    const hall_model<T> m(s);
    const auto tr = m.trajectory(constant_intake<T>{kilocalories_per_day(p.intake[i])}, 365);
    CHECK(std::fabs(bw[i] - tr[365].body_mass.in(kilograms)) < tol);
    CHECK(std::fabs(fat[i] - tr[365].fat_mass.in(kilograms)) < tol);
    CHECK(std::fabs(ffm[i] - tr[365].fat_free_mass.in(kilograms)) < tol);
    CHECK(std::fabs(traj[100 * n + i] - tr[100].body_mass.in(kilograms)) < tol);
    CHECK(std::fabs(traj[i] - p.mass[i]) < tol);
  }
}

TEST_CASE("two threads and a day table give the same numbers") {
  const std::size_t n = 300;
  const batch_people<double> p(n);
  std::vector<double> one(n), two(n), table_bw(n);
  simulate_population<double>(p.view(), p.intake, 200, {one, {}, {}, {}});
  hall_batch_options<double> o;
  o.threads = 2;
  simulate_population<double>(p.view(), p.intake, 200, {two, {}, {}, {}}, o);
  std::vector<double> table;
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
  std::vector<double> bw(70);
  p.intake[3] = std::nan("");
  try {
    simulate_population<double>(p.view(), p.intake, 10, {bw, {}, {}, {}});
    FAIL("expected an error");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "intake");
  }
  p.intake[3] = 0.0;
  hall_batch_options<double> o;
  o.threads = 2;
  try {
    simulate_population<double>(p.view(), p.intake, 3650 * 2, {bw, {}, {}, {}}, o);
    FAIL("expected an error");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "person");
    CHECK(e.value() == 3.0);
  }
  p.height[5] = -1.0;
  CHECK_THROWS_AS(simulate_population<double>(p.view(), p.intake, 10, {bw, {}, {}, {}}),
                  physique::invalid_argument);
  std::vector<double> short_out(3);
  p.height[5] = 1.7;
  CHECK_THROWS_AS(simulate_population<double>(p.view(), p.intake, 10, {short_out, {}, {}, {}}),
                  physique::invalid_argument);
}
