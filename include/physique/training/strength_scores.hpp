// SPDX-License-Identifier: MIT
// Powerlifting scores that compare lifters of different bodyweight: Wilks (original), Wilks
// 2020, DOTS, IPF GL ("Goodlift") points, IPF Points (2019), Schwartz-Malone, Glossbrenner
// and Hoffman, with OpenPowerlifting's bodyweight bounds and rounding. Sources:
// OpenPowerlifting coefficients crate (wilks.rs, wilks2020.rs, dots.rs, goodlift.rs, ipf.rs,
// schwartzmalone.rs, glossbrenner.rs, hoffman.rs); IPF GL formula (IPF, 2020); DOTS
// (Konertz, BVDK); Schwartz formula (Powerlifting USA 6(2), Aug 1982, p 61).
#pragma once

#include <array>
#include <cmath>
#include <optional>

#include <physique/core/equation.hpp>
#include <physique/core/sex.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
#include <physique/detail/require.hpp>

namespace physique::training {

/// Rounds points the way OpenPowerlifting stores them: to hundredths, halves away from zero
/// (OpenPowerlifting `Points::from(f64)`).
template <real T>
[[nodiscard]] T round_points(T points) noexcept {
  return std::round(points * T{100}) / T{100};
}

/// The competition of a score: the three lifts (SBD total) or one lift alone. IPF GL is
/// defined for `full_power` and `bench_press` only; IPF Points (2019) for all four.
enum class lift_event : unsigned char { full_power, bench_press, squat, deadlift };

/// Equipment class of an IPF GL score: raw ("classic"; also used for wraps and straps) or
/// equipped (single-ply; also used for multi-ply).
enum class lift_equipment : unsigned char { raw, equipped };

namespace detail {

template <real T>
constexpr void require_score_inputs(const mass<T>& bodyweight, const mass<T>& total) {
  physique::detail::require_positive("bodyweight", bodyweight);
  physique::detail::require_non_negative("total", total);
}

/// a + b x + c x^2 + d x^3 + e x^4 + f x^5 (Horner), coefficients cast to T.
template <real T>
constexpr T quintic(const std::array<double, 6>& c, T x) noexcept {
  T acc = static_cast<T>(c[5]);
  for (int i = 4; i >= 0; --i)
    acc = acc * x + static_cast<T>(c[static_cast<std::size_t>(i)]);
  return acc;
}

template <real T>
constexpr T clamp_to(T x, double low, double high) noexcept {
  if (x < static_cast<T>(low)) return static_cast<T>(low);
  if (x > static_cast<T>(high)) return static_cast<T>(high);
  return x;
}

/// The shared shape of Wilks and Wilks 2020: coefficient = numerator / quintic(clamped bw).
struct reciprocal_quintic {
  double numerator;
  std::array<double, 6> men;
  std::array<double, 6> women;
  interval men_bounds;
  interval women_bounds;

  template <real T>
  [[nodiscard]] constexpr T coefficient(sex s, const mass<T>& bodyweight) const {
    physique::detail::require_positive("bodyweight", bodyweight);
    const bool male = s == sex::male;
    const interval b = male ? men_bounds : women_bounds;
    const T x = clamp_to(bodyweight.in(kilograms), b.low, b.high);
    return static_cast<T>(numerator) / quintic(male ? men : women, x);
  }
};

/// IPF GL has parameters for the SBD total and the bench press only.
constexpr void require_gl_event(lift_event event) {
  physique::detail::require(event == lift_event::full_power || event == lift_event::bench_press,
                            "event", static_cast<int>(event), "",
                            "IPF GL is defined for full_power and bench_press only");
}

template <real T>
constexpr validity_report bodyweight_validity(const interval& bounds, const mass<T>& bodyweight) {
  validity_report r;
  const double bw = static_cast<double>(bodyweight.in(kilograms));
  if (!bounds.contains(bw)) r.add(outside_bound{"bodyweight", "kg", bw, bounds});
  return r;
}

}  // namespace detail

/// Original Wilks score (500-point scale): points = total x 500 / (a + b x + ... + f x^5),
/// x = bodyweight in kg clamped to [40, 201.9] (men) or [26.51, 154.53] (women) as
/// OpenPowerlifting does (the published tables end there).
///
/// - `coefficient(sex, bodyweight)`: the multiplier.
/// - `operator()(sex, bodyweight, total)`: points, unrounded (see `round_points`).
///   Throws `invalid_argument` if bodyweight is not positive or total is negative/NaN.
/// - `validity(sex, bodyweight)`: reports a bodyweight outside the clamp range.
///
/// Source: Wilks formula as published by the IPF (coefficients via OpenPowerlifting
/// `wilks.rs`). Superseded by Wilks 2020 in federations that use Wilks.
struct wilks {
  static constexpr detail::reciprocal_quintic form{
      500.0,
      {-216.0475144, 16.2606339, -0.002388645, -0.00113732, 7.01863e-06, -1.291e-08},
      {594.31747775582, -27.23842536447, 0.82112226871, -0.00930733913, 0.00004731582,
       -0.00000009054},
      interval{40.0, 201.9},
      interval{26.51, 154.53}};

