"""Population runs of the Hall et al. 2011 body-weight model, on one machine or on Dask.

A *people table* has one row per person and the columns

    sex                      "male"/"female" (or uint8 codes 0 = male, 1 = female)
    age_years                years
    height_cm or height_m    standing height
    body_mass_kg             baseline body mass
    physical_activity_level  PAL (total / resting expenditure), 1.0-5.0
    fat_mass_kg              optional: measured fat mass (else Jackson et al. 2002)

plus any columns a scenario refers to. A :class:`Scenario` says how intake changes from
each person's baseline (PAL x Mifflin-St Jeor, as the model computes it) and for how
long. :func:`run` projects a pandas DataFrame in this process; :func:`run_dask` projects a
Dask DataFrame (from pandas, CSV files or .npy files) partition by partition on whatever
``dask.distributed`` cluster the current ``Client`` points at. Results are per person:
final body, fat and fat-free mass, and optionally the weekly body-mass trajectory. Each
person is computed independently, so the partitioning never changes a result: a Dask run
equals a single-process run bit for bit.

Source of the model: Hall KD, Sacks G, Chandramohan D et al., Lancet 2011;378:826-37.
"""

from __future__ import annotations

import dataclasses
import glob as _glob
from typing import Optional, Sequence, Union

import numpy as np
import pandas as pd

from . import _physique

__all__ = ["Scenario", "run", "run_dask", "read_npy_partitions", "result_columns"]

Number = Union[int, float]


@dataclasses.dataclass(frozen=True)
class Scenario:
    """An intake change sustained for ``days`` days from each person's baseline intake.

    Give exactly one of ``intake_change_kcal_per_day`` (kcal/day added to the baseline;
    negative for a cut) and ``intake_change_percent`` (percent of the baseline). Either may
    be a number (everybody) or the name of a column of the people table (per person).
    ``weekly_trajectory`` adds the body mass at t = 0, 7, 14, ... days as columns
    ``body_mass_kg_week_0``, ``body_mass_kg_week_1``, ...
    """

    days: int = 365
    intake_change_kcal_per_day: Optional[Union[Number, str]] = None
    intake_change_percent: Optional[Union[Number, str]] = None
    weekly_trajectory: bool = False
    steps_per_day: int = 1
    carbohydrate_share: float = 0.5

    def __post_init__(self):
        given = (self.intake_change_kcal_per_day is not None) + (
            self.intake_change_percent is not None)
        if given != 1:
            raise ValueError(
                "give exactly one of intake_change_kcal_per_day and intake_change_percent")
        if int(self.days) != self.days or self.days < 0:
            raise ValueError(f"days must be a whole number >= 0, not {self.days!r}")

    def weeks(self) -> int:
        """Number of weekly trajectory points (t = 0, 7, ..., <= days)."""
        return self.days // 7 + 1


def result_columns(scenario: Scenario) -> list:
    """The columns :func:`run` returns for ``scenario``, in order."""
    cols = ["body_mass_kg", "fat_mass_kg", "fat_free_mass_kg"]
    if scenario.weekly_trajectory:
        cols += [f"body_mass_kg_week_{w}" for w in range(scenario.weeks())]
    return cols


def _empty_result(scenario: Scenario, index=None) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype="float64") for c in result_columns(scenario)},
                        index=index)


def _sex_codes(values) -> np.ndarray:
    """uint8 codes (0 male, 1 female) from strings or integer codes, checked."""
    a = np.asarray(values)
    if a.dtype.kind in "iu":
        if a.size and (a.min() < 0 or a.max() > 1):
            raise ValueError("physique: invalid sex: codes must be 0 (male) or 1 (female)")
        return a.astype(np.uint8, copy=False)
    text = pd.Series(a, dtype="object").str.strip().str.lower()
    female = text.isin(("female", "f")).to_numpy()
    male = text.isin(("male", "m")).to_numpy()
    bad = ~(female | male)
    if bad.any():
        raise ValueError(
            f'physique: invalid sex ({a[bad][0]!r}): must be "male" or "female"')
    return female.astype(np.uint8)


def _column(people: pd.DataFrame, name: str) -> np.ndarray:
    if name not in people.columns:
        raise ValueError(f"the people table has no column {name!r}")
    return np.ascontiguousarray(people[name].to_numpy(dtype=np.float64))


def _change(people: pd.DataFrame, value):
    return _column(people, value) if isinstance(value, str) else float(value)


