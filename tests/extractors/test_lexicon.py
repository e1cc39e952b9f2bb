"""Changing the rules in data: a new cue is one entry in data/cues.json, typed by its ``trigger``.

The ``fpv`` cue is the README's "Changing the rules" example: an incident cue that no typing rule names
is typed like the cue its trigger stands in for ("air" for air_strike), by every rule of
data/typing.json. Each row of ``NEW_CUE_ROWS`` is a sentence that cue alone makes an air strike (ACLED
codes FPV and other one-way drone attacks as air/drone strikes); without it the same sentence is an attack.
"""

from __future__ import annotations

import copy

import pytest

from extractors import Document, classify, extract, lexicon, taxonomy
from extractors.resources import load_json

from .test_data_integrity import clear_caches

REF = "2024-03-14"

NEW_CUE_ROWS = [
    ("A Russian FPV drone wounded two civilians in Kherson on Tuesday.", "air_strike"),
    ("A kamikaze drone killed a soldier near Bakhmut on Friday.", "air_strike"),
    ("A loitering munition hit an armoured vehicle near Zorbivka on Sunday.", "air_strike"),
]


@pytest.fixture
def without_cue(monkeypatch):
    """``without_cue(cue_id)``: cues.json lacks that cue until the test ends."""

    def remove(cue_id: str) -> None:
        data = copy.deepcopy(load_json("cues.json"))
        del data["cues"][cue_id]
        monkeypatch.setattr(lexicon, "load_json", lambda name: data if name == "cues.json" else load_json(name))
        clear_caches()

    yield remove
    monkeypatch.undo()
    clear_caches()


def category_of(sentence: str) -> str | None:
    events = [e for e in extract([Document("t", sentence, REF)], extractors=("rules",)) if e.factuality == "actual"]
    return min(events, key=lambda e: e.trigger.start).category if events else None


@pytest.mark.parametrize("sentence, category", NEW_CUE_ROWS)
def test_a_new_cue_is_typed_by_its_trigger(sentence, category):
    assert category_of(sentence) == category


@pytest.mark.parametrize("sentence, category", NEW_CUE_ROWS)
def test_without_the_new_cue_the_sentence_is_typed_otherwise(without_cue, sentence, category):
    without_cue("fpv")
    assert category_of(sentence) != category


def test_the_new_cue_is_the_decisive_trigger():
    assert "fpv" in classify.decisive_cues()["air_strike"]
    (event,) = extract([Document("t", NEW_CUE_ROWS[0][0], REF)], extractors=("rules",))
    assert event.trigger.text == "FPV drone"


def test_only_the_new_cue_relies_on_a_stand_in():
    """Every other shipped incident cue is typed by rules that name it."""
    assert lexicon.lexicon().stand_in == {"fpv": "air"}


# --- category properties read from data/taxonomy.json ----------------------------------------------------------


@pytest.mark.parametrize(
    "accessor, yes, no",
    [
        (taxonomy.symmetric, ["armed_clash", "meeting", "ceasefire"], ["attack", "territory", "arrests"]),
        (taxonomy.gathering, ["meeting", "agreement", "cooperation"], ["armed_clash", "threat"]),
        (taxonomy.speech_act, ["threat", "military_threat", "accusation", "concession"], ["meeting", "attack"]),
        (taxonomy.armed_sides, ["armed_clash", "territory"], ["attack", "violent_demonstration"]),
        (taxonomy.in_incident_slot, ["attack", "peaceful_protest", "arrests", "territory"], ["meeting", "threat"]),
    ],
)
def test_category_flags(accessor, yes, no):
    assert all(accessor(c) for c in yes) and not any(accessor(c) for c in no)


def test_protest_ranks_order_the_readings_of_a_protest():
    readings = ["peaceful_protest", "protest_with_intervention", "violent_demonstration"]
    readings.append("excessive_force_against_protesters")
    assert sorted(readings, key=taxonomy.protest_rank) == readings
    assert taxonomy.protest_rank("mob_violence") is None


# --- cue ids classify takes from data/typing.json -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, category",
    [
        # 'grievance' guards 'intervention': the arrest is what they protest, not police breaking it up.
        ("Hundreds protested in Dakar against the arrest of the opposition leader.", "peaceful_protest"),
        ("Police arrested dozens of protesters who marched in Dakar on Monday.", "protest_with_intervention"),
    ],
)
def test_context_guards_from_data(sentence, category):
    assert category_of(sentence) == category


def test_military_threat_cues_from_data():
    text = "The commander threatened to launch air strikes on the rebel camps."
    assert classify.threat_category(text, 0, len(text)) == "military_threat"
    text = "The minister threatened to cut funding for the regional council."
    assert classify.threat_category(text, 0, len(text)) == "threat"
