// SPDX-License-Identifier: MIT
// Built only through find_package(physique COMPONENTS json): the JSON layer round-trips
// the built-in catalog.
#include <physique/exercise.hpp>
#include <physique/io/json.hpp>

#include <cstdio>

int main() {
  const physique::exercise::catalog& builtin = physique::exercise::builtin_catalog();
  const auto text = physique::io::to_json(builtin).dump();
  const auto again = physique::io::parse_catalog(text);
  std::printf("json component: %zu exercises round-tripped\n", again.items().size());
  return again.items() == builtin.items() ? 0 : 1;
}
