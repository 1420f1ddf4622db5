"""Resting energy, PAL, total expenditure and calorie targets against the published worked
examples the C++ tests use (tests/energy/*). Values are the sources' equations evaluated by
hand, never the binding's own output."""

import numpy as np
import pytest

import physique as ph


def test_mifflin_st_jeor_abstract_values():
    # Mifflin et al. 1990 abstract: 9.99 W + 6.25 H - 4.92 A + 166 S - 161.
    # Man 80 kg, 180 cm, 30 y: 1781.6 (fitted), 1780 (rounded).
    assert ph.mifflin_st_jeor("male", 30, 180, 80) == pytest.approx(1781.6, rel=1e-12)
    assert ph.mifflin_st_jeor_rounded(
        sex="male", age_years=30, height_cm=180, body_mass_kg=80
    ) == pytest.approx(1780.0, rel=1e-12)
    # Woman 60 kg, 165 cm, 40 y: 1272.85 fitted, 1270.25 rounded.
    assert ph.mifflin_st_jeor("female", 40, 165, 60) == pytest.approx(1272.85, rel=1e-12)
    assert ph.mifflin_st_jeor_rounded("female", 40, 165, 60) == pytest.approx(1270.25)


def test_other_resting_equations():
    # Harris & Benedict 1919 full precision: man 63 kg, 176 cm, 35 y -> 1576.98;
    # woman 60 kg, 165 cm, 40 y -> 1347.0595.
    assert ph.harris_benedict_1919("male", 35, 176, 63) == pytest.approx(1576.98, abs=0.01)
    assert ph.harris_benedict_1919("female", 40, 165, 60) == pytest.approx(1347.0595, rel=1e-9)
    # Roza & Shizgal 1984: 1853.632 (man 80/180/30), 1340.383 (woman 60/165/40).
    assert ph.roza_shizgal_1984("male", 30, 180, 80) == pytest.approx(1853.632, rel=1e-9)
    assert ph.roza_shizgal_1984("female", 40, 165, 60) == pytest.approx(1340.383, rel=1e-9)
    # Owen 1987 men 879 + 10.2 W = 1695 at 80 kg; Owen 1986 women 795 + 7.18 W = 1225.8.
    assert ph.owen("male", 40, 180, 80) == pytest.approx(1695.0)
    assert ph.owen("female", 40, 165, 60) == pytest.approx(1225.8)
    # Schofield 1985 (kJ coefficients): 18-30 y man 70 kg 15.057*70 + 692.2 = 1746.19.
    assert ph.schofield("male", 25, 178, 70) == pytest.approx(1746.19, rel=1e-6)
    # Henry 2005: man 30-60 y, 67 kg: 14.2*67 + 593 = 1544.4; woman 65 y 58 kg:
    # 10.1*58 + 569 = 1154.8 (single 60+ band), 10.2*58 + 572 = 1163.6 (60-70 band).
    assert ph.henry_oxford("male", 32, 175, 67) == pytest.approx(1544.4, rel=1e-6)
    assert ph.henry_oxford("female", 65, 160, 58) == pytest.approx(1154.8, rel=1e-6)
    assert ph.henry_oxford_older_split("female", 65, 160, 58) == pytest.approx(1163.6, rel=1e-6)
    # Cunningham 1980: 500 + 22 LBM = 1820 at 60 kg; Cunningham 1991 and Katch-McArdle:
    # 370 + 21.6 FFM = 1666 at 60 kg.
    assert ph.cunningham_1980(fat_free_mass_kg=60) == pytest.approx(1820.0)
    assert ph.cunningham_1991(60) == pytest.approx(1666.0)
    assert ph.katch_mcardle(60) == pytest.approx(1666.0)


def test_resting_energy_by_id_and_arrays():
    assert ph.resting_energy("male", 30, 180, 80) == pytest.approx(1781.6)
    assert ph.resting_energy(
        "male", 30, 180, 80, equation="katch_mcardle", fat_free_mass_kg=68
    ) == pytest.approx(1838.8)
    out = ph.mifflin_st_jeor(
        np.array(["male", "female"]), np.array([30.0, 40.0]), np.array([180.0, 165.0]),
        np.array([80.0, 60.0]))
    np.testing.assert_allclose(out, [1781.6, 1272.85], rtol=1e-12)
    # uint8 codes (0 = male, 1 = female) and broadcasting of single values.
    out = ph.mifflin_st_jeor(np.array([0, 1], dtype=np.uint8), 30.0, 180.0, 80.0)
    assert out[0] - out[1] == pytest.approx(166.0)  # the abstract's sex term
    with pytest.raises(ValueError, match="equation"):
        ph.resting_energy("male", 30, 180, 80, equation="no_such_equation")


