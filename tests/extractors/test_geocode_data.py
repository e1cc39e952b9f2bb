"""The word lists of geocoding and the gazetteer, kept in ``extractors/data``: each loads, and each row below
shows a word of a list making the match (so a new word is one data-file line plus one row here).

The place names are examples written for these tests; the lookups need no gazetteer tables.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extractors import gazetteer
from extractors.errors import DataError
from extractors.geocode import key, names
from extractors.geocode.resolver import _core
from extractors.words import word_lists, words

FILES = ("geocode_names.json", "geocode_admin.json", "geocode_facilities.json", "gazetteer_words.json")


@pytest.mark.parametrize("name", FILES)
def test_each_list_loads(name: str) -> None:
    lists = word_lists(name)
    assert lists and all(lists.values())


# (data file, list, the word that matters, what is looked up, how, what comes out)
ROWS: list[tuple[str, str, str, Callable[[str], object], str, object]] = [
    ("geocode_names.json", "generic_words", "governorate", key, "Dhamar Governorate", "dhamar"),
    ("geocode_names.json", "generic_words", "lga", key, "Bokkos LGA", "bokkos"),
    ("geocode_names.json", "generic_prefixes", "town of", key, "Town of Kidal", "kidal"),
    ("geocode_names.json", "directions", "east", names.undirected, "eastern ghouta", "ghouta"),
    ("geocode_names.json", "direction_qualifiers", "upper", names.undirected, "upper egypt", "egypt"),
    ("geocode_names.json", "arabic_articles", "ash", names.letters, "ash-shaddadi", "shaddadi"),
    ("geocode_admin.json", "local_admin_words", "wilaya", names.admin_key, "Wilaya de Tamanrasset", "tamanrasset"),
    ("geocode_admin.json", "local_articles", "d'", names.admin_key, "Departement d'Ouemé", "oueme"),
    ("geocode_admin.json", "compass_words", "sud = south", names.admin_key, "Sud-Ubangi", "south ubangi"),
    ("geocode_facilities.json", "facility_words", "stadium", _core, "Mopti Stadium", "Mopti"),
    ("geocode_facilities.json", "facility_words", "bus park", _core, "Jos Bus Park", "Jos"),
    ("geocode_facilities.json", "facility_qualifiers", "international", _core, "Gao International Airport", "Gao"),
]


@pytest.mark.parametrize(("file", "list_", "word", "lookup", "text", "expected"), ROWS, ids=[r[2] for r in ROWS])
def test_a_listed_word_makes_the_match(
    file: str, list_: str, word: str, lookup: Callable[[str], object], text: str, expected: object
) -> None:
    assert word in words(file, list_)
    assert lookup(text) == expected


# Without a listed word, nothing is taken off the name.
@pytest.mark.parametrize(
    ("lookup", "text", "expected"),
    [
        (key, "Dhamar Heights", "dhamar heights"),
        (names.undirected, "outer ghouta", "outer ghouta"),
        (names.admin_key, "Territoire de Walikale", "territoire de walikale"),
        (_core, "Mopti Lagoon", None),
    ],
)
def test_an_unlisted_word_does_not(lookup: Callable[[str], object], text: str, expected: object) -> None:
    assert lookup(text) == expected


@pytest.mark.parametrize(
    ("word", "text", "kinds"),
    [
        ("naira", "prices in Nigerian naira rose as Nigerian troops moved in", ["demonym", "noun"]),
        ("backed", "Kenya-backed forces", ["country", "noun"]),
    ],
)
def test_gazetteer_words(word: str, text: str, kinds: list[str]) -> None:
    assert (
        word
        in word_lists("gazetteer_words.json")["currency_words"]
        + word_lists("gazetteer_words.json")["relation_suffixes"]
    )
    assert [a.kind for a in gazetteer.atoms(text)] == kinds


def test_a_relation_suffix_is_kept_on_the_hit() -> None:
    hit = gazetteer.atoms("Kenya-backed forces")[0]
    assert (hit.text, hit.relation) == ("Kenya", "backed")


def test_a_compass_entry_without_its_english_is_a_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names, "words", lambda name, key: ("nord north",))
    with pytest.raises(DataError, match="'compass_words' entry 'nord north' is not 'local = English'"):
        names._pairs("geocode_admin.json", "compass_words")
