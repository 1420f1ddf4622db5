"""plan(): the planner's JSON report as a dict. Checked by invariants and by the published
equations it reports (Mifflin 1990, the static rule), and against the command-line tool's
output when that is built."""

import json
import os
import pathlib
import subprocess

import pytest

import physique as ph


def test_plan_report_matches_the_published_equations():
    p = ph.plan("male", 30, 180, 80, goal="lose_fat", equipment=["dumbbell", "pull_up_bar"],
                weeks=8)
    assert p["schema"] == "physique.plan" and p["version"] >= 1
    assert p["input"]["goal"] == "lose_fat" and p["input"]["weeks"] == 8
    # Mifflin-St Jeor 1990 for the man 80 kg, 180 cm, 30 y: 1781.6 kcal/day.
    assert p["expenditure"]["resting_kcal_per_day"] == pytest.approx(1781.6)
    # Default loss 0.75 %/week of 80 kg = 0.6 kg/week x 7700 / 7 = 660 kcal/day deficit.
    assert p["nutrition"]["balance_kcal_per_day"] == pytest.approx(-660.0)
    assert p["expenditure"]["source"]["doi"] == "10.1093/ajcn/51.2.241"
    weeks = [row["week"] for row in p["projection"]]
    assert weeks == list(range(len(weeks))) and weeks[-1] == 8
    assert all(f["source"]["year"] > 1900 for f in p["findings"])


def test_plan_invariants_over_generated_people():
    for sex, age, height, mass, goal in [("female", 25, 160, 55, "build_muscle"),
                                         ("male", 55, 175, 110, "lose_fat"),
                                         ("female", 40, 170, 70, "recomposition")]:
        p = ph.plan(sex, age, height, mass, goal=goal, weeks=6)
        b = p["body"]
        assert b["fat_mass_kg"] + b["fat_free_mass_kg"] == pytest.approx(mass)
        proj = p["projection"]
        if goal == "lose_fat":
            assert proj[-1]["body_mass_kg"] < mass
        if goal == "build_muscle":
            assert proj[-1]["body_mass_kg"] > mass


def test_plan_errors():
    with pytest.raises(ValueError, match="goal"):
        ph.plan("male", 30, 180, 80, goal="get_huge")
    with pytest.raises(ValueError, match="equipment"):
        ph.plan("male", 30, 180, 80, equipment=["time_machine"])
    with pytest.raises(ValueError, match="body_mass"):
        ph.plan("male", 30, 180, -80)


def _cli():
    root = pathlib.Path(__file__).resolve().parents[2]
    for preset in ("dev", "clang", "asan"):
        exe = root / "build" / preset / "examples" / "physique"
        if exe.exists():
            return exe
    return None


@pytest.mark.skipif(_cli() is None, reason="the physique command-line tool is not built")
def test_plan_equals_the_cli_json():
    out = subprocess.run(
        [str(_cli()), "plan", "--sex", "male", "--age", "34", "--height", "180cm", "--weight",
         "85kg", "--goal", "lose_fat", "--equipment", "dumbbell,pull_up_bar", "--start",
         "2026-01-05", "--json"], check=True, capture_output=True, text=True).stdout
    p = ph.plan("male", 34, 180, 85, goal="lose_fat", equipment=["dumbbell", "pull_up_bar"],
                start="2026-01-05")
    assert p == json.loads(out)
