// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include <physique/training/weekly_structure.hpp>

#include "sample_program.hpp"

using namespace physique;
using namespace physique::training;
using physique::exercise::muscle;
using physique::exercise::muscle_group;

namespace {
template <class T>
int count(const weekly_structure<T>& w, muscle m, frequency_issue issue) {
  return static_cast<int>(std::count_if(w.findings.begin(), w.findings.end(), [&](const auto& f) {
    return f.level == frequency_level::muscle && f.muscle == m && f.issue == issue;
  }));
}
}  // namespace

TEST_CASE_TEMPLATE("frequency and recovery in the sample week (hand count)", T, float, double) {
  const auto log = sample::week<T>();
  const auto w = check_weekly_structure(log, sample::credits, date::from_ymd(2026, 1, 5));
  // Chest: Mon 18:00, Fri 08:00, Sat 08:00 -> 3 sessions; Fri -> Sat is 24 h.
  CHECK(w.sessions(muscle::chest) == 3);
  CHECK(static_cast<double>(w.muscle_shortest_gap_hours[0]) == doctest::Approx(24.0));
  CHECK(count(w, muscle::chest, frequency_issue::too_little_recovery) == 1);
  CHECK(count(w, muscle::chest, frequency_issue::too_few_sessions) == 0);
  for (const auto& f : w.findings) {
    if (f.muscle == muscle::chest && f.issue == frequency_issue::too_little_recovery) {
      CHECK(f.sessions == 3);
      CHECK(static_cast<double>(f.hours_between) == doctest::Approx(24.0));
      CHECK(f.earlier == date::from_ymd(2026, 1, 9));
      CHECK(f.later == date::from_ymd(2026, 1, 10));
    }
  }
  // Lats: Mon 18:00, Wed 18:00 (48 h: fine), Fri 08:00 (38 h: finding).
  CHECK(w.sessions(muscle::lats) == 3);
  CHECK(count(w, muscle::lats, frequency_issue::too_little_recovery) == 1);
  // Quads: Mon, Fri (86 h): no finding.
  CHECK(w.sessions(muscle::quads) == 2);
  CHECK(count(w, muscle::quads, frequency_issue::too_few_sessions) == 0);
  CHECK(count(w, muscle::quads, frequency_issue::too_little_recovery) == 0);
  // Hamstrings: Wednesday only -> fewer than 2. Traps: 2 x 0.5 = 1 set hits once -> fewer than 2.
  CHECK(count(w, muscle::hamstrings, frequency_issue::too_few_sessions) == 1);
  CHECK(count(w, muscle::traps, frequency_issue::too_few_sessions) == 1);
  // Calves untrained and not required: no finding.
  CHECK(count(w, muscle::calves, frequency_issue::too_few_sessions) == 0);
  // Groups: back Mon, Wed, Fri.
  CHECK(w.sessions(muscle_group::back) == 3);
}

TEST_CASE("configurable: group level, required muscles, more than 3 a week") {
  auto log = sample::week<double>();
  frequency_rule<double> rule;
  rule.level = frequency_level::group;
  rule.required_groups.insert(muscle_group::calves);
  auto w = check_weekly_structure(log, sample::credits, date::from_ymd(2026, 1, 5), rule);
  const auto has = [&](muscle_group g, frequency_issue issue) {
    return std::any_of(w.findings.begin(), w.findings.end(), [&](const auto& f) {
      return f.level == frequency_level::group && f.group == g && f.issue == issue;
    });
  };
  CHECK(has(muscle_group::calves, frequency_issue::too_few_sessions));
  CHECK(has(muscle_group::chest, frequency_issue::too_little_recovery));
  CHECK_FALSE(has(muscle_group::legs, frequency_issue::too_many_sessions));
  // A fourth chest session on Sunday: more than 3.
  log.push_back(log.back());
  log.back().day = date::from_ymd(2026, 1, 11);
  w = check_weekly_structure(log, sample::credits, date::from_ymd(2026, 1, 5), rule);
  CHECK(w.sessions(muscle_group::chest) == 4);
  CHECK(has(muscle_group::chest, frequency_issue::too_many_sessions));
  // Looser recovery rule: 24 h is enough.
  frequency_rule<double> loose;
  loose.min_hours_between = 24.0;
  w = check_weekly_structure(log, sample::credits, date::from_ymd(2026, 1, 5), loose);
  CHECK(count(w, muscle::chest, frequency_issue::too_little_recovery) == 0);
}

TEST_CASE("a session just before the week counts for the first gap") {
  auto log = sample::week<double>();
  // Sunday 2026-01-04 20:00 bench, then Monday 18:00 bench: 22 h.
  log.insert(
      log.begin(),
      session<double>{date::from_ymd(2026, 1, 4), 20 * 60, {log[0].sets[2], log[0].sets[3]}});
  const auto w = check_weekly_structure(log, sample::credits, date::from_ymd(2026, 1, 5));
  CHECK(w.sessions(muscle::chest) == 3);  // Sunday is not in the week
  CHECK(w.muscle_shortest_gap_hours[0] == doctest::Approx(22.0));
  CHECK(count(w, muscle::chest, frequency_issue::too_little_recovery) == 2);
}

TEST_CASE("sessions out of order and impossible rules are errors") {
  auto log = sample::week<double>();
  std::swap(log[1], log[2]);
  try {
    (void)check_weekly_structure(log, sample::credits, date::from_ymd(2026, 1, 5));
    FAIL("no throw");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "session_date");
    CHECK(std::string(e.what()).find("20260107") != std::string::npos);
  }
  frequency_rule<double> rule;
  rule.max_sessions = 1;
  CHECK_THROWS_AS(
      (void)check_weekly_structure(std::span<const session<double>>(sample::week<double>()),
                                   sample::credits, date::from_ymd(2026, 1, 5), rule),
      physique::invalid_argument);
}

TEST_CASE("works directly on a training_log") {
  training_log<double> log;
  for (auto& s : sample::week<double>())
    log.add(s);
  const auto v = weekly_hard_sets(log.sessions(), sample::credits, date::from_ymd(2026, 1, 5));
  CHECK(v[muscle::chest] == 8.0);
  const auto w =
      check_weekly_structure(log.sessions(), sample::credits, date::from_ymd(2026, 1, 5));
  CHECK(w.sessions(muscle::lats) == 3);
  training_log<> other;
  other.add({date::from_ymd(2026, 1, 5),
             18 * 60,
             {{sample::bench, kilograms(80.0), 8, {}, effort<>::rpe(8.0)}}});
  CHECK(weekly_hard_sets(other.sessions(), sample::credits,
                         date::from_ymd(2026, 1, 5))[muscle::chest] == 1.0);
}
