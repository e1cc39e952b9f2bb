"""The date words of ``data/date_words.json``: each list loads, and each kind of word is what makes a date.

Adding a phrase is one line in the data file and one row here.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors import date_values
from extractors.dates import dateline, mentions
from extractors.errors import DataError
from extractors.words import word_lists

from .support import gap

REF = date(2023, 6, 14)  # a Wednesday


def _dates(sentence: str, ref: date | None = REF) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in mentions(sentence, 0, len(sentence), ref)]


def test_every_list_loads() -> None:
    lists = word_lists("date_words.json")
    assert len(lists["months"]) == 12
    assert len(lists["weekdays"]) == 7
    assert all(lists[key] for key in date_values.RELATIVE)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # months and their other spellings
        ("The convoy was hit on 3 February 2022 near the border.", [("3 February 2022", "2022-02-03")]),
        ("Shelling resumed on Sept. 9, 2021, residents said.", [("Sept. 9, 2021", "2021-09-09")]),
        ("Talks collapsed on Jun 2 after a raid.", [("Jun 2", "2023-06-02")]),
        # a part of a month, and a bare month after a word that makes it a date
        ("Fighting flared in late January around the dam.", [("late January", "2023-01")]),
        gap(
            "No aid has arrived since October, a nurse said.",
            [("since October", "2022-10")],
            reason="a bare month is never read: the match starts at the space the word before needs",
        ),
        # a bare year after a word that makes it a date, and an event named by its year
        ("The town has been besieged since mid-2019.", [("since mid-2019", "2019")]),
        ("Survivors of the 2008 floods marched on Monday.", [("the 2008", "2008"), ("on Monday", "2023-06-12")]),
        # weekdays, with the words allowed before and after them
        ("Militants attacked a checkpoint on Tuesday evening.", [("on Tuesday evening", "2023-06-13")]),
        ("Protesters gathered last Wednesday outside parliament.", [("last Wednesday", "2023-06-07")]),
        ("Rockets fell this Wednesday on the port.", [("this Wednesday", "2023-06-14")]),
        # relative phrases, one per meaning
        ("A bomb went off in the market overnight.", [("overnight", "2023-06-13")]),
        ("The day before yesterday a patrol was ambushed.", [("The day before yesterday", "2023-06-12")]),
        ("Two mortar rounds landed this afternoon.", [("this afternoon", "2023-06-14")]),
        ("Clashes broke out last week in the north.", [("last week", "2023-06")]),
        ("Earlier this month militias seized the road.", [("Earlier this month", "2023-06")]),
        ("The ceasefire broke down last month.", [("last month", "2023-05")]),
        ("The camp was shelled last year.", [("last year", "2022")]),
        # "<count> <unit>s ago" with a number word, a vague count and each ago word
        ("The mayor was kidnapped two weeks ago.", [("two weeks ago", "2023-05-31")]),
        ("Several days earlier a drone struck the depot.", [("Several days earlier", "2023-06-11")]),
        ("The mosque had been burned eleven months before.", [("eleven months before", "2022-07")]),
    ],
)
def test_date_words_make_dates(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials may meet rebels to discuss a truce.",  # a verb month alone is a word, not a date
        "Soldiers said they would march by May if needed.",  # ... unless right after "in"
        "A monday meeting was cancelled.",  # a weekday starts with a capital
        "They marched into the valley.",  # no date words at all
    ],
)
def test_no_date_without_the_words(sentence: str) -> None:
    assert _dates(sentence) == []


@pytest.mark.xfail(reason="a bare month is never read (see the 'since October' row)", strict=True)
def test_verb_month_after_in() -> None:
    assert _dates("The offensive began in May.") == [("May", "2023-05")]


def test_relative_needs_a_reference_date() -> None:
    assert _dates("Gunmen raided the village yesterday.", None) == [("yesterday", None)]


def test_dateline_reads_month_spellings() -> None:
    assert dateline("ADEN, Dec. 4, 2019 — Fighters stormed the port.") == "2019-12-04"


def test_a_month_spelling_must_start_like_a_month(monkeypatch: pytest.MonkeyPatch) -> None:
    lists = {"months": word_lists("date_words.json")["months"], "month_abbreviations": ("Sptember",)}
    monkeypatch.setattr(date_values, "words", lambda _name, key: lists[key])
    date_values.month_numbers.cache_clear()
    try:
        with pytest.raises(DataError, match="'Sptember' does not start like a month name"):
            date_values.month_numbers()
    finally:
        date_values.month_numbers.cache_clear()


# Text from Turkish or OCR'd sources carries letters a case-blind pattern reads as ASCII ones (a dotless ı
# as i, a long ſ as s); the word must then be looked up as the word the pattern matched, not crash.
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Gunmen raided a checkpoint in Zorbaville on Frıday.", "2023-06-09"),
        ("Troops withdrew from the town on Thurſday.", "2023-06-08"),
        ("Shelling hit the port in Auguſt 2022.", "2022-08"),
        ("The militia seized two villages thıs year.", "2023"),
        ("Rebels ambushed a convoy two weeKs ago.", "2023-05-31"),
    ],
)
def test_letters_read_as_ascii_resolve(sentence: str, value: str) -> None:
    assert [v for _, v in _dates(sentence)] == [value]
