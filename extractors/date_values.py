"""What a matched date means: its value and precision, from its own text or from the reference date.

``dates`` finds the mentions; this module turns the groups of a match into a value ("2024-03-14",
"2024-03", "2024"), a precision ("day", "month", "year") and whether the value was left to the reference
date. The month and weekday names and the relative phrases are in ``data/date_words.json``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from typing import Any

from .errors import DataError
from .numbers import parse_number
from .words import words

WORDS = "date_words.json"


@cache
def month_numbers() -> dict[str, int]:
    """First three letters of each month name, lower-cased -> the month's number; checks the spellings."""
    names = words(WORDS, "months")
    if len(names) != 12:
        raise DataError(WORDS, f"'months' must name the 12 months, not {len(names)}")
    prefixes = {name[:3] for name in names}
    for spelling in words(WORDS, "month_abbreviations"):
        if spelling[:3] not in prefixes:
            raise DataError(WORDS, f"'{spelling}' does not start like a month name in 'months'")
    return {name[:3].lower(): number for number, name in enumerate(names, 1)}


@cache
def weekdays() -> tuple[str, ...]:
    days = tuple(w.lower() for w in words(WORDS, "weekdays"))
    if len(days) != 7:
        raise DataError(WORDS, f"'weekdays' must name the 7 days, not {len(days)}")
    return days


# Holidays on a fixed date everywhere they are kept (month, day); movable feasts are left unread.
# (Plain "Christmas" is left out: "the Christmas market attack" names a place and a season, not a day.)
_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "valentine's day": (2, 14),
}


def month_number(token: str) -> int:
    return month_numbers()[fold(token)[:3]]


def _past_year(month: int, day: int | None, ref: date | None) -> int | None:
    """The year that puts month/day on or before the reference date (news reports the past)."""
    if ref is None:
        return None
    year = ref.year
    try:
        if date(year, month, day or 1) > ref + timedelta(days=1 if day else 0):
            year -= 1
    except ValueError:
        return None
    return year


def fmt(y: int | None, m: int | None = None, d: int | None = None) -> tuple[str | None, str | None]:
    if y is None:
        return None, None
    if m is None:
        return f"{y:04d}", "year"
    if d is None:
        return f"{y:04d}-{m:02d}", "month"
    try:
        return date(y, m, d).isoformat(), "day"
    except ValueError:
        return None, None


# A resolved mention: its value, its precision ("day", "month", "year") and whether the text left the
# value to the reference date (relative).
_Resolved = tuple[str | None, str | None, bool]
_Groups = dict[str, Any]


def _with_year(g: _Groups, month: int, day: int | None, ref: date | None) -> _Resolved:
    """A month (and day) in its own year, or else in the latest year that keeps it in the past."""
    year = int(g["y"]) if g.get("y") else _past_year(month, day, ref)
    return (*fmt(year, month, day), not g.get("y"))


def _full_date(g: _Groups, ref: date | None) -> _Resolved:
    return (*fmt(int(g["y"]), int(g["m"]), int(g["d"])), False)


def _day_of_month(g: _Groups, ref: date | None) -> _Resolved:
    return _with_year(g, month_number(g["mon"]), int(re.sub(r"\D", "", g["d"])), ref)


def _whole_month(g: _Groups, ref: date | None) -> _Resolved:
    return _with_year(g, month_number(g["mon"]), None, ref)


def _year(g: _Groups, ref: date | None) -> _Resolved:
    return (*fmt(int(g["y"])), False)


def _holiday(g: _Groups, ref: date | None) -> _Resolved:
    month, day = _HOLIDAYS[fold(g["h"]).replace("’", "'")]
    return _with_year(g, month, day, ref)


# The letters outside ASCII that a case-blind regex takes for ASCII ones (found by trying every code point):
# "Frıday" with a dotless ı matches the weekday pattern, so it must be looked up as "friday".
_CASE_BLIND = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(token: str) -> str:
    """``token`` lower-cased as the case-blind date patterns read it."""
    return token.translate(_CASE_BLIND).lower()


