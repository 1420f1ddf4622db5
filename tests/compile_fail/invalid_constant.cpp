// A check that fails during constant evaluation is a compile error, not a run-time one.
// expect: report_invalid_argument|non-constexpr function
#include <physique/composition/body_composition.hpp>
using namespace physique;
constexpr auto bc = composition::body_composition<double>::from_fat_percent(kilograms(-80.0), 20.0);
