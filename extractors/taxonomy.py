"""The category taxonomy: one data file maps each category to ACLED, CAMEO and PLOVER."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .event import AcledType
from .resources import load_json


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    acled: AcledType | None
    cameo: str | None
    plover: str | None
    family: str
    verb: str
    violent: bool


@cache
def categories() -> dict[str, Category]:
    out = {}
    for name, c in load_json("taxonomy.json")["categories"].items():
        acled = AcledType(*c["acled"]) if c["acled"] else None
        out[name] = Category(name, acled, c["cameo"], c["plover"], c["family"], c["verb"], c["violent"])
    return out


def category(name: str) -> Category:
    try:
        return categories()[name]
    except KeyError:
        raise KeyError(f"unknown category {name!r}; see extractors/data/taxonomy.json") from None
