// SPDX-License-Identifier: MIT
// Nutrition benchmarks: ns per call of the scalar entry points, and macro splits for
// 1,000,000 people through the typed batch entry point against the same loop on raw doubles
// (items_per_second = people per second).
#include <physique/nutrition.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <stdexcept>
#include <vector>

namespace {

using namespace physique;
using namespace physique::nutrition;

constexpr std::size_t people = 1'000'000;

/// Plausible adults: 50-120 kg, 12-30 % fat, 1800-3800 kcal/day (deterministic LCG).
template <class T>
struct population {
  std::vector<energy_rate<T>> target;
  std::vector<mass<T>> body;
  std::vector<mass<T>> fat_free;
  std::vector<T> target_raw;
  std::vector<T> body_raw;
  std::vector<T> fat_free_raw;

  population() {
    std::uint32_t state = 2463534242U;
    const auto next = [&state](double lo, double hi) {
      state = state * 1664525U + 1013904223U;
      return lo + (hi - lo) * static_cast<double>(state >> 8) / 16777216.0;
    };
    target.reserve(people);
    body.reserve(people);
    fat_free.reserve(people);
    for (std::size_t i = 0; i < people; ++i) {
      const T kg = static_cast<T>(next(50.0, 120.0));
      const T fat_share = static_cast<T>(next(0.12, 0.30));
      const T kcal = static_cast<T>(next(1800.0, 3800.0));
      target.push_back(kilocalories_per_day(kcal));
      body.push_back(kilograms(kg));
      fat_free.push_back(kilograms(kg * (T(1) - fat_share)));
      target_raw.push_back(kcal);
      body_raw.push_back(kg);
      fat_free_raw.push_back(kg * (T(1) - fat_share));
    }
  }
};

template <class T>
const population<T>& shared_population() {
  static const population<T> p;
  return p;
}

template <class T>
macro_rule<T> bench_rule() {
  return {{T(1.6), protein_basis::body_mass}, {T(0.25), T(0.5)}};
}

// ---- scalar entry points -------------------------------------------------------------

void atwater_energy(benchmark::State& state) {
  double g = 128.0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(g);
    benchmark::DoNotOptimize(energy_of(grams_per_day(g), macronutrient::protein));
  }
}
BENCHMARK(atwater_energy);

template <class T>
void split_one(benchmark::State& state) {
  T kcal = T(2000);
  T kg = T(80);
  const macro_rule<T> rule = bench_rule<T>();
  for (auto _ : state) {
    benchmark::DoNotOptimize(kcal);
    benchmark::DoNotOptimize(kg);
    benchmark::DoNotOptimize(split_macros(kilocalories_per_day(kcal), kilograms(kg), rule));
  }
}
BENCHMARK(split_one<double>)->Name("split_macros<double>");
BENCHMARK(split_one<float>)->Name("split_macros<float>");

void round_one(benchmark::State& state) {
  const auto s = split_macros(kilocalories_per_day(2000.0), kilograms(80.0));
  for (auto _ : state) {
    benchmark::DoNotOptimize(round_to_whole_grams(s));
  }
}
BENCHMARK(round_one)->Name("round_to_whole_grams<double>");

void evaluate_one(benchmark::State& state) {
  const auto s = split_macros(kilocalories_per_day(2000.0), kilograms(80.0));
  evaluation_context<double> c;
  c.body_mass = kilograms(80.0);
  c.meals = 4;
  c.energy_target = kilocalories_per_day(2000.0);
  for (auto _ : state) {
    benchmark::DoNotOptimize(evaluate_macros(s.grams, c));
  }
}
BENCHMARK(evaluate_one)->Name("evaluate_macros<double>");

// ---- 1,000,000 people ----------------------------------------------------------------

