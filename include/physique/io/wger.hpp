// SPDX-License-Identifier: MIT
// Import of wger's exercise data (github.com/wger-project/wger): the Django fixture dump
// (`exercise-base-data.json` with `translations.json` and the vocabulary fixtures) and the
// records of the REST endpoint `exerciseinfo`. wger's 16 muscles and 12 equipment items are
// mapped onto this library's vocabulary by the tables `wger_muscle_map` and
// `wger_equipment_map`; every language's name, description, aliases and comments are kept;
// each record's licence and author become attribution. Part of the optional JSON component
// (needs nlohmann/json); never included by <physique/physique.hpp>.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <physique/io/json.hpp>

namespace physique::io {

/// Requirement text of `json_error` for wger input.
inline constexpr const char* wger_requirement =
    "must be a wger exercise record with known vocabulary";
/// Name of the wger data set in `source_ref::dataset`.
inline constexpr const char* wger_dataset = "wger";
/// Credit for records whose author field is empty (wger's own instruction).
inline constexpr const char* wger_default_author = "wger.de contributors";
/// Address of the wger project, in `source_ref::uri`.
inline constexpr const char* wger_source_uri = "https://github.com/wger-project/wger";

/// One row of the muscle mapping: wger's Latin name (always present), its English name
/// (empty for some), and this library's muscles.
struct wger_muscle_row {
  std::string_view latin;        ///< wger's Latin name
  std::string_view english;      ///< wger's English name, empty for some
  exercise::muscle_set muscles;  ///< this library's muscles it maps to
};

/// wger's 16 muscles onto the 26 of this library. wger has no separate rhomboid or middle
/// trapezius: its "Trapezius" is the whole muscle, so it becomes `traps` + `upper_back`.
/// Rows are matched on the Latin name, or the English one, ignoring case.
[[nodiscard]] constexpr std::array<wger_muscle_row, 16> wger_muscle_map() noexcept {
  using exercise::muscle;
  return {{
      {"Biceps brachii", "Biceps", {muscle::biceps}},
      {"Anterior deltoid", "Shoulders", {muscle::front_delt}},
      {"Serratus anterior", "", {muscle::serratus}},
      {"Pectoralis major", "Chest", {muscle::chest}},
      {"Triceps brachii", "Triceps", {muscle::triceps}},
      {"Rectus abdominis", "Abs", {muscle::abs}},
      {"Gastrocnemius", "Calves", {muscle::calves}},
      {"Gluteus maximus", "Glutes", {muscle::glutes}},
      {"Trapezius", "", {muscle::traps, muscle::upper_back}},
      {"Quadriceps femoris", "Quads", {muscle::quads}},
      {"Biceps femoris", "Hamstrings", {muscle::hamstrings}},
      {"Latissimus dorsi", "Lats", {muscle::lats}},
      {"Brachialis", "", {muscle::brachialis}},
      {"Obliquus externus abdominis", "", {muscle::obliques}},
      {"Soleus", "", {muscle::soleus}},
      {"Erector spinae", "Lower back", {muscle::lower_back}},
  }};
}

/// One row of the equipment mapping.
struct wger_equipment_row {
  std::string_view name;      ///< wger's equipment name
  exercise::equipment value;  ///< this library's equipment it maps to
};

/// wger's 12 equipment items. "Incline bench" becomes `bench` (the model's bench covers
/// flat, incline and decline); "none (bodyweight exercise)" becomes `bodyweight`.
[[nodiscard]] constexpr std::array<wger_equipment_row, 12> wger_equipment_map() noexcept {
  using exercise::equipment;
  return {{
      {"Barbell", equipment::barbell},
      {"SZ-Bar", equipment::ez_bar},
      {"Dumbbell", equipment::dumbbell},
      {"Gym mat", equipment::mat},
      {"Swiss Ball", equipment::stability_ball},
      {"Pull-up bar", equipment::pull_up_bar},
      {"none (bodyweight exercise)", equipment::bodyweight},
      {"Bench", equipment::bench},
      {"Incline bench", equipment::bench},
      {"Kettlebell", equipment::kettlebell},
      {"Resistance band", equipment::band},
      {"Cable machine", equipment::cable},
  }};
}

/// One row of the licence mapping: wger's short name and the SPDX identifier.
struct wger_license_row {
  std::string_view short_name;  ///< wger's short licence name ("CC-BY-SA 4")
  std::string_view spdx;        ///< SPDX identifier ("CC-BY-SA-4.0")
};

/// wger's five licences (`licenses.json`) as SPDX identifiers.
[[nodiscard]] constexpr std::array<wger_license_row, 5> wger_license_map() noexcept {
  return {{{"CC-BY-SA 3", "CC-BY-SA-3.0"},
           {"CC-BY-SA 4", "CC-BY-SA-4.0"},
           {"CC0", "CC0-1.0"},
           {"CC-BY 4", "CC-BY-4.0"},
           {"ODbL", "ODbL-1.0"}}};
}

/// Options of the wger importers.
struct wger_options {
  /// Strict (false, the default): an unknown muscle, equipment item, licence or language,
  /// a dangling key or a record without any translation is an error. Lenient (true): the
  /// value is kept verbatim in `extensions` and an `import_note` says what was not mapped.
  bool lenient = false;
  /// The language whose text fills `name`, `summary`, `steps`, `aliases` and `cues`
  /// (wger's short name); the other languages go to `localized`.
  std::string main_language = "en";
};

/// The decoded vocabulary fixtures: wger's foreign keys to names.
struct wger_vocabulary {
  std::map<long long, std::pair<std::string, std::string>> muscles;   ///< pk -> Latin, English
  std::map<long long, std::string> equipment;                         ///< pk -> name
  std::map<long long, std::string> categories;                        ///< pk -> name
  std::map<long long, std::string> languages;                         ///< pk -> short name
  std::map<long long, std::pair<std::string, std::string>> licenses;  ///< pk -> short, url
};

namespace detail {

/// The tables as objects with static storage (rows are pointed at while matching).
inline constexpr auto wger_muscles = wger_muscle_map();
inline constexpr auto wger_equipment = wger_equipment_map();

inline std::string wger_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = exercise::detail::lower_ascii(c);
  return out;
}

inline long long wger_key(const nlohmann::json& v, const std::string& path) {
  expect_type(v, v.is_number_integer(), "an integer key", path, wger_requirement);
  return v.get<long long>();
}

inline std::string wger_string(const nlohmann::json& obj, const char* key,
                               const std::string& path) {
  const nlohmann::json* v = member(obj, key);
  return v == nullptr ? std::string() : as_string(*v, child(path, key), wger_requirement);
}

/// The records of one fixture model (`{"model": ..., "pk": ..., "fields": {...}}`).
template <class F>
void for_each_fixture(const nlohmann::json& fixture, std::string_view model,
                      const std::string& path, F&& f) {
  expect_type(fixture, fixture.is_array(), "an array of fixture records", path, wger_requirement);
  for (std::size_t i = 0; i < fixture.size(); ++i) {
    const std::string p = child(path, i);
    const nlohmann::json& r = expect_object(fixture[i], p, wger_requirement);
    const nlohmann::json* m = member(r, "model");
    if (m == nullptr || as_string(*m, child(p, "model"), wger_requirement) != model) continue;
    const nlohmann::json* pk = member(r, "pk");
    if (pk == nullptr) fail(child(p, "pk"), "required field is missing", wger_requirement);
    const nlohmann::json* fields = member(r, "fields");
    if (fields == nullptr) fail(child(p, "fields"), "required field is missing", wger_requirement);
    f(wger_key(*pk, child(p, "pk")), expect_object(*fields, child(p, "fields"), wger_requirement),
      child(p, "fields"));
  }
}

/// Decodes the HTML entities wger's rendered descriptions use.
inline std::string wger_decode_entities(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> named{{
      {"&amp;", "&"},
      {"&lt;", "<"},
      {"&gt;", ">"},
      {"&quot;", "\""},
      {"&#39;", "'"},
      {"&nbsp;", " "},
  }};
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    bool done = false;
    if (s[i] == '&') {
      for (const auto& [from, to] : named) {
        if (s.substr(i, from.size()) == from) {
          out += to;
          i += from.size();
          done = true;
          break;
        }
      }
    }
    if (!done) out += s[i++];
  }
  return out;
}

