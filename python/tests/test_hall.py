"""The Hall et al. 2011 model from Python against the reference numbers the C++ tests use
(tests/energy/hall_*_test.cpp): the research note hall_model.md's worked example (man,
100 kg, 1.80 m, 40 y, PAL 1.5) and the R package bw 1.0.0's ten-year run of that man at
-500 kcal/day."""

import numpy as np
import pytest

import physique as ph


@pytest.fixture
def man():
    return ph.HallModel(sex="male", age_years=40, height_cm=180, body_mass_kg=100,
                        physical_activity_level=1.5)


def test_baseline(man):
    # RMR = 9.99*100 + 6.25*180 - 4.92*40 + 5 = 1932.2; EE0 = 1.5 RMR = 2898.3.
    assert man.resting_expenditure_kcal_per_day == pytest.approx(1932.2, rel=1e-9)
    assert man.baseline_intake_kcal_per_day == pytest.approx(2898.3, rel=1e-9)
    s = man.initial_state
    # F0 = 29.618 kg, L0 = 43.606 kg (bw, 3 decimals); ECF0 = 24.926 kg; G0 = 0.5 kg.
    assert s["fat_mass_kg"] == pytest.approx(29.618, rel=2e-5)
    assert s["lean_mass_kg"] == pytest.approx(43.606, rel=2e-5)
    assert s["extracellular_fluid_kg"] == pytest.approx(24.926, rel=2e-5)
    assert s["glycogen_kg"] == pytest.approx(0.5)
    assert man.validity()["inside"]


def test_ten_years_at_minus_500_matches_bw(man):
    tr = man.trajectory(man.baseline_intake_kcal_per_day - 500, days=3650)
    assert len(tr["day"]) == 3651 and tr["day"][-1] == 3650
    # bw: F 29.618 -> 14.029 kg and L 43.606 -> 35.834 kg at 10 years; body mass 76.24 kg
    # at 10 years and 100 - 13.61 (+0.015, bw's missing rho_G) at 1 year.
    assert abs(tr["fat_mass_kg"][3650] - 14.029) < 0.002
    assert abs(tr["lean_mass_kg"][3650] - 35.834) < 0.002
    assert abs(tr["body_mass_kg"][3650] - 76.24) < 0.01
    assert abs(tr["body_mass_kg"][365] - (100 - 13.61 + 0.015)) < 0.01
    np.testing.assert_allclose(tr["fat_free_mass_kg"], tr["body_mass_kg"] - tr["fat_mass_kg"])
    end = man.final_state(man.baseline_intake_kcal_per_day - 500, days=3650)
    assert abs(end["fat_mass_kg"] - 14.029) < 0.002
    assert abs(end["lean_mass_kg"] - 35.834) < 0.002


def test_intake_as_array_and_callable_agree(man):
    table = np.full(30, 2398.3)
    a = man.trajectory(table)
    b = man.trajectory(lambda day: 2398.3, days=30)
    c = man.trajectory(2398.3, days=30)
    assert np.array_equal(a["body_mass_kg"], b["body_mass_kg"])
    assert np.array_equal(a["body_mass_kg"], c["body_mass_kg"])
    # A step at day 10 must not leak into earlier days.
    d = man.trajectory(lambda day: 2898.3 if day < 10 else 1500.0, days=20)
    assert d["body_mass_kg"][10] == pytest.approx(100.0, rel=1e-12)
    assert d["body_mass_kg"][11] < 99.9


def test_inverse_questions(man):
    # hall_model.md section 7: tau ~ 517 d, half-time ~ 360 d, Phi = 0.74.
    lin = man.linearise()
    assert lin["time_constant_days"] == pytest.approx(517, rel=0.002)
    assert lin["half_time_days"] == pytest.approx(360, rel=0.005)
    assert lin["fat_share"] == pytest.approx(0.74, rel=0.005)
    # bw's 10-year value at -500 kcal/d (76.24 kg) is within a few grams of the asymptote.
    ss = man.steady_state(2398.3)
    assert ss["viable"] and abs(ss["body_mass_kg"] - 76.24) < 0.05
    # The goal intake brings the man to 90 kg at day 180 (checked by simulating it).
    g = man.intake_for_goal(90, days=180)
    assert g["body_mass_at_goal_kg"] == pytest.approx(90.0, rel=1e-6)
    sim = man.trajectory(g["intake_kcal_per_day"], days=180)
    assert sim["body_mass_kg"][180] == pytest.approx(90.0, rel=1e-6)
    assert g["intake_kcal_per_day"] < g["maintenance_kcal_per_day"] < 2898.3
    # Maintenance at baseline is the baseline intake (TEF and AT act on the change only).
    assert man.maintenance_intake() == pytest.approx(2898.3, rel=1e-6)
    t = man.days_to_goal(2398.3, 90)
    assert t["reachable"]
    run = man.trajectory(2398.3, days=t["days"])["body_mass_kg"]
    assert run[-1] <= 90.0 < run[-2]  # the first day at or below the goal
    assert man.days_to_goal(2398.3, 60)["days"] is None  # beyond the asymptote: never
    with pytest.raises(ValueError, match="goal_body_mass"):
        man.intake_for_goal(20, days=10)
    # Static rule (Wishnofsky 1958): -500 kcal/d for 365 d / 7716.2 kcal/kg = -23.65 kg.
    assert ph.static_rule_change_kg(-500, 365) == pytest.approx(-500 * 365 / 7716.179, rel=1e-6)


