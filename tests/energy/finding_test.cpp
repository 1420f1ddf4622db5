// SPDX-License-Identifier: MIT
#include <physique/energy/finding.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace physique::energy;

TEST_CASE("finding_list: fixed capacity, lookup, overflow counted") {
  finding_list list;
  CHECK(list.empty());
  list.add({target_finding_code::intake_below_resting, "m", 1200.0, 1500.0, "kcal/d", {}});
  CHECK(list.size() == 1);
  CHECK(list.contains(target_finding_code::intake_below_resting));
  CHECK_FALSE(list.contains(target_finding_code::loss_rate_above_guideline));
  REQUIRE(list.find(target_finding_code::intake_below_resting) != nullptr);
  CHECK(list.find(target_finding_code::intake_below_resting)->limit == 1500.0);
  for (std::size_t i = 0; i < finding_list::capacity + 2; ++i) {
    list.add({target_finding_code::deficit_above_guideline, "m", 0.0, 0.0, "", {}});
  }
  CHECK(list.size() == finding_list::capacity);
  CHECK(list.dropped() == 3);
  CHECK(std::string(to_string(target_finding_code::gain_rate_above_lean_gain)) ==
        "gain_rate_above_lean_gain");
}
