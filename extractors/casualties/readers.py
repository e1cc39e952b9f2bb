"""The readers of casualty counts: each finds one way news writes a figure and adds it to the tally.

``counts`` runs them in the order of ``READERS``; a reader's match that overlaps what an earlier one
read gives no count, so a more specific phrasing goes first.
"""

from __future__ import annotations

import re

from ..numbers import parse_number
from .patterns import (
    A_PERSON,
    ACTIVE,
    ALONG_WITH,
    BARE_TOLL,
    CAS_WORD,
    CODED,
    DEATH_WORD,
    DIED_OF_HURT,
    HURT_VERB,
    KILLED_NAMED,
    MORE,
    NATURAL_DEATH,
    NOMINAL,
    NOT_PEOPLE,
    OF_WHOM,
    ONE_HURT,
    ONE_PERSON,
    PART_OF,
    PARTICIPLES,
    POSS_PERSON,
    SOURCE_AFTER,
    TOLL,
    TOTAL,
    ZERO,
)
from .subject import subject_count
from .tally import INJURED, KILLED, Count, Tally


def _kind(m: re.Match[str]) -> str:
    return KILLED if m.group("k") else INJURED


def zeros(t: Tally) -> None:
    """ "No casualties", "no one was hurt": zero figures, kept even where they overlap."""
    for m in ZERO.finditer(t.text, t.start, t.end):
        kinds = (KILLED, INJURED) if m.group("both") else (KILLED,) if m.group("k") else (INJURED,)
        for k in kinds:
            t.out.append(Count(k, 0, m.start(), m.end()))
        t.taken.append((m.start(), m.end()))


def died_of_hurt(t: Tally) -> None:
    if DEATH_WORD.search(t.text, t.start, t.end):  # the pattern is costly to try everywhere
        for m in DIED_OF_HURT.finditer(t.text, t.start, t.end):
            t.add(KILLED, parse_number(m.group("n")), m.start(), m.end())


def nominal(t: Tally) -> None:
    for m in NOMINAL.finditer(t.text, t.start, t.end):
        t.add(_kind(m), parse_number(m.group("n")), m.start(), m.end())


def killed_named(t: Tally) -> None:
    for m in KILLED_NAMED.finditer(t.text, t.start, t.end):
        t.add(KILLED, 1, m.start(), m.end())


def coded(t: Tally) -> None:
    for m in CODED.finditer(t.text, t.start, t.end):
        t.add(KILLED, parse_number(m.group("n")), m.start(), m.end(), update=True)


def bare_toll(t: Tally) -> None:
    if bare := BARE_TOLL.fullmatch(t.text, t.start, t.end):
        t.add(KILLED, parse_number(bare.group("n")), bare.start("n"), bare.end(), update=True)


def toll(t: Tally) -> None:
    for m in TOLL.finditer(t.text, t.start, t.end):
        t.add(KILLED, parse_number(m.group("n")), m.start(), m.end(), update=True)


def totals(t: Tally) -> None:
    for m in TOTAL.finditer(t.text, t.start, t.end):
        t.add(_kind(m), parse_number(m.group("n")), m.start(), m.end("n"), update=True)
        if m.group("n2"):
            t.add(INJURED, parse_number(m.group("n2")), m.start("n2"), m.end(), update=True)
        t.taken.append((m.start(), m.end()))


def one_hurt(t: Tally) -> None:
    if HURT_VERB.search(t.text, t.start, t.end):
        for m in ONE_HURT.finditer(t.text, t.start, t.end):
            t.add(INJURED, 1, m.start(), m.end())


def active(t: Tally) -> None:
    """The object of an active verb: "killing 2 and wounding 5", "killing two soldiers and three civilians"."""
    for m in ACTIVE.finditer(t.text, t.start, t.end):
        if m.group("k") and m.group("k").lower() == "left":
            continue  # "left 5 dead": the adjective after it decides, in ``passive``
        n_end = m.end("n")
        if NOT_PEOPLE.match(t.text[n_end : min(t.end, n_end + 30)]):
            continue
        n = m.group("n")
        value = 1 if n.lower().startswith(("his", "her", "another")) else parse_number(n)
        if value == 1 and n.lower() in ("a", "an") and not A_PERSON.match(t.text, m.start("n"), t.end):
            continue
        total, n_end = _and_more(t, value, n_end)
        t.add(_kind(m), total, m.start(), n_end)


def _and_more(t: Tally, total: int | None, n_end: int) -> tuple[int | None, int]:
    """Add the coordinated numbers after the first object, and where the last one ends."""
    text, end = t.text, t.end
    while more := MORE.match(text, n_end, end):
        extra = parse_number(more.group("n"))
        if extra is None and POSS_PERSON.match(text, more.start("n"), end):
            extra = 1  # "killing three tourists and their driver"
        if extra is None or NOT_PEOPLE.match(text, more.end(), end):
            break
        if (
            more.group("n").lower() in ("a", "an", "one")
            and not A_PERSON.match(text, more.start("n"), end)
            or SOURCE_AFTER.match(text, more.end(), end)
        ):
            break  # ", a military officer said" names the source, not a victim
        total = (total or 0) + extra
        n_end = more.end()
    return total, n_end


def passive(t: Tally) -> None:
    """The noun phrase before a casualty word: "one civilian and six assailants were killed"."""
    text = t.text
    for m in CAS_WORD.finditer(text, t.start, t.end):
        kind = _kind(m)
        if kind == KILLED and NATURAL_DEATH.match(text, m.start()):
            continue
        # "The bomb killed 11 people and a further 40 were hurt": the second noun phrase
        # starts after what an earlier count already read.
        floor = t.floor(m.start())
        if OF_WHOM.search(text, floor, m.start()) and PART_OF.search(text, floor, m.start()):
            continue
        value, a = subject_count(text, floor, m.start())
        if (
            value is None
            and ONE_PERSON.search(text, max(t.start, m.start() - 80), m.start())
            and m.group().lower() in PARTICIPLES
        ):
            value, a = 1, m.start()  # "Okafor, a contractor, was killed": one named or singular victim
        if value is not None:
            t.add(kind, value, a, m.end())


def along_with(t: Tally) -> None:
    for m in ALONG_WITH.finditer(t.text, t.start, t.end):
        if not NOT_PEOPLE.match(t.text, m.end("n"), t.end):
            t.add(_kind(m), parse_number(m.group("n")), m.start("n"), m.end("n"))


READERS = (
    zeros,
    died_of_hurt,
    nominal,
    killed_named,
    coded,
    bare_toll,
    toll,
    totals,
    one_hurt,
    active,
    passive,
    along_with,
)
