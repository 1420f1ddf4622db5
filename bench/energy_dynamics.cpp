// Benchmarks of the Hall 2011 dynamic model: one person over 365 daily steps (target
// <= 6 us), and population batches (targets: >= 2,000,000 person-years per second on two
// cores in double, 4,000,000 in float; batches of 1-63 people within 2x of the large-batch
// cost per person-year), with the scaling in people, days and threads.
#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <vector>

#include <physique/energy/hall_batch.hpp>
#include <physique/energy/hall_model.hpp>

using namespace physique;
using namespace physique::energy;

namespace {

template <class T>
hall_model<T> bench_person() {
  hall_setup<T> s;
  s.individual = person<T>{sex::male, years(static_cast<T>(40)), meters(static_cast<T>(1.80)),
                           kilograms(static_cast<T>(100))};
  return hall_model<T>(s);
}

// One person, 365 daily steps, every day's record written to a caller's array.
template <class T>
void BM_hall_one_person_year_records(benchmark::State& state) {
  const hall_model<T> m = bench_person<T>();
  std::array<hall_record<T>, 366> out{};
  const constant_intake<T> diet{m.baseline_intake() - kilocalories_per_day(static_cast<T>(500))};
  for (auto _ : state) {
    m.simulate(diet, std::span<hall_record<T>>(out));
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * 365);
}
BENCHMARK(BM_hall_one_person_year_records<double>);
BENCHMARK(BM_hall_one_person_year_records<float>);

// One person, 365 daily steps, final state only.
template <class T>
void BM_hall_one_person_year_final(benchmark::State& state) {
  const hall_model<T> m = bench_person<T>();
  const constant_intake<T> diet{m.baseline_intake() - kilocalories_per_day(static_cast<T>(500))};
  for (auto _ : state) {
    hall_state<T> s = m.final_state(diet, 365);
    benchmark::DoNotOptimize(s);
  }
  state.SetItemsProcessed(state.iterations() * 365);
}
BENCHMARK(BM_hall_one_person_year_final<double>);
BENCHMARK(BM_hall_one_person_year_final<float>);

// Building the baseline (Mifflin-St Jeor, Jackson 2002, constants): once per person.
void BM_hall_setup(benchmark::State& state) {
  hall_setup<double> s;
  s.individual = person<double>{sex::male, years(40.0), meters(1.80), kilograms(100.0)};
  for (auto _ : state) {
    hall_model<double> m(s);
    benchmark::DoNotOptimize(m);
  }
}
BENCHMARK(BM_hall_setup);

template <class T>
struct population {
  std::vector<sex> sexes;
  std::vector<duration<T>> age;
  std::vector<length<T>> height;
  std::vector<mass<T>> body;
  std::vector<T> pal;
  std::vector<energy_rate<T>> intake;
  std::vector<mass<T>> bw, fat;
  explicit population(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      const T u = static_cast<T>(i % 101) / static_cast<T>(101);
      sexes.push_back(i % 2 == 0 ? sex::male : sex::female);
      age.push_back(years(static_cast<T>(20) + static_cast<T>(50) * u));
      height.push_back(meters(static_cast<T>(1.55) + static_cast<T>(0.35) * u));
      body.push_back(
          kilograms(static_cast<T>(60) +
                    static_cast<T>(60) * static_cast<T>((i * 13) % 97) / static_cast<T>(97)));
      pal.push_back(static_cast<T>(1.4) + static_cast<T>(0.6) * u);
      intake.push_back(
          kilocalories_per_day(static_cast<T>(1900) + static_cast<T>((i * 37) % 1000)));
    }
    bw.resize(n);
    fat.resize(n);
  }
  [[nodiscard]] hall_population<T> view() const { return {sexes, age, height, body, pal}; }
};

// Population batch: args = people, days, threads. Items = person-years (people x days/365).
template <class T>
void BM_hall_population(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const int days = static_cast<int>(state.range(1));
  population<T> p(n);
  hall_batch_options<T> o;
  o.threads = static_cast<unsigned>(state.range(2));
  const hall_population<T> view = p.view();
  for (auto _ : state) {
    simulate_population<T>(view, p.intake, days, {p.bw, p.fat, {}, {}}, o);
    benchmark::DoNotOptimize(p.bw.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(static_cast<double>(state.iterations()) *
                                                    static_cast<double>(n) * days / 365.0));
  state.counters["person_years_per_s"] = benchmark::Counter(
      static_cast<double>(n) * days / 365.0, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["us_per_person_year"] = benchmark::Counter(
      static_cast<double>(n) * days / 365.0 / 1e6,
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_hall_population<double>)
    ->ArgNames({"people", "days", "threads"})
    ->Args({1000, 365, 1})
    ->Args({10000, 365, 1})
    ->Args({100000, 365, 1})
    ->Args({10000, 3650, 1})
    ->Args({10000, 365, 2})
    ->Args({100000, 365, 2})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_hall_population<float>)
    ->ArgNames({"people", "days", "threads"})
    ->Args({10000, 365, 1})
    ->Args({100000, 365, 1})
    ->Args({100000, 365, 2})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// Small batches: per person-year cost of 1-63 people (one partial chunk) against a large
// batch (the first benchmark above).
BENCHMARK(BM_hall_population<double>)
    ->Name("BM_hall_population_small<double>")
    ->ArgNames({"people", "days", "threads"})
    ->Args({1, 365, 1})
    ->Args({4, 365, 1})
    ->Args({8, 365, 1})
    ->Args({16, 365, 1})
    ->Args({32, 365, 1})
    ->Args({63, 365, 1})
    ->Unit(benchmark::kMicrosecond);

// The same population, one hall_model per person in a plain loop (no batching).
void BM_hall_population_scalar_loop(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  population<double> p(n);
  for (auto _ : state) {
    for (std::size_t i = 0; i < n; ++i) {
      hall_setup<double> s;
      s.individual = person<double>{p.sexes[i], p.age[i], p.height[i], p.body[i]};
      s.physical_activity_level = p.pal[i];
      const hall_model<double> m(s);
      const hall_state<double> f = m.final_state(constant_intake<double>{p.intake[i]}, 365);
      p.fat[i] = f.fat_mass;
    }
    benchmark::DoNotOptimize(p.fat.data());
  }
  state.counters["person_years_per_s"] =
      benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_hall_population_scalar_loop)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
