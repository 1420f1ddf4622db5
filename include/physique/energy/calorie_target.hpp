// SPDX-License-Identifier: MIT
// Static calorie targets: a goal (lose, maintain, gain) and a weekly rate turned into a
// daily intake with the static 7700 kcal/kg (3500 kcal/lb) rule, plus findings against
// published guidance. Sources: Wishnofsky M, Am J Clin Nutr 1958;6:542-6 (3500 kcal/lb);
// Helms ER, Aragon AA, Fitschen PJ, J Int Soc Sports Nutr 2014;11:20 (loss 0.5-1 %/week);
// NHLBI Obesity Education Initiative 1998 (deficit 500-1000 kcal/day, VLCD < 800 kcal/day);
// Iraki J, Fitschen P, Espinar S, Helms E, Sports 2019;7:154 (gain 0.25-0.5 %/week).
#pragma once

#include <physique/core/citation.hpp>
#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/energy/finding.hpp>

namespace physique::energy {

/// Direction of the plan.
enum class weight_goal : unsigned char { lose, maintain, gain };

/// Stable snake_case name of a goal.
[[nodiscard]] constexpr const char* to_string(weight_goal g) noexcept {
  switch (g) {
    case weight_goal::lose:
      return "lose";
    case weight_goal::maintain:
      return "maintain";
    case weight_goal::gain:
      return "gain";
  }
  return "";
}

/// Sources of the static rule and of the guideline findings.
inline constexpr citation wishnofsky_1958{"Wishnofsky M",
                                          1958,
                                          "Caloric equivalents of gained or lost weight",
                                          "Am J Clin Nutr 6(5):542-546",
                                          "10.1093/ajcn/6.5.542",
                                          "3500 kcal per pound"};
inline constexpr citation helms_aragon_fitschen_2014_loss_rate{
    "Helms ER, Aragon AA, Fitschen PJ",
    2014,
    "Evidence-based recommendations for natural bodybuilding contest preparation: nutrition "
    "and supplementation",
    "J Int Soc Sports Nutr 11:20",
    "10.1186/1550-2783-11-20",
    "Abstract: weight loss of 0.5-1 % of body weight per week"};
inline constexpr citation nhlbi_1998{
    "National Heart, Lung, and Blood Institute, Obesity Education Initiative",
    1998,
    "Clinical Guidelines on the Identification, Evaluation, and Treatment of Overweight and "
    "Obesity in Adults: The Evidence Report",
    "NIH Publication No. 98-4083; Obes Res 6 Suppl 2:51S-209S",
    "",
    "dietary therapy: deficit of 500-1000 kcal/day; very-low-calorie diets below 800 kcal/day"};
/// The same report, cited for the intake-below-resting finding: no primary source states
/// that floor as such; such a plan implies a deficit larger than all non-resting
/// expenditure, which for most adults exceeds the recommended 500-1000 kcal/day.
inline constexpr citation nhlbi_1998_deficit_range{
    nhlbi_1998.authors,
    nhlbi_1998.year,
    nhlbi_1998.title,
    nhlbi_1998.venue,
    nhlbi_1998.doi,
    "dietary therapy: deficit of 500-1000 kcal/day (the resting-expenditure floor is a "
    "practice rule derived from it, not a published threshold)"};
inline constexpr citation iraki_2019{
    "Iraki J, Fitschen P, Espinar S, Helms E",
    2019,
    "Nutrition recommendations for bodybuilders in the off-season: a narrative review",
    "Sports (Basel) 7(7):154",
    "10.3390/sports7070154",
    "weight gain of about 0.25-0.5 % of body weight per week"};

/// The static rule in metric form: 7700 kcal per kg of weight change.
template <real T = double>
[[nodiscard]] constexpr energy_density<T> static_rule_per_kilogram() noexcept {
  return kilocalories_per_kilogram(static_cast<T>(7700));
}
/// The static rule as Wishnofsky stated it: 3500 kcal per pound (7716.2 kcal/kg).
template <real T = double>
[[nodiscard]] constexpr energy_density<T> static_rule_per_pound() noexcept {
  return kilocalories_per_pound(static_cast<T>(3500));
}

/// A weekly rate of weight change given as a mass per week (`kilograms_per_week(0.5)`,
/// `pounds_per_week(1.0)`) or as a percentage of body mass per week. A magnitude: the
/// goal gives the direction.
template <real T = double>
class weight_change_rate {
 public:
  /// A mass per unit time. Throws `invalid_argument` ("rate") when negative or not finite.
  [[nodiscard]] static constexpr weight_change_rate absolute(const mass_rate<T>& rate) {
    physique::detail::require_within("rate", rate.in(kilograms_per_week), T{0},
                                     static_cast<T>(bounds::body_mass.high), "kg/wk",
                                     "must be within 0-700 kg/wk (the heaviest body, per week)");
    return weight_change_rate(rate, T{0}, false);
  }
  /// A percentage of body mass per week (1.0 means 1 %/week). Throws `invalid_argument`
  /// ("rate") unless within [0, 100).
  [[nodiscard]] static constexpr weight_change_rate percent_of_body_mass_per_week(T percent) {
    physique::detail::require(is_finite(percent) && percent >= T{0} && percent < T{100}, "rate",
                              percent, "%/wk", "must be within [0, 100)");
    return weight_change_rate(mass_rate<T>{}, percent, true);
  }

