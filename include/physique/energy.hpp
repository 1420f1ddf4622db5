// SPDX-License-Identifier: MIT
// Umbrella header of physique::energy: resting/basal expenditure equations and their
// family, physical activity and total expenditure (FAO/WHO/UNU 2004 PAL, IOM 2005 TEE),
// static calorie targets, batch entry points, the Hall et al. 2011 dynamic body-weight
// model with its questions and batch, and expenditure estimated from logs.
#pragma once

#include <physique/core/literals.hpp>
#include <physique/energy/calorie_target.hpp>
#include <physique/energy/expenditure_batch.hpp>
#include <physique/energy/expenditure_from_logs.hpp>
#include <physique/energy/finding.hpp>
#include <physique/energy/hall_batch.hpp>
#include <physique/energy/hall_forbes.hpp>
#include <physique/energy/hall_intake.hpp>
#include <physique/energy/hall_model.hpp>
#include <physique/energy/hall_parameters.hpp>
#include <physique/energy/hall_questions.hpp>
#include <physique/energy/harris_benedict.hpp>
#include <physique/energy/henry_oxford.hpp>
#include <physique/energy/iom_2005.hpp>
#include <physique/energy/lean_mass_equations.hpp>
#include <physique/energy/mifflin_st_jeor.hpp>
#include <physique/energy/owen.hpp>
#include <physique/energy/physical_activity.hpp>
#include <physique/energy/physical_activity_level.hpp>
#include <physique/energy/resting_energy.hpp>
#include <physique/energy/schofield.hpp>
