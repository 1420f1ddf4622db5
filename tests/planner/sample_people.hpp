// SPDX-License-Identifier: MIT
// Sample people for the planner's end-to-end tests, and a small well-formedness checker for
// the SVG (and any XML) the planner writes.
#pragma once

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <physique/planner.hpp>

namespace sample {

namespace ex = physique::exercise;

/// A: man, tape measurements, loses fat at home (dumbbells, bench, pull-up bar, band; no
/// barbell), 3 days a week.
inline physique::planner::plan_input home_gym_man() {
  using namespace physique;
  planner::plan_input in;
  in.individual = {sex::male, years(34.0), centimeters(178.0), kilograms(86.0)};
  in.circumferences = composition::circumferences<double>{centimeters(39.0), centimeters(91.0), {}};
  in.goal = planner::plan_goal::lose_fat;
  in.equipment = {ex::equipment::dumbbell, ex::equipment::bench, ex::equipment::pull_up_bar,
                  ex::equipment::band};
  in.days_per_week = 3;
  in.weeks = 12;
  return in;
}

/// B: woman, known body fat (27 %), builds muscle in a full gym, 2 days a week.
inline physique::planner::plan_input full_gym_woman() {
  using namespace physique;
  planner::plan_input in;
  in.individual = {sex::female, years(28.0), centimeters(165.0), kilograms(62.0)};
  in.body_fat_percent = 27.0;
  in.goal = planner::plan_goal::build_muscle;
  in.equipment = {
      ex::equipment::barbell,    ex::equipment::dumbbell,   ex::equipment::cable,
      ex::equipment::machine,    ex::equipment::bench,      ex::equipment::pull_up_bar,
      ex::equipment::attachment, ex::equipment::kettlebell, ex::equipment::weight_plate};
  in.days_per_week = 2;
  in.weeks = 10;
  in.meals_per_day = 5;
  return in;
}

/// C: man, no body-fat measurement, recomposition with a cable station and kettlebells (no
/// pull-up bar, no barbell, no dumbbells), 4 days available.
inline physique::planner::plan_input cable_man() {
  using namespace physique;
  planner::plan_input in;
  in.individual = {sex::male, years(45.0), centimeters(183.0), kilograms(95.0)};
  in.goal = planner::plan_goal::recomposition;
  in.equipment = {ex::equipment::cable, ex::equipment::attachment, ex::equipment::kettlebell};
  in.days_per_week = 4;
  in.weeks = 8;
  in.physical_activity_level = 1.7;
  return in;
}

/// Checks that `text` is well-formed XML as far as the planner's output needs: every start tag
/// is closed in order, attribute values are quoted, '&' only starts an entity, '<' never
/// appears in text. Returns an empty string when well formed, else what is wrong.
inline std::string xml_problem(std::string_view text) {
  std::vector<std::string> open;
  std::size_t i = 0;
  int roots = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '&') {
      const std::size_t semi = text.find(';', i);
      if (semi == std::string_view::npos) return "unterminated entity";
      const std::string_view ent = text.substr(i, semi - i + 1);
      if (ent != "&amp;" && ent != "&lt;" && ent != "&gt;" && ent != "&quot;" && ent != "&apos;")
        return "unknown entity " + std::string(ent);
      i = semi + 1;
      continue;
    }
    if (c != '<') {
      if (c == '>') return "stray '>' in text";
      ++i;
      continue;
    }
    if (text.substr(i, 5) == "<?xml") {
      const std::size_t end = text.find("?>", i);
      if (end == std::string_view::npos || i != 0) return "bad XML declaration";
      i = end + 2;
      continue;
    }
    if (text.substr(i, 4) == "<!--") {
      const std::size_t end = text.find("-->", i);
      if (end == std::string_view::npos) return "unterminated comment";
      i = end + 3;
      continue;
    }
    // A tag: find its end, skipping quoted attribute values.
    std::size_t j = i + 1;
    char quote = 0;
    for (; j < text.size(); ++j) {
      if (quote != 0) {
        if (text[j] == quote) quote = 0;
        if (text[j] == '<') return "'<' inside an attribute value";
        continue;
      }
      if (text[j] == '"' || text[j] == '\'') {
        quote = text[j];
        if (text[j - 1] != '=') return "attribute value not after '='";
      } else if (text[j] == '=') {
        if (j + 1 >= text.size() || (text[j + 1] != '"' && text[j + 1] != '\'')) {
          return "unquoted attribute value";
        }
      } else if (text[j] == '>') {
        break;
      } else if (text[j] == '<') {
        return "'<' inside a tag";
      }
    }
    if (j >= text.size()) return "unterminated tag";
    const std::string_view tag = text.substr(i + 1, j - i - 1);
    const bool closing = !tag.empty() && tag.front() == '/';
    const bool self_closing = !tag.empty() && tag.back() == '/';
    std::size_t k = closing ? 1 : 0;
    std::string name;
    while (k < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[k])) != 0 ||
                              tag[k] == ':' || tag[k] == '-' || tag[k] == '_')) {
      name += tag[k++];
    }
    if (name.empty()) return "tag without a name";
    if (closing) {
      if (open.empty() || open.back() != name) return "mismatched </" + name + ">";
      open.pop_back();
    } else {
      if (open.empty()) ++roots;
      if (!self_closing) open.push_back(name);
    }
    i = j + 1;
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  if (roots != 1) return "expected exactly one root element";
  return "";
}

}  // namespace sample
