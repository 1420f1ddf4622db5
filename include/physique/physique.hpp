// SPDX-License-Identifier: MIT
// Umbrella header: every domain of physique. Two layers are included on their own:
// <physique/planner.hpp>, the back-training planner built on every domain (it doubles the
// compile time of a translation unit that does not use it), and <physique/io/json.hpp>,
// which needs nlohmann/json.
#pragma once

#include <physique/composition.hpp>
#include <physique/core.hpp>
#include <physique/core/chrono.hpp>
#include <physique/core/ostream.hpp>
#include <physique/energy.hpp>
#include <physique/exercise.hpp>
#include <physique/nutrition.hpp>
#include <physique/training.hpp>
#include <physique/training/chrono.hpp>
#include <physique/version.hpp>