/// Collapses runs of white space and trims.
inline std::string wger_clean(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    const bool ws = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

/// Plain text of one HTML block (tags removed, entities decoded, white space collapsed).
inline std::string wger_text_of(std::string_view html) {
  std::string text;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') {
      in_tag = true;
      text += ' ';
    } else if (c == '>') {
      in_tag = false;
    } else if (!in_tag) {
      text += c;
    }
  }
  return wger_clean(wger_decode_entities(text));
}

/// Contents of every `<tag ...>...</tag>` element, in order (no nesting of the same tag).
inline std::vector<std::string> wger_elements(std::string_view html, std::string_view tag) {
  std::vector<std::string> out;
  const std::string lower = wger_lower(html);
  const std::string open = "<" + std::string(tag);
  const std::string close = "</" + std::string(tag) + ">";
  std::size_t at = 0;
  while ((at = lower.find(open, at)) != std::string::npos) {
    const char after = at + open.size() < lower.size() ? lower[at + open.size()] : '>';
    if (after != '>' && after != ' ') {
      at += open.size();
      continue;
    }
    const std::size_t start = lower.find('>', at);
    if (start == std::string::npos) break;
    const std::size_t end = lower.find(close, start);
    const std::size_t stop = end == std::string::npos ? lower.size() : end;
    out.emplace_back(html.substr(start + 1, stop - start - 1));
    at = stop;
  }
  return out;
}