template <class T>
void batch_typed(benchmark::State& state) {
  const population<T>& pop = shared_population<T>();
  std::vector<mass_rate<T>> p(people), f(people), c(people);
  const macro_rule<T> rule = bench_rule<T>();
  for (auto _ : state) {
    split_macros<T>(pop.target, pop.body, {}, rule, p, f, c);
    benchmark::DoNotOptimize(p.data());
    benchmark::DoNotOptimize(f.data());
    benchmark::DoNotOptimize(c.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(people));
}
BENCHMARK(batch_typed<double>)->Name("batch_1M/typed<double>")->Unit(benchmark::kMillisecond);
BENCHMARK(batch_typed<float>)->Name("batch_1M/typed<float>")->Unit(benchmark::kMillisecond);

/// The same loop on raw numbers: the library's formulas and the library's input checks
/// (finite and positive target and body mass, protein and protein + fat within the target up
/// to the same rounding tolerance), written with plain comparisons and a throw, so the ratio
/// to `typed` isolates the cost of the strong types and the span interface.
template <class T>
void batch_raw_checked(benchmark::State& state) {
  const population<T>& pop = shared_population<T>();
  std::vector<T> p(people), f(people), c(people);
  const T per_kg = T(1.6);
  const T share = T(0.25);
  const T floor_per_kg = T(0.5);
  const auto positive_finite = [](T v) { return v > T(0) && v - v == T(0); };
  for (auto _ : state) {
    for (std::size_t i = 0; i < people; ++i) {
      const T kcal = pop.target_raw[i];
      const T kg = pop.body_raw[i];
      if (!(positive_finite(kcal) && positive_finite(kg))) {
        throw std::invalid_argument("bad input");
      }
      const T protein = per_kg * kg;
      const T protein_kcal = T(4) * protein;
      const T tolerance = T(8) * std::numeric_limits<T>::epsilon() * kcal;
      if (protein_kcal > kcal + tolerance) throw std::invalid_argument("protein over budget");
      const T fat_share_g = share * kcal / T(9);
      const T fat_floor_g = floor_per_kg * kg;
      const T fat = fat_floor_g > fat_share_g ? fat_floor_g : fat_share_g;
      const T rest = kcal - protein_kcal - T(9) * fat;
      if (rest < -tolerance) throw std::invalid_argument("fat over budget");
      p[i] = protein;
      f[i] = fat;
      c[i] = rest > T(0) ? rest / T(4) : T(0);
    }
    benchmark::DoNotOptimize(p.data());
    benchmark::DoNotOptimize(f.data());
    benchmark::DoNotOptimize(c.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(people));
}
BENCHMARK(batch_raw_checked<double>)
    ->Name("batch_1M/raw_checked<double>")
    ->Unit(benchmark::kMillisecond);
BENCHMARK(batch_raw_checked<float>)
    ->Name("batch_1M/raw_checked<float>")
    ->Unit(benchmark::kMillisecond);

/// The bare arithmetic on raw doubles, no checks at all: the floor for any implementation.
template <class T>
void batch_raw_unchecked(benchmark::State& state) {
  const population<T>& pop = shared_population<T>();
  std::vector<T> p(people), f(people), c(people);
  const T per_kg = T(1.6);
  const T share = T(0.25);
  const T floor_per_kg = T(0.5);
  for (auto _ : state) {
    for (std::size_t i = 0; i < people; ++i) {
      const T kcal = pop.target_raw[i];
      const T kg = pop.body_raw[i];
      const T protein = per_kg * kg;
      const T fat_share_g = share * kcal / T(9);
      const T fat_floor_g = floor_per_kg * kg;
      const T fat = fat_floor_g > fat_share_g ? fat_floor_g : fat_share_g;
      p[i] = protein;
      f[i] = fat;
      c[i] = (kcal - T(4) * protein - T(9) * fat) / T(4);
    }
    benchmark::DoNotOptimize(p.data());
    benchmark::DoNotOptimize(f.data());
    benchmark::DoNotOptimize(c.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(people));
}
BENCHMARK(batch_raw_unchecked<double>)
    ->Name("batch_1M/raw_unchecked<double>")
    ->Unit(benchmark::kMillisecond);
BENCHMARK(batch_raw_unchecked<float>)
    ->Name("batch_1M/raw_unchecked<float>")
    ->Unit(benchmark::kMillisecond);

}  // namespace
