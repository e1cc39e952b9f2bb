"""The cue lexicon (data/cues.json, checked by ``lexicon``) compiled once, and matched one span at a time.

``find`` and ``first`` scan a span with one cue's regex. Over a whole sentence, ``prefilter.scan`` gives
the same matches faster, trying each cue only at the word starts where it could begin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import lexicon, wrap


@dataclass(frozen=True, slots=True)
class Cue:
    id: str
    regex: re.Pattern[str]
    trigger: str | None  # category this cue starts an event of, "casualty", or None for context-only cues
    slot: str | None
    lemmas: frozenset[str]
    pattern: str = ""  # as written in cues.json (``regex`` is it within whole-word guards)


@dataclass(frozen=True, slots=True)
class Hit:
    cue: str
    start: int  # offsets into the document text
    end: int
    text: str


@cache
def cues() -> dict[str, Cue]:
    out = {}
    for cid, spec in lexicon().cues.items():
        regex = re.compile(wrap(spec["pattern"]), re.IGNORECASE)
        lemmas = frozenset(spec.get("lemmas", ()))
        out[cid] = Cue(cid, regex, spec.get("trigger"), spec.get("slot"), lemmas, spec["pattern"])
    return out


@cache
def trigger_cues() -> tuple[Cue, ...]:
    return tuple(c for c in cues().values() if c.trigger)


@cache
def lemma_cues() -> dict[str, Cue]:
    """Lemma -> the trigger cue it belongs to, for the spaCy extractor."""
    return {lemma: c for c in trigger_cues() for lemma in c.lemmas}


def find(cue_id: str, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
    end = len(text) if end is None else end
    return [Hit(cue_id, m.start(), m.end(), m.group()) for m in cues()[cue_id].regex.finditer(text, start, end)]


def first(cue_id: str, text: str, start: int = 0, end: int | None = None) -> Hit | None:
    end = len(text) if end is None else end
    m = cues()[cue_id].regex.search(text, start, end)
    return Hit(cue_id, m.start(), m.end(), m.group()) if m else None