/// Plain steps from a description: list items when there are any (text around them becomes
/// the summary), else one step per paragraph; HTML from `description`, or Markdown from
/// `description_source` when the HTML is empty (lines starting "-", "*" or "1." are list
/// items; blank lines separate paragraphs).
struct wger_text {
  std::string summary;
  std::vector<std::string> steps;
};

inline wger_text wger_steps_from_html(std::string_view html) {
  wger_text out;
  for (const std::string& li : wger_elements(html, "li")) {
    std::string t = wger_text_of(li);
    if (!t.empty()) out.steps.push_back(std::move(t));
  }
  std::vector<std::string> paragraphs;
  for (const std::string& p : wger_elements(html, "p")) {
    std::string t = wger_text_of(p);
    if (!t.empty()) paragraphs.push_back(std::move(t));
  }
  if (paragraphs.empty() && out.steps.empty()) {
    std::string t = wger_text_of(html);
    if (!t.empty()) paragraphs.push_back(std::move(t));
  }
  if (out.steps.empty()) {
    out.steps = std::move(paragraphs);
  } else {
    for (const std::string& p : paragraphs)
      out.summary += (out.summary.empty() ? "" : " ") + p;
  }
  return out;
}

inline wger_text wger_steps_from_markdown(std::string_view md) {
  wger_text out;
  std::vector<std::string> paragraphs;
  std::string current;
  auto flush = [&] {
    std::string t = wger_clean(current);
    if (!t.empty()) paragraphs.push_back(std::move(t));
    current.clear();
  };
  std::size_t start = 0;
  while (start <= md.size()) {
    const std::size_t end = std::min(md.find('\n', start), md.size());
    std::string_view line = md.substr(start, end - start);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
      line.remove_prefix(1);
    std::size_t marker = 0;
    if (line.size() > 1 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') marker = 2;
    std::size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9')
      ++digits;
    if (digits > 0 && digits + 1 < line.size() && line[digits] == '.' && line[digits + 1] == ' ')
      marker = digits + 2;
    if (marker > 0) {
      flush();
      std::string t = wger_clean(line.substr(marker));
      if (!t.empty()) out.steps.push_back(std::move(t));
    } else if (line.empty()) {
      flush();
    } else {
      current += ' ';
      current += line;
    }
    start = end + 1;
  }
  flush();
  if (out.steps.empty()) {
    out.steps = std::move(paragraphs);
  } else {
    for (const std::string& p : paragraphs)
      out.summary += (out.summary.empty() ? "" : " ") + p;
  }
  return out;
}

/// The parts of a translation the importer needs, from either format.
struct wger_translation {
  std::string uuid;
  std::string language;  ///< short name ("de"), or "wger-language-<pk>" when unknown
  std::string name;
  wger_text text;
  std::vector<std::string> aliases;
  std::vector<std::string> comments;
  exercise::license_info license;
};

/// The parts of an exercise record, from either format.
struct wger_record {
  std::string uuid;
  std::string path;
  long long pk = 0;
  std::vector<std::pair<std::string, std::string>> primary;  ///< Latin, English names
  std::vector<std::pair<std::string, std::string>> secondary;
  std::vector<std::string> equipment;
  std::string category;
  std::string variation_group;
  exercise::license_info license;
  std::vector<wger_translation> translations;
  std::vector<exercise::media_ref> media;
  std::vector<exercise::extension_field> extensions;
};

/// Reports something not mapped: strict mode fails, lenient mode notes it.
struct wger_reporter {
  const wger_options& options;
  std::vector<import_note>* notes;
  void unmapped(const std::string& path, const std::string& problem) const {
    if (!options.lenient) fail(path, problem, wger_requirement);
    note(path, problem + "; kept verbatim in extensions");
  }
  void note(const std::string& path, const std::string& message) const {
    if (notes != nullptr) notes->push_back(import_note{path, message});
  }
};

inline std::string wger_spdx(std::string_view short_name) {
  const std::string wanted = wger_lower(short_name);
  for (const wger_license_row& row : wger_license_map()) {
    if (wger_lower(row.short_name) == wanted) return std::string(row.spdx);
  }
  return {};
}

/// Licence and author fields of a record (shared by both formats). `short_name` and `url`
/// come from the licence key or object.
inline exercise::license_info wger_license(const nlohmann::json& fields, const std::string& path,
                                           const std::string& short_name, const std::string& url,
                                           const wger_reporter& report,
                                           std::vector<exercise::extension_field>& kept) {
  exercise::license_info l;
  l.spdx = wger_spdx(short_name);
  if (l.spdx.empty()) {
    report.unmapped(child(path, "license"), "unknown licence " + quote_text(short_name) +
                                                " (expected one of CC-BY-SA 3, "
                                                "CC-BY-SA 4, CC0, CC-BY 4, ODbL)");
    kept.push_back(exercise::extension_field{"wger_license", nlohmann::json(short_name).dump()});
    l.spdx = short_name;
  }
  l.author = wger_string(fields, "license_author", path);
  if (l.author.empty()) l.author = wger_default_author;
  l.author_uri = wger_string(fields, "license_author_url", path);
  l.title = wger_string(fields, "license_title", path);
  l.object_uri = wger_string(fields, "license_object_url", path);
  l.derivative_of = wger_string(fields, "license_derivative_source_url", path);
  if (l.object_uri.empty()) l.object_uri = url;
  return l;
}

inline nlohmann::json wger_license_json(const exercise::license_info& l) {
  nlohmann::json j;
  j["license"] = l.spdx;
  j["author"] = l.author;
  if (!l.author_uri.empty()) j["author_url"] = l.author_uri;
  if (!l.title.empty()) j["title"] = l.title;
  if (!l.object_uri.empty()) j["object_url"] = l.object_uri;
  if (!l.derivative_of.empty()) j["derivative_source_url"] = l.derivative_of;
  return j;
}

/// Builds the description from a decoded record: the mapping tables, texts and attribution.
inline exercise::exercise_description wger_describe(const wger_record& r,
                                                    const wger_reporter& report) {
  namespace ex = physique::exercise;
  ex::exercise_description e;
  e.id = "wger-" + slug_of(r.uuid);
  const std::string record = "record " + quote_text(r.uuid) + ": ";
  std::vector<ex::extension_field> extensions = r.extensions;

  // Muscles through the table, on the Latin or the English name.
  std::vector<std::string> unmapped_muscles;
  auto muscles = [&](const std::vector<std::pair<std::string, std::string>>& names,
                     const char* key) {
    ex::muscle_set out;
    for (std::size_t i = 0; i < names.size(); ++i) {
      const std::string latin = wger_lower(names[i].first);
      const std::string english = wger_lower(names[i].second);
      const wger_muscle_row* hit = nullptr;
      for (const wger_muscle_row& row : wger_muscles) {
        if (wger_lower(row.latin) == latin ||
            (!english.empty() && !row.english.empty() && wger_lower(row.english) == english)) {
          hit = &row;
          break;
        }
      }
      if (hit == nullptr) {
        const std::string shown = names[i].first.empty() ? names[i].second : names[i].first;
        report.unmapped(child(child(r.path, key), i),
                        record + "unknown muscle " + quote_text(shown));
        unmapped_muscles.push_back(shown);
        continue;
      }
      out |= hit->muscles;
      if (hit->muscles.size() > 1) e.group_level_muscles = true;
    }
    return out;
  };
  e.primary_muscles = muscles(r.primary, "muscles");
  const ex::muscle_set secondary = muscles(r.secondary, "muscles_secondary");
  if (!(secondary & e.primary_muscles).empty()) {
    report.note(child(r.path, "muscles_secondary"),
                record + "a muscle listed as both primary and secondary is kept as primary only");
  }
  e.secondary_muscles = secondary - e.primary_muscles;
  if (!unmapped_muscles.empty()) {
    extensions.push_back(
        ex::extension_field{"wger_unmapped_muscles", nlohmann::json(unmapped_muscles).dump()});
  }

  // Equipment; an empty list means wger does not say (unknown), not "none".
  std::vector<std::string> unmapped_equipment;
  if (!r.equipment.empty()) {
    ex::equipment_set kit;
    for (std::size_t i = 0; i < r.equipment.size(); ++i) {
      const std::string name = wger_lower(r.equipment[i]);
      const wger_equipment_row* hit = nullptr;
      for (const wger_equipment_row& row : wger_equipment) {
        if (wger_lower(row.name) == name) hit = &row;
      }
      if (hit == nullptr) {
        report.unmapped(child(child(r.path, "equipment"), i),
                        record + "unknown equipment " + quote_text(r.equipment[i]));
        unmapped_equipment.push_back(r.equipment[i]);
        continue;
      }
      kit |= ex::equipment_set{hit->value};
    }
    if (!kit.empty()) e.equipment = kit;
  }
  if (!unmapped_equipment.empty()) {
    extensions.push_back(
        ex::extension_field{"wger_unmapped_equipment", nlohmann::json(unmapped_equipment).dump()});
  }

  // Category: a body region in wger, except "Cardio", which is a modality.
  if (!r.category.empty()) {
    if (wger_lower(r.category) == "cardio") {
      e.modality = ex::modality::cardio;
    } else {
      report.note(child(r.path, "category"),
                  record + "category " + quote_text(r.category) +
                      " is a body region with no field in the model; kept as wger_category");
      extensions.push_back(ex::extension_field{"wger_category", nlohmann::json(r.category).dump()});
    }
  }

  if (!r.variation_group.empty()) e.variation_group = "wger-" + slug_of(r.variation_group);

  // Texts: the main language fills the main fields, the others `localized`.
  const wger_translation* main = nullptr;
  for (const wger_translation& t : r.translations) {
    if (t.language == report.options.main_language) main = &t;
  }
  if (r.translations.empty()) {
    report.unmapped(child(r.path, "translations"), record + "has no translation (no name)");
    e.name = r.uuid;
  } else if (main == nullptr) {
    main = &r.translations.front();
    report.note(child(r.path, "translations"),
                record + "no " + quote_text(report.options.main_language) +
                    " translation; name and text taken from " + quote_text(main->language));
  }
  nlohmann::json attribution = nlohmann::json::array();
  for (const wger_translation& t : r.translations) {
    if (&t == main) {
      e.name = t.name;
      e.summary = t.text.summary;
      e.steps = t.text.steps;
      e.aliases = t.aliases;
      e.cues = t.comments;
    } else {
      e.localized.push_back(ex::localized_text{t.language, t.name, t.aliases, t.text.summary,
                                               t.text.steps, t.comments});
    }
    nlohmann::json a = wger_license_json(t.license);
    a["language"] = t.language;
    a["translation"] = t.uuid;
    attribution.push_back(std::move(a));
  }
  if (!attribution.empty()) {
    extensions.push_back(ex::extension_field{"wger_translation_licenses", attribution.dump()});
  }

  e.license = r.license;
  e.source = ex::source_ref{wger_dataset, r.uuid, wger_source_uri};
  e.media = r.media;
  // Languages and extensions in key order, as this library's JSON writes and reads them.
  std::stable_sort(e.localized.begin(), e.localized.end(),
                   [](const ex::localized_text& a, const ex::localized_text& b) {
                     return a.language < b.language;
                   });
  std::stable_sort(
      extensions.begin(), extensions.end(),
      [](const ex::extension_field& a, const ex::extension_field& b) { return a.key < b.key; });
  e.extensions = std::move(extensions);
  return e;
}

}  // namespace detail

