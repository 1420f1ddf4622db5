// SPDX-License-Identifier: MIT
// The extension module physique._physique: shared argument handling, the error type, and
// one bind_* call per domain (each in its own file).
#include "common.hpp"

#include <cctype>
#include <cstdio>
#include <string>

#include <physique/version.hpp>

namespace physique_py {

physique::sex parse_sex(std::string_view text) {
  std::string lower(text);
  for (char& c : lower)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "male" || lower == "m") return physique::sex::male;
  if (lower == "female" || lower == "f") return physique::sex::female;
  physique::report_invalid_argument("sex", text, "must be \"male\" or \"female\"");
}

bool is_number(const py::handle& h) noexcept {
  return PyFloat_Check(h.ptr()) || (PyLong_Check(h.ptr()) && !PyBool_Check(h.ptr()));
}

column<double> real_column(const py::handle& h, const char* name) {
  column<double> c;
  if (PyFloat_Check(h.ptr())) {
    c.single = PyFloat_AS_DOUBLE(h.ptr());
    return c;
  }
  if (is_number(h)) {
    c.single = PyLong_AsDouble(h.ptr());
    if (c.single == -1.0 && PyErr_Occurred()) throw py::error_already_set();
    return c;
  }
  if (PyBool_Check(h.ptr()) || PyUnicode_Check(h.ptr()) || h.is_none()) {
    throw py::type_error(std::string(name) + " must be a number or an array of numbers");
  }
  using array = py::array_t<double, py::array::c_style | py::array::forcecast>;
  array a = array::ensure(h);
  if (!a) {
    PyErr_Clear();
    throw py::type_error(std::string(name) + " must be a number or an array of numbers");
  }
  if (a.ndim() == 0) {
    c.single = *a.data();
    return c;
  }
  if (a.ndim() != 1) throw py::value_error(std::string(name) + " must be one-dimensional");
  c.scalar = false;
  c.data = a.data();
  c.size = static_cast<std::size_t>(a.shape(0));
  c.keep = std::move(a);
  return c;
}

column<physique::sex> sex_column(const py::handle& h, const char* name) {
  column<physique::sex> c;
  if (PyUnicode_Check(h.ptr())) {
    c.single = parse_sex(h.cast<std::string_view>());
    return c;
  }
  py::array a = py::array::ensure(h);
  if (!a) {
    PyErr_Clear();
    throw py::type_error(std::string(name) + " must be \"male\"/\"female\" or an array of them");
  }
  if (a.ndim() != 1) throw py::value_error(std::string(name) + " must be one-dimensional");
  const std::size_t n = static_cast<std::size_t>(a.shape(0));
  c.scalar = false;
  c.size = n;
  const char kind = a.dtype().kind();
  if (kind == 'u' || kind == 'i') {
    using codes = py::array_t<std::uint8_t, py::array::c_style | py::array::forcecast>;
    codes u = codes::ensure(a);
    const std::uint8_t* p = u.data();
    for (std::size_t i = 0; i < n; ++i) {
      if (p[i] > 1U) {
        physique::report_invalid_argument(physique::error_report{
            "sex", static_cast<double>(p[i]), "", "codes must be 0 (male) or 1 (female)", nullptr});
      }
    }
    // physique::sex is an enum over unsigned char with male = 0, female = 1.
    c.data = reinterpret_cast<const physique::sex*>(p);
    c.keep = std::move(u);
    return c;
  }
  c.storage.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    py::object item = a[py::int_(i)];
    if (PyBytes_Check(item.ptr())) item = item.attr("decode")("ascii");
    c.storage.push_back(parse_sex(py::str(item).cast<std::string>()));
  }
  c.data = c.storage.data();
  return c;
}

std::size_t common_size(std::initializer_list<std::pair<const char*, std::size_t>> sizes) {
  std::size_t n = 1;
  for (const auto& s : sizes) {
    if (s.second == 1) continue;
    if (n != 1 && s.second != n) {
      throw py::value_error("physique: columns of different lengths (" + std::to_string(n) +
                            " and " + std::to_string(s.second) + ")");
    }
    n = s.second;
  }
  return n;
}

