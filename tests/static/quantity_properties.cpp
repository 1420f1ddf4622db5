// SPDX-License-Identifier: MIT
// Compile-time checks of the quantity types: layout, cost, and which operations exist.
#include <physique/core.hpp>

#include <type_traits>

namespace {
using namespace physique;
using namespace physique::literals;

template <class T>
constexpr bool costs_nothing =
    sizeof(mass<T>) == sizeof(T) && alignof(mass<T>) == alignof(T) &&
    std::is_trivially_copyable_v<mass<T>>&& std::is_nothrow_default_constructible_v<
        mass<T>>&& std::is_standard_layout_v<energy_rate<T>>;
static_assert(costs_nothing<float>);
static_assert(costs_nothing<double>);
static_assert(costs_nothing<long double>);

// No construction from a bare number, in either direction of conversion.
static_assert(!std::is_constructible_v<mass<double>, double>);
static_assert(!std::is_convertible_v<double, mass<double>>);
static_assert(!std::is_convertible_v<mass<double>, double>);
// Different dimensions never convert into each other.
static_assert(!std::is_constructible_v<mass<double>, length<double>>);
static_assert(!std::is_constructible_v<energy_amount<double>, energy_rate<double>>);
// float -> double is implicit; double -> float is explicit.
static_assert(std::is_convertible_v<mass<float>, mass<double>>);
static_assert(!std::is_convertible_v<mass<double>, mass<float>>);
static_assert(std::is_constructible_v<mass<float>, mass<double>>);

template <class A, class B>
concept addable = requires(A a, B b) {
  a + b;
};
template <class A, class B>
concept comparable = requires(A a, B b) {
  a < b;
};
static_assert(addable<mass<double>, mass<double>>);
static_assert(addable<mass<float>, mass<double>>);
static_assert(!addable<mass<double>, energy_amount<double>>);
static_assert(!addable<mass<double>, double>);
static_assert(!addable<energy_rate<double>, energy_amount<double>>);
static_assert(!comparable<mass<double>, length<double>>);

// Products and quotients carry the right dimension; cancelled dimensions give a number.
static_assert(std::is_same_v<decltype(2500.0_kcal_per_day * 7.0_days), energy_amount<double>>);
static_assert(std::is_same_v<decltype(17500.0_kcal / 7.0_days), energy_rate<double>>);
static_assert(std::is_same_v<decltype(80.0_kg / 70.0_kg), double>);
static_assert(std::is_same_v<decltype(3500.0_kcal / 1.0_lb), energy_density<double>>);
static_assert(std::is_same_v<decltype(kilograms_per_week(0.5) * 1.0_weeks), mass<double>>);
static_assert(std::is_same_v<decltype(kilograms(1.0f) * 2.0), mass<double>>);
static_assert(std::is_same_v<decltype(kilograms(1.0f) * 2), mass<float>>);
static_assert(std::is_same_v<decltype(kilograms(1.0f) + kilograms(1.0)), mass<double>>);

// Literals always give double.
static_assert(std::is_same_v<decltype(80_kg), mass<double>>);
static_assert(std::is_same_v<decltype(80.0_kg), mass<double>>);

// Everything is usable in constant expressions and noexcept.
static_assert(noexcept(80.0_kg + 1.0_kg));
static_assert(noexcept((80.0_kg).in(pounds)));
static_assert((1.0_lb).in(kilograms) == 0.45359237);
static_assert((1.0_in).in(centimeters) == 2.54);
static_assert((2.0_weeks).in(days) == 14.0);
static_assert((1.0_kg).in(grams) == 1000.0);
static_assert(-(1.0_kg) < 0.0_kg);
static_assert(abs(-(3.0_kg)) == 3.0_kg);
static_assert(kilograms(1.0f) == kilograms(1.0));

// quantity concepts.
static_assert(quantity_like<mass<float>>);
static_assert(!quantity_like<double>);
static_assert(quantity_of<energy_rate<double>, dimensions::energy_rate>);
static_assert(!quantity_of<energy_amount<double>, dimensions::energy_rate>);
static_assert(real<float> && real<double> && real<long double> && !real<int>);
}  // namespace
