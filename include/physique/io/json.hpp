// SPDX-License-Identifier: MIT
// JSON import and export of exercise descriptions and catalogs: physique's own schema
// (lossless round trip; unknown keys kept) and free-exercise-db's record format (import with
// the vocabulary mapping of the exercise-model survey, sections 3-5; lossy export).
// Optional: needs nlohmann/json 3.9 or later. Never included by <physique/physique.hpp>.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include <physique/core/error.hpp>
#include <physique/exercise.hpp>

namespace physique::io {

namespace detail {
/// A report whose detail points at `text`; `invalid_argument` copies it.
inline error_report json_report(const std::string& text, const char* requirement) {
  return error_report{"json", 0.0, "", requirement, text.c_str()};
}
}  // namespace detail

/// Error for JSON input that is malformed or does not follow the expected schema. Derives
/// from `physique::invalid_argument`; `what()` reads
/// "physique: invalid json (exercises[3].level: unknown value "expert"...): <requirement>".
/// `path()` is the field path ("exercises[3].level"; empty for the document itself, or a
/// byte offset for syntax errors) and `problem()` what is wrong there.
class json_error : public physique::invalid_argument {
 public:
  json_error(std::string path, std::string problem, const char* requirement)
      : physique::invalid_argument(detail::json_report(describe(path, problem), requirement)),
        path_(std::move(path)),
        problem_(std::move(problem)) {}

  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  [[nodiscard]] const std::string& problem() const noexcept { return problem_; }

 private:
  static std::string describe(const std::string& path, const std::string& problem) {
    return (path.empty() ? std::string("document") : path) + ": " + problem;
  }

  std::string path_;
  std::string problem_;
};

/// Requirement texts of `json_error`.
inline constexpr const char* schema_requirement = "must follow the physique exercise schema";
inline constexpr const char* syntax_requirement = "must be well-formed JSON within the limits";
inline constexpr const char* free_exercise_db_requirement =
    "must be a free-exercise-db record with known vocabulary";

namespace detail {

[[noreturn]] inline void fail(const std::string& path, const std::string& problem,
                              const char* requirement = schema_requirement) {
#if defined(PHYSIQUE_NO_EXCEPTIONS)
  const std::string text = (path.empty() ? std::string("document") : path) + ": " + problem;
  report_invalid_argument(json_report(text, requirement));
#else
  throw json_error(path, problem, requirement);
#endif
}

inline std::string child(const std::string& path, std::string_view key) {
  std::string out = path;
  if (!out.empty()) out += '.';
  out += key;
  return out;
}
inline std::string child(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

inline const char* type_name(const nlohmann::json& v) noexcept {
  return v.type_name();
}

inline std::string quote_text(std::string_view s) {
  // Keeps error messages short and printable for hostile input.
  std::string out = "\"";
  std::size_t n = 0;
  for (char c : s) {
    if (++n > 80) {
      out += "...";
      break;
    }
    out += (c >= 0x20 && c != 0x7f) ? c : '?';
  }
  out += '"';
  return out;
}

inline void expect_type(const nlohmann::json& v, bool ok, const char* expected,
                        const std::string& path, const char* requirement) {
  if (!ok) fail(path, std::string("expected ") + expected + ", got " + type_name(v), requirement);
}

inline const nlohmann::json& expect_object(const nlohmann::json& v, const std::string& path,
                                           const char* requirement = schema_requirement) {
  expect_type(v, v.is_object(), "an object", path, requirement);
  return v;
}

/// The member `key` of object `obj`, or nullptr when absent or null (null means unknown).
inline const nlohmann::json* member(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return nullptr;
  return &*it;
}

inline std::string as_string(const nlohmann::json& v, const std::string& path,
                             const char* requirement = schema_requirement) {
  expect_type(v, v.is_string(), "a string", path, requirement);
  return v.get<std::string>();
}

inline bool as_bool(const nlohmann::json& v, const std::string& path) {
  expect_type(v, v.is_boolean(), "a boolean", path, schema_requirement);
  return v.get<bool>();
}

inline double as_number(const nlohmann::json& v, const std::string& path) {
  expect_type(v, v.is_number(), "a number", path, schema_requirement);
  return v.get<double>();
}

inline unsigned as_count(const nlohmann::json& v, const std::string& path) {
  expect_type(v, v.is_number_unsigned() || (v.is_number_integer() && v.get<long long>() >= 0),
              "a non-negative integer", path, schema_requirement);
  const auto n = v.get<unsigned long long>();
  if (n > 1000000ULL) fail(path, "value " + std::to_string(n) + " is larger than 1000000");
  return static_cast<unsigned>(n);
}

inline std::vector<std::string> as_strings(const nlohmann::json& v, const std::string& path,
                                           const char* requirement = schema_requirement) {
  expect_type(v, v.is_array(), "an array of strings", path, requirement);
  std::vector<std::string> out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i)
    out.push_back(as_string(v[i], child(path, i), requirement));
  return out;
}

template <exercise::vocabulary_enum E>
E as_enum(const nlohmann::json& v, const std::string& path) {
  const std::string text = as_string(v, path);
  if (auto e = exercise::parse<E>(text)) return *e;
  std::string allowed;
  for (E x : exercise::all_values<E>()) {
    if (!allowed.empty()) allowed += ", ";
    allowed += exercise::to_string(x);
  }
  fail(path, "unknown value " + quote_text(text) + " (expected one of " + allowed + ")");
}

template <exercise::vocabulary_enum E>
exercise::enum_set<E> as_enum_set(const nlohmann::json& v, const std::string& path) {
  expect_type(v, v.is_array(), "an array of names", path, schema_requirement);
  exercise::enum_set<E> out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const E e = as_enum<E>(v[i], child(path, i));
    if (out.contains(e))
      fail(child(path, i), "duplicate value " + quote_text(exercise::to_string(e)));
    out.insert(e);
  }
  return out;
}

template <exercise::vocabulary_enum E>
nlohmann::json enum_set_json(exercise::enum_set<E> s) {
  nlohmann::json a = nlohmann::json::array();
  s.for_each([&a](E e) { a.push_back(std::string(exercise::to_string(e))); });
  return a;
}

template <class V>
exercise::closed_range<V> as_range(const nlohmann::json& v, const std::string& path) {
  expect_type(v, v.is_array() && v.size() == 2, "an array [low, high]", path, schema_requirement);
  exercise::closed_range<V> r;
  if constexpr (std::is_same_v<V, unsigned>) {
    r.low = as_count(v[0], child(path, std::size_t{0}));
    r.high = as_count(v[1], child(path, std::size_t{1}));
  } else {
    r.low = as_number(v[0], child(path, std::size_t{0}));
    r.high = as_number(v[1], child(path, std::size_t{1}));
  }
  if (!(r.low <= r.high)) fail(path, "low is greater than high");
  return r;
}

template <class V>
nlohmann::json range_json(const exercise::closed_range<V>& r) {
  return nlohmann::json::array({r.low, r.high});
}

/// Fails on any key of `obj` not in `known` (nested objects of our schema are closed).
inline void reject_unknown_keys(const nlohmann::json& obj, std::initializer_list<const char*> known,
                                const std::string& path) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool ok = false;
    for (const char* k : known)
      ok = ok || it.key() == k;
    if (!ok) fail(child(path, it.key()), "unknown key " + quote_text(it.key()));
  }
}

inline constexpr std::array top_level_key_names{"id",
                                                "name",
                                                "aliases",
                                                "localized",
                                                "summary",
                                                "modality",
                                                "level",
                                                "mechanic",
                                                "force",
                                                "movement_pattern",
                                                "laterality",
                                                "contraction",
                                                "measure",
                                                "primary_muscles",
                                                "secondary_muscles",
                                                "muscle_weights",
                                                "group_level_muscles",
                                                "equipment",
                                                "equipment_options",
                                                "setup",
                                                "steps",
                                                "cues",
                                                "mistakes",
                                                "breathing",
                                                "tempo",
                                                "rep_guidance",
                                                "variation_group",
                                                "variation_of",
                                                "progressions",
                                                "regressions",
                                                "substitutes",
                                                "media",
                                                "source",
                                                "license"};

