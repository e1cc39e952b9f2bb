"""The category taxonomy: what each category is (data/taxonomy.json, checked by ``lexicon``).

Each category maps to ACLED, CAMEO and PLOVER and carries the properties the stages ask about by
name rather than by a list in code: whether its sides are symmetric, whether it is a gathering or a
speech act, how severe a protest it is, whether both sides are armed, and the pseudo-category
``territory`` that becomes a government's or a non-state group's gain by who took it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .event import AcledType
from .lexicon import lexicon


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    acled: AcledType | None
    cameo: str | None
    plover: str | None
    family: str
    verb: str
    violent: bool
    symmetric: bool = False  # either side may be named first: reports with the sides swapped are one event
    gathering: bool = False  # sides meet or agree: reports of it are one event if they share a side
    speech_act: bool = False  # saying it is doing it: the speaker is actor1
    armed_sides: bool = False  # both sides are armed: civilians among the dead are not a side
    protest_rank: int | None = None  # severity among the readings of one protest (higher is more severe)
    by_actor1: tuple[str, str] | None = None  # (category if actor1 is a state force, category otherwise)


@cache
def categories() -> dict[str, Category]:
    out = {}
    for name, c in lexicon().categories.items():
        acled = AcledType(*c["acled"]) if c["acled"] else None
        recode = (c["by_actor1"]["state"], c["by_actor1"]["other"]) if "by_actor1" in c else None
        flags = {k: c.get(k, False) for k in ("symmetric", "gathering", "speech_act", "armed_sides")}
        out[name] = Category(
            name, acled, c["cameo"], c["plover"], c["family"], c["verb"], c["violent"], **flags,
            protest_rank=c.get("protest_rank"), by_actor1=recode,
        )  # fmt: skip
    return out


def category(name: str) -> Category:
    try:
        return categories()[name]
    except KeyError:
        raise KeyError(f"unknown category {name!r}; see extractors/data/taxonomy.json") from None


@cache
def _with(flag: str) -> frozenset[str]:
    return frozenset(name for name, c in categories().items() if getattr(c, flag))


def symmetric(name: str) -> bool:
    """Do the two sides play the same role (an armed clash, a meeting), so either may be reported first?"""
    return name in _with("symmetric")


def gathering(name: str) -> bool:
    """Is it a meeting or an agreement, where reports are one event if they name a common side?"""
    return name in _with("gathering")


def speech_act(name: str) -> bool:
    """Is saying it doing it (a demand, a threat, an accusation), so that whoever says it is its source?"""
    return name in _with("speech_act")


def armed_sides(name: str) -> bool:
    """Are both sides armed (a battle, a fight for territory), so civilians named are not one of them?"""
    return name in _with("armed_sides")


def protest_rank(name: str) -> int | None:
    """How severe a reading of a protest this is (peaceful 1 .. excessive force 4); None for no protest."""
    c = categories().get(name)
    return c.protest_rank if c is not None else None


def by_actor(name: str, state_actor1: bool) -> str:
    """The category an event of ``name`` is coded as, given whether a state force is its actor1: ``territory``
    is a government regaining it or a non-state group overtaking it; other categories stay as they are."""
    c = categories().get(name)
    if c is None or c.by_actor1 is None:
        return name
    return c.by_actor1[0] if state_actor1 else c.by_actor1[1]


def in_incident_slot(name: str) -> bool:
    """Does the category share the incident slot (one actual event a sentence of all violence, protest, arrests,
    ...), unlike meetings, statements and agreements, of which a sentence may report one each?"""
    return category(name).family in lexicon().incident_families
