"""Parametrized tables of sentences written for these tests: casualty counts, dates, factuality, typing."""

from __future__ import annotations

from datetime import date

import pytest

from extractors import Document, extract
from extractors.casualties import counts, sentence_totals
from extractors.dates import mentions
from extractors.numbers import parse_number


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("12", 12),
        ("1,200", 1200),
        ("twenty-one", 21),
        ("two hundred", 200),
        ("a dozen", 12),
        ("dozens", 12),
        ("tens", 10),
        ("hundreds", 100),
        ("Three", 3),
        ("one hundred and five", 105),
    ],
)
def test_numbers(phrase, value):
    assert parse_number(phrase) == value


@pytest.mark.parametrize(
    "sentence, killed, injured",
    [
        ("Three soldiers were killed in the ambush.", 3, None),
        ("Gunmen stormed the market, killing 2 and wounding 5.", 2, 5),
        ("Two soldiers and five attackers died in the firefight that followed.", 7, None),
        ("Two villagers died and four others were injured when the shell hit their house.", 2, 4),
        ("Jets struck the camp, killing at least 20 fighters and wounding seven others, a spokesman said.", 20, 7),
        ("The death toll rose to 12 on Sunday.", 12, None),
        ("Dozens of protesters were injured by rubber bullets.", None, 12),
        ("No casualties were reported.", 0, 0),
        ("No one was hurt in the blast.", 0, 0),
        ("A 25-year-old trader was shot dead outside his shop.", 1, None),
        ("The blast killed two policemen and a civilian.", 3, None),
        ("The insurgency, which began in 2009, has killed more than 30,000 people.", None, None),
        ("Police said 40 rounds were fired at the convoy.", None, None),
    ],
)
def test_casualty_counts(sentence, killed, injured):
    k, i, _ = sentence_totals(counts(sentence, 0, len(sentence)))
    assert (k, i) == (killed, injured)


REF = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(
    "sentence, value, precision",
    [
        ("The attack took place on Tuesday.", "2024-03-12", "day"),
        ("Residents fled yesterday.", "2024-03-13", "day"),
        ("The village was raided 16 days ago.", "2024-02-27", "day"),
        ("Fighting resumed on March 2.", "2024-03-02", "day"),
        ("The bomb went off on Nov. 1.", "2023-11-01", "day"),  # a past event: not a date after the reference
        ("On 2 May 2020, protesters marched.", "2020-05-02", "day"),
        ("Women were raped on the night of June 11-12.", "2023-06-11", "day"),  # a span of days: its first
        ("The offensive began in late August.", "2023-08", "month"),
        ("Clashes broke out last month.", "2024-02", "month"),
        ("The group was founded in 2009.", "2009", "year"),
        ("Talks began in late 2022 and stalled.", "2022", "year"),
        ("The militia has grown since mid-2021.", "2021", "year"),
    ],
)
def test_dates(sentence, value, precision):
    found = [m for m in mentions(sentence, 0, len(sentence), REF) if not m.statement]
    assert (found[0].value, found[0].precision) == (value, precision)


def test_statement_date_is_the_base_for_relative_dates():
    s = "Russia ceased air strikes 16 days ago, the minister said on Nov. 1."
    found = mentions(s, 0, len(s), date(2016, 11, 2))
    assert [(m.value, m.statement) for m in found] == [("2016-10-16", False), ("2016-11-01", True)]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ('In a post on X on Monday, the police said: "A bomb went off in the market this afternoon."', "2024-03-11"),
        ('The police said: "A bomb went off in the market this afternoon."', "2024-03-14"),
    ],
)
def test_a_post_dates_what_its_words_call_today(sentence, value):
    found = [m for m in mentions(sentence, 0, len(sentence), REF) if not m.statement]
    assert [m.value for m in found] == [value]


@pytest.mark.parametrize(
    "sentence, value",
    [
        # a date in a relative clause after the trigger dates that clause's act, not the trigger
        ("Envoys of Kandor and Zorbania signed the truce after talks that started on January 4.", "2024-03-14"),
        ("Envoys of Kandor and Zorbania signed the truce on January 4 after weeks of talks.", "2024-01-04"),
        ("Envoys of Kandor and Zorbania met to end the crisis, which broke out in December 2023.", "2024-03-14"),
    ],
)
def test_a_relative_clause_keeps_its_date(sentence, value):
    events = list(extract([Document("t", sentence, REF.isoformat())]))
    assert [e.date.value if e.date else None for e in events] == [value]


def test_without_reference_date_the_year_stays_unknown():
    s = "The bomb went off on Nov. 1."
    assert mentions(s, 0, len(s), None)[0].value is None


def _events(text: str, **kw):
    return [e.to_dict() for e in extract([Document("t", text, "2024-03-14")], **kw)]


@pytest.mark.parametrize(
    "sentence, category, factuality",
    [
        (
            "Fighter jets struck a militant camp near Marte in Borno State on Tuesday, killing 20 fighters.",
            "air_strike",
            "actual",
        ),
        ("Rebels shelled the town of Sake with mortars on Monday.", "shelling", "actual"),
        (
            "A roadside bomb hit an army patrol near Afgoye on Wednesday, killing four soldiers.",
            "explosive_device",
            "actual",
        ),
        ("A suicide bomber blew himself up at a checkpoint in Kabul, killing six people.", "suicide_bombing", "actual"),
        ("Gunmen kidnapped six passengers on a road near Tame on Saturday.", "abduction", "actual"),
        ("Police fired tear gas to disperse protesters in Nairobi on Thursday.", "protest_with_intervention", "actual"),
        ("About 300 people marched peacefully through Kisumu on Wednesday.", "peaceful_protest", "actual"),
        ("The army said it had not shelled the village.", "shelling", "negated"),
        ("No shelling was reported overnight in Orikhiv.", "shelling", "negated"),
        ("The group threatened to attack government forces in the region.", "armed_clash", "hypothetical"),
        ("The group threatened to attack villagers who refuse to pay.", "attack", "hypothetical"),
        ("Russia ceased air strikes on eastern Aleppo last week.", "air_strike", "hypothetical"),
        (
            "The government warned that it would shoot down any aircraft entering its airspace.",
            "military_threat",
            "actual",
        ),
    ],
)
def test_typing_and_factuality(sentence, category, factuality):
    found = _events(sentence, include_nonfactual=True)
    assert any(e["category"] == category and e["factuality"] == factuality for e in found), [
        (e["category"], e["factuality"]) for e in found
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Food prices in the capital have nearly doubled over the past year, traders said.",
        "The ministry said it was open to an exchange of views.",
    ],
)
def test_hard_negatives_give_no_event(sentence):
    assert _events(sentence) == []
