// SPDX-License-Identifier: MIT
// The physically possible range of every input dimension, defined once with the reason for
// its ends. Every argument check of the library reads its limits from here: a value outside
// is impossible (`invalid_argument` naming the input); a possible but unusual value inside
// is a validity finding of the equation that receives it.
#pragma once

namespace physique {

/// A closed range [low, high] of one input dimension, in `unit`, with the reason its ends
/// are where they are. `requirement` is the text of the error for a value outside.
struct plausible_range {
  const char* dimension;    ///< "height"
  const char* unit;         ///< unit of `low` and `high` ("cm")
  double low;               ///< smallest possible value
  double high;              ///< largest possible value
  const char* requirement;  ///< "must be within 20-280 cm"
  const char* reason;       ///< why: the records and physics behind the ends

  /// True for a value in [low, high]; false for NaN.
  [[nodiscard]] constexpr bool contains(double v) const noexcept { return v >= low && v <= high; }
};

/// The table (docs/core.md, "Plausible bounds"). A human, a lift or a day outside these
/// ranges is not a measurement error to estimate from but input that cannot be true.
namespace bounds {

/// Age, 0-130 years.
inline constexpr plausible_range age{"age",
                                     "yr",
                                     0.0,
                                     130.0,
                                     "must be within 0-130 years",
                                     "the oldest verified human lived 122.5 years; 0 is birth"};
/// Height, 20-280 cm.
inline constexpr plausible_range height{
    "height",
    "cm",
    20.0,
    280.0,
    "must be within 20-280 cm",
    "surviving extremely preterm newborns measure about 24 cm; the tallest recorded human "
    "was 272 cm"};
/// Body mass, 0.25-700 kg.
inline constexpr plausible_range body_mass{
    "body_mass",
    "kg",
    0.25,
    700.0,
    "must be within 0.25-700 kg",
    "the smallest surviving preterm newborns weigh about 0.25 kg; the heaviest recorded human "
    "about 635 kg"};
/// A body circumference, 5-350 cm.
inline constexpr plausible_range circumference{
    "circumference",
    "cm",
    5.0,
    350.0,
    "must be within 5-350 cm",
    "a preterm newborn's neck or arm is about 5-7 cm; the largest recorded waists are about "
    "300 cm"};
/// A skinfold thickness, 1-150 mm.
inline constexpr plausible_range skinfold{
    "skinfold",
    "mm",
    1.0,
    150.0,
    "must be within 1-150 mm",
    "a fold is two layers of skin (each 0.5-4 mm) and the fat between; calipers open to "
    "about 60-80 mm and the thickest folds reported are below 150 mm"};
/// Whole-body density, 0.85-1.25 g/mL.
inline constexpr plausible_range body_density{
    "density",
    "g/mL",
    0.85,
    1.25,
    "must be within 0.85-1.25 g/mL",
    "whole-body density lies between that of fat (0.90 g/mL) and of fat-free mass "
    "(1.10 g/mL); the margins allow for measurement error"};
/// Body fat, 0-100 % of body mass.
inline constexpr plausible_range fat_percent{
    "fat_percent", "%", 0.0, 100.0, "must be within 0-100 %", "a share of body mass"};
/// Physical activity level (total / resting expenditure), 1-5.
inline constexpr plausible_range physical_activity_level{
    "pal",
    "",
    1.0,
    5.0,
    "must be within 1-5 (total / resting expenditure)",
    "below 1 the body would spend less than at rest; about 4.5-5 is the highest ever measured "
    "over days (Tour de France, polar sledging)"};
/// Daily energy intake or expenditure, 0-30000 kcal/d.
inline constexpr plausible_range energy_intake{
    "energy_intake",
    "kcal/d",
    0.0,
    30000.0,
    "must be within 0-30000 kcal/d",
    "the highest measured expenditures (Tour de France, polar expeditions) and eating "
    "records are below about 13 000 kcal/d"};
/// An amount of energy, 0-10000000 kcal.
inline constexpr plausible_range energy_amount{
    "energy",
    "kcal",
    0.0,
    1e7,
    "must be within 0-10000000 kcal",
    "a whole year at the highest possible daily intake is about 10 million kcal"};
/// Energy stored per kg of tissue, 0-10000 kcal/kg.
inline constexpr plausible_range tissue_energy_density{
    "energy_per_mass",
    "kcal/kg",
    0.0,
    10000.0,
    "must be within 0-10000 kcal/kg",
    "pure fat stores about 9 400 kcal/kg, the most of any tissue; lean tissue about 1 800"};
/// A lifted load, 0-2000 kg.
inline constexpr plausible_range load{
    "load",
    "kg",
    0.0,
    2000.0,
    "must be within 0-2000 kg",
    "the heaviest lifts ever recorded (partial squats, leg presses) are below 1 500 kg"};
/// Repetitions in one set, 1-10000.
inline constexpr plausible_range reps{
    "reps",
    "",
    1.0,
    10000.0,
    "must be within 1-10000",
    "a set has at least one repetition; endurance records of one set are a few thousand"};
/// A number of days, 0-36525 (100 years).
inline constexpr plausible_range days{
    "days",
    "d",
    0.0,
    36525.0,
    "must be within 0-36525 days (100 years)",
    "a human life; also keeps day counts and allocations far from integer limits"};
/// A calendar year, 1-9999 (proleptic Gregorian).
inline constexpr plausible_range date_year{
    "year",
    "",
    1.0,
    9999.0,
    "must be within years 1-9999",
    "four-digit years of the proleptic Gregorian calendar; yyyymmdd then fits an int"};
/// A day's training load (AU, kg or TRIMP), 0-100000000.
inline constexpr plausible_range daily_training_load{
    "daily_load",
    "",
    0.0,
    1e8,
    "must be within 0-100000000 (AU, kg or TRIMP per day)",
    "a day's session-RPE load is at most 14 400 AU (RPE 10 x 1440 min) and its tonnage below "
    "10 000 000 kg (2000 kg x 5000 reps); the end keeps sums of squares finite"};
/// A session's duration, 0-1440 min.
inline constexpr plausible_range session_minutes{
    "duration", "min", 0.0, 1440.0, "must be within 0-1440 min", "a session lasts at most a day"};

/// Every row, for documentation and tests.
inline constexpr const plausible_range* table[] = {&age,
                                                   &height,
                                                   &body_mass,
                                                   &circumference,
                                                   &skinfold,
                                                   &body_density,
                                                   &fat_percent,
                                                   &physical_activity_level,
                                                   &energy_intake,
                                                   &energy_amount,
                                                   &tissue_energy_density,
                                                   &load,
                                                   &reps,
                                                   &days,
                                                   &date_year,
                                                   &daily_training_load,
                                                   &session_minutes};

}  // namespace bounds
}  // namespace physique
