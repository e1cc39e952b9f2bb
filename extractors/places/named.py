"""Places named without a locative preposition, by the words around them: "residents of X", "the
village of X", "X village", "X (District, Province)", "the X roundabout", "the towns of A, B and C".

Each pass adds to the ``Found`` of the sentence and skips a span an earlier pass read.
"""

from __future__ import annotations

import re

from ..gazetteer import Atom, index
from ..geocode import areas_named
from ..words import words
from .buildings import SPOT_OF
from .mention import Found, PlaceMention
from .names import blocked, country_of, known, paren_hints
from .patterns import ACTOR_KINDS, ADMIN, DIRECTION, KIND, NAME, NAMES, PAREN, either

_RESIDENTS_OF = words(NAMES, "residents_of")
_RESIDENTS_AFTER = either(NAMES, "residents_after")
# Whether a sentence can hold a match of _RESIDENTS at all, found faster than the match itself.
_RESIDENT_WORDS = re.compile(
    "|".join([*words(NAMES, "residents_after"), *(f"{w} of" for w in _RESIDENTS_OF)]), re.IGNORECASE
)
_RESIDENTS = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(_RESIDENTS_OF)}) of (?P<name>{NAME})"
    rf"(?:{PAREN}|\s+{KIND}\s+of\s+(?:the\s+)?(?P<of>{NAME}))?"
    rf"|(?<![\w'’.-])(?P<name2>{NAME})\s+(?:{_RESIDENTS_AFTER})\b"
)
_KIND_OF = re.compile(
    rf"(?<![\w-])(?i:{either(ADMIN, 'kind_of_words')})"
    rf"\s+of\s+(?P<name>{NAME})(?:\s*\((?P<paren>[^()]{{2,60}})\))?"
)
# ACLED's "attacked Udawa (Chikun LGA, Kaduna)": a name with its district and province in brackets.
_WITH_ADMINS = re.compile(rf"(?<![\w'’.-])(?P<name>{NAME})(?:\s+(?:{either(ADMIN, 'bracketed_kinds')}))?{PAREN}")
_NAMED_KIND = re.compile(
    rf"(?<![\w'’.-])(?P<name>{NAME})\s+(?:border\s+)?(?:{either(ADMIN, 'named_kinds')})\b(?:{PAREN})?"
)
_ITEM = rf"{NAME}(?:\s+in\s+(?:{DIRECTION}\s+)?{NAME})?"
_ITEM_RE = re.compile(rf"(?P<name>{NAME})(?:\s+in\s+(?:{DIRECTION}\s+)?(?P<within>{NAME}))?")
_LIST = re.compile(
    rf"(?<![\w-])(?:{either(ADMIN, 'list_kinds')})"
    rf"\s+(?:of\s+)?(?P<items>{_ITEM}(?:\s*,\s*(?:and\s+)?{_ITEM})*(?:,?\s+and\s+{_ITEM})?)"
)


def read_residents(text: str, start: int, end: int, atoms: list[Atom], found: Found) -> None:
    """ "residents of Mabopane protested", "Hundreds of Accra residents": the people's town."""
    if _RESIDENT_WORDS.search(text[start:end]) is None:
        return
    for m in _RESIDENTS.finditer(text, start, end):
        name = m.group("name") or m.group("name2")
        a = m.start("name") if m.group("name") else m.start("name2")
        if m.group("name2") and " of " in name:
            a += name.rindex(" of ") + 4  # "Hundreds of Accra residents"
            name = name[name.rindex(" of ") + 4 :]
        if " and " in name and not known(name):
            name = name.partition(" and ")[0]  # "people of Zorba and Zorbatoma districts": the first of the two
        b = a + len(name)
        if blocked(name, a, b, found.covered, atoms):
            continue  # also "Somali residents": a people, found as actors
        # "residents of Zorbaland area of Lagos State": the area and the place it is part of
        hints = (m.group("of"),) if m.group("of") else paren_hints(m.group("paren")) if m.group("name") else ()
        found.places.append(PlaceMention(name, a, b, name, None, None, False, 1, hints))
        found.covered.append((a, m.end()))


