"""Dates as news writes them, resolved against a reference (publication or statement) date.

A date right after a reporting verb ("said on Nov. 1") dates the statement, not the event; it
becomes the base for relative dates in the same sentence ("16 days ago"). Without a reference
date, only dates that carry their own year resolve; the year is never guessed from today.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .numbers import parse_number

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_NUMW = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b")),
    ("dmy", re.compile(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?(?![\w])")),
    ("mdy", re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?(?![\w-])")),
    ("numeric", re.compile(rf"\b(?P<d>[0-2]?\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>{_YEAR})\b")),
    (
        "part_month",
        re.compile(
            rf"\b(?P<part>early|mid|late|end of|beginning of|the end of|the beginning of|mid-)?\s*"
            rf"(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?(?![\w])",
            re.IGNORECASE,
        ),
    ),
    ("year", re.compile(rf"\b(?:in|since|during|of|by)\s+(?:(?:early|late|mid-?)\s*)?(?P<y>{_YEAR})\b")),
    # "the 1994 genocide", "the 2015 attacks": an event named by its year
    (
        "year",
        re.compile(
            rf"\b(?i:the)\s+(?P<y>{_YEAR})(?=\s+(?:genocide|war|civil war|massacres?|attacks?|bombings?|"
            rf"uprising|revolution|conflict|coup|invasion|siege|offensive|insurgency|crisis|riots?|"
            rf"protests?|elections?|earthquake|floods?)\b)"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<last>last|this|on|early|late|on the night of|overnight)\s+)?(?P<wd>{_WEEKDAY})"
            rf"(?:\s+(?P<tod>morning|afternoon|evening|night))?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<w>yesterday|today|tonight|last night|this morning|this afternoon|this evening|"
            r"overnight|the day before yesterday|earlier today|earlier this week|last week|this week|"
            r"last month|this month|last year|this year|earlier this month|earlier this year)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ago",
        re.compile(
            rf"\b(?P<n>{_NUMW})\s+(?P<unit>days?|weeks?|months?|years?)\s+(?:ago|earlier|before)\b", re.IGNORECASE
        ),
    ),
    (
        "holiday",
        re.compile(
            r"\b(?P<h>Christmas Eve|Christmas Day|Boxing Day|New Year's Eve|New Year's Day|"
            r"New Year’s Eve|New Year’s Day|Valentine's Day|Valentine’s Day)(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
        ),
    ),
]
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
_STATEMENT_BEFORE = re.compile(
    r"(?:said|says|added|stated|announced|reported|told \w+|tweeted|confirmed|wrote|"
    r"statement issued|statement released|said in a statement|published)\s+(?:on|late on|early on|"
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


def _month(token: str) -> int:
    return _MONTHS[token.lower()[:3]]


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


def _fmt(y: int | None, m: int | None = None, d: int | None = None) -> tuple[str | None, str | None]:
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


def _resolve(kind: str, m: re.Match[str], ref: date | None) -> tuple[str | None, str | None, bool]:
    g = m.groupdict()
    if kind == "iso" or kind == "numeric":
        return (*_fmt(int(g["y"]), int(g["m"]), int(g["d"])), False)
    if kind in ("dmy", "mdy"):
        mon, day = _month(g["mon"]), int(re.sub(r"\D", "", g["d"]))
        year = int(g["y"]) if g.get("y") else _past_year(mon, day, ref)
        return (*_fmt(year, mon, day), not g.get("y"))
    if kind == "part_month":
        mon = _month(g["mon"])
        year = int(g["y"]) if g.get("y") else _past_year(mon, None, ref)
        return (*_fmt(year, mon), not g.get("y"))
    if kind == "year":
        return (*_fmt(int(g["y"])), False)
    if kind == "holiday":
        mon, day = _HOLIDAYS[g["h"].lower().replace("’", "'")]
        year = int(g["y"]) if g.get("y") else _past_year(mon, day, ref)
        return (*_fmt(year, mon, day), not g.get("y"))
    if ref is None:
        return None, None, True
    if kind == "weekday":
        target = _WEEKDAYS.index(g["wd"].lower())
        back = (ref.weekday() - target) % 7
        if (g.get("last") or "").lower() == "last" and back == 0:
            back = 7
        return (ref - timedelta(days=back)).isoformat(), "day", True
    if kind == "relative":
        w = g["w"].lower()
        if w in ("yesterday", "last night", "overnight"):
            return (ref - timedelta(days=1)).isoformat(), "day", True
        if w == "the day before yesterday":
            return (ref - timedelta(days=2)).isoformat(), "day", True
        if w in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today"):
            return ref.isoformat(), "day", True
        if w in ("last week",):
            return (ref - timedelta(days=7)).isoformat()[:7], "month", True
        if w in ("this week", "earlier this week", "this month", "earlier this month"):
            return ref.isoformat()[:7], "month", True
        if w == "last month":
            first = ref.replace(day=1) - timedelta(days=1)
            return first.isoformat()[:7], "month", True
        if w in ("last year",):
            return f"{ref.year - 1:04d}", "year", True
        return f"{ref.year:04d}", "year", True
    if kind == "ago":
        n = parse_number(g["n"]) if g["n"].lower() not in ("a few", "several") else 3
        unit = g["unit"].lower().rstrip("s")
        if n is None:
            return None, None, True
        if unit == "day":
            return (ref - timedelta(days=n)).isoformat(), "day", True
        if unit == "week":
            return (ref - timedelta(days=7 * n)).isoformat(), "day", True
        if unit == "month":
            y, mo = divmod(ref.year * 12 + ref.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}", "month", True
        return f"{ref.year - n:04d}", "year", True
    return None, None, False


# What a sentence must contain for each pattern to match in it: words the pattern cannot match without,
# looked for in the lower-cased sentence. Skipping a pattern that cannot match saves its scan and changes nothing.
_DIGIT = re.compile(r"[0-9]")
_MONTH_CASED = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")  # how every _MONTH starts
_RELATIVE_WORDS = ("day", "night", "morning", "afternoon", "evening", "week", "month", "year")
_UNIT_WORDS = ("day", "week", "month", "year")
# The characters outside ASCII that match an ASCII letter when case is ignored (every code point tried).
_ODD_CASE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_BARE_MONTH_AFTER = re.compile(r"\b(?:in|since|during|of|by|until|from|last|this|early|late)\s+$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+$")


def _possible(text: str, start: int, end: int) -> dict[str, bool]:
    """Pattern kind -> whether it could match in ``text[start:end]`` (False: it cannot)."""
    seg = text[start:end]
    low = (seg if seg.isascii() else seg.translate(_ODD_CASE)).lower()
    digit = _DIGIT.search(seg) is not None
    month = digit and _MONTH_CASED.search(seg) is not None
    return {
        "iso": digit and "-" in seg,
        "dmy": month,
        "mdy": month,
        "numeric": digit and "/" in seg,
        "part_month": any(m in low for m in _MONTHS),
        "year": digit,
        "weekday": "day" in low,
        "relative": any(w in low for w in _RELATIVE_WORDS),
        "ago": any(w in low for w in _UNIT_WORDS),
        "holiday": "Christmas" in seg or "New Year" in seg or "Boxing" in seg or "Valentine" in seg,
    }


def mentions(text: str, start: int, end: int, ref: date | None) -> list[DateMention]:
    """Date mentions in ``text[start:end]``: statement dates first resolve, then the rest against them."""
    found: list[tuple[int, int, str, re.Match[str]]] = []
    possible = _possible(text, start, end)
    for kind, rx in _PATTERNS:
        if not possible.get(kind, True):
            continue
        for m in rx.finditer(text, start, end):
            if kind == "part_month" and not m.group("part") and not m.group("y"):
                # A bare month name ("in August") is a date; "May" alone is too often a verb.
                if (
                    not _BARE_MONTH_AFTER.search(text[max(start, m.start() - 8) : m.start()])
                    or m.group("mon") == "May"
                    and not _IN_BEFORE.search(text[max(start, m.start() - 4) : m.start()])
                ):
                    continue
            if kind == "weekday" and m.group("wd")[0].islower():
                continue
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _, _ in found):
                continue
            a = m.start() + len(m.group()) - len(m.group().lstrip())
            found.append((a, m.end(), kind, m))
    found.sort()
    out: list[DateMention] = []
    base = ref
    statements = [
        f
        for f in found
        if _STATEMENT_BEFORE.search(text, max(start, f[0] - 45), f[0]) or _DATELINE_AFTER.match(text, f[1])
    ]
    for a, b, kind, m in statements:
        value, precision, rel = _resolve(kind, m, ref)
        out.append(DateMention(text[a:b], a, b, value, precision, statement=True, relative=rel))
        if precision == "day" and value:
            base = parse_iso(value) or base
    for a, b, kind, m in found:
        if (a, b, kind, m) in statements:
            continue
        value, precision, rel = _resolve(kind, m, base)
        out.append(DateMention(text[a:b], a, b, value, precision, relative=rel))
    out.sort(key=lambda d: d.start)
    return out


_DATELINE = re.compile(
    rf"(?P<mon>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})|(?P<d2>{_DAY})\s+(?P<mon2>{_MONTH})\s+(?P<y2>{_YEAR})|"
    rf"(?P<iso>{_YEAR}-\d\d-\d\d)"
)


def dateline(text: str) -> str | None:
    """The publication date of an article whose dateline or first lines carry a full date."""
    head = text[:400]
    for m in _DATELINE.finditer(head):
        if m.group("iso"):
            return m.group("iso") if parse_iso(m.group("iso")) else None
        mon = m.group("mon") or m.group("mon2")
        day = m.group("d") or m.group("d2")
        year = m.group("y") or m.group("y2")
        value, _ = _fmt(int(year), _month(mon), int(re.sub(r"\D", "", day)))
        return value
    return None
