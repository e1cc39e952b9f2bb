"""DOC roles"""

from __future__ import annotations

import re

from .actors import ActorMention
from .draft import ARMED, CLAUSE_GAP, Draft, SentenceInfo, family
from .event import Actor
from .rules import Candidate

BY_AGENT = re.compile(r"^\s*(?:\w+\s+)?by\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|got|get)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


WITH_BEFORE = re.compile(r"\b(?:with|against|between|and)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)


def roles(text: str, si: SentenceInfo, d: Draft, cands: list[Candidate]) -> None:
    """actor1 (who acted) and actor2 (on whom) from word order around the triggers."""
    if d.actor1 is not None and d.actor2 is not None:
        return
    people = [m for m in si.actors if not m.locative]
    if d.category == "meeting":
        participants(text, d, people)
        return
    agents: list[ActorMention] = []
    by_agents: list[ActorMention] = []
    patients: list[ActorMention] = []
    for c in sorted(cands, key=lambda c: (c.trigger == "casualty", c.start)):
        before = [m for m in people if m.end <= c.start and not m.relation]
        after = [m for m in people if m.start >= c.end and not CLAUSE_GAP.search(text, c.end, m.start)]
        by = next(
            (
                m
                for m in after
                if BY_AGENT.match(text[c.end : m.start]) or c.text.lower().endswith(" by") and m.start - c.end < 8
            ),
            None,
        )
        passive = (
            bool(PASSIVE_BEFORE.search(text[max(si.span.start, c.start - 30) : c.start]) and PARTICIPLE.match(c.text))
            or c.trigger == "casualty"
        )
        subject = subject_before(text, before, c)
        if by is not None:
            agents.append(by)
            by_agents.append(by)
            if subject is not None:
                patients.append(subject)
        elif passive:
            if subject is not None:
                patients.append(subject)
        else:
            if subject is not None:
                agents.append(subject)
            obj = next((m for m in after if m is not by and m.start - c.end < 90), None)
            if obj is not None:
                patients.append(obj)
        for m in people:
            if m.relation in ("controlled", "held") and m.start < c.start:
                patients.append(m)  # "FSA-controlled towns ... were recaptured"
    if d.actor1 is None and agents:
        # One party named twice ("the Free Syrian Army (FSA)") is not both sides of the event.
        d.actor1 = next((a for a in agents if d.actor2 is None or a.actor.name != d.actor2.actor.name), None)
        d.actor1_by = any(d.actor1 is b for b in by_agents)
    for m in patients:
        if d.actor2 is None and (d.actor1 is None or m.actor.name != d.actor1.actor.name):
            d.actor2 = m
    if d.actor1 is None and d.actor2 is not None and d.category == "armed_clash":
        other = next((m for m in patients if m.actor.name != d.actor2.actor.name), None)
        if other is not None:
            d.actor1, d.actor2 = d.actor2, other
    if d.category in ("armed_clash", "territory"):
        # A battle has two armed sides; civilians counted among the dead are not one of them.
        armed = [m for m in people if m.actor.sector in ARMED and not m.relation]
        if d.actor1 is None or d.actor1.actor.sector not in ARMED:
            d.actor1 = next((m for m in armed if d.actor2 is None or m.actor.name != d.actor2.actor.name), d.actor1)
        if d.actor1 is not None and (d.actor2 is None or d.actor2.actor.sector not in ARMED):
            d.actor2 = next(
                (
                    m
                    for m in armed
                    if m.actor.name != d.actor1.actor.name
                    and m.actor.country != d.actor1.actor.country
                    or m.actor.sector != d.actor1.actor.sector
                    and m.actor.name != d.actor1.actor.name
                ),
                d.actor2,
            )
    statement = d.category in SPEECH_ACTS
    if d.actor1 is None or statement:
        # "Iraq said it would allow the inspectors back": who says a thing is done is its source; for a
        # demand, a threat or a rejection, the speaker is its source even when another party is named
        # ("Washington declared that Beijing must drop its barriers").
        speaker = next(
            (
                m
                for m in reversed(people)
                if m.end <= d.trigger.start
                and SAID_AFTER.match(text, m.end)
                and (d.actor2 is None or m.actor.name != d.actor2.actor.name)
            ),
            None,
        )
        if speaker is not None and (d.actor1 is None or speaker.actor.name != d.actor1.actor.name):
            if d.actor1 is not None and d.actor2 is None:
                d.actor2 = d.actor1
            d.actor1 = speaker
    if family(d.category) == "protest":
        crowd = next((m for m in people if m.actor.sector == "PRT"), None)
        force = next((m for m in people if m.actor.sector in ("COP", "MIL")), None)
        d.actor1 = crowd or ActorMention(
            d.trigger.start, d.trigger.start, "", Actor("", "Protesters ({country})", None, "PRT"), False
        )
        d.actor2 = force if d.category != "peaceful_protest" else None


# Events a statement itself performs: whoever says it is their source.
SPEECH_ACTS = {"request", "threat", "military_threat", "accusation", "rejection", "support", "concession"}


SAID_AFTER = re.compile(
    r"(?:\s*,[^,;]{0,60},)?\s+(?:has |have |had |also |later |on \w+ )?(?:said|says|stated|announced|"
    r"declared|confirmed|insisted|added|told)\b(?:[^.;]{0,40}?\b(?:it|they|he|she|its|their|that)\b)",
    re.IGNORECASE,
)


PARTICIPLE = re.compile(
    r"\w+(?:ed|en|wn|hit|shot|struck|hurt|caught|held|taken|seized|overrun|beaten|slain|"
    r"stabbed|kidnapped|abducted)\b",
    re.IGNORECASE,
)


TOPIC_BEFORE = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|talk(?:s|ed)?|over|about|on|regarding|situation in)\s+(?:the\s+)?$", re.IGNORECASE
)


