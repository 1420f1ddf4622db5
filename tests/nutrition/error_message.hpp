// SPDX-License-Identifier: MIT
// Test helper for the nutrition tests: the message of the physique::invalid_argument an
// expression throws ("" if it throws nothing).
#pragma once

#include <string>

#include <physique/core/error.hpp>

namespace nutrition_test {

template <class F>
std::string error_message(F&& f) {
  try {
    f();
  } catch (const physique::invalid_argument& e) {
    return e.what();
  }
  return {};
}

inline bool mentions(const std::string& text, const char* part) {
  return text.find(part) != std::string::npos;
}

}  // namespace nutrition_test
