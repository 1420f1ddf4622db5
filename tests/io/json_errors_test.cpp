// SPDX-License-Identifier: MIT
// Malformed JSON, wrong types, unknown values and oversized input give errors that name the
// field path; never a crash.
#include <doctest/doctest.h>

#include <string>

#include <physique/io/json.hpp>

namespace ex = physique::exercise;
namespace io = physique::io;
using nlohmann::json;

namespace {
json minimal() {
  return json{{"id", "x"}, {"name", "X"}, {"primary_muscles", {"lats"}}};
}

/// Runs `f`, expects a json_error, returns its path (and checks the message carries it).
template <class F>
std::string error_path(F&& f) {
  try {
    f();
  } catch (const io::json_error& e) {
    const std::string what = e.what();
    CHECK(what.find("physique: invalid json") == 0);
    if (!e.path().empty()) CHECK(what.find(e.path()) != std::string::npos);
    CHECK(std::string(e.parameter()) == "json");
    return e.path();
  }
  FAIL("no json_error");
  return {};
}
std::string catalog_error(const std::string& text) {
  return error_path([&] { (void)io::parse_catalog(text); });
}
}  // namespace

TEST_CASE("json_error is a physique::invalid_argument") {
  CHECK_THROWS_AS((void)io::parse_catalog("{"), physique::invalid_argument);
  CHECK_THROWS_AS((void)io::parse_catalog("{"), io::json_error);
}

TEST_CASE("malformed text") {
  for (const char* text : {"", "{", "[1,2", "{\"a\" 1}", "nul", "[\"\\x\"]", "\xff\xfe",
                           "{\"format\": \"physique.exercises\",}"}) {
    CAPTURE(text);
    CHECK(catalog_error(text).rfind("byte ", 0) == 0);
  }
}

TEST_CASE("numbers out of range are syntax errors, not crashes") {
  // Found by the fuzzer: nlohmann/json reports this as out_of_range, not as parse_error.
  CHECK(catalog_error("[1e999]").empty());
  CHECK_THROWS_AS((void)io::parse_json("{\"a\": -1e400}"), io::json_error);
}

TEST_CASE("documents of the wrong shape") {
  CHECK(catalog_error("42") == "");
  CHECK(catalog_error("{}") == "format");
  CHECK(catalog_error(R"({"format": "other"})") == "format");
  CHECK(catalog_error(R"({"format": "physique.exercises", "version": 2, "exercises": []})") ==
        "version");
  CHECK(catalog_error(R"({"format": "physique.exercises", "version": 1})") == "exercises");
  CHECK(catalog_error(R"({"format": "physique.exercises", "version": 1, "exercises": {}})") ==
        "exercises");
  CHECK(catalog_error(R"({"format": "physique.exercises", "version": 1, "exercises": [1]})") ==
        "exercises[0]");
  CHECK(catalog_error("[{}]") == "[0].id");
}

TEST_CASE("field errors name the path") {
  struct bad_case {
    const char* key;
    json value;
    const char* path;
  };
  const bad_case cases[] = {
      {"id", 5, "id"},
      {"id", "Not A Slug", "id"},
      {"name", json::array(), "name"},
      {"aliases", "one", "aliases"},
      {"aliases", json::array({"a", 2}), "aliases[1]"},
      {"level", "expert", "level"},  // free-exercise-db's word, not ours
      {"force", "static_", "force"},
      {"primary_muscles", json::array({"lats", "middle back"}), "primary_muscles[1]"},
      {"primary_muscles", json::array({"lats", "lats"}), "primary_muscles[1]"},
      {"muscle_weights", json{{"lat", 0.5}}, "muscle_weights.lat"},
      {"muscle_weights", json{{"lats", "half"}}, "muscle_weights.lats"},
      {"equipment", "dumbbell", "equipment"},
      {"equipment_options", json::array({json::array({"dumbbell", "spoon"})}),
       "equipment_options[0][1]"},
      {"measure", json{{"primary", "reps"}, {"unit", "kg"}}, "measure.unit"},
      {"breathing", json{{"inhale", "up"}}, "breathing.inhale"},
      {"breathing", json{{"brace", "yes"}}, "breathing.brace"},
      {"tempo", "3-1-X", "tempo"},
      {"tempo", 3110, "tempo"},
      {"rep_guidance", json::array({json{{"reps", {8, 12}}}}), "rep_guidance[0].goal"},
      {"rep_guidance", json::array({json{{"goal", "strength"}, {"reps", {12, 8}}}}),
       "rep_guidance[0].reps"},
      {"rep_guidance", json::array({json{{"goal", "strength"}, {"reps", {-1, 8}}}}),
       "rep_guidance[0].reps[0]"},
      {"rep_guidance", json::array({json{{"goal", "strength"}, {"reps", {1.5, 8}}}}),
       "rep_guidance[0].reps[0]"},
      {"rep_guidance", json::array({json{{"goal", "strength"}, {"sets", {1, 2, 3}}}}),
       "rep_guidance[0].sets"},
      {"rep_guidance", json::array({json{{"goal", "strength"}, {"rest_s", {1, 1e12}}}}),
       "rep_guidance[0].rest_s[1]"},
      {"substitutes", json::array({json{{"id", "a"}}}), "substitutes[0].reason"},
      {"substitutes", json::array({json{{"id", "a"}, {"reason", "vibes"}}}),
       "substitutes[0].reason"},
      {"media", json::array({json{{"kind", "image"}}}), "media[0].uri"},
      {"source", "free-exercise-db", "source"},
      {"license", json{{"spdx", "MIT"}, {"year", 2020}}, "license.year"},
      {"localized", json{{"de", json{{"name", 1}}}}, "localized.de.name"},
      {"group_level_muscles", 1, "group_level_muscles"},
  };
  for (const auto& c : cases) {
    json j = minimal();
    j[c.key] = c.value;
    CAPTURE(j.dump());
    const json doc{{"format", "physique.exercises"},
                   {"version", 1},
                   {"exercises", json::array({minimal(), j})}};
    CHECK(error_path([&] { (void)io::catalog_from_json(doc); }) ==
          std::string("exercises[1].") + c.path);
  }
  json no_primary = minimal();
  no_primary.erase("primary_muscles");
  CHECK(error_path([&] { (void)io::exercise_from_json(no_primary); }) == "primary_muscles");
}

