"""Who acted and on whom: the two sides of a draft, from word order around its triggers or from the parse.

Stage ``roles`` (called by ``triggers`` for each new draft) sets ``actor1`` (who acted), ``actor2`` (on
whom) and ``actor1_by`` (actor1 is the agent after "by" in a passive); it reads the draft's category and
trigger and the actors of its sentence. ``parse_roles`` sets the same fields from the dependency parse
where the sentence was parsed. The English words it reads (passive auxiliaries, speech verbs, topic
words) are in data/roles.json.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from . import taxonomy
from .actors import ActorMention
from .draft import ARMED, CLAUSE_GAP, INCIDENT, Draft, SentenceInfo, family
from .event import Actor
from .rules import Candidate
from .words import alternation, words

BY_AGENT = re.compile(r"^\s*(?:\w+\s+)?by\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)
# "a bomb blast, triggered by rebels, ...": a participle set off by a comma names the agent, across the comma.
COMMA_BY = re.compile(r"[\s()]*(?:\w+[\s()]*){0,2},\s*[a-z]+ed\s+by\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
# "The attack on the town was led by the X group": a passive's agent further on in the trigger's clause
CLAUSE_BY = re.compile(
    r"^[^,;.()]{0,40}?\b(?:was|were|been)\s+(?:\w+\s+){1,2}by\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE
)
# "a vehicle carrying officers was hit by an IED": the actor before was struck by the weapon that follows
PASSIVE_BY_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+){1,2}by\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_VICTIM_GAP = re.compile(r"\s*(?:(?:were|was|are|is|have|has|had|been|being|reportedly|also|all)\s+)*", re.IGNORECASE)
_BACK_REFERENCE = re.compile(r"\b(?:it|its|they|their|he|his|she|her|we|our)\b", re.IGNORECASE)


# Events a statement itself performs: whoever says it is their source.
class Patterns(NamedTuple):
    """The regexes built from data/roles.json."""

    passive_before: re.Pattern[str]
    participle: re.Pattern[str]
    with_before: re.Pattern[str]
    observed: re.Pattern[str]
    said_after: re.Pattern[str]
    topic_before: re.Pattern[str]
    author_link: re.Pattern[str]
    intercepted: re.Pattern[str]
    told: re.Pattern[str]
    active_toll: re.Pattern[str]


@cache
def patterns() -> Patterns:
    """Built on first use rather than at import, so a faulty data file fails as a data error of a run."""

    def any_of(key: str) -> str:
        return alternation(words("roles.json", key), space=" ")

    auxiliaries = alternation([w for a in words("roles.json", "passive_auxiliaries") for w in (a, a.capitalize())])
    return Patterns(
        # Case matters for the auxiliary: "IS" before "shot" is the Islamic State, not "is".
        passive_before=re.compile(rf"\b{auxiliaries}\s+(?:\w+ly\s+)?$"),
        participle=re.compile(rf"(?:\w+(?:ed|en|wn)|\w*{any_of('irregular_participles')})\b", re.IGNORECASE),
        with_before=re.compile(rf"\b{any_of('companions')}\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){{0,2}}$", re.IGNORECASE),
        observed=re.compile(rf"\b{any_of('witness_verbs')}\b", re.IGNORECASE),
        said_after=re.compile(
            r"(?:\s*,[^,;]{0,60},)?\s+(?:has |have |had |also |later |on \w+ )?"
            rf"{any_of('speech_verbs')}\b(?:[^.;]{{0,40}}?\b{any_of('speech_back_references')}\b)",
            re.IGNORECASE,
        ),
        topic_before=re.compile(rf"\b{any_of('topic_words')}\s+(?:the\s+)?$", re.IGNORECASE),
        intercepted=re.compile(rf"\b{any_of('interception_verbs')}\b", re.IGNORECASE),
        active_toll=re.compile(rf"\s+(?:{any_of('active_toll_openers')}\s+|\d)", re.IGNORECASE),
        told=re.compile(rf"\b{any_of('speech_gaps')}\b", re.IGNORECASE),
        author_link=re.compile(rf"^\s*{any_of('author_links')}\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE),
    )


def roles(text: str, si: SentenceInfo, d: Draft, cands: list[Candidate]) -> None:
    """actor1 (who acted) and actor2 (on whom) from word order around the triggers."""
    if d.actor1 is not None and d.actor2 is not None:
        return
    people = sides(si, d)
    # Only a meeting: those at talks are all participants, while an agreement or a ceasefire has sides.
    if d.category == "meeting":
        participants(text, d, people)
        return
    agents, by_agents, patients, struck = word_order(text, si, people, cands)
    first_sides(d, agents, by_agents, patients, struck)
    if taxonomy.armed_sides(d.category):
        armed_sides(d, people)
    if d.actor1 is None or taxonomy.speech_act(d.category):
        speaker_as_source(text, d, people)
    if family(d.category) == "protest":
        protest_sides(d, people)


OBSERVERS = frozenset({"MED", "NGO"})  # news media; rescuers, health workers and rights monitors
_NOT_A_SIDE = ("affiliated", "source")  # "a cell linked to X"; "...: Official" (the headline's source)


def sides(si: SentenceInfo, d: Draft) -> list[ActorMention]:
    """The sentence's actors that can be a side of ``d``: not a place, not a patron ("linked to X"), not
    a headline's source, no news outlet, and none who only rescue, treat, count or report its victims."""
    violent = taxonomy.category(d.category).violent
    return [
        m
        for m in si.actors
        if not m.locative
        and m.relation not in _NOT_A_SIDE
        and m.actor.sector != "MED"
        and not (violent and m.actor.sector in OBSERVERS)
    ]


