"""The word lists of casualty counting, factuality and sentence splitting, as data files.

Each row shows that one entry of a list is what makes a sentence read the way it does: the same
sentence with that word changed reads differently. Adding a word is one line in the data file and
one row here.
"""

from __future__ import annotations

import re

import pytest

from extractors import factuality
from extractors.casualties import counts, sentence_totals
from extractors.sentences import split
from extractors.words import word_lists, words

FILES = ("casualty_words.json", "speech_verbs.json", "hedges.json", "abbreviations.json")


@pytest.mark.parametrize("name", FILES)
def test_every_list_loads_and_compiles(name: str) -> None:
    lists = word_lists(name)
    assert lists
    for key, entries in lists.items():
        assert entries, key
        for entry in entries:
            re.compile(entry)


def _listed(name: str, key: str, word: str) -> bool:
    return any(re.fullmatch(entry, word, re.IGNORECASE) for entry in words(name, key))


def _totals(sentence: str) -> tuple[int | None, int | None, bool]:
    return sentence_totals(counts(sentence, 0, len(sentence)))


# (list, word, sentence, (killed, injured, update), the sentence with the word changed, what it reads)
CASUALTY_ROWS = [
    (
        "kill_words",
        "perished",
        "Fourteen fishermen perished when their boat was shelled off the coast.",
        (14, None, False),
        "Fourteen fishermen vanished when their boat was shelled off the coast.",
        (None, None, False),
    ),
    (
        "injury_words",
        "maimed",
        "Three herders were maimed by a buried mine near the well.",
        (None, 3, False),
        "Three herders were startled by a buried mine near the well.",
        (None, None, False),
    ),
    (
        "kill_verbs",
        "claimed the lives of",
        "The blast claimed the lives of nine recruits at the depot.",
        (9, None, False),
        "The blast changed the lives of nine recruits at the depot.",
        (None, None, False),
    ),
    (
        "injury_verbs",
        "wounding",
        "Gunmen raided the market, wounding seven traders.",
        (None, 7, False),
        "Gunmen raided the market, robbing seven traders.",
        (None, None, False),
    ),
    (
        "named_kill_verbs",
        "assassinated",
        "Gunmen assassinated Musa Bello, a district head, outside his home.",
        (1, None, False),
        "Gunmen visited Musa Bello, a district head, outside his home.",
        (None, None, False),
    ),
    (
        "no_casualties",
        "caused no casualties",
        "The rocket landed in a field and caused no casualties.",
        (0, 0, False),
        "The rocket landed in a field and caused no damage.",
        (None, None, False),
    ),
    (
        "no_deaths",
        "no one died",
        "The lorry overturned after the blast but no one died.",
        (0, None, False),
        "The lorry overturned after the blast but no one ran.",
        (None, None, False),
    ),
    (
        "no_injuries",
        "no one was wounded",
        "Shells hit the school, but no one was wounded.",
        (None, 0, False),
        "Shells hit the school, but no one was there.",
        (None, None, False),
    ),
    (
        "toll_nouns",
        "death toll",
        "The death toll rose to 31 on Friday.",
        (31, None, True),
        "The death count rose to 31 on Friday.",
        (None, None, False),
    ),
    (
        "toll_verbs",
        "climbed",
        "The toll climbed to 18 overnight.",
        (18, None, True),
        "The toll fell to 18 overnight.",
        (None, None, False),
    ),
    (
        "total_cues",
        "altogether",
        "Altogether 26 people were killed in the raids.",
        (26, None, True),
        "Yesterday 26 people were killed in the raids.",
        (26, None, False),
    ),
    (
        "total_incidents",
        "shootings",
        "In the two shootings, 12 people were killed.",
        (12, None, True),
        "In the two towns, 12 people were killed.",
        (12, None, False),
    ),
    (
        "shared_incidents",
        "raids",
        "At least 20 villagers were killed across both raids.",
        (10, None, False),
        "At least 20 villagers were killed across both valleys.",
        (20, None, False),
    ),
    (
        "period_cues",
        "so far",
        "The rebels have killed 3,000 people so far.",
        (None, None, False),
        "The rebels have killed 3,000 people this week.",
        (3000, None, False),
    ),
    (
        "natural_causes",
        "cancer",
        "Two detainees died of cancer in custody.",
        (None, None, False),
        "Two detainees died of torture in custody.",
        (2, None, False),
    ),
    (
        "person_nouns",
        "pilgrim",
        "The drone strike killed a pilgrim near the shrine.",
        (1, None, False),
        "The drone strike killed a camel near the shrine.",
        (None, None, False),
    ),
    (
        "companions",
        "bodyguard",
        "Gunmen shot dead two judges and their bodyguard.",
        (3, None, False),
        "Gunmen shot dead two judges and their dog.",
        (2, None, False),
    ),
    (
        "not_people",
        "goats",
        "Raiders killed 40 goats in the village.",
        (None, None, False),
        "Raiders killed 40 herders in the village.",
        (40, None, False),
    ),
    (
        "between_victims_and_word",
        "instantly",
        "Twelve people, 3 women and 9 men, were instantly killed.",
        (12, None, False),
        "Twelve people, 3 women and 9 men, were horribly killed.",
        (None, None, False),
    ),
    (
        "phrase_breaks",
        "said",
        "Relatives of 2 victims said 4 people were wounded.",
        (None, 4, False),
        "Relatives of 2 victims heard 4 people were wounded.",
        (None, 6, False),
    ),
    (
        "singular_participles",
        "lynched",
        "He was lynched by a mob.",
        (1, None, False),
        "He was drowned by a mob.",
        (None, None, False),
    ),
]


