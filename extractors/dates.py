"""Dates as news writes them, resolved against a reference (publication or statement) date.

A date right after a reporting verb ("said on Nov. 1") dates the statement, not the event; it
becomes the base for relative dates in the same sentence ("16 days ago"). Without a reference
date, only dates that carry their own year resolve; the year is never guessed from today.

This module finds the mentions and decides which are statement dates; ``date_values`` says what
each means. The words (month and weekday names, "last week", "three days ago") are in
``data/date_words.json``; the patterns around them are here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from .date_values import RELATIVE, WORDS, fmt, fold, month_number, month_numbers, relative_phrases, resolve, weekdays
from .words import alternation, words

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"


def _alt(*keys: str, space: str = r"\s+") -> str:
    """One regex group for the phrases of the lists ``keys`` of the date words."""
    return alternation((w for key in keys for w in words(WORDS, key)), space=space)


@cache
def _month_rx() -> str:
    month_numbers()  # checks the spellings first
    return _alt("months", "month_abbreviations")


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Each kind of date mention and its pattern, in the order they claim text."""
    month, weekday = _month_rx(), _alt("weekdays")
    count = rf"(?:\d+|{_alt('ago_counts', 'ago_vague_counts', space=' ')})"
    part = _alt("month_parts", space=" ")
    return [
        ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b")),
        ("dmy", re.compile(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{month})(?:,?\s+(?P<y>{_YEAR}))?(?![\w])")),
        # "June 11-12": a night or a span of days is dated by its first day
        ("mdy", re.compile(rf"\b(?P<mon>{month})\s+(?P<d>{_DAY})(?:[-–]{_DAY})?(?:,?\s+(?P<y>{_YEAR}))?(?![\w-])")),
        ("numeric", re.compile(rf"\b(?P<d>[0-2]?\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>{_YEAR})\b")),
        (
            "part_month",
            re.compile(rf"\b(?P<part>{part})?\s*(?P<mon>{month})(?:,?\s+(?P<y>{_YEAR}))?(?![\w])", re.IGNORECASE),
        ),
        ("year", re.compile(rf"\b{_alt('year_after')}\s+(?:{_alt('year_parts')}\s*)?(?P<y>{_YEAR})\b")),
        # "the 1994 genocide", "the 2015 attacks": an event named by its year
        ("year", re.compile(rf"\b(?i:the)\s+(?P<y>{_YEAR})(?=\s+{_alt('year_events', space=' ')}\b)")),
        (
            "weekday",
            re.compile(
                rf"\b(?:(?P<last>{_alt('weekday_last', 'weekday_before', space=' ')})\s+)?(?P<wd>{weekday})"
                rf"(?:\s+(?P<tod>{_alt('weekday_times')}))?\b",
                re.IGNORECASE,
            ),
        ),
        ("relative", re.compile(rf"\b(?P<w>{_alt(*RELATIVE, space=' ')})\b", re.IGNORECASE)),
        (
            "ago",
            re.compile(
                rf"\b(?P<n>{count})\s+(?P<unit>days?|weeks?|months?|years?)\s+{_alt('ago_words')}\b", re.IGNORECASE
            ),
        ),
        ("holiday", _HOLIDAY),
    ]


# The holidays that date_values.HOLIDAYS dates.
_HOLIDAY = re.compile(
    r"\b(?P<h>Christmas Eve|Christmas Day|Boxing Day|New Year's Eve|New Year's Day|"
    r"New Year’s Eve|New Year’s Day|Valentine's Day|Valentine’s Day)(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
)
_STATEMENT_BEFORE = re.compile(
    r"(?:said|says|added|stated|announced|reported|told \w+|tweeted|confirmed|wrote|"
    r"statement issued|statement released|said in a statement|published|"
    r"post(?:ed)?(?: on [\w.]+)?)\s+(?:on|late on|early on|"
    r"in a statement on)?\s*$",
    re.IGNORECASE,
)


# "KABUL, March 14, 2024 — ...": the dateline dates the report, not the events in it.
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|--|-\s)")


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str | None
    precision: str | None
    statement: bool = False
    relative: bool = False


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# What a sentence must contain for each pattern to match in it: words the pattern cannot match without,
# looked for in the lower-cased sentence. Skipping a pattern that cannot match saves its scan and changes nothing.
_DIGIT = re.compile(r"[0-9]")
_UNIT_WORDS = ("day", "week", "month", "year")


@cache
def _hints() -> tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]:
    """How every month spelling starts (as cased), how every weekday ends, and the relative phrases."""
    month_starts = re.compile("|".join(re.escape(w[:3]) for w in words(WORDS, "months")))
    weekday_ends = tuple(sorted({day[-3:] for day in weekdays()}))
    return month_starts, weekday_ends, tuple(relative_phrases())