/// Deepest nesting accepted by default, in text and in documents parsed elsewhere.
inline constexpr std::size_t default_max_depth = 32;

/// The path of the value being built, for messages: `containers` are the open arrays and
/// objects, `keys` the key last read in each open object.
inline std::string path_of(const std::vector<nlohmann::json*>& containers,
                           const std::vector<std::string>& keys) {
  std::string path;
  std::size_t key = 0;
  for (const nlohmann::json* c : containers) {
    if (c->is_array()) {
      if (!c->empty()) path = child(path, c->size() - 1);
    } else if (key < keys.size()) {
      path = child(path, keys[key++]);
    }
  }
  return path;
}

/// Builds a document from SAX events (nlohmann's parser is iterative), refusing nesting
/// deeper than `max_depth` and a key repeated in one object (which a DOM parse would let
/// overwrite the first value silently). One pass, no callback per value: linear time.
class guarded_builder {
 public:
  using json = nlohmann::json;
  explicit guarded_builder(std::size_t max_depth) : max_depth_(max_depth) {}

  bool null() { return put(json(nullptr)); }
  bool boolean(bool v) { return put(json(v)); }
  bool number_integer(json::number_integer_t v) { return put(json(v)); }
  bool number_unsigned(json::number_unsigned_t v) { return put(json(v)); }
  bool number_float(json::number_float_t v, const json::string_t&) { return put(json(v)); }
  bool string(json::string_t& v) { return put(json(std::move(v))); }
  bool binary(json::binary_t& v) { return put(json::binary(std::move(v))); }
  bool start_object(std::size_t) { return open(json::object()); }
  bool start_array(std::size_t) { return open(json::array()); }
  bool end_object() {
    open_.pop_back();
    keys_.pop_back();
    return true;
  }
  bool end_array() {
    open_.pop_back();
    return true;
  }
  bool key(json::string_t& k) {
    json& object = *open_.back();
    if (object.contains(k)) {
      keys_.back() = k;
      fail(path_of(open_, keys_), "duplicate key " + quote_text(k) + " in one object",
           syntax_requirement);
    }
    keys_.back() = k;
    slot_ = &object[k];
    return true;
  }
  bool parse_error(std::size_t byte, const std::string&, const nlohmann::detail::exception& e) {
    error_byte_ = byte;
    error_ = e.what();
    error_is_syntax_ = e.id >= 100 && e.id < 200;  // 1xx: parse errors; 406: number overflow
    return false;
  }

  [[nodiscard]] json take() { return std::move(root_); }
  [[nodiscard]] const std::string& error() const noexcept { return error_; }
  [[nodiscard]] std::size_t error_byte() const noexcept { return error_byte_; }
  [[nodiscard]] bool error_is_syntax() const noexcept { return error_is_syntax_; }

 private:
  bool put(json&& v) { return place(std::move(v)) != nullptr; }
  json* place(json&& v) {
    if (open_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    json& top = *open_.back();
    if (top.is_array()) {
      top.push_back(std::move(v));
      return &top.back();
    }
    *slot_ = std::move(v);
    return slot_;
  }
  bool open(json&& container) {
    if (open_.size() >= max_depth_) {
      fail(path_of(open_, keys_), "nesting deeper than " + std::to_string(max_depth_) + " levels",
           syntax_requirement);
    }
    const bool is_object = container.is_object();
    open_.push_back(place(std::move(container)));
    if (is_object) keys_.emplace_back();
    return true;
  }

  std::size_t max_depth_;
  json root_;
  std::vector<json*> open_;
  std::vector<std::string> keys_;
  json* slot_ = nullptr;
  std::string error_;
  std::size_t error_byte_ = 0;
  bool error_is_syntax_ = true;
};

/// Parses `text` with the guards of `guarded_builder`; fails naming the byte of a syntax
/// error.
inline nlohmann::json guarded_parse(std::string_view text, std::size_t max_depth) {
  guarded_builder builder(max_depth);
  const bool ok = nlohmann::json::sax_parse(text.begin(), text.end(), &builder,
                                            nlohmann::json::input_format_t::json, true, false);
  if (!ok) {
    if (builder.error_is_syntax()) {
      fail("byte " + std::to_string(builder.error_byte()), builder.error(), syntax_requirement);
    }
    fail("", builder.error(), syntax_requirement);  // e.g. 1e999, too large for a double
  }
  return builder.take();
}

/// Fails if a document parsed elsewhere nests deeper than `max_depth`. Iterative, so a
/// document nested 100 000 deep is refused instead of overflowing the stack in the
/// recursive copy and dump of nlohmann::json.
inline void require_depth(const nlohmann::json& root, const std::string& path,
                          std::size_t max_depth = default_max_depth) {
  std::vector<std::pair<const nlohmann::json*, std::size_t>> pending{{&root, 0}};
  while (!pending.empty()) {
    const auto [v, depth] = pending.back();
    pending.pop_back();
    if (!v->is_structured()) continue;
    if (depth >= max_depth) {
      fail(path, "nesting deeper than " + std::to_string(max_depth) + " levels",
           syntax_requirement);
    }
    for (const nlohmann::json& c : *v)
      pending.emplace_back(&c, depth + 1);
  }
}

/// The value of an extension field; fails when its text is not JSON (a hand-made model).
inline nlohmann::json extension_value(const exercise::extension_field& x) {
  nlohmann::json v = nlohmann::json::parse(x.json, nullptr, false);
  if (v.is_discarded()) fail(child("extensions", x.key), "value is not valid JSON text");
  require_depth(v, child("extensions", x.key));
  return v;
}

}  // namespace detail

// ------------------------------------------------------------------------------------------
// physique's schema
// ------------------------------------------------------------------------------------------

