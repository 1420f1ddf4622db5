// SPDX-License-Identifier: MIT
// The machinery shared by the exercise vocabularies (muscle, equipment, level, ...): stable
// snake_case names, display names, parsing from a name, iteration, and small constexpr sets.
// The vocabularies themselves follow the exercise-model survey (free-exercise-db, wger,
// ExerciseDB, everkinetic), see docs/exercise.md.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

namespace physique::exercise {

/// Specialised for each vocabulary enum `E`. A specialisation provides
/// `static constexpr std::array<Entry, N> entries`, ordered by the enumerator's value
/// (0, 1, 2, ...), where `Entry` has members `value` (E), `name` (the stable snake_case
/// name used in JSON and APIs) and `display` (an English display name).
template <class E>
struct vocabulary_traits;

/// An enum with a `vocabulary_traits` specialisation.
template <class E>
concept vocabulary_enum = std::is_enum_v<E> && requires {
  vocabulary_traits<E>::entries.size();
  vocabulary_traits<E>::entries[0].value;
  vocabulary_traits<E>::entries[0].name;
  vocabulary_traits<E>::entries[0].display;
};

/// Number of values of the vocabulary `E`.
template <vocabulary_enum E>
inline constexpr std::size_t vocabulary_size = vocabulary_traits<E>::entries.size();

namespace detail {
template <vocabulary_enum E>
constexpr std::size_t index_of(E value) noexcept {
  return static_cast<std::size_t>(static_cast<std::underlying_type_t<E>>(value));
}
template <vocabulary_enum E>
consteval bool entries_are_ordered() {
  const auto& entries = vocabulary_traits<E>::entries;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (index_of(entries[i].value) != i) return false;
  }
  return true;
}
constexpr char lower_ascii(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
/// Compares after lower-casing, trimming and treating ' ', '-' and '_' alike.
constexpr bool loose_equal(std::string_view a, std::string_view b) noexcept {
  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
      s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
      s.remove_suffix(1);
    return s;
  };
  a = trim(a);
  b = trim(b);
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = lower_ascii(a[i]);
    char y = lower_ascii(b[i]);
    if (x == ' ' || x == '-') x = '_';
    if (y == ' ' || y == '-') y = '_';
    if (x != y) return false;
  }
  return true;
}
}  // namespace detail

/// All values of the vocabulary, in declaration order.
template <vocabulary_enum E>
[[nodiscard]] constexpr std::array<E, vocabulary_size<E>> all_values() noexcept {
  std::array<E, vocabulary_size<E>> out{};
  for (std::size_t i = 0; i < out.size(); ++i)
    out[i] = vocabulary_traits<E>::entries[i].value;
  return out;
}

/// Stable snake_case name (e.g. `muscle::front_delt` -> "front_delt"); used in JSON.
/// Returns an empty view for a value outside the vocabulary (a cast from a bad integer).
template <vocabulary_enum E>
[[nodiscard]] constexpr std::string_view to_string(E value) noexcept {
  const std::size_t i = detail::index_of(value);
  return i < vocabulary_size<E> ? vocabulary_traits<E>::entries[i].name : std::string_view{};
}

/// English display name (e.g. `muscle::front_delt` -> "Front deltoid").
template <vocabulary_enum E>
[[nodiscard]] constexpr std::string_view display_name(E value) noexcept {
  const std::size_t i = detail::index_of(value);
  return i < vocabulary_size<E> ? vocabulary_traits<E>::entries[i].display : std::string_view{};
}

/// Parses the exact snake_case name; `std::nullopt` when `name` is not in the vocabulary.
template <vocabulary_enum E>
[[nodiscard]] constexpr std::optional<E> parse(std::string_view name) noexcept {
  for (const auto& entry : vocabulary_traits<E>::entries) {
    if (entry.name == name) return entry.value;
  }
  return std::nullopt;
}

/// Lenient parse for user input: ignores case and surrounding blanks, treats ' ', '-' and
/// '_' alike, and also accepts the display name ("Front deltoid", "front-delt").
template <vocabulary_enum E>
[[nodiscard]] constexpr std::optional<E> parse_loose(std::string_view text) noexcept {
  for (const auto& entry : vocabulary_traits<E>::entries) {
    if (detail::loose_equal(entry.name, text) || detail::loose_equal(entry.display, text)) {
      return entry.value;
    }
  }
  return std::nullopt;
}

/// A set of values of a vocabulary (at most 64 values), as a bit set. Constexpr, no
/// allocation; iteration visits values in declaration order.
template <vocabulary_enum E>
class enum_set {
  static_assert(vocabulary_size<E> <= 64, "enum_set holds at most 64 values");

 public:
  constexpr enum_set() noexcept = default;
  constexpr enum_set(std::initializer_list<E> values) noexcept {
    for (E v : values)
      insert(v);
  }

  /// Every value of the vocabulary.
  [[nodiscard]] static constexpr enum_set all() noexcept {
    enum_set s;
    for (E v : all_values<E>())
      s.insert(v);
    return s;
  }

  constexpr void insert(E v) noexcept { bits_ |= bit(v); }
  constexpr void erase(E v) noexcept { bits_ &= ~bit(v); }
  [[nodiscard]] constexpr bool contains(E v) const noexcept { return (bits_ & bit(v)) != 0U; }
  [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0U; }
  [[nodiscard]] constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    for (std::uint64_t b = bits_; b != 0U; b &= b - 1U)
      ++n;
    return n;
  }
  /// True when every value of `other` is in this set.
  [[nodiscard]] constexpr bool includes(enum_set other) const noexcept {
    return (other.bits_ & ~bits_) == 0U;
  }
  [[nodiscard]] constexpr bool intersects(enum_set other) const noexcept {
    return (other.bits_ & bits_) != 0U;
  }
  [[nodiscard]] constexpr enum_set operator|(enum_set o) const noexcept {
    return from_bits(bits_ | o.bits_);
  }
  [[nodiscard]] constexpr enum_set operator&(enum_set o) const noexcept {
    return from_bits(bits_ & o.bits_);
  }
  /// Values of this set that are not in `o`.
  [[nodiscard]] constexpr enum_set operator-(enum_set o) const noexcept {
    return from_bits(bits_ & ~o.bits_);
  }
  constexpr enum_set& operator|=(enum_set o) noexcept {
    bits_ |= o.bits_;
    return *this;
  }
  [[nodiscard]] friend constexpr bool operator==(enum_set, enum_set) noexcept = default;

  /// The raw bits (bit i = the value with underlying value i); stable across releases only
  /// as long as the vocabulary's order is.
  [[nodiscard]] constexpr std::uint64_t bits() const noexcept { return bits_; }

  /// Visits the values in declaration order.
  template <class F>
  constexpr void for_each(F&& f) const {
    for (E v : all_values<E>()) {
      if (contains(v)) f(v);
    }
  }

 private:
  static constexpr std::uint64_t bit(E v) noexcept {
    return std::uint64_t{1} << detail::index_of(v);
  }
  static constexpr enum_set from_bits(std::uint64_t b) noexcept {
    enum_set s;
    s.bits_ = b;
    return s;
  }
  std::uint64_t bits_ = 0U;
};

}  // namespace physique::exercise