def word_order(
    text: str, si: SentenceInfo, people: list[ActorMention], cands: list[Candidate]
) -> tuple[list[ActorMention], list[ActorMention], list[ActorMention], set[int]]:
    """(agents, the agents named after "by", patients, where those a casualty word counts start) over the
    triggers, casualty triggers last."""
    agents: list[ActorMention] = []
    by_agents: list[ActorMention] = []
    patients: list[ActorMention] = []
    struck: set[int] = set()
    for c in sorted(cands, key=lambda c: (c.trigger == "casualty", c.start)):
        agent, after_by, found = around_trigger(text, si, people, c)
        if agent is not None:
            agents.append(agent)
            if after_by:
                by_agents.append(agent)
        patients += found
        if c.trigger == "casualty":
            # The counted: right before a passive ("Two soldiers killed in a blast") or after an active toll
            # ("Gunmen killed five soldiers")
            struck |= {
                m.start for m in found if m.start >= c.end or _VICTIM_GAP.fullmatch(text, m.end, c.start) is not None
            }
        # "FSA-controlled towns ... were recaptured"
        patients += [m for m in people if m.relation in ("controlled", "held") and m.start < c.start]
    return agents, by_agents, patients, struck


def around_trigger(
    text: str, si: SentenceInfo, people: list[ActorMention], c: Candidate
) -> tuple[ActorMention | None, bool, list[ActorMention]]:
    """(agent, whether it is named after "by", patients) of one trigger."""
    before = [m for m in people if m.end <= c.start and not m.relation]
    after = [m for m in people if m.start >= c.end and not CLAUSE_GAP.search(text, c.end, m.start)]
    subject = subject_before(text, before, c)
    by = by_agent(text, c, after, people)
    if subject is not None and (interceptor(text, c, subject) or PASSIVE_BY_BEFORE.search(text, subject.end, c.start)):
        return by, by is not None, [subject]
    if by is not None:
        return by, True, [subject] if subject is not None else []
    # An active toll ("a bomber killed 28 people") names its agent only right before it, not across a
    # clause ("encountered X where they killed two").
    far = c.trigger == "casualty" and subject is not None and not _VICTIM_GAP.fullmatch(text, subject.end, c.start)
    if is_passive(text, si, c) or far:
        return None, False, [subject] if subject is not None else []
    obj = next((m for m in after if m.start - c.end < 90), None)
    return subject, False, [obj] if obj is not None else []