TEST_CASE("the message names the bad value and the allowed ones") {
  json j = minimal();
  j["level"] = "expert";
  try {
    (void)io::exercise_from_json(j);
    FAIL("no error");
  } catch (const io::json_error& e) {
    CHECK(e.problem().find("\"expert\"") != std::string::npos);
    CHECK(e.problem().find("beginner, intermediate, advanced") != std::string::npos);
  }
}

TEST_CASE("huge and deeply nested input is refused with a clear error") {
  io::parse_limits small;
  small.max_bytes = 100;
  const std::string big(101, ' ');
  CHECK(error_path([&] { (void)io::parse_json(big, small); }) == "");
  const std::string deep = std::string(10000, '[') + std::string(10000, ']');
  std::string problem;
  try {
    (void)io::parse_json(deep);
  } catch (const io::json_error& e) {
    problem = e.problem();
  }
  CHECK(problem.find("nesting deeper than 32") != std::string::npos);
  // A deep array inside an otherwise valid description.
  const std::string nested = R"({"id":"x","name":"X","primary_muscles":[],"junk":)" +
                             std::string(40, '[') + std::string(40, ']') + "}";
  CHECK_THROWS_AS((void)io::parse_json(nested), io::json_error);
  // A long string is fine if within the byte limit, and shows up shortened in messages.
  json j = minimal();
  j["level"] = std::string(5000, 'z');
  try {
    (void)io::exercise_from_json(j);
    FAIL("no error");
  } catch (const io::json_error& e) {
    CHECK(e.problem().size() < 400);
  }
}

TEST_CASE("export refuses an extension whose text is not JSON") {
  ex::exercise_description d;
  d.id = "x";
  d.name = "X";
  d.extensions = {{"broken", "{not json"}};
  CHECK(error_path([&] { (void)io::to_json(d); }) == "extensions.broken");
  CHECK(error_path([&] { (void)io::to_free_exercise_db(d); }) == "extensions.broken");
}

TEST_CASE("a catalog with a repeated id or a repeated key is refused") {
  json doc = {{"format", "physique.exercises"}, {"version", 1}, {"exercises", json::array()}};
  doc["exercises"].push_back(minimal());
  doc["exercises"].push_back(minimal());
  CHECK(error_path([&] { (void)io::catalog_from_json(doc); }) == "exercises[1].id");
  // A key given twice in one object would silently lose the first value.
  const std::string text =
      R"({"format":"physique.exercises","version":1,"exercises":[{"id":"a","name":"A",)"
      R"("name":"B","primary_muscles":[]}]})";
  std::string problem;
  CHECK(error_path([&] {
          try {
            (void)io::parse_catalog(text);
          } catch (const io::json_error& e) {
            problem = e.problem();
            throw;
          }
        }) == "exercises[0].name");
  CHECK(problem.find("duplicate key \"name\"") != std::string::npos);
}

TEST_CASE("documents parsed elsewhere and nested 100000 deep are refused, not a crash") {
  // nlohmann's own parser builds such a document iteratively; copying or dumping it
  // recursively would overflow the stack.
  const std::size_t depth = 100000;
  const std::string text = std::string(depth, '[') + std::string(depth, ']');
  const json deep = json::parse(text);
  json record = minimal();
  CHECK(error_path([&] { (void)io::catalog_from_json(deep); }) == "");
  CHECK(error_path([&] { (void)io::import_free_exercise_db(deep); }) == "");
  json doc = {{"format", "physique.exercises"}, {"version", 1}, {"exercises", json::array()}};
  doc["exercises"].push_back(record);
  doc["exercises"][0]["x-deep"] = json::array();
  json* leaf = &doc["exercises"][0]["x-deep"];
  for (int i = 0; i < 100; ++i) {
    leaf->push_back(json::array());
    leaf = &leaf->back();
  }
  CHECK_THROWS_AS((void)io::catalog_from_json(doc), io::json_error);
  CHECK_THROWS_AS((void)doc["exercises"][0].get<ex::exercise_description>(), io::json_error);
}
