// SPDX-License-Identifier: MIT
// libFuzzer target for the free-exercise-db import: arbitrary bytes (up to 1 MiB) go through
// parse_free_exercise_db in strict and lenient mode, and every imported record is exported
// back. Only a physique::io::json_error may escape.
// Run: physique_fuzz_free_exercise_db -dict=tests/io/fuzz/json.dict -max_len=1048576 <corpus>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <physique/io/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);  // NOLINT
  physique::io::parse_limits limits;
  limits.max_bytes = 1U << 20U;
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
