"""Roads, spots and buildings named for a town: when a capitalised name is a building's or a road's, not
a place's ("the Central bank", "the Zorba intersection", "Masvingo bank branch")."""

from __future__ import annotations

import re

from ..words import words
from .patterns import BUILDINGS, NAME_WORD, either

INSTITUTION_WORDS = frozenset(words(BUILDINGS, "institution_words"))
GENERIC_WORDS = frozenset(words(BUILDINGS, "generic_words"))
# The first word of a building's name that names no town: "the Central bank", "the National hospital".
INSTITUTION_ONLY = GENERIC_WORDS | frozenset(words(BUILDINGS, "institution_only"))

# "blocked the Zahle roundabout", "the Rashayya-Masnaa road": a town named for the road or spot at it.
SPOT_OF = re.compile(
    rf"(?<![\w-])the\s+(?P<name>{NAME_WORD}(?:[^\S\n]+{NAME_WORD}){{0,2}})\s+(?:{either(BUILDINGS, 'spots')})\b"
)
SPOT_AFTER = re.compile(rf"\s+(?:(?:{either(BUILDINGS, 'road_qualifiers')})\s+)?(?:{either(BUILDINGS, 'roads')})\b")
FACILITY_AFTER = re.compile(rf"\s+(?:{either(BUILDINGS, 'facilities')})\b")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_SPOT_NAMES = frozenset(words(BUILDINGS, "spot_names"))
# "in the Zorba neighbourhood": a part of a town, as the text tells it ("the Zorba area" may be a village's).
_QUARTER_AFTER = re.compile(r"\s+(?:quarter|neighbou?rhood)\b", re.IGNORECASE)


def names_spot(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` a spot's: a square, street or road ("the Place de la Concorde", "along
    the Zorba road") or a quarter ("the Zorba neighbourhood")?"""
    if any(w.lower() in _SPOT_NAMES for w in text[start:end].split()):
        return True
    return bool(SPOT_AFTER.match(text, end) or _QUARTER_AFTER.match(text, end))


def names_building(sentence: str, end: int) -> bool:
    """Does a building's word follow a bare name ending at ``end`` of ``sentence`` ("Masvingo bank branch")?"""
    m = _NEXT_WORD.match(sentence, end)
    return m is not None and m.group(1).lower() in INSTITUTION_WORDS
