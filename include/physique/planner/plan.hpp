// SPDX-License-Identifier: MIT
// The back-training planner: from a person, a goal, the equipment at hand and the days
// available, a complete plan (expenditure, calorie target, macros, a back-focused weekly
// schedule, the progression of every exercise, the projected body composition and every
// finding) built only from the library's modules. Sources: those of each module (Mifflin et
// al. 1990; McArdle, Katch & Katch 1996; FAO/WHO/UNU 2004; Wishnofsky 1958; Hall et al. 2011;
// Helms et al. 2014; Morton et al. 2018; Schoenfeld & Aragon 2018; Ratamess et al. 2009;
// Israetel 2017), listed in docs/planner.md.
#pragma once

#include <physique/planner/plan_types.hpp>

namespace physique::planner {

/// Builds the plan. Throws `physique::invalid_argument` naming the value for impossible input
/// (an invalid person, `days_per_week` outside 1-7, `weeks` outside 1-104, a PAL outside
/// 1.0-5.0, `meals` outside 1-24, a body fat outside [0, 100) or tape/skinfold values the
/// equations cannot use, a non-zero `weekly_rate_percent` with recomposition, a rate whose
/// intake would be zero or less). Off-guideline input gives findings, never an error.
[[nodiscard]] inline plan make_plan(const plan_input& input);

}  // namespace physique::planner

#include <physique/planner/detail/make_plan.hpp>
