// SPDX-License-Identifier: MIT
// The quantity types cost nothing: the same arithmetic on typed quantities and on raw
// doubles, side by side. Compare the pairs (typed / raw) in one run; the ratio is ~1.0.
#include <physique/core.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace {
using namespace physique;

constexpr std::size_t people = 100'000;

struct raw_inputs {
  std::vector<double> mass_kg, height_m, intake_kcal_per_day, expenditure_kcal_per_day;
  explicit raw_inputs(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      const double x = static_cast<double>(i % 1000) / 1000.0;
      mass_kg.push_back(55.0 + 50.0 * x);
      height_m.push_back(1.55 + 0.40 * x);
      intake_kcal_per_day.push_back(1800.0 + 900.0 * x);
      expenditure_kcal_per_day.push_back(2000.0 + 800.0 * (1.0 - x));
    }
  }
};

struct typed_inputs {
  std::vector<mass<double>> body_mass;
  std::vector<length<double>> height;
  std::vector<energy_rate<double>> intake, expenditure;
  explicit typed_inputs(const raw_inputs& r) {
    for (std::size_t i = 0; i < r.mass_kg.size(); ++i) {
      body_mass.push_back(kilograms(r.mass_kg[i]));
      height.push_back(meters(r.height_m[i]));
      intake.push_back(kilocalories_per_day(r.intake_kcal_per_day[i]));
      expenditure.push_back(kilocalories_per_day(r.expenditure_kcal_per_day[i]));
    }
  }
};

const raw_inputs& raw() {
  static const raw_inputs r(people);
  return r;
}
const typed_inputs& typed() {
  static const typed_inputs t(raw());
  return t;
}

// Per person: BMI, and the static-rule mass change of 28 days of the energy imbalance.
void raw_doubles(benchmark::State& state) {
  const raw_inputs& in = raw();
  std::vector<double> bmi(people), change_kg(people);
  for (auto _ : state) {
    for (std::size_t i = 0; i < people; ++i) {
      bmi[i] = in.mass_kg[i] / (in.height_m[i] * in.height_m[i]);
      change_kg[i] = (in.intake_kcal_per_day[i] - in.expenditure_kcal_per_day[i]) * 28.0 / 7700.0;
    }
    benchmark::DoNotOptimize(bmi.data());
    benchmark::DoNotOptimize(change_kg.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(people));
}

void typed_quantities(benchmark::State& state) {
  const typed_inputs& in = typed();
  const auto four_weeks = days(28.0);
  const auto rule = kilocalories_per_kilogram(7700.0);
  std::vector<double> bmi(people);
  std::vector<mass<double>> change(people);
  for (auto _ : state) {
    for (std::size_t i = 0; i < people; ++i) {
      bmi[i] = in.body_mass[i].in(kilograms) / (in.height[i] * in.height[i]).in_base_unit();
      change[i] = (in.intake[i] - in.expenditure[i]) * four_weeks / rule;
    }
    benchmark::DoNotOptimize(bmi.data());
    benchmark::DoNotOptimize(change.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(people));
}

// Unit conversions at the boundary: pounds and inches in, kilograms and metres inside.
void raw_conversions(benchmark::State& state) {
  const raw_inputs& in = raw();
  std::vector<double> out(people);
  for (auto _ : state) {
    for (std::size_t i = 0; i < people; ++i) {
      // What hand-written code does: multiply by the published factors (1 lb =
      // 0.45359237 kg, 1 in = 0.0254 m) and by their reciprocals.
      constexpr double kg_per_lb = 0.45359237;
      constexpr double m_per_in = 0.0254;
      const double kg = in.mass_kg[i] * (1.0 / kg_per_lb) * kg_per_lb;
      out[i] = kg + in.height_m[i] * (1.0 / m_per_in) * m_per_in;
    }
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(people));
}

void typed_conversions(benchmark::State& state) {
  const raw_inputs& in = raw();
  std::vector<double> out(people);
  for (auto _ : state) {
    for (std::size_t i = 0; i < people; ++i) {
      const mass<double> m = pounds(kilograms(in.mass_kg[i]).in(pounds));
      out[i] = m.in(kilograms) + inches(meters(in.height_m[i]).in(inches)).in(meters);
    }
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(people));
}
}  // namespace

BENCHMARK(raw_doubles);
BENCHMARK(typed_quantities);
BENCHMARK(raw_conversions);
BENCHMARK(typed_conversions);
