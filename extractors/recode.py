"""An event's category recoded for who its sides are, the way ACLED codes by actor.

``recode_by_actors`` takes a draft's category and its two localized actors and returns the category of
the record: ``territory`` becomes a government regaining or a non-state group taking ground; an attack on
armed forces is a battle; a "battle" with protesters or party supporters, or one with no armed group on
either side, is a riot. Called by ``records``; it sets nothing on the draft. The words it reads (targeted
killings, off duty) are in data/recode.json.
"""

from __future__ import annotations

import re
from functools import cache

from .draft import ARMED, STATE, Draft
from .event import Actor
from .words import alternation, words


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
    category = d.category
    if category == "territory":  # taxonomy: by_actor
        return (
            "government_regains_territory" if a1 is not None and a1.sector in STATE else "non_state_overtakes_territory"
        )
    if category == "attack" and attack_on_armed(d, a1, a2, sentence):  # taxonomy: armed_sides
        category = "armed_clash"  # ACLED: an attack on armed forces is a battle, not violence against civilians
    if category == "armed_clash":  # taxonomy: armed_sides
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
        return "violent_demonstration" if d.cues & {"protest", "riot"} else "mob_violence"  # taxonomy: protest_rank
    return "armed_clash"