def _possible(text: str, start: int, end: int) -> dict[str, bool]:
    """Pattern kind -> whether it could match in ``text[start:end]`` (False: it cannot)."""
    seg = text[start:end]
    low = seg.lower() if seg.isascii() else fold(seg)
    month_starts, weekday_ends, relative = _hints()
    digit = _DIGIT.search(seg) is not None
    month = digit and month_starts.search(seg) is not None
    return {
        "iso": digit and "-" in seg,
        "dmy": month,
        "mdy": month,
        "numeric": digit and "/" in seg,
        "part_month": any(m in low for m in month_numbers()),
        "year": digit,
        "weekday": any(w in low for w in weekday_ends),
        "relative": any(w in low for w in relative),
        "ago": any(w in low for w in _UNIT_WORDS),
        "holiday": "Christmas" in seg or "New Year" in seg or "Boxing" in seg or "Valentine" in seg,
    }


@cache
def _after(key: str, flags: int = 0) -> tuple[re.Pattern[str], int]:
    """A pattern for 'one of the words of ``key`` and a space' ending a text, and how far back to look
    for it: the longest word, a space, and one character more so a word cut at the edge is not taken."""
    listed = words(WORDS, key)
    return re.compile(rf"\b{alternation(listed)}\s+$", flags), max(len(w) for w in listed) + 2


def _bare_month_is_date(text: str, start: int, m: re.Match[str]) -> bool:
    """A month name alone ("in August") is a date after a word like "in"; "May" alone only after "in"."""
    before, window = _after("bare_month_after", re.IGNORECASE)
    if not before.search(text[max(start, m.start() - window) : m.start()]):
        return False
    if m.group("mon") not in words(WORDS, "verb_months"):
        return True
    before, window = _after("verb_month_after")
    return before.search(text[max(start, m.start() - window) : m.start()]) is not None


def _unwanted(kind: str, m: re.Match[str], text: str, start: int) -> bool:
    if kind == "weekday":
        return m.group("wd")[0].islower()
    if kind != "part_month" or m.group("part") or m.group("y"):
        return False
    return not _bare_month_is_date(text, start, m)


_Found = tuple[int, int, str, re.Match[str]]


def _matches(text: str, start: int, end: int) -> list[_Found]:
    """Every date pattern's matches that no earlier pattern claimed, in text order (leading space trimmed)."""
    found: list[_Found] = []
    possible = _possible(text, start, end)
    for kind, rx in _patterns():
        if not possible.get(kind, True):
            continue
        for m in rx.finditer(text, start, end):
            if _unwanted(kind, m, text, start):
                continue
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _, _ in found):
                continue
            a = m.start() + len(m.group()) - len(m.group().lstrip())
            found.append((a, m.end(), kind, m))
    found.sort()
    return found


def _is_statement(text: str, start: int, f: _Found) -> bool:
    """A date right after a reporting verb, or a dateline's: it dates the report, not the events."""
    return bool(_STATEMENT_BEFORE.search(text, max(start, f[0] - 45), f[0]) or _DATELINE_AFTER.match(text, f[1]))


def mentions(text: str, start: int, end: int, ref: date | None) -> list[DateMention]:
    """Date mentions in ``text[start:end]``: statement dates first resolve, then the rest against them."""
    found = _matches(text, start, end)
    out: list[DateMention] = []
    base = ref
    statements = [f for f in found if _is_statement(text, start, f)]
    for a, b, kind, m in statements:
        value, precision, rel = resolve(kind, m, ref)
        out.append(DateMention(text[a:b], a, b, value, precision, statement=True, relative=rel))
        if precision == "day" and value:
            base = parse_iso(value) or base
    for a, b, kind, m in found:
        if (a, b, kind, m) in statements:
            continue
        value, precision, rel = resolve(kind, m, base)
        out.append(DateMention(text[a:b], a, b, value, precision, relative=rel))
    out.sort(key=lambda d: d.start)
    return out


@cache
def _dateline_rx() -> re.Pattern[str]:
    month = _month_rx()
    return re.compile(
        rf"(?P<mon>{month})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})|(?P<d2>{_DAY})\s+(?P<mon2>{month})\s+(?P<y2>{_YEAR})|"
        rf"(?P<iso>{_YEAR}-\d\d-\d\d)"
    )


def dateline(text: str) -> str | None:
    """The publication date of an article whose dateline or first lines carry a full date."""
    head = text[:400]
    for m in _dateline_rx().finditer(head):
        if m.group("iso"):
            return m.group("iso") if parse_iso(m.group("iso")) else None
        mon = m.group("mon") or m.group("mon2")
        day = m.group("d") or m.group("d2")
        year = m.group("y") or m.group("y2")
        value, _ = fmt(int(year), month_number(mon), int(re.sub(r"\D", "", day)))
        return value
    return None
