"""Macro splits against the worked examples of tests/nutrition/macro_split_test.cpp
(Atwater factors 4 / 9 / 4 kcal/g)."""

import numpy as np
import pytest

import physique as ph


def test_split_by_body_mass():
    # 2000 kcal/day, 80 kg, 1.6 g/kg, fat 25 %: protein 128 g, fat 500/9 g, carbohydrate 247 g.
    s = ph.split_macros(2000, 80, protein_g_per_kg=1.6, fat_share_of_energy=0.25)
    assert s["protein_g"] == pytest.approx(128.0)
    assert s["fat_g"] == pytest.approx(500 / 9)
    assert s["carbohydrate_g"] == pytest.approx(247.0)
    assert not s["fat_floor_applied"]
    # Fat 30 %: 600/9 g, carbohydrate 222 g.
    s = ph.split_macros(2000, 80, fat_share_of_energy=0.30)
    assert s["fat_g"] == pytest.approx(600 / 9) and s["carbohydrate_g"] == pytest.approx(222.0)


def test_split_by_fat_free_mass_and_columns():
    # 80 kg at 15 % fat (FFM 68 kg), 2.7 g/kg FFM: protein 183.6 g, carbohydrate 191.4 g.
    s = ph.split_macros(2000, 80, fat_free_mass_kg=68, protein_g_per_kg=2.7,
                        protein_basis="fat_free_mass", fat_share_of_energy=0.25)
    assert s["protein_g"] == pytest.approx(183.6)
    assert s["carbohydrate_g"] == pytest.approx(191.4)
    cols = ph.split_macros(np.array([2000.0, 2000.0]), np.array([80.0, 80.0]),
                           fat_share_of_energy=0.25)
    np.testing.assert_allclose(cols["carbohydrate_g"], [247.0, 247.0])
    assert cols["fat_floor_applied"].dtype == bool
    # 4 P + 9 F + 4 C equals the target for everybody (invariant over generated input).
    rng = np.random.default_rng(1)
    t, w = rng.uniform(1500, 4000, 500), rng.uniform(50, 110, 500)
    r = ph.split_macros(t, w, preset="maintenance")
    np.testing.assert_allclose(4 * r["protein_g"] + 9 * r["fat_g"] + 4 * r["carbohydrate_g"], t)


def test_presets_and_errors():
    presets = {p["id"]: p for p in ph.macro_presets()}
    assert presets["maintenance"]["protein_g_per_kg"] == 1.6
    assert presets["deficit_fat_free_mass"]["protein_g_per_kg_range"] == (2.3, 3.1)
    assert presets["surplus"]["protein_source"]["year"] == 2018  # Morton et al. 2018
    with pytest.raises(ValueError, match="protein_energy"):
        ph.split_macros(500, 120, protein_g_per_kg=2.0)  # 960 kcal of protein > 500
    with pytest.raises(ValueError, match="protein_basis"):
        ph.split_macros(2000, 80, protein_basis="fat_free_mass")
