// SPDX-License-Identifier: MIT
// Import of free-exercise-db (github.com/yuhonas/free-exercise-db, snapshot acd61f7, 873
// records, Unlicense), read where it lies: PHYSIQUE_SHARED_DATA_DIR/free-exercise-db/.
// Expected counts are those published in the exercise-model survey, section 5, and counted
// from the raw JSON here, independently of the importer.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>

#include <physique/io/json.hpp>

namespace ex = physique::exercise;
namespace io = physique::io;
using nlohmann::json;

namespace {
std::optional<std::string> read_data_file() {
#if defined(PHYSIQUE_SHARED_DATA_DIR)
  std::ifstream in(PHYSIQUE_SHARED_DATA_DIR "/free-exercise-db/exercises.json", std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
#else
  return std::nullopt;
#endif
}
const std::optional<std::string>& data() {
  static const std::optional<std::string> text = read_data_file();
  return text;
}
#define SKIP_WITHOUT_DATA()                                                                       \
  if (!data()) {                                                                                  \
    MESSAGE("skipped: free-exercise-db/exercises.json not found (set PHYSIQUE_SHARED_DATA_DIR)"); \
    return;                                                                                       \
  }
template <class F>
std::size_t count_if(const std::vector<ex::exercise_description>& v, F f) {
  std::size_t n = 0;
  for (const auto& e : v)
    n += f(e) ? 1U : 0U;
  return n;
}
json record() {
  return json::parse(R"({"id": "Test_Row", "name": "Test Row", "force": "pull", "level": "expert",
    "mechanic": null, "equipment": "body only", "primaryMuscles": ["middle back", "shoulders"],
    "secondaryMuscles": ["biceps", "shoulders"], "instructions": ["Pull.", "Lower."],
    "category": "olympic weightlifting", "images": ["Test_Row/0.jpg", "Test_Row/1.jpg"]})");
}
}  // namespace

TEST_CASE("one record: the documented mapping") {
  std::vector<io::import_note> notes;
  const auto e = io::from_free_exercise_db(record(), "[0]", &notes);
  CHECK(e.id == "test_row");
  CHECK(e.source == ex::source_ref{"free-exercise-db", "Test_Row", ""});
  CHECK(e.level == ex::level::advanced);  // expert -> advanced
  CHECK(e.force == ex::force::pull);
  CHECK_FALSE(e.mechanic.has_value());  // null -> unknown
  CHECK(e.equipment == ex::equipment_set{ex::equipment::bodyweight});
  CHECK(e.modality == ex::modality::olympic_weightlifting);
  CHECK(e.primary_muscles == ex::muscle_set{ex::muscle::upper_back, ex::muscle::front_delt,
                                            ex::muscle::side_delt, ex::muscle::rear_delt});
  CHECK(e.secondary_muscles == ex::muscle_set{ex::muscle::biceps});  // overlap removed
  CHECK(e.group_level_muscles);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].path == "[0].secondaryMuscles");
  CHECK(e.steps == std::vector<std::string>{"Pull.", "Lower."});
  CHECK(e.media.size() == 2);
  CHECK(e.license->spdx == "Unlicense");
  CHECK_FALSE(e.movement_pattern.has_value());
  CHECK_FALSE(e.laterality.has_value());
  // Unknown members are kept.
  json r = record();
  r["video"] = "https://example.org";
  const auto with_extra = io::from_free_exercise_db(r);
  REQUIRE(with_extra.extensions.size() == 1);
  CHECK(io::to_free_exercise_db(with_extra).at("video") == "https://example.org");
}

