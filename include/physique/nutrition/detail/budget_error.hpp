// SPDX-License-Identifier: MIT
// Error report for a macro split whose fixed parts do not fit the energy budget; included by
// <physique/nutrition/macro_split.hpp>. The message names both values.
#pragma once

#include <cstdio>

#include <physique/core/error.hpp>

namespace physique::nutrition::detail {

/// Reports `parameter` = `value` kcal/d as exceeding the target. The requirement text carries
/// the second value; `invalid_argument` keeps its own copy of it.
[[noreturn, gnu::cold, gnu::noinline]] inline void report_over_budget(const char* parameter,
                                                                      double value,
                                                                      const char* what_else,
                                                                      double other, double target) {
  char text[160];
  if (what_else != nullptr) {
    std::snprintf(text, sizeof text,
                  "together with %s = %.6g kcal/d exceeds energy_target = %.6g kcal/d", what_else,
                  other, target);
  } else {
    std::snprintf(text, sizeof text, "exceeds energy_target = %.6g kcal/d", target);
  }
  report_invalid_argument(error_report{parameter, value, "kcal/d", text, nullptr});
}

}  // namespace physique::nutrition::detail