/// Decodes wger's vocabulary fixtures (`muscles.json`, `equipment.json`, `categories.json`,
/// `languages.json`, `licenses.json`). \throws json_error for a malformed fixture.
[[nodiscard]] inline wger_vocabulary wger_vocabulary_from_fixtures(const nlohmann::json& muscles,
                                                                   const nlohmann::json& equipment,
                                                                   const nlohmann::json& categories,
                                                                   const nlohmann::json& languages,
                                                                   const nlohmann::json& licenses) {
  wger_vocabulary v;
  detail::for_each_fixture(
      muscles, "exercises.muscle", "muscles",
      [&](long long pk, const nlohmann::json& f, const std::string& p) {
        v.muscles[pk] = {detail::wger_string(f, "name", p), detail::wger_string(f, "name_en", p)};
      });
  detail::for_each_fixture(equipment, "exercises.equipment", "equipment",
                           [&](long long pk, const nlohmann::json& f, const std::string& p) {
                             v.equipment[pk] = detail::wger_string(f, "name", p);
                           });
  detail::for_each_fixture(categories, "exercises.exercisecategory", "categories",
                           [&](long long pk, const nlohmann::json& f, const std::string& p) {
                             v.categories[pk] = detail::wger_string(f, "name", p);
                           });
  detail::for_each_fixture(languages, "core.language", "languages",
                           [&](long long pk, const nlohmann::json& f, const std::string& p) {
                             v.languages[pk] = detail::wger_string(f, "short_name", p);
                           });
  detail::for_each_fixture(licenses, "core.license", "licenses",
                           [&](long long pk, const nlohmann::json& f, const std::string& p) {
                             v.licenses[pk] = {detail::wger_string(f, "short_name", p),
                                               detail::wger_string(f, "url", p)};
                           });
  return v;
}

