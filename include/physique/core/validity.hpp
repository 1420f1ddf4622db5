// SPDX-License-Identifier: MIT
// Validity domains: the population and input ranges an equation was derived on, and the
// report of which inputs of a given call fall outside them.
#pragma once

#include <array>
#include <cstddef>
#include <limits>

#include <physique/core/sex.hpp>

namespace physique {

/// A closed interval [low, high] of plain numbers in a stated unit; either end may be
/// infinite (use `interval::at_least` / `at_most`).
struct interval {
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();

  [[nodiscard]] constexpr bool contains(double v) const noexcept { return v >= low && v <= high; }
  [[nodiscard]] static constexpr interval at_least(double low) noexcept {
    return {low, std::numeric_limits<double>::infinity()};
  }
  [[nodiscard]] static constexpr interval at_most(double high) noexcept {
    return {-std::numeric_limits<double>::infinity(), high};
  }
};

/// One bounded input of a validity domain: "age_years in [18, 78] yr".
struct bound {
  const char* parameter = "";
  const char* unit = "";
  interval range{};
};

/// One input of a call that lies outside the validated range.
struct outside_bound {
  const char* parameter = "";
  const char* unit = "";
  double value = 0.0;
  interval range{};
};

namespace detail {
constexpr bool same_name(const char* a, const char* b) noexcept {
  while (*a != '\0' && *a == *b) {
    ++a;
    ++b;
  }
  return *a == *b;
}
}  // namespace detail

/// The result of checking one call against a validity domain: empty when every input is
/// inside. Being outside is information for the caller, not an error. Fixed capacity,
/// no allocation.
class validity_report {
 public:
  static constexpr std::size_t capacity = 8;

  /// True when the call lies inside the validated domain.
  [[nodiscard]] constexpr bool inside() const noexcept { return count_ == 0 && !sex_outside_; }
  /// True when the equation was not derived on the given sex.
  [[nodiscard]] constexpr bool sex_outside() const noexcept { return sex_outside_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return count_; }
  [[nodiscard]] constexpr const outside_bound* begin() const noexcept { return items_.data(); }
  [[nodiscard]] constexpr const outside_bound* end() const noexcept {
    return items_.data() + count_;
  }
  [[nodiscard]] constexpr const outside_bound& operator[](std::size_t i) const noexcept {
    return items_[i];
  }
  /// The entry for `parameter`, or nullptr when that input is inside.
  [[nodiscard]] constexpr const outside_bound* find(const char* parameter) const noexcept {
    for (const outside_bound& o : *this) {
      if (detail::same_name(o.parameter, parameter)) return &o;
    }
    return nullptr;
  }

  constexpr void add(const outside_bound& o) noexcept {
    if (count_ < capacity) items_[count_++] = o;
  }
  constexpr void mark_sex_outside() noexcept { sex_outside_ = true; }

 private:
  std::array<outside_bound, capacity> items_{};
  std::size_t count_ = 0;
  bool sex_outside_ = false;
};

/// A named input value for a validity check: `{"age_years", 35.0}`.
struct input_value {
  const char* parameter;
  double value;
};

/// The population and input ranges an equation was derived or validated on.
struct validity_domain {
  static constexpr std::size_t capacity = 6;

  const char* population = "";           ///< "healthy US adults, 19-78 y (n = 498)"
  sex_set sexes = sex_set::both();       ///< sexes in the sample
  std::array<bound, capacity> bounds{};  ///< bounded inputs; unused slots have empty names

  /// Checks the named inputs; inputs the domain does not bound are ignored.
  template <std::size_t N>
  [[nodiscard]] constexpr validity_report check(sex s,
                                                const input_value (&inputs)[N]) const noexcept {
    validity_report report = check(inputs);
    if (!sexes.contains(s)) report.mark_sex_outside();
    return report;
  }
  template <std::size_t N>
  [[nodiscard]] constexpr validity_report check(const input_value (&inputs)[N]) const noexcept {
    validity_report report;
    for (const input_value& in : inputs) {
      for (const bound& b : bounds) {
        if (b.parameter[0] != '\0' && detail::same_name(b.parameter, in.parameter) &&
            !b.range.contains(in.value)) {
          report.add(outside_bound{b.parameter, b.unit, in.value, b.range});
        }
      }
    }
    return report;
  }
};

}  // namespace physique
