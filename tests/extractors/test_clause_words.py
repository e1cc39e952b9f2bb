"""The words of ``data/clause_words.json``: each list loads, and each changes what the parse says of an event.

Adding a word is one line in the data file and one row here. The sentences are parsed with the spaCy model.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractors import syntax
from extractors.rules import Candidate
from extractors.words import word_lists


@pytest.fixture(scope="module")
def parse() -> Any:
    from extractors import nlp

    return nlp.load(entities=False)


def _trigger(sentence: str, word: str) -> Candidate:
    i = sentence.index(word)
    return Candidate(0, i, i + len(word), word, "test", "", "incident", "spacy", "")


def test_every_list_loads() -> None:
    lists = word_lists("clause_words.json")
    for key in ("own_clause_markers", "speech_heads", "modals", "irrealis_heads", "patient_prepositions"):
        assert lists[key]
    assert set(lists["toll_heads"]) <= set(lists["irrealis_heads"])


@pytest.mark.parametrize(
    "sentence, trigger, reading",
    [
        ("Rebels may attack the town.", "attack", ("hypothetical", "parse:modal")),  # a modal
        ("Rebels vowed to attack the town.", "attack", ("hypothetical", "parse:vow")),  # an irrealis head
        ("The army prevented protesters from staging a sit-in.", "staging", ("hypothetical", "parse:prevent")),
        ("Residents feared an attack on the town.", "attack", ("hypothetical", "parse:fear")),
        ("Five miners were feared killed in the blast.", "killed", ("actual", None)),  # a toll head with a toll word
        ("Officials reported that gunmen attacked the convoy.", "attacked", ("actual", None)),  # reported speech
        # a clause of its own under "while": the sit-in happened, whatever was prevented
        ("The army prevented protesters from marching while students staged a sit-in.", "staged", ("actual", None)),
    ],
)
def test_clause_words_decide_the_reading(parse: Any, sentence: str, trigger: str, reading: tuple) -> None:
    doc = parse(sentence)
    assert syntax.refine_factuality(doc, 0, _trigger(sentence, trigger), "actual", None) == reading


@pytest.mark.parametrize(
    "sentence, trigger, patient",
    [
        ("Rebels clashed with police near the dam.", "clashed", "police"),
        ("Troops fought against militants.", "fought", "militants"),
    ],
)
def test_patient_prepositions(parse: Any, sentence: str, trigger: str, patient: str) -> None:
    _agent, found = syntax.roles(parse(sentence), 0, _trigger(sentence, trigger))
    assert found is not None and sentence[found[0] : found[1]] == patient