/// Serialises a description to physique's JSON schema (see `exercise_json_schema()`).
/// Absent fields are omitted (never written as defaults); extension fields are written back
/// as top-level members. Enums are written as their snake_case names, the tempo in the dashed
/// notation, ranges as [low, high].
[[nodiscard]] inline nlohmann::json to_json(const exercise::exercise_description& e) {
  using nlohmann::json;
  namespace ex = physique::exercise;
  json j = json::object();
  j["id"] = e.id;
  j["name"] = e.name;
  if (!e.aliases.empty()) j["aliases"] = e.aliases;
  if (!e.localized.empty()) {
    json loc = json::object();
    for (const ex::localized_text& t : e.localized) {
      json o = json::object();
      if (!t.name.empty()) o["name"] = t.name;
      if (!t.aliases.empty()) o["aliases"] = t.aliases;
      if (!t.summary.empty()) o["summary"] = t.summary;
      if (!t.steps.empty()) o["steps"] = t.steps;
      if (!t.cues.empty()) o["cues"] = t.cues;
      loc[t.language] = o;
    }
    j["localized"] = loc;
  }
  if (!e.summary.empty()) j["summary"] = e.summary;
  auto put = [&j](const char* key, const auto& opt) {
    if (opt) j[key] = std::string(ex::to_string(*opt));
  };
  put("modality", e.modality);
  put("level", e.level);
  put("mechanic", e.mechanic);
  put("force", e.force);
  put("movement_pattern", e.movement_pattern);
  put("laterality", e.laterality);
  put("contraction", e.contraction);
  if (e.measure || e.load) {
    json m = json::object();
    if (e.measure) m["primary"] = std::string(ex::to_string(*e.measure));
    if (e.load) m["load"] = std::string(ex::to_string(*e.load));
    j["measure"] = m;
  }
  j["primary_muscles"] = detail::enum_set_json(e.primary_muscles);
  if (!e.secondary_muscles.empty())
    j["secondary_muscles"] = detail::enum_set_json(e.secondary_muscles);
  if (!e.muscle_weights.empty()) {
    json w = json::object();
    for (const ex::muscle_credit& c : e.muscle_weights)
      w[std::string(ex::to_string(c.target))] = c.credit;
    j["muscle_weights"] = w;
  }
  if (e.group_level_muscles) j["group_level_muscles"] = true;
  if (e.equipment) j["equipment"] = detail::enum_set_json(*e.equipment);
  if (!e.equipment_options.empty()) {
    json a = json::array();
    for (const ex::equipment_set& kit : e.equipment_options)
      a.push_back(detail::enum_set_json(kit));
    j["equipment_options"] = a;
  }
  if (!e.setup.empty()) j["setup"] = e.setup;
  if (!e.steps.empty()) j["steps"] = e.steps;
  if (!e.cues.empty()) j["cues"] = e.cues;
  if (!e.mistakes.empty()) j["mistakes"] = e.mistakes;
  if (e.breathing) {
    json b = json::object();
    if (e.breathing->inhale) b["inhale"] = std::string(ex::to_string(*e.breathing->inhale));
    if (e.breathing->exhale) b["exhale"] = std::string(ex::to_string(*e.breathing->exhale));
    if (e.breathing->brace) b["brace"] = *e.breathing->brace;
    if (!e.breathing->note.empty()) b["note"] = e.breathing->note;
    j["breathing"] = b;
  }
  if (e.tempo) j["tempo"] = ex::to_string(*e.tempo);
  if (!e.rep_guidance.empty()) {
    json a = json::array();
    for (const ex::rep_guidance& g : e.rep_guidance) {
      json o = json::object();
      o["goal"] = std::string(ex::to_string(g.goal));
      if (g.reps) o["reps"] = detail::range_json(*g.reps);
      if (g.seconds) o["seconds"] = detail::range_json(*g.seconds);
      if (g.sets) o["sets"] = detail::range_json(*g.sets);
      if (g.rir) o["rir"] = detail::range_json(*g.rir);
      if (g.rpe) o["rpe"] = detail::range_json(*g.rpe);
      if (g.rest_seconds) o["rest_s"] = detail::range_json(*g.rest_seconds);
      if (g.per_side) o["per_side"] = *g.per_side;
      if (!g.note.empty()) o["note"] = g.note;
      a.push_back(o);
    }
    j["rep_guidance"] = a;
  }
  if (!e.variation_group.empty()) j["variation_group"] = e.variation_group;
  if (!e.variation_of.empty()) j["variation_of"] = e.variation_of;
  if (!e.progressions.empty()) j["progressions"] = e.progressions;
  if (!e.regressions.empty()) j["regressions"] = e.regressions;
  if (!e.substitutes.empty()) {
    json a = json::array();
    for (const ex::substitute& s : e.substitutes) {
      a.push_back(json{{"id", s.id}, {"reason", std::string(ex::to_string(s.reason))}});
    }
    j["substitutes"] = a;
  }
  if (!e.media.empty()) {
    json a = json::array();
    for (const ex::media_ref& m : e.media) {
      json o{{"kind", std::string(ex::to_string(m.kind))}, {"uri", m.uri}};
      if (!m.license.empty()) o["license"] = m.license;
      a.push_back(o);
    }
    j["media"] = a;
  }
  if (e.source) {
    json o = json::object();
    if (!e.source->dataset.empty()) o["dataset"] = e.source->dataset;
    if (!e.source->id.empty()) o["id"] = e.source->id;
    if (!e.source->uri.empty()) o["uri"] = e.source->uri;
    j["source"] = o;
  }
  if (e.license) {
    json o = json::object();
    const ex::license_info& l = *e.license;
    if (!l.spdx.empty()) o["spdx"] = l.spdx;
    if (!l.author.empty()) o["author"] = l.author;
    if (!l.author_uri.empty()) o["author_uri"] = l.author_uri;
    if (!l.title.empty()) o["title"] = l.title;
    if (!l.object_uri.empty()) o["object_uri"] = l.object_uri;
    if (!l.derivative_of.empty()) o["derivative_of"] = l.derivative_of;
    j["license"] = o;
  }
  for (const ex::extension_field& x : e.extensions) {
    j[x.key] = detail::extension_value(x);
  }
  return j;
}

