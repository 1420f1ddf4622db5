#!/usr/bin/env bash
# Compile-time cost of including physique: seconds of `-fsyntax-only -std=c++20` for a
# translation unit that includes one header, best of N runs, with g++ and clang++.
# Usage: bench/compile_time.sh [runs] [header...]   (default: 3 runs, the umbrellas)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-3}
shift || true
headers=("$@")
if [ ${#headers[@]} -eq 0 ]; then
  headers=("")  # an empty translation unit, the baseline
  for h in core.hpp core/ostream.hpp core/chrono.hpp composition.hpp energy.hpp nutrition.hpp \
    exercise.hpp training.hpp physique.hpp; do
    [ -f "$root/include/physique/$h" ] && headers+=("physique/$h")
  done
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

best_of() {  # best_of <compiler> <source>: the fastest of $runs runs, in seconds
  local best="" t
  for _ in $(seq "$runs"); do
    t=$( { /usr/bin/time -f %e "$1" -std=c++20 -fsyntax-only -I"$root/include" "$2" >/dev/null; } 2>&1 | tail -1)
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
  done
  echo "$best"
}

printf '%-34s %8s %8s\n' header g++ clang++
for h in "${headers[@]}"; do
  src="$work/tu.cpp"
  if [ -z "$h" ]; then : >"$src"; name="(empty)"; else echo "#include <$h>" >"$src"; name=$h; fi
  printf '%-34s %8s %8s\n' "$name" "$(best_of g++ "$src")" "$(best_of clang++ "$src")"
done
