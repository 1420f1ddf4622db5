// A length cannot be passed where a mass is expected.
// expect: from .*dimension<0, ?1.* to non-scalar type|no viable conversion from .*dimension<0, 1
#include <physique/core.hpp>
using namespace physique::literals;
physique::mass<double> m = 180.0_cm;
