"""Which category an incident is, from every cue its sentence holds (the way a coder reads it).

The decision list lives in data/typing.json: the first rule whose conditions hold names the category.
So do the cues that guard others (a grievance before "arrest") and the cues that make a threat one of
force. An incident cue no rule names is typed like the cue its trigger stands in for (``lexicon``).

``recode_by_actors`` makes the last category decision, once the actors are known (records.py calls it):
ACLED codes by who did what to whom, so an attack on soldiers is a battle and a clash with no armed side
a riot. ``take_weapon`` (a pipeline step before merging) types a bare "attack" by the article's weapon.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from . import cues, factuality, prefilter, taxonomy
from .draft import ARMED, STATE, Draft
from .event import Actor
from .lexicon import lexicon
from .words import alternation, words

_NEGATED_BEFORE = re.compile(r"\b(?:no|not|without|never)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "against the trial of youths who clashed with another group": violence told of someone else, earlier.
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that|whom)\b[^,;]*$", re.IGNORECASE)
_GUARD_WINDOW = 50  # characters before a context cue where its guard cancels it
_RELATIVE_WINDOW = 25


@cache
def _rules() -> tuple[dict, ...]:
    return lexicon().rules


@cache
def _figures_elsewhere() -> frozenset[str]:
    return frozenset(r["id"] for r in _rules() if r.get("figures_elsewhere"))


@cache
def _guards_of() -> dict[str, tuple[str, ...]]:
    """Context cue -> the guard cues that cancel it ("protesting against the arrest of": a grievance)."""
    out: dict[str, tuple[str, ...]] = {}
    for guard, guarded in lexicon().guards.items():
        for cid in guarded:
            out[cid] = (*out.get(cid, ()), guard)
    return out


@cache
def _relative_guarded() -> frozenset[str]:
    return frozenset(lexicon().relative_guarded)


def figures_elsewhere(rule_id: str) -> bool:
    """Does this typing rule read the sentence's casualty figures as another incident's ("arrested over the
    killing of a chief")?"""
    return rule_id in _figures_elsewhere()


@cache
def decisive_cues() -> dict[str, set[str]]:
    """Category -> the trigger cues whose presence types an incident as it (the first rule's, for a category
    several rules give), with the cues that stand in for them."""
    stand_in = lexicon().stand_in
    out = {r["category"]: set(r.get("any", ())) for r in reversed(_rules())}
    for decisive in out.values():
        decisive |= {cid for cid, like in stand_in.items() if like in decisive}
    return out


def incident_category(trigger_cues: set[str], text: str, start: int, end: int, killed: int | None) -> tuple[str, str]:
    """(category, rule id) for the actual incident cues of one sentence."""
    stand_in = lexicon().stand_in
    if stand_in:
        trigger_cues = {stand_in.get(c, c) for c in trigger_cues}
    context: dict[str, bool] = {}

    def has(cue_id: str) -> bool:
        if cue_id in trigger_cues:
            return True
        if cue_id not in context:
            context[cue_id] = any(
                _counts(cue_id, text, start, h.start) for h in prefilter.scan(text, start, end).find(cue_id)
            )
        return context[cue_id]

    for rule in _rules():
        if _holds(rule, trigger_cues, has, killed):
            return rule["category"], rule["id"]
    return "attack", "default"


def _holds(rule: dict, trigger_cues: set[str], has: Callable[[str], bool], killed: int | None) -> bool:
    """Do a typing rule's conditions hold ('any' and 'none' read the actual triggers, the rest the sentence)?"""
    return (
        all(has(c) for c in rule.get("all", ()))
        and (not rule.get("any") or any(c in trigger_cues for c in rule["any"]))
        and (not rule.get("context_any") or any(has(c) for c in rule["context_any"]))
        and not any(c in trigger_cues for c in rule.get("none", ()))
        and not (rule.get("killed") and not killed)
    )


def _counts(cue_id: str, text: str, start: int, at: int) -> bool:
    """Does a context cue found at ``at`` count: not negated, not guarded, not told of someone else?"""
    if _NEGATED_BEFORE.search(text, max(start, at - 12), at):
        return False
    if any(cues.first(g, text, max(start, at - _GUARD_WINDOW), at) for g in _guards_of().get(cue_id, ())):
        return False
    return not (cue_id in _relative_guarded() and _RELATIVE_BEFORE.search(text, max(start, at - _RELATIVE_WINDOW), at))


def threat_category(text: str, start: int, end: int) -> str:
    """A threat of force (CAMEO 138) when the sentence names a violent act, else a general threat."""
    for cid in lexicon().military_threat:
        if cues.first(cid, text, start, end):
            return "military_threat"
    return "threat"


@cache
def targeted_killing() -> re.Pattern[str]:
    """Killing one chosen person (an off-duty colonel) is an attack on him, not a battle with his unit."""
    return re.compile(alternation(words("recode.json", "targeted_killing")), re.IGNORECASE)


@cache
def off_duty() -> re.Pattern[str]:
    """A policeman shot at home or off duty was not in a battle."""

    def any_of(key: str) -> str:
        return alternation(words("recode.json", key), space=" ")

    at_home = f"{any_of('home_prepositions')} {any_of('home_possessives')} (?:own )?{any_of('homes')}"
    return re.compile(rf"\b(?:{any_of('off_duty')}|{at_home})\b", re.IGNORECASE)


def recode_by_actors(d: Draft, a1: Actor | None, a2: Actor | None, sentence: str) -> str:
    """The category of the record: the draft's, recoded for who its two sides are."""
    # "territory" is a government's regain or a non-state group's gain, by who took it (taxonomy.json).
    category = taxonomy.by_actor(d.category, a1 is not None and a1.sector in STATE)
    if category == "attack" and attack_on_armed(d, a1, a2, sentence):
        category = "armed_clash"  # ACLED: an attack on armed forces is a battle, not violence against civilians
    if category == "armed_clash":
        return battle_or_riot(d, a1, a2)
    return category


def attack_on_armed(d: Draft, a1: Actor | None, a2: Actor | None, sentence: str) -> bool:
    """An attack on soldiers or police by anyone but civilians, unless one of them was picked out or off duty."""
    return (
        a2 is not None
        and a2.sector in ARMED
        and (a1 is None or a1.sector != "CVL")
        and not targeted_killing().match(d.trigger.text)
        and not off_duty().search(sentence)
    )


def battle_or_riot(d: Draft, a1: Actor | None, a2: Actor | None) -> str:
    """A battle needs an armed group on a side; otherwise it is a riot, or one side's attack on the other."""
    if any(a is not None and a.sector in ("PRT", "PTY") for a in (a1, a2)):
        return "violent_demonstration"  # police clashing with activists, rival party supporters: a riot
    if (
        a1 is not None
        and a2 is not None
        and "CVL" in (a1.sector, a2.sector)
        and {a1.sector, a2.sector} <= {"CVL", "COP", "GOV"}
    ):
        if ">type:attack" in d.rule and a2.sector == "CVL" and a1.sector != "CVL":
            # "Police shot dead a trader at a checkpoint": one side shot the other; the place of the
            # shooting does not make its victim armed.
            return "attack"
        # "Migrant workers clashed with police", "shopkeepers clashed with police": no armed group on either
        # side, so ACLED codes a riot, not a battle; a demonstration if the sentence says the crowd protested.
        return "violent_demonstration" if d.cues & {"protest", "riot"} else "mob_violence"
    return "armed_clash"


def take_weapon(drafts: list[Draft]) -> None:
    """ "A Russian missile hit Dnipro. ... Russia also attacked other towns. ... Chernihiv came under attack.": a
    report that says only "attack" (no weapon of its own) in an article whose first incident is a strike from
    afar (shelling, an air or drone strike) by the same side, or by a side the report does not name, was one
    more such strike. Sets ``category`` (and ``rule``) on those drafts."""
    remote = words(_INCIDENT_WORDS, "fold_remote")
    first = next((d for d in drafts if d.slot_incident and d.factuality == factuality.ACTUAL), None)
    if first is None or first.category not in remote:
        return
    side = first.actor1.actor.name if first.actor1 is not None else None
    for d in drafts:
        if d.category != "attack" or not d.cues <= _BARE_ATTACK or d.factuality != factuality.ACTUAL:
            continue
        if d.actor1 is not None and d.actor1.specific and d.actor1.actor.name != side:
            continue
        d.category = first.category
        d.rule = f"{d.rule}>weapon:{first.category}"


_INCIDENT_WORDS = "incident_words.json"
_BARE_ATTACK = {"attack", "casualty"}  # cues that name no weapon
