// SPDX-License-Identifier: MIT
// Umbrella header of the exercise domain: vocabularies (muscles, equipment, classification),
// the exercise description, catalogs with queries, validation and the built-in catalog.
// The JSON adapter is separate: <physique/io/json.hpp> (needs nlohmann/json).
#pragma once

#include <physique/exercise/breathing.hpp>
#include <physique/exercise/builtin_catalog.hpp>
#include <physique/exercise/catalog.hpp>
#include <physique/exercise/contraction.hpp>
#include <physique/exercise/description.hpp>
#include <physique/exercise/equipment.hpp>
#include <physique/exercise/force.hpp>
#include <physique/exercise/laterality.hpp>
#include <physique/exercise/level.hpp>
#include <physique/exercise/measure.hpp>
#include <physique/exercise/mechanic.hpp>
#include <physique/exercise/modality.hpp>
#include <physique/exercise/movement_pattern.hpp>
#include <physique/exercise/movement_pattern_guess.hpp>
#include <physique/exercise/muscle.hpp>
#include <physique/exercise/rep_guidance.hpp>
#include <physique/exercise/tempo.hpp>
#include <physique/exercise/validate.hpp>
#include <physique/exercise/vocabulary.hpp>
