"""The event record: the project's public contract, and its JSON Schema."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

FACTUALITY = ("actual", "negated", "hypothetical")
DATE_PRECISION = ("day", "month", "year")
# PLOVER's event types: the values the ``plover`` field takes (or null).
PLOVER = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
SECTORS = ("GOV", "MIL", "REB", "COP", "CVL", "PRT", "IGO", "NGO", "PTY", "MED", "CRM", "ETH", "BUS", "UAF", "OTH")


@dataclass(frozen=True, slots=True)
class Document:
    """One input text. ``date`` is the reference (publication) date, ISO ``YYYY-MM-DD`` or None."""

    id: str
    text: str
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    text: str
    name: str
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    value: int
    unit: str
    text: str


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    name: str
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None


@dataclass(frozen=True, slots=True)
class When:
    text: str
    value: str | None
    precision: str | None


@dataclass(frozen=True, slots=True)
class AcledType:
    event_type: str
    sub_event_type: str | None


@dataclass(frozen=True, slots=True)
class Event:
    doc_id: str
    event_id: str
    summary: str
    category: str
    acled: AcledType | None
    cameo: str | None
    plover: str | None
    factuality: str
    actor1: Actor | None
    actor2: Actor | None
    fatalities: int | None
    injured: int | None
    quantity: Quantity | None
    location: Place | None
    date: When | None
    trigger: Span
    sentence: Span
    extractor: str
    rule: str
    confidence: float
    mentions: int = 1
    locations: tuple[Place, ...] = field(default=())  # every place of an event reported at several
    sources: tuple[dict[str, Any], ...] = field(default=())
    # With ``mentions``: a further sentence telling of the incident with this event_id (figures stay there).
    mention_of: str | None = None
    # An actual event the report hedges ("allegedly"): the hedging word.
    hedge: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for optional in ("mention_of", "hedge"):
            if d[optional] is None:
                del d[optional]
        for optional in ("locations", "sources"):
            if not d[optional]:
                del d[optional]
            else:
                d[optional] = list(d[optional])
        return d


def _obj(props: dict[str, Any], required: list[str] | None = None, nullable: bool = True) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": ["object", "null"] if nullable else "object",
        "properties": props,
        "required": required if required is not None else list(props),
        "additionalProperties": False,
    }
    return schema


_STR = {"type": "string"}
_NSTR = {"type": ["string", "null"]}
_NINT = {"type": ["integer", "null"], "minimum": 0}
_NNUM = {"type": ["number", "null"]}
_SPAN = _obj(
    {"text": _STR, "start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}}, nullable=False
)
_ACTOR = _obj(
    {
        "text": _STR,
        "name": _STR,
        "country": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"},
        "sector": {"enum": [*SECTORS, None]},
    }
)


_PLACE = _obj(
    {
        "text": _STR,
        "name": _STR,
        "country": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"},
        "admin1": _NSTR,
        "admin2": _NSTR,
        "lat": _NNUM,
        "lon": _NNUM,
        "precision": {"type": ["integer", "null"], "enum": [1, 2, 3, None]},
    }
)


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one emitted event line."""
    props = {
        "doc_id": _STR,
        "event_id": _STR,
        "summary": _STR,
        "category": _STR,
        "acled": _obj({"event_type": _STR, "sub_event_type": _NSTR}),
        "cameo": _NSTR,
        "plover": {"enum": [*PLOVER, None]},
        "factuality": {"enum": list(FACTUALITY)},
        "actor1": _ACTOR,
        "actor2": _ACTOR,
        "fatalities": _NINT,
        "injured": _NINT,
        "quantity": _obj({"value": {"type": "integer"}, "unit": _STR, "text": _STR}),
        "location": _PLACE,
        "date": _obj(
            {
                "text": _STR,
                "value": {"type": ["string", "null"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
                "precision": {"enum": [*DATE_PRECISION, None]},
            }
        ),
        "trigger": _SPAN,
        "sentence": _SPAN,
        "extractor": {"enum": ["rules", "spacy", "rules+spacy"]},
        "rule": _STR,
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "mentions": {"type": "integer", "minimum": 1},
        "locations": {"type": "array", "items": {**_PLACE, "type": "object"}},
        "sources": {"type": "array", "items": _obj({"doc_id": _STR, "sentence": _STR}, nullable=False)},
        "mention_of": _STR,
        "hedge": _STR,
    }
    required = [k for k in props if k not in ("locations", "sources", "mention_of", "hedge")]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "conflict-events event",
        **_obj(props, required, nullable=False),
    }


@cache
def country_names() -> dict[str, str]:
    """The name of each country by the ISO 3166 alpha-3 code that ``Actor.country`` and ``Place.country`` hold."""
    from .resources import load_json

    return {c["iso3"]: c["name"] for c in load_json("countries.json")}
