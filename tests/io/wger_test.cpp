// SPDX-License-Identifier: MIT
// Import of wger's exercise data: the mapping tables, the 25-exercise fixture sample read
// where it lies (PHYSIQUE_SHARED_DATA_DIR/wger-sample/, per-record CC licences; the test
// only reads it), REST `exerciseinfo` records, text conversion, strict and lenient modes,
// and export to this library's JSON with the attribution kept. Expected counts were taken
// from the raw JSON with a separate script, not from the importer.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>

#include <physique/io/wger.hpp>

namespace ex = physique::exercise;
namespace io = physique::io;
using nlohmann::json;

namespace {
std::optional<json> sample_file(const char* name) {
#if defined(PHYSIQUE_SHARED_DATA_DIR)
  std::ifstream in(std::string(PHYSIQUE_SHARED_DATA_DIR "/wger-sample/") + name, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return io::parse_json(s.str());
#else
  (void)name;
  return std::nullopt;
#endif
}
struct sample {
  json exercises, translations;
  io::wger_vocabulary vocabulary;
};
const std::optional<sample>& data() {
  static const std::optional<sample> s = []() -> std::optional<sample> {
    auto e = sample_file("exercise-base-data.json");
    auto t = sample_file("translations.json");
    auto m = sample_file("muscles.json");
    auto q = sample_file("equipment.json");
    auto c = sample_file("categories.json");
    auto l = sample_file("languages.json");
    auto li = sample_file("licenses.json");
    if (!e || !t || !m || !q || !c || !l || !li) return std::nullopt;
    return sample{*e, *t, io::wger_vocabulary_from_fixtures(*m, *q, *c, *l, *li)};
  }();
  return s;
}
#define SKIP_WITHOUT_DATA()                                                   \
  if (!data()) {                                                              \
    MESSAGE("skipped: wger-sample not found (set PHYSIQUE_SHARED_DATA_DIR)"); \
    return;                                                                   \
  }
std::string muscles_text(ex::muscle_set s) {
  std::string out;
  s.for_each([&out](ex::muscle m) {
    if (!out.empty()) out += " + ";
    out += ex::to_string(m);
  });
  return out;
}
}  // namespace

TEST_CASE("the wger mapping tables") {
  // The documented table (docs/json.md), row by row.
  const std::map<std::string, std::string> muscles{{"Biceps brachii", "biceps"},
                                                   {"Anterior deltoid", "front_delt"},
                                                   {"Serratus anterior", "serratus"},
                                                   {"Pectoralis major", "chest"},
                                                   {"Triceps brachii", "triceps"},
                                                   {"Rectus abdominis", "abs"},
                                                   {"Gastrocnemius", "calves"},
                                                   {"Gluteus maximus", "glutes"},
                                                   {"Trapezius", "traps + upper_back"},
                                                   {"Quadriceps femoris", "quads"},
                                                   {"Biceps femoris", "hamstrings"},
                                                   {"Latissimus dorsi", "lats"},
                                                   {"Brachialis", "brachialis"},
                                                   {"Obliquus externus abdominis", "obliques"},
                                                   {"Soleus", "soleus"},
                                                   {"Erector spinae", "lower_back"}};
  REQUIRE(io::wger_muscle_map().size() == 16);
  for (const auto& row : io::wger_muscle_map()) {
    MESSAGE(std::string(row.latin)
            << " (" << std::string(row.english) << ") -> " << muscles_text(row.muscles));
    CHECK(muscles.at(std::string(row.latin)) == muscles_text(row.muscles));
  }
  const std::map<std::string, ex::equipment> equipment{
      {"Barbell", ex::equipment::barbell},
      {"SZ-Bar", ex::equipment::ez_bar},
      {"Dumbbell", ex::equipment::dumbbell},
      {"Gym mat", ex::equipment::mat},
      {"Swiss Ball", ex::equipment::stability_ball},
      {"Pull-up bar", ex::equipment::pull_up_bar},
      {"none (bodyweight exercise)", ex::equipment::bodyweight},
      {"Bench", ex::equipment::bench},
      {"Incline bench", ex::equipment::bench},
      {"Kettlebell", ex::equipment::kettlebell},
      {"Resistance band", ex::equipment::band},
      {"Cable machine", ex::equipment::cable}};
  REQUIRE(io::wger_equipment_map().size() == 12);
  for (const auto& row : io::wger_equipment_map()) {
    MESSAGE(std::string(row.name) << " -> " << std::string(ex::to_string(row.value)));
    CHECK(equipment.at(std::string(row.name)) == row.value);
  }
}

TEST_CASE("the tables cover wger's whole vocabulary") {
  SKIP_WITHOUT_DATA();
  const auto& v = data()->vocabulary;
  CHECK(v.muscles.size() == 16);
  CHECK(v.equipment.size() == 12);
  for (const auto& entry : v.muscles) {
    const std::string latin = entry.second.first;
    bool found = false;
    for (const auto& row : io::wger_muscle_map())
      found = found || row.latin == latin;
    CHECK_MESSAGE(found, latin);
  }
  for (const auto& entry : v.equipment) {
    const std::string name = entry.second;
    bool found = false;
    for (const auto& row : io::wger_equipment_map())
      found = found || row.name == name;
    CHECK_MESSAGE(found, name);
  }
}

TEST_CASE("the 25-exercise sample imports completely, strict and lenient") {
  SKIP_WITHOUT_DATA();
  for (bool lenient : {false, true}) {
    io::wger_options o;
    o.lenient = lenient;
    const io::import_result r =
        io::import_wger_fixtures(data()->exercises, data()->translations, data()->vocabulary, o);
    REQUIRE(r.exercises.size() == 25);
    std::set<std::string> ids;
    int translations = 0;
    int aliases = 0;
    int comments = 0;
    int with_trapezius = 0;
    int unknown_equipment = 0;
    int with_group = 0;
    std::map<std::string, int> licences;
    for (const auto& e : r.exercises) {
      ids.insert(e.id);
      CHECK(e.id.rfind("wger-", 0) == 0);
      REQUIRE(e.source.has_value());
      CHECK(e.source->dataset == "wger");
      CHECK(e.id == "wger-" + e.source->id);
      CHECK_FALSE(e.name.empty());
      REQUIRE(e.license.has_value());
      CHECK_FALSE(e.license->author.empty());
      ++licences[e.license->spdx];
      translations += 1 + static_cast<int>(e.localized.size());
      aliases += static_cast<int>(e.aliases.size());
      comments += static_cast<int>(e.cues.size());
      for (const auto& l : e.localized) {
        aliases += static_cast<int>(l.aliases.size());
        comments += static_cast<int>(l.cues.size());
        CHECK_FALSE(l.language.empty());
        CHECK_FALSE(l.name.empty());
      }
      if ((e.primary_muscles | e.secondary_muscles).contains(ex::muscle::traps)) {
        ++with_trapezius;
        CHECK((e.primary_muscles | e.secondary_muscles).contains(ex::muscle::upper_back));
      }
      if (!e.equipment) ++unknown_equipment;
      if (!e.variation_group.empty()) ++with_group;
      bool attribution = false;
      for (const auto& x : e.extensions)
        attribution = attribution || x.key == "wger_translation_licenses";
      CHECK(attribution);
    }
    CHECK(ids.size() == 25);                // keyed by uuid: no collisions
    CHECK(translations == 62);              // every language of every record
    CHECK(aliases == 4);                    // exercises.alias records
    CHECK(comments == 5);                   // exercises.exercisecomment records
    CHECK(with_trapezius == 6);             // records naming muscle 9
    CHECK(unknown_equipment == 6);          // empty equipment lists stay unknown
    CHECK(with_group == 7);                 // non-null variation_group
    CHECK(licences["CC-BY-SA-4.0"] == 20);  // license 2
    CHECK(licences["CC-BY-SA-3.0"] == 3);   // license 1
    CHECK(licences["CC0-1.0"] == 2);        // license 3
    // The only notes are the categories that name a body region (every record here).
    for (const auto& n : r.notes)
      CHECK(n.message.find("category") != std::string::npos);
  }
}

TEST_CASE("one sample record in detail: Front Raises") {
  SKIP_WITHOUT_DATA();
  const io::import_result r =
      io::import_wger_fixtures(data()->exercises, data()->translations, data()->vocabulary);
  const ex::exercise_description* e = nullptr;
  for (const auto& x : r.exercises) {
    if (x.source->id == "9c35594c-bbcc-4656-bdcb-376814c90e96") e = &x;
  }
  REQUIRE(e != nullptr);
  // Raw record: muscles [2] (anterior deltoid), equipment [1, 3] (barbell, dumbbell),
  // translations de, en, it, es.
  CHECK(e->name == "Front Raises");
  CHECK(e->primary_muscles == ex::muscle_set{ex::muscle::front_delt});
  REQUIRE(e->equipment.has_value());
  CHECK(*e->equipment == ex::equipment_set{ex::equipment::barbell, ex::equipment::dumbbell});
  REQUIRE(e->localized.size() == 3);
  std::set<std::string> languages;
  for (const auto& l : e->localized)
    languages.insert(l.language);
  CHECK(languages == std::set<std::string>{"de", "it", "es"});
  CHECK_FALSE(e->steps.empty());
  for (const auto& s : e->steps)
    CHECK(s.find('<') == std::string::npos);  // plain text, no HTML left
}

TEST_CASE("export to the library's JSON keeps the attribution") {
  SKIP_WITHOUT_DATA();
  const io::import_result r =
      io::import_wger_fixtures(data()->exercises, data()->translations, data()->vocabulary);
  for (const auto& e : r.exercises) {
    const json j = io::to_json(e);
    const std::string text = j.dump();
    CHECK(text.find(e.license->author) != std::string::npos);
    CHECK(text.find("wger_translation_licenses") != std::string::npos);
    CHECK(io::exercise_from_json(j) == e);
  }
}

namespace {
// A REST `exerciseinfo` record in the shape wger's API returns, with content written for
// this test.
json rest_record() {
  return json::parse(R"({
    "id": 900, "uuid": "00000000-0000-4000-8000-000000000001",
    "category": {"id": 12, "name": "Back"},
    "muscles": [{"id": 12, "name": "Latissimus dorsi", "name_en": "Lats", "is_front": false}],
    "muscles_secondary": [{"id": 9, "name": "Trapezius", "name_en": "", "is_front": false},
                          {"id": 1, "name": "Biceps brachii", "name_en": "Biceps", "is_front": true}],
    "equipment": [{"id": 12, "name": "Cable machine"}],
    "license": {"id": 2, "full_name": "Creative Commons Attribution Share Alike 4",
                "short_name": "CC-BY-SA 4", "url": "https://creativecommons.org/licenses/by-sa/4.0/deed.en"},
    "license_author": "",
    "variations": 77,
    "images": [{"id": 1, "image": "https://example.org/pulldown.png", "is_main": true}],
    "translations": [
      {"uuid": "00000000-0000-4000-8000-000000000002", "name": "Test pulldown",
       "description": "<p>Sit tall under the bar.</p><ol><li>Pull the bar to the chest &amp; squeeze.</li><li>Let it rise slowly.</li></ol>",
       "language": {"id": 2, "short_name": "en"},
       "aliases": [{"id": 1, "alias": "Cable pulldown"}],
       "notes": [{"id": 1, "comment": "Elbows down, not back"}],
       "license": {"short_name": "CC0", "url": "https://creativecommons.org/publicdomain/zero/1.0/"},
       "license_author": "test author"},
      {"uuid": "00000000-0000-4000-8000-000000000003", "name": "Testzug",
       "description": "<p>Aufrecht sitzen.</p>", "language": {"id": 1, "short_name": "de"},
       "aliases": [], "notes": []}
    ]
  })");
}
}  // namespace

