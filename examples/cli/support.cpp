// SPDX-License-Identifier: MIT
// The `physique` tool's argument parser, quantity parser, JSON writer and text tables.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <ostream>
#include <string>
#include <system_error>

#include <physique/core/error.hpp>
#include <physique/energy/physical_activity.hpp>

#include "cli.hpp"

namespace physique::cli {

// ---- arguments ---------------------------------------------------------------------------

arguments::arguments(std::vector<std::string> tokens, std::vector<flag_spec> known)
    : known_(std::move(known)) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    if (t.size() < 3 || t[0] != '-' || t[1] != '-') {
      if (t == "-h") {
        help_ = true;
        continue;
      }
      positional_.push_back(t);
      continue;
    }
    std::string name = t;
    std::optional<std::string> inline_value;
    if (const std::size_t eq = t.find('='); eq != std::string::npos) {
      name = t.substr(0, eq);
      inline_value = t.substr(eq + 1);
    }
    if (name == "--json" || name == "--help") {
      if (inline_value) throw usage_error{name + " takes no value"};
      (name == "--json" ? json_ : help_) = true;
      continue;
    }
    const auto spec = std::find_if(known_.begin(), known_.end(),
                                   [&](const flag_spec& f) { return name == f.name; });
    if (spec == known_.end()) throw usage_error{"unknown option " + name};
    if (std::any_of(given_.begin(), given_.end(), [&](const entry& e) { return name == e.name; })) {
      throw usage_error{"option " + name + " given twice"};
    }
    if (!spec->takes_value) {
      if (inline_value) throw usage_error{name + " takes no value"};
      given_.push_back({spec->name, ""});
      continue;
    }
    if (inline_value) {
      if (inline_value->empty()) throw usage_error{"missing value for " + name};
      given_.push_back({spec->name, *inline_value});
      continue;
    }
    if (i + 1 >= tokens.size() ||
        (tokens[i + 1].size() >= 2 && tokens[i + 1][0] == '-' && tokens[i + 1][1] == '-')) {
      throw usage_error{"missing value for " + name};
    }
    given_.push_back({spec->name, tokens[++i]});
  }
}

bool arguments::has(std::string_view flag) const {
  return std::any_of(given_.begin(), given_.end(), [&](const entry& e) { return flag == e.name; });
}

std::optional<std::string> arguments::get(std::string_view flag) const {
  for (const entry& e : given_) {
    if (flag == e.name) return e.value;
  }
  return std::nullopt;
}

std::string arguments::require(const char* flag) const {
  if (auto v = get(flag)) return *v;
  throw usage_error{std::string("missing required option ") + flag};
}

const char* arguments::literal(std::string_view flag) const {
  for (const flag_spec& f : known_) {
    if (flag == f.name) return f.name;
  }
  return "option";
}

// ---- quantities --------------------------------------------------------------------------

namespace {

struct term {
  double value;
  std::string unit;  // lower case, no blanks
};

[[noreturn]] void bad(const char* flag, std::string_view text, const char* requirement) {
  report_invalid_argument(flag, "\"" + std::string(text) + "\"", requirement);
}

bool is_space(char c) {
  return c == ' ' || c == '\t';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Splits "5ft 10in" into {5, "ft"}, {10, "in"}. Only the first number may carry a sign,
// which applies to the whole quantity. Returns false for text that is not of that shape.
bool split_terms(std::string_view text, std::vector<term>& out) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  double sign = 1.0;
  while (i < n && is_space(text[i]))
    ++i;
  if (i < n && (text[i] == '-' || text[i] == '+')) {
    if (text[i] == '-') sign = -1.0;
    ++i;
  }
  while (i < n) {
    while (i < n && is_space(text[i]))
      ++i;
    if (i == n) break;
    if (!is_digit(text[i]) && text[i] != '.') return false;
    double v = 0.0;
    const char* first = text.data() + i;
    const auto [ptr, ec] = std::from_chars(first, text.data() + n, v);
    if (ec != std::errc{}) return false;
    i += static_cast<std::size_t>(ptr - first);
    while (i < n && is_space(text[i]))
      ++i;
    std::string unit;
    while (i < n && !is_digit(text[i]) && !is_space(text[i]) && text[i] != '.') {
      unit += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
      ++i;
    }
    // "kcal / d" and "kcal per day" are not supported; "kcal/d" is.
    out.push_back({sign * v, unit});
  }
  return !out.empty();
}

struct unit_factor {
  const char* name;
  double factor;  // to the base unit of the table
};

// Sums the terms with units from `table`; a term without unit is accepted only when the
// table has the empty unit and there is a single term.
bool sum_terms(std::string_view text, std::initializer_list<unit_factor> table, double& total) {
  std::vector<term> terms;
  if (!split_terms(text, terms)) return false;
  total = 0.0;
  for (const term& t : terms) {
    if (t.unit.empty() && terms.size() > 1) return false;
    const auto it = std::find_if(table.begin(), table.end(),
                                 [&](const unit_factor& u) { return t.unit == u.name; });
    if (it == table.end()) return false;
    total += t.value * it->factor;
  }
  return std::isfinite(total);  // "1e308kg 1e308kg" is not a quantity
}

constexpr double pound_kg = 0.45359237;

}  // namespace

