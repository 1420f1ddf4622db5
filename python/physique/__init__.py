"""physique: body-composition, energy-balance and training math.

A thin Python layer over the C++20 library physique. Every function takes plain numbers in
the unit its parameter names state (``body_mass_kg``, ``height_cm``, ``age_years``,
``kcal_per_day``); the numeric arguments of the equations also take numpy arrays (one value
per person), computed in C++ without the GIL. Impossible input raises
``physique.InvalidArgument``, a ``ValueError`` carrying the library's message.

``physique.population`` runs the Hall et al. 2011 model over tables of people, on one
machine or on a Dask cluster.
"""

from ._physique import *  # noqa: F401,F403
from ._physique import InvalidArgument, __version__  # noqa: F401

__all__ = [name for name in dir() if not name.startswith("_")]
