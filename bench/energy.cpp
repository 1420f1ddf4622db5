// SPDX-License-Identifier: MIT
// physique::energy benchmarks: ns per evaluation of each resting-energy equation, the
// run-time-selected equation, a static calorie target, and the batch entry point over
// 1,000,000 people against the same loop written on raw doubles (items/s = people/s).
#include <physique/energy.hpp>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstddef>
#include <span>
#include <stdexcept>
#include <vector>

namespace {
using namespace physique;
using namespace physique::energy;

constexpr std::size_t batch_people = 1'000'000;
constexpr std::size_t sample_people = 1024;  // per-call benchmarks cycle through these

// Plain-number inputs, structure of arrays: sex, age (y), height (cm), mass (kg), PAL.
template <class T>
struct raw_people {
  std::vector<sex> sexes;
  std::vector<T> age_years, height_cm, mass_kg, pal;
  explicit raw_people(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      const T x = static_cast<T>(i % 997) / static_cast<T>(997);
      sexes.push_back(i % 2 == 0 ? sex::male : sex::female);
      age_years.push_back(static_cast<T>(20) + static_cast<T>(55) * x);
      height_cm.push_back(static_cast<T>(150) + static_cast<T>(45) * (static_cast<T>(1) - x));
      mass_kg.push_back(static_cast<T>(50) + static_cast<T>(60) * x);
      pal.push_back(static_cast<T>(1.4) + static_cast<T>(0.8) * x);
    }
  }
};

template <class T>
struct typed_people {
  std::vector<sex> sexes;
  std::vector<duration<T>> ages;
  std::vector<length<T>> heights;
  std::vector<mass<T>> masses;
  std::vector<T> pal;
  explicit typed_people(const raw_people<T>& r) : sexes(r.sexes), pal(r.pal) {
    for (std::size_t i = 0; i < r.sexes.size(); ++i) {
      ages.push_back(years(r.age_years[i]));
      heights.push_back(centimeters(r.height_cm[i]));
      masses.push_back(kilograms(r.mass_kg[i]));
    }
  }
  person<T> at(std::size_t i) const { return person<T>{sexes[i], ages[i], heights[i], masses[i]}; }
};

template <class T>
const raw_people<T>& raw(std::size_t n) {
  static const raw_people<T> big(batch_people);
  static const raw_people<T> small(sample_people);
  return n == batch_people ? big : small;
}
template <class T>
const typed_people<T>& typed(std::size_t n) {
  static const typed_people<T> big(raw<T>(batch_people));
  static const typed_people<T> small(raw<T>(sample_people));
  return n == batch_people ? big : small;
}