mass<double> parse_mass(const char* flag, std::string_view text) {
  double kg = 0.0;
  if (!sum_terms(text,
                 {{"kg", 1.0},
                  {"kgs", 1.0},
                  {"kilogram", 1.0},
                  {"kilograms", 1.0},
                  {"g", 0.001},
                  {"lb", pound_kg},
                  {"lbs", pound_kg},
                  {"pound", pound_kg},
                  {"pounds", pound_kg},
                  {"st", 14.0 * pound_kg},
                  {"stone", 14.0 * pound_kg}},
                 kg)) {
    bad(flag, text, "must be a mass with its unit: kg, g, lb or st (80kg, 176lb, 12st4lb)");
  }
  return kilograms(kg);
}

length<double> parse_length(const char* flag, std::string_view text) {
  double m = 0.0;
  if (!sum_terms(text,
                 {{"cm", 0.01},
                  {"mm", 0.001},
                  {"m", 1.0},
                  {"in", 0.0254},
                  {"inch", 0.0254},
                  {"inches", 0.0254},
                  {"\"", 0.0254},
                  {"ft", 0.3048},
                  {"foot", 0.3048},
                  {"feet", 0.3048},
                  {"'", 0.3048}},
                 m)) {
    bad(flag, text, "must be a length with its unit: cm, mm, m, in or ft (180cm, 5ft10in, 12mm)");
  }
  return meters(m);
}

duration<double> parse_age(const char* flag, std::string_view text) {
  double y = 0.0;
  if (!sum_terms(text, {{"", 1.0}, {"y", 1.0}, {"yr", 1.0}, {"yrs", 1.0}, {"years", 1.0}}, y)) {
    bad(flag, text, "must be an age in years (34 or 34y)");
  }
  // A finite number of years can still overflow once held as a duration ("1e308").
  const duration<double> age = years(y);
  if (!is_finite(age)) bad(flag, text, "must be a finite age in years");
  return age;
}

namespace {
bool energy_terms(std::string_view text, double& kcal) {
  return sum_terms(text,
                   {{"kcal", 1.0},
                    {"kcal/d", 1.0},
                    {"kcal/day", 1.0},
                    {"kj", 1.0 / 4.184},
                    {"kj/d", 1.0 / 4.184},
                    {"kj/day", 1.0 / 4.184},
                    {"mj", 1000.0 / 4.184},
                    {"mj/d", 1000.0 / 4.184},
                    {"mj/day", 1000.0 / 4.184}},
                   kcal);
}
}  // namespace

energy_rate<double> parse_energy_rate(const char* flag, std::string_view text) {
  double kcal = 0.0;
  if (!energy_terms(text, kcal)) {
    bad(flag, text, "must be a daily energy with its unit: kcal, kJ or MJ (2200kcal, 9200kJ)");
  }
  return kilocalories_per_day(kcal);
}

energy_rate<double> parse_energy_change(const char* flag, std::string_view text) {
  double kcal = 0.0;
  if (!energy_terms(text, kcal)) {
    bad(flag, text, "must be a signed daily energy with its unit (-500kcal, +300kcal)");
  }
  return kilocalories_per_day(kcal);
}

double parse_percent(const char* flag, std::string_view text) {
  double p = 0.0;
  if (!sum_terms(text, {{"", 1.0}, {"%", 1.0}}, p)) bad(flag, text, "must be a percentage (18%)");
  return p;
}

