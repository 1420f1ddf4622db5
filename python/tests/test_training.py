"""1RM, RPE and strength scores against the published values of tests/training/*."""

import numpy as np
import pytest

import physique as ph


def test_one_rep_max_formulas():
    # Epley 1985: w (1 + r / 30): 100 kg x 10 -> 133.33; 50 kg x 40 -> 116.67.
    assert ph.one_rep_max(100, 10) == pytest.approx(100 * (1 + 10 / 30))
    assert ph.one_rep_max(50, 40, formula="epley") == pytest.approx(50 * (1 + 40 / 30))
    # Brzycki 1993: w 36 / (37 - r); at 10 reps Epley and Brzycki agree.
    assert ph.one_rep_max(100, 10, formula="brzycki") == pytest.approx(100 * 36 / 27)
    # A single is its own max unless the formula is asked for (Epley gives 1.0333 w).
    assert ph.one_rep_max(100, 1) == 100.0
    assert ph.one_rep_max(100, 1, formula_for_single=True) == pytest.approx(103.333, rel=1e-5)
    np.testing.assert_allclose(ph.one_rep_max(np.array([100.0, 100.0]), np.array([1, 10])),
                               [100.0, 133.3333333])
    # Brzycki fraction at 5 reps: (37 - 5) / 36 = 0.8889.
    assert ph.load_for_reps(100, 5, formula="brzycki") == pytest.approx(88.888, rel=1e-3)
    with pytest.raises(ValueError, match="reps"):
        ph.one_rep_max(100, 0)
    with pytest.raises(ValueError, match="reps"):
        ph.one_rep_max(100, 2.5)
    assert "Epley" in ph.one_rep_max.__doc__
    # Reps outside a formula's fitted range are reported, not raised (Epley: up to 10).
    v = ph.one_rep_max_validity("epley", 40)
    assert not v["inside"] and v["outside"][0]["parameter"] == "reps"
    assert v["outside"][0]["high"] == 10.0
    assert ph.one_rep_max_validity("mayhew", 15)["inside"]
    assert not ph.one_rep_max_validity("brzycki", 11)["inside"]


def test_rpe():
    # Zourdos et al. 2016: RIR = 10 - RPE.
    assert ph.reps_in_reserve(8) == 2.0
    assert ph.rpe_from_reps_in_reserve(1) == 9.0
    # RTS chart: 100 kg x 5 @ 8 -> 123.3 kg; e1RM 123.3 kg, 3 @ 9 -> 110.0 kg.
    assert ph.one_rep_max_at_rpe(100, 5, 8) == pytest.approx(123.3, abs=0.05)
    assert ph.load_for_reps_at_rpe(123.3, 3, 9) == pytest.approx(110.0, abs=0.05)
    assert ph.one_rep_max_at_rpe(100, 20, 8) is None  # outside the chart
    with pytest.raises(ValueError, match="rpe"):
        ph.reps_in_reserve(11)


def test_strength_scores():
    # OpenPowerlifting wilks.rs: Wilks(M, 100, 1000) = 608.59; Wilks(F, 60, 500) = 557.44.
    assert round(ph.strength_score("male", 100, 1000, score="wilks"), 2) == 608.59
    assert round(ph.strength_score("female", 60, 500, score="wilks"), 2) == 557.44
    # Wilks 2020 reference: M 83 kg 600 -> 480.99; F 63 kg 400 -> 511.45.
    assert round(ph.strength_score("male", 83, 600, score="wilks_2020"), 2) == 480.99
    assert round(ph.strength_score("female", 63, 400, score="wilks_2020"), 2) == 511.45
    # DOTS reference: M 83 kg 600 -> 405.05. IPF GL: 92.04 kg, 1035 kg equipped -> 112.85;
    # 2019 Classic Bench Worlds, woman raw bench 70.50 kg, 122.5 kg -> 96.78.
    assert round(ph.strength_score("male", 83, 600), 2) == 405.05
    assert round(ph.strength_score("male", 92.04, 1035, score="ipf_gl", equipment="equipped"),
                 2) == 112.85
    assert round(ph.strength_score("female", 70.5, 122.5, score="ipf_gl", event="bench_press"),
                 2) == 96.78
    out = ph.strength_score(np.array(["male", "female"]), np.array([100.0, 60.0]),
                            np.array([1000.0, 500.0]), score="wilks")
    np.testing.assert_allclose(np.round(out, 2), [608.59, 557.44])
    with pytest.raises(ValueError, match="score"):
        ph.strength_score("male", 100, 1000, score="sinclair")
