// SPDX-License-Identifier: MIT
// Named dimensions (mass, length, energy, energy rate, duration, ...) and their units,
// with the exact published conversion factors.
#pragma once

#include <physique/core/quantity.hpp>

namespace physique {

/// The dimensions the library names. Base units: kilogram, metre, kilocalorie, day.
namespace dimensions {
using mass = dimension<1, 0, 0, 0>;
using length = dimension<0, 1, 0, 0>;
using energy = dimension<0, 0, 1, 0>;
using duration = dimension<0, 0, 0, 1>;
/// Energy per day (expenditure, intake).
using energy_rate = dimension<0, 0, 1, -1>;
/// Mass per day (rate of weight change).
using mass_rate = dimension<1, 0, 0, -1>;
/// Energy per mass (energy density of tissue, 7700 kcal/kg).
using energy_density = dimension<-1, 0, 1, 0>;
/// Mass per volume (body density, 1.07 g/mL).
using mass_density = dimension<1, -3, 0, 0>;
/// Energy per day per mass (expenditure per kg of body or fat-free mass: the 21.6
/// kcal/day per kg of Katch-McArdle, the Hall model's tissue coefficients).
using energy_rate_per_mass = dimension<-1, 0, 1, -1>;
}  // namespace dimensions

template <real T = double>
using mass = quantity<dimensions::mass, T>;
template <real T = double>
using length = quantity<dimensions::length, T>;
/// An amount of energy (kcal, kJ). Named `energy_amount` because `physique::energy` is the
/// namespace of the expenditure module.
template <real T = double>
using energy_amount = quantity<dimensions::energy, T>;
template <real T = double>
using duration = quantity<dimensions::duration, T>;
template <real T = double>
using energy_rate = quantity<dimensions::energy_rate, T>;
template <real T = double>
using mass_rate = quantity<dimensions::mass_rate, T>;
template <real T = double>
using energy_density = quantity<dimensions::energy_density, T>;
template <real T = double>
using mass_density = quantity<dimensions::mass_density, T>;
/// Energy per day per mass (kcal/day per kg): an energy rate divided by a mass.
template <real T = double>
using energy_rate_per_mass = quantity<dimensions::energy_rate_per_mass, T>;

// Mass. 1 lb = 0.45359237 kg exactly (International Yard and Pound Agreement, 1959).
inline constexpr unit<dimensions::mass> kilograms{1.0, 1.0, "kg"};
inline constexpr unit<dimensions::mass> grams{1.0, 1000.0, "g"};
inline constexpr unit<dimensions::mass> pounds{0.45359237, 1.0, "lb"};
inline constexpr unit<dimensions::mass> ounces{0.45359237, 16.0, "oz"};
inline constexpr unit<dimensions::mass> stones{0.45359237 * 14.0, 1.0, "st"};

// Length. 1 in = 2.54 cm exactly (same agreement).
inline constexpr unit<dimensions::length> meters{1.0, 1.0, "m"};
inline constexpr unit<dimensions::length> centimeters{1.0, 100.0, "cm"};
inline constexpr unit<dimensions::length> millimeters{1.0, 1000.0, "mm"};
inline constexpr unit<dimensions::length> inches{0.0254, 1.0, "in"};
inline constexpr unit<dimensions::length> feet{0.3048, 1.0, "ft"};

// Energy. 1 kcal (thermochemical) = 4.184 kJ exactly, the factor nutrition labelling uses.
inline constexpr unit<dimensions::energy> kilocalories{1.0, 1.0, "kcal"};
inline constexpr unit<dimensions::energy> kilojoules{1.0, 4.184, "kJ"};
inline constexpr unit<dimensions::energy> megajoules{1000.0, 4.184, "MJ"};

// Duration. A year is the mean Gregorian year (365.2425 d), used only for ages.
inline constexpr unit<dimensions::duration> days{1.0, 1.0, "d"};
inline constexpr unit<dimensions::duration> weeks{7.0, 1.0, "wk"};
inline constexpr unit<dimensions::duration> hours{1.0, 24.0, "h"};
inline constexpr unit<dimensions::duration> minutes{1.0, 1440.0, "min"};
inline constexpr unit<dimensions::duration> seconds{1.0, 86400.0, "s"};
inline constexpr unit<dimensions::duration> years{365.2425, 1.0, "yr"};

// Energy rate. 1 W = 86.4 kJ/day.
inline constexpr unit<dimensions::energy_rate> kilocalories_per_day{1.0, 1.0, "kcal/d"};
inline constexpr unit<dimensions::energy_rate> kilojoules_per_day{1.0, 4.184, "kJ/d"};
inline constexpr unit<dimensions::energy_rate> megajoules_per_day{1000.0, 4.184, "MJ/d"};
inline constexpr unit<dimensions::energy_rate> watts{86.4, 4.184, "W"};

// Mass rate.
inline constexpr unit<dimensions::mass_rate> kilograms_per_day{1.0, 1.0, "kg/d"};
inline constexpr unit<dimensions::mass_rate> grams_per_day{1.0, 1000.0, "g/d"};
inline constexpr unit<dimensions::mass_rate> kilograms_per_week{1.0, 7.0, "kg/wk"};
inline constexpr unit<dimensions::mass_rate> pounds_per_week{0.45359237, 7.0, "lb/wk"};

// Energy density.
inline constexpr unit<dimensions::energy_density> kilocalories_per_kilogram{1.0, 1.0, "kcal/kg"};
inline constexpr unit<dimensions::energy_density> kilojoules_per_kilogram{1.0, 4.184, "kJ/kg"};
inline constexpr unit<dimensions::energy_density> megajoules_per_kilogram{1000.0, 4.184, "MJ/kg"};
inline constexpr unit<dimensions::energy_density> kilocalories_per_pound{1.0, 0.45359237,
                                                                         "kcal/lb"};
// Per gram: the scale of food-energy factors (Atwater 4 / 4 / 9 kcal/g).
inline constexpr unit<dimensions::energy_density> kilocalories_per_gram{1000.0, 1.0, "kcal/g"};
inline constexpr unit<dimensions::energy_density> kilojoules_per_gram{1000.0, 4.184, "kJ/g"};

// Mass density. 1 g/mL = 1 kg/L = 1000 kg/m^3.
inline constexpr unit<dimensions::mass_density> kilograms_per_cubic_meter{1.0, 1.0, "kg/m3"};
inline constexpr unit<dimensions::mass_density> grams_per_milliliter{1000.0, 1.0, "g/mL"};
inline constexpr unit<dimensions::mass_density> kilograms_per_liter{1000.0, 1.0, "kg/L"};

// Energy rate per mass. 1 kcal = 4.184 kJ.
inline constexpr unit<dimensions::energy_rate_per_mass> kilocalories_per_day_per_kilogram{
    1.0, 1.0, "kcal/d/kg"};
inline constexpr unit<dimensions::energy_rate_per_mass> kilojoules_per_day_per_kilogram{1.0, 4.184,
                                                                                        "kJ/d/kg"};

/// The base unit of a dimension, for printing and error messages; `nullptr` for
/// dimensions without a named unit.
template <dimension_like D>
[[nodiscard]] constexpr const char* base_unit_symbol() noexcept {
  if constexpr (std::same_as<D, dimensions::mass>) {
    return kilograms.symbol;
  } else if constexpr (std::same_as<D, dimensions::length>) {
    return meters.symbol;
  } else if constexpr (std::same_as<D, dimensions::energy>) {
    return kilocalories.symbol;
  } else if constexpr (std::same_as<D, dimensions::duration>) {
    return days.symbol;
  } else if constexpr (std::same_as<D, dimensions::energy_rate>) {
    return kilocalories_per_day.symbol;
  } else if constexpr (std::same_as<D, dimensions::mass_rate>) {
    return kilograms_per_day.symbol;
  } else if constexpr (std::same_as<D, dimensions::energy_density>) {
    return kilocalories_per_kilogram.symbol;
  } else if constexpr (std::same_as<D, dimensions::mass_density>) {
    return kilograms_per_cubic_meter.symbol;
  } else if constexpr (std::same_as<D, dimensions::energy_rate_per_mass>) {
    return kilocalories_per_day_per_kilogram.symbol;
  } else {
    return nullptr;
  }
}

}  // namespace physique