TEST_CASE("unknown labels and wrong types are errors naming field, record and value") {
  auto problem_of = [](const json& r) -> std::pair<std::string, std::string> {
    json other = record();
    other["id"] = "Other_Row";  // ids must be unique in one import
    try {
      (void)io::import_free_exercise_db(json::array({other, r}));
    } catch (const io::json_error& e) {
      return {e.path(), e.problem()};
    }
    return {"", ""};
  };
  json r = record();
  r["equipment"] = "spoon";
  auto [path, problem] = problem_of(r);
  CHECK(path == "[1].equipment");
  CHECK(problem.find("\"Test_Row\"") != std::string::npos);
  CHECK(problem.find("\"spoon\"") != std::string::npos);
  r = record();
  r["primaryMuscles"] = json::array({"lats", "bicpes"});
  CHECK(problem_of(r).first == "[1].primaryMuscles[1]");
  r = record();
  r["level"] = "master";
  CHECK(problem_of(r).first == "[1].level");
  r = record();
  r["force"] = 3;
  CHECK(problem_of(r).first == "[1].force");
  r = record();
  r["category"] = "yoga";
  CHECK(problem_of(r).first == "[1].category");
  r = record();
  r.erase("primaryMuscles");
  CHECK(problem_of(r).first == "[1].primaryMuscles");
  r = record();
  r["instructions"] = "Pull.";
  CHECK(problem_of(r).first == "[1].instructions");
  CHECK(problem_of(json("text")).first == "[1]");
  CHECK_THROWS_AS((void)io::import_free_exercise_db(json::object()), io::json_error);
  // Labels match after lower-casing and trimming.
  r = record();
  r["equipment"] = " Body Only ";
  CHECK(problem_of(r).first.empty());
  // Two records with one id: find() could return only one of them.
  try {
    (void)io::import_free_exercise_db(json::array({record(), record()}));
    FAIL("no error");
  } catch (const io::json_error& e) {
    CHECK(e.path() == "[1].id");
    CHECK(e.problem().find("duplicate id \"test_row\" (also at [0])") != std::string::npos);
  }
}

TEST_CASE("all 873 free-exercise-db records import, with counts per field") {
  SKIP_WITHOUT_DATA();
  const json raw = json::parse(*data());
  const io::import_result result = io::parse_free_exercise_db(*data());
  const auto& v = result.exercises;
  REQUIRE(v.size() == 873);

  // Survey, section 5: force pull 371, push 369, static 104, null 29.
  CHECK(count_if(v, [](const auto& e) { return e.force == ex::force::pull; }) == 371);
  CHECK(count_if(v, [](const auto& e) { return e.force == ex::force::push; }) == 369);
  CHECK(count_if(v, [](const auto& e) { return e.force == ex::force::static_; }) == 104);
  CHECK(count_if(v, [](const auto& e) { return !e.force; }) == 29);
  // Mechanic compound 489, isolation 297, null 87.
  CHECK(count_if(v, [](const auto& e) { return e.mechanic == ex::mechanic::compound; }) == 489);
  CHECK(count_if(v, [](const auto& e) { return e.mechanic == ex::mechanic::isolation; }) == 297);
  CHECK(count_if(v, [](const auto& e) { return !e.mechanic; }) == 87);
  // Level beginner 523, intermediate 293, expert 57 (-> advanced).
  CHECK(count_if(v, [](const auto& e) { return e.level == ex::level::beginner; }) == 523);
  CHECK(count_if(v, [](const auto& e) { return e.level == ex::level::intermediate; }) == 293);
  CHECK(count_if(v, [](const auto& e) { return e.level == ex::level::advanced; }) == 57);
  // Category: strength 581, stretching 123, plyometrics 61, powerlifting 38, olympic
  // weightlifting 35, strongman 21, cardio 14.
  const std::map<ex::modality, std::size_t> categories{{ex::modality::strength, 581},
                                                       {ex::modality::stretching, 123},
                                                       {ex::modality::plyometrics, 61},
                                                       {ex::modality::powerlifting, 38},
                                                       {ex::modality::olympic_weightlifting, 35},
                                                       {ex::modality::strongman, 21},
                                                       {ex::modality::cardio, 14}};
  for (const auto& entry : categories) {
    const ex::modality m = entry.first;
    CAPTURE(ex::to_string(m));
    CHECK(count_if(v, [m](const auto& e) { return e.modality == m; }) == entry.second);
  }

  // Counted from the raw records: equipment labels, nulls, muscles, instructions, group level.
  std::map<std::string, std::size_t> equipment_raw;
  std::size_t group_level_raw = 0;
  std::size_t overlap_raw = 0;
  std::size_t empty_steps_raw = 0;
  std::size_t primary_label_uses = 0;
  for (const json& r : raw) {
    equipment_raw[r["equipment"].is_null() ? "null" : r["equipment"].get<std::string>()]++;
    bool group = false;
    std::set<std::string> primary;
    for (const json& m : r["primaryMuscles"]) {
      const auto s = m.get<std::string>();
      primary.insert(s);
      ++primary_label_uses;
      group = group || s == "shoulders" || s == "abdominals" || s == "calves";
    }
    bool overlap = false;
    for (const json& m : r["secondaryMuscles"]) {
      const auto s = m.get<std::string>();
      group = group || s == "shoulders" || s == "abdominals" || s == "calves";
      overlap = overlap || primary.count(s) > 0;
    }
    group_level_raw += group ? 1U : 0U;
    overlap_raw += overlap ? 1U : 0U;
    empty_steps_raw += r["instructions"].empty() ? 1U : 0U;
  }
  CHECK(equipment_raw["null"] == 77);  // survey: 77 records without equipment
  CHECK(count_if(v, [](const auto& e) { return !e.equipment; }) == equipment_raw["null"]);
  CHECK(count_if(v, [](const auto& e) {
          return e.equipment == ex::equipment_set{ex::equipment::bodyweight};
        }) == equipment_raw["body only"]);
  CHECK(count_if(v, [](const auto& e) {
          return e.equipment == ex::equipment_set{ex::equipment::barbell};
        }) == equipment_raw["barbell"]);
  CHECK(count_if(v, [](const auto& e) {
          return e.equipment == ex::equipment_set{ex::equipment::kettlebell};
        }) == equipment_raw["kettlebells"]);
  CHECK(count_if(v, [](const auto& e) { return e.group_level_muscles; }) == group_level_raw);
  CHECK(result.notes.size() == overlap_raw);
  CHECK(overlap_raw == 9);
  CHECK(count_if(v, [](const auto& e) { return e.steps.empty(); }) == empty_steps_raw);
  CHECK(empty_steps_raw == 5);
  CHECK(count_if(v, [](const auto& e) { return e.primary_muscles.empty(); }) == 0);
  // Muscle labels: the 17 of the data set map onto 16 + 3 group expansions; "middle back"
  // -> upper_back, "lower back" -> lower_back, "quadriceps" -> quads.
  CHECK(count_if(v, [](const auto& e) { return e.primary_muscles.contains(ex::muscle::quads); }) ==
        148);
  CHECK(count_if(v, [](const auto& e) {
          return e.primary_muscles.contains(ex::muscle::upper_back);
        }) == 34);
  CHECK(count_if(v, [](const auto& e) {
          return e.primary_muscles.contains(ex::muscle::side_delt);
        }) == 127);
  CHECK(primary_label_uses >= 873);

  // Every record has its source and license; ids are unique slugs; the imported catalog
  // passes validation (overlaps were resolved, nothing else is linked).
  const ex::catalog c(v);
  const auto findings = ex::validate(c);
  for (const auto& f : findings)
    MESSAGE(f.exercise_id << " " << f.field << ": " << f.message);
  CHECK(findings.empty());
  CHECK(count_if(v, [](const auto& e) { return e.media.size() == 2; }) == 873);
}