namespace detail {
[[nodiscard]] inline exercise::exercise_description read_exercise(const nlohmann::json& j,
                                                                  const std::string& path) {
  namespace ex = physique::exercise;
  using detail::child;
  using detail::member;
  detail::expect_object(j, path);
  ex::exercise_description e;
  const nlohmann::json* v = member(j, "id");
  if (v == nullptr) detail::fail(child(path, "id"), "required field is missing");
  e.id = detail::as_string(*v, child(path, "id"));
  if (!ex::is_valid_id(e.id))
    detail::fail(child(path, "id"),
                 "id " + detail::quote_text(e.id) + " is not a slug [a-z0-9_-]+");
  v = member(j, "name");
  if (v == nullptr) detail::fail(child(path, "name"), "required field is missing");
  e.name = detail::as_string(*v, child(path, "name"));
  if ((v = member(j, "aliases"))) e.aliases = detail::as_strings(*v, child(path, "aliases"));
  if ((v = member(j, "localized"))) {
    const std::string p = child(path, "localized");
    detail::expect_object(*v, p);
    for (auto it = v->begin(); it != v->end(); ++it) {
      const std::string q = child(p, it.key());
      detail::expect_object(it.value(), q);
      detail::reject_unknown_keys(it.value(), {"name", "aliases", "summary", "steps", "cues"}, q);
      ex::localized_text t;
      t.language = it.key();
      const nlohmann::json* w = nullptr;
      if ((w = member(it.value(), "name"))) t.name = detail::as_string(*w, child(q, "name"));
      if ((w = member(it.value(), "aliases")))
        t.aliases = detail::as_strings(*w, child(q, "aliases"));
      if ((w = member(it.value(), "summary")))
        t.summary = detail::as_string(*w, child(q, "summary"));
      if ((w = member(it.value(), "steps"))) t.steps = detail::as_strings(*w, child(q, "steps"));
      if ((w = member(it.value(), "cues"))) t.cues = detail::as_strings(*w, child(q, "cues"));
      e.localized.push_back(std::move(t));
    }
  }
  if ((v = member(j, "summary"))) e.summary = detail::as_string(*v, child(path, "summary"));
  if ((v = member(j, "modality")))
    e.modality = detail::as_enum<ex::modality>(*v, child(path, "modality"));
  if ((v = member(j, "level"))) e.level = detail::as_enum<ex::level>(*v, child(path, "level"));
  if ((v = member(j, "mechanic")))
    e.mechanic = detail::as_enum<ex::mechanic>(*v, child(path, "mechanic"));
  if ((v = member(j, "force"))) e.force = detail::as_enum<ex::force>(*v, child(path, "force"));
  if ((v = member(j, "movement_pattern"))) {
    e.movement_pattern = detail::as_enum<ex::movement_pattern>(*v, child(path, "movement_pattern"));
  }
  if ((v = member(j, "laterality")))
    e.laterality = detail::as_enum<ex::laterality>(*v, child(path, "laterality"));
  if ((v = member(j, "contraction"))) {
    e.contraction = detail::as_enum<ex::contraction>(*v, child(path, "contraction"));
  }
  if ((v = member(j, "measure"))) {
    const std::string p = child(path, "measure");
    detail::expect_object(*v, p);
    detail::reject_unknown_keys(*v, {"primary", "load"}, p);
    const nlohmann::json* w = nullptr;
    if ((w = member(*v, "primary")))
      e.measure = detail::as_enum<ex::measure>(*w, child(p, "primary"));
    if ((w = member(*v, "load"))) e.load = detail::as_enum<ex::load_type>(*w, child(p, "load"));
  }
  v = member(j, "primary_muscles");
  if (v == nullptr) detail::fail(child(path, "primary_muscles"), "required field is missing");
  e.primary_muscles = detail::as_enum_set<ex::muscle>(*v, child(path, "primary_muscles"));
  if ((v = member(j, "secondary_muscles"))) {
    e.secondary_muscles = detail::as_enum_set<ex::muscle>(*v, child(path, "secondary_muscles"));
  }
  if ((v = member(j, "muscle_weights"))) {
    const std::string p = child(path, "muscle_weights");
    detail::expect_object(*v, p);
    for (auto it = v->begin(); it != v->end(); ++it) {
      if (!ex::parse<ex::muscle>(it.key())) {
        detail::fail(child(p, it.key()), "unknown muscle " + detail::quote_text(it.key()));
      }
    }
    for (ex::muscle m : ex::all_values<ex::muscle>()) {
      const std::string key(ex::to_string(m));
      if (const nlohmann::json* w = member(*v, key.c_str())) {
        e.muscle_weights.push_back(ex::muscle_credit{m, detail::as_number(*w, child(p, key))});
      }
    }
  }
  if ((v = member(j, "group_level_muscles")))
    e.group_level_muscles = detail::as_bool(*v, child(path, "group_level_muscles"));
  if ((v = member(j, "equipment")))
    e.equipment = detail::as_enum_set<ex::equipment>(*v, child(path, "equipment"));
  if ((v = member(j, "equipment_options"))) {
    const std::string p = child(path, "equipment_options");
    detail::expect_type(*v, v->is_array(), "an array of arrays", p, schema_requirement);
    for (std::size_t i = 0; i < v->size(); ++i) {
      e.equipment_options.push_back(detail::as_enum_set<ex::equipment>((*v)[i], child(p, i)));
    }
  }
  if ((v = member(j, "setup"))) e.setup = detail::as_strings(*v, child(path, "setup"));
  if ((v = member(j, "steps"))) e.steps = detail::as_strings(*v, child(path, "steps"));
  if ((v = member(j, "cues"))) e.cues = detail::as_strings(*v, child(path, "cues"));
  if ((v = member(j, "mistakes"))) e.mistakes = detail::as_strings(*v, child(path, "mistakes"));
  if ((v = member(j, "breathing"))) {
    const std::string p = child(path, "breathing");
    detail::expect_object(*v, p);
    detail::reject_unknown_keys(*v, {"inhale", "exhale", "brace", "note"}, p);
    ex::breathing b;
    const nlohmann::json* w = nullptr;
    if ((w = member(*v, "inhale")))
      b.inhale = detail::as_enum<ex::breath_phase>(*w, child(p, "inhale"));
    if ((w = member(*v, "exhale")))
      b.exhale = detail::as_enum<ex::breath_phase>(*w, child(p, "exhale"));
    if ((w = member(*v, "brace"))) b.brace = detail::as_bool(*w, child(p, "brace"));
    if ((w = member(*v, "note"))) b.note = detail::as_string(*w, child(p, "note"));
    e.breathing = std::move(b);
  }
  if ((v = member(j, "tempo"))) {
    const std::string p = child(path, "tempo");
    const std::string text = detail::as_string(*v, p);
    e.tempo = ex::try_parse_tempo(text);
    if (!e.tempo)
      detail::fail(
          p, "invalid tempo " + detail::quote_text(text) + " (expected e.g. 3-1-X-0 or 31X0)");
  }
  if ((v = member(j, "rep_guidance"))) {
    const std::string p = child(path, "rep_guidance");
    detail::expect_type(*v, v->is_array(), "an array", p, schema_requirement);
    for (std::size_t i = 0; i < v->size(); ++i) {
      const std::string q = child(p, i);
      const nlohmann::json& o = detail::expect_object((*v)[i], q);
      detail::reject_unknown_keys(
          o, {"goal", "reps", "seconds", "sets", "rir", "rpe", "rest_s", "per_side", "note"}, q);
      ex::rep_guidance g;
      const nlohmann::json* w = member(o, "goal");
      if (w == nullptr) detail::fail(child(q, "goal"), "required field is missing");
      g.goal = detail::as_enum<ex::training_goal>(*w, child(q, "goal"));
      if ((w = member(o, "reps"))) g.reps = detail::as_range<unsigned>(*w, child(q, "reps"));
      if ((w = member(o, "seconds")))
        g.seconds = detail::as_range<unsigned>(*w, child(q, "seconds"));
      if ((w = member(o, "sets"))) g.sets = detail::as_range<unsigned>(*w, child(q, "sets"));
      if ((w = member(o, "rir"))) g.rir = detail::as_range<double>(*w, child(q, "rir"));
      if ((w = member(o, "rpe"))) g.rpe = detail::as_range<double>(*w, child(q, "rpe"));
      if ((w = member(o, "rest_s")))
        g.rest_seconds = detail::as_range<unsigned>(*w, child(q, "rest_s"));
      if ((w = member(o, "per_side"))) g.per_side = detail::as_bool(*w, child(q, "per_side"));
      if ((w = member(o, "note"))) g.note = detail::as_string(*w, child(q, "note"));
      e.rep_guidance.push_back(std::move(g));
    }
  }
  if ((v = member(j, "variation_group")))
    e.variation_group = detail::as_string(*v, child(path, "variation_group"));
  if ((v = member(j, "variation_of")))
    e.variation_of = detail::as_strings(*v, child(path, "variation_of"));
  if ((v = member(j, "progressions")))
    e.progressions = detail::as_strings(*v, child(path, "progressions"));
  if ((v = member(j, "regressions")))
    e.regressions = detail::as_strings(*v, child(path, "regressions"));
  if ((v = member(j, "substitutes"))) {
    const std::string p = child(path, "substitutes");
    detail::expect_type(*v, v->is_array(), "an array", p, schema_requirement);
    for (std::size_t i = 0; i < v->size(); ++i) {
      const std::string q = child(p, i);
      const nlohmann::json& o = detail::expect_object((*v)[i], q);
      detail::reject_unknown_keys(o, {"id", "reason"}, q);
      ex::substitute s;
      const nlohmann::json* w = member(o, "id");
      if (w == nullptr) detail::fail(child(q, "id"), "required field is missing");
      s.id = detail::as_string(*w, child(q, "id"));
      w = member(o, "reason");
      if (w == nullptr) detail::fail(child(q, "reason"), "required field is missing");
      s.reason = detail::as_enum<ex::substitute_reason>(*w, child(q, "reason"));
      e.substitutes.push_back(std::move(s));
    }
  }
  if ((v = member(j, "media"))) {
    const std::string p = child(path, "media");
    detail::expect_type(*v, v->is_array(), "an array", p, schema_requirement);
    for (std::size_t i = 0; i < v->size(); ++i) {
      const std::string q = child(p, i);
      const nlohmann::json& o = detail::expect_object((*v)[i], q);
      detail::reject_unknown_keys(o, {"kind", "uri", "license"}, q);
      ex::media_ref m;
      const nlohmann::json* w = member(o, "kind");
      if (w == nullptr) detail::fail(child(q, "kind"), "required field is missing");
      m.kind = detail::as_enum<ex::media_kind>(*w, child(q, "kind"));
      w = member(o, "uri");
      if (w == nullptr) detail::fail(child(q, "uri"), "required field is missing");
      m.uri = detail::as_string(*w, child(q, "uri"));
      if ((w = member(o, "license"))) m.license = detail::as_string(*w, child(q, "license"));
      e.media.push_back(std::move(m));
    }
  }
  if ((v = member(j, "source"))) {
    const std::string p = child(path, "source");
    detail::expect_object(*v, p);
    detail::reject_unknown_keys(*v, {"dataset", "id", "uri"}, p);
    ex::source_ref s;
    const nlohmann::json* w = nullptr;
    if ((w = member(*v, "dataset"))) s.dataset = detail::as_string(*w, child(p, "dataset"));
    if ((w = member(*v, "id"))) s.id = detail::as_string(*w, child(p, "id"));
    if ((w = member(*v, "uri"))) s.uri = detail::as_string(*w, child(p, "uri"));
    e.source = std::move(s);
  }
  if ((v = member(j, "license"))) {
    const std::string p = child(path, "license");
    detail::expect_object(*v, p);
    detail::reject_unknown_keys(
        *v, {"spdx", "author", "author_uri", "title", "object_uri", "derivative_of"}, p);
    ex::license_info l;
    const nlohmann::json* w = nullptr;
    if ((w = member(*v, "spdx"))) l.spdx = detail::as_string(*w, child(p, "spdx"));
    if ((w = member(*v, "author"))) l.author = detail::as_string(*w, child(p, "author"));
    if ((w = member(*v, "author_uri")))
      l.author_uri = detail::as_string(*w, child(p, "author_uri"));
    if ((w = member(*v, "title"))) l.title = detail::as_string(*w, child(p, "title"));
    if ((w = member(*v, "object_uri")))
      l.object_uri = detail::as_string(*w, child(p, "object_uri"));
    if ((w = member(*v, "derivative_of")))
      l.derivative_of = detail::as_string(*w, child(p, "derivative_of"));
    e.license = std::move(l);
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    bool known = false;
    for (const char* k : detail::top_level_key_names)
      known = known || it.key() == k;
    if (!known) e.extensions.push_back(ex::extension_field{it.key(), it.value().dump()});
  }
  return e;
}

/// Fails naming both places when two descriptions share an id: `find` could return only one
/// of them, and the other would be lost silently. Hash set: linear time.
template <class Path>
inline void reject_duplicate_ids(const std::vector<exercise::exercise_description>& items,
                                 Path path_of_item) {
  std::unordered_map<std::string_view, std::size_t> first;
  first.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto [it, inserted] = first.emplace(items[i].id, i);
    if (!inserted) {
      fail(child(path_of_item(i), "id"), "duplicate id " + quote_text(items[i].id) + " (also at " +
                                             path_of_item(it->second) + ")");
    }
  }
}
}  // namespace detail

