"""The reference date of a document: its own date, then the given date, then an article's dateline."""

from __future__ import annotations

import pytest

from extractors import OptionError, given_date, record_document, text_document
from extractors.documents import iso_date, reference_date

ARTICLE = "KABUL, March 14, 2024 — Gunmen attacked a checkpoint on Tuesday, officials said."
NO_DATELINE = "Gunmen attacked a checkpoint on Tuesday, officials said."


@pytest.mark.parametrize(
    "own, given, article, expected",
    [
        ("2024-02-01", "2023-05-05", ARTICLE, "2024-02-01"),  # own date first
        ("2024-02-01T08:30:00Z", None, None, "2024-02-01"),  # the day of a timestamp
        ("last week", "2023-05-05", ARTICLE, "2023-05-05"),  # not a date: the given one
        (20240201, None, None, None),  # a number is not a date
        (None, "2023-05-05", ARTICLE, "2023-05-05"),  # the given date beats a dateline
        (None, None, ARTICLE, "2024-03-14"),  # the dateline of an article
        (None, None, NO_DATELINE, None),
        (None, None, None, None),
    ],
)
def test_reference_date(own, given, article, expected):
    assert reference_date(own, given, article) == expected


def test_text_document_is_an_article():
    assert text_document("a.txt", ARTICLE).date == "2024-03-14"
    assert text_document("a.txt", ARTICLE, "2023-05-05").date == "2023-05-05"


def test_record_document_is_not_searched_for_a_dateline():
    assert record_document("r1", ARTICLE).date is None
    assert record_document("r1", ARTICLE, "2024-01-02", "2023-05-05").date == "2024-01-02"
    assert record_document("r1", ARTICLE, None, "2023-05-05").date == "2023-05-05"


def test_given_date():
    assert given_date(None) is None
    assert given_date("2024-03-04") == "2024-03-04"
    for bad in ("2024-13-45", "", "yesterday"):
        with pytest.raises(OptionError) as raised:
            given_date(bad)
        assert raised.value.option == "date"


def test_iso_date():
    assert iso_date("2024-03-04") == "2024-03-04"
    assert iso_date("2024-02-30") is None
    assert iso_date(None) is None


# Python reads ISO's basic and week forms too; the schema's dates are YYYY-MM-DD, so those are no dates here.
@pytest.mark.parametrize("value", ["20240314", "2024-W11-4", "2024-3-14", "14/03/2024", "2024-02-30"])
def test_only_the_extended_iso_form_is_a_date(value: str) -> None:
    assert iso_date(value) is None
    with pytest.raises(OptionError):
        given_date(value)
    assert record_document("a", "text", value).date is None
