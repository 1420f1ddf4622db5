// SPDX-License-Identifier: MIT
// The core vocabulary: quantities, units, literals, errors, citations, validity domains.
// Stream output and std::chrono interop are in core/ostream.hpp and core/chrono.hpp.
#pragma once

#include <physique/core/bounds.hpp>
#include <physique/core/citation.hpp>
#include <physique/core/equation.hpp>
#include <physique/core/error.hpp>
#include <physique/core/finding.hpp>
#include <physique/core/literals.hpp>
#include <physique/core/person.hpp>
#include <physique/core/quantity.hpp>
#include <physique/core/real.hpp>
#include <physique/core/sex.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
