// SPDX-License-Identifier: MIT
// docs/exercise.schema.json is the published JSON Schema of the exercise format; it must be
// the schema the library itself reports, so the two can never drift apart.
#include <physique/io/json.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>

TEST_CASE("the published schema file equals io::exercise_json_schema()") {
  std::ifstream file(PHYSIQUE_SOURCE_DIR "/docs/exercise.schema.json");
  REQUIRE_MESSAGE(file.good(), "docs/exercise.schema.json is missing");
  const nlohmann::json published = nlohmann::json::parse(file);
  const nlohmann::json reported = nlohmann::json::parse(physique::io::exercise_json_schema());
  CHECK(published == reported);
  CHECK(published.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
}
