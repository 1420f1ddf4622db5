// SPDX-License-Identifier: MIT
// Shared pieces of the `physique` command-line tool: the argument parser, the parser of
// quantities written with their unit ("80kg", "5ft10in"), a small JSON writer, text tables
// and the entry points of the subcommands.
#pragma once

#include <cstdio>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <physique/core/citation.hpp>
#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/core/validity.hpp>
#include <physique/exercise/equipment.hpp>
#include <physique/io/json_writer.hpp>
#include <physique/training/date.hpp>

namespace physique::cli {

/// The library's JSON writer (strings escaped, non-finite numbers as null).
using json_writer = physique::io::json_writer;

/// A usage error: unknown command or flag, a flag without its value, a missing required
/// flag. Exit code 2, the message and the command's usage go to stderr.
struct usage_error {
  std::string message;
};

/// One flag a subcommand accepts. `name` is a string literal ("--weight"); it is also the
/// parameter named in error messages, so it must outlive any exception.
struct flag_spec {
  const char* name;
  bool takes_value;
};

/// Parsed command-line arguments of one subcommand. `--json` and `--help` are always known.
class arguments {
 public:
  arguments(std::vector<std::string> tokens, std::vector<flag_spec> known);

  [[nodiscard]] bool json() const noexcept { return json_; }
  [[nodiscard]] bool help() const noexcept { return help_; }
  [[nodiscard]] bool has(std::string_view flag) const;
  /// The value of a flag given with a value, or nothing.
  [[nodiscard]] std::optional<std::string> get(std::string_view flag) const;
  /// The value, or a usage error naming the flag.
  [[nodiscard]] std::string require(const char* flag) const;
  [[nodiscard]] const std::vector<std::string>& positional() const noexcept { return positional_; }
  /// The flag spec's own literal (for error messages that outlive the arguments).
  [[nodiscard]] const char* literal(std::string_view flag) const;