  static constexpr equation_info info{
      "wilks", "Wilks (original)",
      citation{"Wilks R", 0, "Wilks formula (500-point scale)",
               "International Powerlifting Federation; coefficients as in OpenPowerlifting "
               "coefficients/wilks.rs",
               "", "coefficients a-f, men and women"},
      validity_domain{"competitive powerlifters; bodyweight clamped to 40-201.9 kg (men), "
                      "26.51-154.53 kg (women)",
                      sex_set::both(),
                      {}}};

  template <real T>
  [[nodiscard]] constexpr T coefficient(sex s, const mass<T>& bodyweight) const {
    return form.coefficient(s, bodyweight);
  }
  template <real T>
  [[nodiscard]] constexpr T operator()(sex s, const mass<T>& bodyweight,
                                       const mass<T>& total) const {
    detail::require_score_inputs(bodyweight, total);
    return total.in(kilograms)*coefficient(s, bodyweight);
  }
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const mass<T>& bodyweight) const {
    return detail::bodyweight_validity(s == sex::male ? form.men_bounds : form.women_bounds,
                                       bodyweight);
  }
};

/// Wilks 2020 score (600-point scale), the current coefficients ("updated as of
/// 2020-03-09", OpenPowerlifting commit 85da2fb7): same reciprocal-quintic form with
/// numerator 600, bodyweight clamped to [40, 200.95] (men) or [40, 150.95] (women).
/// An earlier fit to the first published tables (OpenPowerlifting commit 1bc39e16) differs
/// by about 0.1 % (coefficient for a man of 80 kg: 0.8179 there, 0.8191 here); it is not
/// provided. Members as for `wilks`.
struct wilks_2020 {
  static constexpr detail::reciprocal_quintic form{
      600.0,
      {47.4617885411949, 8.47206137941125, 0.073694103462609, -0.00139583381094385,
       7.07665973070743e-06, -1.20804336482315e-08},
      {-125.425539779509, 13.7121941940668, -0.0330725063103405, -0.0010504000506583,
       9.38773881462799e-06, -2.3334613884954e-08},
      interval{40.0, 200.95},
      interval{40.0, 150.95}};

  static constexpr equation_info info{
      "wilks_2020", "Wilks 2020",
      citation{"Wilks R", 2020, "Wilks 2020 formula (600-point scale), as of 2020-03-09",
               "supplied via USPA; coefficients as in OpenPowerlifting coefficients/"
               "wilks2020.rs (commit 85da2fb7)",
               "", "coefficients A-F, men and women"},
      validity_domain{"competitive powerlifters; bodyweight clamped to 40-200.95 kg (men), "
                      "40-150.95 kg (women)",
                      sex_set::both(),
                      {}}};

  template <real T>
  [[nodiscard]] constexpr T coefficient(sex s, const mass<T>& bodyweight) const {
    return form.coefficient(s, bodyweight);
  }
  template <real T>
  [[nodiscard]] constexpr T operator()(sex s, const mass<T>& bodyweight,
                                       const mass<T>& total) const {
    detail::require_score_inputs(bodyweight, total);
    return total.in(kilograms)*coefficient(s, bodyweight);
  }
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const mass<T>& bodyweight) const {
    return detail::bodyweight_validity(s == sex::male ? form.men_bounds : form.women_bounds,
                                       bodyweight);
  }
};

