// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <limits>
#include <physique/composition/bmi_category.hpp>
#include <physique/composition/ffmi.hpp>
#include <physique/composition/waist_to_height.hpp>
#include <string>

#include "near.hpp"

using physique::centimeters;
using physique::kilograms;
using physique::meters;
using physique::composition::bmi_category;
using physique::composition::body_composition;
using physique::composition::kouri_1995;
using physique::composition::who_bmi_category;
using physique_test::near;

TEST_CASE_TEMPLATE("BMI reuse and WHO categories", T, float, double) {
  // AnniKulmanen/Aloitus test_fitness.py (rounded to 0.1): 64.7 kg / 170 cm -> 22.4,
  // 40 kg -> 13.8, 100 kg -> 34.6.
  CHECK(near(physique::body_mass_index(kilograms(T(64.7)), centimeters(T(170))), 22.4, 0.05));
  CHECK(near(physique::body_mass_index(kilograms(T(40)), centimeters(T(170))), 13.8, 0.05));
  CHECK(near(physique::body_mass_index(kilograms(T(100)), centimeters(T(170))), 34.6, 0.05));
  CHECK(who_bmi_category(kilograms(T(64.7)), centimeters(T(170))) == bmi_category::normal);
  CHECK(who_bmi_category(kilograms(T(100)), centimeters(T(170))) == bmi_category::obese_class_1);
  // WHO TRS 894 cut-offs, half-open on the unrounded value.
  CHECK(who_bmi_category(T(15.99)) == bmi_category::severe_thinness);
  CHECK(who_bmi_category(T(16)) == bmi_category::moderate_thinness);
  CHECK(who_bmi_category(T(17)) == bmi_category::mild_thinness);
  CHECK(who_bmi_category(T(18.49)) == bmi_category::mild_thinness);
  CHECK(who_bmi_category(T(18.5)) == bmi_category::normal);
  CHECK(who_bmi_category(T(24.99)) == bmi_category::normal);
  CHECK(who_bmi_category(T(25)) == bmi_category::pre_obese);
  CHECK(who_bmi_category(T(29.99)) == bmi_category::pre_obese);
  CHECK(who_bmi_category(T(30)) == bmi_category::obese_class_1);
  CHECK(who_bmi_category(T(35)) == bmi_category::obese_class_2);
  CHECK(who_bmi_category(T(40)) == bmi_category::obese_class_3);
  // "24.96" is normal: categories use the unrounded value, not 25.0 after rounding.
  CHECK(who_bmi_category(T(24.96)) == bmi_category::normal);
  CHECK(physique::composition::is_underweight(bmi_category::mild_thinness));
  CHECK(physique::composition::is_overweight(bmi_category::pre_obese));
  CHECK_FALSE(physique::composition::is_obese(bmi_category::pre_obese));
  CHECK(std::string(to_string(bmi_category::obese_class_2)) == "obese_class_2");
  CHECK_THROWS_AS((void)who_bmi_category(T(-3)), physique::invalid_argument);
  CHECK_THROWS_AS((void)who_bmi_category(std::numeric_limits<T>::quiet_NaN()),
                  physique::invalid_argument);
}

TEST_CASE_TEMPLATE("FFMI and normalised FFMI", T, float, double) {
  const kouri_1995 eq;
  // azcalk.com FFMI worked example 1: 70 kg, 15 % fat, 175 cm -> FFM 59.50 kg, FFMI 19.43.
  const auto az = body_composition<T>::from_fat_percent(kilograms(T(70)), T(15));
  CHECK(near(az.fat_free_mass().in(kilograms), 59.50, 0.005));
  CHECK(near(eq.ffmi(az, centimeters(T(175))), 19.43, 0.005));
  // Worked by hand from the definition: 80 kg at 15 % fat -> FFM 68 kg; 1.80 m ->
  // FFMI 68 / 3.24 = 20.99; at 1.80 m the normalisation adds nothing.
  const auto bc = body_composition<T>::from_fat_percent(kilograms(T(80)), T(15));
  CHECK(near(eq.ffmi(bc, meters(T(1.8))), 20.988, 1e-3));
  CHECK(near(eq(bc, meters(T(1.8))), 20.988, 1e-3));
  // Trap 1 (6.3 vs 6.1): at 1.70 m the abstract's k = 6.3 adds 0.63, calculators' 6.1
  // add 0.61. FFMI = 68 / 2.89 = 23.529.
  CHECK(near(eq.ffmi(bc, meters(T(1.7))), 23.529, 1e-3));
  CHECK(near(eq.normalized_ffmi(bc, meters(T(1.7))), 24.159, 1e-3));
  CHECK(near(eq.normalized_ffmi(bc, meters(T(1.7)), static_cast<T>(kouri_1995::calculator_k)),
             24.139, 1e-3));
  CHECK(near(physique::composition::fat_free_mass_index(kilograms(T(68)), meters(T(1.7))), 23.529,
             1e-3));
  // Calculator pitfalls seen in public pages: dividing kilograms by 2.2 a second time
  // (the 50 kg, 12 %, 5 ft 4 in example prints FFMI 7.56 instead of 16.65) and adding
  // 6.0 (H - 1.8) with the sign reversed. The typed API takes a mass, so the first cannot
  // happen; the normalisation raises short people, as Kouri's regression does.
  const auto small = body_composition<T>::from_fat_percent(kilograms(T(50)), T(12));
  CHECK(near(eq.ffmi(small, physique::inches(T(64))), 16.65, 0.01));
  CHECK(eq.normalized_ffmi(small, physique::inches(T(64))) >
        eq.ffmi(small, physique::inches(T(64))));
  CHECK(eq.validity(physique::sex::male).inside());
  CHECK(eq.validity(physique::sex::female).sex_outside());
  CHECK_THROWS_AS((void)eq.ffmi(kilograms(T(-68)), meters(T(1.7))), physique::invalid_argument);
  CHECK_THROWS_AS((void)eq.ffmi(kilograms(T(68)), meters(T(0))), physique::invalid_argument);
}

TEST_CASE_TEMPLATE("waist-to-height ratio", T, float, double) {
  // Ashwell & Hsieh's boundary: a waist of half the height gives exactly 0.5.
  CHECK(near(physique::composition::waist_to_height_ratio(centimeters(T(85)), centimeters(T(170))),
             0.5, 1e-6));
  CHECK(near(physique::composition::waist_to_height_ratio(centimeters(T(90)), meters(T(1.8))), 0.5,
             1e-6));
  CHECK_THROWS_AS(
      (void)physique::composition::waist_to_height_ratio(centimeters(T(-1)), centimeters(T(170))),
      physique::invalid_argument);
}
