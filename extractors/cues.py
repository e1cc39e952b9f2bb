"""The cue lexicon (data/cues.json) compiled once, and matched against one sentence at a time."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .resources import load_json


@dataclass(frozen=True, slots=True)
class Cue:
    id: str
    regex: re.Pattern[str]
    trigger: str | None  # category this cue starts an event of, "casualty", or None for context-only cues
    slot: str | None
    lemmas: frozenset[str]


@dataclass(frozen=True, slots=True)
class Hit:
    cue: str
    start: int  # offsets into the document text
    end: int
    text: str


@cache
def cues() -> dict[str, Cue]:
    out = {}
    for cid, spec in load_json("cues.json")["cues"].items():
        regex = re.compile(rf"(?<![\w-])(?:{spec['pattern']})(?![\w-])", re.IGNORECASE)
        out[cid] = Cue(cid, regex, spec.get("trigger"), spec.get("slot"), frozenset(spec.get("lemmas", ())))
    return out


@cache
def trigger_cues() -> tuple[Cue, ...]:
    return tuple(c for c in cues().values() if c.trigger)


@cache
def trigger_gate() -> re.Pattern[str] | None:
    """One regex that matches wherever some trigger cue matches: a sentence it misses holds no trigger.

    One scan instead of one per cue (the cues share their word-boundary guards). None when the patterns
    cannot be joined (a back-reference or a global inline flag would change meaning in one alternation).
    """
    spec = load_json("cues.json")["cues"]
    patterns = [spec[c.id]["pattern"] for c in trigger_cues()]
    if any(c.regex.pattern != rf"(?<![\w-])(?:{p})(?![\w-])" for c, p in zip(trigger_cues(), patterns)):
        return None  # the cues are no longer built the way this gate assumes
    if any(re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]+\)", p) for p in patterns):  # scoped (?-i:...) is fine
        return None
    try:
        return re.compile(rf"(?<![\w-])(?:{'|'.join(f'(?:{p})' for p in patterns)})(?![\w-])", re.IGNORECASE)
    except re.error:
        return None


@cache
def lemma_cues() -> dict[str, Cue]:
    """Lemma -> the trigger cue it belongs to, for the spaCy extractor."""
    return {lemma: c for c in trigger_cues() for lemma in c.lemmas}


# Past forms that do not start with their lemma ("met" for meet); the rest share the lemma's stem.
_IRREGULAR = {"meet": ("met",), "shoot": ("shot",), "withdraw": ("withdrew", "withdrawn"), "die": ("dead", "died"),
              "wound": ("wounded",), "fight": ("fought",), "strike": ("struck",)}


@cache
def lemma_gate() -> re.Pattern[str]:
    """Any word the spaCy extractor could read as a trigger lemma, in any inflection ("demanding",
    "appealed", "met"): with ``trigger_gate``, the prefilter's test of whether a sentence needs a parse."""
    words: set[str] = set()
    for lemma in lemma_cues():
        stem = lemma[:-1] if lemma.endswith("e") and len(lemma) > 3 else lemma
        words.add(rf"{re.escape(stem)}\w*")
        words.update(re.escape(w) for w in _IRREGULAR.get(lemma, ()))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(words, key=len, reverse=True))})(?![\w-])", re.IGNORECASE)


def find(cue_id: str, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
    end = len(text) if end is None else end
    return [Hit(cue_id, m.start(), m.end(), m.group()) for m in cues()[cue_id].regex.finditer(text, start, end)]


def first(cue_id: str, text: str, start: int = 0, end: int | None = None) -> Hit | None:
    m = cues()[cue_id].regex.search(text, start, len(text) if end is None else end)
    return Hit(cue_id, m.start(), m.end(), m.group()) if m else None