/// Reads one description in physique's schema. `path` prefixes error paths (e.g.
/// "exercises[3]"). Absent and null members are unknown; members this schema does not know
/// are kept in `extensions` (as JSON text) and written back by `to_json`. Nested objects are
/// closed: an unknown key inside them is an error. A document parsed elsewhere is first
/// checked, without recursion, for nesting deeper than 32 levels.
/// Order on import: `localized` by language tag, `muscle_weights` in muscle order,
/// extensions by key (JSON objects are unordered).
/// \throws json_error naming the field path for a missing required field, a wrong type, an
///         unknown vocabulary value, a bad tempo, a range with low > high, a duplicate or
///         too deep a nesting.
[[nodiscard]] inline exercise::exercise_description exercise_from_json(
    const nlohmann::json& j, const std::string& path = {}) {
  detail::require_depth(j, path);
  return detail::read_exercise(j, path);
}

/// Name and version of physique's catalog document format.
inline constexpr const char* catalog_format = "physique.exercises";
inline constexpr int catalog_format_version = 1;

/// Serialises a catalog: {"format": "physique.exercises", "version": 1, "exercises": [...]}.
[[nodiscard]] inline nlohmann::json to_json(const exercise::catalog& c) {
  nlohmann::json a = nlohmann::json::array();
  for (const exercise::exercise_description& e : c)
    a.push_back(to_json(e));
  return nlohmann::json{
      {"format", catalog_format}, {"version", catalog_format_version}, {"exercises", a}};
}

/// Reads a catalog document (or a bare array of descriptions), in time linear in its size.
/// \throws json_error naming the field path ("exercises[12].tempo") on any schema violation,
///         for a document of another format or a newer version, for nesting deeper than 32
///         levels (checked without recursion, for documents parsed elsewhere), or for two
///         descriptions with one id ("exercises[7].id: duplicate id ... (also at
///         exercises[2])").
[[nodiscard]] inline exercise::catalog catalog_from_json(const nlohmann::json& j) {
  detail::require_depth(j, "");
  const nlohmann::json* list = &j;
  std::string base;
  if (j.is_object()) {
    const nlohmann::json* f = detail::member(j, "format");
    if (f == nullptr || !f->is_string() || f->get<std::string>() != catalog_format) {
      detail::fail("format", std::string("expected \"") + catalog_format + "\"");
    }
    const nlohmann::json* ver = detail::member(j, "version");
    if (ver == nullptr || !ver->is_number_integer() || ver->get<long long>() < 1 ||
        ver->get<long long>() > catalog_format_version) {
      detail::fail("version",
                   "expected an integer from 1 to " + std::to_string(catalog_format_version));
    }
    list = detail::member(j, "exercises");
    if (list == nullptr) detail::fail("exercises", "required field is missing");
    base = "exercises";
  }
  detail::expect_type(*list, list->is_array(), "an array of exercises", base, schema_requirement);
  std::vector<exercise::exercise_description> items;
  items.reserve(list->size());
  for (std::size_t i = 0; i < list->size(); ++i) {
    items.push_back(detail::read_exercise((*list)[i], detail::child(base, i)));
  }
  detail::reject_duplicate_ids(items, [&base](std::size_t i) { return detail::child(base, i); });
  return exercise::catalog(std::move(items));
}

/// Guards applied when parsing JSON text.
struct parse_limits {
  std::size_t max_bytes = std::size_t{64} << 20U;     ///< longest accepted text (64 MiB)
  std::size_t max_depth = detail::default_max_depth;  ///< deepest accepted nesting
};

/// Parses JSON text with the size and depth guards of `limits`, in time linear in its size.
/// \throws json_error for text that is too long, too deep, not JSON (the path then names
///         the byte offset, e.g. "byte 17"), or an object with a repeated key (the path
///         names it: "exercises[3].name"), which a plain parse would let overwrite the first
///         value silently.
[[nodiscard]] inline nlohmann::json parse_json(std::string_view text, parse_limits limits = {}) {
  if (text.size() > limits.max_bytes) {
    detail::fail("",
                 "text of " + std::to_string(text.size()) + " bytes exceeds the limit of " +
                     std::to_string(limits.max_bytes),
                 syntax_requirement);
  }
  return detail::guarded_parse(text, limits.max_depth);
}

/// Parses a catalog document from text (`parse_json` then `catalog_from_json`).
[[nodiscard]] inline exercise::catalog parse_catalog(std::string_view text,
                                                     parse_limits limits = {}) {
  return catalog_from_json(parse_json(text, limits));
}

// ------------------------------------------------------------------------------------------
// free-exercise-db (github.com/yuhonas/free-exercise-db, Unlicense)
// ------------------------------------------------------------------------------------------

/// Something the free-exercise-db importer changed or could not carry over, per record.
struct import_note {
  std::string path;  ///< e.g. "[12].secondaryMuscles[1]"
  std::string message;
};

/// Result of importing free-exercise-db records.
struct import_result {
  std::vector<exercise::exercise_description> exercises;
  std::vector<import_note> notes;
};