def test_bad_person_raises_value_error():
    with pytest.raises(ValueError, match="physical_activity_level"):
        ph.HallModel(sex="male", age_years=40, height_cm=180, body_mass_kg=100,
                     physical_activity_level=7)


def _people(n, seed=7):
    rng = np.random.default_rng(seed)
    return dict(
        sex=(rng.random(n) < 0.5).astype(np.uint8),
        age_years=rng.uniform(20, 70, n),
        height_m=rng.uniform(1.55, 1.95, n),
        body_mass_kg=rng.uniform(55, 120, n),
        physical_activity_level=rng.uniform(1.4, 2.0, n),
    )


def test_population_batch_equals_one_model_per_person():
    p = _people(150)  # two full chunks of 64 and a partial one
    r = ph.simulate_population(p["sex"], p["age_years"], p["body_mass_kg"],
                               p["physical_activity_level"], height_m=p["height_m"],
                               intake_change_kcal_per_day=-300.0, days=365, trajectory=True)
    assert r["body_mass_trajectory_kg"].shape == (366, 150)
    for i in (0, 63, 64, 149):
        m = ph.HallModel(sex="female" if p["sex"][i] else "male", age_years=p["age_years"][i],
                         height_cm=p["height_m"][i] * 100, body_mass_kg=p["body_mass_kg"][i],
                         physical_activity_level=p["physical_activity_level"][i])
        tr = m.trajectory(m.baseline_intake_kcal_per_day - 300, days=365)
        assert r["body_mass_kg"][i] == pytest.approx(tr["body_mass_kg"][365], abs=1e-9)
        assert r["fat_mass_kg"][i] == pytest.approx(tr["fat_mass_kg"][365], abs=1e-9)
        assert r["body_mass_trajectory_kg"][100, i] == pytest.approx(tr["body_mass_kg"][100],
                                                                     abs=1e-9)
    # Invariant: FFM = BW - F for everybody; a cut loses weight for everybody.
    np.testing.assert_allclose(r["fat_free_mass_kg"], r["body_mass_kg"] - r["fat_mass_kg"])
    assert (r["body_mass_kg"] < p["body_mass_kg"]).all()


def test_population_threads_and_tables_agree():
    n = 1000
    p = _people(n, seed=11)
    args = (p["sex"], p["age_years"], p["body_mass_kg"], p["physical_activity_level"])
    one = ph.simulate_population(*args, height_m=p["height_m"], days=90,
                                 intake_change_percent=-20.0)
    two = ph.simulate_population(*args, height_m=p["height_m"], days=90,
                                 intake_change_percent=-20.0, threads=2)
    assert np.array_equal(one["body_mass_kg"], two["body_mass_kg"])
    base = ph.total_energy_expenditure(
        ph.mifflin_st_jeor(p["sex"], p["age_years"], p["height_m"] * 100, p["body_mass_kg"]),
        p["physical_activity_level"])
    table = np.tile(base * 0.8, (90, 1))
    three = ph.simulate_population(*args, height_m=p["height_m"], days=90,
                                   intake_kcal_per_day=table)
    np.testing.assert_allclose(three["body_mass_kg"], one["body_mass_kg"], rtol=1e-9)


def test_population_errors_name_the_field():
    p = _people(10)
    p["body_mass_kg"][3] = -1.0
    with pytest.raises(ValueError, match="body_mass"):
        ph.simulate_population(p["sex"], p["age_years"], p["body_mass_kg"],
                               p["physical_activity_level"], height_m=p["height_m"], days=10,
                               intake_change_kcal_per_day=0.0)
    with pytest.raises(ValueError, match="exactly one"):
        ph.simulate_population(p["sex"], p["age_years"], p["body_mass_kg"],
                               p["physical_activity_level"], height_m=p["height_m"], days=10)
