"""Counts summed over a period rather than reported of one incident.

"Last year, 30 soldiers were killed in rebel attacks", "more than 200 people have died since the
clashes began", "a 1990-1995 war that killed 300,000 people", "a bombing campaign ..., killing nearly
9,000": each is a total over weeks or years, background to the news, and must never land on an
incident. A count is such a total when its clause (see ``scope``) has:

- a period span ("so far", "since the start of the year", "in the past two weeks", "1990-1995");
- or a calendar period ("last year") and victims of plural incidents ("in rebel attacks");
- or a war or campaign said to have killed, before the count;

and, for the last two, no single day ("on Monday") to date one incident. The English words are in
``data/period_words.json``; ``background`` reads the same clauses to drop drafts told as background.
"""

from __future__ import annotations

import re

from ..words import choices

_FILE = "period_words.json"


def _any(key: str) -> str:
    return choices(_FILE, key)


def _words(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_any(key)})(?![\w-])", re.IGNORECASE)


PERIOD = _words("period_spans")
CALENDAR = _words("calendar_periods")
DAY = _words("day_words")
YARDSTICK = re.compile(rf"(?<![\w-])(?:{_any('yardsticks')})\b[^,;]{{0,40}}$", re.IGNORECASE)
PLURAL = re.compile(
    rf"\b(?:in|during) (?!the\b|an?\b)(?:[\w-]+ ){{0,2}}?(?:{_any('plural_incidents')})(?![\w-])", re.IGNORECASE
)
# The war or campaign a count is told of: "a war that killed", "the insurgency has killed", "a campaign in
# Kandor, killing" (``text[:a]`` ends with it; a war named elsewhere, "uprising members", is no killer).
KILLER = re.compile(
    rf"(?<![\w-])(?:{_any('aggregate_killers')})(?:\s+(?:in|against|on|of|with|between|by|across)\b[^,;]{{0,60}}?)?"
    r"(?:\s*,\s*|\s+(?:that|which)\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?|\s+(?:has|have|had)\s+(?:\w+ly\s+)?)$",
    re.IGNORECASE,
)
# What ends a clause: punctuation, or a dash between words.
BREAK = re.compile(r"[,;:()\[\]\u2014\"“”]|\s[-\u2013]\s")
LEAD = re.compile(r"\s*((?:[\w'’-]+\s+){0,4}[\w'’-]+),")
PARTICIPLE = re.compile(r"[a-z]+ing\b")


def clause(text: str, lo: int, hi: int, a: int, b: int) -> tuple[int, int]:
    """The clause of sentence ``text[lo:hi]`` around ``text[a:b]``: from the last break before it to the next after."""
    left = max((m.end() for m in BREAK.finditer(text, lo, a)), default=lo)
    m = BREAK.search(text, b, hi)
    return left, m.start() if m else hi


def scope(text: str, lo: int, hi: int, a: int, b: int) -> list[tuple[int, int]]:
    """The stretches of the sentence that qualify the words at ``a:b``: their clause; a short opening phrase
    ("Last year, ...", "So far this year, ..."); and for a clause opened by a participle ("..., killing 9,000",
    "..., leading to the deaths of 44") the clause it hangs on."""
    left, right = clause(text, lo, hi, a, b)
    out = [(left, right)]
    lead = LEAD.match(text, lo, hi)
    if lead and lead.end() <= left:
        out.append((lead.start(1), lead.end(1)))
    opening = left + len(text[left:a]) - len(text[left:a].lstrip())
    if left > lo and PARTICIPLE.match(text, opening, hi):
        # "..., killing 9,000", "..., leading to the deaths of 44": the count belongs to the clause before.
        out.append(clause(text, lo, hi, left - 1, left - 1))
    return out


def is_period(text: str, a: int, b: int, exclude: tuple[int, int] | None = None) -> bool:
    """``text[a:b]`` has a period span, not used as a yardstick ("the deadliest since 2019") and not
    containing ``exclude`` (the words the period is asked about)."""
    for m in PERIOD.finditer(text, a, b):
        if exclude and m.start() <= exclude[0] and exclude[1] <= m.end():
            continue
        if m.group().lower().startswith("since") and YARDSTICK.search(text, a, m.start()):
            continue
        return True
    return False


def period_total(text: str, lo: int, hi: int, a: int, b: int) -> bool:
    """The count read from ``text[a:b]`` in sentence ``text[lo:hi]`` is a total over a period."""
    stretches = scope(text, lo, hi, a, b)
    if any(is_period(text, x, y) for x, y in stretches):
        return True
    if any(DAY.search(text, x, y) for x, y in stretches):
        return False
    if any(CALENDAR.search(text, x, y) for x, y in stretches) and any(PLURAL.search(text, x, y) for x, y in stretches):
        return True
    return any(KILLER.search(text, x, a) for x, y in stretches if x < a <= y + 2)