def _batch(people: pd.DataFrame, scenario: Scenario, threads: int, trajectory: bool):
    kwargs = dict(
        days=int(scenario.days),
        threads=threads,
        steps_per_day=scenario.steps_per_day,
        carbohydrate_share=scenario.carbohydrate_share,
        trajectory=trajectory,
    )
    if "height_m" in people.columns:
        kwargs["height_m"] = _column(people, "height_m")
    else:
        kwargs["height_cm"] = _column(people, "height_cm")
    if "fat_mass_kg" in people.columns:
        kwargs["fat_mass_kg"] = _column(people, "fat_mass_kg")
    if scenario.intake_change_kcal_per_day is not None:
        kwargs["intake_change_kcal_per_day"] = _change(people, scenario.intake_change_kcal_per_day)
    else:
        kwargs["intake_change_percent"] = _change(people, scenario.intake_change_percent)
    return _physique.simulate_population(
        _sex_codes(people["sex"].to_numpy()),
        _column(people, "age_years"),
        _column(people, "body_mass_kg"),
        _column(people, "physical_activity_level"),
        **kwargs,
    )


def run(people: pd.DataFrame, scenario: Scenario, *, threads: int = 1,
        trajectory_block: int = 8192) -> pd.DataFrame:
    """Projects every person of ``people`` under ``scenario`` in this process.

    ``threads`` worker threads of the C++ batch (0 = one per core). Returns a DataFrame
    with the index of ``people`` and the columns of :func:`result_columns`. With a weekly
    trajectory, people are simulated ``trajectory_block`` at a time so the daily trajectory
    buffer stays small. Raises ``physique.InvalidArgument`` (a ValueError) naming the field
    and the person's position for impossible input.
    """
    if len(people) == 0:
        return _empty_result(scenario, people.index)
    if not scenario.weekly_trajectory:
        r = _batch(people, scenario, threads, trajectory=False)
        return pd.DataFrame(
            {"body_mass_kg": r["body_mass_kg"], "fat_mass_kg": r["fat_mass_kg"],
             "fat_free_mass_kg": r["fat_free_mass_kg"]}, index=people.index)
    weeks = slice(0, scenario.days + 1, 7)
    parts = []
    for start in range(0, len(people), trajectory_block):
        block = people.iloc[start:start + trajectory_block]
        r = _batch(block, scenario, threads, trajectory=True)
        data = {"body_mass_kg": r["body_mass_kg"], "fat_mass_kg": r["fat_mass_kg"],
                "fat_free_mass_kg": r["fat_free_mass_kg"]}
        weekly = r["body_mass_trajectory_kg"][weeks]
        for w in range(weekly.shape[0]):
            data[f"body_mass_kg_week_{w}"] = weekly[w]
        parts.append(pd.DataFrame(data, index=block.index))
    return pd.concat(parts)


def _load_npy(path: str) -> pd.DataFrame:
    return pd.DataFrame(np.load(path, allow_pickle=False))


def read_npy_partitions(paths: Union[str, Sequence[str]]):
    """A Dask DataFrame with one partition per .npy file (a structured array whose fields
    are the people-table columns), read on the workers. ``paths`` is a list or a glob."""
    import dask
    import dask.dataframe as dd

    files = sorted(_glob.glob(paths)) if isinstance(paths, str) else list(paths)
    if not files:
        raise ValueError(f"no .npy files match {paths!r}")
    first = np.load(files[0], mmap_mode="r", allow_pickle=False)
    meta = pd.DataFrame(np.empty(0, dtype=first.dtype))
    return dd.from_delayed([dask.delayed(_load_npy)(f) for f in files], meta=meta)


def _as_dask(people, npartitions: Optional[int]):
    import dask.dataframe as dd

    if isinstance(people, dd.DataFrame):
        return people
    if isinstance(people, pd.DataFrame):
        return dd.from_pandas(people, npartitions=npartitions or 2, sort=False)
    if isinstance(people, str) and people.endswith(".csv"):
        return dd.read_csv(people)
    if isinstance(people, str) and people.endswith(".npy"):
        return read_npy_partitions(people)
    if isinstance(people, (list, tuple)) and people and str(people[0]).endswith(".npy"):
        return read_npy_partitions(people)
    if isinstance(people, (list, tuple)) and people and str(people[0]).endswith(".csv"):
        return dd.read_csv(list(people))
    raise TypeError("people must be a pandas or Dask DataFrame, or CSV / .npy file paths")


def run_dask(people, scenario: Scenario, *, npartitions: Optional[int] = None,
             threads: int = 1):
    """Projects ``people`` under ``scenario`` partition by partition with Dask.

    ``people``: a Dask DataFrame, a pandas DataFrame (split into ``npartitions``), a CSV
    path or glob (``"survey-*.csv"``), or .npy files (a glob or a list; see
    :func:`read_npy_partitions`). Returns a lazy Dask DataFrame with the columns of
    :func:`result_columns`, indexed like the input; ``.compute()`` runs it on the cluster
    of the current ``dask.distributed.Client`` (or Dask's local scheduler without one).
    ``threads`` are the C++ batch's threads per partition (keep 1 when every worker
    process has one core).
    """
    ddf = _as_dask(people, npartitions)
    return ddf.map_partitions(run, scenario, threads=threads, meta=_empty_result(scenario))
