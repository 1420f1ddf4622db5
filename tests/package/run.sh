#!/usr/bin/env bash
# Package tests: first the README's own commands, verbatim (install, find_package,
# pkg-config, FetchContent), then a temporary prefix that is moved, and consumer projects
# through find_package, the build tree, add_subdirectory and FetchContent.
# Usage: tests/package/run.sh [work-dir]
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)

step() { printf '\n== package: %s\n' "$*"; }
consumer() {  # consumer <name> <source> [cmake args...]: configure, build and run its tests
  local name=$1 src=$2
  shift 2
  cmake -S "$src" -B "$work/$name" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "$@" >"$work/$name.log" 2>&1 ||
    { cat "$work/$name.log"; return 1; }
  cmake --build "$work/$name" >>"$work/$name.log" 2>&1 || { cat "$work/$name.log"; return 1; }
  ctest --test-dir "$work/$name" --output-on-failure --no-tests=error
}

readme_block() {  # readme_block <name>: the fenced block after "<!-- package: name -->"
  awk -v marker="<!-- package: $1 -->" '
    $0 == marker { found = 1; next }
    found && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }' "$source_dir/README.md"
}
consumer_project() {  # consumer_project <dir> <README block>: a project made of the block
  mkdir -p "$1"
  printf '#include <physique/physique.hpp>\nint main() { return physique::kilograms(1.0) < physique::pounds(3.0) ? 0 : 1; }\n' >"$1/app.cpp"
  {
    printf 'cmake_minimum_required(VERSION 3.21)\nproject(readme_consumer LANGUAGES CXX)\n'
    printf 'add_executable(app app.cpp)\n'
    readme_block "$2"
  } >"$1/CMakeLists.txt"
}

# The README's commands run as written, in a copy of the working tree (so that nothing is
# built inside the source tree) with HOME pointing to a scratch folder.
step "README: install, verbatim"
rm -rf "$work/readme"
mkdir -p "$work/readme/home" "$work/readme/tree"
git -C "$source_dir" ls-files -z --cached --others --exclude-standard |
  (cd "$source_dir" && xargs -0 tar -cf - --) | tar -xf - -C "$work/readme/tree"
export_home() { HOME="$work/readme/home" "$@"; }
(cd "$work/readme/tree" && export_home bash -euo pipefail -c "$(readme_block install)") \
  >"$work/readme/install.log" 2>&1 || { cat "$work/readme/install.log"; exit 1; }
test -f "$work/readme/home/.local/include/physique/physique.hpp"

step "README: find_package, verbatim"
consumer_project "$work/readme/find_package" find_package
cmake -S "$work/readme/find_package" -B "$work/readme/find_package/build" "${generator[@]}" \
  -DCMAKE_PREFIX_PATH="$work/readme/home/.local" >"$work/readme/find_package.log" 2>&1 &&
  cmake --build "$work/readme/find_package/build" >>"$work/readme/find_package.log" 2>&1 &&
  "$work/readme/find_package/build/app" || { cat "$work/readme/find_package.log"; exit 1; }

step "README: pkg-config, verbatim"
if command -v pkg-config >/dev/null; then
  mkdir -p "$work/readme/pkg-config"
  cp "$work/readme/find_package/app.cpp" "$work/readme/pkg-config/"
  (cd "$work/readme/pkg-config" && export_home bash -euo pipefail -c "$(readme_block pkg-config)" &&
    ./app)
else
  echo "pkg-config not installed: skipped"
fi

step "README: FetchContent, verbatim (the public URL redirected to a local repository)"
if command -v git >/dev/null; then
  # A repository whose branch main holds the working tree, standing in for the public one.
  (cd "$work/readme/tree" && rm -rf build && git init -q -b main . && git add -A &&
    git -c user.name=physique -c user.email=ci@localhost commit -q -m snapshot)
  consumer_project "$work/readme/fetch_content" fetch_content
  GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0="url.file://$work/readme/tree.insteadOf" \
    GIT_CONFIG_VALUE_0="https://github.com/physique-cpp/physique.git" \
    cmake -S "$work/readme/fetch_content" -B "$work/readme/fetch_content/build" "${generator[@]}" \
    >"$work/readme/fetch_content.log" 2>&1 &&
    cmake --build "$work/readme/fetch_content/build" >>"$work/readme/fetch_content.log" 2>&1 &&
    "$work/readme/fetch_content/build/app" || { cat "$work/readme/fetch_content.log"; exit 1; }
else
  echo "git not installed: skipped"
fi

step "install to a temporary prefix"
cmake -S "$source_dir" -B "$work/physique-build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DPHYSIQUE_BUILD_TESTS=OFF -DPHYSIQUE_BUILD_EXAMPLES=OFF -DPHYSIQUE_BUILD_BENCHMARKS=OFF \
  -DPHYSIQUE_INSTALL=ON >"$work/install.log"
cmake --build "$work/physique-build" >>"$work/install.log"
cmake --install "$work/physique-build" --prefix "$work/prefix" >>"$work/install.log"

