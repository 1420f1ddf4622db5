// SPDX-License-Identifier: MIT
// Benchmarks of the exercise domain: catalog look-ups and queries (ns), substitute ranking,
// validation, tempo parsing, and, when nlohmann/json is installed, the import of
// free-exercise-db's 873 records (ms), the JSON round trip of the built-in catalog and the
// import and validation of a 50 MB catalog of 190 000 records.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <physique/exercise.hpp>

#if __has_include(<nlohmann/json.hpp>)
#include <physique/io/json.hpp>
#define PHYSIQUE_BENCH_JSON 1
#endif

namespace ex = physique::exercise;

namespace {

const ex::equipment_set home_kit{ex::equipment::dumbbell, ex::equipment::bench, ex::equipment::band,
                                 ex::equipment::pull_up_bar};

void find_by_id(benchmark::State& state) {
  const auto& c = ex::builtin_catalog();
  for (auto _ : state) {
    benchmark::DoNotOptimize(c.find("romanian_deadlift"));
  }
}
BENCHMARK(find_by_id);

void query_back_for_home_kit(benchmark::State& state) {
  const auto& c = ex::builtin_catalog();
  ex::exercise_query q;
  q.group = ex::muscle_group::back;
  q.available_equipment = home_kit;
  for (auto _ : state) {
    auto found = c.select(q);
    benchmark::DoNotOptimize(found.data());
  }
}
BENCHMARK(query_back_for_home_kit);

void query_by_muscle_any_role(benchmark::State& state) {
  const auto& c = ex::builtin_catalog();
  for (auto _ : state) {
    auto found = c.by_muscle(ex::muscle::biceps, ex::muscle_role::any);
    benchmark::DoNotOptimize(found.data());
  }
}
BENCHMARK(query_by_muscle_any_role);

void matches_only(benchmark::State& state) {
  // The filter itself, without building a result vector: one pass over the catalog.
  const auto& c = ex::builtin_catalog();
  ex::exercise_query q;
  q.pattern = ex::movement_pattern::horizontal_pull;
  q.max_level = ex::level::intermediate;
  for (auto _ : state) {
    std::size_t n = 0;
    for (const auto& e : c)
      n += ex::catalog::matches(e, q) ? 1U : 0U;
    benchmark::DoNotOptimize(n);
  }
}
BENCHMARK(matches_only);

void rank_substitutes(benchmark::State& state) {
  const auto& c = ex::builtin_catalog();
  for (auto _ : state) {
    auto subs = c.rank_substitutes("pull_up", home_kit, 5);
    benchmark::DoNotOptimize(subs.data());
  }
}
BENCHMARK(rank_substitutes);

void ladder(benchmark::State& state) {
  const auto& c = ex::builtin_catalog();
  for (auto _ : state) {
    auto rungs = c.ladder("pull_up");
    benchmark::DoNotOptimize(rungs.data());
  }
}
BENCHMARK(ladder);

void validate_builtin_catalog(benchmark::State& state) {
  const auto& c = ex::builtin_catalog();
  for (auto _ : state) {
    auto findings = ex::validate(c);
    benchmark::DoNotOptimize(findings.data());
  }
}
BENCHMARK(validate_builtin_catalog)->Unit(benchmark::kMicrosecond);

void build_builtin_catalog(benchmark::State& state) {
  for (auto _ : state) {
    ex::catalog c(ex::builtin_exercises());
    benchmark::DoNotOptimize(c.size());
  }
}
BENCHMARK(build_builtin_catalog)->Unit(benchmark::kMicrosecond);

void parse_tempo(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(ex::try_parse_tempo("3-1-X-0"));
  }
}
BENCHMARK(parse_tempo);

