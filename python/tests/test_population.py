"""physique.population: the Hall model over a people table, in one process and on a Dask
LocalCluster of two worker processes (results must be equal bit for bit)."""

import os

import numpy as np
import pandas as pd
import pytest

import physique as ph
from physique import population


def make_people(n, seed=2026):
    rng = np.random.default_rng(seed)
    height = rng.uniform(150, 195, n)
    return pd.DataFrame({
        "sex": np.where(rng.random(n) < 0.5, "male", "female"),
        "age_years": rng.uniform(20, 75, n),
        "height_cm": height,
        "body_mass_kg": rng.uniform(19, 35, n) * (height / 100) ** 2,
        "physical_activity_level": rng.uniform(1.4, 2.0, n),
        "cut_kcal": -rng.uniform(0, 300, n),
    })


def test_run_matches_the_model_person_by_person():
    people = make_people(100)
    s = population.Scenario(days=365, intake_change_kcal_per_day="cut_kcal",
                            weekly_trajectory=True)
    out = population.run(people, s)
    assert list(out.columns) == population.result_columns(s)
    assert out.shape == (100, 3 + 53)
    for i in (0, 57, 99):
        row = people.iloc[i]
        m = ph.HallModel(sex=row.sex, age_years=row.age_years, height_cm=row.height_cm,
                         body_mass_kg=row.body_mass_kg,
                         physical_activity_level=row.physical_activity_level)
        tr = m.trajectory(m.baseline_intake_kcal_per_day + row.cut_kcal, days=365)
        assert out.body_mass_kg.iloc[i] == pytest.approx(tr["body_mass_kg"][365], abs=1e-9)
        assert out.fat_mass_kg.iloc[i] == pytest.approx(tr["fat_mass_kg"][365], abs=1e-9)
        assert out.body_mass_kg_week_10.iloc[i] == pytest.approx(tr["body_mass_kg"][70],
                                                                 abs=1e-9)
    np.testing.assert_allclose(out.body_mass_kg_week_0, people.body_mass_kg, rtol=1e-12)


def test_scenario_and_table_errors():
    with pytest.raises(ValueError, match="exactly one"):
        population.Scenario(days=10)
    bad = make_people(5)
    bad.loc[2, "sex"] = "robot"
    with pytest.raises(ValueError, match="sex"):
        population.run(bad, population.Scenario(days=10, intake_change_percent=-10))
    bad = make_people(5)
    bad.loc[3, "body_mass_kg"] = float("nan")
    with pytest.raises(ValueError, match="body_mass"):
        population.run(bad, population.Scenario(days=10, intake_change_percent=-10))


def test_csv_and_npy_partitions_on_the_local_scheduler(tmp_path):
    people = make_people(300)
    s = population.Scenario(days=30, intake_change_percent=-15)
    expected = population.run(people, s)
    for i, part in enumerate((people.iloc[:100], people.iloc[100:])):
        part.to_csv(tmp_path / f"part-{i}.csv", index=False)
        rec = part.assign(sex=(part.sex == "female").astype(np.uint8)).to_records(index=False)
        np.save(tmp_path / f"part-{i}.npy", rec)
    from_npy = population.run_dask(str(tmp_path / "part-*.npy"), s).compute(
        scheduler="synchronous")
    assert np.array_equal(from_npy.body_mass_kg.to_numpy(), expected.body_mass_kg.to_numpy())
    assert np.array_equal(from_npy.fat_mass_kg.to_numpy(), expected.fat_mass_kg.to_numpy())
    # CSV text may not round-trip every bit of a float: compare with the same text read by
    # pandas in this process.
    csv_files = sorted(tmp_path.glob("part-*.csv"))
    from_csv = population.run_dask(str(tmp_path / "part-*.csv"), s).compute(
        scheduler="synchronous")
    expected_csv = population.run(pd.concat([pd.read_csv(f) for f in csv_files]), s)
    assert np.array_equal(from_csv.body_mass_kg.to_numpy(),
                          expected_csv.body_mass_kg.to_numpy())
    np.testing.assert_allclose(from_csv.body_mass_kg, expected.body_mass_kg, rtol=1e-9)


def test_dask_local_cluster_equals_single_process_bit_for_bit():
    distributed = pytest.importorskip("distributed")
    people = make_people(200_000)
    s = population.Scenario(days=365, intake_change_kcal_per_day="cut_kcal")
    single = population.run(people, s)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        result = population.run_dask(people, s, npartitions=8).compute()
    result = result.loc[single.index]
    for col in population.result_columns(s):
        assert result[col].dtype == np.float64
        assert np.array_equal(result[col].to_numpy(), single[col].to_numpy()), col
    # Invariants over the generated people: a cut never gains, FFM = BW - FM.
    assert (single.body_mass_kg <= people.body_mass_kg).all()
    np.testing.assert_allclose(single.fat_free_mass_kg,
                               single.body_mass_kg - single.fat_mass_kg, rtol=1e-12)
