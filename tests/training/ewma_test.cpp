// SPDX-License-Identifier: MIT
// Smoothing factors of the load-monitoring EWMAs.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <limits>
#include <string>

#include <physique/training/ewma.hpp>

using namespace physique;
using namespace physique::training;

TEST_CASE("smoothing factors") {
  // Reference 5.2: N = 7 -> 0.25 / 0.1429 / 0.1331; N = 28 -> 0.0690 / 0.0357 / 0.0351.
  CHECK(smoothing_factor(ewma_decay::williams, 7.0) == 0.25);
  CHECK(smoothing_factor(ewma_decay::reciprocal, 7.0) == doctest::Approx(0.1429).epsilon(4e-4));
  CHECK(smoothing_factor(ewma_decay::exponential, 7.0) == doctest::Approx(0.1331).epsilon(4e-4));
  CHECK(smoothing_factor(ewma_decay::williams, 28.0f) == doctest::Approx(0.0690).epsilon(1e-3));
  CHECK(smoothing_factor(ewma_decay::reciprocal, 28.0) == doctest::Approx(0.0357).epsilon(2e-3));
  CHECK(smoothing_factor(ewma_decay::exponential, 28.0) == doctest::Approx(0.0351).epsilon(2e-3));
  CHECK_THROWS_AS((void)smoothing_factor(ewma_decay::williams, 0.5), physique::invalid_argument);
}
