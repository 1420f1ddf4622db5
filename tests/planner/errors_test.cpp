// SPDX-License-Identifier: MIT
// Impossible planner input raises physique::invalid_argument naming the value.
#include <doctest/doctest.h>

#include <string>

#include <physique/core/error.hpp>
#include <physique/planner/plan.hpp>

#include "sample_people.hpp"

using namespace physique;

namespace {

/// The message of the invalid_argument `make_plan(in)` throws, or "" when it does not throw.
std::string error_of(const planner::plan_input& in) {
  try {
    (void)planner::make_plan(in);
  } catch (const physique::invalid_argument& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("impossible input names the value") {
  planner::plan_input in = sample::home_gym_man();
  in.individual.body_mass = kilograms(-1.0);
  CHECK_THROWS_AS((void)planner::make_plan(in), physique::invalid_argument);
  CHECK(error_of(in).find("body_mass") != std::string::npos);

  in = sample::home_gym_man();
  in.individual.height = centimeters(0.0);
  CHECK(error_of(in).find("height") != std::string::npos);

  in = sample::home_gym_man();
  in.days_per_week = 0;
  CHECK(error_of(in).find("days_per_week") != std::string::npos);
  in.days_per_week = 8;
  CHECK(error_of(in).find("days_per_week") != std::string::npos);

  in = sample::home_gym_man();
  in.weeks = 0;
  CHECK(error_of(in).find("weeks") != std::string::npos);
  in.weeks = 105;
  CHECK(error_of(in).find("weeks") != std::string::npos);

  in = sample::home_gym_man();
  in.physical_activity_level = 0.8;
  CHECK(error_of(in).find("physical_activity_level") != std::string::npos);

  in = sample::home_gym_man();
  in.meals_per_day = 0;
  CHECK(error_of(in).find("meals_per_day") != std::string::npos);

  in = sample::home_gym_man();
  in.body_fat_percent = 100.0;
  CHECK(error_of(in).find("fat_percent") != std::string::npos);

  in = sample::home_gym_man();
  in.goal = planner::plan_goal::recomposition;
  in.weekly_rate_percent = 0.5;
  CHECK(error_of(in).find("weekly_rate_percent") != std::string::npos);

  in = sample::home_gym_man();
  in.weekly_rate_percent = -0.5;
  CHECK(error_of(in).find("weekly_rate_percent") != std::string::npos);

  in = sample::home_gym_man();
  in.strength.hinge = kilograms(0.0);
  CHECK(error_of(in).find("strength.hinge") != std::string::npos);

  // Tape measurements that leave no positive log argument (waist below neck).
  in = sample::home_gym_man();
  in.circumferences = composition::circumferences<double>{centimeters(40.0), centimeters(30.0), {}};
  CHECK_THROWS_AS((void)planner::make_plan(in), physique::invalid_argument);

  // A rate whose intake would be zero or less.
  in = sample::home_gym_man();
  in.weekly_rate_percent = 5.0;
  in.individual.body_mass = kilograms(200.0);
  CHECK(error_of(in).find("intake") != std::string::npos);
}

TEST_CASE("off-guideline input is reported, not thrown") {
  planner::plan_input in = sample::home_gym_man();
  in.individual.age = years(16.0);  // below the samples of several equations
  planner::plan p;
  CHECK_NOTHROW(p = planner::make_plan(in));
  bool outside = false;
  for (const auto& f : p.findings)
    outside = outside || f.code == "outside_validity_domain";
  CHECK(outside);
}
