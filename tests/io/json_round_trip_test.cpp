// SPDX-License-Identifier: MIT
// physique's JSON schema: lossless round trips of the whole built-in catalog and of a
// description using every field, unknown keys preserved.
#include <doctest/doctest.h>

#include <string>

#include <physique/io/json.hpp>

namespace ex = physique::exercise;
namespace io = physique::io;
using nlohmann::json;

namespace {
ex::exercise_description everything() {
  ex::exercise_description d;
  d.id = "test-row_1";
  d.name = "Test row";
  d.aliases = {"Row for tests", "TR"};
  d.localized = {{"de", "Testrudern", {"Rudern"}, "Kurz.", {"Eins", "Zwei"}, {"Ellbogen"}},
                 {"fr", "Tirage", {}, "", {}, {}}};  // sorted by language tag
  d.summary = "A row.";
  d.modality = ex::modality::strength;
  d.level = ex::level::intermediate;
  d.mechanic = ex::mechanic::compound;
  d.force = ex::force::static_;
  d.movement_pattern = ex::movement_pattern::throw_;
  d.laterality = ex::laterality::alternating;
  d.contraction = ex::contraction::isometric;
  d.measure = ex::measure::distance;
  d.load = ex::load_type::bodyweight_plus;
  d.primary_muscles = {ex::muscle::lats, ex::muscle::neck};
  d.secondary_muscles = {ex::muscle::biceps, ex::muscle::glutes};
  d.muscle_weights = {{ex::muscle::biceps, 0.3}, {ex::muscle::glutes, 0.125}};  // muscle order
  d.group_level_muscles = true;
  d.equipment = ex::equipment_set{ex::equipment::dumbbell, ex::equipment::bench};
  d.equipment_options = {{ex::equipment::cable, ex::equipment::attachment}, {ex::equipment::band}};
  d.setup = {"Stand."};
  d.steps = {"Pull.", "Lower."};
  d.cues = {"Elbow back."};
  d.mistakes = {"Swinging \"hard\"\n"};
  d.breathing = ex::breathing{ex::breath_phase::before_rep, std::nullopt, false, "note"};
  d.tempo = ex::tempo{10, 0, 0, 2, true};
  ex::rep_guidance g;
  g.goal = ex::training_goal::power;
  g.reps = ex::closed_range<unsigned>{3, 5};
  g.seconds = ex::closed_range<unsigned>{20, 30};
  g.sets = ex::closed_range<unsigned>{1, 1};
  g.rir = ex::closed_range<double>{0.5, 1.5};
  g.rpe = ex::closed_range<double>{8.0, 9.5};
  g.rest_seconds = ex::closed_range<unsigned>{0, 600};
  g.per_side = false;
  g.note = "n";
  d.rep_guidance = {g, ex::rep_guidance{}};
  d.variation_group = "rows";
  d.variation_of = {"row"};
  d.progressions = {"harder"};
  d.regressions = {"easier"};
  d.substitutes = {{"other", ex::substitute_reason::equipment_swap}};
  d.media = {{ex::media_kind::video, "https://example.org/v.mp4", "CC-BY-4.0"},
             {ex::media_kind::image, "a.jpg", ""}};
  d.source = ex::source_ref{"mine", "TR-1", "https://example.org"};
  d.license = ex::license_info{"CC-BY-SA-4.0", "A. Author",         "https://a.example",
                               "Row",          "https://o.example", "https://d.example"};
  d.extensions = {{"vendor_flag", "true"}, {"x_app", "{\"k\":[1,2,{\"z\":null}]}"}};  // by key
  return d;
}
}  // namespace

TEST_CASE("every field survives model -> JSON -> model") {
  const auto d = everything();
  const json j = io::to_json(d);
  CHECK(j.at("force") == "static");
  CHECK(j.at("movement_pattern") == "throw");
  CHECK(j.at("tempo") == "10-0-X-2");
  CHECK(j.at("measure") == json{{"primary", "distance"}, {"load", "bodyweight_plus"}});
  CHECK(j.at("rep_guidance")[0].at("rest_s") == json::array({0, 600}));
  CHECK(j.at("x_app").at("k")[2].contains("z"));  // extension written back verbatim
  const auto back = io::exercise_from_json(j);
  CHECK(back == d);
  // Through text as well.
  const auto again = io::exercise_from_json(json::parse(j.dump()));
  CHECK(again == d);
  // And the ADL hooks.
  const json k = d;
  CHECK(k.get<ex::exercise_description>() == d);
}

TEST_CASE("absent stays absent: nothing is written for unknown fields") {
  ex::exercise_description d;
  d.id = "bare";
  d.name = "Bare";
  const json j = io::to_json(d);
  CHECK(j == json{{"id", "bare"}, {"name", "Bare"}, {"primary_muscles", json::array()}});
  const auto back = io::exercise_from_json(j);
  CHECK(back == d);
  CHECK_FALSE(back.equipment.has_value());
  // null means unknown too.
  const auto with_nulls = io::exercise_from_json(json{{"id", "bare"},
                                                      {"name", "Bare"},
                                                      {"primary_muscles", json::array()},
                                                      {"equipment", nullptr},
                                                      {"level", nullptr},
                                                      {"tempo", nullptr}});
  CHECK(with_nulls == d);
  // Bodyweight is not unknown.
  d.equipment = ex::equipment_set{ex::equipment::bodyweight};
  CHECK(io::to_json(d).at("equipment") == json::array({"bodyweight"}));
}

TEST_CASE("unknown members: JSON -> model -> JSON is identical") {
  const json in = json::parse(R"({
    "id": "x", "name": "X", "primary_muscles": ["lats"],
    "extensions": {"app": {"favourite": true}},
    "rating": 4.5, "tags": ["a", "b"], "note_for_me": null
  })");
  const auto d = io::exercise_from_json(in);
  CHECK(d.extensions.size() == 4);
  CHECK(io::to_json(d) == in);
}

TEST_CASE("the whole built-in catalog round-trips") {
  const auto& builtin = ex::builtin_catalog();
  const json doc = io::to_json(builtin);
  CHECK(doc.at("format") == "physique.exercises");
  CHECK(doc.at("version") == 1);
  CHECK(doc.at("exercises").size() == builtin.size());
  const std::string text = doc.dump(2);
  const ex::catalog back = io::parse_catalog(text);
  REQUIRE(back.size() == builtin.size());
  for (std::size_t i = 0; i < back.size(); ++i) {
    CAPTURE(builtin.items()[i].id);
    CHECK(back.items()[i] == builtin.items()[i]);
  }
  CHECK(ex::validate(back).empty());
  // A bare array is accepted as well.
  CHECK(io::catalog_from_json(doc.at("exercises")).size() == builtin.size());
}

TEST_CASE("the published JSON Schema covers every key we write") {
  const json schema = json::parse(io::exercise_json_schema());
  const json& props = schema.at("properties");
  CHECK(props.size() == 34);
  for (const auto& e : ex::builtin_catalog()) {
    const json j = io::to_json(e);
    for (auto it = j.begin(); it != j.end(); ++it) {
      CAPTURE(it.key());
      CHECK(props.contains(it.key()));
    }
  }
  CHECK(props.at("primary_muscles").at("items").at("enum").size() == 26);
  CHECK(schema.at("required") == json::array({"id", "name", "primary_muscles"}));
}