#if defined(PHYSIQUE_BENCH_JSON)
// The data file is read where it lies: $PHYSIQUE_SHARED_DATA_DIR, else the compile-time
// definition, else ../shared/data next to the source tree.
std::string data_file() {
  if (const char* dir = std::getenv("PHYSIQUE_SHARED_DATA_DIR")) {
    return std::string(dir) + "/free-exercise-db/exercises.json";
  }
#if defined(PHYSIQUE_SHARED_DATA_DIR)
  return PHYSIQUE_SHARED_DATA_DIR "/free-exercise-db/exercises.json";
#else
  std::string here = __FILE__;  // .../bench/exercise.cpp
  const auto slash = here.rfind("/bench/");
  here = slash == std::string::npos ? std::string(".") : here.substr(0, slash);
  return here + "/../shared/data/free-exercise-db/exercises.json";
#endif
}

void import_free_exercise_db(benchmark::State& state) {
  std::ifstream in(data_file(), std::ios::binary);
  if (!in) {
    state.SkipWithError("free-exercise-db/exercises.json not found");
    return;
  }
  std::ostringstream s;
  s << in.rdbuf();
  const std::string text = s.str();
  for (auto _ : state) {
    auto result = physique::io::parse_free_exercise_db(text);
    benchmark::DoNotOptimize(result.exercises.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
}
BENCHMARK(import_free_exercise_db)->Unit(benchmark::kMillisecond);

void catalog_json_round_trip(benchmark::State& state) {
  const auto& c = ex::builtin_catalog();
  for (auto _ : state) {
    const std::string text = physique::io::to_json(c).dump();
    auto back = physique::io::parse_catalog(text);
    benchmark::DoNotOptimize(back.size());
  }
}
BENCHMARK(catalog_json_round_trip)->Unit(benchmark::kMillisecond);

// A synthetic catalog of `n` small records (about 265 bytes each: 190 000 records are about
// 50 MB, under the 64 MiB text limit), all valid and with distinct ids.
std::string large_catalog_text(std::size_t n) {
  std::string text = R"({"format":"physique.exercises","version":1,"exercises":[)";
  text.reserve(n * 270 + 100);
  char id[32];
  for (std::size_t i = 0; i < n; ++i) {
    std::snprintf(id, sizeof id, "%06zu", i);
    if (i > 0) text += ',';
    text += R"({"id":"exercise-)";
    text += id;
    text += R"(","name":"Exercise )";
    text += id;
    text += R"( variation","modality":"strength","level":"beginner",)"
            R"("primary_muscles":["lats","biceps"],"secondary_muscles":["rear_delt"],)"
            R"("equipment":["dumbbell"],"steps":["Pull the weight up to the hip.",)"
            R"("Lower it under control."]})";
  }
  text += "]}";
  return text;
}

// Import and validation of a large catalog: time per record should not grow with the size
// (the guarded parse, the reading and the duplicate-id checks are linear).
void import_and_validate_large_catalog(benchmark::State& state) {
  const std::string text = large_catalog_text(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    const ex::catalog c = physique::io::parse_catalog(text);
    const auto findings = ex::validate(c);
    benchmark::DoNotOptimize(findings.size());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
  state.counters["MB"] = static_cast<double>(text.size()) / 1e6;
}
BENCHMARK(import_and_validate_large_catalog)
    ->Arg(47500)
    ->Arg(190000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

void rank_substitutes_in_873(benchmark::State& state) {
  std::ifstream in(data_file(), std::ios::binary);
  if (!in) {
    state.SkipWithError("free-exercise-db/exercises.json not found");
    return;
  }
  std::ostringstream s;
  s << in.rdbuf();
  const ex::catalog c(physique::io::parse_free_exercise_db(s.str()).exercises);
  for (auto _ : state) {
    auto subs = c.rank_substitutes("pullups", ex::equipment_set{ex::equipment::cable}, 10);
    benchmark::DoNotOptimize(subs.data());
  }
}
BENCHMARK(rank_substitutes_in_873)->Unit(benchmark::kMicrosecond);
#endif

}  // namespace
