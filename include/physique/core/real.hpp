// SPDX-License-Identifier: MIT
// The representation concept: every quantity and formula is a template over a real type.
#pragma once

#include <concepts>
#include <type_traits>

namespace physique {

/// Satisfied by the standard floating-point types: `float` (wearables, batches),
/// `double` (the default) and `long double`. Integers are excluded on purpose: body
/// and training math is continuous, and truncation would be a silent error.
template <class T>
concept real = std::floating_point<T>;

/// A plain number a formula accepts next to its own number type: any floating-point or
/// integer type but `bool`. Integers are read as `double`, never truncated.
template <class T>
concept arithmetic = real<T> ||(std::integral<T> && !std::same_as<T, bool>);

/// The number type of a call with mixed arguments, promoted as the `<cmath>` functions promote
/// theirs: an integer counts as `double`, then the usual conversions apply (`float` with
/// `double` gives `double`; anything with `long double` gives `long double`).
template <arithmetic... A>
using promoted_t = decltype((std::conditional_t<std::integral<A>, double, A>{} + ...));

}  // namespace physique
