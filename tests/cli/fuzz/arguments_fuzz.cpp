// SPDX-License-Identifier: MIT
// libFuzzer target for the command-line tool's argument parser: the input is split at NUL
// and newline bytes into argv tokens, parsed against a fixed set of flags, then every flag
// is queried and its value read as a person. Only cli::usage_error and
// physique::invalid_argument may escape.
// Run: physique_fuzz_cli_arguments -dict=tests/cli/fuzz/arguments.dict -max_len=1048576 <corpus>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <physique/core/error.hpp>

#include "../../../examples/cli/cli.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace cli = physique::cli;
  std::vector<std::string> tokens(1);
  for (std::size_t i = 0; i < size; ++i) {
    const char c = static_cast<char>(data[i]);
    if (c == '\0' || c == '\n') {
      tokens.emplace_back();
    } else {
      tokens.back() += c;
    }
  }
  const std::vector<cli::flag_spec> known = {
      {"--sex", true},      {"--age", true}, {"--height", true},  {"--weight", true},
      {"--activity", true}, {"--pal", true}, {"--verbose", false}};
  try {
    const cli::arguments a(tokens, known);
    for (const cli::flag_spec& f : known) {
      (void)a.has(f.name);
      (void)a.get(f.name);
      (void)a.literal(f.name);
    }
    (void)a.json();
    (void)a.help();
    (void)a.positional();
    (void)cli::activity_from(a);
    const physique::person<double> p = cli::person_from(a);
    (void)cli::describe_person(p);
  } catch (const cli::usage_error&) {
  } catch (const physique::invalid_argument&) {
  }
  return 0;
}
