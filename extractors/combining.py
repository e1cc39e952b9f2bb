"""What one incident keeps of two reports of it: the category, the richer report's fields, the counts, the scene.

``incidents`` decides that two reports tell one incident; ``absorb`` folds the later into the kept ``Draft``
and sets on it ``category``, ``echoes``, ``mentions``, ``extractors``, ``hedge``, the fields the richer
report gives (``actor1``/``actor2``, ``place``, ``when``, ``quantity``, ...) and ``killed``/``injured``.
"""

from __future__ import annotations

from dataclasses import replace

from . import factuality, merging
from .draft import Draft


def richness(d: Draft) -> tuple[int, ...]:
    return (
        sum(x is not None for x in (d.actor1, d.actor2, d.place, d.when, d.quantity)) - len(d.inferred),
        (d.actor1.specific if d.actor1 else 0) + (d.actor2.specific if d.actor2 else 0),
        -(d.place.precision if d.place else 4),
    )


# Fields the richer of two reports of one incident gives; the other only fills what it lacks.
_RICHER_FIELDS = (
    "category",
    "sentence",
    "trigger",
    "cues",
    "rule",
    "actor1",
    "actor2",
    "quantity",
    "place",
    "when",
    "extra_places",
)


def absorb(
    keep: Draft, other: Draft, background: bool = False, additive: bool = False, why: str = "", text: str = ""
) -> None:
    """Fold ``other`` into ``keep``; ``additive``: a later sentence tells of more victims ("a second
    woman was also stabbed"), whose figures add to the first rather than restate them. The report that
    does not anchor the incident becomes one of its echoes (a mention record), marked with ``why``."""
    richer = not background and richness(other) > richness(keep)
    kind = keep.category if background else merging.kind_after(keep.category, other.category, richer)
    keep.mentions += other.mentions
    keep.extractors |= other.extractors
    if other.hedge is None and not background and other.slot_incident and other.factuality == factuality.ACTUAL:
        keep.hedge = None  # told plainly elsewhere in the report
    echo = keep.trigger if richer else other.trigger
    keep.echoes += [replace(echo, rule=f"{echo.rule}>fold:{why}" if why else echo.rule), *other.echoes]
    own_scene(keep, other, text)
    if richer:
        own = {attr: getattr(keep, attr) for attr in ("place", "when") if attr not in keep.inferred}
        for attr in _RICHER_FIELDS:
            mine, theirs = getattr(keep, attr), getattr(other, attr)
            setattr(keep, attr, theirs if theirs is not None else mine)
        keep.inferred = set(other.inferred)
        for attr, value in own.items():
            if attr in other.inferred and value is not None:
                # a place or day the richer report only borrowed from its neighbours never replaces one told
                setattr(keep, attr, value)
                keep.inferred.discard(attr)
    else:
        _fill_gaps(keep, other)
    # Another source's toll for the incident ("other-figure") leaves the first told standing.
    _merge_counts(keep, other, additive, ("injured",) if "other-figure" in why else ("killed", "injured"))
    keep.category = kind


def own_scene(keep: Draft, other: Draft, text: str, days: bool = True) -> None:
    """An incident known so far by reports naming no place or day of their own (or only a dateline's, or only
    the country) takes those of a report that names them: a later report is then weighed against them ("in
    Zorba" after a headline naming no town)."""
    mine, theirs = merging.own_place(keep, text), merging.own_place(other, text)
    if theirs is not None and (mine is None or mine.is_country and not theirs.is_country):
        keep.place = other.place
        keep.inferred.discard("place")
    if days and merging.own_day(other, text) is not None and merging.own_day(keep, text) is None:
        keep.when = other.when
        keep.inferred.discard("when")


def _fill_gaps(keep: Draft, other: Draft) -> None:
    for attr in ("actor1", "actor2", "quantity", "place", "when"):
        if getattr(keep, attr) is None:
            setattr(keep, attr, getattr(other, attr))
    if (
        "responsibility" in other.evidence
        and other.actor1 is not None
        and (keep.actor1 is None or keep.actor1.specific < other.actor1.specific)
    ):
        # "Assailants raided X. ... Police blamed the Taliban.": the claim names them.
        if keep.actor1 is not None and keep.actor2 is None and keep.actor1.actor.name != other.actor1.actor.name:
            keep.actor2 = keep.actor1 if keep.actor1.specific else None
        keep.actor1 = other.actor1
        keep.evidence.append("responsibility")


def _merge_counts(keep: Draft, other: Draft, additive: bool, attrs: tuple[str, ...]) -> None:
    for attr in attrs:
        a, b = getattr(keep, attr), getattr(other, attr)
        if b is not None and a is not None and b and additive and not other.update:
            setattr(keep, attr, a + b)
        elif b is not None and (a is None or b > a or other.update):
            setattr(keep, attr, b)
