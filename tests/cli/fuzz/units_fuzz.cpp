// SPDX-License-Identifier: MIT
// libFuzzer target for the command-line tool's quantity parsers ("80kg", "5ft10in",
// "-500kcal", "2026-01-05"): the first byte picks the parser, the rest is the text. A parser
// either returns a finite value or throws physique::invalid_argument naming the flag;
// anything else (a crash, UB, inf, another exception) is a bug.
// Run: physique_fuzz_cli_units -dict=tests/cli/fuzz/units.dict -max_len=1048576 <corpus>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <physique/core/error.hpp>

#include "../../../examples/cli/cli.hpp"

namespace {
void require_finite(double v) {
  if (!std::isfinite(v)) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  namespace cli = physique::cli;
  using namespace physique;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);  // NOLINT
  try {
    switch (data[0] % 12U) {
      case 0:
        require_finite(cli::parse_mass("--weight", text).in(kilograms));
        break;
      case 1:
        require_finite(cli::parse_length("--height", text).in(meters));
        break;
      case 2:
        require_finite(cli::parse_age("--age", text).in(years));
        break;
      case 3:
        require_finite(cli::parse_energy_rate("--calories", text).in(kilocalories_per_day));
        break;
      case 4:
        require_finite(cli::parse_energy_change("--change", text).in(kilocalories_per_day));
        break;
      case 5:
        require_finite(cli::parse_percent("--body-fat", text));
        break;
      case 6:
        require_finite(cli::parse_number("--pal", text));
        break;
      case 7:
        (void)cli::parse_int("--reps", text);
        break;
      case 8:
        (void)cli::parse_weeks("--weeks", text);
        break;
      case 9:
        (void)cli::parse_sex("--sex", text);
        break;
      case 10:
        require_finite(cli::parse_rate("--rate", text).value);
        break;
      default: {
        const training::date d = cli::parse_date("--start", std::string(text));
        (void)d.yyyymmdd();
        (void)cli::date_text(d + 7);
      }
    }
  } catch (const physique::invalid_argument&) {
  }
  return 0;
}
