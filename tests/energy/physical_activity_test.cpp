// SPDX-License-Identifier: MIT
#include <physique/energy/physical_activity.hpp>

#include <doctest/doctest.h>

#include <array>
#include <limits>
#include <span>

#include "test_support.hpp"

using namespace physique;
using namespace physique::energy;
using physique::energy_test::kcal;

TEST_CASE_TEMPLATE("PAL categories (FAO/WHO/UNU 2004, Table 5.3)", T, float, double) {
  CHECK(pal_range(pal_category::sedentary_or_light).low == 1.40);
  CHECK(pal_range(pal_category::sedentary_or_light).high == 1.69);
  CHECK(pal_range(pal_category::active_or_moderately_active).low == 1.70);
  CHECK(pal_range(pal_category::active_or_moderately_active).high == 1.99);
  CHECK(pal_range(pal_category::vigorous_or_vigorously_active).low == 2.00);
  CHECK(pal_range(pal_category::vigorous_or_vigorously_active).high == 2.40);

  CHECK(classify_pal(T(1.55)) == pal_category::sedentary_or_light);
  CHECK(classify_pal(T(1.75)) == pal_category::active_or_moderately_active);
  CHECK(classify_pal(T(2.2)) == pal_category::vigorous_or_vigorously_active);
  CHECK(classify_pal(T(2.4)) == pal_category::vigorous_or_vigorously_active);
  CHECK_FALSE(classify_pal(T(1.2)).has_value());  // below the sustainable range
  CHECK_FALSE(classify_pal(T(2.5)).has_value());  // above it
  CHECK_FALSE(classify_pal(std::numeric_limits<T>::quiet_NaN()).has_value());

  CHECK(pal_validity(T(1.75)).inside());
  CHECK(pal_validity(T(2.6)).find("pal") != nullptr);
}

TEST_CASE_TEMPLATE("activity multipliers and the PAL scale do not mix (trap 15)", T, float,
                   double) {
  // The consumer scale: 1.2, 1.375, 1.55, 1.725, 1.9 (energy_composition.md 1.7).
  CHECK(activity_multiplier<T>(activity_level::sedentary) == doctest::Approx(1.2));
  CHECK(activity_multiplier<T>(activity_level::lightly_active) == doctest::Approx(1.375));
  CHECK(activity_multiplier<T>(activity_level::moderately_active) == doctest::Approx(1.55));
  CHECK(activity_multiplier<T>(activity_level::very_active) == doctest::Approx(1.725));
  CHECK(activity_multiplier<T>(activity_level::extra_active) == doctest::Approx(1.9));
  // Trap 15: "sedentary" 1.2 lies below FAO's lowest sustainable PAL (1.40).
  CHECK_FALSE(classify_pal(activity_multiplier<T>(activity_level::sedentary)).has_value());
  CHECK_FALSE(pal_validity(activity_multiplier<T>(activity_level::sedentary)).inside());
}

TEST_CASE_TEMPLATE("total energy expenditure and thermic effect of food", T, float, double) {
  // TEE = BMR x PAL (FAO/WHO/UNU 2004): 1780 x 1.55 = 2759.
  const auto bmr = kilocalories_per_day(T(1780));
  CHECK(kcal(total_energy_expenditure(bmr, T(1.55))) == doctest::Approx(2759.0).epsilon(1e-5));
  CHECK(kcal(total_energy_expenditure(bmr, activity_level::sedentary)) ==
        doctest::Approx(2136.0).epsilon(1e-5));  // 1780 x 1.2
  // TEF: 10 % of a 2500 kcal intake is 250 kcal/day (Westerterp 2004).
  CHECK(kcal(thermic_effect_of_food(kilocalories_per_day(T(2500)))) ==
        doctest::Approx(250.0).epsilon(1e-5));
  CHECK(kcal(thermic_effect_of_food(kilocalories_per_day(T(2500)), T(0.2))) ==
        doctest::Approx(500.0).epsilon(1e-5));
  // Factorial: 1780 + 400 + 0.1 x 2500 = 2430.
  CHECK(kcal(total_energy_expenditure_factorial(bmr, kilocalories_per_day(T(400)),
                                                kilocalories_per_day(T(2500)))) ==
        doctest::Approx(2430.0).epsilon(1e-5));
}

