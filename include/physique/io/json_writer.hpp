// SPDX-License-Identifier: MIT
// json_writer: a small streaming JSON writer (RFC 8259) with correct string escaping and
// shortest round-trip numbers, used for the planner's JSON output. No dependency (unlike
// io/json.hpp, which needs nlohmann/json for reading).
#pragma once

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace physique::io {

/// Writes JSON text into a string, one token at a time, with two-space indentation.
///
/// Strings are escaped as RFC 8259 section 7 requires: `"` and `\` are escaped, control
/// characters below U+0020 become `\n`, `\t`, `\r`, `\b`, `\f` or `\u00XX`; other bytes (UTF-8)
/// pass through. Numbers are written in the shortest form that reads back to the same
/// double (`std::to_chars`, or 15-17 digits where it is missing); NaN and infinities, which
/// JSON cannot represent, are written as `null`. Commas and nesting are tracked; misuse (a
/// value where a key is expected) is the caller's bug and is not diagnosed.
class json_writer {
 public:
  /// Starts an object (as a value, or after `key`).
  json_writer& begin_object() { return open('{'); }
  json_writer& end_object() { return close('}'); }
  /// Starts an array.
  json_writer& begin_array() { return open('['); }
  json_writer& end_array() { return close(']'); }

  /// Writes the key of the next member of the current object.
  json_writer& key(std::string_view k) {
    separate();
    write_string(k);
    out_ += ": ";
    after_key_ = true;
    return *this;
  }

  json_writer& value(std::string_view s) {
    separate();
    write_string(s);
    return *this;
  }
  json_writer& value(const char* s) { return value(std::string_view(s != nullptr ? s : "")); }
  json_writer& value(const std::string& s) { return value(std::string_view(s)); }
  json_writer& value(bool b) {
    separate();
    out_ += b ? "true" : "false";
    return *this;
  }
  json_writer& value(double d) {
    separate();
    write_number(d);
    return *this;
  }
  json_writer& value(int i) {
    separate();
    out_ += std::to_string(i);
    return *this;
  }
  json_writer& value(unsigned i) {
    separate();
    out_ += std::to_string(i);
    return *this;
  }
  json_writer& null() {
    separate();
    out_ += "null";
    return *this;
  }

  /// `key` then `value` in one call.
  template <class V>
  json_writer& member(std::string_view k, const V& v) {
    key(k);
    return value(v);
  }

  /// The text written so far (complete once every object and array is closed).
  [[nodiscard]] const std::string& str() const noexcept { return out_; }

  /// Escapes `s` as the contents of a JSON string (without the quotes).
  [[nodiscard]] static std::string escape(std::string_view s) {
    std::string r;
    r.reserve(s.size());
    for (const char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      switch (c) {
        case '"':
          r += "\\\"";
          break;
        case '\\':
          r += "\\\\";
          break;
        case '\n':
          r += "\\n";
          break;
        case '\r':
          r += "\\r";
          break;
        case '\t':
          r += "\\t";
          break;
        case '\b':
          r += "\\b";
          break;
        case '\f':
          r += "\\f";
          break;
        default:
          if (c < 0x20U) {
            static constexpr char hex[] = "0123456789abcdef";
            r += "\\u00";
            r += hex[(c >> 4U) & 0xFU];
            r += hex[c & 0xFU];
          } else {
            r += ch;
          }
      }
    }
    return r;
  }

 private:
  json_writer& open(char c) {
    separate();
    out_ += c;
    first_.push_back(true);
    return *this;
  }
  json_writer& close(char c) {
    const bool empty = !first_.empty() && first_.back();
    if (!first_.empty()) first_.pop_back();
    if (!empty) newline();
    out_ += c;
    return *this;
  }
  void newline() {
    out_ += '\n';
    out_.append(2 * first_.size(), ' ');
  }
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_ += ',';
    first_.back() = false;
    newline();
  }
  void write_string(std::string_view s) {
    out_ += '"';
    out_ += escape(s);
    out_ += '"';
  }
  void write_number(double d) {
    if (!std::isfinite(d)) {
      out_ += "null";
      return;
    }
    if (d == 0.0) d = 0.0;  // no "-0"
    char buf[32];
#if defined(__cpp_lib_to_chars)
    const std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, d);
    if (r.ec != std::errc{}) {
      out_ += "null";
      return;
    }
    out_.append(buf, r.ptr);
#else
    // Standard libraries without floating-point to_chars (libc++ before 17, as in
    // Emscripten 3.1): the fewest of 15-17 significant digits that read back exactly.
    for (int digits = 15; digits <= 17; ++digits) {
      std::snprintf(buf, sizeof buf, "%.*g", digits, d);
      if (std::strtod(buf, nullptr) == d) break;
    }
    out_ += buf;
#endif
  }

  std::string out_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

}  // namespace physique::io
