// SPDX-License-Identifier: MIT
// What every binding file shares: plain numbers or numpy arrays as arguments (one call
// for one person or a column of people, broadcast like numpy), sex as "male"/"female" or a
// column of codes, and library results (citations, validity reports, findings) as Python
// data.
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <physique/core/citation.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/error.hpp>
#include <physique/core/finding.hpp>
#include <physique/core/sex.hpp>
#include <physique/core/validity.hpp>

namespace physique_py {

namespace py = pybind11;

/// A float, an int or anything numpy reads as an array of float64.
struct real_arg {
  py::object value;
};
/// "male" / "female", or a column of them (strings, or uint8 codes 0 = male, 1 = female).
struct sex_arg {
  py::object value;
};

}  // namespace physique_py

namespace pybind11::detail {

template <>
struct type_caster<physique_py::real_arg> {
  PYBIND11_TYPE_CASTER(physique_py::real_arg, const_name("float | numpy.ndarray"));
  bool load(handle src, bool /*convert*/) {
    if (src.is_none()) return false;
    value.value = reinterpret_borrow<object>(src);
    return true;
  }
  static handle cast(const physique_py::real_arg& src, return_value_policy /*policy*/,
                     handle /*parent*/) {
    return src.value.inc_ref();
  }
};

template <>
struct type_caster<physique_py::sex_arg> {
  PYBIND11_TYPE_CASTER(physique_py::sex_arg, const_name("str | numpy.ndarray"));
  bool load(handle src, bool /*convert*/) {
    if (src.is_none()) return false;
    value.value = reinterpret_borrow<object>(src);
    return true;
  }
  static handle cast(const physique_py::sex_arg& src, return_value_policy /*policy*/,
                     handle /*parent*/) {
    return src.value.inc_ref();
  }
};

}  // namespace pybind11::detail

namespace physique_py {

/// "male"/"female" (any case, or "m"/"f") as the library's sex; ValueError otherwise.
physique::sex parse_sex(std::string_view text);

/// A scalar or a 1-D column of values of type T; `at(i)` broadcasts a single value.
template <class T>
struct column {
  const T* data = nullptr;
  std::size_t size = 1;
  bool scalar = true;
  T single{};
  py::object keep;  ///< owns the array `data` points into
  std::vector<T> storage;

  [[nodiscard]] T at(std::size_t i) const noexcept {
    if (scalar) return single;
    return size == 1 ? data[0] : data[i];
  }
};

/// Reads a number or an array of float64 (copied only when its dtype or layout differs).
column<double> real_column(const py::handle& h, const char* name);
/// Reads a sex or a column of sexes (uint8 codes are used in place).
column<physique::sex> sex_column(const py::handle& h, const char* name);
/// True when `h` is a plain Python (or numpy) number.
bool is_number(const py::handle& h) noexcept;

/// The common length of the non-scalar columns; ValueError when two lengths differ
/// (length-1 arrays broadcast).
std::size_t common_size(std::initializer_list<std::pair<const char*, std::size_t>> sizes);

/// Rethrows a library error raised at element `i` of a column call, naming the element.
[[noreturn]] void rethrow_at(const physique::invalid_argument& e, std::size_t i);

/// Python data for library records.
py::dict to_dict(const physique::citation& c);
py::dict to_dict(const physique::validity_report& r);
py::dict to_dict(const physique::equation_info& info);
/// "Name. Authors (year) title. venue. doi: ...": the source line of a docstring.
std::string source_line(const physique::equation_info& info);
std::string source_line(const physique::citation& c);

/// Findings of any module, as a list of dicts.
template <class Code, std::size_t N>
py::list to_list(const physique::basic_finding_list<Code, N>& findings) {
  py::list out;
  for (const physique::basic_finding<Code>& f : findings) {
    py::dict d;
    d["code"] = to_string(f.code);
    d["message"] = f.message;
    d["value"] = f.value;
    d["limit"] = f.limit;
    d["unit"] = f.unit;
    d["source"] = to_dict(f.source);
    out.append(d);
  }
  return out;
}

/// Applies `f` to each row of the given columns: a float for scalar input, a float64 array
/// for columns. The loop runs in C++ without the GIL.
template <class F, class... T>
py::object map_columns(F f, const column<T>&... cols) {
  if ((cols.scalar && ...)) return py::float_(f(cols.single...));
  const std::size_t n = common_size({{"", cols.scalar ? 1 : cols.size}...});
  py::array_t<double> out(static_cast<py::ssize_t>(n));
  double* o = out.mutable_data();
  {
    py::gil_scoped_release release;
    std::size_t i = 0;
    try {
      for (; i < n; ++i)
        o[i] = f(cols.at(i)...);
    } catch (const physique::invalid_argument& e) {
      rethrow_at(e, i);
    }
  }
  return out;
}

/// Registers the module's error type and translator (physique.InvalidArgument, a
/// ValueError carrying the library's message, `parameter` and `value`).
void register_errors(py::module_& m);

void bind_energy(py::module_& m);
void bind_hall(py::module_& m);
void bind_composition(py::module_& m);
void bind_nutrition(py::module_& m);
void bind_training(py::module_& m);
void bind_exercise(py::module_& m);
void bind_planner(py::module_& m);

}  // namespace physique_py