/// DOTS score: points = total x 500 / (A x^4 + B x^3 + C x^2 + D x + E), x = bodyweight in
/// kg clamped to [40, 210] (men) or [40, 150] (women). Members as for `wilks`.
///
/// Source: Konertz T (Bundesverband Deutscher Kraftdreikaempfer, BVDK), "Dynamic Objective
/// Team Scoring"; coefficients as in OpenPowerlifting `dots.rs`.
struct dots {
  static constexpr std::array<double, 6> men{-307.75076,   24.0900756,    -0.1918759221,
                                             0.0007391293, -0.0000010930, 0.0};
  static constexpr std::array<double, 6> women{-57.96288,    13.6175032,    -0.1126655495,
                                               0.0005158568, -0.0000010706, 0.0};
  static constexpr interval men_bounds{40.0, 210.0};
  static constexpr interval women_bounds{40.0, 150.0};

  static constexpr equation_info info{
      "dots", "DOTS",
      citation{"Konertz T", 0, "DOTS (Dynamic Objective Team Scoring)",
               "Bundesverband Deutscher Kraftdreikaempfer (BVDK); coefficients as in "
               "OpenPowerlifting coefficients/dots.rs",
               "", "coefficients A-E, men and women"},
      validity_domain{"competitive powerlifters; bodyweight clamped to 40-210 kg (men), "
                      "40-150 kg (women)",
                      sex_set::both(),
                      {}}};

  template <real T>
  [[nodiscard]] constexpr T coefficient(sex s, const mass<T>& bodyweight) const {
    physique::detail::require_positive("bodyweight", bodyweight);
    const bool male = s == sex::male;
    const interval b = male ? men_bounds : women_bounds;
    const T x = detail::clamp_to(bodyweight.in(kilograms), b.low, b.high);
    return T{500} / detail::quintic(male ? men : women, x);
  }
  template <real T>
  [[nodiscard]] constexpr T operator()(sex s, const mass<T>& bodyweight,
                                       const mass<T>& total) const {
    detail::require_score_inputs(bodyweight, total);
    return total.in(kilograms)*coefficient(s, bodyweight);
  }
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const mass<T>& bodyweight) const {
    return detail::bodyweight_validity(s == sex::male ? men_bounds : women_bounds, bodyweight);
  }
};

/// IPF GL ("Goodlift") points: points = total x 100 / (A - B e^(-C bodyweight)), with
/// A, B, C by sex, event and equipment. As OpenPowerlifting does, the result is 0 for a
/// bodyweight below 35 kg (outside the formula's definition; `validity` reports it) or a
/// zero total, and never negative. Not `constexpr` (uses std::exp).
///
/// - `operator()(sex, bodyweight, total, event, equipment)`: points, unrounded.
///   Throws `invalid_argument` if bodyweight is not positive, total is negative/NaN, or
///   the event is a single squat or deadlift (GL has no parameters for them; "event").
///
/// Source: International Powerlifting Federation, IPF GL formula (2020); parameters as in
/// OpenPowerlifting `goodlift.rs`.
struct ipf_gl {
  struct parameters {
    double a, b, c;
  };
  /// [event][sex][equipment], sex 0 = male, equipment 0 = raw.
  static constexpr parameters table[2][2][2] = {
      {{{1199.72839, 1025.18162, 0.009210}, {1236.25115, 1449.21864, 0.01644}},
       {{610.32796, 1045.59282, 0.03048}, {758.63878, 949.31382, 0.02435}}},
      {{{320.98041, 281.40258, 0.01008}, {381.22073, 733.79378, 0.02398}},
       {{142.40398, 442.52671, 0.04724}, {221.82209, 357.00377, 0.02937}}}};