namespace detail {

inline std::string wger_language(const wger_vocabulary& v, long long pk, const std::string& path,
                                 const wger_reporter& report) {
  auto it = v.languages.find(pk);
  if (it != v.languages.end() && !it->second.empty()) return it->second;
  report.unmapped(path, "unknown language key " + std::to_string(pk));
  return "wger-language-" + std::to_string(pk);
}

inline std::pair<std::string, std::string> wger_license_key(const wger_vocabulary& v,
                                                            const nlohmann::json& fields,
                                                            const std::string& path,
                                                            const wger_reporter& report) {
  const nlohmann::json* l = member(fields, "license");
  if (l == nullptr) return {};
  if (l->is_object()) {
    return {wger_string(*l, "short_name", child(path, "license")),
            wger_string(*l, "url", child(path, "license"))};
  }
  const long long pk = wger_key(*l, child(path, "license"));
  auto it = v.licenses.find(pk);
  if (it != v.licenses.end()) return it->second;
  report.unmapped(child(path, "license"), "unknown licence key " + std::to_string(pk));
  return {"wger-license-" + std::to_string(pk), ""};
}

}  // namespace detail

/// Imports wger's fixture dump: `exercises` holds `exercises.exercise` records
/// (`exercise-base-data.json`), `translations` the `exercises.translation`,
/// `exercises.alias` and `exercises.exercisecomment` records (`translations.json`), decoded
/// with `vocabulary`. One description per exercise, keyed by its uuid (id
/// "wger-<uuid>"; names are not unique). See docs/json.md for the mapping.
/// \throws json_error naming the field path for malformed records, and (strict mode) for
///         unknown vocabulary, a dangling key or an exercise without a translation.
[[nodiscard]] inline import_result import_wger_fixtures(const nlohmann::json& exercises,
                                                        const nlohmann::json& translations,
                                                        const wger_vocabulary& vocabulary,
                                                        const wger_options& options = {}) {
  namespace ex = physique::exercise;
  import_result out;
  const detail::wger_reporter report{options, &out.notes};
  std::vector<detail::wger_record> records;
  std::map<long long, std::size_t> by_pk;
  detail::for_each_fixture(
      exercises, "exercises.exercise", "exercises",
      [&](long long pk, const nlohmann::json& f, const std::string& p) {
        detail::wger_record r;
        r.pk = pk;
        r.path = p;
        r.uuid = detail::wger_string(f, "uuid", p);
        if (r.uuid.empty())
          detail::fail(detail::child(p, "uuid"), "uuid is missing", wger_requirement);
        auto keys = [&](const char* key, auto&& each) {
          const nlohmann::json* list = detail::member(f, key);
          if (list == nullptr) return;
          const std::string lp = detail::child(p, key);
          detail::expect_type(*list, list->is_array(), "an array of keys", lp, wger_requirement);
          for (std::size_t i = 0; i < list->size(); ++i)
            each(detail::wger_key((*list)[i], detail::child(lp, i)), detail::child(lp, i));
        };
        auto muscle = [&](auto& list) {
          return [&, into = &list](long long k, const std::string& kp) {
            auto it = vocabulary.muscles.find(k);
            if (it == vocabulary.muscles.end()) {
              report.unmapped(kp, "unknown muscle key " + std::to_string(k));
              into->emplace_back("wger-muscle-" + std::to_string(k), "");
              return;
            }
            into->push_back(it->second);
          };
        };
        keys("muscles", muscle(r.primary));
        keys("muscles_secondary", muscle(r.secondary));
        keys("equipment", [&](long long k, const std::string& kp) {
          auto it = vocabulary.equipment.find(k);
          if (it == vocabulary.equipment.end()) {
            report.unmapped(kp, "unknown equipment key " + std::to_string(k));
            r.equipment.push_back("wger-equipment-" + std::to_string(k));
            return;
          }
          r.equipment.push_back(it->second);
        });
        if (const nlohmann::json* c = detail::member(f, "category")) {
          const long long k = detail::wger_key(*c, detail::child(p, "category"));
          auto it = vocabulary.categories.find(k);
          if (it == vocabulary.categories.end()) {
            report.unmapped(detail::child(p, "category"),
                            "unknown category key " + std::to_string(k));
            r.category = "wger-category-" + std::to_string(k);
          } else {
            r.category = it->second;
          }
        }
        r.variation_group = detail::wger_string(f, "variation_group", p);
        const auto [short_name, url] = detail::wger_license_key(vocabulary, f, p, report);
        r.license = detail::wger_license(f, p, short_name, url, report, r.extensions);
        for (const char* key : {"created", "last_update"}) {
          if (const nlohmann::json* v = detail::member(f, key)) {
            r.extensions.push_back(ex::extension_field{std::string("wger_") + key, v->dump()});
          }
        }
        by_pk[pk] = records.size();
        records.push_back(std::move(r));
      });

  // Translations, then their aliases and comments (keyed by the translation's pk).
  std::map<long long, std::pair<std::size_t, std::size_t>> translation_at;
  detail::for_each_fixture(
      translations, "exercises.translation", "translations",
      [&](long long pk, const nlohmann::json& f, const std::string& p) {
        const nlohmann::json* owner = detail::member(f, "exercise");
        if (owner == nullptr)
          detail::fail(detail::child(p, "exercise"), "required field is missing", wger_requirement);
        const long long k = detail::wger_key(*owner, detail::child(p, "exercise"));
        auto it = by_pk.find(k);
        if (it == by_pk.end()) return;  // a translation of an exercise not in this dump
        detail::wger_translation t;
        t.uuid = detail::wger_string(f, "uuid", p);
        t.name = detail::wger_string(f, "name", p);
        const nlohmann::json* lang = detail::member(f, "language");
        if (lang == nullptr)
          detail::fail(detail::child(p, "language"), "required field is missing", wger_requirement);
        t.language =
            detail::wger_language(vocabulary, detail::wger_key(*lang, detail::child(p, "language")),
                                  detail::child(p, "language"), report);
        const std::string html = detail::wger_string(f, "description", p);
        t.text =
            detail::wger_text_of(html).empty()
                ? detail::wger_steps_from_markdown(detail::wger_string(f, "description_source", p))
                : detail::wger_steps_from_html(html);
        const auto [short_name, url] = detail::wger_license_key(vocabulary, f, p, report);
        std::vector<ex::extension_field> ignored;
        t.license = detail::wger_license(f, p, short_name, url, report, ignored);
        auto& owner_record = records[it->second];
        translation_at[pk] = {it->second, owner_record.translations.size()};
        owner_record.translations.push_back(std::move(t));
      });
  auto attach = [&](std::string_view model, const char* key, auto member_of) {
    detail::for_each_fixture(
        translations, model, "translations",
        [&](long long, const nlohmann::json& f, const std::string& p) {
          const nlohmann::json* owner = detail::member(f, "translation");
          if (owner == nullptr)
            detail::fail(detail::child(p, "translation"), "required field is missing",
                         wger_requirement);
          auto it = translation_at.find(detail::wger_key(*owner, detail::child(p, "translation")));
          if (it == translation_at.end()) return;
          auto& t = records[it->second.first].translations[it->second.second];
          (t.*member_of).push_back(detail::wger_string(f, key, p));
        });
  };
  attach("exercises.alias", "alias", &detail::wger_translation::aliases);
  attach("exercises.exercisecomment", "comment", &detail::wger_translation::comments);

  out.exercises.reserve(records.size());
  for (const detail::wger_record& r : records)
    out.exercises.push_back(detail::wger_describe(r, report));
  return out;
}

