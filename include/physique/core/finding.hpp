// SPDX-License-Identifier: MIT
// basic_finding and basic_finding_list: advice-level observations about a plan or a split (a loss
// rate above a guideline, protein below the RDA...), each with the value, the limit it crosses and
// the source of the guideline. Fixed capacity, no allocation.
#pragma once

#include <array>
#include <cstddef>

#include <physique/core/citation.hpp>

namespace physique {

/// One observation (each module names its own: `energy::target_finding`,
/// `nutrition::macro_finding`...). `Code` is the enum of the module that produces it (each module's
/// codes have stable snake_case names through its `to_string`).
template <class Code>
struct basic_finding {
  Code code{};
  const char* message = "";  ///< one static English sentence
  double value = 0.0;        ///< the planned or measured value, in `unit`
  double limit = 0.0;        ///< the guideline bound it crosses, in `unit`
  const char* unit = "";     ///< "% body mass/wk", "kcal/d", "g/kg", ...
  citation source{};         ///< where the guideline comes from
};

/// A fixed-capacity list of findings in the order they were produced. Findings beyond
/// the capacity are counted in `dropped()`, never silently lost.
template <class Code, std::size_t Capacity>
class basic_finding_list {
 public:
  using value_type = basic_finding<Code>;
  static constexpr std::size_t capacity = Capacity;

  [[nodiscard]] constexpr bool empty() const noexcept { return count_ == 0; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return count_; }
  [[nodiscard]] constexpr std::size_t dropped() const noexcept { return dropped_; }
  [[nodiscard]] constexpr const value_type* begin() const noexcept { return items_.data(); }
  [[nodiscard]] constexpr const value_type* end() const noexcept { return items_.data() + count_; }
  [[nodiscard]] constexpr const value_type& operator[](std::size_t i) const noexcept {
    return items_[i];
  }
  /// The first finding with `code`, or nullptr.
  [[nodiscard]] constexpr const value_type* find(Code code) const noexcept {
    for (const value_type& f : *this) {
      if (f.code == code) return &f;
    }
    return nullptr;
  }
  [[nodiscard]] constexpr bool contains(Code code) const noexcept { return find(code) != nullptr; }

  constexpr void add(const value_type& f) noexcept {
    if (count_ < capacity) {
      items_[count_++] = f;
    } else {
      ++dropped_;
    }
  }

 private:
  std::array<value_type, Capacity> items_{};
  std::size_t count_ = 0;
  std::size_t dropped_ = 0;
};

}  // namespace physique
