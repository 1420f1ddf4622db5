// SPDX-License-Identifier: MIT
// The composition domain: body-fat and lean-mass estimators, density conversions, indices,
// the body_composition value, equation families and batch entry points.
#pragma once

#include <physique/composition/batch.hpp>
#include <physique/composition/bmi_category.hpp>
#include <physique/composition/body_composition.hpp>
#include <physique/composition/density.hpp>
#include <physique/composition/deurenberg.hpp>
#include <physique/composition/durnin_womersley.hpp>
#include <physique/composition/equations.hpp>
#include <physique/composition/ffmi.hpp>
#include <physique/composition/jackson_2002.hpp>
#include <physique/composition/jackson_pollock.hpp>
#include <physique/composition/lean_body_mass.hpp>
#include <physique/composition/relative_fat_mass.hpp>
#include <physique/composition/skinfolds.hpp>
#include <physique/composition/us_navy.hpp>
#include <physique/composition/waist_to_height.hpp>
#include <physique/core/literals.hpp>
