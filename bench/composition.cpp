// SPDX-License-Identifier: MIT
// physique::composition benchmarks: ns per estimate for each estimator, and the batch entry
// points over 1,000,000 records against the same formula written as a loop on raw doubles
// (items/s = records/s; the ratio benchmarks report typed time / raw time).
#include <benchmark/benchmark.h>

#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <physique/composition.hpp>
#include <span>
#include <vector>

namespace {
using namespace physique;
using namespace physique::composition;

constexpr std::size_t batch_records = 1'000'000;
constexpr std::size_t sample_records = 1024;  // per-call benchmarks cycle through these

// Raw inputs, structure of arrays: sex, age (y), height (cm), mass (kg), neck, waist, hip
// (cm), and one skinfold value (mm) reused for every site.
struct raw_records {
  std::vector<sex> sexes;
  std::vector<double> age_years, height_cm, mass_kg, neck_cm, waist_cm, hip_cm, fold_mm;
  explicit raw_records(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      const double x = static_cast<double>(i % 991) / 991.0;
      sexes.push_back(i % 2 == 0 ? sex::male : sex::female);
      age_years.push_back(20.0 + 45.0 * x);
      height_cm.push_back(155.0 + 40.0 * (1.0 - x));
      mass_kg.push_back(50.0 + 60.0 * x);
      neck_cm.push_back(32.0 + 8.0 * x);
      waist_cm.push_back(70.0 + 40.0 * x);
      hip_cm.push_back(90.0 + 25.0 * x);
      fold_mm.push_back(5.0 + 20.0 * x);
    }
  }
};

struct typed_records {
  std::vector<sex> sexes;
  std::vector<duration<double>> ages;
  std::vector<length<double>> heights, necks, waists, hips, folds;
  std::vector<mass<double>> masses;
  explicit typed_records(const raw_records& r) : sexes(r.sexes) {
    for (std::size_t i = 0; i < r.sexes.size(); ++i) {
      ages.push_back(years(r.age_years[i]));
      heights.push_back(centimeters(r.height_cm[i]));
      masses.push_back(kilograms(r.mass_kg[i]));
      necks.push_back(centimeters(r.neck_cm[i]));
      waists.push_back(centimeters(r.waist_cm[i]));
      hips.push_back(centimeters(r.hip_cm[i]));
      folds.push_back(millimeters(r.fold_mm[i]));
    }
  }
  [[nodiscard]] person<double> at(std::size_t i) const {
    return person<double>{sexes[i], ages[i], heights[i], masses[i]};
  }
  [[nodiscard]] circumferences<double> tape(std::size_t i) const {
    return {necks[i], waists[i], hips[i]};
  }
};

const raw_records& raw(std::size_t n) {
  static const raw_records big(batch_records);
  static const raw_records small(sample_records);
  return n == batch_records ? big : small;
}
const typed_records& typed(std::size_t n) {
  static const typed_records big(raw(batch_records));
  static const typed_records small(raw(sample_records));
  return n == batch_records ? big : small;
}

