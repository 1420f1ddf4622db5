// SPDX-License-Identifier: MIT
// Python bindings of physique::exercise: the catalog (built-in or imported from JSON),
// look-up and search, JSON export, and validation findings. Descriptions cross into Python
// as the dicts of the library's JSON schema (docs/exercise.schema.json).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <physique/exercise.hpp>
#include <physique/io/json.hpp>

#include "common.hpp"

namespace physique_py {
namespace {

using namespace physique;
namespace ex = physique::exercise;

/// A catalog shared by its Python handles (the built-in one is never copied).
struct catalog_handle {
  std::shared_ptr<const ex::catalog> owned;
  const ex::catalog* items = nullptr;
};

py::object loads(const std::string& text) {
  return py::module_::import("json").attr("loads")(text);
}

py::object to_python(const ex::exercise_description& e) {
  return loads(io::to_json(e).dump());
}

template <ex::vocabulary_enum E>
std::optional<E> parse_optional(const char* parameter, const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  const std::optional<E> v = ex::parse<E>(*text);
  if (!v) physique::report_invalid_argument(parameter, *text, "is not in the vocabulary");
  return v;
}

py::list search(const catalog_handle& c, const std::optional<std::string>& muscle,
                const std::optional<std::string>& group, const std::string& role,
                const std::optional<std::vector<std::string>>& equipment,
                const std::optional<std::string>& pattern,
                const std::optional<std::string>& max_level,
                const std::optional<std::string>& level,
                const std::optional<std::string>& modality) {
  ex::exercise_query q;
  q.muscle = parse_optional<ex::muscle>("muscle", muscle);
  q.group = parse_optional<ex::muscle_group>("group", group);
  if (role == "primary") {
    q.role = ex::muscle_role::primary;
  } else if (role == "any") {
    q.role = ex::muscle_role::any;
  } else {
    physique::report_invalid_argument("role", role, "must be primary or any");
  }
  if (equipment) {
    ex::equipment_set kit;
    for (const std::string& name : *equipment)
      kit.insert(*parse_optional<ex::equipment>("equipment", name));
    q.available_equipment = kit;
  }
  q.pattern = parse_optional<ex::movement_pattern>("pattern", pattern);
  q.max_level = parse_optional<ex::level>("max_level", max_level);
  q.exact_level = parse_optional<ex::level>("level", level);
  q.modality_is = parse_optional<ex::modality>("modality", modality);
  py::list out;
  for (const ex::exercise_description* e : c.items->select(q))
    out.append(to_python(*e));
  return out;
}

catalog_handle builtin() {
  return catalog_handle{nullptr, &ex::builtin_catalog()};
}

catalog_handle from_json(const std::string& text) {
  auto c = std::make_shared<const ex::catalog>(io::parse_catalog(text));
  const ex::catalog* p = c.get();
  return catalog_handle{std::move(c), p};
}

py::list findings(const catalog_handle& c) {
  py::list out;
  for (const ex::description_finding& f : ex::validate(*c.items)) {
    py::dict d;
    d["code"] = std::string(ex::to_string(f.code));
    d["exercise_id"] = f.exercise_id;
    d["field"] = f.field;
    d["message"] = f.message;
    out.append(d);
  }
  return out;
}

}  // namespace

void bind_exercise(py::module_& m) {
  py::class_<catalog_handle>(
      m, "Catalog",
      "A catalog of exercise descriptions: the built-in one (`Catalog.builtin()`) or one read "
      "from physique's JSON format (`Catalog.from_json(text)`, the schema of "
      "docs/exercise.schema.json). Descriptions are returned as dicts of that schema.")
      .def_static("builtin", &builtin, "The built-in catalog of back exercises.")
      .def_static("from_json", &from_json, py::arg("text"),
                  "Reads a catalog document ({'format': 'physique.exercises', 'version': 1, "
                  "'exercises': [...]}) or a bare array of descriptions. Raises "
                  "physique.InvalidArgument (a ValueError) naming the field path "
                  "('exercises[12].tempo') for malformed JSON or a schema violation.")
      .def("__len__", [](const catalog_handle& c) { return c.items->size(); })
      .def(
          "ids",
          [](const catalog_handle& c) {
            py::list out;
            for (const ex::exercise_description& e : *c.items)
              out.append(e.id);
            return out;
          },
          "Every exercise id, in catalog order.")
      .def(
          "find",
          [](const catalog_handle& c, const std::string& id) -> py::object {
            const ex::exercise_description* e = c.items->find(id);
            if (e == nullptr) return py::none();
            return to_python(*e);
          },
          py::arg("id"), "The description with this id (a dict), or None.")
      .def(
          "__getitem__",
          [](const catalog_handle& c, const std::string& id) -> py::object {
            const ex::exercise_description* e = c.items->find(id);
            if (e == nullptr) throw py::key_error(id);
            return to_python(*e);
          },
          py::arg("id"))
      .def("search", &search, py::kw_only(), py::arg("muscle") = py::none(),
           py::arg("group") = py::none(), py::arg("role") = "primary",
           py::arg("equipment") = py::none(), py::arg("pattern") = py::none(),
           py::arg("max_level") = py::none(), py::arg("level") = py::none(),
           py::arg("modality") = py::none(),
           "Every description matching all the given filters, in catalog order: a muscle "
           "or muscle group trained (role 'primary' or 'any'), equipment at hand (a list; "
           "bodyweight exercises always qualify), movement pattern, maximum or exact level, "
           "modality. Names are the snake_case vocabulary of the JSON schema.")
      .def(
          "to_json", [](const catalog_handle& c) { return io::to_json(*c.items).dump(2); },
          "The catalog as a physique.exercises JSON document (text).")
      .def("findings", &findings,
           "Validation findings of the catalog (data, never raised): code, exercise_id, "
           "field, message. Empty for the built-in catalog.");
}

}  // namespace physique_py
