// SPDX-License-Identifier: MIT
// Umbrella header of the training domain: 1RM and RPE, powerlifting scores, load monitoring
// (fitness-fatigue, ACWR, session RPE), the training log, volume, landmarks and weekly
// structure. The std::chrono interop (training/chrono.hpp) is not included.
#pragma once

#include <physique/core/literals.hpp>
#include <physique/training/age_coefficients.hpp>
#include <physique/training/daily_load.hpp>
#include <physique/training/date.hpp>
#include <physique/training/equipment_loads.hpp>
#include <physique/training/ewma.hpp>
#include <physique/training/fitness_fatigue.hpp>
#include <physique/training/load_rounding.hpp>
#include <physique/training/one_rep_max.hpp>
#include <physique/training/prescription.hpp>
#include <physique/training/program.hpp>
#include <physique/training/progression.hpp>
#include <physique/training/progression_double.hpp>
#include <physique/training/progression_ladder.hpp>
#include <physique/training/progression_linear.hpp>
#include <physique/training/progression_log.hpp>
#include <physique/training/progression_rpe.hpp>
#include <physique/training/progression_volume.hpp>
#include <physique/training/progression_wave.hpp>
#include <physique/training/rpe.hpp>
#include <physique/training/session_rpe.hpp>
#include <physique/training/simulated_lifter.hpp>
#include <physique/training/strength_scores.hpp>
#include <physique/training/training_log.hpp>
#include <physique/training/volume.hpp>
#include <physique/training/volume_landmarks.hpp>
#include <physique/training/weekly_structure.hpp>
#include <physique/training/workload_ratio.hpp>
