"""The English words of ``places`` live in ``data/places_*.json``: each list loads, and each row below shows a
word of a list deciding what a sentence yields. Adding a word is one line in a data file plus one row here.

A row gives a sentence holding the word and what it yields, and the word it is checked against: put in its
place, the sentence yields something else. Places called "Quarvelo", "Tindamor" and "Sarvento" are made up.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractors.gazetteer import atoms
from extractors.places import bare_mentions, mentions
from extractors.words import word_lists, words

PREP, ADMIN, NAMES, BUILDINGS = (
    "places_prepositions.json",
    "places_admin.json",
    "places_names.json",
    "places_buildings.json",
)
FILES = (PREP, ADMIN, NAMES, BUILDINGS)


@pytest.mark.parametrize("name", FILES)
def test_each_list_loads(name: str) -> None:
    lists = word_lists(name)
    assert lists and all(lists.values())


def _probe(what: str, text: str) -> Any:
    found = mentions(text, 0, len(text), atoms(text, 0, len(text)))
    if what == "names":
        return [p.name for p in found]
    if what == "bare":
        return [p.name for p in bare_mentions(text, 0, len(text), atoms(text, 0, len(text)))]
    first = found[0] if found else None
    return getattr(first, what, None)


# (data file, list, word, sentence, what to read, what the sentence yields, a word to put in its place)
# One row a line, so a new word is one new line (the formatter would spread each row over nine).
# fmt: off
ROWS = [
    (PREP, "prepositions", "outside", "A car bomb went off outside Tindamor on Friday.", "names", ["Tindamor"], "xyzzy"),
    (PREP, "retaking_verbs", "recapture", "Troops moved to recapture Quarvelo from the rebels.", "names", ["Quarvelo"], "xyzzy"),
    (PREP, "striking_verbs", "shelled", "Artillery shelled Tindamor overnight.", "names", ["Tindamor"], "xyzzy"),
    (PREP, "area_words", "areas of", "Jets pounded areas of Quarvelo at dawn.", "names", ["Quarvelo"], "parts of"),
    (PREP, "control_verbs", "seized", "Rebels seized control of Quarvelo on Sunday.", "names", ["Quarvelo"], "xyzzy"),
    (PREP, "control_degrees", "full", "The army took full control of Tindamor.", "names", ["Tindamor"], "xyzzy"),
    (PREP, "rough_prepositions", "around", "Shelling went on around Quarvelo all night.", "precision", 2, "in"),
    (PREP, "directions", "northern", "Clashes broke out in northern Quarvelo.", "text", "northern Quarvelo", "xyzzy"),
    (ADMIN, "kinds_before_name", "hamlet", "Fighting broke out in the hamlet of Quarvelo.", "names", ["Quarvelo"], "xyzzy"),
    (ADMIN, "kinds_after_name", "sector", "Mortars fell in Quarvelo sector of Tindamor.", "hints", ("Tindamor",), "xyzzy"),
    (ADMIN, "kind_of_words", "settlement", "Militiamen burned the settlement of Tindamor.", "names", ["Tindamor"], "xyzzy"),
    (ADMIN, "named_kinds", "woreda", "Clashes hit Tindamor woreda on Monday.", "names", ["Tindamor"], "xyzzy"),
    (ADMIN, "list_kinds", "villages", "Troops searched the villages of Quarvelo, Tindamor, Sarvento on Monday.", "names", ["Quarvelo", "Tindamor", "Sarvento"], "xyzzy"),
    (ADMIN, "province_words", "oblast", "Shelling was reported in Tindamor oblast.", "level", "admin1", "xyzzy"),
    (ADMIN, "district_words", "tehsil", "Gunmen killed two men in Quarvelo tehsil.", "level", "admin2", "xyzzy"),
    (ADMIN, "village_words_after", "hamlet", "Gunmen attacked a farm near Quarvelo hamlet.", "level", "village", "xyzzy"),
    (ADMIN, "units_in_name", "Kebele", "Fighting erupted in Quarvelo Kebele of Tindamor.", "names", ["Quarvelo"], "Xyzzy"),
    (NAMES, "name_articles", "ash", "Airstrikes hit targets in ash Quarvelo.", "names", ["ash Quarvelo"], "xyzzy"),
    (NAMES, "name_particles", "bin", "Fighting was reported in Tell bin Quarvelo.", "names", ["Tell bin Quarvelo"], "xyzzy"),
    (NAMES, "stop_names", "christmas", "Violence flared over Christmas.", "names", [], "Quarvelo"),
    (NAMES, "forces_words", "peacekeepers", "Gunmen fired on Burundi peacekeepers.", "names", [], "xyzzy"),
    (NAMES, "people_words", "herdsmen", "Clashes between Quarvelo and Tindamor herdsmen left five dead.", "names", [], "xyzzy"),
    (NAMES, "residents_of", "natives", "Natives of Quarvelo marched on Friday.", "names", ["Quarvelo"], "xyzzy"),
    (NAMES, "residents_after", "villagers", "Hundreds of Tindamor villagers blocked the road.", "names", ["Tindamor"], "xyzzy"),
    (BUILDINGS, "spots", "roundabout", "Protesters blocked the Quarvelo roundabout.", "names", ["Quarvelo"], "xyzzy"),
    (BUILDINGS, "roads", "expressway", "Gunmen ambushed a bus on the Quarvelo expressway in Tindamor.", "names", ["Tindamor"], "xyzzy"),
    (BUILDINGS, "facilities", "consulate", "A bomb went off outside the Quarvelo consulate in Tindamor.", "names", ["Tindamor"], "xyzzy"),
    (BUILDINGS, "institution_words", "magistrate", "The Tindamor Magistrate Court was torched.", "bare", ["Tindamor"], "xyzzy"),
    (BUILDINGS, "generic_words", "supreme", "The Supreme Court was torched.", "bare", [], "quarvelo"),
    (BUILDINGS, "institution_only", "municipal", "Rioters stormed the Municipal bank.", "bare", [], "tindamor"),
]
# fmt: on


@pytest.mark.parametrize("name, key, word, sentence, what, expected, instead", ROWS)
def test_a_listed_word_decides(
    name: str, key: str, word: str, sentence: str, what: str, expected: Any, instead: str
) -> None:
    assert word in words(name, key)
    assert _probe(what, sentence) == expected
    # the same sentence with another word in its place (written as the sentence writes it) yields something else
    written = next(w for w in (word, word.capitalize()) if w in sentence)
    other = instead.capitalize() if written[:1].isupper() and instead[:1].islower() else instead
    assert _probe(what, sentence.replace(written, other)) != expected
