// Comparing a mass with a duration must not compile.
// expect: no match for .*operator<|invalid operands to binary expression
#include <physique/core.hpp>
using namespace physique::literals;
bool b = 80.0_kg < 3.0_days;
