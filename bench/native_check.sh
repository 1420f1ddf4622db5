#!/usr/bin/env bash
# The Hall batch built with -march=native must not be slower than the portable build
# (which dispatches at run time to AVX2 or AVX-512 loops). Builds the dynamics benchmark
# once with -march=native next to the portable one, runs the 10 000-person batch from each
# binary in turn, and compares the best CPU time of each (best of N: the machine may be
# shared). Fails when native is more than `margin` slower.
# Usage: bench/native_check.sh [portable build dir] [native build dir] [runs] [margin]
# (defaults: build/bench, build/bench-native, 3, 1.05). The portable dir must hold a built
# physique_bench_energy_dynamics (`cmake --preset bench && cmake --build --preset bench`).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
portable_dir=${1:-$root/build/bench}
native_dir=${2:-$root/build/bench-native}
runs=${3:-3}
margin=${4:-1.05}
target=physique_bench_energy_dynamics
filter='BM_hall_population<(double|float)>/people:10000/days:365/threads:1/'

cmake -S "$root" -B "$native_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DPHYSIQUE_BUILD_TESTS=OFF -DPHYSIQUE_BUILD_EXAMPLES=OFF -DPHYSIQUE_BUILD_BENCHMARKS=ON \
  -DPHYSIQUE_WARNINGS_AS_ERRORS=ON -DCMAKE_CXX_FLAGS=-march=native >/dev/null
cmake --build "$native_dir" --target "$target" >/dev/null

# best_cpu <binary>: "name cpu_ms" per benchmark.
best_cpu() {
  "$1" --benchmark_filter="$filter" --benchmark_min_time=0.1 --benchmark_format=csv 2>/dev/null |
    awk -F, '/^"BM_/ { gsub(/"/, "", $1); print $1, $4 }'
}

declare -A portable native
for ((i = 0; i < runs; i++)); do
  while read -r name ms; do
    [[ -z ${portable[$name]:-} ]] || awk "BEGIN{exit !($ms < ${portable[$name]})}" &&
      portable[$name]=$ms
  done < <(best_cpu "$portable_dir/bench/$target")
  while read -r name ms; do
    [[ -z ${native[$name]:-} ]] || awk "BEGIN{exit !($ms < ${native[$name]})}" &&
      native[$name]=$ms
  done < <(best_cpu "$native_dir/bench/$target")
done

status=0
for name in "${!portable[@]}"; do
  p=${portable[$name]}
  n=${native[$name]:-}
  if [[ -z $n ]]; then
    echo "missing in the native build: $name"
    status=1
    continue
  fi
  ratio=$(awk "BEGIN{printf \"%.3f\", $n / $p}")
  printf '%s: portable %s ms, native %s ms CPU, native/portable %s\n' "$name" "$p" "$n" "$ratio"
  if awk "BEGIN{exit !($ratio > $margin)}"; then
    echo "  the -march=native build is slower than the portable one (limit $margin)"
    status=1
  fi
done
exit $status
