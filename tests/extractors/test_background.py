"""Background that is no incident: tolls over a period, runs of events, states of affairs, history.

Each row pairs a sentence told as background with a look-alike that reports an incident. The tolls of
background sentences never land on an incident (``casualties.period``), and their drafts are dropped
(``background``, ``history``). Sentences are invented (Kandor, Zorbaville ...).
"""

from __future__ import annotations

import pytest

from extractors import Document, extract
from extractors.casualties import counts, sentence_totals

REF = "2024-06-10"


def _totals(sentence: str) -> tuple[int | None, int | None]:
    killed, injured, _ = sentence_totals(counts(sentence, 0, len(sentence)))
    return killed, injured


# (background sentence, its killed figure; incident look-alike, its killed figure)
TOLLS = [
    (
        "Last year, 30 soldiers were killed in rebel attacks in Kandor.",
        None,
        "Last year, a car bomb killed 30 soldiers at a checkpoint in Kandor.",
        30,
    ),
    (
        "More than 200 people have died in the clashes that began two months ago.",
        None,
        "More than 20 people died in the clashes that began on Monday.",
        20,
    ),
    (
        "The army has pressed a bombing campaign in the north, killing nearly 9,000 people.",
        None,
        "The army bombed a market in the north, killing nearly 90 people.",
        90,
    ),
    (
        "Rebels still roam the hills since a 1990-1995 war that killed 300,000 people.",
        None,
        "Rebels still roam the hills after an ambush that killed 30 people.",
        30,
    ),
    (
        "So far this year, 12 police officers have been slain in the district.",
        None,
        "On Friday, 12 police officers were slain in the district.",
        12,
    ),
    (
        "Troops killed eight fighters over a 48-hour period in the Zorbaville hills.",
        None,
        "Troops killed eight fighters in a raid in the Zorbaville hills.",
        8,
    ),
    (
        "There have been at least 15 deaths during this period.",
        None,
        "There have been at least 15 deaths in the blast.",
        15,
    ),
    (
        "Troops have launched four raids in the hills in the last eight months, leading to the deaths of 44 rebels.",
        None,
        "Troops launched a raid in the hills on Monday, leading to the deaths of 4 rebels.",
        4,
    ),
    (
        "Five villagers were killed in the deadliest attack since 2019.",
        5,
        "Five villagers have been killed in Kandor since 2019.",
        None,
    ),
]


@pytest.mark.parametrize(("toll", "toll_killed", "incident", "incident_killed"), TOLLS)
def test_period_tolls_count_for_nothing(toll: str, toll_killed, incident: str, incident_killed) -> None:
    assert _totals(toll)[0] == toll_killed
    assert _totals(incident)[0] == incident_killed


def test_a_day_with_a_running_toll_keeps_its_own_count() -> None:
    sentence = "On Monday, gunmen killed 5 villagers in Kandor; so far this year 40 people have died in such raids."
    assert _totals(sentence)[0] == 5


def test_a_toll_update_of_the_incident_is_no_period() -> None:
    assert _totals("Six people were killed, and the toll has since risen to 11, officials said.")[0] == 11


def _incidents(text: str) -> list:
    return [e for e in extract([Document("t", text, REF)], extractors=["rules"]) if e.mention_of is None]


# (background sentence, incident look-alike): the first gives no incident, the second one.
DRAFTS = [
    (
        "The militia has seized control of large parts of the north in a conflict with the army.",
        "The militia seized control of the town of Zorbaville on Sunday after a clash with the army.",
    ),
    (
        "Kandor has already faced a months-long rampage by the militia.",
        "Kandor faced a rampage by the militia on Tuesday night.",
    ),
    (
        "Zorbaville is still reeling from a spate of looting in its markets and suburbs.",
        "Looters ransacked a shopping centre in Zorbaville on Monday.",
    ),
    (
        "Unrest continued across the country as curfews were ignored.",
        "Protesters clashed with police outside parliament in Zorbaville on Friday.",
    ),
    (
        "The group engages in bombings, kidnapping and extortion.",
        "A bomb planted by the group exploded at a bus station in Zorbaville on Thursday.",
    ),
    (
        "Last year, 20 police officers were killed in militant attacks in the district.",
        "On Monday, 20 police officers were killed in a militant attack in the district.",
    ),
    (
        "Security forces have clashed with rebels in the forest four times in the last eight months.",
        "Security forces clashed with rebels in the forest near Zorbaville on Wednesday.",
    ),
    (
        "The deadliest attack claimed by the group was in 2021, when 40 people were killed in a bombing in Kandor.",
        "The group claimed a bombing in Kandor on Sunday, in which 40 people were killed.",
    ),
    (
        "The bandits hide in the hills above Zorbaville, from where they launch attacks on farming villages.",
        "The bandits launched an attack on a farming village near Zorbaville on Monday.",
    ),
    (
        "Militias who raid the border villages of Kandor are rarely caught.",
        "Militiamen raided a border village in Kandor on Friday.",
    ),
    (
        "Gunmen in Kandor keep kidnapping travellers on the main road.",
        "Gunmen kidnapped travellers on the main road in Kandor on Sunday.",
    ),
    (
        "The governor of Zorbaville stayed in the capital amid the ongoing protests.",
        "Hundreds of students protested outside the governor's office in Zorbaville on Tuesday.",
    ),
]


@pytest.mark.parametrize(("background", "incident"), DRAFTS)
def test_background_gives_no_incident(background: str, incident: str) -> None:
    assert _incidents(background) == []
    assert len(_incidents(incident)) == 1


def test_a_recent_incident_told_in_the_background_is_kept() -> None:
    text = (
        "Militants attacked a police post in Kandor on Thursday, killing three officers. "
        "A day after an attack in the Zorbaville area left nine people dead, troops were deployed."
    )
    found = _incidents(text)
    assert sorted(e.fatalities for e in found) == [3, 9]


# (a statement told as a habit, as many statements or as how a deal came about; the same statement made once):
# the first gives no event of the category, the second one.
STATEMENTS = [
    (
        "Here is a list of armed groups that threaten Kandor and its neighbours.",
        "The Zorbaville Front threatened Kandor on Monday.",
        "threat",
    ),
    (
        "The coup in Kandor has drawn widespread condemnation from its neighbours.",
        "Zorbania condemned the coup in Kandor on Monday.",
        "accusation",
    ),
    (
        "The truce, mediated by Zorbania and Kandor, has largely held.",
        "Zorbania and Kandor mediated between the two militias in Zorbaville on Monday.",
        "meeting",
    ),
    (
        "The army sent troops to Zorbaville on Monday after farmers complained about the militia.",
        "Farmers in Zorbaville complained about the militia on Monday.",
        "accusation",
    ),
    (
        "Kandor closed its border on Monday because Zorbania demanded the return of its refugees.",
        "Zorbania demanded the return of its refugees on Monday.",
        "request",
    ),
    (
        "Students staged protests demanding the release of the Kandor detainees on Monday.",
        "Students in Zorbaville demanded the release of the Kandor detainees on Monday.",
        "request",
    ),
]


@pytest.mark.parametrize(("background", "statement", "category"), STATEMENTS)
def test_a_statement_told_as_a_habit_a_run_or_a_cause_is_no_event(
    background: str, statement: str, category: str
) -> None:
    def categories(text: str) -> list[str]:
        return [e.category for e in extract([Document("t", text, REF)], extractors=["rules", "spacy"])]

    assert category not in categories(background)
    assert categories(statement) == [category]