TEST_CASE_TEMPLATE("physical activity: bad input", T, float, double) {
  const auto bmr = kilocalories_per_day(T(1780));
  CHECK_THROWS_WITH((void)total_energy_expenditure(bmr, T(0.5)), doctest::Contains("factor"));
  CHECK_THROWS_WITH((void)total_energy_expenditure(bmr, std::numeric_limits<T>::quiet_NaN()),
                    doctest::Contains("factor"));
  CHECK_THROWS_WITH((void)total_energy_expenditure(kilocalories_per_day(T(-1)), T(1.5)),
                    doctest::Contains("resting"));
  CHECK_THROWS_WITH((void)thermic_effect_of_food(kilocalories_per_day(T(2000)), T(1.5)),
                    doctest::Contains("fraction"));
  CHECK_THROWS_AS((void)thermic_effect_of_food(kilocalories_per_day(T(-2000))),
                  physique::invalid_argument);
  CHECK_THROWS_WITH((void)total_energy_expenditure_factorial(bmr, kilocalories_per_day(T(-5)),
                                                             kilocalories_per_day(T(2000))),
                    doctest::Contains("activity"));
}

TEST_CASE_TEMPLATE("factorial PAL: FAO/WHO/UNU 2004 Table 5.1 lifestyles", T, float, double) {
  // FAO/WHO/UNU 2004, Table 5.1, the three example lifestyles (hours x PAR). Published
  // means: sedentary 1.53, active 1.76, vigorous 2.25 (two decimals; tolerance 0.005).
  const std::array<activity_period<T>, 9> sedentary{{
      {hours(T(8)), T(1.0)},  // sleeping
      {hours(T(1)), T(2.3)},  // personal care (dressing, showering)
      {hours(T(1)), T(1.5)},  // eating
      {hours(T(1)), T(2.1)},  // cooking
      {hours(T(8)), T(1.5)},  // sitting (office work, selling produce, tending shop)
      {hours(T(1)), T(2.8)},  // general household work
      {hours(T(1)), T(2.0)},  // driving car to/from work
      {hours(T(1)), T(3.2)},  // walking at varying paces without a load
      {hours(T(2)), T(1.4)},  // light leisure activities (watching TV, chatting)
  }};
  const T pal_sedentary = factorial_pal(sedentary);
  CHECK(pal_sedentary == doctest::Approx(1.53).epsilon(0.005 / 1.53));
  CHECK(classify_pal(pal_sedentary) == pal_category::sedentary_or_light);

  const std::array<activity_period<T>, 8> active{{
      {hours(T(8)), T(1.0)},  // sleeping
      {hours(T(1)), T(2.3)},  // personal care
      {hours(T(1)), T(1.5)},  // eating
      {hours(T(8)), T(2.2)},  // standing, carrying light loads (waiting tables...)
      {hours(T(1)), T(1.2)},  // commuting to/from work on the bus
      {hours(T(1)), T(3.2)},  // walking at varying paces without a load
      {hours(T(1)), T(4.2)},  // low-intensity aerobic exercise
      {hours(T(3)), T(1.4)},  // light leisure activities
  }};
  const T pal_active = factorial_pal(active);
  CHECK(pal_active == doctest::Approx(1.76).epsilon(0.005 / 1.76));
  CHECK(classify_pal(pal_active) == pal_category::active_or_moderately_active);

  const std::array<activity_period<T>, 9> vigorous{{
      {hours(T(8)), T(1.0)},  // sleeping
      {hours(T(1)), T(2.3)},  // personal care
      {hours(T(1)), T(1.4)},  // eating
      {hours(T(1)), T(2.1)},  // cooking
      {hours(T(6)), T(4.1)},  // non-mechanized agricultural work
      {hours(T(1)), T(4.4)},  // collecting water/wood
      {hours(T(1)), T(2.3)},  // non-mechanized domestic chores
      {hours(T(1)), T(3.2)},  // walking at varying paces without a load
      {hours(T(4)), T(1.4)},  // miscellaneous light leisure activities
  }};
  const T pal_vigorous = factorial_pal(vigorous);
  CHECK(pal_vigorous == doctest::Approx(2.25).epsilon(0.005 / 2.25));
  CHECK(classify_pal(pal_vigorous) == pal_category::vigorous_or_vigorously_active);
}

TEST_CASE_TEMPLATE("factorial PAL: a day must add up to 24 h", T, float, double) {
  // A tool that divides by 24 whatever the hours add up to (energy_composition.md 1.7)
  // would turn 20 h into a PAL; here it is an error naming the total.
  const std::array<activity_period<T>, 2> short_day{
      {{hours(T(8)), T(1.0)}, {hours(T(12)), T(1.5)}}};
  CHECK_THROWS_WITH((void)factorial_pal(short_day), doctest::Contains("total_time"));
  const std::array<activity_period<T>, 2> negative{
      {{hours(T(-1)), T(1.0)}, {hours(T(25)), T(1.5)}}};
  CHECK_THROWS_WITH((void)factorial_pal(negative), doctest::Contains("time"));
  const std::array<activity_period<T>, 2> zero_ratio{{{hours(T(8)), T(0)}, {hours(T(16)), T(1.5)}}};
  CHECK_THROWS_WITH((void)factorial_pal(zero_ratio), doctest::Contains("ratio"));
}
