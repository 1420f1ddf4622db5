// Reading a mass in a length unit must not compile.
// expect: cannot convert|no viable conversion|invalid initialization|no matching
#include <physique/core.hpp>
using namespace physique::literals;
double x = (80.0_kg).in(physique::centimeters);
