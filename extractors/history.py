"""Stage 4, history: dates of events, and the events a report recalls from the past rather than reports.

Sets on each ``Draft``: ``when`` (the date mention closest to the trigger, in ``triggers``); drops the
drafts dated two or more years back or told as a span of years. The English words it reads are in
``data/history_words.json`` (and the clause breaks in ``data/clause_words.json``).
"""

from __future__ import annotations

import re
from datetime import date

from .dates import DateMention
from .draft import Draft, SentenceInfo
from .rules import Candidate
from .words import choices, words

_FILE = "history_words.json"
_CLAUSES = "clause_words.json"


def _any(key: str) -> str:
    """The list ``key`` of ``data/history_words.json`` as regex alternatives, in the order written."""
    return choices(_FILE, key)


def drop_history(drafts: list[Draft], infos: dict[int, SentenceInfo], ref: date | None) -> list[Draft]:
    """ "more than 800,000 were killed during the 1994 genocide": history a report recalls, not its news."""
    return [d for d in drafts if not historical(d, infos[d.sentence], ref)]


def historical(d: Draft, si: SentenceInfo, ref: date | None) -> bool:
    """History a report recalls rather than its news: an incident dated two or more years before the report
    in its own clause (see ``dated_back``), or named by such a year ("the 2015 attacks", "killed during the
    1994 genocide"), or a span of years with no day in it ("has fought for more than 15 years", "since 2016")."""
    if ref is None:
        return False
    own = [x for x in si.dates if not x.statement and x.value]
    if dated_back(si, ref, d.trigger.start, d.trigger.end):
        return True  # "Talks began in late 2022", "In March 2022, troops killed 400 people in Bucha"
    old = [x for x in own if x.precision in ("year", "month") and not x.relative and _year(x) <= ref.year - 2]
    if _named_by_year(d, si, old):
        return True
    if any(x.precision == "day" for x in own):
        return False  # "... gathered on Friday": today's news, whatever it recalls
    if RECALL.search(si.span.text, 0, d.trigger.start - si.span.start):
        return True  # "The last time the two ministers met, at a summit last year, ..."
    return _span_of_years(d, si, old, own)


def _named_by_year(d: Draft, si: SentenceInfo, old: list[DateMention]) -> bool:
    """The trigger is an old event named by its year: "the 2015 attacks", "killed during the 1994 genocide"."""
    named = [x for x in old if x.text.lower().startswith("the ")]
    text = si.span.text
    base = si.span.start
    return len(d.cues) == 1 and any(
        -1 <= d.trigger.start - x.end <= 1
        or x.start > d.trigger.end
        and DURING.fullmatch(text, d.trigger.end - base, x.start - base)
        for x in named
    )


def _span_of_years(d: Draft, si: SentenceInfo, old: list[DateMention], own: list[DateMention]) -> bool:
    """Every date of the sentence is an old "since ..." and the trigger is told in the perfect over it."""
    text = si.span.text
    base = si.span.start
    since = [
        x
        for x in old
        if x.text.lower().startswith("since")
        or text[max(0, x.start - base - 6) : x.start - base].lower().strip() == "since"
    ]
    if len(since) != len(own):
        return False
    # ... told of the trigger itself, in the perfect ("has fought since 2016", "has been the scene of
    # fighting since 2022"), not as a yardstick ("the deadliest attack since 2019") or of something else
    # ("marched ..., saying they had been ignored for decades").
    t0, t1 = d.trigger.start - base, d.trigger.end - base
    perfect = any(t0 - 40 <= m.end() and m.start() <= t1 for m in PERFECT.finditer(text))
    spans = [(x.start - base, x.end - base) for x in since] + [m.span() for m in SPAN_OF_YEARS.finditer(text)]
    return perfect and any(0 <= a - t1 <= 40 and not re.search(r"[,;]", text[t1:a]) for a, _ in spans)


