// SPDX-License-Identifier: MIT
// The planner's outputs: the JSON writer's escaping and numbers, the plan's JSON (parsed with
// nlohmann/json when available), the SVG (well-formed XML) and the text report.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <sstream>
#include <string>

#include <physique/planner.hpp>

#include "sample_people.hpp"

#if defined(PHYSIQUE_TESTS_HAVE_JSON)
#include <nlohmann/json.hpp>
#endif

using namespace physique;

namespace {
const planner::plan& sample_plan() {
  static const planner::plan p = planner::make_plan(sample::home_gym_man());
  return p;
}
}  // namespace

TEST_CASE("json_writer escapes strings as RFC 8259 requires") {
  CHECK(io::json_writer::escape("plain") == "plain");
  CHECK(io::json_writer::escape("a\"b") == "a\\\"b");
  CHECK(io::json_writer::escape("back\\slash") == "back\\\\slash");
  CHECK(io::json_writer::escape("line\nfeed\ttab\rret") == "line\\nfeed\\ttab\\rret");
  CHECK(io::json_writer::escape(std::string("\b\f", 2)) == "\\b\\f");
  CHECK(io::json_writer::escape(std::string("\x01\x1f", 2)) == "\\u0001\\u001f");
  CHECK(io::json_writer::escape("caf\xc3\xa9") == "caf\xc3\xa9");  // UTF-8 passes through
}

TEST_CASE("json_writer writes nesting, commas and finite numbers only") {
  io::json_writer w;
  w.begin_object();
  w.member("a", 1);
  w.member("pi", 3.25);
  w.member("tiny", 1e-7);
  w.member("nan", std::numeric_limits<double>::quiet_NaN());
  w.member("inf", std::numeric_limits<double>::infinity());
  w.member("neg_zero", -0.0);
  w.key("list").begin_array();
  w.value(true).value("x").null();
  w.end_array();
  w.key("empty").begin_object().end_object();
  w.end_object();
  const std::string& s = w.str();
  CHECK(s.find("\"nan\": null") != std::string::npos);
  CHECK(s.find("\"inf\": null") != std::string::npos);
  CHECK(s.find("\"neg_zero\": 0") != std::string::npos);
  CHECK(s.find("\"pi\": 3.25") != std::string::npos);
  CHECK(s.find("\"empty\": {}") != std::string::npos);
  CHECK(s.find("NaN") == std::string::npos);
  CHECK(s.find("inf,") == std::string::npos);
#if defined(PHYSIQUE_TESTS_HAVE_JSON)
  const auto j = nlohmann::json::parse(s);
  CHECK(j["a"] == 1);
  CHECK(j["pi"].get<double>() == 3.25);
  CHECK(j["tiny"].get<double>() == 1e-7);
  CHECK(j["nan"].is_null());
  CHECK(j["list"].size() == 3);
  CHECK(j["list"][1] == "x");
  CHECK(j["empty"].empty());
  // Every control character survives a round trip through the escaping.
  std::string all;
  for (int c = 1; c < 0x20; ++c)
    all += static_cast<char>(c);
  all += "\"\\/";
  io::json_writer w2;
  w2.begin_array().value(all).end_array();
  CHECK(nlohmann::json::parse(w2.str())[0].get<std::string>() == all);
#endif
}

