"""Stages 2 and 5, incidents: which drafts tell of one incident.

``attach_followups`` folds into an incident the later sentences that only add to it (casualties,
"in the ensuing clash", a claim of responsibility), after ``splitting`` has given a second draft to a
sentence that tells two incidents at two places; ``merge_mentions`` folds every further report of an
incident into it (headline, lead and body; the bomb and the attack it opened). Whether a report folds or
starts an incident is ``merging``'s verdict (compatible kind, place and day, or a stated separation), and
its reason shows in the ``rule`` ("fold:strike,same-place", "new:other-day"). Sets on the kept ``Draft``:
``echoes``, ``mentions``, ``killed``/``injured``/``update``, ``actor1``/``actor2`` (claims), ``evidence``,
``hedge``, and any field the richer of two reports gives. The English words it reads are in
``data/incident_words.json``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from . import combining, factuality, merging, prefilter, splitting
from .actors import ActorMention
from .draft import STATE, Draft, SentenceInfo, family
from .places import PlaceMention
from .taxonomy import armed_sides, category, gathering, protest_rank, symmetric
from .words import choices

_FILE = "incident_words.json"


def _any(key: str) -> str:
    """The list ``key`` of ``data/incident_words.json`` as regex alternatives, in the order written."""
    return choices(_FILE, key)


# "Two more soldiers died": a later casualty figure that adds to the first rather than restating it.
ALSO = re.compile(rf"\b(?:{_any('also_words')})\b", re.IGNORECASE)


# "A second woman was also stabbed": a later report of further victims, not a restatement.
MORE_VICTIMS = merging.MORE_VICTIMS


# A later sentence on the attackers' own losses ("Three gunmen were also killed") is not added: coders
# differ on counting them (ACLED does, GTD's and Wikipedia's victim counts mostly do not), so the
# figure stays the larger one reported; except in a battle, whose toll counts both armed sides.
ATTACKERS = re.compile(rf"\b(?:{_any('attackers')})\b", re.IGNORECASE)


# "were killed in the ensuing clash", "in the blast": a later sentence telling more of the same incident.
ANAPHORIC = merging.ANAPHORIC


def attach_followups(
    text: str, drafts: list[Draft], infos: dict[int, SentenceInfo], info: Callable[[int], SentenceInfo], spans: list
) -> list[Draft]:
    """Fold casualty-only sentences, reports of "the ensuing clash" and responsibility claims into
    the incident they follow, unless they name another place or day of their own ("killed on Saturday in X")
    or say they tell of another incident ("In a separate incident")."""
    out: list[Draft] = []
    last_incident: Draft | None = None
    texts = {i: si.span.text for i, si in infos.items()}
    drafts = splitting.split_places(text, drafts, infos)
    for d in drafts:
        si = infos[d.sentence]
        sentence = prefilter.scan(text, si.span.start, si.span.end)
        claim = sentence.first("responsibility")
        no_claim = sentence.first("no_responsibility")
        anaphoric = bool(ANAPHORIC.search(text, si.span.start, si.span.end))
        why = _follows(d, last_incident, claim is not None, anaphoric) if last_incident is not None else None
        split = None
        if why and last_incident is not None:
            split = merging.apart(last_incident, d, texts, text, si.span.start, _scene(out, text))
        if last_incident is not None and why and split is None:
            _fold(last_incident, d, text, si, claim.start if claim is not None else None, why)
            continue
        if split is not None:
            d.evidence.append(f"new:{split}")
        last_incident = _tell(d, last_incident, si, claim.start if claim else None, no_claim is not None)
        if d.casualty_only and d.factuality != factuality.ACTUAL:
            continue
        out.append(d)
    _claims_alone(text, out, drafts, info, spans)
    return out


def _tell(d: Draft, last: Draft | None, si: SentenceInfo, claim_at: int | None, no_claim: bool) -> Draft | None:
    """A report that starts an incident (with its claim, if any); or a claim that names the last one's
    attackers. Returns the incident told last."""
    if d.slot_incident and d.factuality == factuality.ACTUAL:
        if claim_at is not None:
            take_claim(d, si, claim_at)
        if no_claim and (d.actor1 is None or d.actor1.specific == 0) and claim_at is None:
            d.evidence.append("no claim of responsibility")
        return d
    if (
        claim_at is not None
        and last is not None
        and d.sentence - last.sentence <= 4
        and d.category in ("accusation", "threat", "military_threat")
    ):
        take_claim(last, si, claim_at)
    return last


def _scene(told: list[Draft], text: str) -> PlaceMention | None:
    """The place of the last report that names one of its own: where the incident told last happened."""
    return next((p for p in (merging.own_place(d, text) for d in reversed(told)) if p is not None), None)


def _follows(d: Draft, last: Draft, claim: bool, anaphoric: bool) -> str | None:
    """Does ``d`` tell more of the incident ``last`` (casualties, a claim, "in the ensuing clash")? Why."""
    if not d.slot_incident or d.sentence - last.sentence > 4:
        return None
    if d.casualty_only:
        return "casualties"
    if claim and (anaphoric or d.category in (last.category, "attack")):
        return "claim"
    if anaphoric and family(d.category) == family(last.category):
        return "back-reference"
    return None


def _fold(last: Draft, d: Draft, text: str, si: SentenceInfo, claim_at: int | None, why: str) -> None:
    add_casualties(last, d, text, si)
    combining.own_scene(last, d, text, days=False)
    if d.factuality == factuality.ACTUAL:
        last.echoes.append(replace(d.trigger, rule=f"{d.trigger.rule}>fold:{why}"))
        last.evidence.append(f"fold:{why}")
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


def merge_mentions(
    drafts: list[Draft], texts: dict[int, str], text: str, spots: merging.Spots = frozenset()
) -> list[Draft]:
    """Further reports of one incident in a document (headline, lead and body; the bomb and the attack it
    opened) become one; each fold or split gives its reason (``merging``), which the ``rule`` shows.
    ``spots``: the places the gazetteer does not know (``merging.Spots``)."""
    out: list[Draft] = []
    for d in drafts:
        start = _sentence_start(text, texts, d)
        verdicts = [(o, _verdict(o, d, texts, text, start, spots)) for o in out if o.factuality == d.factuality]
        folds = [(o, v) for o, v in verdicts if v.fold]
        if not folds:
            split = next(
                (v.reason for o, v in reversed(verdicts) if _near(o, d, text) and v.reason != "other-kind"), None
            )
            if split is not None:
                d.evidence.append(f"new:{split}")
            out.append(d)
            continue
        twin, verdict = max(folds, key=lambda ov: _closeness(ov[0], d, ov[1].reason))
        twin.evidence.append(f"fold:{verdict.reason}")
        combining.absorb(
            twin,
            d,
            background=bool(BACKGROUND.search(text, max(0, d.trigger.start - 60), d.trigger.start)),
            additive=d.sentence > twin.sentence
            and bool(MORE_VICTIMS.search(texts[d.sentence]))
            and (not ATTACKERS.search(texts[d.sentence]) or armed_sides(twin.category)),
            why=verdict.reason,
            text=text,
        )
    for d in out:
        _show_reasons(d)
    return out


def _near(o: Draft, d: Draft, text: str) -> bool:
    """Is ``o`` told in ``d``'s paragraph or the one before? Only a split from such a report is worth a reason in
    the rule (and a long report cut at paragraph breaks then gives the same rules as read whole)."""
    return text.count("\n\n", o.trigger.end, d.trigger.start) <= 1


def _sentence_start(text: str, texts: dict[int, str], d: Draft) -> int:
    own = texts.get(d.sentence, "")
    found = text.find(own, max(0, d.trigger.start - len(own))) if own else -1
    return found if 0 <= found <= d.trigger.start else d.trigger.start


def _closeness(o: Draft, d: Draft, reason: str) -> tuple[int, int, int]:
    """Which of several incidents a report folds into: the one at its own place (or, for a report that names none,
    at the place of the sentences around it), of its own category, nearest."""
    place = 2 if "same-place" in reason else 1 if "enclosing-place" in reason else 0
    if not place and d.place is not None and o.place is not None and d.place.name == o.place.name:
        place = 1
    return place, int(o.category == d.category), o.sentence


def _verdict(o: Draft, d: Draft, texts: dict[int, str], text: str, start: int, spots: merging.Spots) -> merging.Verdict:
    """``merging``'s verdict, and sides that conflict when the report names no place of its own to go by (a
    report at the incident's own place folds whatever sides it names: roles are often misread)."""
    verdict = merging.relation(o, d, texts, text, start, spots)
    if verdict.fold and "unstated-place" in verdict.reason and not _may_merge(o, d):
        if d.sentence > o.sentence and NAMES_ATTACKERS.search(text, max(0, d.trigger.start - 6), d.trigger.end):
            return merging.Verdict(True, f"{verdict.reason},attackers")  # "the attackers were rebels": who did it
        return merging.Verdict(False, "other-sides")
    return verdict


