// SPDX-License-Identifier: MIT
// `physique exercises`: search the catalog, show one description, import a JSON catalog
// (physique's schema or free-exercise-db) through <physique/io/json.hpp>.
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <physique/core/error.hpp>
#include <physique/exercise.hpp>

#if defined(PHYSIQUE_CLI_HAS_JSON)
#include <physique/io/json.hpp>
#endif

#include "cli.hpp"

namespace physique::cli {

namespace {

namespace ex = physique::exercise;

template <class E>
std::string all_names() {
  std::string s;
  for (E v : ex::all_values<E>()) {
    if (!s.empty()) s += ", ";
    s += ex::to_string(v);
  }
  return s;
}

template <class E>
E parse_vocabulary(const char* flag, std::string_view text) {
  if (auto v = ex::parse_loose<E>(text)) return *v;
  const std::string requirement = "must be one of: " + all_names<E>();
  report_invalid_argument(flag, "\"" + std::string(text) + "\"", requirement.c_str());
}

template <class E>
std::string names_of(ex::enum_set<E> s, bool display = false) {
  std::string out;
  s.for_each([&](E v) {
    if (!out.empty()) out += ", ";
    out += display ? ex::display_name(v) : ex::to_string(v);
  });
  return out;
}

template <class E>
void write_names(json_writer& w, ex::enum_set<E> s) {
  w.begin_array();
  s.for_each([&](E v) { w.value(ex::to_string(v)); });
  w.end_array();
}

[[maybe_unused]] std::string read_file(const char* flag, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) report_invalid_argument(flag, "\"" + path + "\"", "cannot be opened for reading");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

[[noreturn, maybe_unused]] void no_json_support(const char* what) {
  throw usage_error{std::string(what) +
                    " needs nlohmann/json, which is not available in this build"};
}

#if defined(PHYSIQUE_CLI_HAS_JSON)
ex::catalog load_catalog(const std::string& path) {
  return io::parse_catalog(read_file("--catalog", path));
}
#endif

const ex::catalog& chosen_catalog(const arguments& a,
                                  [[maybe_unused]] std::optional<ex::catalog>& storage) {
  if (auto path = a.get("--catalog")) {
#if defined(PHYSIQUE_CLI_HAS_JSON)
    storage = load_catalog(*path);
    return *storage;
#else
    no_json_support("--catalog");
#endif
  }
  return ex::builtin_catalog();
}

void write_summary(json_writer& w, const ex::exercise_description& e) {
  w.begin_object();
  w.member("id", e.id).member("name", e.name);
  w.key("movement_pattern");
  e.movement_pattern ? w.value(ex::to_string(*e.movement_pattern)) : w.null();
  w.key("level");
  e.level ? w.value(ex::to_string(*e.level)) : w.null();
  w.key("equipment");
  e.equipment ? write_names(w, *e.equipment) : static_cast<void>(w.null());
  w.key("primary_muscles");
  write_names(w, e.primary_muscles);
  w.key("secondary_muscles");
  write_names(w, e.secondary_muscles);
  w.end_object();
}

int search(const arguments& a) {
  std::optional<ex::catalog> storage;
  const ex::catalog& cat = chosen_catalog(a, storage);
  ex::exercise_query q;
  if (auto m = a.get("--muscle")) q.muscle = parse_vocabulary<ex::muscle>("--muscle", *m);
  if (auto g = a.get("--group")) q.group = parse_vocabulary<ex::muscle_group>("--group", *g);
  if (a.has("--any-role")) q.role = ex::muscle_role::any;
  if (auto p = a.get("--pattern")) {
    q.pattern = parse_vocabulary<ex::movement_pattern>("--pattern", *p);
  }
  if (auto l = a.get("--level")) q.max_level = parse_vocabulary<ex::level>("--level", *l);
  if (auto list = a.get("--equipment"))
    q.available_equipment = parse_equipment_list("--equipment", *list);
  const std::vector<const ex::exercise_description*> found = cat.select(q);

  if (a.json()) {
    json_writer w;
    w.begin_object();
    w.member("count", static_cast<unsigned>(found.size()));
    w.key("exercises").begin_array();
    for (const auto* e : found)
      write_summary(w, *e);
    w.end_array();
    w.end_object();
    std::cout << w.str() << '\n';
    return 0;
  }
  std::cout << found.size() << " of " << cat.size() << " exercises match\n";
  if (found.empty()) return 0;
  std::cout << '\n';
  text_table table({"id", "name", "pattern", "equipment", "primary muscles"}, "lllll");
  for (const auto* e : found) {
    table.add({e->id, e->name,
               e->movement_pattern ? std::string(ex::to_string(*e->movement_pattern)) : "-",
               e->equipment ? names_of(*e->equipment) : "unknown", names_of(e->primary_muscles)});
  }
  table.print(std::cout);
  return 0;
}

void list(const char* title, const std::vector<std::string>& items, bool numbered) {
  if (items.empty()) return;
  std::cout << '\n' << title << ":\n";
  int n = 0;
  for (const std::string& s : items) {
    if (numbered) {
      std::cout << "  " << ++n << ". " << s << '\n';
    } else {
      std::cout << "  - " << s << '\n';
    }
  }
}

std::string range_text(const ex::closed_range<unsigned>& r) {
  return r.low == r.high ? std::to_string(r.low)
                         : std::to_string(r.low) + "-" + std::to_string(r.high);
}

std::string range_text(const ex::closed_range<double>& r) {
  return r.low == r.high ? fixed(r.low, 1) : fixed(r.low, 1) + "-" + fixed(r.high, 1);
}

void print_description(const ex::exercise_description& e) {
  std::cout << e.name << " (" << e.id << ")\n";
  if (!e.aliases.empty()) {
    std::string s;
    for (const auto& x : e.aliases)
      s += (s.empty() ? "" : ", ") + x;
    std::cout << "Also called: " << s << '\n';
  }
  if (!e.summary.empty()) std::cout << '\n' << e.summary << '\n';
  std::cout << '\n';
  const auto show = [](const char* label, auto opt) {
    if (opt) std::cout << "  " << label << ": " << ex::display_name(*opt) << '\n';
  };
  show("Level", e.level);
  show("Modality", e.modality);
  show("Mechanic", e.mechanic);
  show("Force", e.force);
  show("Movement pattern", e.movement_pattern);
  show("Laterality", e.laterality);
  std::cout << "  Primary muscles: " << names_of(e.primary_muscles, true) << '\n';
  if (!e.secondary_muscles.empty()) {
    std::cout << "  Secondary muscles: " << names_of(e.secondary_muscles, true) << '\n';
  }
  std::cout << "  Equipment: " << (e.equipment ? names_of(*e.equipment, true) : "unknown") << '\n';
  for (const auto& alt : e.equipment_options) {
    std::cout << "    or: " << names_of(alt, true) << '\n';
  }
  if (e.tempo)
    std::cout << "  Tempo: " << ex::to_string(*e.tempo) << " (eccentric-pause-concentric-pause)\n";
  list("Setup", e.setup, true);
  list("Steps", e.steps, true);
  list("Cues", e.cues, false);
  list("Common mistakes", e.mistakes, false);
  if (e.breathing) {
    std::string text;
    const auto lower = [](std::string_view v) {
      std::string t(v);
      if (!t.empty() && t[0] >= 'A' && t[0] <= 'Z') t[0] = static_cast<char>(t[0] - 'A' + 'a');
      return t;
    };
    if (e.breathing->inhale) text += "in " + lower(ex::display_name(*e.breathing->inhale));
    if (e.breathing->exhale) {
      text += (text.empty() ? "out " : ", out ") + lower(ex::display_name(*e.breathing->exhale));
    }
    if (e.breathing->brace && *e.breathing->brace) text += text.empty() ? "braced" : ", braced";
    std::cout << "\nBreathing: " << text << '\n';
    if (!e.breathing->note.empty()) std::cout << "  " << e.breathing->note << '\n';
  }
  if (!e.rep_guidance.empty()) {
    std::cout << "\nRep guidance:\n";
    for (const auto& g : e.rep_guidance) {
      std::string dose;
      const auto part = [&](const std::string& x) { dose += (dose.empty() ? "" : ", ") + x; };
      std::string volume;
      if (g.sets) volume = range_text(*g.sets) + " sets";
      if (g.reps) volume += (volume.empty() ? "" : " x ") + range_text(*g.reps) + " reps";
      if (g.seconds) volume += (volume.empty() ? "" : " x ") + range_text(*g.seconds) + " s";
      if (!volume.empty()) part(volume + (g.per_side && *g.per_side ? " per side" : ""));
      if (g.rir) part(range_text(*g.rir) + " RIR");
      if (g.rpe) part("RPE " + range_text(*g.rpe));
      if (g.rest_seconds) part("rest " + range_text(*g.rest_seconds) + " s");
      std::cout << "  - " << ex::display_name(g.goal) << ": " << dose << '\n';
      if (!g.note.empty()) std::cout << "    " << g.note << '\n';
    }
  }
  list("Harder", e.progressions, false);
  list("Easier", e.regressions, false);
  if (!e.substitutes.empty()) {
    std::cout << "\nSubstitutes:\n";
    for (const auto& s : e.substitutes) {
      std::cout << "  - " << s.id << " (" << ex::display_name(s.reason) << ")\n";
    }
  }
  if (e.source || e.license) {
    std::cout << '\n';
    if (e.source) std::cout << "Source: " << e.source->dataset << ' ' << e.source->id << '\n';
    if (e.license && !e.license->spdx.empty()) std::cout << "License: " << e.license->spdx << '\n';
  }
}

[[maybe_unused]] void write_description(json_writer& w, const ex::exercise_description& e) {
  // The fields a reader needs; builds with nlohmann/json print the full schema instead.
  w.begin_object();
  w.member("id", e.id).member("name", e.name).member("summary", e.summary);
  const auto opt = [&](const char* k, auto o) {
    if (o) w.member(k, ex::to_string(*o));
  };
  opt("level", e.level);
  opt("modality", e.modality);
  opt("mechanic", e.mechanic);
  opt("force", e.force);
  opt("movement_pattern", e.movement_pattern);
  opt("laterality", e.laterality);
  w.key("primary_muscles");
  write_names(w, e.primary_muscles);
  w.key("secondary_muscles");
  write_names(w, e.secondary_muscles);
  if (e.equipment) {
    w.key("equipment");
    write_names(w, *e.equipment);
  }
  const auto strings = [&](const char* k, const std::vector<std::string>& v) {
    w.key(k).begin_array();
    for (const auto& s : v)
      w.value(s);
    w.end_array();
  };
  strings("setup", e.setup);
  strings("steps", e.steps);
  strings("cues", e.cues);
  strings("mistakes", e.mistakes);
  if (e.tempo) w.member("tempo", ex::to_string(*e.tempo));
  strings("progressions", e.progressions);
  strings("regressions", e.regressions);
  w.end_object();
}

int show(const arguments& a) {
  if (a.positional().size() < 2) throw usage_error{"show needs an exercise id"};
  if (a.positional().size() > 2) throw usage_error{"unexpected argument " + a.positional()[2]};
  std::optional<ex::catalog> storage;
  const ex::catalog& cat = chosen_catalog(a, storage);
  const std::string& id = a.positional()[1];
  const ex::exercise_description* e = cat.find(id);
  if (e == nullptr) {
    report_invalid_argument(
        "id", "\"" + id + "\"",
        "is not in the catalog (list the ids with 'physique exercises search')");
  }
  if (a.json()) {
#if defined(PHYSIQUE_CLI_HAS_JSON)
    std::cout << io::to_json(*e).dump(2) << '\n';
#else
    json_writer w;
    write_description(w, *e);
    std::cout << w.str() << '\n';
#endif
    return 0;
  }
  print_description(*e);
  return 0;
}

int import(const arguments& a) {
  if (a.positional().size() < 2) throw usage_error{"import needs a FILE"};
  if (a.positional().size() > 2) throw usage_error{"unexpected argument " + a.positional()[2]};
#if defined(PHYSIQUE_CLI_HAS_JSON)
  const std::string& path = a.positional()[1];
  const std::string text = read_file("FILE", path);
  const nlohmann::json doc = io::parse_json(text);
  std::string format = a.get("--format").value_or("");
  if (format.empty()) {
    const bool fedb =
        doc.is_array() && !doc.empty() && doc[0].is_object() && doc[0].contains("primaryMuscles");
    format = fedb ? "free-exercise-db" : "physique";
  }
  io::import_result result;
  if (format == "free-exercise-db") {
    io::free_exercise_db_options options;
    options.lenient = a.has("--lenient");
    options.guess_movement_pattern = a.has("--guess-patterns");
    result = io::import_free_exercise_db(doc, options);
  } else if (format == "physique") {
    if (a.has("--lenient")) throw usage_error{"--lenient applies to --format free-exercise-db"};
    const ex::catalog c = io::catalog_from_json(doc);
    result.exercises = c.items();
  } else {
    report_invalid_argument("--format", "\"" + format + "\"",
                            "must be physique or free-exercise-db");
  }
  const ex::catalog cat(result.exercises);
  const auto problems = ex::validate(cat);
  if (a.json()) {
    std::cout << io::to_json(cat).dump(2) << '\n';
    return 0;
  }
  std::cout << "Imported " << cat.size() << " exercises from " << path << " (" << format << ")\n";
  std::cout << result.notes.size() << " import notes, " << problems.size()
            << " validation findings\n";
  std::size_t shown = 0;
  for (const auto& n : result.notes) {
    if (++shown > 10) break;
    std::cout << "  note " << n.path << ": " << n.message << '\n';
  }
  shown = 0;
  for (const auto& f : problems) {
    if (++shown > 10) break;
    std::cout << "  finding " << f.exercise_id << ": " << f.message << '\n';
  }
  std::cout << '\n';
  text_table table({"id", "name", "pattern"}, "lll");
  shown = 0;
  for (const auto& e : cat) {
    if (++shown > 20) break;
    table.add(
        {e.id, e.name, e.movement_pattern ? std::string(ex::to_string(*e.movement_pattern)) : "-"});
  }
  table.print(std::cout);
  if (cat.size() > 20) std::cout << "  ... and " << cat.size() - 20 << " more (--json for all)\n";
  return 0;
#else
  no_json_support("exercises import");
#endif
}

}  // namespace

exercise::equipment_set parse_equipment_list(const char* flag, const std::string& list) {
  ex::equipment_set kit{ex::equipment::bodyweight};
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = list.find(',', start);
    const std::string item =
        list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!item.empty()) kit.insert(parse_vocabulary<ex::equipment>(flag, item));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return kit;
}