  static constexpr equation_info info{
      "ipf_gl", "IPF GL points",
      citation{"International Powerlifting Federation", 2020, "IPF GL (Goodlift) points formula",
               "IPF; parameters as in OpenPowerlifting coefficients/goodlift.rs", "",
               "parameters A, B, C by sex, event and equipment"},
      validity_domain{"IPF competitors, classic and equipped, full power and bench press; "
                      "defined from 35 kg bodyweight",
                      sex_set::both(),
                      {{{"bodyweight", "kg", interval::at_least(35.0)}}}}};

  /// The parameters for a sex, event and equipment; throws `invalid_argument` ("event") for
  /// a single squat or deadlift.
  [[nodiscard]] static constexpr parameters params(sex s, lift_event event,
                                                   lift_equipment equipment) {
    detail::require_gl_event(event);
    return table[event == lift_event::full_power ? 0 : 1][s == sex::male ? 0 : 1]
                [equipment == lift_equipment::raw ? 0 : 1];
  }

  template <real T>
  [[nodiscard]] T operator()(sex s, const mass<T>& bodyweight, const mass<T>& total,
                             lift_event event = lift_event::full_power,
                             lift_equipment equipment = lift_equipment::raw) const {
    detail::require_score_inputs(bodyweight, total);
    const parameters p = params(s, event, equipment);
    const T bw = bodyweight.in(kilograms);
    const T t = total.in(kilograms);
    if (bw < T{35} || t == T{0}) return T{0};
    const T denominator =
        static_cast<T>(p.a) - static_cast<T>(p.b) * std::exp(-static_cast<T>(p.c) * bw);
    if (denominator <= T{0}) return T{0};
    return t * (T{100} / denominator);
  }

  template <real T>
  [[nodiscard]] constexpr validity_report validity(const mass<T>& bodyweight) const noexcept {
    const input_value in[] = {{"bodyweight", static_cast<double>(bodyweight.in(kilograms))}};
    return info.domain.check(in);
  }
};

/// IPF Points (2019 formula, replaced by IPF GL in 2020): a z-score of the result against
/// the IPF's competitors of the same sex, equipment and event at that bodyweight,
///   points = 500 + 100 (total - (m1 ln bw - m2)) / (d1 ln bw - d2),
/// with (m1, m2, d1, d2) by sex, equipment and event (squat, bench press, deadlift or SBD
/// total). As OpenPowerlifting does, the result is never negative and is 0 below 40 kg
/// bodyweight (`validity` reports it). Not `constexpr` (uses std::log).
///
/// - `operator()(sex, bodyweight, total, event, equipment)`: points, unrounded. Throws
///   `invalid_argument` if bodyweight is not positive or total is negative/NaN.
///
/// Source: International Powerlifting Federation, IPF Points formula (2019); parameters as
/// in OpenPowerlifting `ipf.rs`.
struct ipf_points {
  /// One cell of the table: mean = m1 ln bw - m2 and deviation = d1 ln bw - d2.
  struct parameters {
    double mean_1, mean_2, deviation_1, deviation_2;
  };
  /** \var physique::training::ipf_points::parameters::mean_1
   *  m1 of the formula above.
   *  \var physique::training::ipf_points::parameters::mean_2
   *  m2 of the formula above.
   *  \var physique::training::ipf_points::parameters::deviation_1
   *  d1 of the formula above.
   *  \var physique::training::ipf_points::parameters::deviation_2
   *  d2 of the formula above.
   */

  /// [event][sex][equipment]; event order of `lift_event`, sex 0 = male, equipment 0 = raw.
  static constexpr parameters table[4][2][2] = {
      {{{310.67, 857.785, 53.216, 147.0835}, {387.265, 1121.28, 80.6324, 222.4896}},
       {{125.1435, 228.03, 34.5246, 86.8301}, {176.58, 373.315, 48.4534, 110.0103}}},
      {{{86.4745, 259.155, 17.57845, 53.122}, {133.94, 441.465, 35.3938, 113.0057}},
       {{25.0485, 43.848, 6.7172, 13.952}, {49.106, 124.209, 23.199, 67.492}}},
      {{{123.1000, 363.0850, 25.1667, 75.4311}, {150.4850, 446.4450, 36.5155, 103.7061}},
       {{50.4790, 105.6320, 19.1846, 56.2215}, {74.6855, 171.5850, 21.9475, 52.2948}}},
      {{{103.5355, 244.7650, 15.3714, 31.5022}, {110.1350, 263.6600, 14.9960, 23.0110}},
       {{47.1360, 67.3490, 9.1555, 13.6700}, {51.0020, 69.8265, 8.5802, 5.7258}}}};

