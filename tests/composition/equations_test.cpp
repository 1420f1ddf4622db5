// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <physique/composition.hpp>
#include <set>
#include <string>

#include "near.hpp"

using physique::centimeters;
using physique::kilograms;
using physique::meters;
using physique::person;
using physique::sex;
using physique::years;
namespace pc = physique::composition;

TEST_CASE("every composition equation carries an id, a name and a citation") {
  std::set<std::string> ids;
  int count = 0;
  pc::for_each_equation<pc::all_equations>([&](auto e) {
    const physique::equation_info& info = decltype(e)::info;
    ++count;
    CHECK(std::string(info.id).size() > 0);
    CHECK(std::string(info.name).size() > 0);
    CHECK(std::string(info.source.authors).size() > 0);
    CHECK(info.source.year > 1900);
    CHECK(std::string(info.domain.population).size() > 0);
    CHECK(ids.insert(info.id).second);  // ids are unique
  });
  CHECK(count == 20);
  CHECK(pc::find_equation("us_navy_dod") == &pc::us_navy_dod::info);
  CHECK(pc::find_equation<pc::lean_body_mass_equations>("hume_1966") == &pc::hume_1966::info);
  CHECK(pc::find_equation<pc::lean_body_mass_equations>("us_navy_dod") == nullptr);
  CHECK(pc::find_equation("no_such_equation") == nullptr);
  static_assert(physique::equation<pc::jackson_2002>);
  static_assert(physique::equation<pc::durnin_womersley_1974>);
}

TEST_CASE_TEMPLATE("run-time lookup by id gives the same result as the object", T, float, double) {
  const person<T> p{sex::female, years(T(35)), centimeters(T(165)), kilograms(T(62))};
  CHECK(pc::fat_percent_from_bmi("jackson_2002", p) == pc::jackson_2002{}(p));
  CHECK(pc::fat_percent_from_bmi("deurenberg_1991", p) == pc::deurenberg_1991{}(p));
  CHECK(pc::lean_body_mass("boer_1984", p) == pc::boer_1984{}(p));
  const pc::circumferences<T> c{centimeters(T(33)), centimeters(T(72)), centimeters(T(98))};
  CHECK(pc::fat_percent_from_circumferences("us_navy_dod", sex::female, centimeters(T(165)), c) ==
        pc::us_navy_dod{}(sex::female, centimeters(T(165)), c));
  try {
    (void)pc::fat_percent_from_bmi("boer_1984", p);  // wrong family
    FAIL("expected invalid_argument");
  } catch (const physique::invalid_argument& e) {
    CHECK(std::string(e.parameter()) == "equation_id");
    CHECK(std::string(e.what()).find("bmi_fat_equations") != std::string::npos);
  }
  bool called = false;
  CHECK(pc::visit_equation<pc::skinfold_equations>("durnin_womersley_1974",
                                                   [&](auto) { called = true; }));
  CHECK(called);
}
