// SPDX-License-Identifier: MIT
// Tempo notation "3-1-X-0" / "31X0": eccentric, bottom pause, concentric, top pause.
#include <doctest/doctest.h>

#include <string>

#include <physique/core/error.hpp>
#include <physique/exercise/tempo.hpp>

namespace ex = physique::exercise;

TEST_CASE("both notations parse to the same tempo") {
  const auto dashed = ex::try_parse_tempo("3-1-X-0");
  const auto compact = ex::try_parse_tempo("31X0");
  REQUIRE(dashed.has_value());
  REQUIRE(compact.has_value());
  CHECK(*dashed == *compact);
  CHECK(dashed->eccentric == 3);
  CHECK(dashed->bottom_pause == 1);
  CHECK(dashed->explosive_concentric);
  CHECK(dashed->concentric == 0);
  CHECK(dashed->top_pause == 0);
  CHECK(ex::try_parse_tempo("3-1-x-0") == dashed);  // lower-case x
  CHECK(ex::try_parse_tempo("  2010 ") == ex::tempo{2, 0, 1, 0, false});
  CHECK(ex::try_parse_tempo("10-0-1-0") ==
        ex::tempo{10, 0, 1, 0, false});  // dashed allows 2 digits
}

TEST_CASE("printing in both notations") {
  const ex::tempo t{3, 1, 0, 0, true};
  CHECK(ex::to_string(t) == "3-1-X-0");
  CHECK(ex::to_string(t, ex::tempo_notation::compact) == "31X0");
  CHECK(ex::to_string(ex::tempo{4, 0, 2, 1, false}) == "4-0-2-1");
  CHECK(ex::to_string(ex::tempo{12, 0, 1, 0, false}) == "12-0-1-0");
  for (const char* text : {"3-1-X-0", "2-0-1-0", "5-0-X-1", "0-0-0-0", "60-0-1-0"}) {
    CHECK(ex::to_string(ex::parse_tempo(text)) == text);
  }
  for (const char* text : {"31X0", "2010", "9999"}) {
    CHECK(ex::to_string(ex::parse_tempo(text), ex::tempo_notation::compact) == text);
  }
}

TEST_CASE("seconds per repetition") {
  CHECK(ex::parse_tempo("3-1-2-0").seconds_per_rep() == 6);
  CHECK(ex::parse_tempo("3-1-X-0").seconds_per_rep() == 5);  // X counted as 1 s
  CHECK(ex::parse_tempo("3-1-X-0").seconds_per_rep(0) == 4);
}

TEST_CASE("invalid tempos") {
  for (const char* text :
       {"", "3-1-X", "3-1-1-0-0", "X100", "3X10", "31X", "31X00", "3 1 1 0", "3--1-0", "-3-1-1",
        "3-1-1-", "a-1-1-0", "3-1-61-0", "100-0-1-0", "3-1-XX-0", "3-X-1-0"}) {
    CAPTURE(text);
    CHECK_FALSE(ex::try_parse_tempo(text).has_value());
  }
  CHECK_THROWS_AS((void)ex::parse_tempo("3-1-X"), physique::invalid_argument);
  try {
    (void)ex::parse_tempo("31X");
    FAIL("no exception");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "tempo");
    CHECK(std::string(e.what()).find("\"31X\"") != std::string::npos);
  }
  // A phase over 9 s has no compact spelling.
  CHECK_THROWS_AS((void)ex::to_string(ex::tempo{12, 0, 1, 0, false}, ex::tempo_notation::compact),
                  physique::invalid_argument);
}