void rethrow_at(const physique::invalid_argument& e, std::size_t i) {
  physique::error_report r = e.report();
  const std::string requirement = std::string(r.requirement) + " (row " + std::to_string(i) + ")";
  r.requirement = requirement.c_str();
  throw physique::invalid_argument(r);
}

py::dict to_dict(const physique::citation& c) {
  py::dict d;
  d["authors"] = c.authors;
  d["year"] = c.year;
  d["title"] = c.title;
  d["venue"] = c.venue;
  d["doi"] = c.doi;
  d["locator"] = c.locator;
  return d;
}

py::dict to_dict(const physique::validity_report& r) {
  py::dict d;
  d["inside"] = r.inside();
  d["sex_outside"] = r.sex_outside();
  py::list outside;
  for (const physique::outside_bound& o : r) {
    py::dict b;
    b["parameter"] = o.parameter;
    b["unit"] = o.unit;
    b["value"] = o.value;
    b["low"] = o.range.low;
    b["high"] = o.range.high;
    outside.append(b);
  }
  d["outside"] = outside;
  return d;
}

py::dict to_dict(const physique::equation_info& info) {
  py::dict d;
  d["id"] = info.id;
  d["name"] = info.name;
  d["source"] = to_dict(info.source);
  d["population"] = info.domain.population;
  py::list bounds;
  for (const physique::bound& b : info.domain.bounds) {
    if (b.parameter[0] == '\0') continue;
    py::dict x;
    x["parameter"] = b.parameter;
    x["unit"] = b.unit;
    x["low"] = b.range.low;
    x["high"] = b.range.high;
    bounds.append(x);
  }
  d["bounds"] = bounds;
  return d;
}

std::string source_line(const physique::citation& c) {
  std::string s = std::string(c.authors) + " (" + std::to_string(c.year) + "). " + c.title + ". " +
                  c.venue + ".";
  if (c.doi[0] != '\0') s += std::string(" doi:") + c.doi + ".";
  if (c.locator[0] != '\0') s += std::string(" ") + c.locator + ".";
  return s;
}

std::string source_line(const physique::equation_info& info) {
  return std::string(info.name) + ". Source: " + source_line(info.source) +
         "\nValidated on: " + info.domain.population + ".";
}

void register_errors(py::module_& m) {
  static py::exception<physique::invalid_argument> error(m, "InvalidArgument", PyExc_ValueError);
  error.doc() =
      "Raised for physically impossible input (a ValueError): the message is the library's, "
      "naming the parameter and its value; `parameter` and `value` hold them.";
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const physique::invalid_argument& e) {
      py::object instance = py::reinterpret_borrow<py::object>(error)(e.what());
      instance.attr("parameter") = e.parameter();
      if (e.report().detail == nullptr) {
        instance.attr("value") = e.value();
      } else {
        instance.attr("value") = py::none();
      }
      PyErr_SetObject(error.ptr(), instance.ptr());
    }
  });
}

}  // namespace physique_py

PYBIND11_MODULE(_physique, m) {
  namespace pp = physique_py;
  m.doc() =
      "physique: body-composition, energy-balance and training math (C++20 core). Plain "
      "numbers in the units the parameter names state (kg, cm, years, kcal/d); any numeric "
      "argument may also be a numpy array (one value per person).";
  m.attr("__version__") = std::to_string(PHYSIQUE_VERSION_MAJOR) + "." +
                          std::to_string(PHYSIQUE_VERSION_MINOR) + "." +
                          std::to_string(PHYSIQUE_VERSION_PATCH);
  pp::register_errors(m);
  pp::bind_energy(m);
  pp::bind_hall(m);
  pp::bind_composition(m);
  pp::bind_nutrition(m);
  pp::bind_training(m);
  pp::bind_exercise(m);
  pp::bind_planner(m);
}
