// SPDX-License-Identifier: MIT
// The resting-energy family: every resting/basal expenditure equation of physique::energy,
// run together on one person (a comparison table) or chosen at run time by id. Sources:
// those of the member equations (Mifflin 1990, Harris-Benedict 1919, Roza-Shizgal 1984,
// Schofield 1985, Henry 2005, Owen 1986/1987, Cunningham 1980/1991, Katch-McArdle).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include <physique/composition/body_composition.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/error.hpp>
#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
#include <physique/energy/harris_benedict.hpp>
#include <physique/energy/henry_oxford.hpp>
#include <physique/energy/lean_mass_equations.hpp>
#include <physique/energy/mifflin_st_jeor.hpp>
#include <physique/energy/owen.hpp>
#include <physique/energy/schofield.hpp>

namespace physique::energy {

/// Satisfied by resting-energy equations computed from a `person` (sex, age, height, mass).
template <class E, class T>
concept person_resting_equation = equation<E> && requires(const E e, const person<T>& p) {
  { e(p) } -> std::same_as<energy_rate<T>>;
  { e.validity(p) } -> std::same_as<validity_report>;
};

/// Satisfied by resting-energy equations computed from fat-free mass.
template <class E, class T>
concept lean_mass_resting_equation = equation<E> && requires(const E e, const mass<T>& ffm) {
  { e(ffm) } -> std::same_as<energy_rate<T>>;
};

/// Calls `f(E{})` for every equation object of the family, in the order of
/// `resting_energy_equations`: the person-based equations first, then the lean-mass ones.
/// For compile-time iteration (each call sees the concrete type).
template <class F>
constexpr void for_each_resting_energy_equation(F&& f) {
  f(mifflin_st_jeor{});
  f(mifflin_st_jeor_rounded{});
  f(harris_benedict_1919{});
  f(roza_shizgal_1984{});
  f(schofield{});
  f(henry_oxford{});
  f(henry_oxford_older_split{});
  f(owen{});
  f(cunningham_1980{});
  f(cunningham_1991{});
  f(katch_mcardle{});
}

/// One row of a comparison table: which equation, its value and whether the person lies
/// inside the sample it was derived on.
template <real T>
struct resting_energy_estimate {
  const char* id = "";                  ///< the equation's id, e.g. "mifflin_st_jeor"
  const char* name = "";                ///< display name, e.g. "Mifflin-St Jeor (1990)"
  const equation_info* info = nullptr;  ///< full provenance (citation, domain)
  energy_rate<T> value{};               ///< resting energy expenditure
  validity_report validity{};           ///< inputs outside the derivation sample
};

namespace detail {
template <class E, real T>
energy_rate<T> erased_compute(const person<T>& p, const mass<T>* fat_free_mass) {
  if constexpr (lean_mass_resting_equation<E, T>) {
    if (fat_free_mass == nullptr) {
      report_invalid_argument(error_report{"fat_free_mass", 0.0, "kg",
                                           "is required by the lean-mass equations", "not given"});
    }
    return E{}(p, *fat_free_mass);
  } else {
    if (fat_free_mass != nullptr) require_person_and_fat_free_mass(p, *fat_free_mass);
    return E{}(p);
  }
}
template <class E, real T>
validity_report erased_validity(const person<T>& p) noexcept {
  return E{}.validity(p);
}
}  // namespace detail

/// A resting-energy equation chosen at run time (from a settings screen or a stored id).
/// A small value (an info pointer and two function pointers); copy it freely.
template <real T = double>
class resting_energy_equation {
 public:
  /// Wraps the equation object type `E`.
  template <class E>
  [[nodiscard]] static constexpr resting_energy_equation of() noexcept {
    return resting_energy_equation(&E::info, lean_mass_resting_equation<E, T>,
                                   &detail::erased_compute<E, T>, &detail::erased_validity<E, T>);
  }

  /// Identity and provenance of the wrapped equation (id, name, citation, domain).
  [[nodiscard]] constexpr const equation_info& info() const noexcept { return *info_; }
  /// The wrapped equation's id, e.g. "mifflin_st_jeor".
  [[nodiscard]] constexpr const char* id() const noexcept { return info_->id; }
  /// True for Cunningham and Katch-McArdle, which need a fat-free mass.
  [[nodiscard]] constexpr bool needs_fat_free_mass() const noexcept { return lean_; }

  /// Resting energy of `p`. Throws `invalid_argument` for an impossible person, and
  /// (parameter "fat_free_mass") when the equation needs a fat-free mass.
  [[nodiscard]] energy_rate<T> operator()(const person<T>& p) const { return compute_(p, nullptr); }
  /// Resting energy of `p` with a fat-free mass (ignored, but checked, by person-based
  /// equations). Throws when FFM is not positive or exceeds the body mass.
  [[nodiscard]] energy_rate<T> operator()(const person<T>& p, const mass<T>& fat_free_mass) const {
    return compute_(p, &fat_free_mass);
  }
  /// As above with the fat-free mass of a body composition.
  [[nodiscard]] energy_rate<T> operator()(const person<T>& p,
                                          const composition::body_composition<T>& body) const {
    const mass<T> ffm = body.fat_free_mass();
    return compute_(p, &ffm);
  }
  /// Inputs of `p` outside the equation's derivation sample. Never throws.
  [[nodiscard]] validity_report validity(const person<T>& p) const noexcept { return validity_(p); }