/// Imports one record of wger's REST endpoint `exerciseinfo` (`/api/v2/exerciseinfo/`):
/// `uuid`, `category` {name}, `muscles` and `muscles_secondary` [{name, name_en}],
/// `equipment` [{name}], `license` {short_name, url} or a key, `license_author`...,
/// `translations` (older versions: `exercises`) [{uuid, name, description, language,
/// aliases [{alias}], notes [{comment}], license...}], `variations` (a group key or uuid),
/// `images` [{image}], `videos` [{video}]. Language and licence keys are decoded with
/// `vocabulary` (e.g. from the fixtures); without one they are unknown. Same mapping and
/// errors as `import_wger_fixtures`.
[[nodiscard]] inline exercise::exercise_description from_wger_exerciseinfo(
    const nlohmann::json& j, const std::string& path = {},
    std::vector<import_note>* notes = nullptr, const wger_options& options = {},
    const wger_vocabulary& vocabulary = {}) {
  namespace ex = physique::exercise;
  using detail::child;
  const detail::wger_reporter report{options, notes};
  detail::expect_object(j, path, wger_requirement);
  detail::wger_record r;
  r.path = path;
  r.uuid = detail::wger_string(j, "uuid", path);
  if (r.uuid.empty()) detail::fail(child(path, "uuid"), "uuid is missing", wger_requirement);
  auto name_of = [&](const nlohmann::json& v, const std::string& p, const char* key) {
    if (v.is_object()) return detail::wger_string(v, key, p);
    return std::string("wger-key-") + std::to_string(detail::wger_key(v, p));
  };
  auto muscle_list = [&](const char* key, auto& into) {
    const nlohmann::json* list = detail::member(j, key);
    if (list == nullptr) return;
    const std::string lp = child(path, key);
    detail::expect_type(*list, list->is_array(), "an array of muscles", lp, wger_requirement);
    for (std::size_t i = 0; i < list->size(); ++i) {
      const nlohmann::json& m = (*list)[i];
      if (m.is_object()) {
        into.emplace_back(detail::wger_string(m, "name", child(lp, i)),
                          detail::wger_string(m, "name_en", child(lp, i)));
      } else {
        const long long k = detail::wger_key(m, child(lp, i));
        auto it = vocabulary.muscles.find(k);
        into.push_back(
            it != vocabulary.muscles.end()
                ? it->second
                : std::pair<std::string, std::string>{"wger-muscle-" + std::to_string(k), ""});
      }
    }
  };
  muscle_list("muscles", r.primary);
  muscle_list("muscles_secondary", r.secondary);
  if (const nlohmann::json* list = detail::member(j, "equipment")) {
    const std::string lp = child(path, "equipment");
    detail::expect_type(*list, list->is_array(), "an array of equipment", lp, wger_requirement);
    for (std::size_t i = 0; i < list->size(); ++i) {
      const nlohmann::json& q = (*list)[i];
      if (q.is_object()) {
        r.equipment.push_back(detail::wger_string(q, "name", child(lp, i)));
      } else {
        const long long k = detail::wger_key(q, child(lp, i));
        auto it = vocabulary.equipment.find(k);
        r.equipment.push_back(
            it != vocabulary.equipment.end() ? it->second : "wger-equipment-" + std::to_string(k));
      }
    }
  }
  if (const nlohmann::json* c = detail::member(j, "category")) {
    r.category = name_of(*c, child(path, "category"), "name");
  }
  for (const char* key : {"variations", "variation_group"}) {
    if (const nlohmann::json* v = detail::member(j, key)) {
      if (v->is_string()) {
        r.variation_group = v->get<std::string>();
      } else if (v->is_number_integer()) {
        r.variation_group = "variations-" + std::to_string(v->get<long long>());
      }
    }
  }
  const auto [short_name, url] = detail::wger_license_key(vocabulary, j, path, report);
  r.license = detail::wger_license(j, path, short_name, url, report, r.extensions);
  const nlohmann::json* list = detail::member(j, "translations");
  const char* list_key = "translations";
  if (list == nullptr) {
    list = detail::member(j, "exercises");
    list_key = "exercises";
  }
  if (list != nullptr) {
    const std::string lp = child(path, list_key);
    detail::expect_type(*list, list->is_array(), "an array of translations", lp, wger_requirement);
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string tp = child(lp, i);
      const nlohmann::json& f = detail::expect_object((*list)[i], tp, wger_requirement);
      detail::wger_translation t;
      t.uuid = detail::wger_string(f, "uuid", tp);
      t.name = detail::wger_string(f, "name", tp);
      if (const nlohmann::json* lang = detail::member(f, "language")) {
        t.language =
            lang->is_object()
                ? detail::wger_string(*lang, "short_name", child(tp, "language"))
                : detail::wger_language(vocabulary, detail::wger_key(*lang, child(tp, "language")),
                                        child(tp, "language"), report);
      }
      t.text = detail::wger_steps_from_html(detail::wger_string(f, "description", tp));
      for (const auto& [key, field, into] :
           {std::tuple{"aliases", "alias", &t.aliases}, std::tuple{"notes", "comment", &t.comments},
            std::tuple{"comments", "comment", &t.comments}}) {
        const nlohmann::json* items = detail::member(f, key);
        if (items == nullptr) continue;
        const std::string ip = child(tp, key);
        detail::expect_type(*items, items->is_array(), "an array", ip, wger_requirement);
        for (std::size_t k = 0; k < items->size(); ++k) {
          const nlohmann::json& item = (*items)[k];
          into->push_back(item.is_object()
                              ? detail::wger_string(item, field, child(ip, k))
                              : detail::as_string(item, child(ip, k), wger_requirement));
        }
      }
      const auto [t_short, t_url] = detail::wger_license_key(vocabulary, f, tp, report);
      std::vector<ex::extension_field> ignored;
      t.license = t_short.empty() ? r.license
                                  : detail::wger_license(f, tp, t_short, t_url, report, ignored);
      r.translations.push_back(std::move(t));
    }
  }
  for (const auto& [key, field, kind] : {std::tuple{"images", "image", ex::media_kind::image},
                                         std::tuple{"videos", "video", ex::media_kind::video}}) {
    const nlohmann::json* items = detail::member(j, key);
    if (items == nullptr || !items->is_array()) continue;
    for (std::size_t k = 0; k < items->size(); ++k) {
      const nlohmann::json& item = (*items)[k];
      if (!item.is_object()) continue;
      const std::string uri = detail::wger_string(item, field, child(child(path, key), k));
      if (!uri.empty()) r.media.push_back(ex::media_ref{kind, uri, r.license.spdx});
    }
  }
  for (const char* key : {"id", "created", "last_update", "last_update_global"}) {
    if (const nlohmann::json* v = detail::member(j, key)) {
      r.extensions.push_back(ex::extension_field{std::string("wger_") + key, v->dump()});
    }
  }
  return detail::wger_describe(r, report);
}

/// Imports `exerciseinfo` records: an array of records, or one page of the endpoint
/// ({"count": ..., "results": [...]}). Error paths read "[3].muscles[0]".
[[nodiscard]] inline import_result import_wger_exerciseinfo(
    const nlohmann::json& records, const wger_options& options = {},
    const wger_vocabulary& vocabulary = {}) {
  const nlohmann::json* list = &records;
  std::string base;
  if (records.is_object()) {
    list = detail::member(records, "results");
    if (list == nullptr) detail::fail("results", "required field is missing", wger_requirement);
    base = "results";
  }
  detail::expect_type(*list, list->is_array(), "an array of records", base, wger_requirement);
  import_result out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    out.exercises.push_back(from_wger_exerciseinfo((*list)[i], detail::child(base, i), &out.notes,
                                                   options, vocabulary));
  }
  return out;
}

}  // namespace physique::io
