// SPDX-License-Identifier: MIT
// physique::training benchmarks: ns per 1RM estimate (items/s = estimates/s) for each formula
// and against the same formula on raw doubles; Banister, PMC and ACWR over a 10-year daily
// log (3,652 days; target well under 50 us each); weekly hard sets over a 5-year log of
// 100,000 sets; one weekly-structure check.
#include <physique/training.hpp>

#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <span>
#include <vector>

namespace {
using namespace physique;
using namespace physique::training;
using physique::exercise::muscle;

constexpr std::size_t sample_sets = 1024;  // per-call benchmarks cycle through these
constexpr std::size_t ten_years = 3652;

struct lifts {
  std::vector<mass<double>> loads;
  std::vector<double> loads_kg;
  std::vector<int> reps;
  explicit lifts(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      const double kg = 40.0 + static_cast<double>(i % 97);
      loads.push_back(kilograms(kg));
      loads_kg.push_back(kg);
      reps.push_back(1 + static_cast<int>(i % 10));
    }
  }
};
const lifts& sample() {
  static const lifts l(sample_sets);
  return l;
}

template <class E>
void bm_one_rep_max(benchmark::State& state) {
  const lifts& l = sample();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        one_rep_max(E{}, l.loads[i], l.reps[i], single_rep_convention::single_is_max));
    i = (i + 1) % sample_sets;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_TEMPLATE(bm_one_rep_max, epley);
BENCHMARK_TEMPLATE(bm_one_rep_max, brzycki);
BENCHMARK_TEMPLATE(bm_one_rep_max, lander);
BENCHMARK_TEMPLATE(bm_one_rep_max, lombardi);
BENCHMARK_TEMPLATE(bm_one_rep_max, mayhew);
BENCHMARK_TEMPLATE(bm_one_rep_max, oconner);
BENCHMARK_TEMPLATE(bm_one_rep_max, wathan);

