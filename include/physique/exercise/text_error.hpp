// SPDX-License-Identifier: MIT
// Reporting invalid text input (tempo strings, ids, JSON fields) through physique's error
// channel with a detail that is built at run time.
#pragma once

#include <string>

#include <physique/core/error.hpp>

namespace physique::exercise::detail {

/// Raises `physique::invalid_argument` (or calls the handler under -fno-exceptions) for a
/// text parameter; the message reads "physique: invalid <parameter> (<detail>): <requirement>".
/// `parameter` and `requirement` must be string literals.
[[noreturn]] inline void report_text_error(const char* parameter, std::string detail_text,
                                           const char* requirement) {
  // invalid_argument copies the detail, so a local string is enough.
  report_invalid_argument(error_report{parameter, 0.0, "", requirement, detail_text.c_str()});
}

}  // namespace physique::exercise::detail