def _may_merge(o: Draft, d: Draft) -> bool:
    """Same factuality and compatible sides (kind, place and day are ``merging``'s)."""
    if o.factuality != d.factuality:
        return False
    if gathering(d.category) or gathering(o.category) or category(d.category).acled is None:
        # A meeting, or words said (an accusation and its reply): one exchange while some side is common.
        return same_parties(o, d)
    return (
        compatible_actor(o.actor1, d.actor1)
        and compatible_actor(o.actor2, d.actor2)
        or symmetric(d.category)
        and compatible_actor(o.actor1, d.actor2)
        and compatible_actor(o.actor2, d.actor1)
    )


def _show_reasons(d: Draft) -> None:
    """Write the fold and split reasons into the rule, before its ``>type:`` part (records read that last)."""
    notes = [e for e in dict.fromkeys(d.evidence) if e.startswith(("fold:", "new:"))]
    if not notes:
        return
    head, sep, tail = d.rule.rpartition(">type:")
    if not sep:
        head, tail = d.rule, ""
    d.rule = f"{head}>{';'.join(notes)}{sep}{tail}"


# "The attackers belonged to a rebel faction": a trigger that only names back the attackers of the incident.
NAMES_ATTACKERS = re.compile(rf"\bthe\s+(?:{_any('attacker_references')})$", re.IGNORECASE)

# "... protested, after the riots of the previous week": an earlier event told as background.
BACKGROUND = re.compile(rf"\b(?:{_any('background_words')})\b[^.;:]{{0,50}}$", re.IGNORECASE)
