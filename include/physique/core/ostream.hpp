// SPDX-License-Identifier: MIT
// Stream output for quantities ("80 kg"), kept apart because <ostream> is costly to include.
#pragma once

#include <ostream>

#include <physique/core/quantity.hpp>
#include <physique/core/units.hpp>

namespace physique {

/// Writes the value in the dimension's base unit, e.g. "80 kg", "2500 kcal/d". Dimensions
/// without a named unit are written with base-unit exponents ("3.2 kcal kg^-1 d^-1").
template <class D, real T>
std::ostream& operator<<(std::ostream& os, const quantity<D, T>& q) {
  os << q.in_base_unit();
  if constexpr (base_unit_symbol<D>() != nullptr) {
    os << ' ' << base_unit_symbol<D>();
  } else {
    const auto part = [&os](const char* symbol, int exponent) {
      if (exponent == 0) return;
      os << ' ' << symbol;
      if (exponent != 1) os << '^' << exponent;
    };
    part("kg", D::mass);
    part("m", D::length);
    part("kcal", D::energy);
    part("d", D::time);
  }
  return os;
}

/// A quantity together with the unit to print it in: `os << in_unit(m, pounds)`.
template <class D, real T>
struct quantity_in_unit {
  quantity<D, T> value;
  const unit<D>& shown_in;
};
template <class D, real T>
[[nodiscard]] constexpr quantity_in_unit<D, T> in_unit(const quantity<D, T>& q,
                                                       const unit<D>& u) noexcept {
  return {q, u};
}
template <class D, real T>
std::ostream& operator<<(std::ostream& os, const quantity_in_unit<D, T>& q) {
  return os << q.value.in(q.shown_in) << ' ' << q.shown_in.symbol;
}

}  // namespace physique
