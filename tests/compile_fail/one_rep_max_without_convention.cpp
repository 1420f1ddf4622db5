// A 1RM estimate from a set must say what a single means: its own load (single_is_max) or
// the formula's value (Epley: 103.3 kg for 100 kg x 1). Without it the call must not compile.
// expect: no matching function for call to .*one_rep_max
#include <physique/training/one_rep_max.hpp>
using namespace physique;
auto x = training::one_rep_max(training::epley{}, kilograms(100.0), 1);