def dated_back(si: SentenceInfo, ref: date | None, start: int, end: int) -> bool:
    """The trigger at ``start:end`` is dated two or more years before the report, by a year or a month
    in its own clause ("Talks began in late 2022", "launched an offensive in August 2022"), and the
    sentence gives no later date. A day ("On 1 May 2018, ...") is taken as news told with a slip."""
    if ref is None:
        return False
    own = [x for x in si.dates if not x.statement and x.value]
    # "last year" counted from a statement made in the first days of a year still lies within two years
    if not own or any(x.precision == "day" or _year(x) > ref.year - (3 if x.relative else 2) for x in own):
        return False
    x = min(own, key=lambda x: min(abs(x.start - end), abs(start - x.end)))
    text, base = si.span.text, si.span.start
    between = text[end - base : x.start - base] if x.start >= end else text[x.end - base : start - base]
    if x.end <= start and WHEN.match(between) or x.start >= end and WHEN_AFTER.fullmatch(between):
        # "the worst attack was in 2022, when 53 people were killed in a bombing", "restarted the talks when
        # he came to power in 2016": the year dates the clause its "when" joins
        return True
    # "suspected of bombing a church in 2019", "since the faction broke away in 2012": another clause's date
    return not CLAUSE_BREAK.search(between if x.start >= end else between.lstrip(", "))


# Words that end the clause a date belongs to; any "-ing" word opens a clause of its own ("saying they had ...").
CLAUSE_BREAK = re.compile(rf"[,;:()]|\b(?:{choices(_CLAUSES, 'clause_breaks')}|\w+ing)\b", re.IGNORECASE)


# A clause that a year before it dates: "[in 2022] when 53 people were killed in the bombing".
WHEN = re.compile(rf"\s*,?\s*(?:{_any('dated_clause_openers')})\b[^;:]*$", re.IGNORECASE)


WHEN_AFTER = re.compile(rf"[^,;:()]*\b(?:{_any('dated_clause_openers')})\b[^,;:()]*", re.IGNORECASE)


# "has fought", "had been attacked", "has been the scene of": a trigger told in the perfect.
PERFECT = re.compile(
    rf"\b(?:{_any('perfect_auxiliaries')})\s+(?:been\s+)?(?:\w+ly\s+)?\w+(?:{_any('participle_endings')})\b|"
    rf"\b(?:{_any('perfect_auxiliaries')}) been\b",
    re.IGNORECASE,
)


RECALL = re.compile(rf"\b(?:{_any('recall_openers')})\b", re.IGNORECASE)
DURING = re.compile(rf"\s+(?:{_any('during_words')})\s+", re.IGNORECASE)  # "were killed during [the 1994 genocide]"


# "has fought for more than 15 years", "since 2009", "over the past decade": a long stretch, not one event.
_QUALIFIERS = "|".join(f"{w} " for w in words(_FILE, "span_qualifiers"))  # each with the space after it
SPAN_OF_YEARS = re.compile(
    rf"\b(?:{_any('span_prepositions')}) (?:{_QUALIFIERS})?"
    rf"(?:\d+|{_any('span_counts')})?\s?(?:{_any('span_units')})\b|"
    r"\bsince (?:(?:early |late |mid-)?(?:19|20)\d\d|the (?:19|20)\d\ds)\b",
    re.IGNORECASE,
)


def nearest_date(si: SentenceInfo, c: Candidate) -> DateMention | None:
    """The date nearest the trigger, but not one after it in a relative clause of another act ("signed the deal
    after talks that started on 4 January": the talks started then)."""
    own = [d for d in si.dates if not d.statement and d.value and not _relative_after(si, c, d)]
    if not own:
        return None
    return min(own, key=lambda d: abs(d.start - c.start))


# "... negotiations that started on", "a crisis which broke out in": a relative clause with a past verb of its own.
_RELATIVE = re.compile(
    rf"\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ed|{choices('period_words.json', 'irregular_past')})\b",
    re.IGNORECASE,
)


def _relative_after(si: SentenceInfo, c: Candidate, d: DateMention) -> bool:
    base = si.span.start
    return d.start >= c.end and bool(_RELATIVE.search(si.span.text, c.end - base, d.start - base))


def _year(x: DateMention) -> int:
    """The year of a dated mention (callers keep only mentions with a value)."""
    return int(x.value[:4]) if x.value else 0