step "the installed tree is relocatable and architecture-independent"
mv "$work/prefix" "$work/moved-prefix"
prefix="$work/moved-prefix"
test -f "$prefix/include/physique/physique.hpp"
test -f "$prefix/share/cmake/physique/physiqueConfig.cmake"
test -f "$prefix/share/cmake/physique/physiqueConfigVersion.cmake"
test -f "$prefix/share/pkgconfig/physique.pc"
test -f "$prefix/share/doc/physique/LICENSE"
if grep -rl "$work/physique-build\|$source_dir" "$prefix/share/cmake/physique"; then
  echo "installed CMake files mention the build or source tree"; exit 1
fi
# A 32-bit consumer must accept the package (header-only: ARCH_INDEPENDENT).
cat >"$work/arch.cmake" <<CMAKE
cmake_minimum_required(VERSION 3.21)
set(CMAKE_SIZEOF_VOID_P 4)
set(PACKAGE_FIND_NAME physique)
set(PACKAGE_FIND_VERSION 0.1)
set(PACKAGE_FIND_VERSION_MAJOR 0)
set(PACKAGE_FIND_VERSION_MINOR 1)
set(PACKAGE_FIND_VERSION_COUNT 2)
include("$prefix/share/cmake/physique/physiqueConfigVersion.cmake")
if(PACKAGE_VERSION_UNSUITABLE OR NOT PACKAGE_VERSION_COMPATIBLE)
  message(FATAL_ERROR "a 32-bit consumer rejects the package")
endif()
CMAKE
cmake -P "$work/arch.cmake"
if ls "$prefix" | grep -v -E '^(include|share)$'; then
  echo "the install tree has more than include/ and share/"; exit 1
fi

step "pkg-config from the moved prefix (the .pc file finds its prefix from its own place)"
if command -v pkg-config >/dev/null; then
  cflags=$(PKG_CONFIG_PATH="$prefix/share/pkgconfig" pkg-config --cflags --libs physique)
  echo "pkg-config --cflags --libs physique: $cflags"
  printf '#include <physique/physique.hpp>\nint main() { return physique::kilograms(1.0) < physique::pounds(3.0) ? 0 : 1; }\n' >"$work/pc.cpp"
  # shellcheck disable=SC2086
  c++ $cflags "$work/pc.cpp" -o "$work/pc" && "$work/pc"
else
  echo "pkg-config not installed: skipped"
fi

step "find_package against the installed (and moved) prefix"
consumer find-package "$source_dir/tests/package/find_package" -DCMAKE_PREFIX_PATH="$prefix"

step "find_package with the current version, and with C++23 in the consumer"
consumer find-package-version "$source_dir/tests/package/find_package" -DCMAKE_PREFIX_PATH="$prefix" \
  -DPHYSIQUE_REQUESTED_VERSION=0.1 -DCMAKE_CXX_STANDARD=23
grep -q -- '-std=c++23\|-std=gnu++23' "$work/find-package-version/compile_commands.json" 2>/dev/null ||
  grep -rq -- 'std=.*++23' "$work/find-package-version/build.ninja" "$work/find-package-version/CMakeFiles" 2>/dev/null ||
  { echo "the consumer's C++23 setting was not kept"; exit 1; }

step "a newer major version is refused"
if cmake -S "$source_dir/tests/package/find_package" -B "$work/find-package-newer" "${generator[@]}" \
  -DCMAKE_PREFIX_PATH="$prefix" -DPHYSIQUE_REQUESTED_VERSION=1.0 >"$work/newer.log" 2>&1; then
  echo "find_package(physique 1.0) succeeded against 0.x"; exit 1
fi

step "unknown components are refused"
if cmake -S "$source_dir/tests/package/find_package" -B "$work/find-package-bogus" "${generator[@]}" \
  -DCMAKE_PREFIX_PATH="$prefix" -DPHYSIQUE_COMPONENTS=bogus >"$work/bogus.log" 2>&1; then
  echo "find_package(physique COMPONENTS bogus) succeeded"; exit 1
fi

if [ -f "$prefix/share/cmake/physique/physique-json-targets.cmake" ]; then
  step "find_package with the json component"
  consumer find-package-json "$source_dir/tests/package/find_package" -DCMAKE_PREFIX_PATH="$prefix" \
    -DPHYSIQUE_COMPONENTS=json
fi

step "the build tree as a package (physique_DIR=<build dir>)"
consumer build-tree "$source_dir/tests/package/find_package" -Dphysique_DIR="$work/physique-build"

step "add_subdirectory"
consumer add-subdirectory "$source_dir/tests/package/add_subdirectory" -DPHYSIQUE_SOURCE_DIR="$source_dir"
listed=$(ctest --test-dir "$work/add-subdirectory" -N | grep -c 'Test *#' || true)
[ "$listed" = 1 ] || { echo "the parent sees $listed tests, expected only its own"; exit 1; }
cmake --install "$work/add-subdirectory" --prefix "$work/parent-prefix" >/dev/null
if [ -d "$work/parent-prefix/include/physique" ]; then
  echo "a nested physique installed itself into the parent's prefix"; exit 1
fi

step "FetchContent from a local repository"
if git -C "$source_dir" rev-parse --git-dir >/dev/null 2>&1; then
  consumer fetch-content "$source_dir/tests/package/fetch_content" \
    -DPHYSIQUE_GIT_REPOSITORY="$source_dir" -DPHYSIQUE_GIT_TAG="$(git -C "$source_dir" rev-parse HEAD)"
else
  echo "not a git checkout: skipped"
fi

printf '\npackage tests: all passed\n'
