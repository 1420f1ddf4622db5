// Adding a mass to an energy must not compile.
// expect: no match for .*operator\+|invalid operands to binary expression
#include <physique/core.hpp>
using namespace physique::literals;
auto x = 80.0_kg + 2500.0_kcal;