int run_exercises(const std::vector<std::string>& tokens) {
  const arguments a(tokens, {{"--muscle", true},
                             {"--any-role", false},
                             {"--group", true},
                             {"--equipment", true},
                             {"--pattern", true},
                             {"--level", true},
                             {"--catalog", true},
                             {"--format", true},
                             {"--lenient", false},
                             {"--guess-patterns", false}});
  if (a.help() || a.positional().empty()) {
    if (!a.help()) throw usage_error{"missing action: search, show or import"};
    std::cout << usage_of("exercises");
    return 0;
  }
  const std::string& action = a.positional().front();
  const bool search_flags = a.has("--muscle") || a.has("--any-role") || a.has("--group") ||
                            a.has("--equipment") || a.has("--pattern") || a.has("--level");
  if (action == "search") {
    if (a.positional().size() > 1) throw usage_error{"unexpected argument " + a.positional()[1]};
    if (a.has("--format") || a.has("--lenient") || a.has("--guess-patterns")) {
      throw usage_error{"--format, --lenient and --guess-patterns are for import"};
    }
    return search(a);
  }
  if (search_flags) throw usage_error{"filters (--muscle, --equipment, ...) are for search"};
  if (action == "show") {
    if (a.has("--format") || a.has("--lenient") || a.has("--guess-patterns")) {
      throw usage_error{"--format, --lenient and --guess-patterns are for import"};
    }
    return show(a);
  }
  if (action == "import") {
    if (a.has("--catalog")) throw usage_error{"--catalog is for search and show"};
    return import(a);
  }
  throw usage_error{"unknown action '" + action + "': use search, show or import"};
}

}  // namespace physique::cli