 private:
  struct entry {
    const char* name;
    std::string value;
  };
  std::vector<flag_spec> known_;
  std::vector<entry> given_;
  std::vector<std::string> positional_;
  bool json_ = false;
  bool help_ = false;
};

// ---- quantities --------------------------------------------------------------------------

/// Parses a mass: "80kg", "80 kg", "176lb", "176 lbs", "12st4lb", "80000g". A unit is required.
[[nodiscard]] mass<double> parse_mass(const char* flag, std::string_view text);
/// Parses a length: "180cm", "1.8m", "5ft10in", "5'10\"", "70.5in", "12mm".
[[nodiscard]] length<double> parse_length(const char* flag, std::string_view text);
/// Parses an age: "34", "34y", "34yr", "34 years".
[[nodiscard]] duration<double> parse_age(const char* flag, std::string_view text);
/// Parses a daily energy: "2200kcal", "2200 kcal/d", "9200kJ", "9.2MJ/d".
[[nodiscard]] energy_rate<double> parse_energy_rate(const char* flag, std::string_view text);
/// Parses a signed daily energy change ("-500kcal", "+300kcal/d").
[[nodiscard]] energy_rate<double> parse_energy_change(const char* flag, std::string_view text);
/// Parses a percentage: "18%" or "18".
[[nodiscard]] double parse_percent(const char* flag, std::string_view text);
/// Parses a plain number ("1.55", "8.5").
[[nodiscard]] double parse_number(const char* flag, std::string_view text);
/// Parses a whole number ("5", "12").
[[nodiscard]] int parse_int(const char* flag, std::string_view text);
/// Parses a count of weeks: "12", "12wk", "12 weeks".
[[nodiscard]] int parse_weeks(const char* flag, std::string_view text);
/// Parses a sex: "male", "female", "m", "f".
[[nodiscard]] physique::sex parse_sex(const char* flag, std::string_view text);

/// A rate of weight change: absolute (kg/wk) or a percentage of body mass per week.
struct rate_text {
  bool percent = false;
  double value = 0.0;  ///< kg/wk or %/wk
};
/// Parses "0.5kg/wk", "1lb/wk", "0.75%" or "0.75%/wk".
[[nodiscard]] rate_text parse_rate(const char* flag, std::string_view text);

/// Reads --sex, --age, --height and --weight (all required) into a person; validates it.
[[nodiscard]] person<double> person_from(const arguments& a);

/// An activity factor from --activity (the 1.2-1.9 multiplier scale) or --pal (FAO PAL).
struct activity {
  double factor = 0.0;
  std::string label;  ///< "moderate (1.55)" or "PAL 1.6"
  std::string level;  ///< "moderate", or "" for --pal
  bool is_pal = false;
};
/// Reads --activity or --pal (both at once is a usage error); nothing when neither is given.
[[nodiscard]] std::optional<activity> activity_from(const arguments& a);
/// The activity levels in order, with the names the tool accepts.
inline constexpr const char* activity_level_names[] = {"sedentary", "light", "moderate", "very",
                                                       "extra"};
/// Writes the person as a JSON object (sex, age_years, height_cm, weight_kg, bmi).
void write_person(json_writer& w, const person<double>& p);
/// "male, 34 y, 180 cm, 80 kg (BMI 24.7)".
[[nodiscard]] std::string describe_person(const person<double>& p);

/// Parses a date "YYYY-MM-DD".
[[nodiscard]] training::date parse_date(const char* flag, const std::string& text);
/// Today's date (UTC).
[[nodiscard]] training::date today_utc();
/// "YYYY-MM-DD".
[[nodiscard]] std::string date_text(training::date d);
/// Parses a comma-separated equipment list ("dumbbell,bench"); bodyweight is always added.
[[nodiscard]] exercise::equipment_set parse_equipment_list(const char* flag,
                                                           const std::string& list);

/// The unit a mass flag was written in ("kg" or "lb"), for echoing results in it.
[[nodiscard]] const char* mass_unit_of(std::string_view text);

// ---- output ------------------------------------------------------------------------------

/// Fixed-point text of `v` with `decimals` digits after the point.
[[nodiscard]] std::string fixed(double v, int decimals);

/// A text table: the first column left-aligned, the others right-aligned.
class text_table {
 public:
  /// `align`: one letter per column, 'l' or 'r' (default: first left, the rest right).
  explicit text_table(std::vector<std::string> header, std::string align = "")
      : header_(std::move(header)), align_(std::move(align)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void print(std::ostream& out) const;

 private:
  std::vector<std::string> header_;
  std::string align_;
  std::vector<std::vector<std::string>> rows_;
};

/// Writes a validity report as {"inside": bool, "sex_outside": bool, "outside": [...]}.
void write_validity(json_writer& w, const validity_report& r);
/// A one-line text form of a validity report: "ok" or "age_years 15 yr outside 18-61; ...".
[[nodiscard]] std::string describe_validity(const validity_report& r);
/// "Authors (year), venue, doi:..., locator" for a citation.
[[nodiscard]] std::string describe_citation(const citation& c);
/// Writes a citation as an object.
void write_citation(json_writer& w, const citation& c);

// ---- subcommands -------------------------------------------------------------------------

/// Each subcommand takes the tokens after its name and returns the exit code. They throw
/// `usage_error` for usage problems and `physique::invalid_argument` for invalid input.
int run_expenditure(const std::vector<std::string>& tokens);
int run_bodyfat(const std::vector<std::string>& tokens);
int run_macros(const std::vector<std::string>& tokens);
int run_projection(const std::vector<std::string>& tokens);
int run_strength(const std::vector<std::string>& tokens);
int run_exercises(const std::vector<std::string>& tokens);
int run_plan(const std::vector<std::string>& tokens);

/// The usage text of a subcommand ("" for an unknown one), and of the whole tool.
[[nodiscard]] const char* usage_of(std::string_view command);
[[nodiscard]] const char* general_usage();

}  // namespace physique::cli
