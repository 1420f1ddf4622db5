// SPDX-License-Identifier: MIT
#include <physique/core/finding.hpp>

#include <doctest/doctest.h>

namespace {
enum class sample_code : unsigned char { too_fast, too_low };
}

TEST_CASE("a finding list keeps order, finds by code and counts what did not fit") {
  physique::basic_finding_list<sample_code, 2> list;
  CHECK(list.empty());
  list.add({sample_code::too_fast, "too fast", 1.5, 1.0, "%/wk", {}});
  list.add({sample_code::too_low, "too low", 700.0, 800.0, "kcal/d", {}});
  list.add({sample_code::too_low, "again", 600.0, 800.0, "kcal/d", {}});
  CHECK(list.size() == 2);
  CHECK(list.dropped() == 1);
  REQUIRE(list.find(sample_code::too_low) != nullptr);
  CHECK(list.find(sample_code::too_low)->value == 700.0);
  CHECK(list[0].code == sample_code::too_fast);
  CHECK(list.contains(sample_code::too_fast));
}
