"""Stages 2 and 5, incidents: which drafts tell of one incident.

``attach_followups`` folds into an incident the later sentences that only add to it (casualties,
"in the ensuing clash", a claim of responsibility); ``merge_mentions`` merges drafts of the same kind,
sides, day and place (a headline and its body). Sets on the kept ``Draft``: ``echoes``, ``mentions``,
``killed``/``injured``/``update``, ``actor1``/``actor2`` (claims), ``evidence``, ``hedge``, and any field
the richer of two reports gives. The English words it reads are in ``data/incident_words.json``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import factuality, prefilter
from .actors import ActorMention
from .draft import STATE, Draft, SentenceInfo, family
from .taxonomy import gathering, protest_rank, symmetric
from .words import words

_FILE = "incident_words.json"


def _any(key: str) -> str:
    """The list ``key`` of ``data/incident_words.json`` as regex alternatives, in the order written."""
    return "|".join(words(_FILE, key))


# "Two more soldiers died": a later casualty figure that adds to the first rather than restating it.
ALSO = re.compile(rf"\b(?:{_any('also_words')})\b", re.IGNORECASE)


# "A second woman was also stabbed": a later report of further victims, not a restatement.
MORE_VICTIMS = re.compile(rf"\b(?:{_any('more_victims')})\b", re.IGNORECASE)


# A later sentence on the attackers' own losses ("Three gunmen were also killed") is not added: coders
# differ on counting them (ACLED does, GTD's and Wikipedia's victim counts mostly do not), so the
# figure stays the larger one reported.
ATTACKERS = re.compile(rf"\b(?:{_any('attackers')})\b", re.IGNORECASE)


# "were killed in the ensuing clash", "in the blast": a later sentence telling more of the same incident.
_QUALIFIERS = "|".join(f"{w} " for w in words(_FILE, "back_qualifiers"))  # each with the space after it
ANAPHORIC = re.compile(
    rf"\b(?:{_any('back_prepositions')}) the (?:{_QUALIFIERS})?(?:{_any('incident_nouns')})\b|"
    # "It was one of three linked raids that day."
    rf"\b(?:{_any('series_subjects')}) was (?:{_any('series_places')})\b",
    re.IGNORECASE,
)


def attach_followups(
    text: str, drafts: list[Draft], infos: dict[int, SentenceInfo], info: Callable[[int], SentenceInfo], spans: list
) -> list[Draft]:
    """Fold casualty-only sentences, reports of "the ensuing clash" and responsibility claims into
    the incident they follow."""
    out: list[Draft] = []
    last_incident: Draft | None = None
    for d in drafts:
        si = infos[d.sentence]
        sentence = prefilter.scan(text, si.span.start, si.span.end)
        claim = sentence.first("responsibility")
        no_claim = sentence.first("no_responsibility")
        anaphoric = bool(ANAPHORIC.search(text, si.span.start, si.span.end))
        if last_incident is not None and _follows(d, last_incident, claim is not None, anaphoric):
            _fold(last_incident, d, text, si, claim.start if claim is not None else None)
            continue
        if d.slot_incident and d.factuality == factuality.ACTUAL:
            if claim is not None:
                take_claim(d, si, claim.start)
            if no_claim is not None and (d.actor1 is None or d.actor1.specific == 0) and not claim:
                d.evidence.append("no claim of responsibility")
            last_incident = d
        elif (
            claim is not None
            and last_incident is not None
            and d.sentence - last_incident.sentence <= 4
            and d.category in ("accusation", "threat", "military_threat")
        ):
            take_claim(last_incident, si, claim.start)
        if d.casualty_only and d.factuality != factuality.ACTUAL:
            continue
        out.append(d)
    _claims_alone(text, out, drafts, info, spans)
    return out


def _follows(d: Draft, last: Draft, claim: bool, anaphoric: bool) -> bool:
    """Does ``d`` tell more of the incident ``last`` (casualties, a claim, "in the ensuing clash")?"""
    return (
        d.slot_incident
        and d.sentence - last.sentence <= 4
        and (
            d.casualty_only
            or (claim and (anaphoric or d.category in (last.category, "attack")))
            or anaphoric
            and family(d.category) == family(last.category)
        )
    )


def _fold(last: Draft, d: Draft, text: str, si: SentenceInfo, claim_at: int | None) -> None:
    add_casualties(last, d, text, si)
    if d.factuality == factuality.ACTUAL:
        last.echoes.append(d.trigger)
    if claim_at is not None:
        take_claim(last, si, claim_at)
    if d.factuality == factuality.ACTUAL:
        last.mentions += 0 if d.casualty_only else 1


def _claims_alone(
    text: str, out: list[Draft], drafts: list[Draft], info: Callable[[int], SentenceInfo], spans: list
) -> None:
    """A claim in a sentence with no trigger of its own ("Al Shabaab suspected.") still names the attacker."""
    incidents = [d for d in out if d.slot_incident and d.factuality == factuality.ACTUAL]
    if not incidents:
        return
    used = {d.sentence for d in drafts}
    near = {i for d in incidents for i in range(d.sentence + 1, min(len(spans), d.sentence + 5))} - used
    for i in sorted(near):
        claim = prefilter.scan(text, spans[i].start, spans[i].end).first("responsibility")
        prior = [d for d in incidents if d.sentence < i and i - d.sentence <= 4]
        if claim and prior:
            take_claim(prior[-1], info(i), claim.start)


def take_claim(d: Draft, si: SentenceInfo, claim_at: int) -> None:
    named = [m for m in si.actors if m.specific == 2 and m.actor.sector in ("REB", None) and not m.locative]
    if not named:
        named = [m for m in si.actors if m.specific and not m.locative and m.actor.sector not in STATE]
    if not named:
        return
    best = min(named, key=lambda m: abs(m.start - claim_at))
    if d.actor1 is None or d.actor1.specific < 2 or d.actor1.actor.sector not in ("REB",):
        if d.actor1 is not None and d.actor2 is None and d.actor1.actor.name != best.actor.name:
            d.actor2 = d.actor1
        d.actor1 = best
        d.evidence.append("responsibility")


def add_casualties(target: Draft, extra: Draft, text: str, si: SentenceInfo) -> None:
    if extra.killed is None and extra.injured is None:
        return
    also = bool(ALSO.search(text, si.span.start, si.span.end))
    for attr in ("killed", "injured"):
        new = getattr(extra, attr)
        if new is None:
            continue
        old = getattr(target, attr)
        if old is None or (attr == "killed" and extra.update):
            setattr(target, attr, new)
            target.update = target.update or (attr == "killed" and extra.update)  # a total, not one more report
        elif also:
            setattr(target, attr, old + new)
        else:
            setattr(target, attr, max(old, new))
    if target.actor2 is None and extra.actor2 is not None:
        target.actor2 = extra.actor2


def compatible_actor(a: ActorMention | None, b: ActorMention | None) -> bool:
    if a is None or b is None or a.actor.name == b.actor.name:
        return True
    if (
        a.actor.country
        and a.actor.country == b.actor.country
        and (a.specific < 2 or b.specific < 2 or a.actor.sector in STATE and b.actor.sector in STATE)
    ):
        return True
    return a.specific == 0 or b.specific == 0


def same_parties(a: Draft, b: Draft) -> bool:
    """Two reports of a meeting name at least one common side (by country), or one names nobody."""

    def sides(d: Draft) -> set[str]:
        return {m.actor.country or m.actor.name for m in (d.actor1, d.actor2) if m is not None and m.specific}

    x, y = sides(a), sides(b)
    return not x or not y or bool(x & y)


def same_kind(a: str, b: str) -> bool:
    """The same category, or two readings of one protest (taxonomy's ``protest_rank``)."""
    return a == b or protest_rank(a) is not None and protest_rank(b) is not None


def same_place(a: Draft, b: Draft, texts: dict[int, str]) -> bool:
    p, q = a.place, b.place
    if p is None or q is None or "place" in a.inferred or "place" in b.inferred:
        return True
    if p.country and q.country and p.country != q.country:
        return False
    if p.name == q.name or p.is_country or q.is_country:
        return True
    # "in Borno" (headline) and "near Marte, in Borno State" (body): one names the other's surroundings.
    return p.name in texts.get(b.sentence, "") or q.name in texts.get(a.sentence, "")


def merge_mentions(drafts: list[Draft], texts: dict[int, str], text: str) -> list[Draft]:
    """Repeated reports of one event in a document (headline and body, two statements) become one."""
    out: list[Draft] = []
    for d in drafts:
        twin = next((o for o in out if _same_incident(o, d, texts)), None)
        if twin is None:
            out.append(d)
            continue
        twin.echoes += [d.trigger, *d.echoes]
        absorb(
            twin,
            d,
            background=bool(BACKGROUND.search(text, max(0, d.trigger.start - 60), d.trigger.start)),
            additive=d.sentence > twin.sentence
            and bool(MORE_VICTIMS.search(texts[d.sentence]))
            and not ATTACKERS.search(texts[d.sentence]),
        )
    return out


def _same_incident(o: Draft, d: Draft, texts: dict[int, str]) -> bool:
    """Same kind, same factuality, compatible sides, no conflicting day, the same place."""
    if not same_kind(o.category, d.category) or o.factuality != d.factuality:
        return False
    if gathering(d.category):
        if not same_parties(o, d):
            return False
    elif not (
        compatible_actor(o.actor1, d.actor1)
        and compatible_actor(o.actor2, d.actor2)
        or symmetric(d.category)
        and compatible_actor(o.actor1, d.actor2)
        and compatible_actor(o.actor2, d.actor1)
    ):
        return False
    return not _other_day(o, d) and same_place(o, d, texts)


def _other_day(o: Draft, d: Draft) -> bool:
    """Both report their own day, and the days differ (neither contains the other: "2024-05" and "2024-05-02")."""
    if not (o.when and d.when and o.when.value and d.when.value) or o.when.value == d.when.value:
        return False
    if "when" in o.inferred or "when" in d.inferred:
        return False
    return not (o.when.value.startswith(d.when.value) or d.when.value.startswith(o.when.value))


# "... protested, after the riots of the previous week": an earlier event told as background.
BACKGROUND = re.compile(rf"\b(?:{_any('background_words')})\b[^.;:]{{0,50}}$", re.IGNORECASE)


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


def absorb(keep: Draft, other: Draft, background: bool = False, additive: bool = False) -> None:
    """Fold ``other`` into ``keep``; ``additive``: a later sentence tells of more victims ("a second
    woman was also stabbed"), whose figures add to the first rather than restate them."""
    severest = keep.category
    if same_kind(keep.category, other.category) and not background:
        # Reports of one protest merge into its most severe reading.
        severest = max(keep.category, other.category, key=lambda c: protest_rank(c) or 0)
    keep.mentions += other.mentions
    keep.extractors |= other.extractors
    if other.hedge is None and not background and other.slot_incident and other.factuality == factuality.ACTUAL:
        keep.hedge = None  # told plainly elsewhere in the report
    if not background and richness(other) > richness(keep):
        for attr in _RICHER_FIELDS:
            mine, theirs = getattr(keep, attr), getattr(other, attr)
            setattr(keep, attr, theirs if theirs is not None else mine)
        keep.inferred = set(other.inferred)
    else:
        _fill_gaps(keep, other)
    _merge_counts(keep, other, additive)
    if keep.category != severest:
        keep.category = severest


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


def _merge_counts(keep: Draft, other: Draft, additive: bool) -> None:
    for attr in ("killed", "injured"):
        a, b = getattr(keep, attr), getattr(other, attr)
        if b is not None and a is not None and b and additive and not other.update:
            setattr(keep, attr, a + b)
        elif b is not None and (a is None or b > a or other.update):
            setattr(keep, attr, b)
