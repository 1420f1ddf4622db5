// SPDX-License-Identifier: MIT
// Vocabulary round trips: every enumerator has a unique snake_case name that parses back.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>

#include <physique/exercise.hpp>

namespace ex = physique::exercise;

namespace {
template <class E>
void check_round_trip(std::size_t expected_size) {
  CHECK(ex::vocabulary_size<E> == expected_size);
  std::set<std::string_view> names;
  for (E v : ex::all_values<E>()) {
    const std::string_view name = ex::to_string(v);
    CAPTURE(name);
    CHECK_FALSE(name.empty());
    CHECK_FALSE(ex::display_name(v).empty());
    CHECK(names.insert(name).second);  // unique
    for (char c : name) {
      CHECK(((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'));
    }
    REQUIRE(ex::parse<E>(name).has_value());
    CHECK(*ex::parse<E>(name) == v);
    CHECK(ex::parse_loose<E>(ex::display_name(v)) == v);
  }
  CHECK_FALSE(ex::parse<E>("").has_value());
  CHECK_FALSE(ex::parse<E>("no_such_value").has_value());
}
}  // namespace

TEST_CASE("every vocabulary round-trips through its names") {
  check_round_trip<ex::muscle>(26);  // exercise-model survey, section 3: 26 muscles
  check_round_trip<ex::muscle_group>(8);
  check_round_trip<ex::body_view>(3);
  check_round_trip<ex::laterality>(3);
  check_round_trip<ex::equipment>(26);
  check_round_trip<ex::modality>(9);
  check_round_trip<ex::level>(3);
  check_round_trip<ex::mechanic>(2);
  check_round_trip<ex::force>(3);
  check_round_trip<ex::movement_pattern>(36);  // survey section 8 lists 36 patterns
  check_round_trip<ex::contraction>(2);
  check_round_trip<ex::measure>(3);
  check_round_trip<ex::load_type>(5);
  check_round_trip<ex::breath_phase>(5);
  check_round_trip<ex::training_goal>(5);
  check_round_trip<ex::substitute_reason>(3);
  check_round_trip<ex::media_kind>(4);
  check_round_trip<ex::description_finding_code>(17);
}

TEST_CASE("keyword-named values keep their plain names") {
  CHECK(ex::to_string(ex::force::static_) == "static");
  CHECK(ex::parse_force("static") == ex::force::static_);
  CHECK(ex::to_string(ex::movement_pattern::throw_) == "throw");
}

TEST_CASE("parse is exact, parse_loose forgives case, blanks and separators") {
  CHECK_FALSE(ex::parse<ex::muscle>("Front_Delt").has_value());
  CHECK_FALSE(ex::parse<ex::muscle>(" front_delt").has_value());
  CHECK(ex::parse_loose<ex::muscle>(" Front-Delt ") == ex::muscle::front_delt);
  CHECK(ex::parse_loose<ex::muscle>("front delt") == ex::muscle::front_delt);
  CHECK(ex::parse_loose<ex::muscle>("Front deltoid") == ex::muscle::front_delt);
  CHECK(ex::parse_loose<ex::equipment>("Pull-up bar") == ex::equipment::pull_up_bar);
  CHECK_FALSE(ex::parse_loose<ex::equipment>("pullupbar").has_value());
}

TEST_CASE("a value outside the vocabulary has no name") {
  const auto bad = static_cast<ex::muscle>(200);
  CHECK(ex::to_string(bad).empty());
  CHECK(ex::display_name(bad).empty());
}

TEST_CASE("enum_set basics") {
  constexpr ex::muscle_set s{ex::muscle::lats, ex::muscle::biceps};
  static_assert(s.size() == 2);
  static_assert(s.contains(ex::muscle::lats));
  static_assert(!s.contains(ex::muscle::chest));
  CHECK(ex::muscle_set::all().size() == 26);
  CHECK((s & ex::muscle_set{ex::muscle::lats}) == ex::muscle_set{ex::muscle::lats});
  CHECK((s - ex::muscle_set{ex::muscle::lats}) == ex::muscle_set{ex::muscle::biceps});
  CHECK(s.includes(ex::muscle_set{ex::muscle::biceps}));
  CHECK_FALSE(s.includes(ex::muscle_set{ex::muscle::chest}));
  std::string order;
  s.for_each([&](ex::muscle m) { order += std::string(ex::to_string(m)) + ","; });
  CHECK(order == "biceps,lats,");  // declaration order
}

TEST_CASE("equipment: bodyweight is explicit and always available") {
  using ex::equipment;
  CHECK(ex::kit_available(ex::equipment_set{equipment::bodyweight}, ex::equipment_set{}));
  CHECK(ex::kit_available(
      ex::equipment_set{equipment::dumbbell, equipment::bench},
      ex::equipment_set{equipment::dumbbell, equipment::bench, equipment::barbell}));
  CHECK_FALSE(ex::kit_available(ex::equipment_set{equipment::dumbbell, equipment::bench},
                                ex::equipment_set{equipment::dumbbell}));
}

TEST_CASE("level order is difficulty order") {
  CHECK(ex::level::beginner < ex::level::intermediate);
  CHECK(ex::level::intermediate < ex::level::advanced);
}

TEST_CASE("laterality: prescriptions per side for one-sided work") {
  CHECK_FALSE(ex::prescribed_per_side(ex::laterality::bilateral));
  CHECK(ex::prescribed_per_side(ex::laterality::unilateral));
  CHECK(ex::prescribed_per_side(ex::laterality::alternating));
  CHECK(ex::parse_laterality("alternating") == ex::laterality::alternating);
}