  /// Name, source and validity domain.
  static constexpr equation_info info{
      "ipf_points", "IPF Points (2019)",
      citation{"International Powerlifting Federation", 2019, "IPF Points formula",
               "IPF; parameters as in OpenPowerlifting coefficients/ipf.rs", "",
               "mean and deviation parameters by sex, equipment and event"},
      validity_domain{"IPF competitors, classic and equipped, each lift and the total; "
                      "defined from 40 kg bodyweight",
                      sex_set::both(),
                      {{{"bodyweight", "kg", interval::at_least(40.0)}}}}};

  /// The parameters for a sex, event and equipment; throws `invalid_argument` ("event") for a
  /// value outside `lift_event`.
  [[nodiscard]] static constexpr parameters params(sex s, lift_event event,
                                                   lift_equipment equipment) {
    const auto e = static_cast<unsigned>(event);
    physique::detail::require(e < 4U, "event", static_cast<int>(e), "",
                              "must be one of the lift_event values");
    return table[e][s == sex::male ? 0 : 1][equipment == lift_equipment::raw ? 0 : 1];
  }

  /// Points, unrounded (see `round_points`).
  template <real T>
  [[nodiscard]] T operator()(sex s, const mass<T>& bodyweight, const mass<T>& total,
                             lift_event event = lift_event::full_power,
                             lift_equipment equipment = lift_equipment::raw) const {
    detail::require_score_inputs(bodyweight, total);
    const parameters p = params(s, event, equipment);
    const T bw = bodyweight.in(kilograms);
    if (bw < T{40}) return T{0};
    const T log_bw = std::log(bw);
    const T mean = static_cast<T>(p.mean_1) * log_bw - static_cast<T>(p.mean_2);
    const T deviation = static_cast<T>(p.deviation_1) * log_bw - static_cast<T>(p.deviation_2);
    if (deviation <= T{0}) return T{0};
    const T z = T{500} + T{100} * (total.in(kilograms)-mean) / deviation;
    return z > T{0} ? z : T{0};
  }

  /// Reports a bodyweight below 40 kg.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(const mass<T>& bodyweight) const noexcept {
    const input_value in[] = {{"bodyweight", static_cast<double>(bodyweight.in(kilograms))}};
    return info.domain.check(in);
  }
};

/// Schwartz (men) and Malone (women) coefficients, the scores Wilks replaced:
/// points = total x coefficient.
///
/// - Schwartz, for bodyweights 40-126 kg, the sixth-degree polynomial published in
///   Powerlifting USA (Aug 1982): 6.31926 - 0.262349 x + 0.511550e-2 x^2 - 0.519738e-4 x^3
///   + 0.267626e-6 x^4 - 0.540132e-9 x^5 - 0.728875e-13 x^6; above, straight pieces:
///   126-136: 0.5210 - 0.0012 (x - 125); 136-146: 0.5090 - 0.0011 (x - 135); 146-156:
///   0.4980 - 0.0010 (x - 145); 156-166: 0.4879 - 0.00088185 (x - 155) (the magazine's
///   last piece, 0.4880 - 0.0090 (x - 156), contradicts its own tables; OpenPowerlifting
///   uses the tables' 0.0004 per lb). Bodyweight clamped to [40, 166] kg.
/// - Malone, a fit to its tables by OpenPowerlifting: 106.011586323613 x^-1.293027130579051
///   + 0.322935585328304, bodyweight clamped below at 29.24 kg (where Malone reaches the
///   largest Wilks coefficient). Not `constexpr` (uses std::pow).
///
/// `validity(sex, bodyweight)` reports a bodyweight outside the clamp range. Throws as
/// `wilks`. Source: Schwartz L (1971; formula in Powerlifting USA 6(2):61, 1982); Malone
/// tables; coefficients as in OpenPowerlifting `schwartzmalone.rs`.
struct schwartz_malone {
  static constexpr interval men_bounds{40.0, 166.0};                   ///< Schwartz clamp range, kg
  static constexpr interval women_bounds = interval::at_least(29.24);  ///< Malone clamp, kg

