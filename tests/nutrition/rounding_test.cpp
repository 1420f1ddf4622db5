// SPDX-License-Identifier: MIT
#include <physique/nutrition/rounding.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>

using namespace physique;
using namespace physique::nutrition;

namespace {
template <class T>
double g(const mass_rate<T>& m) {
  return static_cast<double>(m.in(grams_per_day));
}
template <class T>
double kcal(const energy_rate<T>& e) {
  return static_cast<double>(e.in(kilocalories_per_day));
}
// The quantities are stored in kg/day, so a whole gram reads back to within rounding of T.
template <class T>
bool near_whole(double v) {
  return std::fabs(v - std::round(v)) <=
         1e-6 * (1.0 + std::fabs(v)) * (sizeof(T) == sizeof(float) ? 1.0 : 1e-6);
}
}  // namespace

TEST_CASE_TEMPLATE("rounding: worked examples", T, float, double) {
  // 2000 kcal, 80 kg, 1.6 g/kg, fat 25 %: 128 g / 55.556 g / 247 g (macro_split_test).
  // Protein 128, fat to the nearest gram 56 (504 kcal); carbohydrate takes the rest:
  // (2000 - 512 - 504) / 4 = 246 g. Energy 512 + 504 + 984 = 2000: no shift.
  const auto a =
      round_to_whole_grams(split_macros(kilocalories_per_day(T(2000)), kilograms(T(80)),
                                        {{T(1.6), protein_basis::body_mass}, {T(0.25), T(0)}}));
  CHECK(a.whole == whole_grams{128, 56, 246, 0});
  CHECK(g(a.grams.fat) == doctest::Approx(56.0));
  CHECK(kcal(a.energy) == doctest::Approx(2000.0));
  CHECK(kcal(a.shift) == doctest::Approx(0.0));

  // Fat 30 %: 128 g / 66.667 g / 222 g. Fat 67 g (603 kcal); (2000 - 512 - 603) / 4 =
  // 221.25 -> 221 g; energy 512 + 603 + 884 = 1999 kcal: shift -1 kcal/day.
  // Rounding each amount on its own (128 / 67 / 222) would give 2003 kcal (+3).
  const auto b =
      round_to_whole_grams(split_macros(kilocalories_per_day(T(2000)), kilograms(T(80)),
                                        {{T(1.6), protein_basis::body_mass}, {T(0.30), T(0)}}));
  CHECK(b.whole == whole_grams{128, 67, 221, 0});
  CHECK(g(b.grams.carbohydrate) == doctest::Approx(221.0));
  CHECK(kcal(b.energy) == doctest::Approx(1999.0));
  CHECK(kcal(b.reference) == doctest::Approx(2000.0));
  CHECK(kcal(b.shift) == doctest::Approx(-1.0));

  // With alcohol: 100 P, 50.5 F, 200 C, 14.5 A = 400 + 454.5 + 800 + 101.5 = 1756 kcal.
  // Nearest: fat 51 (459), alcohol 15 (105); carbohydrate (1756 - 400 - 459 - 105) / 4 =
  // 198 g; energy 400 + 459 + 792 + 105 = 1756: no shift.
  const macros<T> c{grams_per_day(T(100)), grams_per_day(T(50.5)), grams_per_day(T(200)),
                    grams_per_day(T(14.5))};
  const auto rc = round_to_whole_grams(c);
  CHECK(rc.whole == whole_grams{100, 51, 198, 15});
  CHECK(g(rc.grams.alcohol) == doctest::Approx(15.0));
  CHECK(kcal(rc.shift) == doctest::Approx(0.0).epsilon(1e-4));
}

TEST_CASE_TEMPLATE("rounding: almost no carbohydrate never goes negative", T, float, double) {
  // 100.6 P, 50.6 F, 0.2 C: 402.4 + 455.4 + 0.8 = 858.6 kcal. Nearest protein and fat
  // (101, 51 = 863 kcal) would need -1.1 g carbohydrate. Candidates with floor/ceiling:
  //   100 / 50: 850, rest 8.6 -> 2 g C, 858 kcal (shift -0.6)
  //   101 / 50: 854, rest 4.6 -> 1 g C, 858 kcal (shift -0.6)
  //   100 / 51: 859, rest -0.4 -> 0 g C, 859 kcal (shift +0.4)   <- closest
  //   101 / 51: 863, rest -4.4 -> negative, excluded
  const macros<T> m{grams_per_day(T(100.6)), grams_per_day(T(50.6)), grams_per_day(T(0.2)),
                    mass_rate<T>{}};
  const auto r = round_to_whole_grams(m);
  CHECK(r.whole == whole_grams{100, 51, 0, 0});
  CHECK(g(r.grams.carbohydrate) == 0.0);
  CHECK_FALSE(std::signbit(g(r.grams.carbohydrate)));
  CHECK(kcal(r.energy) == doctest::Approx(859.0));
  CHECK(kcal(r.shift) == doctest::Approx(0.4).epsilon(1e-4));
}

