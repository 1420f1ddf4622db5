// SPDX-License-Identifier: MIT
#include "common.hpp"

namespace physique_py {
void bind_composition(py::module_& /*m*/) {}
}  // namespace physique_py
