"""The rule-based extractor: cue patterns from data/cues.json, matched sentence by sentence."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from . import prefilter
from .event import Span


@dataclass(frozen=True, slots=True)
class Candidate:
    """A trigger one extractor found: the span, the cue it matched and the category it suggests."""

    sentence: int  # index into the document's sentences
    start: int
    end: int
    text: str
    cue: str
    trigger: str  # a category name, or "casualty"
    slot: str
    extractor: str
    rule: str


def candidates(text: str, sentences: list[Span]) -> Iterator[Candidate]:
    for i, s in enumerate(sentences):
        yield from sentence_candidates(text, i, s)


def sentence_candidates(text: str, i: int, s: Span) -> Iterator[Candidate]:
    # A cue is tried only at the word starts where one of its beginnings stands (prefilter.scan): the same
    # matches as scanning the sentence with every cue.
    sentence = prefilter.scan(text, s.start, s.end)
    table = sentence.index.cues
    mask = sentence.possible() & sentence.index.triggers
    taken: dict[str, list[tuple[int, int]]] = {}
    # Cues are listed most specific first ("suicide car bomb" before "bomb"); a span goes to the first cue.
    while mask:
        bit = mask & -mask
        mask ^= bit
        cue = table[bit.bit_length() - 1]
        for m in sentence.matches(bit):
            spans = taken.setdefault(cue.slot or cue.id, [])
            if any(m.start() < b and a < m.end() for a, b in spans):
                continue
            spans.append((m.start(), m.end()))
            # A cue that needs its actor to be read ("police ... beat") names the act alone as the trigger (group
            # "t"), so that the actor before it is still found as the one who acted.
            a, b = m.span("t") if "t" in m.re.groupindex and m.group("t") is not None else m.span()
            yield Candidate(i, a, b, text[a:b], cue.id, cue.trigger or "", cue.slot or cue.id, "rules", f"cue:{cue.id}")