  /// Name, source and validity domain.
  static constexpr equation_info info{
      "schwartz_malone", "Schwartz-Malone",
      citation{"Schwartz L; Malone P", 1982,
               "Schwartz formula (computerized form) and Malone coefficients",
               "Powerlifting USA 6(2):61, August 1982; Malone fit and Schwartz table "
               "corrections as in OpenPowerlifting coefficients/schwartzmalone.rs",
               "", "polynomial and piecewise-linear Schwartz; power-law Malone"},
      validity_domain{"powerlifters; Schwartz defined for 40-166 kg (men), Malone from "
                      "29.24 kg (women)",
                      sex_set::both(),
                      {}}};

  /// The Schwartz coefficient (men), bodyweight clamped to [40, 166] kg.
  template <real T>
  [[nodiscard]] static constexpr T schwartz(const mass<T>& bodyweight) {
    physique::detail::require_positive("bodyweight", bodyweight);
    // In double whatever T is: the polynomial's terms reach 1e2 and cancel to about 0.5.
    const double x = detail::clamp_to(static_cast<double>(bodyweight.in(kilograms)), men_bounds.low,
                                      men_bounds.high);
    return static_cast<T>(schwartz_kg(x));
  }
  /// The same for a bodyweight in kg already within [40, 166].
  [[nodiscard]] static constexpr double schwartz_kg(double x) noexcept {
    if (x <= 126.0) {
      const double x2 = x * x;
      const double x3 = x2 * x;
      return 6.31926 - 0.262349 * x + 0.511550e-2 * x2 - 0.519738e-4 * x3 + 0.267626e-6 * x2 * x2 -
             0.540132e-9 * x2 * x3 - 0.728875e-13 * x3 * x3;
    }
    if (x <= 136.0) return 0.5210 - 0.0012 * (x - 125.0);
    if (x <= 146.0) return 0.5090 - 0.0011 * (x - 135.0);
    if (x <= 156.0) return 0.4980 - 0.0010 * (x - 145.0);
    return 0.4879 - 0.00088185 * (x - 155.0);
  }
  /// The Malone coefficient (women), bodyweight clamped below at 29.24 kg.
  template <real T>
  [[nodiscard]] static T malone(const mass<T>& bodyweight) {
    physique::detail::require_positive("bodyweight", bodyweight);
    T x = bodyweight.in(kilograms);
    if (x < static_cast<T>(women_bounds.low)) x = static_cast<T>(women_bounds.low);
    return static_cast<T>(106.011586323613) * std::pow(x, static_cast<T>(-1.293027130579051)) +
           static_cast<T>(0.322935585328304);
  }
  /// Schwartz for men, Malone for women.
  template <real T>
  [[nodiscard]] T coefficient(sex s, const mass<T>& bodyweight) const {
    return s == sex::male ? schwartz(bodyweight) : malone(bodyweight);
  }
  /// Points = total x coefficient, unrounded.
  template <real T>
  [[nodiscard]] T operator()(sex s, const mass<T>& bodyweight, const mass<T>& total) const {
    detail::require_score_inputs(bodyweight, total);
    return total.in(kilograms)*coefficient(s, bodyweight);
  }
  /// Reports a bodyweight outside the clamp range.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const mass<T>& bodyweight) const {
    return detail::bodyweight_validity(s == sex::male ? men_bounds : women_bounds, bodyweight);
  }
};

