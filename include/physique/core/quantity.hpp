// SPDX-License-Identifier: MIT
// quantity<Dim, T>: a number with a physical dimension, stored in the dimension's base
// unit (kg, m, kcal, day). Units and named dimensions are in <physique/core/units.hpp>.
#pragma once

#include <compare>
#include <concepts>
#include <type_traits>

#include <physique/core/real.hpp>

namespace physique {

/// A dimension as integer exponents of the four base dimensions the library needs:
/// mass (kg), length (m), energy (kcal) and time (day). Energy is a base dimension here
/// on purpose: nutrition and energy-balance arithmetic never needs it split into
/// mass * length^2 / time^2, and keeping it whole keeps error messages readable.
template <int Mass, int Length, int Energy, int Time>
struct dimension {
  static constexpr int mass = Mass;
  static constexpr int length = Length;
  static constexpr int energy = Energy;
  static constexpr int time = Time;
};

namespace detail {

template <class D>
struct is_dimension : std::false_type {};
template <int M, int L, int E, int T>
struct is_dimension<dimension<M, L, E, T>> : std::true_type {};

template <class A, class B>
using dimension_product =
    dimension<A::mass + B::mass, A::length + B::length, A::energy + B::energy, A::time + B::time>;
template <class A, class B>
using dimension_quotient =
    dimension<A::mass - B::mass, A::length - B::length, A::energy - B::energy, A::time - B::time>;

template <class D>
inline constexpr bool is_dimensionless =
    D::mass == 0 && D::length == 0 && D::energy == 0 && D::time == 0;

/// Tag for the constructor that takes a value already in the base unit.
struct base_unit_tag {
  explicit base_unit_tag() = default;
};

/// True when every value of From is exactly representable in To.
template <class From, class To>
inline constexpr bool is_widening = sizeof(From) <= sizeof(To);

}  // namespace detail

/// Satisfied by `physique::dimension<...>` specialisations.
template <class D>
concept dimension_like = detail::is_dimension<D>::value;

template <dimension_like Dim>
struct unit;

/// A value of dimension `Dim` held as a `T` in the dimension's base unit.
///
/// There is no constructor from a bare number and no unit-less accessor: a value is made
/// from a unit (`kilograms(80.0)`, `80.0_kg`) and read in a unit (`m.in(pounds)`), so the
/// unit is always written where the number enters or leaves. The size and layout are
/// those of `T`, and every operation is `constexpr` and `noexcept`.
template <dimension_like Dim, real T = double>
class quantity {
 public:
  using dimension_type = Dim;
  using rep = T;

  /// Zero.
  constexpr quantity() noexcept = default;

  /// Library-internal: a value already expressed in the base unit.
  constexpr quantity(detail::base_unit_tag, T base_value) noexcept : value_(base_value) {}

  /// Converts the representation; implicit only when it cannot lose precision.
  template <real U>
  requires(!std::same_as<T, U>) constexpr explicit(!detail::is_widening<U, T>)
      quantity(const quantity<Dim, U>& other) noexcept
      : value_(static_cast<T>(other.in_base_unit())) {}

  /// The numeric value in unit `u` (for example `m.in(pounds)`): one multiplication by a
  /// factor folded at compile time (see `unit`).
  [[nodiscard]] constexpr T in(const unit<Dim>& u) const noexcept {
    if (u.numerator == 1.0 && u.denominator != 1.0) {
      return value_ * static_cast<T>(u.denominator);  // 1 cm = 1/100 m: times 100, exact factor
    }
    return value_ * static_cast<T>(u.denominator / u.numerator);  // times 1 / 0.45359237
  }

  /// The value in the dimension's base unit (kg, m, kcal, day and their combinations).
  /// Meant for generic code such as error reports and batch kernels.
  [[nodiscard]] constexpr T in_base_unit() const noexcept { return value_; }

  constexpr quantity operator+() const noexcept { return *this; }
  constexpr quantity operator-() const noexcept {
    return quantity(detail::base_unit_tag{}, -value_);
  }

