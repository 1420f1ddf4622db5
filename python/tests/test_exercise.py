"""The exercise catalog from Python: look-up, search, JSON export and import (the library's
schema, docs/exercise.schema.json), and import errors as ValueError naming the path."""

import json

import pytest

import physique as ph


def test_builtin_lookup_and_search():
    c = ph.Catalog.builtin()
    assert len(c) == len(c.ids()) > 20
    assert c.findings() == []  # the built-in catalog validates cleanly
    pull_up = c.find("pull_up")
    assert pull_up["id"] == "pull_up" and pull_up["name"] == "Pull-up"
    assert "lats" in pull_up["primary_muscles"]
    assert c.find("no_such_exercise") is None
    with pytest.raises(KeyError):
        c["no_such_exercise"]
    # Search: every result satisfies the filter, and lats work includes the pull-up.
    lats = c.search(muscle="lats")
    assert any(e["id"] == "pull_up" for e in lats)
    assert all("lats" in e["primary_muscles"] for e in lats)
    dumbbell_only = {e["id"] for e in c.search(equipment=["dumbbell"])}
    assert {"dumbbell_row_double_arm", "push_up"} <= dumbbell_only  # bodyweight always works
    assert not {"barbell_row", "lat_pulldown", "pull_up"} & dumbbell_only
    assert c.search(muscle="lats", equipment=["dumbbell"]) != lats
    with pytest.raises(ValueError, match="muscle"):
        c.search(muscle="wings")


def test_json_round_trip_and_errors():
    c = ph.Catalog.builtin()
    text = c.to_json()
    doc = json.loads(text)
    assert doc["format"] == "physique.exercises" and doc["version"] == 1
    again = ph.Catalog.from_json(text)
    assert again.ids() == c.ids()
    assert again.find("deadlift") == c.find("deadlift")
    one = ph.Catalog.from_json(json.dumps([doc["exercises"][0]]))
    assert len(one) == 1
    with pytest.raises(ValueError, match="format"):
        ph.Catalog.from_json('{"format": "other", "version": 1, "exercises": []}')
    broken = doc["exercises"][0].copy()
    broken["tempo"] = 12
    with pytest.raises(ValueError, match=r"\[0\]\.tempo"):
        ph.Catalog.from_json(json.dumps([broken]))
    with pytest.raises(ValueError):
        ph.Catalog.from_json("{not json")
