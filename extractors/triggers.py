"""Stage 1, triggers: the candidate triggers of each sentence become typed drafts.

Sets on each ``Draft``: ``category``, ``factuality``, ``sentence``, ``trigger``, ``cues``, ``extractors``,
``rule``, ``killed``/``injured``/``update`` and ``casualty_only`` (incidents), ``hedge``, the roles
(through ``roles``), and a first ``place``, ``extra_places``, ``when`` and ``quantity`` from the
sentence itself. Later stages may change any of them. The words of a quantity are in
``data/quantity_words.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from . import casualties, classify, factuality, prefilter, rules
from .draft import INCIDENT, Draft, SentenceInfo
from .event import Quantity
from .history import nearest_date
from .reading import Reading
from .roles import parse_roles, roles
from .rules import Candidate
from .scene import nearest_place
from .taxonomy import category as get_category
from .words import choices

# "struck 80 targets", "fired dozens of rockets": how many things an attack hit or used.
_VAGUE = choices("quantity_words.json", "vague_counts")
_UNITS = choices("quantity_words.json", "quantity_units")
QUANTITY = re.compile(
    rf"(?<![\w-])(?P<n>\d[\d,]*|{_VAGUE})\s+(?:(?:[\w-]+)\s+){{0,2}}?(?P<unit>{_UNITS})\b", re.IGNORECASE
)
# The number a vague count stands for; a count missing here ("several") gives no quantity.
_VAGUE_QUANTITY = {"dozens of": 12, "scores of": 20, "hundreds of": 100}

Assessed = tuple[Candidate, str, str | None]  # a candidate, its factuality and why


def draft_events(reading: Reading, use_rules: bool, parses: dict[int, Any] | None) -> list[Draft]:
    """Drafts of every sentence that holds a candidate trigger, in sentence order."""
    by_sentence = _candidates(reading, use_rules, parses)
    text, spans = reading.text, reading.spans
    drafts: list[Draft] = []
    for i in sorted(by_sentence):
        sentence = prefilter.scan(text, spans[i].start, spans[i].end)
        if sentence.first("fiction"):
            continue  # "The new thriller follows a sniper who hunts down kidnappers": a story, not news
        idioms = [(h.start, h.end) for h in sentence.find("not_event")]
        if idioms:
            # "a heart attack", "fire fighters battled a blaze", "declined to be named": words of an event,
            # used for none.
            by_sentence[i] = [c for c in by_sentence[i] if not any(c.start < b and a < c.end for a, b in idioms)]
        parsed = parses.get(i) if parses else None
        drafts.extend(sentence_drafts(text, i, reading.info(i), dedupe(by_sentence[i]), parsed))
    return drafts


def _candidates(reading: Reading, use_rules: bool, parses: dict[int, Any] | None) -> dict[int, list[Candidate]]:
    by_sentence: dict[int, list[Candidate]] = {}
    if use_rules:
        for c in rules.candidates(reading.text, reading.spans):
            by_sentence.setdefault(c.sentence, []).append(c)
    if parses:
        from .syntax import candidates as syntax_candidates

        for i, parsed in parses.items():
            for c in syntax_candidates(parsed, i, reading.spans[i].start):
                by_sentence.setdefault(i, []).append(c)
    return by_sentence


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per trigger span; the same span from both extractors is marked as such."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, c.extractor)):
        twin = next((o for o in out if o.start < c.end and c.start < o.end and o.slot == c.slot), None)
        if twin is None:
            out.append(c)
        elif twin.extractor != c.extractor and "+" not in twin.extractor:
            out[out.index(twin)] = Candidate(
                twin.sentence,
                twin.start,
                twin.end,
                twin.text,
                twin.cue,
                twin.trigger,
                twin.slot,
                "rules+spacy",
                twin.rule if twin.extractor == "rules" else c.rule,
            )
    return out


def sentence_drafts(text: str, i: int, si: SentenceInfo, cands: list[Candidate], parsed: object | None) -> list[Draft]:
    """One incident draft for the sentence's actual incident triggers, one draft per other kind of event."""
    assessed = _assess(text, si, cands, parsed)
    out = _incident(text, i, si, assessed, parsed)
    out += _others(text, i, si, assessed, parsed)
    for d in out:
        _situate(text, si, d)
    return out