double parse_number(const char* flag, std::string_view text) {
  double v = 0.0;
  if (!sum_terms(text, {{"", 1.0}}, v)) bad(flag, text, "must be a number");
  return v;
}

int parse_int(const char* flag, std::string_view text) {
  double v = 0.0;
  if (!sum_terms(text, {{"", 1.0}}, v) || v != std::floor(v) || std::fabs(v) > 1e9) {
    bad(flag, text, "must be a whole number");
  }
  return static_cast<int>(v);
}

int parse_weeks(const char* flag, std::string_view text) {
  double v = 0.0;
  if (!sum_terms(text,
                 {{"", 1.0}, {"w", 1.0}, {"wk", 1.0}, {"wks", 1.0}, {"week", 1.0}, {"weeks", 1.0}},
                 v) ||
      v != std::floor(v) || std::fabs(v) > 1e6) {
    bad(flag, text, "must be a whole number of weeks (12 or 12wk)");
  }
  return static_cast<int>(v);
}

physique::sex parse_sex(const char* flag, std::string_view text) {
  if (text == "male" || text == "m" || text == "M") return sex::male;
  if (text == "female" || text == "f" || text == "F") return sex::female;
  bad(flag, text, "must be male or female");
}

rate_text parse_rate(const char* flag, std::string_view text) {
  double v = 0.0;
  if (sum_terms(text, {{"%", 1.0}, {"%/wk", 1.0}, {"%/week", 1.0}}, v)) return {true, v};
  if (sum_terms(text,
                {{"kg/wk", 1.0},
                 {"kg/week", 1.0},
                 {"lb/wk", pound_kg},
                 {"lbs/wk", pound_kg},
                 {"lb/week", pound_kg}},
                v)) {
    return {false, v};
  }
  bad(flag, text, "must be a weekly rate: kg/wk, lb/wk or % of body mass (0.5kg/wk, 0.75%)");
}

person<double> person_from(const arguments& a) {
  person<double> p;
  p.sex = parse_sex("--sex", a.require("--sex"));
  p.age = parse_age("--age", a.require("--age"));
  p.height = parse_length("--height", a.require("--height"));
  p.body_mass = parse_mass("--weight", a.require("--weight"));
  validate(p);
  return p;
}

std::optional<activity> activity_from(const arguments& a) {
  const auto level = a.get("--activity");
  const auto pal = a.get("--pal");
  if (level && pal) throw usage_error{"give --activity or --pal, not both"};
  if (pal) {
    activity out;
    out.factor = parse_number("--pal", *pal);
    out.label = "PAL " + fixed(out.factor, 2);
    out.is_pal = true;
    return out;
  }
  if (!level) return std::nullopt;
  constexpr energy::activity_level levels[] = {
      energy::activity_level::sedentary, energy::activity_level::lightly_active,
      energy::activity_level::moderately_active, energy::activity_level::very_active,
      energy::activity_level::extra_active};
  constexpr const char* long_names[] = {"sedentary", "lightly_active", "moderately_active",
                                        "very_active", "extra_active"};
  for (std::size_t i = 0; i < 5; ++i) {
    if (*level == activity_level_names[i] || *level == long_names[i]) {
      activity out;
      out.factor = energy::activity_multiplier<double>(levels[i]);
      out.level = activity_level_names[i];
      out.label = out.level + " (x" + fixed(out.factor, 3) + ")";
      return out;
    }
  }
  report_invalid_argument("--activity", "\"" + *level + "\"",
                          "must be sedentary, light, moderate, very or extra");
}

void write_person(json_writer& w, const person<double>& p) {
  w.begin_object();
  w.member("sex", to_string(p.sex));
  w.member("age_years", p.age.in(years));
  w.member("height_cm", p.height.in(centimeters));
  w.member("weight_kg", p.body_mass.in(kilograms));
  w.member("bmi", body_mass_index(p.body_mass, p.height));
  w.end_object();
}

std::string describe_person(const person<double>& p) {
  return std::string(to_string(p.sex)) + ", " + fixed(p.age.in(years), 0) + " y, " +
         fixed(p.height.in(centimeters), 1) + " cm, " + fixed(p.body_mass.in(kilograms), 1) +
         " kg (BMI " + fixed(body_mass_index(p.body_mass, p.height), 1) + ")";
}