  /// The rate as a mass per time for a person of `body_mass`.
  [[nodiscard]] constexpr mass_rate<T> at(const mass<T>& body_mass) const noexcept {
    if (!is_percent_) return rate_;
    return kilograms_per_week(body_mass.in(kilograms)*percent_ / T{100});
  }
  /// The rate as % of `body_mass` per week.
  [[nodiscard]] constexpr T percent_per_week(const mass<T>& body_mass) const noexcept {
    if (is_percent_) return percent_;
    return T{100} * rate_.in(kilograms_per_week) / body_mass.in(kilograms);
  }
  [[nodiscard]] constexpr bool is_percent() const noexcept { return is_percent_; }
  [[nodiscard]] constexpr bool is_zero() const noexcept {
    return is_percent_ ? percent_ == T{0} : rate_ == mass_rate<T>{};
  }

 private:
  constexpr weight_change_rate(mass_rate<T> r, T p, bool is_p) noexcept
      : rate_(r), percent_(p), is_percent_(is_p) {}
  mass_rate<T> rate_{};
  T percent_{};
  bool is_percent_ = false;
};

/// Everything a static calorie target needs.
template <real T = double>
struct calorie_target_input {
  energy::weight_goal goal = weight_goal::maintain;
  /// Magnitude of the weekly change; must be zero for `maintain`.
  weight_change_rate<T> rate = weight_change_rate<T>::absolute(mass_rate<T>{});
  energy_rate<T> maintenance{};  ///< total daily expenditure at the current weight
  energy_rate<T> resting{};      ///< resting expenditure, for the intake floor finding
  mass<T> body_mass{};           ///< current body mass, for %/week rates and findings
  /// Energy per mass of weight change. Default 7700 kcal/kg; `static_rule_per_pound()`
  /// gives Wishnofsky's 3500 kcal/lb.
  energy_density<T> energy_per_mass = static_rule_per_kilogram<T>();
  /// Gain rate (% body mass/week) above which the surplus exceeds what lean gain can
  /// use; 0.5 from Iraki et al. 2019 (use 0.25 for trained lifters, the lower end).
  T lean_gain_limit_percent = static_cast<T>(0.5);
  /// Loss rate (% body mass/week) above which lean mass is at risk; 1.0 from Helms,
  /// Aragon & Fitschen 2014.
  T loss_limit_percent = static_cast<T>(1.0);
};

/// A daily intake target from the static rule, with the findings of the plan.
template <real T = double>
struct calorie_target {
  /// True: the energy per kg is constant and expenditure is assumed not to change as
  /// weight changes. It overpredicts long-term change (Hall 2008); the dynamic model
  /// (hall_*) supersedes it for forecasts beyond a few weeks.
  static constexpr bool is_static_estimate = true;

