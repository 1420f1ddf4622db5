// SPDX-License-Identifier: MIT
// Powerlifting scores that compare lifters of different bodyweight: Wilks (original), Wilks
// 2020, DOTS and IPF GL ("Goodlift") points, with OpenPowerlifting's bodyweight bounds and
// rounding. Sources: OpenPowerlifting coefficients crate (wilks.rs, wilks2020.rs, dots.rs,
// goodlift.rs); IPF GL formula (IPF, 2020); DOTS (Konertz, BVDK).
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

/// The competition of an IPF GL score: the three lifts (SBD total) or the bench press alone.
enum class lift_event : unsigned char { full_power, bench_press };

/// Equipment class of an IPF GL score: raw ("classic"; also used for wraps and straps) or
/// equipped (single-ply; also used for multi-ply).
enum class lift_equipment : unsigned char { raw, equipped };

/// IPF GL ("Goodlift") points: points = total x 100 / (A - B e^(-C bodyweight)), with
/// A, B, C by sex, event and equipment. As OpenPowerlifting does, the result is 0 for a
/// bodyweight below 35 kg (outside the formula's definition; `validity` reports it) or a
/// zero total, and never negative. Not `constexpr` (uses std::exp).
///
/// - `operator()(sex, bodyweight, total, event, equipment)`: points, unrounded.
///   Throws `invalid_argument` if bodyweight is not positive or total is negative/NaN.
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

  [[nodiscard]] static constexpr parameters params(sex s, lift_event event,
                                                   lift_equipment equipment) noexcept {
    return table[event == lift_event::full_power ? 0 : 1][s == sex::male ? 0 : 1]
                [equipment == lift_equipment::raw ? 0 : 1];
  }

  template <real T>
  [[nodiscard]] T operator()(sex s, const mass<T>& bodyweight, const mass<T>& total,
                             lift_event event = lift_event::full_power,
                             lift_equipment equipment = lift_equipment::raw) const {
    detail::require_score_inputs(bodyweight, total);
    const T bw = bodyweight.in(kilograms);
    const T t = total.in(kilograms);
    if (bw < T{35} || t == T{0}) return T{0};
    const parameters p = params(s, event, equipment);
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

/// The scores as a run-time choice (a settings screen).
enum class strength_score : unsigned char { wilks, wilks_2020, dots, ipf_gl };

/// Number of strength scores.
inline constexpr int strength_score_count = 4;

/// The `equation_info` of a score.
[[nodiscard]] constexpr const equation_info& info(strength_score s) noexcept {
  switch (s) {
    case strength_score::wilks_2020:
      return wilks_2020::info;
    case strength_score::dots:
      return dots::info;
    case strength_score::ipf_gl:
      return ipf_gl::info;
    case strength_score::wilks:
      break;
  }
  return wilks::info;
}

/// The score whose `info.id` equals `id` ("wilks", "wilks_2020", "dots", "ipf_gl"), or
/// `std::nullopt`.
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
}

/// Run-time choice of score: unrounded points. `event` and `equipment` are used by IPF GL
/// only. Throws as the chosen score.
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
    case strength_score::wilks:
      break;
  }
  return wilks{}(s, bodyweight, total);
}

}  // namespace physique::training