TEST_CASE("free-exercise-db -> model -> free-exercise-db gives back the same values") {
  SKIP_WITHOUT_DATA();
  const json raw = json::parse(*data());
  const auto result = io::import_free_exercise_db(raw);
  std::size_t differing = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const json& in = raw[i];
    const json out = io::to_free_exercise_db(result.exercises[i]);
    CAPTURE(in.at("id").get<std::string>());
    for (const char* key : {"id", "name", "force", "level", "mechanic", "equipment", "instructions",
                            "category", "images"}) {
      CHECK(out.at(key) == in.at(key));
    }
    auto as_set = [](const json& a) { return a.get<std::set<std::string>>(); };
    CHECK(as_set(out.at("primaryMuscles")) == as_set(in.at("primaryMuscles")));
    if (as_set(out.at("secondaryMuscles")) != as_set(in.at("secondaryMuscles"))) {
      // Only the 9 records listing a muscle both ways differ: it is kept as primary.
      ++differing;
      auto expected = as_set(in.at("secondaryMuscles"));
      for (const auto& m : as_set(in.at("primaryMuscles")))
        expected.erase(m);
      CHECK(as_set(out.at("secondaryMuscles")) == expected);
    }
    CHECK(out.size() == in.size());
  }
  CHECK(differing == 9);
  // Our format round-trips the imported data losslessly too.
  const ex::catalog c(result.exercises);
  const ex::catalog back = io::parse_catalog(io::to_json(c).dump());
  CHECK(back.items() == c.items());
}