def read_kind_of(text: str, start: int, end: int, atoms: list[Atom], found: Found) -> None:
    """ "Raiders burned the village of Zorbagou (Logobou, Tapoa)": named as a place, with no "in"."""
    for m in _KIND_OF.finditer(text, start, end):
        name = m.group("name").rstrip(".")
        a, b = m.start("name"), m.start("name") + len(name)
        if blocked(name, a, b, found.covered, atoms, ACTOR_KINDS):
            continue
        found.places.append(PlaceMention(name, a, b, name, None, None, False, 1, paren_hints(m.group("paren"))))
        found.covered.append((a, b))


def read_spots(text: str, start: int, end: int, atoms: list[Atom], found: Found) -> None:
    """ "Blocked the Zahle roundabout", "the Rashayya-Masnaa road": the towns a road or spot is named for."""
    for m in SPOT_OF.finditer(text, start, end):
        for part in re.finditer(r"[^-–]+", m.group("name")):
            name = part.group().strip()
            a = m.start("name") + part.start()
            b = a + len(name)
            if len(name) < 3 or blocked(name, a, b, found.covered, atoms):
                continue  # also "the Kenyan border", "the Wagner camp"
            found.spots.append(PlaceMention(name, a, b, name, None, None, False, 1))


def read_with_admins(text: str, start: int, end: int, atoms: list[Atom], found: Found) -> None:
    """ "Attacked Udawa (Chikun LGA, Kaduna)": a name whose brackets hold admin or country names."""
    if "(" not in text[start:end]:
        return
    for m in _WITH_ADMINS.finditer(text, start, end):
        name = m.group("name")
        a, b = m.start("name"), m.end("name")
        if blocked(name, a, b, found.covered, atoms):
            continue  # also "Armed Forces (FARDC)", "Islamic State (IS)"
        hints = paren_hints(m.group("paren"))
        if hints and any(country_of(h) or areas_named(h) for h in hints):
            found.places.append(PlaceMention(name, a, b, name, None, None, False, 1, hints))
            found.covered.append((a, m.end()))  # the district in brackets is not a place of its own


def read_named_kind(text: str, start: int, end: int, atoms: list[Atom], found: Found) -> None:
    """ "Boko Haram raided Gouzoudou village": a name its own sentence calls a village is a place."""
    for m in _NAMED_KIND.finditer(text, start, end):
        name = m.group("name")
        a, b = m.start("name"), m.end("name")
        if blocked(name, a, b, found.covered, atoms, ACTOR_KINDS):
            continue
        found.places.append(PlaceMention(name, a, b, name, None, None, False, 1, paren_hints(m.group("paren"))))
        found.covered.append((a, b))


def read_lists(text: str, start: int, end: int, atoms: list[Atom], found: Found) -> None:
    """ "The towns of A, B, C in northern Aleppo, and D in Akhtarin": each item a place, lying in the next
    enclosing place named."""
    for m in _LIST.finditer(text, start, end):
        items = list(_ITEM_RE.finditer(m.group("items")))
        # an item without its own enclosing place lies in the next one named
        enclosing: dict[int, str | None] = {}
        carry = None
        for k in range(len(items) - 1, -1, -1):
            carry = items[k].group("within") or carry
            enclosing[k] = carry
        for k, item in enumerate(items):
            name = item.group("name")
            a = m.start("items") + item.start("name")
            b = a + len(name)
            if blocked(name, a, b, found.covered, atoms, ACTOR_KINDS - {"country"}):
                continue
            capital = index().capitals.get(name.lower())
            within = item.group("within") or enclosing[k]
            iso3 = capital.iso3 if capital else None
            found.places.append(PlaceMention(name, a, b, name, iso3, within, False, 1, (within,) if within else ()))


# In this order: each skips what the ones before it read.
PASSES = (read_residents, read_kind_of, read_spots, read_with_admins, read_named_kind, read_lists)
