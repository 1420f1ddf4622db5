// SPDX-License-Identifier: MIT
// Every domain can be opened with `using namespace` in the same scope: the names that used to
// collide (two `goal` enums, three `finding_code` enums and `finding` types, two Helms 2014
// citations) are now distinct, so each unqualified use below is unambiguous.
#include <physique/physique.hpp>

using namespace physique;
using namespace physique::composition;
using namespace physique::energy;
using namespace physique::exercise;
using namespace physique::nutrition;
using namespace physique::training;

static_assert(weight_goal::lose != weight_goal::gain);
static_assert(diet_phase::deficit != diet_phase::surplus);
static_assert(target_finding_code::intake_below_resting !=
              target_finding_code::deficit_above_guideline);
static_assert(macro_finding_code::protein_below_rda != macro_finding_code::too_few_meals);
static_assert(description_finding_code::missing_id != description_finding_code::bad_id);
static_assert(helms_aragon_fitschen_2014.year == helms_aragon_fitschen_2014_loss_rate.year);
[[maybe_unused]] static const target_finding* energy_finding = nullptr;
[[maybe_unused]] static const macro_finding* nutrition_finding = nullptr;
[[maybe_unused]] static const description_finding* exercise_finding = nullptr;
[[maybe_unused]] static const muscle_credit* credit = nullptr;
