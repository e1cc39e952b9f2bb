"""Categories recoded for who the actors are (extractors/recode.py) and the word lists of data/recode.json.

Every sentence is invented; the place names are real.
"""

from __future__ import annotations

import pytest

from extractors import Document, extract
from extractors.classify import off_duty, recode_by_actors, targeted_killing
from extractors.draft import Draft
from extractors.event import Actor
from extractors.rules import Candidate
from extractors.words import word_lists, words


def test_every_list_loads() -> None:
    assert set(word_lists("recode.json")) == {
        "targeted_killing",
        "off_duty",
        "home_prepositions",
        "home_possessives",
        "homes",
    }


@pytest.mark.parametrize(
    ("key", "word", "text"),
    [
        ("off_duty", "off-duty", "gunmen shot an off-duty sergeant"),
        ("off_duty", "off duty", "a constable who was off duty"),
        ("home_prepositions", "outside", "shot outside her house"),
        ("home_possessives", "their", "attacked at their home"),
        ("homes", "residence", "killed at his own residence"),
    ],
)
def test_off_duty_words(key: str, word: str, text: str) -> None:
    assert word in words("recode.json", key)
    assert off_duty().search(text)
    assert not off_duty().search(text.replace(word, "zorp"))


@pytest.mark.parametrize(("word", "trigger"), [("behead", "beheaded"), ("stabb", "stabbing"), ("lynch", "lynched")])
def test_targeted_killing_stems(word: str, trigger: str) -> None:
    assert word in words("recode.json", "targeted_killing")
    assert targeted_killing().match(trigger)
    assert not targeted_killing().match(trigger.replace(word, "zorp"))


def _draft(category: str, rule: str = "r", cues: frozenset[str] = frozenset()) -> Draft:
    trigger = Candidate(0, 0, 8, "attacked", "attack", category, "", "rules", rule)
    return Draft(category, "actual", 0, trigger, set(cues), {"rules"}, rule)


ARMY = Actor("", "Military Forces of Nigeria", "NGA", "MIL")
POLICE = Actor("", "Police Forces of Nigeria", "NGA", "COP")
REBELS = Actor("", "Rebels (Nigeria)", "NGA", "REB")
TRADERS = Actor("", "Civilians (Nigeria)", "NGA", "CVL")
CROWD = Actor("", "Protesters (Nigeria)", "NGA", "PRT")


@pytest.mark.parametrize(
    ("draft", "a1", "a2", "sentence", "category"),
    [
        (_draft("territory"), ARMY, REBELS, "", "government_regains_territory"),
        (_draft("territory"), REBELS, ARMY, "", "non_state_overtakes_territory"),
        (_draft("attack"), REBELS, POLICE, "Rebels attacked a police post.", "armed_clash"),
        (_draft("attack"), REBELS, POLICE, "Rebels attacked an off-duty policeman.", "attack"),
        (_draft("attack"), REBELS, TRADERS, "Rebels attacked traders.", "attack"),
        (_draft("armed_clash"), POLICE, CROWD, "", "violent_demonstration"),
        (_draft("armed_clash"), POLICE, TRADERS, "", "mob_violence"),
        (_draft("armed_clash", cues=frozenset({"protest"})), POLICE, TRADERS, "", "violent_demonstration"),
        (_draft("armed_clash", rule="x>type:attack"), POLICE, TRADERS, "", "attack"),
        (_draft("armed_clash"), ARMY, REBELS, "", "armed_clash"),
    ],
)
def test_recode_by_actors(draft: Draft, a1: Actor, a2: Actor, sentence: str, category: str) -> None:
    assert recode_by_actors(draft, a1, a2, sentence) == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Gunmen attacked a police patrol in Kano on Monday, killing two officers.", "armed_clash"),
        ("Gunmen attacked an off-duty police officer in Kano on Monday, killing him.", "attack"),
        ("Gunmen attacked a police officer at his home in Kano on Monday, killing him.", "attack"),
        ("Police clashed with protesters in Kano on Monday.", "violent_demonstration"),
        ("Police clashed with traders in Kano on Monday.", "mob_violence"),
    ],
)
def test_recoded_end_to_end(text: str, category: str) -> None:
    (e,) = extract([Document("t", text, "2024-03-14")], extractors=("rules",))
    assert e.category == category