namespace detail {

struct fedb_muscle_label {
  std::string_view label;
  exercise::muscle_set muscles;
  bool group_level;
};

/// free-exercise-db's 17 muscle labels (survey, section 3); starred labels expand to a group.
inline constexpr std::array<fedb_muscle_label, 17> fedb_muscles{{
    {"abdominals", {exercise::muscle::abs, exercise::muscle::obliques}, true},
    {"abductors", {exercise::muscle::abductors}, false},
    {"adductors", {exercise::muscle::adductors}, false},
    {"biceps", {exercise::muscle::biceps}, false},
    {"calves", {exercise::muscle::calves, exercise::muscle::soleus}, true},
    {"chest", {exercise::muscle::chest}, false},
    {"forearms", {exercise::muscle::forearms}, false},
    {"glutes", {exercise::muscle::glutes}, false},
    {"hamstrings", {exercise::muscle::hamstrings}, false},
    {"lats", {exercise::muscle::lats}, false},
    {"lower back", {exercise::muscle::lower_back}, false},
    {"middle back", {exercise::muscle::upper_back}, false},
    {"neck", {exercise::muscle::neck}, false},
    {"quadriceps", {exercise::muscle::quads}, false},
    {"shoulders",
     {exercise::muscle::front_delt, exercise::muscle::side_delt, exercise::muscle::rear_delt},
     true},
    {"traps", {exercise::muscle::traps}, false},
    {"triceps", {exercise::muscle::triceps}, false},
}};

struct fedb_equipment_label {
  std::string_view label;
  exercise::equipment value;
};
inline constexpr std::array<fedb_equipment_label, 12> fedb_equipment{{
    {"body only", exercise::equipment::bodyweight},
    {"barbell", exercise::equipment::barbell},
    {"e-z curl bar", exercise::equipment::ez_bar},
    {"dumbbell", exercise::equipment::dumbbell},
    {"kettlebells", exercise::equipment::kettlebell},
    {"cable", exercise::equipment::cable},
    {"machine", exercise::equipment::machine},
    {"bands", exercise::equipment::band},
    {"medicine ball", exercise::equipment::medicine_ball},
    {"exercise ball", exercise::equipment::stability_ball},
    {"foam roll", exercise::equipment::foam_roller},
    {"other", exercise::equipment::other},
}};

struct fedb_category_label {
  std::string_view label;
  exercise::modality value;
};
inline constexpr std::array<fedb_category_label, 7> fedb_categories{{
    {"strength", exercise::modality::strength},
    {"stretching", exercise::modality::stretching},
    {"plyometrics", exercise::modality::plyometrics},
    {"powerlifting", exercise::modality::powerlifting},
    {"olympic weightlifting", exercise::modality::olympic_weightlifting},
    {"strongman", exercise::modality::strongman},
    {"cardio", exercise::modality::cardio},
}};

struct fedb_force_label {
  std::string_view label;
  exercise::force value;
};
inline constexpr std::array<fedb_force_label, 3> fedb_forces{{
    {"pull", exercise::force::pull},
    {"push", exercise::force::push},
    {"static", exercise::force::static_},
}};

struct fedb_level_label {
  std::string_view label;
  exercise::level value;
};
inline constexpr std::array<fedb_level_label, 3> fedb_levels{{
    {"beginner", exercise::level::beginner},
    {"intermediate", exercise::level::intermediate},
    {"expert", exercise::level::advanced},
}};

struct fedb_mechanic_label {
  std::string_view label;
  exercise::mechanic value;
};
inline constexpr std::array<fedb_mechanic_label, 2> fedb_mechanics{{
    {"compound", exercise::mechanic::compound},
    {"isolation", exercise::mechanic::isolation},
}};

/// Lower-cases and trims a vocabulary label (the survey's matching rule).
inline std::string normalize_label(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
    s.remove_suffix(1);
  std::string out(s);
  for (char& c : out)
    c = exercise::detail::lower_ascii(c);
  return out;
}

inline std::string slug_of(std::string_view id) {
  std::string out;
  for (char c : id) {
    const char l = exercise::detail::lower_ascii(c);
    const bool ok = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '_' || l == '-';
    out += ok ? l : '_';
  }
  return out;
}

}  // namespace detail

/// Name of the free-exercise-db data set in `source_ref::dataset`.
inline constexpr const char* free_exercise_db_dataset = "free-exercise-db";

/// Options of the free-exercise-db importer.
struct free_exercise_db_options {
  /// Strict (false, the default): an unknown label is an error. Lenient (true): the field is
  /// left unknown (or, for muscle lists, keeps the labels that map), the original member is
  /// kept verbatim in `extensions` (so the free-exercise-db export writes it back) and an
  /// `import_note` is added.
  bool lenient = false;
  /// Derive `movement_pattern` from the name with `exercise::guess_movement_pattern` (off by
  /// default: the data set has no pattern). Records no rule matches stay unknown and get an
  /// `import_note`.
  bool guess_movement_pattern = false;
};

namespace detail {
template <class Table>
std::string label_list(const Table& table) {
  std::string allowed;
  for (const auto& row : table) {
    if (!allowed.empty()) allowed += ", ";
    allowed += row.label;
  }
  return allowed;
}
}  // namespace detail