TEST_CASE("REST exerciseinfo records") {
  std::vector<io::import_note> notes;
  const ex::exercise_description e = io::from_wger_exerciseinfo(rest_record(), "", &notes);
  CHECK(e.id == "wger-00000000-0000-4000-8000-000000000001");
  CHECK(e.name == "Test pulldown");
  CHECK(e.primary_muscles == ex::muscle_set{ex::muscle::lats});
  CHECK(e.secondary_muscles ==
        ex::muscle_set{ex::muscle::traps, ex::muscle::upper_back, ex::muscle::biceps});
  CHECK(e.group_level_muscles);
  CHECK(*e.equipment == ex::equipment_set{ex::equipment::cable});
  CHECK(e.summary == "Sit tall under the bar.");
  CHECK(e.steps ==
        std::vector<std::string>{"Pull the bar to the chest & squeeze.", "Let it rise slowly."});
  CHECK(e.aliases == std::vector<std::string>{"Cable pulldown"});
  CHECK(e.cues == std::vector<std::string>{"Elbows down, not back"});
  CHECK(e.variation_group == "wger-variations-77");
  REQUIRE(e.license.has_value());
  CHECK(e.license->spdx == "CC-BY-SA-4.0");
  CHECK(e.license->author == "wger.de contributors");  // empty author: wger's own credit
  REQUIRE(e.localized.size() == 1);
  CHECK(e.localized[0].language == "de");
  CHECK(e.localized[0].steps == std::vector<std::string>{"Aufrecht sitzen."});
  REQUIRE(e.media.size() == 1);
  CHECK(e.media[0].license == "CC-BY-SA-4.0");
  REQUIRE(notes.size() == 1);  // the category "Back"
  // A page of the endpoint works too.
  const json page = {{"count", 1}, {"results", json::array({rest_record()})}};
  CHECK(io::import_wger_exerciseinfo(page).exercises.size() == 1);
}

