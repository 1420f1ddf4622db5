// A bare number is not a mass: there is no implicit conversion from double.
// expect: conversion from .*double.* to non-scalar type|no viable conversion from .double.
#include <physique/core.hpp>
physique::mass<double> m = 80.0;