TEST_CASE("the plan's JSON holds the plan's numbers") {
  const planner::plan& p = sample_plan();
  const std::string text = planner::to_json(p);
  CHECK(text.find("NaN") == std::string::npos);
  CHECK(text.find("Infinity") == std::string::npos);
  std::ostringstream os;
  planner::write_json(os, p);
  CHECK(os.str() == text);
#if defined(PHYSIQUE_TESTS_HAVE_JSON)
  const auto j = nlohmann::json::parse(text);
  CHECK(j["schema"] == "physique.plan");
  CHECK(j["version"] == planner::json_schema_version);
  CHECK(j["input"]["goal"] == "lose_fat");
  CHECK(j["input"]["start"] == "2026-01-05");
  CHECK(j["body"]["fat_percent"].get<double>() == p.body.fat_percent);
  CHECK(j["expenditure"]["equation"] == "katch_mcardle");
  CHECK(j["expenditure"]["resting_kcal_per_day"].get<double>() ==
        p.expenditure.resting_kcal_per_day);
  CHECK(j["expenditure"]["source"]["year"] == 1996);
  CHECK(j["nutrition"]["target_kcal_per_day"].get<double>() == p.nutrition.target_kcal_per_day);
  CHECK(j["nutrition"]["protein_g"] == p.nutrition.protein_g);
  CHECK(j["nutrition"]["fat_g"] == p.nutrition.fat_g);
  CHECK(j["nutrition"]["carbohydrate_g"] == p.nutrition.carbohydrate_g);
  CHECK(j["schedule"]["sessions"].size() == p.schedule.sessions.size());
  const auto& first = j["schedule"]["sessions"][0]["exercises"][0];
  CHECK(first["exercise"] == p.schedule.sessions[0].exercises[0].exercise_id);
  CHECK(first["tempo"] == p.schedule.sessions[0].exercises[0].tempo);
  CHECK(j["schedule"]["sessions"][0]["exercises"][2]["replaces"]["exercise"] == "deadlift");
  CHECK(j["schedule"]["sessions"][0]["exercises"][1]["replaces"].is_null());
  CHECK(j["schedule"]["back_sets_per_week"].get<double>() == p.schedule.back_sets_per_week);
  bool back = false;
  for (const auto& g : j["schedule"]["weekly_hard_sets"]["groups"]) {
    if (g["group"] == "back") {
      back = true;
      CHECK(g["landmarks"]["mev"].get<double>() == 10.0);
      CHECK(g["landmarks"]["mrv"].get<double>() == 25.0);
    }
  }
  CHECK(back);
  CHECK(j["progression"]["weeks"].size() == p.progression.size());
  CHECK(j["progression"]["weeks"][4]["deload"] == true);
  CHECK(j["projection"].size() == p.projection.size());
  CHECK(j["projection"][12]["body_mass_kg"].get<double>() == p.projection[12].body_mass_kg);
  CHECK(j["projection"][12]["static_body_mass_kg"].get<double>() ==
        p.projection[12].static_body_mass_kg);
  CHECK(j["findings"].size() == p.findings.size());
  for (const auto& f : j["findings"]) {
    CHECK(f.contains("module"));
    CHECK(f.contains("source"));
  }
#endif
}

TEST_CASE("the SVG is well-formed and has its four panels") {
  CHECK(sample::xml_problem("<a><b/></a>").empty());
  CHECK_FALSE(sample::xml_problem("<a><b></a>").empty());
  CHECK_FALSE(sample::xml_problem("<a>x & y</a>").empty());
  CHECK_FALSE(sample::xml_problem("<a x=1></a>").empty());
  CHECK_FALSE(sample::xml_problem("<a></a><b></b>").empty());

  for (const auto& in : {sample::home_gym_man(), sample::full_gym_woman(), sample::cable_man()}) {
    const std::string svg = planner::to_svg(planner::make_plan(in));
    CHECK(sample::xml_problem(svg) == "");
    CHECK(svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
    CHECK(svg.find("nan") == std::string::npos);
    CHECK(svg.find("inf") == std::string::npos);
    std::size_t polylines = 0;
    for (std::size_t at = svg.find("<polyline"); at != std::string::npos;
         at = svg.find("<polyline", at + 1)) {
      ++polylines;
    }
    CHECK(polylines == 4);  // weight, static rule, fat, fat-free
    CHECK(svg.find("Weekly hard sets per muscle") != std::string::npos);
    CHECK(svg.find(">lats<") != std::string::npos);
    // Muscle labels are words, not code names.
    CHECK(svg.find(">upper back<") != std::string::npos);
    CHECK(svg.find("upper_back") == std::string::npos);
  }
  {
    // A long plan's title stays short enough for the 1000 px width (about 60 characters of
    // 18 px bold text), the energy line is apart, and the first-week drop is explained.
    planner::plan_input in = sample::home_gym_man();
    in.weeks = 104;
    in.goal = planner::plan_goal::recomposition;
    const std::string svg = planner::to_svg(planner::make_plan(in));
    const std::size_t title = svg.find("font-size=\"18\" font-weight=\"bold\">");
    REQUIRE(title != std::string::npos);
    const std::size_t start = svg.find('>', title) + 1;
    CHECK(svg.find("</text>", start) - start <= 60);
    planner::plan_input lose = sample::home_gym_man();
    CHECK(planner::to_svg(planner::make_plan(lose)).find("glycogen") != std::string::npos);
  }
  // Text that needs escaping is escaped.
  CHECK(planner::detail::xml_escape("a<b & \"c\"") == "a&lt;b &amp; &quot;c&quot;");
}

TEST_CASE("the text report shows every part") {
  std::ostringstream os;
  planner::write_text(os, sample_plan());
  const std::string t = os.str();
  for (const char* part : {"Body", "Expenditure", "Calories and macros", "Weekly back schedule",
                           "Progression", "Projection", "Findings", "Katch-McArdle", "Monday",
                           "Wednesday", "Friday", "replaces deadlift", "deload"}) {
    CHECK_MESSAGE(t.find(part) != std::string::npos, part);
  }
}
