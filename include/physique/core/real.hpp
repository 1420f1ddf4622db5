// SPDX-License-Identifier: MIT
// The representation concept: every quantity and formula is a template over a real type.
#pragma once

#include <concepts>

namespace physique {

/// Satisfied by the standard floating-point types: `float` (wearables, batches),
/// `double` (the default) and `long double`. Integers are excluded on purpose: body
/// and training math is continuous, and truncation would be a silent error.
template <class T>
concept real = std::floating_point<T>;

}  // namespace physique