  energy_rate<T> intake{};              ///< daily intake target
  energy_rate<T> balance{};             ///< intake - maintenance (negative: deficit)
  mass_rate<T> expected_rate{};         ///< signed weight change the static rule predicts
  energy_density<T> energy_per_mass{};  ///< the density used (7700 kcal/kg by default)
  finding_list findings{};              ///< guideline findings (never clamps)
};

/// The daily intake for `in.goal` at `in.rate` under the static rule:
///
///     daily balance = +/- rate (mass/day) x energy_per_mass
///     intake        = maintenance + daily balance
///
/// e.g. 0.5 kg/week x 7700 kcal/kg / 7 = 550 kcal/day; 1 lb/week x 3500 kcal/lb / 7 =
/// 500 kcal/day. The target is never clamped; instead `findings` lists (each with its
/// source): loss above `loss_limit_percent` of body mass per week (Helms et al. 2014),
/// intake below resting expenditure, a deficit above 1000 kcal/day or intake below
/// 800 kcal/day (NHLBI 1998), gain above `lean_gain_limit_percent` per week (Iraki et al.
/// 2019).
///
/// - Throws: `invalid_argument` naming the parameter when maintenance, resting, body mass
///   or energy_per_mass is not positive or outside the bounds table, when a non-zero rate is given
///   with `weight_goal::maintain` ("rate"), or when the plan implies an intake of zero or less
///   ("intake": no food intake can be a target).
template <real T>
[[nodiscard]] constexpr calorie_target<T> static_calorie_target(const calorie_target_input<T>& in) {
  physique::detail::require_positive("maintenance", in.maintenance);
  physique::detail::require_energy_intake("maintenance", in.maintenance);
  physique::detail::require_positive("resting", in.resting);
  physique::detail::require_energy_intake("resting", in.resting);
  physique::detail::require_body_mass("body_mass", in.body_mass);
  physique::detail::require_positive("energy_per_mass", in.energy_per_mass);
  physique::detail::require_plausible("energy_per_mass",
                                      in.energy_per_mass.in(kilocalories_per_kilogram),
                                      bounds::tissue_energy_density);
  physique::detail::require_positive("lean_gain_limit_percent", in.lean_gain_limit_percent, "%/wk");
  physique::detail::require_positive("loss_limit_percent", in.loss_limit_percent, "%/wk");
  const mass_rate<T> magnitude = in.rate.at(in.body_mass);
  if (in.goal == weight_goal::maintain) {
    physique::detail::require(in.rate.is_zero(), "rate", magnitude.in(kilograms_per_week), "kg/wk",
                              "must be zero when the goal is maintain");
  }
  const T sign = in.goal == weight_goal::lose ? T{-1} : T{1};
  const mass_rate<T> signed_rate = magnitude * sign;

  calorie_target<T> out;
  out.energy_per_mass = in.energy_per_mass;
  out.expected_rate = signed_rate;
  out.balance = signed_rate * in.energy_per_mass;
  out.intake = in.maintenance + out.balance;
  physique::detail::require(out.intake > energy_rate<T>{}, "intake",
                            out.intake.in(kilocalories_per_day), "kcal/d",
                            "must be positive: the rate asks for a deficit larger than "
                            "maintenance");
  physique::detail::require(
      bounds::energy_intake.contains(static_cast<double>(out.intake.in(kilocalories_per_day))),
      "rate", signed_rate.in(kilograms_per_week), "kg/wk",
      "asks for an intake above 30000 kcal/d, more than anyone can eat");

  const T percent = in.rate.percent_per_week(in.body_mass);
  const double kcal = static_cast<double>(out.intake.in(kilocalories_per_day));
  if (in.goal == weight_goal::lose && percent > in.loss_limit_percent) {
    out.findings.add({target_finding_code::loss_rate_above_guideline,
                      "planned loss is faster than about 1 % of body mass per week; slower "
                      "loss (0.5-1 %/week) better preserves lean mass",
                      static_cast<double>(percent), static_cast<double>(in.loss_limit_percent),
                      "% body mass/wk", helms_aragon_fitschen_2014_loss_rate});
  }
  if (out.intake < in.resting) {
    out.findings.add({target_finding_code::intake_below_resting,
                      "planned intake is below the resting expenditure estimate: the deficit "
                      "exceeds all energy spent beyond rest",
                      kcal, static_cast<double>(in.resting.in(kilocalories_per_day)), "kcal/d",
                      nhlbi_1998_deficit_range});
  }
  const T deficit = -out.balance.in(kilocalories_per_day);
  if (deficit > static_cast<T>(1000)) {
    out.findings.add({target_finding_code::deficit_above_guideline,
                      "planned deficit is larger than the 500-1000 kcal/day recommended for "
                      "gradual weight loss",
                      static_cast<double>(deficit), 1000.0, "kcal/d", nhlbi_1998});
  }
  if (kcal < 800.0) {
    out.findings.add({target_finding_code::very_low_calorie_intake,
                      "planned intake is below 800 kcal/day, a very-low-calorie diet that "
                      "calls for medical supervision",
                      kcal, 800.0, "kcal/d", nhlbi_1998});
  }
  if (in.goal == weight_goal::gain && percent > in.lean_gain_limit_percent) {
    out.findings.add({target_finding_code::gain_rate_above_lean_gain,
                      "planned gain is faster than lean tissue can be added; the extra surplus "
                      "is stored mostly as fat",
                      static_cast<double>(percent), static_cast<double>(in.lean_gain_limit_percent),
                      "% body mass/wk", iraki_2019});
  }
  return out;
}

}  // namespace physique::energy