training::date parse_date(const char* flag, const std::string& text) {
  int y = 0;
  int m = 0;
  int d = 0;
  char tail = '\0';
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) {
    report_invalid_argument(flag, "\"" + text + "\"", "must be a date YYYY-MM-DD");
  }
  return training::date::from_ymd(y, m, d);
}

training::date today_utc() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return training::date::from_ymd(utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
}

std::string date_text(training::date d) {
  const auto ymd = d.ymd();
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", ymd.year, ymd.month, ymd.day);
  return buffer;
}

const char* mass_unit_of(std::string_view text) {
  return (text.find("lb") != std::string_view::npos || text.find("pound") != std::string_view::npos)
             ? "lb"
             : "kg";
}

// ---- output ------------------------------------------------------------------------------

std::string fixed(double v, int decimals) {
  if (!std::isfinite(v)) return "-";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  std::string s = buffer;
  if (s == "-0" || s.find_first_not_of("-0.") == std::string::npos) {
    if (!s.empty() && s[0] == '-') s.erase(0, 1);  // no "-0.0"
  }
  return s;
}

void text_table::print(std::ostream& out) const {
  std::vector<std::size_t> width(header_.size(), 0);
  const auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size() && i < width.size(); ++i) {
      width[i] = std::max(width[i], row[i].size());
    }
  };
  measure(header_);
  for (const auto& r : rows_)
    measure(r);
  const auto line = [&](const std::vector<std::string>& row) {
    std::string text;
    for (std::size_t i = 0; i < width.size(); ++i) {
      const std::string cell = i < row.size() ? row[i] : std::string();
      const std::string pad(width[i] - cell.size(), ' ');
      if (i > 0) text += "  ";
      const bool left = i < align_.size() ? align_[i] == 'l' : i == 0;
      text += left ? cell + pad : pad + cell;
    }
    while (!text.empty() && text.back() == ' ')
      text.pop_back();
    out << "  " << text << '\n';
  };
  line(header_);
  std::vector<std::string> rule;
  for (std::size_t w : width)
    rule.emplace_back(w, '-');
  line(rule);
  for (const auto& r : rows_)
    line(r);
}

void write_validity(json_writer& w, const validity_report& r) {
  w.begin_object();
  w.member("inside", r.inside());
  w.member("sex_outside", r.sex_outside());
  w.key("outside").begin_array();
  for (const outside_bound& o : r) {
    w.begin_object();
    w.member("parameter", o.parameter);
    w.member("value", o.value);
    w.member("unit", o.unit);
    w.key("low");
    std::isfinite(o.range.low) ? w.value(o.range.low) : w.null();
    w.key("high");
    std::isfinite(o.range.high) ? w.value(o.range.high) : w.null();
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

namespace {
std::string trim_number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", v);
  return buffer;
}
}  // namespace

std::string describe_validity(const validity_report& r) {
  if (r.inside()) return "within the derivation sample";
  std::string s;
  if (r.sex_outside()) s = "sex not in the sample";
  for (const outside_bound& o : r) {
    if (!s.empty()) s += "; ";
    s += o.parameter;
    s += ' ';
    s += trim_number(o.value);
    if (o.unit[0] != '\0') {
      s += ' ';
      s += o.unit;
    }
    s += " outside ";
    if (!std::isfinite(o.range.high)) {
      s += ">= " + trim_number(o.range.low);
    } else if (!std::isfinite(o.range.low)) {
      s += "<= " + trim_number(o.range.high);
    } else {
      s += trim_number(o.range.low) + "-" + trim_number(o.range.high);
    }
  }
  return s;
}

std::string describe_citation(const citation& c) {
  std::string s = c.authors;
  if (c.year != 0) s += " (" + std::to_string(c.year) + ")";
  if (c.venue[0] != '\0') s += std::string(", ") + c.venue;
  if (c.doi[0] != '\0') s += std::string(", doi:") + c.doi;
  if (c.locator[0] != '\0') s += std::string(", ") + c.locator;
  return s;
}

void write_citation(json_writer& w, const citation& c) {
  w.begin_object();
  w.member("authors", c.authors);
  w.member("year", c.year);
  w.member("title", c.title);
  w.member("venue", c.venue);
  w.member("doi", c.doi);
  w.member("locator", c.locator);
  w.end_object();
}

}  // namespace physique::cli
