"""The words the pipeline stages read from data: each list loads, and each row below shows a word of a
data file making a stage's pattern match.

Adding a word is one line in the data file and one row here. A row gives the pattern, how the stage
applies it, a sentence of its own, and the word it hinges on: the sentence matches, and with that word
written otherwise it does not.
"""

from __future__ import annotations

import re

import pytest

from extractors import draft, history, incidents, location, scene, triggers
from extractors.taxonomy import categories
from extractors.words import word_lists, words

STAGE_FILES = {
    "location_words.json": location,
    "incident_words.json": incidents,
    "history_words.json": history,
    "scene_words.json": scene,
    "quantity_words.json": triggers,
}


@pytest.mark.parametrize("name", sorted(STAGE_FILES))
def test_every_list_loads_and_compiles(name: str) -> None:
    for key, entries in word_lists(name).items():
        assert entries, key
        for entry in entries:
            re.compile(entry)  # entries are regex fragments: each must stand on its own


ROWS = [
    # (pattern, how the stage applies it, text, file, list, the word the match hinges on)
    (location.AT_INSTITUTION, "search", "Teachers rallied outside the Supreme Court.", "location", "at_institution", "outside"),
    (location.AT_INSTITUTION, "search", "Central Bank employees walked out.", "location", "institution_staff", "employees"),
    (location.INSTITUTION_NAME, "fullmatch", "Presidential Palace", "location", "institutions", "presidential palace"),
    (location.NATIONAL_MEASURE, "search", "Cabinet extended the nationwide curfew.", "location", "national_measures", "nationwide curfew"),
    (location.NATIONAL_MEASURE, "search", "Cabinet renewed the state of emergency.", "location", "measure_verbs", "renewed"),
    (location.NATIONAL_NAMED, "search", "Zorbaland Farmers' Union head office", "location", "national_by_name", "head office"),
    (location.NATIONAL_WORD, "search", "the National Archives headquarters", "location", "national_words", "national"),
    (location.ANOTHER_INCIDENT, "search", "Elsewhere, two traders were abducted.", "location", "another_incident", "elsewhere"),
    (location.NEAR_TOWN, "fullmatch", ", about 8 kilometres south of ", "location", "distance_units", "kilometres"),
    (location.NEAR_TOWN, "fullmatch", " hamlet near the camp of ", "location", "village_words", "hamlet"),
    (incidents.ALSO, "search", "Two further bodies were found.", "incident", "also_words", "further"),
    (incidents.MORE_VICTIMS, "search", "A third victim died in hospital.", "incident", "more_victims", "a third"),
    (incidents.ATTACKERS, "search", "Two of the assailants were shot dead.", "incident", "attackers", "assailants"),
    (incidents.ANAPHORIC, "search", "Four officers were hurt in the ensuing gun battle.", "incident", "incident_nouns", "gun battle"),
    (incidents.ANAPHORIC, "search", "It was part of a wave of raids.", "incident", "series_places", "part of"),
    (incidents.BACKGROUND, "search", "Traders marched, following", "incident", "background_words", "following"),
    (history.SPAN_OF_YEARS, "search", "They have fought for nearly two decades.", "history", "span_units", "decades"),
    (history.PERFECT, "search", "The town has witnessed heavy shelling.", "history", "perfect_auxiliaries", "has"),
    (history.DURING, "fullmatch", " amid ", "history", "during_words", "amid"),
    (history.CLAUSE_BREAK, "search", "a church until", "clause", "clause_breaks", "until"),
    (draft.CLAUSE_GAP, "search", "the convoy before Goma", "clause", "clause_gaps", "before"),
    (scene.SOURCE_BEFORE, "search", "Witnesses in ", "scene", "sources", "witnesses"),
    (scene.SOURCE_SAID, "match", ", residents told", "speech", "place_source_verbs", "told"),
    (scene.SCENE, "fullmatch", "On Sunday night, in the district of ", "scene", "area_words", "district"),
    (scene.SCENE, "fullmatch", "Overnight Friday, near ", "scene", "time_openers", "overnight"),
    (triggers.QUANTITY, "search", "Jets struck dozens of hideouts.", "quantity", "quantity_units", "hideouts"),
    (triggers.QUANTITY, "search", "Rebels fired scores of rockets.", "quantity", "vague_counts", "scores of"),
]  # fmt: skip

FILES = {"speech": "speech_verbs.json", "clause": "clause_words.json"}


@pytest.mark.parametrize("pattern, how, text, area, key, word", ROWS, ids=[f"{r[3]}.{r[4]}:{r[5]}" for r in ROWS])
def test_a_listed_word_makes_the_match(
    pattern: re.Pattern, how: str, text: str, area: str, key: str, word: str
) -> None:
    name = FILES.get(area, f"{area}_words.json")
    assert any(re.fullmatch(entry, word, re.IGNORECASE) for entry in words(name, key)), f"{word!r} is not in {key}"
    apply = getattr(pattern, how)
    assert apply(text)
    assert not apply(re.sub(re.escape(word), "zzz", text, flags=re.IGNORECASE))


def test_every_vague_count_with_a_number_is_listed() -> None:
    # The numbers stay in code (a data file holds lists of words); a count without one gives no quantity.
    assert set(triggers._VAGUE_QUANTITY) <= set(words("quantity_words.json", "vague_counts"))


# Lists of categories in the stages' data: each entry must be a category the taxonomy defines.
CATEGORY_LISTS = [
    ("incident_words.json", key)
    for key in word_lists("incident_words.json")
    if key.endswith("_kinds") or key.startswith(("fold_", "riot_parts"))
] + [("period_words.json", "reason_kinds")]


@pytest.mark.parametrize(("name", "key"), CATEGORY_LISTS)
def test_category_lists_name_known_categories(name: str, key: str) -> None:
    known = categories()
    assert [e for e in words(name, key) if e not in known] == [], (name, key)
