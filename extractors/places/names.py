"""What a name found by a pattern is: a country, a name the gazetteer knows, or words that are no place
(a stop word, an actor's words, a span already read)."""

from __future__ import annotations

from ..gazetteer import Atom, Country, index
from ..geocode import areas_named, candidates
from .patterns import STOP_NAMES


def is_country_name(name: str) -> bool:
    return country_of(name) is not None


def country_of(name: str) -> Country | None:
    idx = index()
    key = name.replace(".", "").strip()
    found = idx.folded.get(key.lower())
    if found and found[0] == "country":
        return found[1]  # type: ignore[return-value]
    found = idx.exact.get(key)
    if found and found[0] == "country":
        return found[1]  # type: ignore[return-value]
    return None


def known(name: str) -> bool:
    return country_of(name) is not None or bool(areas_named(name)) or bool(candidates(name))


def trim_name(name: str) -> str:
    """A name ends before "The", before a dateline in capitals ("Syria The", "Probe BOSTON") and before a day or
    month ("in Yemen Saturday", "in Kabul March 3")."""
    words = name.split(" ")
    for k in range(1, len(words)):
        w = words[k]
        if w in ("The", "A", "An") or (w.isupper() and len(w) > 2 and not words[k - 1].isupper()):
            return " ".join(words[:k])
        if w.lower() in _DAYS_AND_MONTHS:
            return " ".join(words[:k])
    return name


# Weekdays and month names in full ("May" and short forms such as "Mar" also begin place names: "Mar Elias").
_DAYS_AND_MONTHS = frozenset(
    w
    for w in STOP_NAMES
    if w.endswith("day")
    or w
    in (
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    )
)


def blocked(
    name: str, a: int, b: int, covered: list[tuple[int, int]], atoms: list[Atom], kinds: frozenset[str] | None = None
) -> bool:
    """Not a place: a stop word, a span already read as one, or an actor's words (of ``kinds``, else of
    any kind but a capital)."""
    if name.split()[0].lower() in STOP_NAMES or any(x < b and a < y for x, y in covered):
        return True
    return any(
        x.start < b and a < x.end and (x.kind in kinds if kinds is not None else x.kind != "capital") for x in atoms
    )


def paren_hints(paren: str | None) -> tuple[str, ...]:
    """The admin names in "(Quissanga, Cabo Delgado)"; nothing for "(AFP)"-like asides."""
    if not paren:
        return ()
    parts = tuple(x.strip().rstrip(".") for x in paren.split(",") if x.strip())
    return parts if all(x[:1].isupper() for x in parts) else ()
