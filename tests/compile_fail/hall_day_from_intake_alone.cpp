// A day of the Hall model cannot be built from an intake alone: the carbohydrate share and
// the PAL belong to the person (`model.day(intake)`), so none is assumed.
// expect: no matching function for call to .*hall_day|no matching constructor for .*hall_day
#include <physique/energy/hall_intake.hpp>
const physique::energy::hall_day<double> d{physique::kilocalories_per_day(2000.0)};
