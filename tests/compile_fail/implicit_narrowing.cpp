// double -> float changes precision, so it must be explicit (quantity_cast<float>).
// expect: conversion from .*quantity<.*double.* to non-scalar type|no viable conversion from
#include <physique/core.hpp>
using namespace physique::literals;
physique::mass<float> m = 80.0_kg;
