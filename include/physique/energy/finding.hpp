// SPDX-License-Identifier: MIT
// finding and finding_list: advice-level observations about a plan (a rate of loss above a
// guideline, an intake below resting expenditure...), each with its source. Fixed capacity,
// no allocation. Sources are those of the checks that produce them (see calorie_target.hpp).
#pragma once

#include <physique/core/finding.hpp>

namespace physique::energy {

/// What a finding is about. Stable values: apps may switch on them or store them.
enum class target_finding_code : unsigned char {
  /// Planned loss faster than about 1 % of body mass per week (Helms et al. 2014).
  loss_rate_above_guideline,
  /// Planned daily intake below the resting expenditure estimate.
  intake_below_resting,
  /// Planned deficit larger than 1000 kcal/day (NHLBI 1998).
  deficit_above_guideline,
  /// Planned intake below 800 kcal/day, a very-low-calorie diet (NHLBI 1998).
  very_low_calorie_intake,
  /// Planned gain faster than lean tissue can be added; the excess is mostly fat
  /// (Iraki et al. 2019).
  gain_rate_above_lean_gain,
  /// A physical activity level outside the FAO/WHO/UNU 2004 range for sustainable
  /// lifestyles (1.40-2.40).
  pal_outside_sustainable_range,
};

/// Stable snake_case name of a finding code.
[[nodiscard]] constexpr const char* to_string(target_finding_code c) noexcept {
  switch (c) {
    case target_finding_code::loss_rate_above_guideline:
      return "loss_rate_above_guideline";
    case target_finding_code::intake_below_resting:
      return "intake_below_resting";
    case target_finding_code::deficit_above_guideline:
      return "deficit_above_guideline";
    case target_finding_code::very_low_calorie_intake:
      return "very_low_calorie_intake";
    case target_finding_code::gain_rate_above_lean_gain:
      return "gain_rate_above_lean_gain";
    case target_finding_code::pal_outside_sustainable_range:
      return "pal_outside_sustainable_range";
  }
  return "";
}

/// One energy finding: code, sentence, value, limit, unit and source.
using target_finding = physique::basic_finding<target_finding_code>;
/// The findings of one calorie-target check (at most one per code).
using finding_list = physique::basic_finding_list<target_finding_code, 8>;

}  // namespace physique::energy
