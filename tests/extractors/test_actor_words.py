"""The words of ``data/actor_words.json``: each list loads, and each decides how an actor phrase is read.

Adding a word is one line in the data file and one row here.
"""

from __future__ import annotations

import pytest

from extractors import actors
from extractors.actors import ActorMention
from extractors.event import Actor
from extractors.gazetteer import atoms
from extractors.words import word_lists


def _read(sentence: str) -> tuple[list[ActorMention], dict[str, Actor]]:
    hits = atoms(sentence)
    found = actors.resident(sentence, actors.mentions(sentence, hits, 0), hits)
    people: dict[str, Actor] = {}
    actors.register_people(sentence, found, people)
    return found, people


def test_every_list_loads() -> None:
    lists = word_lists("actor_words.json")
    for key in ("join_breakers", "locative_before", "capital_speech_verbs", "titles", "not_names"):
        assert lists[key]


@pytest.mark.parametrize(
    "sentence, phrases",
    [
        ("Ethiopian elite troops crossed the river.", ["Ethiopian elite troops"]),
        ("Ethiopia has troops in the region.", ["Ethiopia", "troops"]),  # "has" keeps the two apart
        ("Kenyan and Somali troops met at the border.", ["Kenyan", "Somali troops"]),  # so does "and"
    ],
)
def test_join_breakers(sentence: str, phrases: list[str]) -> None:
    assert [m.text for m in _read(sentence)[0]] == phrases


@pytest.mark.parametrize(
    "sentence, where, locative",
    [
        ("Syria shelled the border town.", "Syria", False),
        ("Fighting spread toward Syria overnight.", "Syria", True),  # a locative word before a country
        ("Militias regrouped west of the Sudan border.", "Sudan", True),
        ("Damascus again rejected the plan.", "Damascus", False),  # a capital that speaks is its government
        ("Damascus along with Tehran rejected the plan.", "Damascus", False),
        ("The Damascus talks ended without a deal.", "Damascus", True),  # ... otherwise it says where
    ],
)
def test_locative_and_capital_words(sentence: str, where: str, locative: bool) -> None:
    found = {m.text: m for m in _read(sentence)[0]}
    assert found[where].locative is locative


@pytest.mark.parametrize(
    "sentence, who, name",
    [
        ("Somalis from Kenya protested at the camp.", "Somalis", "Somalis (Kenya)"),
        ("Somalis in north-eastern Kenya protested.", "Somalis", "Somalis (Kenya)"),
    ],
)
def test_resident_words(sentence: str, who: str, name: str) -> None:
    found = {m.text: m for m in _read(sentence)[0]}
    assert found[who].actor.name == name


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("Turkish army chief Sheikh Omar Yusuf visited the base.", "Omar Yusuf"),  # a title before the name
        ("Iraqi police chief Col. Karim al-Jabouri spoke.", "Karim al-Jabouri"),  # a joined name prefix
        ("Turkish army chief Omar van Dijk visited the base.", "Omar van Dijk"),  # a name particle
        ("Turkish army chief Said Ahmed visited the base.", None),  # "Said" is not a name
    ],
)
def test_people_words(sentence: str, person: str | None) -> None:
    people = _read(sentence)[1]
    assert (person in people) if person else not people
