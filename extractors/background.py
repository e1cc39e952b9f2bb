"""Stage 4b, background: the drafts a report tells as background to its news rather than as an incident.

Sets nothing on a ``Draft``; drops the drafts told as

- a total over a period: the trigger's clause is qualified by a period ("Last year, 30 soldiers were
  killed in rebel attacks", "has launched four operations in the past eight months", "a 1990-1995 war"),
  or a casualty word's draft whose sentence gives only such totals ("the number of police slain this
  year rose to 12");
- many events or a long stretch: "a spate of looting", "a months-long rampage", "a surge in violence";
- a state of affairs over a vague stretch of land: "has seized control of large parts of the north";
- words said in a clause giving another act's cause or time: "sent troops after villagers complained".

A clause that names one day ("on Monday", "overnight") is news, not background. The toll of such a
sentence never lands on an incident either: ``casualties.period`` marks it as a total. The English words
are in ``data/period_words.json``.
"""

from __future__ import annotations

import re

from .casualties.patterns import CAS_WORD
from .casualties.period import CALENDAR, DAY, PLURAL, clause, is_period, scope
from .draft import Draft, SentenceInfo, family
from .words import choices, words

_FILE = "period_words.json"


def _any(key: str) -> str:
    return choices(_FILE, key)


# "a spate of [violent looting]", "a months-long [rampage]": the event word a few words after it.
AGGREGATE = re.compile(
    rf"(?<![\w-])(?:{_any('aggregate_nouns')})\s+(?:[\w'’-]+\s+){{0,3}}?(?:[\w'’-]+\s+and\s+(?:[\w'’-]+\s+)?)?$",
    re.IGNORECASE,
)
# "unrest continued [across the country]", "[across] Kandor": an event spread over a whole country.
WIDE = re.compile(
    rf"\s*(?:[\w'’-]+\s+){{0,2}}?(?:(?P<wide>{_any('country_wide')})|(?:{_any('country_wide_openers')})\s+(?:the\s+)?)",
    re.IGNORECASE,
)
# "It engages in [bombings]", "is under [attack]": what a group does or suffers as a rule.
HABITUAL = re.compile(rf"(?<![\w-])(?:{_any('habitual_verbs')})\s+(?:[\w'’-]+\s+){{0,2}}?$", re.IGNORECASE)
# "from where they launch [attacks]", "groups that [threaten] their neighbours": a habit in the present simple.
GENERIC = re.compile(
    rf"(?<![\w-])(?:{_any('generic_subjects')})\s+(?:(?:{_any('generic_adverbs')})\s+)?"
    rf"(?P<light>(?:{_any('generic_light_verbs')})\s+(?:[\w'’-]+\s+){{0,2}}?)?$",
    re.IGNORECASE,
)
# The trigger right after such a subject is a verb in the past ("they shot"), a participle or a plural noun
# ("reports that clashes erupted"): not a present.
NOT_PRESENT = re.compile(rf"[\w'’-]*(?:ed|ing|[^s]s)|{_any('irregular_past')}", re.IGNORECASE)
# "The truce, [mediated] by Zorbania, has held": how a deal came about, told in a participle after it.
DEAL_BEFORE = re.compile(rf"(?<![\w-])(?:{_any('deal_nouns')})s?,?\s+$", re.IGNORECASE)
PARTICIPLE = re.compile(r"[\w-]+ed", re.IGNORECASE)
# "The army sent troops after villagers [complained]": words said, told in a clause giving another act's cause
# or time, are background to that act.
REASON_KINDS = frozenset(words(_FILE, "reason_kinds"))
REASON = re.compile(rf"\b(?:{_any('reason_openers')})\s+(?:[\w'’.-]+\s+){{1,4}}$", re.IGNORECASE)
# "demonstrations [demanding] a return to civilian rule": what a protest asks, told in a participle after it,
# is the protest's aim, not a request of its own.
AIM_BEFORE = re.compile(rf"(?<![\w-])(?:{choices('genre_words.json', 'protest_acts')})\s+$", re.IGNORECASE)
GERUND = re.compile(r"[\w-]+ing", re.IGNORECASE)
# "[seized control] of large parts of the north": a vague stretch of land right after the event word ...
EXTENT = re.compile(rf"\s*(?:[\w'’-]+\s+){{0,2}}?(?:{_any('vague_extents')})(?![\w-])", re.IGNORECASE)
# ... told in the perfect, a state reached rather than a day's events ("has seized", "have overrun").
PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|now\s+|since\s+|already\s+)?(?:been\s+)?$", re.IGNORECASE)


def drop_background(drafts: list[Draft], infos: dict[int, SentenceInfo]) -> list[Draft]:
    """The drafts that are not background (see the module's docstring)."""
    return [d for d in drafts if background(d, infos[d.sentence]) is None]