@pytest.mark.parametrize(("key", "word", "sentence", "expected", "changed", "changed_expected"), CASUALTY_ROWS)
def test_casualty_word(key, word, sentence, expected, changed, changed_expected) -> None:
    assert _listed("casualty_words.json", key, word)
    assert _totals(sentence) == expected
    assert _totals(changed) == changed_expected


def test_speech_verb_names_the_source_not_a_victim() -> None:
    assert _listed("speech_verbs.json", "source_verbs", "said")
    assert _totals("The ambush killed four rangers, a police officer said.") == (4, None, False)
    assert _totals("The ambush killed four rangers, a police officer explained.") == (5, None, False)


def _assess(sentence: str, trigger: str) -> tuple[str, str | None]:
    at = sentence.index(trigger)
    return factuality.assess(sentence, 0, len(sentence), at, at + len(trigger))


# (list, word, sentence, trigger, (factuality, why), the sentence with the word changed, how it reads)
FACTUALITY_ROWS = [
    (
        "not_negations",
        "no fewer than",
        "No fewer than 20 protesters were arrested.",
        "arrested",
        ("actual", None),
        "No 20 protesters were arrested.",
        ("negated", "negation:no"),
    ),
    (
        "halt_verbs",
        "subsided",
        "The shelling subsided by evening.",
        "shelling",
        ("hypothetical", "halted"),
        "The shelling resumed by evening.",
        ("actual", None),
    ),
    (
        "failed_to",
        "powerless to",
        "Troops were powerless to stop the looting.",
        "looting",
        ("actual", "failed to stop"),
        "Troops were sent to stop the looting.",
        ("hypothetical", "halted"),
    ),
    (
        "prevent_verbs",
        "thwart",
        "Guards could not thwart the raid.",
        "raid",
        ("actual", "failed to stop"),
        "Guards could not plan the raid.",
        ("negated", "negation:not"),
    ),
    (
        "future_times",
        "tomorrow",
        "Unions march on the capital tomorrow.",
        "march",
        ("hypothetical", "future"),
        "Unions march on the capital today.",
        ("actual", None),
    ),
    (
        "toll_words",
        "drowned",
        "Nine sailors were feared drowned in the attack on the ferry.",
        "attack",
        ("actual", None),
        "Nine sailors were feared captured in the attack on the ferry.",
        ("hypothetical", "hypothetical:feared"),
    ),
    (
        "feared_verbs",
        "feared",
        "Nine sailors were feared dead in the attack on the ferry.",
        "attack",
        ("actual", None),
        "Nine sailors were feared taken in the attack on the ferry.",
        ("hypothetical", "hypothetical:feared"),
    ),
]


@pytest.mark.parametrize(
    ("key", "word", "sentence", "trigger", "expected", "changed", "changed_expected"), FACTUALITY_ROWS
)
def test_factuality_word(key, word, sentence, trigger, expected, changed, changed_expected) -> None:
    assert _listed("hedges.json", key, word)
    assert _assess(sentence, trigger) == expected
    assert _assess(changed, trigger) == changed_expected


def test_hedge_word() -> None:
    assert _listed("hedges.json", "hedges", "purportedly")
    sentence = "Militiamen purportedly torched the clinic."
    assert factuality.hedge(sentence, 0, sentence.index("torched")) == "purportedly"
    changed = sentence.replace("purportedly", "reportedly")
    assert factuality.hedge(changed, 0, changed.index("torched")) is None


def test_abbreviation_does_not_end_a_sentence() -> None:
    assert _listed("abbreviations.json", "abbreviations", "brig")
    assert len(list(split("Brig. Okoro said the road was reopened. Shops opened."))) == 2
    assert len(list(split("Brag. Okoro said the road was reopened. Shops opened."))) == 3