TEST_CASE_TEMPLATE("rounding: invariants over many splits", T, float, double) {
  // Invariants (independent of any value the code computes): whole grams, all >= 0,
  // energy = 4 P + 9 F + 4 C exactly, |shift| <= 2 kcal (half a gram of carbohydrate),
  // protein and fat within 0.5 g of the split when carbohydrate is plentiful, within 1 g
  // always.
  std::uint32_t state = 12345U;
  const auto next = [&state](double lo, double hi) {
    state = state * 1664525U + 1013904223U;  // Numerical Recipes LCG
    return lo + (hi - lo) * static_cast<double>(state >> 8) / 16777216.0;
  };
  for (int i = 0; i < 2000; ++i) {
    const double kg = next(45.0, 140.0);
    const double target = next(1400.0, 4500.0);
    const double per_kg = next(0.8, 3.0);
    const double share = next(0.15, 0.40);
    const double fixed = 4.0 * per_kg * kg + share * target;
    if (fixed > target) continue;
    const auto s = split_macros(
        kilocalories_per_day(static_cast<T>(target)), kilograms(static_cast<T>(kg)),
        {{static_cast<T>(per_kg), protein_basis::body_mass}, {static_cast<T>(share), T(0)}});
    const auto r = round_to_whole_grams(s);
    const double p = r.whole.protein;
    const double f = r.whole.fat;
    const double c = r.whole.carbohydrate;
    CAPTURE(i);
    CHECK(near_whole<T>(g(r.grams.protein)));
    CHECK(near_whole<T>(g(r.grams.fat)));
    CHECK(near_whole<T>(g(r.grams.carbohydrate)));
    CHECK(g(r.grams.protein) == doctest::Approx(p));
    CHECK(g(r.grams.carbohydrate) == doctest::Approx(c));
    CHECK(c >= 0.0);
    CHECK(r.whole.alcohol == 0);
    CHECK(kcal(r.energy) == doctest::Approx(4.0 * p + 9.0 * f + 4.0 * c).epsilon(1e-6));
    // Slack 1e-3 kcal: float keeps ~4 decimal places at 4000 kcal.
    CHECK(std::fabs(kcal(r.shift)) <= 2.0 + 1e-3);
    const double target_t = static_cast<double>(static_cast<T>(target));
    CHECK(std::fabs(kcal(r.shift) - (kcal(r.energy) - target_t)) <= 1e-3);
    CHECK(std::fabs(p - g(s.grams.protein)) <= 1.0);
    CHECK(std::fabs(f - g(s.grams.fat)) <= 1.0);
    if (g(s.grams.carbohydrate) >= 3.0) {
      // Protein goes up to the next whole gram (a minimum), fat to the nearest.
      CHECK(p >= g(s.grams.protein) - 1e-4);
      CHECK(p - g(s.grams.protein) < 1.0);
      CHECK(std::fabs(f - g(s.grams.fat)) <= 0.5 + 1e-4);
    }
  }
}

TEST_CASE_TEMPLATE("rounding never takes protein below the preset it met", T, float, double) {
  // Morton et al. 2018 breakpoint 1.62 g/kg for a 62 kg person: 100.44 g/day. Rounding to
  // the nearest gram (100 g = 1.613 g/kg) would fall below the breakpoint the split meets.
  const auto s = split_macros(kilocalories_per_day(T(2400)), kilograms(T(62)),
                              {{T(1.62), protein_basis::body_mass}, {T(0.25), T(0)}});
  const auto r = round_to_whole_grams(s);
  CHECK(r.whole.protein == 101);
  CHECK(r.whole.protein / 62.0 >= 1.62);
  CHECK(std::fabs(kcal(r.shift)) <= 2.0 + 1e-3);
}

TEST_CASE_TEMPLATE("rounding: bad input", T, float, double) {
  macros<T> bad{};
  bad.protein = grams_per_day(T(-2));
  CHECK_THROWS_AS((void)round_to_whole_grams(bad), physique::invalid_argument);
}
