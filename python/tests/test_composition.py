"""Body-composition estimators against the published values the C++ tests use
(tests/composition/*)."""

import numpy as np
import pytest

import physique as ph


def test_jackson_2002_and_lean_mass_equations():
    # Hall model worked example (hall_model.md): man 100 kg, 1.80 m, 40 y -> F0 = 29.618 kg,
    # i.e. 29.618 % by Jackson et al. 2002.
    assert ph.jackson_2002("male", 40, 180, 100) == pytest.approx(29.618, rel=2e-5)
    out = ph.jackson_2002(np.array([0, 0], dtype=np.uint8), 40.0, 180.0, np.array([100.0, 100.0]))
    np.testing.assert_allclose(out, [29.618, 29.618], rtol=2e-5)
    assert "Jackson" in ph.jackson_2002.__doc__
    # Boer 1984 (InsightRX/clinPK test_calc_lbw.R, rounded to 0.1): 65 kg, 155 cm: man
    # 48.6 kg, woman 41.4 kg.
    assert ph.boer_1984("male", 40, 155, 65) == pytest.approx(48.6, abs=0.05)
    assert ph.boer_1984("female", 40, 155, 65) == pytest.approx(41.4, abs=0.05)


def test_deurenberg_and_lean_mass():
    # Deurenberg 1991 (AnniKulmanen/Aloitus test_fitness.py, rounded to 0.1): a person of
    # height 1 m has BMI = body mass. Men (22.4, 20 y) 15.3, (34.6, 70 y) 41.4; women
    # (20.8, 20 y) 24.2; children: BMI 24.4 at 14 y, girl 28.4, boy 24.8.
    assert ph.deurenberg_1991("male", 20, 100, 22.4) == pytest.approx(15.3, abs=0.05)
    assert ph.deurenberg_1991("male", 70, 100, 34.6) == pytest.approx(41.4, abs=0.05)
    assert ph.deurenberg_1991("female", 20, 100, 20.8) == pytest.approx(24.2, abs=0.05)
    assert ph.deurenberg_1991_child("female", 14, 100, 24.4) == pytest.approx(28.4, abs=0.05)
    assert ph.deurenberg_1991_child("male", 14, 100, 24.4) == pytest.approx(24.8, abs=0.05)
    # clinPK test_calc_ffm.R: James 1976 woman 80 kg, 180 cm -> 56.4; man 50 kg, 150 cm ->
    # 40.8; Hume 1966 woman 80 kg, 150 cm -> 43.0814.
    assert ph.james_1976("female", 40, 180, 80) == pytest.approx(56.4, abs=0.05)
    assert ph.james_1976("male", 40, 150, 50) == pytest.approx(40.8, abs=0.05)
    assert ph.hume_1966("female", 40, 150, 80) == pytest.approx(43.0814, abs=1e-4)


def test_us_navy():
    # Reference section 3.1: 180 cm man, waist 90, neck 40 -> 18.46 (DoD); 170 cm woman,
    # waist 75, hip 100, neck 35 -> 27.47; Hodgdon-Beckett density form: 18.37 and 27.11.
    assert ph.navy_body_fat_percent("male", 180, 40, 90) == pytest.approx(18.46, abs=0.006)
    assert ph.navy_body_fat_percent("female", 170, 35, 75, 100) == pytest.approx(27.47, abs=0.006)
    assert ph.navy_body_fat_percent(
        "male", 180, 40, 90, equation="us_navy_hodgdon_beckett_1984") == pytest.approx(
            18.37, abs=0.006)
    assert ph.navy_body_fat_percent(
        "female", 170, 35, 75, 100, equation="us_navy_hodgdon_beckett_1984") == pytest.approx(
            27.11, abs=0.006)
    # qcalculator worked example: man 70 in tall, waist 34 in, neck 15 in -> about 17.5 %.
    assert ph.navy_body_fat_percent("male", 70 * 2.54, 15 * 2.54, 34 * 2.54) == pytest.approx(
        17.5, abs=0.05)
    out = ph.navy_body_fat_percent(np.array(["male", "female"]), np.array([180.0, 170.0]),
                                   np.array([40.0, 35.0]), np.array([90.0, 75.0]),
                                   np.array([0.0, 100.0]))
    np.testing.assert_allclose(out, [18.46, 27.47], atol=0.006)
    with pytest.raises(ValueError, match="waist"):  # waist must exceed the neck
        ph.navy_body_fat_percent("male", 180, 40, 40)


def test_skinfolds_and_density():
    # morganp/BodyFatCalc spec_1: man 28 y, chest 21, abdominal 47, thigh 43 mm -> Siri
    # 30.52528111457019, Brozek 29.43647165526979.
    assert ph.jackson_pollock_3("male", 28, chest_mm=21, abdomen_mm=47, thigh_mm=43) == \
        pytest.approx(30.52528111457019, abs=1e-6)
    assert ph.jackson_pollock_3("male", 28, chest_mm=21, abdomen_mm=47, thigh_mm=43,
                                conversion="brozek_1963") == pytest.approx(29.43647165526979,
                                                                           abs=1e-6)
    # Women by Siri: triceps 16.3, suprailiac 26.6, thigh 16.1 at 26 y -> 23.549 %.
    assert ph.jackson_pollock_3("female", 26, triceps_mm=16.3, suprailiac_mm=26.6,
                                thigh_mm=16.1) == pytest.approx(23.549, abs=0.01)
    # phass: man 36 y, subscapular 18.4, triceps 15.2, chest 11.3, midaxillary 15.7,
    # suprailiac 39.8, abdominal 29.1, thigh 24.4 -> 22.46.
    assert ph.jackson_pollock_7("male", 36, chest_mm=11.3, midaxillary_mm=15.7, triceps_mm=15.2,
                                subscapular_mm=18.4, abdomen_mm=29.1, suprailiac_mm=39.8,
                                thigh_mm=24.4) == pytest.approx(22.46, abs=0.009)
    # Siri 1961: 495 / 1.0301227 - 450 = 30.525 (the same man's density).
    assert ph.siri_1961(1.0301227) == pytest.approx(495 / 1.0301227 - 450)
    assert ph.brozek_1963(np.array([1.0301227]))[0] == pytest.approx(457 / 1.0301227 - 414.2)
    with pytest.raises(ValueError, match="chest"):
        ph.jackson_pollock_3("male", 28, chest_mm=-1, abdomen_mm=47, thigh_mm=43)


def test_indices():
    # BMI: 64.7 kg at 170 cm -> 22.4; 100 kg -> 34.6.
    assert ph.body_mass_index(64.7, 170) == pytest.approx(22.4, abs=0.05)
    np.testing.assert_allclose(ph.body_mass_index(np.array([64.7, 100.0]), 170.0), [22.4, 34.6],
                               atol=0.05)
    assert ph.who_bmi_category(22.4).lower().startswith("normal")
    # Kouri 1995: FFM 59.50 kg at 175 cm -> FFMI 19.43.
    assert ph.fat_free_mass_index(59.50, 175) == pytest.approx(19.43, abs=0.005)
    assert ph.normalized_fat_free_mass_index(59.50, 175) == pytest.approx(
        19.43 + 6.3 * (1.80 - 1.75), abs=0.006)
    assert ph.composition_equation("jackson_2002")["source"]["year"] == 2002