# The families whose events a toll or a run of events can stand for; a recruitment "over the past month"
# or talks "to end a 23-month war" are told as one event whatever the period.
FAMILIES = frozenset({"violence", "protest", "arrest"})


def background(d: Draft, si: SentenceInfo) -> str | None:
    """Why the draft is background ("period", "toll", "aggregate", "habitual", "extent", "described", "aim"), or None
    for news."""
    text, base = si.span.text, si.span.start
    a, b = d.trigger.start - base, d.trigger.end - base
    if not 0 <= a <= b <= len(text):
        return None
    told = _told_aside(d, si, a, b)
    if told or not d.slot_incident:
        return told
    if family(d.category) not in FAMILIES:
        return None
    stretches = scope(text, 0, len(text), a, b)
    if _one_day(si, stretches, b):
        return None  # "On Monday, ...": one day's news, whatever it sums up
    if any(is_period(text, x, y, exclude=(a, b)) for x, y in stretches):
        return "period"
    if any(CALENDAR.search(text, x, y) for x, y in stretches) and any(PLURAL.search(text, x, y) for x, y in stretches):
        return "period"
    if d.casualty_only and _only_totals(si):
        return "toll"
    return _told_as_many(si, a, b)


def _told_aside(d: Draft, si: SentenceInfo, a: int, b: int) -> str | None:
    """Background of any kind of event, a statement too: a habit ("groups that threaten their neighbours"),
    how a deal came about ("The truce, brokered by Zorbania, has held"); and of a statement, a protest's aim
    ("demonstrations demanding a return to civilian rule"), the cause of another act ("sent troops after
    villagers complained") or a run of them ("drew widespread condemnation")."""
    text = si.span.text
    if _generic(si, a, b):
        return "habitual"
    if not si.dates and DEAL_BEFORE.search(text, 0, a) and PARTICIPLE.fullmatch(text, a, b):
        return "described"
    if d.slot_incident:
        return None
    if AIM_BEFORE.search(text, 0, a) and GERUND.match(text, a, b):
        return "aim"
    if d.category in REASON_KINDS and REASON.search(text, clause(text, 0, len(text), a, b)[0], a):
        return "reason"  # "sent troops after villagers complained", "hours after Kandor accused Zorbania"
    left, _ = clause(text, 0, len(text), a, b)
    return "aggregate" if not si.dates and AGGREGATE.search(text, left, a) else None


def _one_day(si: SentenceInfo, stretches: list[tuple[int, int]], b: int) -> bool:
    """A day dates the trigger: a day's date before it in the sentence or in its clauses, or a day word there."""
    text, base = si.span.text, si.span.start
    days = [x.start - base for x in si.dates if x.precision == "day" and not x.statement]
    if any(x < b or any(p <= x < q for p, q in stretches) for x in days):
        return True
    return any(DAY.search(text, p, q) for p, q in stretches)


def _told_as_many(si: SentenceInfo, a: int, b: int) -> str | None:
    """The trigger at ``a:b`` of the sentence is told as many events, a habit or a state over a wide area."""
    text = si.span.text
    left, right = clause(text, 0, len(text), a, b)
    if AGGREGATE.search(text, left, a):
        return "aggregate"
    if HABITUAL.search(text, left, a) and not si.dates:
        return "habitual"
    if EXTENT.match(text, b, right) and PERFECT.search(text, left, a) or _country_wide(si, b, right):
        return "extent"
    return None


def _generic(si: SentenceInfo, a: int, b: int) -> bool:
    """The trigger at ``a:b`` tells what a group does as a rule: a present simple after "they", "who" or a
    plural noun and "that", in a sentence with no date ("from where they launch attacks on villagers")."""
    text = si.span.text
    if si.dates:
        return False
    left, _ = clause(text, 0, len(text), a, b)
    m = GENERIC.search(text, left, a)
    if m is None:
        return False
    words = text[a:b].split()
    return bool(m.group("light")) or bool(words) and not NOT_PRESENT.fullmatch(words[0])


def _only_totals(si: SentenceInfo) -> bool:
    """The sentence's casualty figures are all totals over a period: a count marked as one, or a clause
    with a casualty word and a period ("the number of police slain this year rose to 12")."""
    if any(c.value and not c.period for c in si.counts):
        return False
    if any(c.period for c in si.counts):
        return True
    text = si.span.text
    for m in CAS_WORD.finditer(text):
        if any(is_period(text, x, y) for x, y in scope(text, 0, len(text), m.start(), m.end())):
            return True
    return False


def _country_wide(si: SentenceInfo, b: int, right: int) -> bool:
    """Right after the trigger ending at ``b``, in its clause: "across the country", or "across" a country."""
    wide = WIDE.match(si.span.text, b, right)
    if wide is None:
        return False
    at = si.span.start + wide.end()
    return bool(wide.group("wide")) or any(x.kind == "country" and x.start == at for x in si.atoms)