TEST_CASE("unmapped vocabulary: strict fails naming the path, lenient notes and keeps it") {
  json r = rest_record();
  r["muscles"].push_back({{"id", 99}, {"name", "Musculus imaginarius"}, {"name_en", ""}});
  r["equipment"].push_back({{"id", 99}, {"name", "Sandbag"}});
  try {
    (void)io::from_wger_exerciseinfo(r, "[0]");
    FAIL("no throw");
  } catch (const io::json_error& x) {
    CHECK(x.path() == "[0].muscles[1]");
    CHECK(x.problem().find("Musculus imaginarius") != std::string::npos);
  }
  io::wger_options lenient;
  lenient.lenient = true;
  std::vector<io::import_note> notes;
  const auto e = io::from_wger_exerciseinfo(r, "[0]", &notes, lenient);
  CHECK(e.primary_muscles == ex::muscle_set{ex::muscle::lats});
  CHECK(*e.equipment == ex::equipment_set{ex::equipment::cable});
  std::map<std::string, std::string> kept;
  for (const auto& x : e.extensions)
    kept[x.key] = x.json;
  CHECK(kept["wger_unmapped_muscles"] == R"(["Musculus imaginarius"])");
  CHECK(kept["wger_unmapped_equipment"] == R"(["Sandbag"])");
  int unmapped = 0;
  for (const auto& n : notes)
    unmapped += n.message.find("kept verbatim") != std::string::npos ? 1 : 0;
  CHECK(unmapped == 2);
  // A record without a translation has no name: strict fails, lenient uses the uuid.
  json bare = rest_record();
  bare.erase("translations");
  CHECK_THROWS_AS((void)io::from_wger_exerciseinfo(bare), io::json_error);
  CHECK(io::from_wger_exerciseinfo(bare, "", nullptr, lenient).name ==
        "00000000-0000-4000-8000-000000000001");
  // Malformed input is an error naming the field.
  json broken = rest_record();
  broken["muscles"] = "lats";
  CHECK_THROWS_AS((void)io::from_wger_exerciseinfo(broken), io::json_error);
}

TEST_CASE("descriptions become plain steps") {
  json r = rest_record();
  r["translations"][0]["description"] = "<p>First paragraph.</p>\n<p>Second &lt;one&gt;.</p>";
  auto e = io::from_wger_exerciseinfo(r);
  CHECK(e.steps == std::vector<std::string>{"First paragraph.", "Second <one>."});
  CHECK(e.summary.empty());
  r["translations"][0]["description"] = "Plain text, no tags";
  e = io::from_wger_exerciseinfo(r);
  CHECK(e.steps == std::vector<std::string>{"Plain text, no tags"});
}