 private:
  using compute_fn = energy_rate<T> (*)(const person<T>&, const mass<T>*);
  using validity_fn = validity_report (*)(const person<T>&) noexcept;
  constexpr resting_energy_equation(const equation_info* i, bool lean, compute_fn c,
                                    validity_fn v) noexcept
      : info_(i), lean_(lean), compute_(c), validity_(v) {}

  const equation_info* info_;
  bool lean_;
  compute_fn compute_;
  validity_fn validity_;
};

/// Every resting-energy equation, in the order of `for_each_resting_energy_equation`.
template <real T = double>
inline constexpr std::array<resting_energy_equation<T>, 11> resting_energy_equations{
    resting_energy_equation<T>::template of<mifflin_st_jeor>(),
    resting_energy_equation<T>::template of<mifflin_st_jeor_rounded>(),
    resting_energy_equation<T>::template of<harris_benedict_1919>(),
    resting_energy_equation<T>::template of<roza_shizgal_1984>(),
    resting_energy_equation<T>::template of<schofield>(),
    resting_energy_equation<T>::template of<henry_oxford>(),
    resting_energy_equation<T>::template of<henry_oxford_older_split>(),
    resting_energy_equation<T>::template of<owen>(),
    resting_energy_equation<T>::template of<cunningham_1980>(),
    resting_energy_equation<T>::template of<cunningham_1991>(),
    resting_energy_equation<T>::template of<katch_mcardle>(),
};

/// Number of equations that need only a person (no fat-free mass).
inline constexpr std::size_t person_resting_equation_count = 8;

namespace detail {
template <real T>
constexpr std::size_t count_person_equations() noexcept {
  std::size_t n = 0;
  for (const resting_energy_equation<T>& e : resting_energy_equations<T>) {
    if (!e.needs_fat_free_mass()) ++n;
  }
  return n;
}
static_assert(count_person_equations<double>() == person_resting_equation_count,
              "person_resting_equation_count must match the registry");
}  // namespace detail

/// The equation whose id is `id` (e.g. "mifflin_st_jeor", "katch_mcardle"), or
/// `std::nullopt` for an unknown id. Ids are listed in docs/energy.md.
template <real T = double>
[[nodiscard]] constexpr std::optional<resting_energy_equation<T>> find_resting_energy_equation(
    std::string_view id) noexcept {
  for (const resting_energy_equation<T>& e : resting_energy_equations<T>) {
    if (id == std::string_view(e.id())) return e;
  }
  return std::nullopt;
}

/// Runs every equation that needs only a person on `p` and returns one row per equation
/// (the comparison table calculators show). Throws `invalid_argument` for an impossible
/// person; a person outside an equation's sample is reported in that row's `validity`.
template <real T>
[[nodiscard]] std::array<resting_energy_estimate<T>, person_resting_equation_count>
compare_resting_energy(const person<T>& p) {
  validate(p);
  std::array<resting_energy_estimate<T>, person_resting_equation_count> rows{};
  std::size_t n = 0;
  for (const resting_energy_equation<T>& e : resting_energy_equations<T>) {
    if (e.needs_fat_free_mass()) continue;
    rows[n++] = {e.info().id, e.info().name, &e.info(), e(p), e.validity(p)};
  }
  return rows;
}

/// Runs every equation of the family, including the lean-mass ones, on `p` with the given
/// fat-free mass. Throws when FFM is not positive or exceeds `p.body_mass`.
template <real T>
[[nodiscard]] std::array<resting_energy_estimate<T>, resting_energy_equations<T>.size()>
compare_resting_energy(const person<T>& p, const mass<T>& fat_free_mass) {
  detail::require_person_and_fat_free_mass(p, fat_free_mass);
  std::array<resting_energy_estimate<T>, resting_energy_equations<T>.size()> rows{};
  std::size_t n = 0;
  for (const resting_energy_equation<T>& e : resting_energy_equations<T>) {
    rows[n++] = {e.info().id, e.info().name, &e.info(), e(p, fat_free_mass), e.validity(p)};
  }
  return rows;
}

/// As above, taking the fat-free mass of `body`.
template <real T>
[[nodiscard]] std::array<resting_energy_estimate<T>, resting_energy_equations<T>.size()>
compare_resting_energy(const person<T>& p, const composition::body_composition<T>& body) {
  return compare_resting_energy(p, body.fat_free_mass());
}

}  // namespace physique::energy
