// SPDX-License-Identifier: MIT
// Impossible tape, skinfold and density input is rejected naming the measured input, never
// a value derived from it.
#include <physique/composition.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace physique;
using namespace physique::composition;

namespace {
template <class F>
std::string rejected_parameter(F&& f) {
  try {
    static_cast<void>(f());
  } catch (const physique::invalid_argument& e) {
    return e.parameter();
  }
  return "accepted";
}
}  // namespace

TEST_CASE_TEMPLATE("impossible composition inputs name themselves", T, float, double) {
  const circumferences<T> tape{centimeters(T(38)), centimeters(T(90)), centimeters(T(100))};
  // A 5 m man returned -12.6 % fat before the bounds table.
  CHECK(rejected_parameter([&] { return us_navy_dod{}(sex::male, centimeters(T(500)), tape); }) ==
        "height");
  CHECK(rejected_parameter([&] {
          return waist_to_height_ratio(centimeters(T(80)), centimeters(T(1e-30)));
        }) == "height");
  CHECK(rejected_parameter([&] {
          return relative_fat_mass{}(sex::male, centimeters(T(180)), centimeters(T(1e-30)));
        }) == "waist");
  // A skinfold of 1e30 mm was reported as "density = inf".
  const jp3_male_skinfolds<T> ok{millimeters(T(10)), millimeters(T(20)), millimeters(T(15))};
  const jp3_male_skinfolds<T> thick{millimeters(T(1e30)), millimeters(T(20)), millimeters(T(15))};
  CHECK(rejected_parameter([&] { return jackson_pollock_3_male{}(years(T(30)), thick); }) ==
        "chest");
  CHECK(rejected_parameter([&] { return jackson_pollock_3_male{}(years(T(30)), ok); }) ==
        "accepted");
  CHECK(rejected_parameter([&] { return siri_1961{}(grams_per_milliliter(T(1e-30))); }) ==
        "density");
  CHECK(rejected_parameter([&] { return siri_1961{}(grams_per_milliliter(T(1.3))); }) == "density");
  // Valid boundary values stay accepted and finite.
  CHECK(rejected_parameter([&] { return siri_1961{}(grams_per_milliliter(T(0.9))); }) ==
        "accepted");
  CHECK(rejected_parameter([&] { return us_navy_dod{}(sex::male, centimeters(T(272)), tape); }) ==
        "accepted");
}