def _assess(text: str, si: SentenceInfo, cands: list[Candidate], parsed: object | None) -> list[Assessed]:
    s = si.span
    assessed = []
    for c in cands:
        fact, why = factuality.assess(text, s.start, s.end, c.start, c.end, incident=c.slot == INCIDENT)
        if parsed is not None:
            from .syntax import refine_factuality

            fact, why = refine_factuality(parsed, s.start, c, fact, why)
        assessed.append((c, fact, why))
    return assessed


def _incident(text: str, i: int, si: SentenceInfo, assessed: list[Assessed], parsed: object | None) -> list[Draft]:
    s = si.span
    killed, injured, update = casualties.sentence_totals(si.counts)
    actual = [(c, f, w) for c, f, w in assessed if c.slot == INCIDENT and f == factuality.ACTUAL]
    if actual:
        cue_ids = {c.cue for c, _, _ in actual}
        category, rule_id = classify.incident_category(cue_ids, text, s.start, s.end, killed)
        main = main_trigger(category, actual)
        names = extractor_names(c for c, _, _ in actual)
        d = Draft(category, factuality.ACTUAL, i, main, cue_ids, names, f"{main.rule}>type:{rule_id}")
        d.casualty_only = cue_ids <= {"casualty"}
        d.killed, d.injured, d.update = killed, injured, update
        d.hedge = factuality.hedge(text, s.start, main.start)
        parse_roles(parsed, si, d)
        roles(text, si, d, [c for c, _, _ in actual])
        return [d]
    if any(c.slot == INCIDENT for c, _, _ in assessed) and (killed is not None or injured is not None):
        # Only zero counts or negated triggers ("No one was hurt."): keep the figures for the incident before.
        c = next(c for c, _, _ in assessed if c.slot == INCIDENT)
        d = Draft("attack", factuality.NEGATED, i, c, {c.cue}, {c.extractor}, f"{c.rule}>counts-only")
        d.casualty_only = True
        d.killed, d.injured = killed, injured
        return [d]
    return []


def _others(text: str, i: int, si: SentenceInfo, assessed: list[Assessed], parsed: object | None) -> list[Draft]:
    """Drafts of the triggers that are no actual incident: one per category and factuality."""
    out: list[Draft] = []
    seen: set[tuple[str, str]] = set()
    for c, fact, why in assessed:
        if (c.slot == INCIDENT and fact == factuality.ACTUAL) or c.trigger == "casualty":
            continue
        category = c.trigger
        if c.slot == INCIDENT:
            category = classify.incident_category({c.cue}, text, c.start, c.end, None)[0]
        elif category == "threat":
            category = classify.threat_category(text, c.end, si.span.end)
        key = (category, fact)
        if key in seen:
            continue
        seen.add(key)
        d = Draft(category, fact, i, c, {c.cue}, {c.extractor}, c.rule + (f">{why}" if why else ""))
        parse_roles(parsed, si, d)
        roles(text, si, d, [c])
        out.append(d)
    return out


def _situate(text: str, si: SentenceInfo, d: Draft) -> None:
    """The place, date and quantity the sentence itself gives the draft."""
    d.place = nearest_place(si, d.trigger)
    if d.place is not None and d.slot_incident:
        # "the towns of A, B and C ... were recaptured": one event, several places.
        d.extra_places = [
            p
            for p in si.places
            if p is not d.place
            and not p.is_country
            and p.precision == 1
            and abs(p.start - d.place.start) < 200
            and p.name != d.place.name
            and not any(p.name in q.hints for q in si.places)  # not the district they lie in
        ]
    d.when = nearest_date(si, d.trigger)
    d.quantity = _quantity(text, si, d) or d.quantity


def _quantity(text: str, si: SentenceInfo, d: Draft) -> Quantity | None:
    q = QUANTITY.search(text, d.trigger.start, min(si.span.end, d.trigger.end + 60))
    if not q or not get_category(d.category).violent:
        return None
    value = q.group("n").lower()
    n = int(value.replace(",", "")) if value[0].isdigit() else _VAGUE_QUANTITY.get(value)
    return Quantity(n, q.group("unit").lower(), q.group()) if n is not None else None


def extractor_names(cands: Iterable[Candidate]) -> set[str]:
    out: set[str] = set()
    for c in cands:
        out.update(c.extractor.split("+"))
    return out


def main_trigger(category: str, items: list[Assessed]) -> Candidate:
    """The evidence span: the cue that decided the category, else the first trigger."""
    decisive = classify.decisive_cues().get(category, set())
    for c, _, _ in items:
        if c.cue in decisive:
            return c
    return items[0][0]
