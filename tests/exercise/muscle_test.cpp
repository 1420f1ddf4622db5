// SPDX-License-Identifier: MIT
// Muscles, groups and diagram views against the table of the exercise-model survey,
// section 3 (canonical id, view, group).
#include <doctest/doctest.h>

#include <physique/exercise/muscle.hpp>

namespace ex = physique::exercise;
using ex::muscle;
using ex::muscle_group;

TEST_CASE("groups follow the survey's table") {
  CHECK(ex::group_of(muscle::chest) == muscle_group::chest);
  CHECK(ex::group_of(muscle::rear_delt) == muscle_group::shoulders);
  CHECK(ex::group_of(muscle::rotator_cuff) == muscle_group::shoulders);
  CHECK(ex::group_of(muscle::brachialis) == muscle_group::arms);
  CHECK(ex::group_of(muscle::lats) == muscle_group::back);
  CHECK(ex::group_of(muscle::lower_back) ==
        muscle_group::back);  // table: "back/core"; we file it under back
  CHECK(ex::group_of(muscle::serratus) == muscle_group::core);
  CHECK(ex::group_of(muscle::hip_flexors) == muscle_group::legs);
  CHECK(ex::group_of(muscle::soleus) == muscle_group::calves);
  CHECK(ex::group_of(muscle::tibialis) == muscle_group::calves);
  CHECK(ex::group_of(muscle::neck) == muscle_group::neck);
  // Every muscle belongs to exactly one group; the groups partition the 26 muscles.
  std::size_t total = 0;
  for (muscle_group g : ex::all_values<muscle_group>())
    total += ex::muscles_in(g).size();
  CHECK(total == 26);
  CHECK(ex::muscles_in(muscle_group::shoulders) ==
        ex::muscle_set{muscle::front_delt, muscle::side_delt, muscle::rear_delt,
                       muscle::rotator_cuff});
  CHECK(ex::muscles_in(muscle_group::back) ==
        ex::muscle_set{muscle::traps, muscle::upper_back, muscle::lats, muscle::lower_back});
}

TEST_CASE("diagram views follow the survey's table") {
  CHECK(ex::view_of(muscle::chest) == ex::body_view::front);
  CHECK(ex::view_of(muscle::side_delt) == ex::body_view::front);
  CHECK(ex::view_of(muscle::rear_delt) == ex::body_view::back);
  CHECK(ex::view_of(muscle::triceps) == ex::body_view::back);
  CHECK(ex::view_of(muscle::abductors) == ex::body_view::back);
  CHECK(ex::view_of(muscle::adductors) == ex::body_view::front);
  CHECK(ex::view_of(muscle::forearms) == ex::body_view::both);  // "front+back"
  CHECK(ex::view_of(muscle::neck) == ex::body_view::both);
  CHECK(ex::drawn_on(muscle::forearms, ex::body_view::front));
  CHECK(ex::drawn_on(muscle::forearms, ex::body_view::back));
  CHECK_FALSE(ex::drawn_on(muscle::lats, ex::body_view::front));
}

TEST_CASE("names, display names, anatomy") {
  CHECK(ex::to_string(muscle::upper_back) == "upper_back");
  CHECK(ex::display_name(muscle::front_delt) == "Front deltoid");
  CHECK(ex::anatomy(muscle::lower_back) == "erector spinae");
  CHECK(ex::parse_muscle("hamstrings") == muscle::hamstrings);
  CHECK_FALSE(ex::parse_muscle("middle back").has_value());  // a free-exercise-db label, not ours
  CHECK(ex::parse_muscle_group("shoulders") == muscle_group::shoulders);
  CHECK(ex::groups_of(ex::muscle_set{muscle::lats, muscle::biceps}) ==
        ex::muscle_group_set{muscle_group::back, muscle_group::arms});
}