def by_agent(text: str, c: Candidate, after: list[ActorMention], people: list[ActorMention]) -> ActorMention | None:
    """The agent of a passive, named after "by" ("was shot by a man", "the attack ... was led by X"), or
    the author an event noun is linked to ("an attack claimed by X"), or named in a participle set off by a comma
    among ``people`` ("a blast, triggered by rebels, ..."); not who intercepted it."""
    p = patterns()
    for m in after:
        gap = text[c.end : m.start]
        if (
            BY_AGENT.match(gap)
            or p.author_link.match(gap)
            or (CLAUSE_BY.match(gap) and not p.intercepted.search(gap))
            or (c.text.lower().endswith(" by") and m.start - c.end < 8)
        ):
            return m
    return comma_agent(text, c, people)


def comma_agent(text: str, c: Candidate, people: list[ActorMention]) -> ActorMention | None:
    """The agent in a participle set off by a comma after the trigger ("a blast, triggered by rebels, ...")."""
    return next((m for m in people if m.start >= c.end and COMMA_BY.match(text, c.end, m.start)), None)


def interceptor(text: str, c: Candidate, m: ActorMention) -> bool:
    """ "Air defences intercepted a missile": the actor stopped the weapon, it did not fire it."""
    return bool(patterns().intercepted.search(text, m.end, c.start))


def speaker(text: str, c: Candidate, m: ActorMention) -> bool:
    """ "A coalition statement said the missile had been fired": the actor tells of the violence.
    ("The army said it killed ..." keeps the army: a back-reference names it again.)"""
    told = patterns().told.search(text, m.end, c.start)
    if told is None or re.match(r"\s+to\b", text[told.end() :]):
        return False  # "were said to have opened fire" hedges the act; it names no speaker
    return not _BACK_REFERENCE.search(text, told.end(), c.start)


def is_passive(text: str, si: SentenceInfo, c: Candidate) -> bool:
    """Whether the trigger is done to the actor before it: a casualty, or a participle after "was"."""
    p = patterns()
    if c.trigger == "casualty":
        # "a bomber killed 28 people" is active; "two soldiers were killed", "Two soldiers killed" are not
        # (nor "..., killing six", whose subject is the clause's, not the actor right before it)
        return c.text.lower().endswith("ing") or not (
            p.active_toll.match(text, c.end)
            and not p.passive_before.search(text[max(si.span.start, c.start - 30) : c.start])
        )
    return bool(
        p.passive_before.search(text[max(si.span.start, c.start - 30) : c.start]) and p.participle.match(c.text)
    )


def first_sides(
    d: Draft, agents: list[ActorMention], by_agents: list[ActorMention], patients: list[ActorMention], struck: set[int]
) -> None:
    """actor1 from the agents and actor2 from the patients, one party never both."""
    if d.actor1 is None and agents:
        # One party named twice ("the Free Syrian Army (FSA)") is not both sides of the event; those the
        # casualty words count ("Two soldiers killed in a blast") did not cause it.
        d.actor1 = next(
            (a for a in agents if a.start not in struck and (d.actor2 is None or a.actor.name != d.actor2.actor.name)),
            None,
        )
        d.actor1_by = any(d.actor1 is b for b in by_agents)
    patients = counted_first(d, patients, struck)
    for m in patients:
        if d.actor2 is None and (d.actor1 is None or m.actor.name != d.actor1.actor.name):
            d.actor2 = m
    if d.actor1 is None and d.actor2 is not None and d.category == "armed_clash":
        # In a battle the two sides are alike: a lone patient is a side, and another patient the other.
        other = next((m for m in patients if m.actor.name != d.actor2.actor.name), None)
        if other is not None:
            d.actor1, d.actor2 = d.actor2, other