TEST_CASE("export of built-in exercises to free-exercise-db's shape") {
  const auto* row = ex::builtin_catalog().find("dumbbell_row_single_arm");
  REQUIRE(row != nullptr);
  const json r = io::to_free_exercise_db(*row);
  CHECK(r.at("id") == "dumbbell_row_single_arm");
  CHECK(r.at("equipment") == "dumbbell");  // first mappable item; the bench has no label
  CHECK(r.at("category") == "strength");
  CHECK(r.at("level") == "beginner");
  CHECK(r.at("primaryMuscles") == json::array({"lats", "lower back", "middle back"}));
  CHECK(r.at("secondaryMuscles") == json::array({"abdominals", "biceps", "shoulders"}));
  // It imports back.
  const auto again = io::from_free_exercise_db(r);
  CHECK(again.name == row->name);
}

TEST_CASE("lenient mode keeps unknown labels verbatim and notes them") {
  json r = record();
  r["equipment"] = "spoon";
  r["primaryMuscles"] = json::array({"middle back", "bicpes"});
  r["level"] = "master";
  io::free_exercise_db_options lenient;
  lenient.lenient = true;
  const auto result = io::import_free_exercise_db(json::array({r}), lenient);
  REQUIRE(result.exercises.size() == 1);
  const auto& e = result.exercises[0];
  CHECK_FALSE(e.equipment.has_value());
  CHECK_FALSE(e.level.has_value());
  CHECK(e.primary_muscles == ex::muscle_set{ex::muscle::upper_back});  // the label that maps
  std::set<std::string> note_paths;
  for (const auto& n : result.notes)
    note_paths.insert(n.path);
  CHECK(note_paths.count("[0].equipment") == 1);
  CHECK(note_paths.count("[0].level") == 1);
  CHECK(note_paths.count("[0].primaryMuscles[1]") == 1);
  // The original members come back on export.
  const json out = io::to_free_exercise_db(e);
  CHECK(out.at("equipment") == "spoon");
  CHECK(out.at("level") == "master");
  CHECK(out.at("primaryMuscles") == json::array({"middle back", "bicpes"}));
  // Strict mode refuses the same record.
  CHECK_THROWS_AS((void)io::import_free_exercise_db(json::array({r})), io::json_error);
}

TEST_CASE("movement patterns guessed on import, the rest reported") {
  SKIP_WITHOUT_DATA();
  io::free_exercise_db_options options;
  options.guess_movement_pattern = true;
  const auto result = io::parse_free_exercise_db(*data(), {}, options);
  const auto& v = result.exercises;
  std::size_t unknown = 0;
  std::map<std::string, const ex::exercise_description*> by_source;
  for (const auto& e : v) {
    unknown += e.movement_pattern ? 0U : 1U;
    by_source[e.source->id] = &e;
  }
  std::size_t pattern_notes = 0;
  for (const auto& n : result.notes) {
    pattern_notes += n.message.find("movement pattern") != std::string::npos ? 1U : 0U;
  }
  CHECK(pattern_notes == unknown);  // every unclassified record is reported
  MESSAGE("movement pattern guessed for " << v.size() - unknown << " of " << v.size());
  CHECK(v.size() - unknown > v.size() / 2);
  // Stretches (123 in the data set) are all `stretch`.
  CHECK(count_if(v, [](const auto& e) {
          return e.movement_pattern == ex::movement_pattern::stretch;
        }) >= 123);
  // Records whose pattern is not in doubt.
  const std::pair<const char*, ex::movement_pattern> known[] = {
      {"Barbell_Deadlift", ex::movement_pattern::hinge},
      {"Pullups", ex::movement_pattern::vertical_pull},
      {"Wide-Grip_Lat_Pulldown", ex::movement_pattern::vertical_pull},
      {"Bent_Over_Barbell_Row", ex::movement_pattern::horizontal_pull},
      {"Barbell_Squat", ex::movement_pattern::squat},
      {"Barbell_Bench_Press_-_Medium_Grip", ex::movement_pattern::horizontal_push},
      {"Barbell_Curl", ex::movement_pattern::elbow_flexion},
      {"Barbell_Shrug", ex::movement_pattern::shrug},
  };
  for (const auto& entry : known) {
    const std::string id = entry.first;
    CAPTURE(id);
    REQUIRE(by_source.count(id) == 1);
    CHECK(by_source[id]->movement_pattern == entry.second);
  }
}