def test_impossible_input_raises_value_error_with_the_library_message():
    with pytest.raises(ValueError, match="physique: invalid body_mass = -3 kg") as e:
        ph.mifflin_st_jeor("male", 30, 180, -3)
    assert isinstance(e.value, ph.InvalidArgument)
    assert e.value.parameter == "body_mass"
    assert e.value.value == -3.0
    with pytest.raises(ValueError, match=r"body_mass.*\(row 2\)"):
        ph.mifflin_st_jeor("male", 30, 180, np.array([70.0, 80.0, float("nan")]))
    with pytest.raises(ValueError, match="sex"):
        ph.mifflin_st_jeor("robot", 30, 180, 80)
    with pytest.raises(ValueError, match="sex"):
        ph.mifflin_st_jeor(np.array([0, 2], dtype=np.uint8), 30, 180, 80)
    with pytest.raises(ValueError, match="lengths"):
        ph.mifflin_st_jeor("male", np.ones(3) * 30, np.ones(2) * 180, 80)


def test_validity_is_data():
    # Mifflin 1990 sample: 19-78 y. Age 85 is computed and reported, not an error.
    v = ph.resting_energy_validity("male", 85, 175, 70)
    assert not v["inside"]
    assert v["outside"][0]["parameter"] == "age"
    assert v["outside"][0]["low"] == 19.0 and v["outside"][0]["high"] == 78.0
    assert ph.resting_energy_validity("male", 30, 180, 80)["inside"]
    rows = ph.compare_resting_energy("male", 30, 180, 80)
    assert rows[0]["id"] == "mifflin_st_jeor"
    assert rows[0]["kcal_per_day"] == pytest.approx(1781.6)
    infos = {e["id"]: e for e in ph.resting_energy_equations()}
    assert infos["mifflin_st_jeor"]["source"]["doi"] == "10.1093/ajcn/51.2.241"
    assert infos["katch_mcardle"]["needs_fat_free_mass"]
    assert "Mifflin" in ph.mifflin_st_jeor.__doc__ and "1990" in ph.mifflin_st_jeor.__doc__


def test_pal_and_total_expenditure():
    # FAO/WHO/UNU 2004: TEE = BMR x PAL: 1780 x 1.55 = 2759; the consumer scale 1.2 ...
    assert ph.total_energy_expenditure(1780, 1.55) == pytest.approx(2759.0)
    np.testing.assert_allclose(
        ph.total_energy_expenditure(np.array([1780.0, 1780.0]), np.array([1.55, 1.2])),
        [2759.0, 2136.0])
    assert [ph.activity_multiplier(x) for x in (
        "sedentary", "lightly_active", "moderately_active", "very_active", "extra_active")
    ] == pytest.approx([1.2, 1.375, 1.55, 1.725, 1.9])
    # Table 5.3 categories.
    assert ph.classify_pal(1.55) == "sedentary or light activity lifestyle"
    assert ph.classify_pal(1.75).startswith("active or moderately active")
    assert ph.classify_pal(2.2).startswith("vigorous or vigorously active")
    assert ph.classify_pal(1.2) is None
    assert not ph.pal_validity(2.6)["inside"]
    # Westerterp 2004: 10 % of 2500 kcal is 250.
    assert ph.thermic_effect_of_food(2500) == pytest.approx(250.0)
    with pytest.raises(ValueError, match="factor"):
        ph.total_energy_expenditure(1780, 0.5)


def test_calorie_target():
    # 0.5 kg/week x 7700 kcal/kg / 7 = 550 kcal/day (maintenance 2500, resting 1700, 80 kg).
    t = ph.calorie_target("lose", 2500, 1700, 80, rate_kg_per_week=0.5)
    assert t["balance_kcal_per_day"] == pytest.approx(-550.0)
    assert t["intake_kcal_per_day"] == pytest.approx(1950.0)
    assert t["findings"] == []
    # 0.75 %/week of 80 kg = 0.6 kg/week -> 660 kcal/day deficit.
    t = ph.calorie_target("lose", 2500, 1700, 80, rate_percent_per_week=0.75)
    assert t["balance_kcal_per_day"] == pytest.approx(-660.0)
    # 1.5 %/week: intake 1180 (not clamped); loss above 1 %/week (Helms et al. 2014).
    t = ph.calorie_target("lose", 2500, 1700, 80, rate_percent_per_week=1.5)
    assert t["intake_kcal_per_day"] == pytest.approx(1180.0)
    codes = [f["code"] for f in t["findings"]]
    assert "loss_rate_above_guideline" in codes
    f = t["findings"][codes.index("loss_rate_above_guideline")]
    assert f["value"] == pytest.approx(1.5) and f["limit"] == pytest.approx(1.0)
    assert f["source"]["year"] == 2014
    # Gain 0.25 kg/week: +275 kcal/day.
    assert ph.calorie_target("gain", 2500, 1700, 80, rate_kg_per_week=0.25)[
        "intake_kcal_per_day"] == pytest.approx(2775.0)
    with pytest.raises(ValueError, match="rate"):
        ph.calorie_target("maintain", 2500, 1700, 80, rate_kg_per_week=0.5)
