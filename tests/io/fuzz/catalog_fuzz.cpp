// SPDX-License-Identifier: MIT
// libFuzzer target for physique's catalog format: arbitrary bytes (up to 1 MiB) go through
// parse_catalog; what parses must validate, export and re-import to the same items. Any
// outcome but success or a physique::io::json_error is a bug: a crash, a sanitizer report,
// a hang, or another exception type escaping.
// Run: physique_fuzz_catalog -dict=tests/io/fuzz/json.dict -max_len=1048576 <corpus copy>
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
    (void)physique::exercise::validate(c);
    const auto again = physique::io::catalog_from_json(physique::io::to_json(c));
    if (again.items() != c.items()) __builtin_trap();
  } catch (const physique::io::json_error&) {
  }
  return 0;
}
