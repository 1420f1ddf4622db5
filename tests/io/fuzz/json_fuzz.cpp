// SPDX-License-Identifier: MIT
// libFuzzer target for the JSON layer: arbitrary bytes go through the catalog parser and the
// free-exercise-db importer. Any outcome but a physique::io::json_error (or success) is a
// bug: a crash, a sanitizer report, or another exception type escaping.
// Build: clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude
//        tests/io/fuzz/json_fuzz.cpp -o json_fuzz
// Run:   ./json_fuzz -max_total_time=60 -max_len=65536 tests/io/fuzz/corpus
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <physique/io/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);  // NOLINT
  physique::io::parse_limits limits;
  limits.max_bytes = 1U << 20U;
  try {
    const auto c = physique::io::parse_catalog(text, limits);
    // Whatever parsed must validate without crashing and export back.
    (void)physique::exercise::validate(c);
    const auto again = physique::io::catalog_from_json(physique::io::to_json(c));
    if (again.items() != c.items()) __builtin_trap();
  } catch (const physique::io::json_error&) {
  }
  for (const bool lenient : {false, true}) {
    physique::io::free_exercise_db_options options;
    options.lenient = lenient;
    try {
      const auto r = physique::io::parse_free_exercise_db(text, limits, options);
      for (const auto& e : r.exercises)
        (void)physique::io::to_free_exercise_db(e);
    } catch (const physique::io::json_error&) {
    }
  }
  return 0;
}
