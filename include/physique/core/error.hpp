// SPDX-License-Identifier: MIT
// physique::invalid_argument, the error for input that cannot describe a person or a lift,
// and the replaceable handler used when exceptions are disabled.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>

#if !defined(PHYSIQUE_NO_EXCEPTIONS) && !defined(__cpp_exceptions) && !defined(__EXCEPTIONS)
#define PHYSIQUE_NO_EXCEPTIONS 1
#endif

namespace physique {

/// What was wrong with an argument: the parameter's name, the offending value (when it is
/// a number), its unit, and the requirement it broke. `parameter` and `unit` are static
/// strings; `requirement` and `detail` may point at temporary text, which
/// `invalid_argument` copies (a handler under -fno-exceptions must copy what it keeps).
struct error_report {
  const char* parameter;    ///< e.g. "body_mass"
  double value;             ///< the value as given, in `unit`
  const char* unit;         ///< e.g. "kg"; empty for plain numbers
  const char* requirement;  ///< e.g. "must be positive and finite"
  const char* detail;       ///< free text for non-numeric input (a JSON path...), or nullptr
};

namespace detail {
/// Formats a report as "physique: invalid body_mass = -3 kg: must be positive and finite".
inline std::string format_error(const error_report& r) {
  std::string text = "physique: invalid ";
  text += r.parameter;
  if (r.detail != nullptr) {
    text += " (";
    text += r.detail;
    text += ')';
  } else {
    char number[40];
    std::snprintf(number, sizeof number, "%.10g", r.value);
    text += " = ";
    text += number;
    if (r.unit != nullptr && r.unit[0] != '\0') {
      text += ' ';
      text += r.unit;
    }
  }
  text += ": ";
  text += r.requirement;
  return text;
}
}  // namespace detail

/// Thrown for physically impossible input (NaN, negative mass, reps < 1, malformed
/// JSON...). Derives from `std::invalid_argument`; `what()` names parameter and value.
/// Input that is possible but outside an equation's validation sample is not an error:
/// equations report it through their `validity(...)` functions instead.
class invalid_argument : public std::invalid_argument {
 public:
  /// Copies `report.requirement` and `report.detail`, so the report may point at
  /// temporary text (a message formatted into a local buffer).
  explicit invalid_argument(const error_report& report)
      : std::invalid_argument(detail::format_error(report)),
        report_(report),
        requirement_(report.requirement != nullptr ? report.requirement : ""),
        detail_(report.detail != nullptr ? report.detail : "") {
    repoint();
  }
  invalid_argument(const invalid_argument& other)
      : std::invalid_argument(other),
        report_(other.report_),
        requirement_(other.requirement_),
        detail_(other.detail_) {
    repoint();
  }
  invalid_argument& operator=(const invalid_argument& other) {
    std::invalid_argument::operator=(other);
    report_ = other.report_;
    requirement_ = other.requirement_;
    detail_ = other.detail_;
    repoint();
    return *this;
  }
  ~invalid_argument() override = default;

  /// Name of the offending parameter.
  [[nodiscard]] const char* parameter() const noexcept { return report_.parameter; }
  /// The offending value (meaningful when `report().detail` is null).
  [[nodiscard]] double value() const noexcept { return report_.value; }
  /// The whole report; its `detail` points into this exception and lives as long as it.
  [[nodiscard]] const error_report& report() const noexcept { return report_; }

 private:
  void repoint() noexcept {
    report_.requirement = requirement_.c_str();
    if (report_.detail != nullptr) report_.detail = detail_.c_str();
  }

  error_report report_;
  std::string requirement_;
  std::string detail_;
};

/// Called with the report when input is invalid and exceptions are disabled; the library
/// calls `std::abort()` if the handler returns. Replace it to log the report or to
/// `longjmp` out; the default writes the message to stderr.
using error_handler = void (*)(const error_report&) noexcept;

namespace detail {
inline void default_error_handler(const error_report& report) noexcept {
  const std::string text = format_error(report);
  std::fputs(text.c_str(), stderr);
  std::fputc('\n', stderr);
}
inline error_handler& error_handler_slot() noexcept {
  static error_handler handler = &default_error_handler;
  return handler;
}
}  // namespace detail

/// Installs `handler` (nullptr restores the default) and returns the previous one. Not
/// synchronised: install it before starting threads that use the library.
inline error_handler set_error_handler(error_handler handler) noexcept {
  error_handler& slot = detail::error_handler_slot();
  const error_handler previous = slot;
  slot = handler != nullptr ? handler : &detail::default_error_handler;
  return previous;
}

/// Reports invalid input: throws `physique::invalid_argument`, or, under
/// `-fno-exceptions`, calls the installed handler and then `std::abort()`. It is not
/// `constexpr`, so reaching it while evaluating a constant expression is a compile error.
[[noreturn]] inline void report_invalid_argument(const error_report& report) {
#if defined(PHYSIQUE_NO_EXCEPTIONS)
  detail::error_handler_slot()(report);
  std::abort();
#else
  throw invalid_argument(report);
#endif
}

/// Reports invalid input described by text rather than by one number: several values that
/// are wrong together ("waist = 38 cm, neck = 40 cm"), a JSON path, an unknown name. The
/// text is copied, so it may be a temporary.
[[noreturn]] inline void report_invalid_argument(const char* parameter, std::string_view text,
                                                 const char* requirement) {
  const std::string owned(text);
  report_invalid_argument(error_report{parameter, 0.0, "", requirement, owned.c_str()});
}

}  // namespace physique