/// Imports one free-exercise-db record. Mapping (survey, sections 3-5; see docs/json.md):
/// `id` -> slug (lower case, other characters as '_'), the original id kept in `source.id`;
/// `instructions` -> `steps`; `category` -> `modality`; `level` (expert -> advanced);
/// `force`, `mechanic`; `equipment` (one label or null = unknown; "body only" ->
/// bodyweight); the 17 muscle labels to our 26 muscles, where "shoulders", "abdominals" and
/// "calves" expand to their group and set `group_level_muscles`; `images` -> image media;
/// license Unlicense. Labels match after lower-casing and trimming. Null means unknown. A
/// muscle listed as both primary and secondary is kept as primary only and noted in `notes`.
/// Members not in the format are kept as extensions. Movement pattern, laterality and the
/// other fields free-exercise-db lacks stay absent.
/// \throws json_error naming field path, record id and value for a wrong type, a missing
///         required field or (strict mode) an unknown label.
namespace detail {
[[nodiscard]] inline exercise::exercise_description read_free_exercise_db(
    const nlohmann::json& r, const std::string& path, std::vector<import_note>* notes,
    free_exercise_db_options options) {
  namespace ex = physique::exercise;
  using detail::child;
  using detail::quote_text;
  const char* req = free_exercise_db_requirement;
  detail::expect_object(r, path, req);
  ex::exercise_description e;
  const nlohmann::json* v = detail::member(r, "id");
  if (v == nullptr) detail::fail(child(path, "id"), "required field is missing", req);
  const std::string original_id = detail::as_string(*v, child(path, "id"), req);
  if (original_id.empty()) detail::fail(child(path, "id"), "id is empty", req);
  const std::string record = "record " + quote_text(original_id) + ": ";
  e.id = detail::slug_of(original_id);
  v = detail::member(r, "name");
  if (v == nullptr) detail::fail(child(path, "name"), record + "required field is missing", req);
  e.name = detail::as_string(*v, child(path, "name"), req);

  std::vector<std::string> kept_raw;  // members kept verbatim because a label did not map
  auto unmapped = [&](const char* key, const std::string& field_path, const std::string& value,
                      const std::string& expected) {
    const std::string problem =
        record + "unknown value " + quote_text(value) + " (expected one of " + expected + ")";
    if (!options.lenient) detail::fail(field_path, problem, req);
    if (notes != nullptr) {
      notes->push_back(import_note{field_path, problem + "; kept verbatim in extensions"});
    }
    if (std::find(kept_raw.begin(), kept_raw.end(), key) == kept_raw.end()) {
      kept_raw.emplace_back(key);
    }
  };
  // Maps a single label through `table`; returns nullptr (after `unmapped`) when unknown.
  auto map_one = [&](const char* key, const auto& table) -> decltype(&table[0]) {
    const nlohmann::json* m = detail::member(r, key);
    if (m == nullptr) return nullptr;
    const std::string raw = detail::as_string(*m, child(path, key), req);
    const std::string label = detail::normalize_label(raw);
    for (const auto& row : table) {
      if (row.label == label) return &row;
    }
    unmapped(key, child(path, key), raw, detail::label_list(table));
    return nullptr;
  };
  if (const auto* row = map_one("force", detail::fedb_forces)) e.force = row->value;
  if (const auto* row = map_one("level", detail::fedb_levels)) e.level = row->value;
  if (const auto* row = map_one("mechanic", detail::fedb_mechanics)) e.mechanic = row->value;
  if (const auto* row = map_one("equipment", detail::fedb_equipment)) {
    e.equipment = ex::equipment_set{row->value};
  }
  if (const auto* row = map_one("category", detail::fedb_categories)) e.modality = row->value;

  bool group_level = false;
  auto muscles = [&](const char* key, bool required) {
    ex::muscle_set out;
    const nlohmann::json* m = detail::member(r, key);
    const std::string p = child(path, key);
    if (m == nullptr) {
      if (required) detail::fail(p, record + "required field is missing", req);
      return out;
    }
    detail::expect_type(*m, m->is_array(), "an array of strings", p, req);
    for (std::size_t i = 0; i < m->size(); ++i) {
      const std::string raw = detail::as_string((*m)[i], child(p, i), req);
      const std::string label = detail::normalize_label(raw);
      const detail::fedb_muscle_label* hit = nullptr;
      for (const auto& row : detail::fedb_muscles) {
        if (row.label == label) hit = &row;
      }
      if (hit == nullptr) {
        unmapped(key, child(p, i), raw, detail::label_list(detail::fedb_muscles));
        continue;
      }
      out |= hit->muscles;
      group_level = group_level || hit->group_level;
    }
    return out;
  };
  e.primary_muscles = muscles("primaryMuscles", true);
  const ex::muscle_set secondary = muscles("secondaryMuscles", false);
  const ex::muscle_set overlap = secondary & e.primary_muscles;
  if (!overlap.empty() && notes != nullptr) {
    std::string names;
    overlap.for_each([&names](ex::muscle m) {
      if (!names.empty()) names += ", ";
      names += ex::to_string(m);
    });
    notes->push_back(import_note{child(path, "secondaryMuscles"),
                                 record + names + " also listed as primary; kept as primary only"});
  }
  e.secondary_muscles = secondary - e.primary_muscles;
  e.group_level_muscles = group_level;
  if ((v = detail::member(r, "instructions"))) {
    e.steps = detail::as_strings(*v, child(path, "instructions"), req);
  }
  if ((v = detail::member(r, "images"))) {
    const std::vector<std::string> images = detail::as_strings(*v, child(path, "images"), req);
    for (const std::string& uri : images) {
      e.media.push_back(ex::media_ref{ex::media_kind::image, uri, "Unlicense"});
    }
  }
  if (options.guess_movement_pattern) {
    e.movement_pattern = ex::guess_movement_pattern(e.name, e.modality);
    if (!e.movement_pattern && notes != nullptr) {
      notes->push_back(import_note{child(path, "name"),
                                   record + "movement pattern not derivable from the name " +
                                       quote_text(e.name) + "; left unknown"});
    }
  }
  e.source = ex::source_ref{free_exercise_db_dataset, original_id, ""};
  e.license = ex::license_info{
      "Unlicense", "", "", e.name, "https://github.com/yuhonas/free-exercise-db", ""};
  static constexpr std::array known{"id",           "name",           "force",
                                    "level",        "mechanic",       "equipment",
                                    "category",     "primaryMuscles", "secondaryMuscles",
                                    "instructions", "images"};
  for (auto it = r.begin(); it != r.end(); ++it) {
    bool keep = std::find(kept_raw.begin(), kept_raw.end(), it.key()) != kept_raw.end();
    if (!keep) {
      keep = true;
      for (const char* k : known)
        keep = keep && it.key() != k;
    }
    if (keep) e.extensions.push_back(ex::extension_field{it.key(), it.value().dump()});
  }
  return e;
}
}  // namespace detail

/// One free-exercise-db record (see above). A document parsed elsewhere is first checked,
/// without recursion, for nesting deeper than 32 levels.
[[nodiscard]] inline exercise::exercise_description from_free_exercise_db(
    const nlohmann::json& r, const std::string& path = {},
    std::vector<import_note>* notes = nullptr, free_exercise_db_options options = {}) {
  detail::require_depth(r, path);
  return detail::read_free_exercise_db(r, path, notes, options);
}

/// Imports an array of free-exercise-db records in time linear in its size; error paths read
/// "[12].equipment". Two records with one id are an error naming both ("[7].id: duplicate
/// id ... (also at [2])"), as is nesting deeper than 32 levels.
[[nodiscard]] inline import_result import_free_exercise_db(const nlohmann::json& records,
                                                           free_exercise_db_options options = {}) {
  detail::require_depth(records, "");
  detail::expect_type(records, records.is_array(), "an array of records", "",
                      free_exercise_db_requirement);
  import_result out;
  out.exercises.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    out.exercises.push_back(
        detail::read_free_exercise_db(records[i], detail::child("", i), &out.notes, options));
  }
  detail::reject_duplicate_ids(out.exercises, [](std::size_t i) { return detail::child("", i); });
  return out;
}

/// Parses free-exercise-db's `exercises.json` text and imports it.
[[nodiscard]] inline import_result parse_free_exercise_db(std::string_view text,
                                                          parse_limits limits = {},
                                                          free_exercise_db_options options = {}) {
  return import_free_exercise_db(parse_json(text, limits), options);
}

namespace detail {
inline nlohmann::json fedb_muscles_json(exercise::muscle_set s) {
  // Each label whose muscles are touched, in the data set's order (alphabetical). Muscles with
  // no label of their own go to the closest one: rotator cuff -> shoulders, brachialis ->
  // biceps, serratus -> chest, soleus/tibialis -> calves; hip flexors have none and are
  // dropped.
  exercise::muscle_set extra = s;
  using exercise::muscle;
  if (s.contains(muscle::rotator_cuff)) extra.insert(muscle::front_delt);
  if (s.contains(muscle::brachialis)) extra.insert(muscle::biceps);
  if (s.contains(muscle::serratus)) extra.insert(muscle::chest);
  if (s.contains(muscle::tibialis)) extra.insert(muscle::calves);
  nlohmann::json a = nlohmann::json::array();
  for (const auto& row : fedb_muscles) {
    if (extra.intersects(row.muscles)) a.push_back(std::string(row.label));
  }
  return a;
}
}  // namespace detail

/// Writes a description as a free-exercise-db record (lossy; see docs/json.md): our muscles
/// collapse to its 17 labels, the equipment to one label (the first of ours that has one;
/// null when unknown or unmappable), `advanced` to "expert", mobility to "stretching" and
/// conditioning to "cardio"; `images` are the image media; fields it lacks are dropped
/// (extensions kept from an import are written back). For a record imported from
/// free-exercise-db the original id is used, so import followed by export gives back the
/// same values (muscle lists compared as sets).
[[nodiscard]] inline nlohmann::json to_free_exercise_db(const exercise::exercise_description& e) {
  namespace ex = physique::exercise;
  using nlohmann::json;
  json r = json::object();
  r["id"] = (e.source && e.source->dataset == free_exercise_db_dataset && !e.source->id.empty())
                ? e.source->id
                : e.id;
  r["name"] = e.name;
  r["force"] = e.force ? json(std::string(ex::to_string(*e.force))) : json(nullptr);
  if (e.level)
    r["level"] = *e.level == ex::level::advanced ? "expert" : std::string(ex::to_string(*e.level));
  else
    r["level"] = nullptr;
  r["mechanic"] = e.mechanic ? json(std::string(ex::to_string(*e.mechanic))) : json(nullptr);
  r["equipment"] = nullptr;
  if (e.equipment) {
    for (const auto& row : detail::fedb_equipment) {
      if (e.equipment->contains(row.value) && r["equipment"].is_null())
        r["equipment"] = std::string(row.label);
    }
  }
  r["primaryMuscles"] = detail::fedb_muscles_json(e.primary_muscles);
  r["secondaryMuscles"] = detail::fedb_muscles_json(e.secondary_muscles);
  r["instructions"] = e.steps;
  r["category"] = nullptr;
  if (e.modality) {
    ex::modality m = *e.modality;
    if (m == ex::modality::mobility) m = ex::modality::stretching;
    if (m == ex::modality::conditioning) m = ex::modality::cardio;
    for (const auto& row : detail::fedb_categories) {
      if (row.value == m) r["category"] = std::string(row.label);
    }
  }
  json images = json::array();
  for (const ex::media_ref& m : e.media) {
    if (m.kind == ex::media_kind::image) images.push_back(m.uri);
  }
  r["images"] = images;
  for (const ex::extension_field& x : e.extensions)
    r[x.key] = detail::extension_value(x);
  return r;
}