// Run-time choice of formula (a settings screen): the switch costs a branch.
void bm_one_rep_max_runtime(benchmark::State& state) {
  const lifts& l = sample();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(one_rep_max(one_rep_max_formula::brzycki, l.loads[i], l.reps[i],
                                         single_rep_convention::single_is_max));
    i = (i + 1) % sample_sets;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(bm_one_rep_max_runtime);

// The whole sample through the checked, typed API, one call per set and as one batch over
// spans, vs the same formula on raw doubles.
void bm_epley_loop_typed(benchmark::State& state) {
  const lifts& l = sample();
  std::vector<mass<double>> out(sample_sets);
  for (auto _ : state) {
    for (std::size_t i = 0; i < sample_sets; ++i)
      out[i] = epley{}(l.loads[i], l.reps[i]);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long long>(sample_sets));
}
BENCHMARK(bm_epley_loop_typed);

void bm_epley_batch_span(benchmark::State& state) {
  const lifts& l = sample();
  std::vector<mass<double>> out(sample_sets);
  for (auto _ : state) {
    one_rep_max(epley{}, std::span<const mass<double>>(l.loads), std::span<const int>(l.reps),
                std::span<mass<double>>(out), single_rep_convention::formula);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long long>(sample_sets));
}
BENCHMARK(bm_epley_batch_span);

void bm_epley_batch_raw(benchmark::State& state) {
  const lifts& l = sample();
  std::vector<double> out(sample_sets);
  for (auto _ : state) {
    for (std::size_t i = 0; i < sample_sets; ++i) {
      out[i] = l.loads_kg[i] * (1.0 + static_cast<double>(l.reps[i]) / 30.0);
    }
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long long>(sample_sets));
}
BENCHMARK(bm_epley_batch_raw);

void bm_one_rep_max_at_rpe(benchmark::State& state) {
  const lifts& l = sample();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(one_rep_max_at_rpe(l.loads[i], l.reps[i], 8.5));
    i = (i + 1) % sample_sets;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(bm_one_rep_max_at_rpe);

void bm_dots(benchmark::State& state) {
  const lifts& l = sample();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(dots{}(sex::male, l.loads[i], l.loads[i] * 6.0));
    i = (i + 1) % sample_sets;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(bm_dots);

// Ten years of daily session-RPE loads: three sessions a week of 300-600 AU.
const std::vector<double>& daily_loads() {
  static const std::vector<double> v = [] {
    std::vector<double> out(ten_years);
    for (std::size_t d = 0; d < ten_years; ++d) {
      out[d] =
          (d % 7 == 0 || d % 7 == 2 || d % 7 == 4) ? 300.0 + static_cast<double>(d % 301) : 0.0;
    }
    return out;
  }();
  return v;
}

void bm_banister_ten_years(benchmark::State& state) {
  const auto& in = daily_loads();
  std::vector<fitness_fatigue_day<double>> out(in.size());
  for (auto _ : state) {
    fitness_fatigue(std::span<const double>(in), std::span<fitness_fatigue_day<double>>(out));
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long long>(in.size()));
}
BENCHMARK(bm_banister_ten_years)->Unit(benchmark::kMicrosecond);

void bm_pmc_ten_years(benchmark::State& state) {
  const auto& in = daily_loads();
  std::vector<performance_management_day<double>> out(in.size());
  for (auto _ : state) {
    performance_management(std::span<const double>(in),
                           std::span<performance_management_day<double>>(out));
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long long>(in.size()));
}
BENCHMARK(bm_pmc_ten_years)->Unit(benchmark::kMicrosecond);

void bm_rolling_acwr_ten_years(benchmark::State& state) {
  const auto& in = daily_loads();
  std::vector<workload_ratio_day<double>> out(in.size());
  for (auto _ : state) {
    rolling_acwr(std::span<const double>(in), std::span<workload_ratio_day<double>>(out));
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long long>(in.size()));
}
BENCHMARK(bm_rolling_acwr_ten_years)->Unit(benchmark::kMicrosecond);

void bm_ewma_acwr_ten_years(benchmark::State& state) {
  const auto& in = daily_loads();
  std::vector<workload_ratio_day<double>> out(in.size());
  for (auto _ : state) {
    ewma_acwr(std::span<const double>(in), std::span<workload_ratio_day<double>>(out));
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long long>(in.size()));
}
BENCHMARK(bm_ewma_acwr_ten_years)->Unit(benchmark::kMicrosecond);

// A 5-year log of 100,485 sets: 261 weeks, 5 sessions a week, 77 sets a session (an eighth
// of them unilateral, two warm-ups per session) over 8 exercises.
constexpr std::array<muscle_credit, 3> push{
    {{muscle::chest, 1.0}, {muscle::front_delt, 0.5}, {muscle::triceps, 0.5}}};
constexpr std::array<muscle_credit, 4> pull{{{muscle::lats, 1.0},
                                             {muscle::upper_back, 1.0},
                                             {muscle::biceps, 0.5},
                                             {muscle::rear_delt, 0.5}}};
constexpr std::array<muscle_credit, 3> legs{
    {{muscle::quads, 1.0}, {muscle::glutes, 1.0}, {muscle::adductors, 0.5}}};
constexpr std::array<muscle_credit, 3> hinge{
    {{muscle::hamstrings, 1.0}, {muscle::glutes, 1.0}, {muscle::lower_back, 1.0}}};
std::span<const muscle_credit> credits(exercise_ref e) {
  switch (e % 4) {
    case 0:
      return push;
    case 1:
      return pull;
    case 2:
      return legs;
    default:
      return hinge;
  }
}

const std::vector<session<double>>& five_year_log() {
  static const std::vector<session<double>> log = [] {
    std::vector<session<double>> out;
    const date start = date::from_ymd(2021, 1, 4);
    std::size_t k = 0;
    for (int week = 0; week < 261; ++week) {
      for (const int day : {0, 1, 2, 3, 4}) {
        session<double> s{start + (week * 7 + day), 18 * 60, {}};
        for (int j = 0; j < 77; ++j, ++k) {
          set_record<double> set{static_cast<exercise_ref>(k % 8), kilograms(60.0), 8};
          set.rating = effort<double>::rpe(7.0 + static_cast<double>(k % 4));
          set.warm_up = j < 2;
          if (k % 8 == 5) set.side = (j % 2 == 0) ? body_side::left : body_side::right;
          s.sets.push_back(set);
        }
        out.push_back(std::move(s));
      }
    }
    return out;
  }();
  return log;
}

void bm_weekly_hard_sets_five_years(benchmark::State& state) {
  const auto& log = five_year_log();
  std::vector<muscle_volume<double>> weeks(261);
  long long sets = 0;
  for (const auto& s : log)
    sets += static_cast<long long>(s.sets.size());
  for (auto _ : state) {
    hard_sets_by_week(std::span<const session<double>>(log), credits, log.front().day,
                      std::span<muscle_volume<double>>(weeks));
    benchmark::DoNotOptimize(weeks.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * sets);
  state.counters["sets"] = static_cast<double>(sets);
}
BENCHMARK(bm_weekly_hard_sets_five_years)->Unit(benchmark::kMillisecond);

void bm_volume_load_five_years(benchmark::State& state) {
  const auto& log = five_year_log();
  for (auto _ : state) {
    benchmark::DoNotOptimize(volume_load(std::span<const session<double>>(log)));
  }
}
BENCHMARK(bm_volume_load_five_years)->Unit(benchmark::kMicrosecond);

void bm_weekly_structure_one_week(benchmark::State& state) {
  const auto& log = five_year_log();
  const date week = log[400].day;
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        check_weekly_structure(std::span<const session<double>>(log), credits, week));
  }
}
BENCHMARK(bm_weekly_structure_one_week)->Unit(benchmark::kMicrosecond);

}  // namespace
