// A container is accepted where a span is taken, but only of the elements the function
// reads: integers are not activity periods, and the call must not compile (nor loop).
// expect: no matching function for call to .*factorial_pal
#include <vector>

#include <physique/energy/physical_activity.hpp>
const std::vector<int> day(24, 1);
auto pal = physique::energy::factorial_pal(day);
