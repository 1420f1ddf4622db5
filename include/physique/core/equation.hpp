// SPDX-License-Identifier: MIT
// equation_info and the `equation` concept: what every published-equation object carries.
#pragma once

#include <concepts>

#include <physique/core/citation.hpp>
#include <physique/core/validity.hpp>

namespace physique {

/// Identity and provenance of a published equation.
struct equation_info {
  const char* id = "";       ///< stable snake_case key for settings and JSON: "mifflin_st_jeor"
  const char* name = "";     ///< display name: "Mifflin-St Jeor (1990)"
  citation source{};         ///< the primary source
  validity_domain domain{};  ///< the sample it was derived on
};

/// An equation object: a stateless, `constexpr` function object with a static `info`.
/// Families (resting energy, 1RM, body fat...) add their own call signatures on top.
template <class E>
concept equation = requires {
  { E::info } -> std::convertible_to<const equation_info&>;
};

}  // namespace physique