// ns per evaluation of one equation object on one person.
template <class Equation>
void per_call(benchmark::State& state) {
  const typed_people<double>& p = typed<double>(sample_people);
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(Equation{}(p.at(i)));
    i = (i + 1) % sample_people;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK_TEMPLATE(per_call, mifflin_st_jeor);
BENCHMARK_TEMPLATE(per_call, mifflin_st_jeor_rounded);
BENCHMARK_TEMPLATE(per_call, harris_benedict_1919);
BENCHMARK_TEMPLATE(per_call, roza_shizgal_1984);
BENCHMARK_TEMPLATE(per_call, schofield);
BENCHMARK_TEMPLATE(per_call, henry_oxford);
BENCHMARK_TEMPLATE(per_call, henry_oxford_older_split);
BENCHMARK_TEMPLATE(per_call, owen);

template <class Equation>
void per_call_lean_mass(benchmark::State& state) {
  const typed_people<double>& p = typed<double>(sample_people);
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(Equation{}(p.masses[i] * 0.8));
    i = (i + 1) % sample_people;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK_TEMPLATE(per_call_lean_mass, cunningham_1980);
BENCHMARK_TEMPLATE(per_call_lean_mass, cunningham_1991);
BENCHMARK_TEMPLATE(per_call_lean_mass, katch_mcardle);

// The same equation chosen at run time by id (an indirect call).
void per_call_by_id(benchmark::State& state) {
  const typed_people<double>& p = typed<double>(sample_people);
  const auto eq = find_resting_energy_equation<double>("mifflin_st_jeor");
  if (!eq) throw std::logic_error("mifflin_st_jeor not found");
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize((*eq)(p.at(i)));
    i = (i + 1) % sample_people;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(per_call_by_id);

// The whole comparison table (8 equations plus their validity reports).
void comparison_table(benchmark::State& state) {
  const typed_people<double>& p = typed<double>(sample_people);
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(compare_resting_energy(p.at(i)));
    i = (i + 1) % sample_people;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(comparison_table);

void calorie_target_per_call(benchmark::State& state) {
  const typed_people<double>& p = typed<double>(sample_people);
  std::size_t i = 0;
  for (auto _ : state) {
    calorie_target_input<double> in;
    in.goal = weight_goal::lose;
    in.rate = weight_change_rate<double>::percent_of_body_mass_per_week(0.75);
    in.resting = mifflin_st_jeor{}(p.at(i));
    in.maintenance = in.resting * p.pal[i];
    in.body_mass = p.masses[i];
    benchmark::DoNotOptimize(static_calorie_target(in));
    i = (i + 1) % sample_people;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(calorie_target_per_call);

// Batch: 1,000,000 people, total expenditure = Mifflin-St Jeor x PAL.
template <class T>
void batch_typed(benchmark::State& state) {
  const typed_people<T>& p = typed<T>(batch_people);
  std::vector<energy_rate<T>> out(batch_people);
  for (auto _ : state) {
    total_energy_batch(mifflin_st_jeor{}, std::span<const sex>(p.sexes),
                       std::span<const duration<T>>(p.ages), std::span<const length<T>>(p.heights),
                       std::span<const mass<T>>(p.masses), std::span<const T>(p.pal),
                       std::span<energy_rate<T>>(out));
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(batch_people));
}

// The same loop on raw numbers, with the same input checks as the library (a person's
// limits and the PAL range), so the ratio measures the abstraction and nothing else.
template <class T>
void batch_raw_checked(benchmark::State& state) {
  const raw_people<T>& p = raw<T>(batch_people);
  std::vector<T> out(batch_people);
  for (auto _ : state) {
    for (std::size_t i = 0; i < batch_people; ++i) {
      const T a = p.age_years[i], h = p.height_cm[i], w = p.mass_kg[i], f = p.pal[i];
      if (!(a >= T(0) && a <= T(130)) || !(h > T(0) && h <= T(300)) || !(w > T(0) && w <= T(700)) ||
          !(f >= T(1) && f <= T(5))) {
        throw std::invalid_argument("bad input");
      }
      const T c = p.sexes[i] == sex::male ? T(5) : T(-161);
      out[i] = (T(9.99) * w + T(6.25) * h - T(4.92) * a + c) * f;
    }
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(batch_people));
}

// The bare formula with no checks at all: the floor no validating code can reach.
template <class T>
void batch_raw_unchecked(benchmark::State& state) {
  const raw_people<T>& p = raw<T>(batch_people);
  std::vector<T> out(batch_people);
  for (auto _ : state) {
    for (std::size_t i = 0; i < batch_people; ++i) {
      const T c = p.sexes[i] == sex::male ? T(5) : T(-161);
      out[i] = (T(9.99) * p.mass_kg[i] + T(6.25) * p.height_cm[i] - T(4.92) * p.age_years[i] + c) *
               p.pal[i];
    }
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(batch_people));
}

BENCHMARK_TEMPLATE(batch_typed, double)->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(batch_raw_checked, double)->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(batch_raw_unchecked, double)->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(batch_typed, float)->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(batch_raw_checked, float)->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(batch_raw_unchecked, float)->Unit(benchmark::kMillisecond);

}  // namespace