def _weekday(g: _Groups, ref: date) -> _Resolved:
    target = weekdays().index(fold(g["wd"]))
    back = (ref.weekday() - target) % 7
    if fold(g.get("last") or "") in _last_words() and back == 0:
        back = 7
    return (ref - timedelta(days=back)).isoformat(), "day", True


def _last_month(ref: date) -> tuple[str, str]:
    return (ref.replace(day=1) - timedelta(days=1)).isoformat()[:7], "month"


# What each list of relative phrases in the data file means, as a value and precision from the reference date.
RELATIVE: dict[str, Callable[[date], tuple[str, str]]] = {
    "relative_yesterday": lambda ref: ((ref - timedelta(days=1)).isoformat(), "day"),
    "relative_two_days_before": lambda ref: ((ref - timedelta(days=2)).isoformat(), "day"),
    "relative_today": lambda ref: (ref.isoformat(), "day"),
    "relative_last_week": lambda ref: ((ref - timedelta(days=7)).isoformat()[:7], "month"),
    "relative_this_month": lambda ref: (ref.isoformat()[:7], "month"),
    "relative_last_month": _last_month,
    "relative_last_year": lambda ref: (f"{ref.year - 1:04d}", "year"),
    "relative_this_year": lambda ref: (f"{ref.year:04d}", "year"),
}


@cache
def relative_phrases() -> dict[str, str]:
    """Each relative phrase, lower-cased -> the list (meaning) it belongs to."""
    meaning: dict[str, str] = {}
    for key in RELATIVE:
        for phrase in words(WORDS, key):
            if phrase.lower() in meaning:
                raise DataError(WORDS, f"'{phrase}' is in both '{meaning[phrase.lower()]}' and '{key}'")
            meaning[phrase.lower()] = key
    return meaning


def _relative(g: _Groups, ref: date) -> _Resolved:
    key = relative_phrases()[fold(g["w"])]
    return (*RELATIVE[key](ref), True)


def _months_back(ref: date, n: int) -> tuple[str, str]:
    y, mo = divmod(ref.year * 12 + ref.month - 1 - n, 12)
    return f"{y:04d}-{mo + 1:02d}", "month"


# "<n> <unit>s ago" counted back from the reference date, by unit; any other unit counts years.
_UNITS_BACK: dict[str, Callable[[date, int], tuple[str, str]]] = {
    "day": lambda ref, n: ((ref - timedelta(days=n)).isoformat(), "day"),
    "week": lambda ref, n: ((ref - timedelta(days=7 * n)).isoformat(), "day"),
    "month": _months_back,
}


def _ago(g: _Groups, ref: date) -> _Resolved:
    n = 3 if fold(g["n"]) in _vague_counts() else parse_number(g["n"])
    if n is None:
        return None, None, True
    unit = fold(g["unit"]).rstrip("s")
    years_back = (f"{ref.year - n:04d}", "year")
    return (*(_UNITS_BACK[unit](ref, n) if unit in _UNITS_BACK else years_back), True)


@cache
def _last_words() -> frozenset[str]:
    return frozenset(w.lower() for w in words(WORDS, "weekday_last"))


@cache
def _vague_counts() -> frozenset[str]:
    return frozenset(w.lower() for w in words(WORDS, "ago_vague_counts"))


# Kinds whose text carries the date (with or without its year), and kinds counted from the reference date.
_FROM_TEXT: dict[str, Callable[[_Groups, date | None], _Resolved]] = {
    "iso": _full_date,
    "numeric": _full_date,
    "dmy": _day_of_month,
    "mdy": _day_of_month,
    "part_month": _whole_month,
    "year": _year,
    "holiday": _holiday,
}
_FROM_REFERENCE: dict[str, Callable[[_Groups, date], _Resolved]] = {
    "weekday": _weekday,
    "relative": _relative,
    "ago": _ago,
}


def resolve(kind: str, m: re.Match[str], ref: date | None) -> _Resolved:
    if kind in _FROM_TEXT:
        return _FROM_TEXT[kind](m.groupdict(), ref)
    if ref is None:
        return None, None, True
    return _FROM_REFERENCE[kind](m.groupdict(), ref)
