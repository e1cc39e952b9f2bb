"""The word lists of data/roles.json: each loads, and each row shows a listed word is what makes its regex match.

A row is (list, word, regex, text): the text matches, and with the word swapped for a made-up one it does
not. Adding a word is one line in roles.json plus one row here. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from extractors import Document, extract
from extractors.roles import patterns
from extractors.words import word_lists, words

LISTS = {
    "passive_auxiliaries",
    "irregular_participles",
    "companions",
    "witness_verbs",
    "speech_verbs",
    "speech_back_references",
    "topic_words",
    "author_links",
    "interception_verbs",
    "interception_lemmas",
    "speech_gaps",
    "active_toll_openers",
}


def test_every_list_loads() -> None:
    assert set(word_lists("roles.json")) == LISTS


def _hit(regex: str, text: str) -> bool:
    pattern = getattr(patterns(), regex)
    # The "_before" regexes read the words before an actor; the others read from a given point on.
    return bool(pattern.search(text) if regex.endswith("_before") or regex == "observed" else pattern.match(text))


ROWS = [
    ("passive_auxiliaries", "were", "passive_before", "Three border guards were "),
    ("passive_auxiliaries", "got", "passive_before", "The driver of the lorry got "),
    ("passive_auxiliaries", "being", "passive_before", "The convoy is being "),
    ("irregular_participles", "held", "participle", "withheld"),
    ("companions", "against", "with_before", "the herders fighting against the "),
    ("companions", "between", "with_before", "a dispute between "),
    ("witness_verbs", "counted", "observed", " monitors counted 40 blasts near "),
    ("witness_verbs", "heard", "observed", " villagers heard gunfire before "),
    ("speech_verbs", "said", "said_after", " said it would pull back"),
    ("speech_verbs", "insisted", "said_after", ", the ministry, insisted that"),
    ("speech_back_references", "they", "said_after", " announced they would withdraw"),
    ("topic_words", "about", "topic_before", "held talks about "),
    ("topic_words", "situation in", "topic_before", "reviewed the situation in "),
    ("irregular_participles", "shot", "participle", "shot"),
    ("irregular_participles", "hit", "participle", "hit"),
    ("author_links", "blamed on", "author_link", " blamed on the "),
    ("interception_verbs", "intercepted", "intercepted", "intercepted a drone over "),
    ("speech_gaps", "statement", "told", "statement that the rocket "),
    ("active_toll_openers", "at least", "active_toll", " at least 12 people"),
]


@pytest.mark.parametrize(("key", "word", "regex", "text"), ROWS)
def test_a_listed_word_makes_the_match(key: str, word: str, regex: str, text: str) -> None:
    assert word in words("roles.json", key)
    assert _hit(regex, text)
    assert not _hit(regex, text.replace(word, "zorp"))


def _sides(text: str) -> tuple[str | None, str | None]:
    (e,) = extract([Document("t", text, "2024-03-14")], extractors=("rules",))
    return (e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Two soldiers were ambushed by militants near Kano on Monday.",
            "Rebels (Nigeria)",
            "Military Forces of Nigeria",
        ),
        (
            "Two soldiers were shot near Kano on Monday.",
            "Unidentified Armed Group (Nigeria)",
            "Military Forces of Nigeria",
        ),
        # "IS" is the Islamic State, not the auxiliary "is": those who belong to it did the shooting.
        ("Gunmen believed to belong to IS shot a shepherd near Raqqa on Monday.", "Islamic State", None),
        (
            "A police officer was hit near Kano on Monday.",
            "Unidentified Armed Group (Nigeria)",
            "Police Forces of Nigeria",
        ),
    ],
)
def test_passive_victims_are_actor2(text: str, actor1: str, actor2: str) -> None:
    assert _sides(text) == (actor1, actor2)
