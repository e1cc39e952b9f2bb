"""Changing the rules in data: a new cue is one entry in data/cues.json, typed by its ``trigger``.

``FPV`` below is the README's "Changing the rules" example, loaded here as a fixture (it is not shipped):
an incident cue that no typing rule names is typed like the cue its trigger stands in for ("air" for
air_strike), by every rule of data/typing.json. Each row of ``NEW_CUE_ROWS`` is a sentence the new cue
alone makes an air strike; without it the same sentence is an attack.
"""

from __future__ import annotations

import copy

import pytest

from extractors import Document, classify, extract, lexicon, taxonomy
from extractors.resources import load_json

from .test_data_integrity import clear_caches

REF = "2024-03-14"

# The README's example: one entry in data/cues.json.
FPV = {"trigger": "air_strike", "slot": "incident", "pattern": "(?:FPV|kamikaze) drones?"}

NEW_CUE_ROWS = [
    ("A Russian FPV drone wounded two civilians in Kherson on Tuesday.", "air_strike"),
    ("A kamikaze drone killed a soldier near Bakhmut on Friday.", "air_strike"),
]


@pytest.fixture
def with_cue(monkeypatch):
    """``with_cue(cue_id, entry)``: cues.json has one more cue until the test ends."""

    def install(cue_id: str, entry: dict) -> None:
        data = copy.deepcopy(load_json("cues.json"))
        data["cues"][cue_id] = entry
        monkeypatch.setattr(lexicon, "load_json", lambda name: data if name == "cues.json" else load_json(name))
        clear_caches()

    yield install
    monkeypatch.undo()
    clear_caches()


def category_of(sentence: str) -> str | None:
    events = [e for e in extract([Document("t", sentence, REF)], extractors=("rules",)) if e.factuality == "actual"]
    return min(events, key=lambda e: e.trigger.start).category if events else None


@pytest.mark.parametrize("sentence, category", NEW_CUE_ROWS)
def test_a_new_cue_is_typed_by_its_trigger(with_cue, sentence, category):
    with_cue("fpv", FPV)
    assert lexicon.lexicon().stand_in == {"fpv": "air"}
    assert category_of(sentence) == category


@pytest.mark.parametrize("sentence, category", NEW_CUE_ROWS)
def test_without_the_new_cue_the_sentence_is_typed_otherwise(sentence, category):
    assert category_of(sentence) != category


def test_the_new_cue_is_the_decisive_trigger(with_cue):
    with_cue("fpv", FPV)
    assert "fpv" in classify.decisive_cues()["air_strike"]
    (event,) = extract([Document("t", NEW_CUE_ROWS[0][0], REF)], extractors=("rules",))
    assert event.trigger.text == "FPV drone"


def test_shipped_cues_are_all_named_by_typing_rules():
    """Every shipped incident cue is typed by rules that name it: no cue relies on a stand-in (yet)."""
    assert lexicon.lexicon().stand_in == {}


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
