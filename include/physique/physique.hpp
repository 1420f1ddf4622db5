// SPDX-License-Identifier: MIT
// Umbrella header: every public header of physique except io/json.hpp, which needs
// nlohmann/json.
#pragma once

#include <physique/composition.hpp>
#include <physique/core.hpp>
#include <physique/core/chrono.hpp>
#include <physique/core/ostream.hpp>
#include <physique/energy.hpp>
#include <physique/exercise.hpp>
#include <physique/nutrition.hpp>
#include <physique/planner.hpp>
#include <physique/training.hpp>
#include <physique/training/chrono.hpp>
#include <physique/version.hpp>