// ------------------------------------------------------------------------------------------
// JSON Schema
// ------------------------------------------------------------------------------------------

/// JSON Schema (draft 2020-12) of one exercise description in physique's format; the
/// catalog document is {"format": "physique.exercises", "version": 1, "exercises": [these]}.
/// Also printed in docs/json.md.
[[nodiscard]] inline std::string exercise_json_schema() {
  namespace ex = physique::exercise;
  using nlohmann::json;
  auto names = [](auto values) {
    json a = json::array();
    for (auto v : values)
      a.push_back(std::string(ex::to_string(v)));
    return a;
  };
  const json muscle = {{"enum", names(ex::all_values<ex::muscle>())}};
  const json equipment = {{"enum", names(ex::all_values<ex::equipment>())}};
  const json strings = {{"type", "array"}, {"items", {{"type", "string"}}}};
  const json ids = {{"type", "array"}, {"items", {{"$ref", "#/$defs/id"}}}};
  const json count_range = {{"type", "array"},
                            {"items", {{"type", "integer"}, {"minimum", 0}}},
                            {"minItems", 2},
                            {"maxItems", 2}};
  const json number_range = {
      {"type", "array"}, {"items", {{"type", "number"}}}, {"minItems", 2}, {"maxItems", 2}};
  json s = {
      {"$schema", "https://json-schema.org/draft/2020-12/schema"},
      {"$id", "https://physique.dev/schema/exercise-1.json"},
      {"title", "physique exercise description"},
      {"type", "object"},
      {"required", json::array({"id", "name", "primary_muscles"})},
      {"additionalProperties", true},
      {"$defs", {{"id", {{"type", "string"}, {"pattern", "^[a-z0-9_-]+$"}}}}},
      {"properties",
       {{"id", {{"$ref", "#/$defs/id"}}},
        {"name", {{"type", "string"}}},
        {"aliases", strings},
        {"localized",
         {{"type", "object"},
          {"additionalProperties",
           {{"type", "object"},
            {"additionalProperties", false},
            {"properties",
             {{"name", {{"type", "string"}}},
              {"aliases", strings},
              {"summary", {{"type", "string"}}},
              {"steps", strings},
              {"cues", strings}}}}}}},
        {"summary", {{"type", "string"}}},
        {"modality", {{"enum", names(ex::all_values<ex::modality>())}}},
        {"level", {{"enum", names(ex::all_values<ex::level>())}}},
        {"mechanic", {{"enum", names(ex::all_values<ex::mechanic>())}}},
        {"force", {{"enum", names(ex::all_values<ex::force>())}}},
        {"movement_pattern", {{"enum", names(ex::all_values<ex::movement_pattern>())}}},
        {"laterality", {{"enum", names(ex::all_values<ex::laterality>())}}},
        {"contraction", {{"enum", names(ex::all_values<ex::contraction>())}}},
        {"measure",
         {{"type", "object"},
          {"additionalProperties", false},
          {"properties",
           {{"primary", {{"enum", names(ex::all_values<ex::measure>())}}},
            {"load", {{"enum", names(ex::all_values<ex::load_type>())}}}}}}},
        {"primary_muscles", {{"type", "array"}, {"items", muscle}, {"uniqueItems", true}}},
        {"secondary_muscles", {{"type", "array"}, {"items", muscle}, {"uniqueItems", true}}},
        {"muscle_weights",
         {{"type", "object"},
          {"propertyNames", muscle},
          {"additionalProperties", {{"type", "number"}, {"minimum", 0}, {"maximum", 1}}}}},
        {"group_level_muscles", {{"type", "boolean"}}},
        {"equipment", {{"type", "array"}, {"items", equipment}, {"uniqueItems", true}}},
        {"equipment_options",
         {{"type", "array"},
          {"items",
           {{"type", "array"}, {"items", equipment}, {"uniqueItems", true}, {"minItems", 1}}}}},
        {"setup", strings},
        {"steps", strings},
        {"cues", strings},
        {"mistakes", strings},
        {"breathing",
         {{"type", "object"},
          {"additionalProperties", false},
          {"properties",
           {{"inhale", {{"enum", names(ex::all_values<ex::breath_phase>())}}},
            {"exhale", {{"enum", names(ex::all_values<ex::breath_phase>())}}},
            {"brace", {{"type", "boolean"}}},
            {"note", {{"type", "string"}}}}}}},
        {"tempo",
         {{"type", "string"},
          {"pattern",
           "^\\s*([0-9]{1,2}-[0-9]{1,2}-([0-9]{1,2}|[Xx])-[0-9]{1,2}|[0-9]{2}[0-9Xx][0-9])\\s*$"}}},
        {"rep_guidance",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", json::array({"goal"})},
            {"additionalProperties", false},
            {"properties",
             {{"goal", {{"enum", names(ex::all_values<ex::training_goal>())}}},
              {"reps", count_range},
              {"seconds", count_range},
              {"sets", count_range},
              {"rir", number_range},
              {"rpe", number_range},
              {"rest_s", count_range},
              {"per_side", {{"type", "boolean"}}},
              {"note", {{"type", "string"}}}}}}}}},
        {"variation_group", {{"type", "string"}}},
        {"variation_of", ids},
        {"progressions", ids},
        {"regressions", ids},
        {"substitutes",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", json::array({"id", "reason"})},
            {"additionalProperties", false},
            {"properties",
             {{"id", {{"$ref", "#/$defs/id"}}},
              {"reason", {{"enum", names(ex::all_values<ex::substitute_reason>())}}}}}}}}},
        {"media",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", json::array({"kind", "uri"})},
            {"additionalProperties", false},
            {"properties",
             {{"kind", {{"enum", names(ex::all_values<ex::media_kind>())}}},
              {"uri", {{"type", "string"}}},
              {"license", {{"type", "string"}}}}}}}}},
        {"source",
         {{"type", "object"},
          {"additionalProperties", false},
          {"properties",
           {{"dataset", {{"type", "string"}}},
            {"id", {{"type", "string"}}},
            {"uri", {{"type", "string"}}}}}}},
        {"license",
         {{"type", "object"},
          {"additionalProperties", false},
          {"properties",
           {{"spdx", {{"type", "string"}}},
            {"author", {{"type", "string"}}},
            {"author_uri", {{"type", "string"}}},
            {"title", {{"type", "string"}}},
            {"object_uri", {{"type", "string"}}},
            {"derivative_of", {{"type", "string"}}}}}}}}}};
  return s.dump(2);
}

}  // namespace physique::io

namespace physique::exercise {
/// nlohmann/json ADL hooks: `nlohmann::json j = description;` and `j.get<exercise_description>()`.
inline void to_json(nlohmann::json& j, const exercise_description& e) {
  j = io::to_json(e);
}
inline void from_json(const nlohmann::json& j, exercise_description& e) {
  e = io::exercise_from_json(j);
}
}  // namespace physique::exercise
