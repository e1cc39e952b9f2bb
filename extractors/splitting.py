"""Two incidents in one sentence: "killed in Zorba, while in Kandor police fired tear gas".

The trigger stage drafts one incident a sentence; ``split_places`` (called by the incidents stage) gives a
second draft to a clause that a coordinator opens ("while in", "and another ... in", "; in") and that names a
place of its own, neither the first clause's nor one enclosing or enclosed by it. The second draft keeps the
first's category, takes the clause's casualty figures and its first trigger, and its ``rule`` says why
(``new:two-places``). The English words are in ``data/incident_words.json``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import casualties
from .draft import INCIDENT, Draft, SentenceInfo
from .event import Span
from .merging import in_dateline
from .places import PlaceMention
from .rules import Candidate, sentence_candidates
from .words import choices

# "..., while in Kandor police ...", "... and another during a raid on Kandor": a clause that may tell another
# incident at another place.
SPLIT = re.compile(rf"(?:[,;]\s*|\s+)(?:{choices('incident_words.json', 'place_splits')})\b", re.IGNORECASE)

# How far after the coordinator the clause's place may stand.
_REACH = 90


def split_places(text: str, drafts: list[Draft], infos: dict[int, SentenceInfo]) -> list[Draft]:
    """``drafts`` with a second draft after each that a sentence's second clause at another place tells."""
    out: list[Draft] = []
    for d in drafts:
        out.append(d)
        twin = _second(text, d, infos[d.sentence]) if d.slot_incident and d.place is not None else None
        if twin is not None:
            out.append(twin)
    return out


def _second(text: str, d: Draft, si: SentenceInfo) -> Draft | None:
    first = d.place
    assert first is not None
    for m in SPLIT.finditer(text, first.end, si.span.end):
        place = _own_place(text, si, first, m.end())
        if place is None:
            continue
        trigger = next(
            (c for c in sentence_candidates(text, d.sentence, Span("", m.start(), si.span.end)) if c.slot == INCIDENT),
            None,
        )
        if trigger is None:
            return None
        return _twin(d, si, place, trigger, m.start())
    return None


def _own_place(text: str, si: SentenceInfo, first: PlaceMention, start: int) -> PlaceMention | None:
    for p in si.places:
        if p.start < start or p.start > start + _REACH or p.is_country or in_dateline(text, p.start):
            continue
        if p.name == first.name or p.name in first.hints or first.name in p.hints or p.name == first.admin1:
            continue
        return p
    return None


def _twin(d: Draft, si: SentenceInfo, place: PlaceMention, trigger: Candidate, cut: int) -> Draft:
    kind = d.rule.rpartition(">type:")[2]
    twin = replace(
        d,
        trigger=trigger,
        rule=trigger.rule + (f">type:{kind}" if ">type:" in d.rule else ""),
        cues=set(d.cues),
        extractors=set(d.extractors),
        place=place,
        extra_places=[],
        inferred=set(),
        evidence=["new:two-places"],
        echoes=[],
        mentions=1,
    )
    twin.killed, twin.injured, twin.update = casualties.sentence_totals([c for c in si.counts if c.start >= cut])
    d.killed, d.injured, d.update = casualties.sentence_totals([c for c in si.counts if c.start < cut])
    twin.casualty_only = False
    return twin