/// Glossbrenner coefficient: the mean of Schwartz-Malone and Wilks, with a straight line
/// in place of Wilks for heavy lifters (fitted to the Glossbrenner tables):
///   men   bw < 153.05 kg: (Schwartz + Wilks) / 2, else (Schwartz - 0.000821668402557 bw
///         + 0.676940740094416) / 2
///   women bw < 106.3 kg: (Malone + Wilks) / 2, else (Malone - 0.000313738002024 bw
///         + 0.852664892884785) / 2
/// points = total x coefficient. Used mostly by GPC affiliates. Clamping and validity
/// follow its parts. Throws as `wilks`.
///
/// Source: Glossbrenner H (WPC/GPC tables); fit and breakpoints as in OpenPowerlifting
/// `glossbrenner.rs`.
struct glossbrenner {
  /// Name, source and validity domain.
  static constexpr equation_info info{
      "glossbrenner", "Glossbrenner",
      citation{"Glossbrenner H", 0, "Glossbrenner coefficients",
               "World Powerlifting Congress tables; fit and breakpoints as in "
               "OpenPowerlifting coefficients/glossbrenner.rs",
               "", "mean of Schwartz-Malone and Wilks, linear above 153.05 / 106.3 kg"},
      validity_domain{"powerlifters (GPC affiliates); bounds of Schwartz-Malone and Wilks",
                      sex_set::both(),
                      {}}};

  /// The multiplier (formula above).
  template <real T>
  [[nodiscard]] T coefficient(sex s, const mass<T>& bodyweight) const {
    const T bw = bodyweight.in(kilograms);
    if (s == sex::male) {
      const T schwartz = schwartz_malone::schwartz(bodyweight);
      if (bw < static_cast<T>(153.05))
        return (schwartz + wilks{}.coefficient(s, bodyweight)) / T{2};
      return (schwartz - static_cast<T>(0.000821668402557) * bw +
              static_cast<T>(0.676940740094416)) /
             T{2};
    }
    const T malone = schwartz_malone::malone(bodyweight);
    if (bw < static_cast<T>(106.3)) return (malone + wilks{}.coefficient(s, bodyweight)) / T{2};
    return (malone - static_cast<T>(0.000313738002024) * bw + static_cast<T>(0.852664892884785)) /
           T{2};
  }
  /// Points = total x coefficient, unrounded.
  template <real T>
  [[nodiscard]] T operator()(sex s, const mass<T>& bodyweight, const mass<T>& total) const {
    detail::require_score_inputs(bodyweight, total);
    return total.in(kilograms)*coefficient(s, bodyweight);
  }
  /// Reports a bodyweight outside Schwartz-Malone's or Wilks's range.
  template <real T>
  [[nodiscard]] constexpr validity_report validity(sex s, const mass<T>& bodyweight) const {
    validity_report r = schwartz_malone{}.validity(s, bodyweight);
    if (r.inside()) r = wilks{}.validity(s, bodyweight);
    return r;
  }
};

/// Hoffman points (about 1958, Olympic weightlifting and early powerlifting): strength grows
/// with muscle cross-section, i.e. with bodyweight^(2/3), so
///   points = 30.221682118754234 x total / bodyweight^(2/3)   (kg).
/// Only the shape is documented; the factor is OpenPowerlifting's fit to the one published
/// rating (John Davis, 200 lb bodyweight, 322 lb press: 218.63), so treat results as
/// approximate. Same for both sexes. Throws as `wilks`. Not `constexpr` (std::cbrt).
///
/// Source: Schwartz L's description of the Hoffman formula (Iron Game History 8(4));
/// factor as in OpenPowerlifting `hoffman.rs`.
struct hoffman {
  /// k of total x k / bodyweight^(2/3), bodyweight in kg.
  static constexpr double factor = 30.221682118754234;
  /// Name, source and validity domain.
  static constexpr equation_info info{
      "hoffman", "Hoffman",
      citation{"Hoffman B", 1958, "Hoffman formula (bodyweight to the two-thirds power)",
               "described by Schwartz L, Iron Game History 8(4); factor fitted to Hoffman's "
               "one published rating as in OpenPowerlifting coefficients/hoffman.rs",
               "", "total x k / bodyweight^(2/3)"},
      validity_domain{"lifters of either sex; factor fitted to a single published rating",
                      sex_set::both(),
                      {}}};