  constexpr quantity& operator+=(const quantity& o) noexcept {
    value_ += o.value_;
    return *this;
  }
  constexpr quantity& operator-=(const quantity& o) noexcept {
    value_ -= o.value_;
    return *this;
  }
  constexpr quantity& operator*=(T s) noexcept {
    value_ *= s;
    return *this;
  }
  constexpr quantity& operator/=(T s) noexcept {
    value_ /= s;
    return *this;
  }

  [[nodiscard]] friend constexpr bool operator==(const quantity&,
                                                 const quantity&) noexcept = default;
  [[nodiscard]] friend constexpr auto operator<=>(const quantity&,
                                                  const quantity&) noexcept = default;

 private:
  T value_{};
};

namespace detail {
template <class Q>
struct is_quantity : std::false_type {};
template <class D, class T>
struct is_quantity<quantity<D, T>> : std::true_type {};

/// The product or quotient of two quantities: a quantity, or a plain number when the
/// dimensions cancel (kg / kg is a ratio, not a "dimensionless quantity" type).
template <class D, class T>
constexpr auto make_result(T base_value) noexcept {
  if constexpr (is_dimensionless<D>) {
    return base_value;
  } else {
    return quantity<D, T>(base_unit_tag{}, base_value);
  }
}
}  // namespace detail

/// Satisfied by every `physique::quantity<D, T>`.
template <class Q>
concept quantity_like = detail::is_quantity<std::remove_cvref_t<Q>>::value;

/// Satisfied by quantities of dimension `D`.
template <class Q, class D>
concept quantity_of =
    quantity_like<Q> && std::same_as<typename std::remove_cvref_t<Q>::dimension_type, D>;

// Addition and subtraction: same dimension only; mixed representations use the common type.
template <class D, real A, real B>
[[nodiscard]] constexpr auto operator+(const quantity<D, A>& a, const quantity<D, B>& b) noexcept {
  using C = std::common_type_t<A, B>;
  return quantity<D, C>(detail::base_unit_tag{},
                        static_cast<C>(a.in_base_unit()) + static_cast<C>(b.in_base_unit()));
}
template <class D, real A, real B>
[[nodiscard]] constexpr auto operator-(const quantity<D, A>& a, const quantity<D, B>& b) noexcept {
  using C = std::common_type_t<A, B>;
  return quantity<D, C>(detail::base_unit_tag{},
                        static_cast<C>(a.in_base_unit()) - static_cast<C>(b.in_base_unit()));
}

// Scaling by a plain number (any arithmetic type; the result uses the common type).
template <class D, real T, class S>
requires std::is_arithmetic_v<S>
[[nodiscard]] constexpr auto operator*(const quantity<D, T>& q, S s) noexcept {
  using C = std::common_type_t<T, S>;
  return quantity<D, C>(detail::base_unit_tag{},
                        static_cast<C>(q.in_base_unit()) * static_cast<C>(s));
}
template <class D, real T, class S>
requires std::is_arithmetic_v<S>
[[nodiscard]] constexpr auto operator*(S s, const quantity<D, T>& q) noexcept {
  return q * s;
}
template <class D, real T, class S>
requires std::is_arithmetic_v<S>
[[nodiscard]] constexpr auto operator/(const quantity<D, T>& q, S s) noexcept {
  using C = std::common_type_t<T, S>;
  return quantity<D, C>(detail::base_unit_tag{},
                        static_cast<C>(q.in_base_unit()) / static_cast<C>(s));
}
/// A plain number divided by a quantity has the inverse dimension (1 / day is a rate).
template <class D, real T, class S>
requires std::is_arithmetic_v<S>
[[nodiscard]] constexpr auto operator/(S s, const quantity<D, T>& q) noexcept {
  using C = std::common_type_t<T, S>;
  return detail::make_result<detail::dimension_quotient<dimension<0, 0, 0, 0>, D>, C>(
      static_cast<C>(s) / static_cast<C>(q.in_base_unit()));
}

// Products and quotients of quantities combine dimensions (energy rate * days = energy).
template <class D1, real A, class D2, real B>
[[nodiscard]] constexpr auto operator*(const quantity<D1, A>& a,
                                       const quantity<D2, B>& b) noexcept {
  using C = std::common_type_t<A, B>;
  return detail::make_result<detail::dimension_product<D1, D2>, C>(
      static_cast<C>(a.in_base_unit()) * static_cast<C>(b.in_base_unit()));
}
template <class D1, real A, class D2, real B>
[[nodiscard]] constexpr auto operator/(const quantity<D1, A>& a,
                                       const quantity<D2, B>& b) noexcept {
  using C = std::common_type_t<A, B>;
  return detail::make_result<detail::dimension_quotient<D1, D2>, C>(
      static_cast<C>(a.in_base_unit()) / static_cast<C>(b.in_base_unit()));
}

// Comparisons across representations (same dimension only).
template <class D, real A, real B>
requires(!std::same_as<A, B>) [[nodiscard]] constexpr bool operator==(
    const quantity<D, A>& a, const quantity<D, B>& b) noexcept {
  using C = std::common_type_t<A, B>;
  return static_cast<C>(a.in_base_unit()) == static_cast<C>(b.in_base_unit());
}
template <class D, real A, real B>
requires(!std::same_as<A, B>) [[nodiscard]] constexpr auto operator<=>(
    const quantity<D, A>& a, const quantity<D, B>& b) noexcept {
  using C = std::common_type_t<A, B>;
  return static_cast<C>(a.in_base_unit()) <=> static_cast<C>(b.in_base_unit());
}

/// Absolute value.
template <class D, real T>
[[nodiscard]] constexpr quantity<D, T> abs(const quantity<D, T>& q) noexcept {
  return q.in_base_unit() < T{0} ? -q : q;
}

/// False for NaN and infinities. Written without <cmath> so it also works in constant
/// evaluation on every supported compiler.
template <real T>
[[nodiscard]] constexpr bool is_finite(T v) noexcept {
  // NaN compares unequal to itself; inf - inf is NaN.
  return v == v && (v - v) == (v - v);
}
template <class D, real T>
[[nodiscard]] constexpr bool is_finite(const quantity<D, T>& q) noexcept {
  return is_finite(q.in_base_unit());
}

/// Narrows or widens the representation explicitly: `quantity_cast<float>(m)`.
template <real To, class D, real From>
[[nodiscard]] constexpr quantity<D, To> quantity_cast(const quantity<D, From>& q) noexcept {
  return quantity<D, To>(detail::base_unit_tag{}, static_cast<To>(q.in_base_unit()));
}

/// A unit of dimension `Dim`: one unit is `numerator / denominator` base units. Calling
/// a unit makes a quantity (`kilograms(80.0)`), and `q.in(unit)` reads one.
///
/// Making a quantity is one correctly rounded operation with the factor exactly as it is
/// published: a unit defined as a fraction of the base unit (1 g = 1/1000 kg, 1 kJ =
/// 1/4.184 kcal) divides by the denominator; any other unit (1 lb = 0.45359237 kg,
/// 1 wk = 7 d) multiplies by its size. Reading a value is always one multiplication (by
/// 1000 for grams, by 1/0.45359237 for pounds), so formulas that read ages in years or
/// masses in pounds pay no division; the result is within one rounding of the exact
/// quotient. The unit objects are constants, so every choice is made at compile time. As
/// with any binary floating point, a value read back in its own unit can differ from the
/// one written in the last bit: compare with thresholds built in the same way
/// (`age >= years(T(18))`) rather than with numbers read out.
template <dimension_like Dim>
struct unit {
  using dimension_type = Dim;

  double numerator;
  double denominator;
  const char* symbol;

  /// A quantity of `value` of this unit, in the representation of `value`.
  template <real T>
  [[nodiscard]] constexpr quantity<Dim, T> operator()(T value) const noexcept {
    if (numerator == 1.0 && denominator != 1.0) {
      return quantity<Dim, T>(detail::base_unit_tag{}, value / static_cast<T>(denominator));
    }
    return quantity<Dim, T>(detail::base_unit_tag{},
                            value * static_cast<T>(numerator / denominator));
  }
  /// Whole numbers make `double` quantities (`kilograms(80)`).
  template <std::integral I>
  [[nodiscard]] constexpr quantity<Dim, double> operator()(I value) const noexcept {
    return (*this)(static_cast<double>(value));
  }
};

}  // namespace physique
