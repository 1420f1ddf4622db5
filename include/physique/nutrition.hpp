// SPDX-License-Identifier: MIT
// The nutrition domain: Atwater energy factors, daily macros, macro splits from an energy
// target with goal presets, per-meal protein, evaluation against guidelines, whole-gram
// rounding and the batch split.
#pragma once

#include <physique/core/literals.hpp>
#include <physique/nutrition/atwater.hpp>
#include <physique/nutrition/evaluation.hpp>
#include <physique/nutrition/goal_presets.hpp>
#include <physique/nutrition/guidelines.hpp>
#include <physique/nutrition/macro_split.hpp>
#include <physique/nutrition/macro_split_batch.hpp>
#include <physique/nutrition/macros.hpp>
#include <physique/nutrition/protein_distribution.hpp>
#include <physique/nutrition/rounding.hpp>
