"""The draft of an event while the stages assemble it, and what is known of each sentence.

Which stage sets which ``Draft`` field:

- ``triggers``: category, factuality, sentence, trigger, cues, extractors, rule, killed, injured, update,
  casualty_only, hedge, and a first place, extra_places, when and quantity;
- ``roles`` (called by ``triggers``): actor1, actor2, actor1_by;
- ``incidents``: echoes and mentions, casualties and claims folded in from later sentences, and every
  field of a draft that absorbs another report of its incident;
- ``scene``: place and when when the sentence gives none, and inferred;
- ``records``: reads the draft, sets nothing on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import actors as actor_mod
from . import casualties
from .actors import ActorMention
from .dates import DateMention
from .event import Quantity, Span
from .gazetteer import Atom
from .places import PlaceMention
from .rules import Candidate
from .taxonomy import category as get_category
from .taxonomy import in_incident_slot
from .words import choices

INCIDENT = "incident"


STATE = actor_mod.STATE


ARMED = {"MIL", "COP", "REB", "UAF"}  # UAF: armed but in no state's or rebel's service (private security)


@dataclass(slots=True)
class SentenceInfo:
    span: Span
    atoms: list[Atom]
    actors: list[ActorMention]
    places: list[PlaceMention]
    dates: list[DateMention]
    counts: list[casualties.Count]


@dataclass(slots=True)
class Draft:
    """An event while it is being assembled (mutable); frozen into an ``Event`` at the end."""

    category: str
    factuality: str
    sentence: int
    trigger: Candidate
    cues: set[str]
    extractors: set[str]
    rule: str
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    killed: int | None = None
    injured: int | None = None
    update: bool = False
    quantity: Quantity | None = None
    place: PlaceMention | None = None
    when: DateMention | None = None
    mentions: int = 1
    casualty_only: bool = False
    inferred: set[str] = field(default_factory=set)  # fields taken from nearby sentences, weak when merging
    extra_places: list[PlaceMention] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    actor1_by: bool = False  # actor1 is the agent after "by" in a passive ("police was shot by a man")
    echoes: list[Candidate] = field(default_factory=list)  # triggers of later sentences telling of it again
    hedge: str | None = None  # "allegedly": see factuality.hedge

    @property
    def slot_incident(self) -> bool:
        return in_incident_slot(self.category)


def family(category: str) -> str:
    return get_category(category).family


# Between a trigger and a place or person: a sign they are in different clauses ("before fleeing to Goma").
CLAUSE_GAP = re.compile(rf"[;:,]|\b(?:{choices('clause_words.json', 'clause_gaps')})\b")