template <class Body>
void cycle(benchmark::State& state, Body body) {
  std::size_t i = 0;
  for (auto _ : state) {
    body(i);
    i = (i + 1) % sample_records;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

// ns per estimate: equations that take a person.
template <class Equation>
void per_call_person(benchmark::State& state) {
  const typed_records& t = typed(sample_records);
  cycle(state, [&](std::size_t i) { benchmark::DoNotOptimize(Equation{}(t.at(i))); });
}
BENCHMARK_TEMPLATE(per_call_person, jackson_2002);
BENCHMARK_TEMPLATE(per_call_person, deurenberg_1991);
BENCHMARK_TEMPLATE(per_call_person, boer_1984);
BENCHMARK_TEMPLATE(per_call_person, james_1976);
BENCHMARK_TEMPLATE(per_call_person, hume_1966);

template <class Equation>
void per_call_navy(benchmark::State& state) {
  const typed_records& t = typed(sample_records);
  cycle(state, [&](std::size_t i) {
    benchmark::DoNotOptimize(Equation{}(t.sexes[i], t.heights[i], t.tape(i)));
  });
}
BENCHMARK_TEMPLATE(per_call_navy, us_navy_hodgdon_beckett);
BENCHMARK_TEMPLATE(per_call_navy, us_navy_dod);

void per_call_relative_fat_mass(benchmark::State& state) {
  const typed_records& t = typed(sample_records);
  cycle(state, [&](std::size_t i) {
    benchmark::DoNotOptimize(relative_fat_mass{}(t.sexes[i], t.heights[i], t.waists[i]));
  });
}
BENCHMARK(per_call_relative_fat_mass);

void per_call_jackson_pollock_7(benchmark::State& state) {
  const typed_records& t = typed(sample_records);
  cycle(state, [&](std::size_t i) {
    const length<double> f = t.folds[i];
    benchmark::DoNotOptimize(
        jackson_pollock_7_male{}(t.ages[i], seven_skinfolds<double>{f, f, f, f, f, f, f}));
  });
}
BENCHMARK(per_call_jackson_pollock_7);

void per_call_durnin_womersley(benchmark::State& state) {
  const typed_records& t = typed(sample_records);
  cycle(state, [&](std::size_t i) {
    const length<double> f = t.folds[i];
    benchmark::DoNotOptimize(
        durnin_womersley_1974{}(t.sexes[i], t.ages[i], four_skinfolds<double>{f, f, f, f}));
  });
}
BENCHMARK(per_call_durnin_womersley);

// The BMI-based family chosen at run time by id.
void per_call_by_id(benchmark::State& state) {
  const typed_records& t = typed(sample_records);
  cycle(state, [&](std::size_t i) {
    benchmark::DoNotOptimize(fat_percent_from_bmi("deurenberg_1991", t.at(i)));
  });
}
BENCHMARK(per_call_by_id);

// Batches over 1,000,000 records.
void jackson_2002_typed_batch(std::span<double> out) {
  const typed_records& t = typed(batch_records);
  jackson_2002_batch<double>(t.sexes, t.ages, t.heights, t.masses, out);
}
void jackson_2002_raw_loop(std::span<double> out) {
  const raw_records& r = raw(batch_records);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const double h = r.height_cm[i] / 100.0;
    const double bmi = r.mass_kg[i] / (h * h);
    out[i] = r.sexes[i] == sex::male ? 0.14 * r.age_years[i] + 37.31 * std::log(bmi) - 103.94
                                     : 0.14 * r.age_years[i] + 39.96 * std::log(bmi) - 102.01;
  }
}
void navy_dod_typed_batch(std::span<double> out) {
  const typed_records& t = typed(batch_records);
  us_navy_dod_batch<double>(t.sexes, t.heights, t.necks, t.waists, t.hips, out);
}
void navy_dod_raw_loop(std::span<double> out) {
  const raw_records& r = raw(batch_records);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const double h = r.height_cm[i] / 2.54;
    out[i] = r.sexes[i] == sex::male
                 ? 86.010 * std::log10((r.waist_cm[i] - r.neck_cm[i]) / 2.54) -
                       70.041 * std::log10(h) + 36.76
                 : 163.205 * std::log10((r.waist_cm[i] + r.hip_cm[i] - r.neck_cm[i]) / 2.54) -
                       97.684 * std::log10(h) - 78.387;
  }
}

template <void (*Kernel)(std::span<double>)>
void batch(benchmark::State& state) {
  (void)raw(batch_records);  // build the inputs outside the timed loop
  (void)typed(batch_records);
  std::vector<double> out(batch_records);
  for (auto _ : state) {
    Kernel(out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(batch_records));
}
BENCHMARK_TEMPLATE(batch, jackson_2002_typed_batch)->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(batch, jackson_2002_raw_loop)->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(batch, navy_dod_typed_batch)->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(batch, navy_dod_raw_loop)->Unit(benchmark::kMillisecond);

// Typed batch time divided by raw loop time, measured back to back in each iteration
// (counter "typed_over_raw"; 1.0 means no overhead).
template <void (*Typed)(std::span<double>), void (*Raw)(std::span<double>)>
void ratio(benchmark::State& state) {
  (void)raw(batch_records);
  (void)typed(batch_records);
  std::vector<double> out(batch_records);
  double typed_s = 0.0;
  double raw_s = 0.0;
  for (auto _ : state) {
    const auto t0 = std::chrono::steady_clock::now();
    Typed(out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
    const auto t1 = std::chrono::steady_clock::now();
    Raw(out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
    const auto t2 = std::chrono::steady_clock::now();
    typed_s += std::chrono::duration<double>(t1 - t0).count();
    raw_s += std::chrono::duration<double>(t2 - t1).count();
  }
  state.counters["typed_over_raw"] = raw_s > 0.0 ? typed_s / raw_s : 0.0;
}
BENCHMARK_TEMPLATE(ratio, jackson_2002_typed_batch, jackson_2002_raw_loop)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(ratio, navy_dod_typed_batch, navy_dod_raw_loop)->Unit(benchmark::kMillisecond);

}  // namespace
