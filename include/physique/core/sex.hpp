// SPDX-License-Identifier: MIT
// Biological sex as the published equations use it, and sets of sexes for validity domains.
#pragma once

namespace physique {

/// The sex variable of the published equations (they were fitted per sex).
enum class sex : unsigned char { male, female };

/// Stable snake_case name of a sex ("male" / "female").
[[nodiscard]] constexpr const char* to_string(sex s) noexcept {
  return s == sex::male ? "male" : "female";
}

/// A set of sexes, for the population an equation was derived on.
class sex_set {
 public:
  constexpr sex_set() noexcept = default;
  constexpr sex_set(sex s) noexcept : bits_(bit(s)) {}  // NOLINT: a single sex is a set

  [[nodiscard]] static constexpr sex_set both() noexcept { return sex_set(3U); }
  [[nodiscard]] static constexpr sex_set none() noexcept { return sex_set(0U); }

  [[nodiscard]] constexpr bool contains(sex s) const noexcept { return (bits_ & bit(s)) != 0U; }
  [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0U; }
  [[nodiscard]] constexpr sex_set operator|(sex_set o) const noexcept {
    return sex_set(bits_ | o.bits_);
  }
  [[nodiscard]] friend constexpr bool operator==(sex_set, sex_set) noexcept = default;

 private:
  constexpr explicit sex_set(unsigned b) noexcept : bits_(b) {}
  static constexpr unsigned bit(sex s) noexcept { return s == sex::male ? 1U : 2U; }
  unsigned bits_ = 0U;
};

}  // namespace physique