  /// The multiplier, `factor` / bodyweight^(2/3); throws unless bodyweight is positive.
  template <real T>
  [[nodiscard]] T coefficient(const mass<T>& bodyweight) const {
    physique::detail::require_positive("bodyweight", bodyweight);
    const T cube_root = std::cbrt(bodyweight.in(kilograms));
    return static_cast<T>(factor) / (cube_root * cube_root);
  }
  /// `sex` is accepted for a uniform call shape and not used.
  template <real T>
  [[nodiscard]] T operator()(sex, const mass<T>& bodyweight, const mass<T>& total) const {
    detail::require_score_inputs(bodyweight, total);
    return total.in(kilograms)*coefficient(bodyweight);
  }
  /// Points, unrounded; as the overload with a `sex`.
  template <real T>
  [[nodiscard]] T operator()(const mass<T>& bodyweight, const mass<T>& total) const {
    return (*this)(sex::male, bodyweight, total);
  }
};

/// The scores as a run-time choice (a settings screen).
enum class strength_score : unsigned char {
  wilks,
  wilks_2020,
  dots,
  ipf_gl,
  ipf_points,
  schwartz_malone,
  glossbrenner,
  hoffman
};

/// Number of strength scores.
inline constexpr int strength_score_count = 8;

/// The `equation_info` of a score.
[[nodiscard]] constexpr const equation_info& info(strength_score s) noexcept {
  switch (s) {
    case strength_score::wilks_2020:
      return wilks_2020::info;
    case strength_score::dots:
      return dots::info;
    case strength_score::ipf_gl:
      return ipf_gl::info;
    case strength_score::ipf_points:
      return ipf_points::info;
    case strength_score::schwartz_malone:
      return schwartz_malone::info;
    case strength_score::glossbrenner:
      return glossbrenner::info;
    case strength_score::hoffman:
      return hoffman::info;
    case strength_score::wilks:
      break;
  }
  return wilks::info;
}

/// The score whose `info.id` equals `id` ("wilks", "wilks_2020", "dots", "ipf_gl",
/// "ipf_points", "schwartz_malone", "glossbrenner", "hoffman"), or `std::nullopt`.
[[nodiscard]] constexpr std::optional<strength_score> find_strength_score(const char* id) noexcept {
  if (id == nullptr) return std::nullopt;
  for (int i = 0; i < strength_score_count; ++i) {
    const auto s = static_cast<strength_score>(i);
    if (physique::detail::same_name(info(s).id, id)) return s;
  }
  return std::nullopt;
}

/// Calls `f` once with each score's equation object, in the order of `strength_score`.
template <class F>
constexpr void for_each_strength_score(F&& f) {
  f(wilks{});
  f(wilks_2020{});
  f(dots{});
  f(ipf_gl{});
  f(ipf_points{});
  f(schwartz_malone{});
  f(glossbrenner{});
  f(hoffman{});
}

/// Run-time choice of score: unrounded points. `event` and `equipment` are used by IPF GL
/// and IPF Points only. Throws as the chosen score, and for a value outside the enumeration.
template <real T>
[[nodiscard]] T score(strength_score kind, sex s, const mass<T>& bodyweight, const mass<T>& total,
                      lift_event event = lift_event::full_power,
                      lift_equipment equipment = lift_equipment::raw) {
  switch (kind) {
    case strength_score::wilks_2020:
      return wilks_2020{}(s, bodyweight, total);
    case strength_score::dots:
      return dots{}(s, bodyweight, total);
    case strength_score::ipf_gl:
      return ipf_gl{}(s, bodyweight, total, event, equipment);
    case strength_score::ipf_points:
      return ipf_points{}(s, bodyweight, total, event, equipment);
    case strength_score::schwartz_malone:
      return schwartz_malone{}(s, bodyweight, total);
    case strength_score::glossbrenner:
      return glossbrenner{}(s, bodyweight, total);
    case strength_score::hoffman:
      return hoffman{}(s, bodyweight, total);
    case strength_score::wilks:
      return wilks{}(s, bodyweight, total);
  }
  physique::detail::require(false, "strength_score", static_cast<int>(kind), "",
                            "must be one of the strength_score values");
  return T{0};
}

}  // namespace physique::training
