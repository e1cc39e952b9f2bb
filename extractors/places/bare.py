"""Bare names: capitalised names that are not actors, for sentences that name a place without "in" or
"near". They are places only if the gazetteer knows them well, which the caller checks."""

from __future__ import annotations

import re

from ..gazetteer import Atom
from .buildings import GENERIC_WORDS, INSTITUTION_ONLY, INSTITUTION_WORDS, names_building
from .mention import PlaceMention
from .patterns import NAME, STOP_NAMES

_BARE = re.compile(rf"(?<![\w'’.-])(?P<name>{NAME})")


def bare_mentions(text: str, start: int, end: int, atoms: list[Atom]) -> list[PlaceMention]:
    """Capitalised names in ``text[start:end]`` that are not actors: places only if the gazetteer
    knows them well (the caller checks), for sentences that name a place without "in" or "near"."""
    out: list[PlaceMention] = []
    for m in _BARE.finditer(text, start, end):
        found = _town_in(m.group("name").rstrip("."), m.start("name"), text)
        if found is None:
            continue
        name, a = found
        b = a + len(name)
        if name.split()[0].lower().strip(".") in STOP_NAMES or len(name) < 4 or name.isupper():
            continue  # "(BUYA)": an acronym
        if any(x.start < b and a < x.end and x.kind != "capital" for x in atoms):
            continue  # a group, a nationality, a country (countries are found elsewhere)
        out.append(PlaceMention(name, a, b, name, None, None, False, 1, (), True))
    return out


def _town_in(name: str, a: int, text: str) -> tuple[str, int] | None:
    """The town a capitalised name at ``a`` is or is named for, with where it starts; None if the name is
    an institution's that names no town."""
    # "A Kandahar bank branch", "the Benghazi Central Hospital": the town an institution is named for
    words = name.split(" ")
    # ... and "the MSF Bria office": an organisation's acronym before it
    while len(words) > 1 and (
        words[0].lower().strip(".") in ("a", "an", "the") or words[0].isupper() and len(words[0]) <= 6
    ):
        a += len(words[0]) + 1
        words = words[1:]
    cut = next((k for k, w in enumerate(words) if k and w.lower() in INSTITUTION_WORDS), len(words))
    if cut < len(words) and any(w.lower() in INSTITUTION_WORDS or w.lower() in GENERIC_WORDS for w in words[:cut]):
        return None  # "the Central Police Station", "the Supreme Administrative Court": no town in the name
    name = " ".join(words[:cut])
    if names_building(text, a + len(name)) and all(
        w.lower() in INSTITUTION_ONLY | INSTITUTION_WORDS for w in words[:cut]
    ):
        return None  # "the Central bank": the name of the building, no town's
    return name, a