def counted_first(d: Draft, patients: list[ActorMention], struck: set[int]) -> list[ActorMention]:
    """The patients with those the casualty words count first. They were acted on; an armed party left
    among the others acted ("a man was killed in a shooting ... by armed men")."""
    if not struck:
        return patients
    patients = sorted(patients, key=lambda m: m.start not in struck)
    if d.actor1 is None:
        d.actor1 = next((m for m in patients if m.start not in struck and m.actor.sector in ARMED), None)
    return patients


def armed_sides(d: Draft, people: list[ActorMention]) -> None:
    """A battle has two armed sides; civilians counted among the dead are not one of them."""
    armed = [m for m in people if m.actor.sector in ARMED and not m.relation]
    if d.actor1 is None or d.actor1.actor.sector not in ARMED:
        d.actor1 = next((m for m in armed if d.actor2 is None or m.actor.name != d.actor2.actor.name), d.actor1)
    if d.actor1 is not None and (d.actor2 is None or d.actor2.actor.sector not in ARMED):
        a1 = d.actor1.actor
        d.actor2 = next(
            (
                m
                for m in armed
                if m.actor.name != a1.name
                and m.actor.country != a1.country
                or m.actor.sector != a1.sector
                and m.actor.name != a1.name
            ),
            d.actor2,
        )


def speaker_as_source(text: str, d: Draft, people: list[ActorMention]) -> None:
    """The speaker of the sentence becomes actor1.

    "Iraq said it would allow the inspectors back": who says a thing is done is its source; for a demand,
    a threat or a rejection, the speaker is its source even when another party is named ("Washington
    declared that Beijing must drop its barriers").
    """
    said_after = patterns().said_after
    speaker = next(
        (
            m
            for m in reversed(people)
            if m.end <= d.trigger.start
            and said_after.match(text, m.end)
            and (d.actor2 is None or m.actor.name != d.actor2.actor.name)
        ),
        None,
    )
    if speaker is not None and (d.actor1 is None or speaker.actor.name != d.actor1.actor.name):
        if d.actor1 is not None and d.actor2 is None:
            d.actor2 = d.actor1
        d.actor1 = speaker


def protest_sides(d: Draft, people: list[ActorMention]) -> None:
    """The crowd is actor1 (named or not); the police or army facing it actor2, unless the protest was peaceful."""
    crowd = next((m for m in people if m.actor.sector == "PRT"), None)
    force = next((m for m in people if m.actor.sector in ("COP", "MIL")), None)
    d.actor1 = crowd or ActorMention(
        d.trigger.start, d.trigger.start, "", Actor("", "Protesters ({country})", None, "PRT"), False
    )
    d.actor2 = force if d.category != "peaceful_protest" else None


def participants(text: str, d: Draft, people: list[ActorMention]) -> None:
    """The two sides of a meeting: named people or state actors, not the topics they discussed."""
    p = patterns()
    if p.passive_before.search(text[max(0, d.trigger.start - 30) : d.trigger.start]) or re.match(
        r"\s+by\b", text[d.trigger.end : d.trigger.end + 4]
    ):
        # "X was discussed by the army chiefs": X is the topic, the sides are after "by".
        people = [m for m in people if m.start > d.trigger.end]
    sides = [
        m
        for m in people
        if m.actor.sector != "CVL"
        and not m.relation
        and not p.topic_before.search(text[max(0, m.start - 25) : m.start])
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
    people = [m for m in sides(si, d) if not m.relation]
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
    p = patterns()
    for m in reversed(before):
        if c.start - m.end > 160:
            return None
        gap = text[m.end : c.start]
        if ";" in gap or p.with_before.search(text[max(0, m.start - 30) : m.start]):
            continue
        if p.observed.search(gap) or (c.slot == INCIDENT and speaker(text, c, m)):
            return None  # "the OSCE mission observed 12 explosions": a witness, not the one who fired
        return m
    return None
