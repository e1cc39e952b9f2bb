"""The places of one sentence: the locative pass, then the passes that find places by the words around
them, then the hints that say which place encloses which."""

from __future__ import annotations

from ..gazetteer import Atom
from .hints import enclose, share_pairs
from .locative import read_locatives
from .mention import Found, PlaceMention
from .named import PASSES


def mentions(text: str, start: int, end: int, atoms: list[Atom]) -> list[PlaceMention]:
    """Places named in ``text[start:end]`` after a locative preposition, with what the gazetteer knows."""
    found = Found()
    read_locatives(text, start, end, atoms, found)
    found.covered = [(p.start, p.end) for p in found.places + found.spots] + found.covered
    for read in PASSES:
        read(text, start, end, atoms, found)
    out = found.places
    if not any(not p.is_country for p in out):
        # "blocked the Zahle roundabout": the town a road or spot is named for, when nothing says where
        # ("attacked the Kabul-Kandahar highway in Sorpal" happened in Sorpal).
        out += found.spots
    out.sort(key=lambda p: p.start)
    enclose(text, out)  # "the village of Marte in the north of Borno"
    share_pairs(out, found.pairs)
    return out