def participants(text: str, d: Draft, people: list[ActorMention]) -> None:
    """The two sides of a meeting: named people or state actors, not the topics they discussed."""
    if PASSIVE_BEFORE.search(text[max(0, d.trigger.start - 30) : d.trigger.start]) or re.match(
        r"\s+by\b", text[d.trigger.end : d.trigger.end + 4]
    ):
        # "X was discussed by the army chiefs": X is the topic, the sides are after "by".
        people = [m for m in people if m.start > d.trigger.end]
    sides = [
        m
        for m in people
        if m.actor.sector != "CVL" and not m.relation and not TOPIC_BEFORE.search(text[max(0, m.start - 25) : m.start])
    ]
    sides = [m for m in sides if m.specific] or sides
    if not sides:
        return
    if d.actor1 is None:
        d.actor1 = sides[0]
    for m in sides:
        if m.actor.country != d.actor1.actor.country or (
            m.actor.country is None and m.actor.name != d.actor1.actor.name
        ):
            d.actor2 = d.actor2 or m
            break


def parse_roles(parsed: object | None, si: SentenceInfo, d: Draft) -> None:
    """Subject and object from the dependency parse, where the sentence was parsed."""
    if parsed is None or d.category == "meeting":
        return  # the objects of "talk"/"discuss" are topics, not the other side
    from .syntax import roles

    agent, patient = roles(parsed, si.span.start, d.trigger)
    people = [m for m in si.actors if not m.locative and not m.relation]
    for rng, attr in ((agent, "actor1"), (patient, "actor2")):
        if rng is None:
            continue
        inside = [m for m in people if rng[0] <= m.start and m.end <= rng[1]]
        if inside:
            chosen = max(inside, key=lambda m: (m.specific, -m.start))
            setattr(d, attr, chosen)
            if attr == "actor1":
                gap = si.span.text[d.trigger.end - si.span.start : chosen.start - si.span.start]
                d.actor1_by = chosen.start >= d.trigger.end and BY_AGENT.match(gap) is not None
    if d.actor1 is not None and d.actor2 is not None and d.actor1.actor.name == d.actor2.actor.name:
        d.actor2 = None


def subject_before(text: str, before: list[ActorMention], c: Candidate) -> ActorMention | None:
    """The nearest actor before the trigger, unless it only stands in a "with X"/"by X" phrase."""
    for m in reversed(before):
        if c.start - m.end > 160:
            return None
        gap = text[m.end : c.start]
        if ";" in gap or WITH_BEFORE.search(text[max(0, m.start - 30) : m.start]):
            continue
        if OBSERVED.search(gap):
            return None  # "the OSCE mission observed 12 explosions": a witness, not the one who fired
        return m
    return None


OBSERVED = re.compile(
    r"\b(?:observed|recorded|documented|monitored|heard|counted|registered|witnessed|reported)\b", re.IGNORECASE
)
