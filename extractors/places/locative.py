"""The locative pass: places named after a preposition or a verb whose object is a place ("in X",
"near X", "in northern X", "X (Y)", "seized control of X"), with what the gazetteer and the words around
them say of their country, province and level."""

from __future__ import annotations

import re
from dataclasses import replace

from ..gazetteer import Atom, Country, index
from ..geocode import areas_named, candidates
from .buildings import FACILITY_AFTER, INSTITUTION_ONLY, SPOT_AFTER
from .hints import LEVEL_AFTER, UNIT_IN_NAME, locative_hints
from .mention import Found, PlaceMention
from .names import country_of, known, trim_name
from .patterns import (
    ADMIN,
    DIRECTION,
    KIND,
    NAME,
    NAMES,
    POSSESSIVE_S,
    PREP,
    PREPOSITIONS,
    STOP_NAMES,
    either,
)

# A country closing "X, Province, Country": any capitalised name; the code keeps it only if it is a country.
_COUNTRY_NAME = r"[A-Z][\w'’-]+(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?[A-Z][\w'’-]+){0,3}(?=[\s,.;)]|$)"
_LOCATIVE = re.compile(
    rf"(?<![\w-])(?P<prep>(?i:{PREP}))\s+(?:(?i:the)\s+)?"
    rf"(?:(?:{DIRECTION}\s+)?(?:{either(ADMIN, 'kinds_before_name')})s?\s+(?:of\s+)?)?"
    rf"(?:(?P<dir>{DIRECTION})\s+)?(?P<name>{NAME})"
    rf"(?:\s*\((?P<alias>[^()]{{2,60}})\)(?=\s+{KIND}))?"
    rf"(?:\s+(?:{KIND})){{0,2}}"
    rf"(?:\s+of\s+(?:the\s+)?(?:{DIRECTION}\s+)?(?P<of>{NAME})(?:\s+(?:{KIND}))?)?"
    rf"(?:\s*\((?P<paren>[^()]{{2,60}})\))?"
    rf"(?:,\s+(?:{DIRECTION}\s+)?(?P<after>{NAME}(?:,\s+(?:{NAME}"
    rf"(?=\s+(?:{either(ADMIN, 'second_admin_words')})\b)|{_COUNTRY_NAME}))?)"
    rf"(?=\s+(?:{either(ADMIN, 'admin_after_list')})\b|[\s,.;)]|$))?",
)
_SENTENCE_END = re.compile(r"(?<=[\w'’]{2})\.\s")  # not after an initial ("St. Louis", "J. Smith")
_OWNER = re.compile(r"(?P<c>[^'’]+)['’]s\s+(?P<rest>.+)")
_FORCES_AFTER = re.compile(rf"\s+(?:{either(NAMES, 'forces_words')})\b")
_PEOPLE_AFTER = re.compile(rf"\s+(?:{either(NAMES, 'people_words')})\b", re.IGNORECASE)
_NEAR_PREP = re.compile(either(PREPOSITIONS, "near_prepositions"), re.IGNORECASE)
_ROUGH_PREP = re.compile(f"(?:{either(PREPOSITIONS, 'rough_prepositions')})", re.IGNORECASE)
_VILLAGE_BEFORE = re.compile(rf"\b(?:{either(ADMIN, 'village_words_before')})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_VILLAGE_AFTER = re.compile(rf"\s+(?:{either(ADMIN, 'village_words_after')})\b", re.IGNORECASE)
_ACTOR_WORDS = ("group", "noun", "demonym")

_Joined = tuple[str, int]  # the second of two places joined by "and", and where it starts


def read_locatives(text: str, start: int, end: int, atoms: list[Atom], found: Found) -> None:
    """Adds to ``found`` the places named after a locative preposition in ``text[start:end]``."""
    by_start = {a.start: a for a in atoms}
    for m in _LOCATIVE.finditer(text, start, end):
        _read(m, text, atoms, by_start, found)


def _read(m: re.Match[str], text: str, atoms: list[Atom], by_start: dict[int, Atom], found: Found) -> None:
    # "in Beirut's southern suburbs"; "of Dar'a. One was" ends at the full stop.
    name = POSSESSIVE_S.sub("", _SENTENCE_END.split(m.group("name"))[0].rstrip("."))
    owner = _OWNER.match(name)
    if owner:
        # "Somalia's Lower Shabelle region", "Beirut's Hamra district": the place is the part after
        # the possessive, and the owner says where it is.
        found.places.extend(_possessive(m.start("name"), owner))
        return
    split = _split(trim_name(name), m, text)
    if split is None or _not_a_name(split[0], m, atoms):
        return
    name, unit_of, joined = split
    a = m.start("name")
    b = a + len(name)
    named = _country(name, a, m, text, atoms, by_start)
    if named is None or _not_here(m, text, name, b, named[1]):
        return
    country, admin1, hints = locative_hints(m, text, named[0])
    if unit_of:
        hints.append(unit_of)
    is_country = named[1]
    text_start = m.start("dir") if m.group("dir") else a
    mention = PlaceMention(
        text[text_start:b],
        text_start,
        b,
        name,
        country.iso3 if country else None,
        admin1,
        is_country,
        _precision(m, is_country),
        tuple(hints),
        level=_level(m, text, a, b, is_country),
    )
    if joined is not None and joined[0].split()[0].lower() not in STOP_NAMES and len(joined[0]) >= 3:
        second = joined[1] + len(joined[0])
        found.places.append(replace(mention, text=joined[0], start=joined[1], end=second, name=joined[0], country=None))
        found.pairs.append((mention.start, joined[1]))
    # "at the Zorba intersection in Sidon": a spot's name is the place only if nothing else is; so is the
    # town a building is named for ("at Zorbaville university"), which is often, not always, where it stands.
    spot = not is_country and (FACILITY_AFTER.match(text, b) is not None or SPOT_AFTER.match(text, b))
    (found.spots if spot else found.places).append(mention)
    found.covered.append((text_start, m.end()))  # "on Zorbawa (Chikun LGA, Kaduna)": the district is no place


def _split(name: str, m: re.Match[str], text: str) -> tuple[str, str | None, _Joined | None] | None:
    """The name, the place its unit is part of, and a second place joined by "and"; None for two peoples."""
    unit_of, joined = None, None
    if (" and " in name or UNIT_IN_NAME.search(name)) and not known(name):
        # "Bole Sub-city of Addis Ababa": the name, its unit written with a capital, and the place it
        # is part of. "between Zorba and Zorbaville", "Zorba and Zorbatoma districts": two places, the
        # first the scene (unless the whole is one name: "Jammu and Kashmir").
        unit = UNIT_IN_NAME.search(name)
        if unit is not None:
            unit_of = unit.group("of")
            name = name[: unit.start()]
        if " and " in name:
            whole_end = m.start("name") + len(name)
            name, _, second = name.partition(" and ")
            joined = (second, m.start("name") + len(name) + 5)
            if m.group("prep").lower() == "between" and _PEOPLE_AFTER.match(text, whole_end):
                return None  # "clashes between Zorba and Zorbatoma herdsmen": two peoples, not two places
    return name, unit_of, joined


def _not_a_name(name: str, m: re.Match[str], atoms: list[Atom]) -> bool:
    first = name.split()[0].lower().strip(".")
    if first in STOP_NAMES and not (" " in name and areas_named(name)) or len(name) < 3:
        return True  # also "at Al zorba junction": a name cut short by a lower-case word ("Eastern Cape" is a name)
    # "the Bulawayo Youth Arise (BUYA)": an acronym, not a place
    return (
        name.isupper() and len(name) <= 6 and not any(x.kind == "country" and x.start == m.start("name") for x in atoms)
    )


def _country(
    name: str, a: int, m: re.Match[str], text: str, atoms: list[Atom], by_start: dict[int, Atom]
) -> tuple[Country | None, bool] | None:
    """The country the name is or is the capital of, and whether it is the country; None for an actor."""
    b = a + len(name)
    actor_words = any(x.kind in _ACTOR_WORDS and x.start < b and a < x.end for x in atoms)
    # "in Zorbasi near Brits": after "near" a town of some size is meant, not the people spelt alike (asked
    # only of a name that is also an actor's)
    town_near = actor_words and _town_after_near(name, m.group("prep"), text, b)
    if actor_words and not town_near and not any(x.kind == "country" and x.start <= a and b <= x.end for x in atoms):
        return None  # "clashes with ISIL", "of the Free Syrian Army", "in Syrian airspace" are not places
    atom = by_start.get(a)
    country: Country | None = None
    is_country = False
    if atom is not None and atom.end >= a + len(name) - 1:
        if atom.kind == "country":
            country, is_country = atom.value, True  # type: ignore[assignment]
        elif atom.kind in _ACTOR_WORDS and not town_near:
            return None  # "clashes with ISIL", "in Syrian airspace" are not places
    if country is None:
        country = index().capitals.get(name.lower())
    return country, is_country


def _town_after_near(name: str, prep: str, text: str, end: int) -> bool:
    return (
        " " not in name
        and _NEAR_PREP.fullmatch(prep) is not None
        and not _PEOPLE_AFTER.match(text, end)
        and any(s.kind == "town" and s.population >= 50_000 for s in candidates(name))
    )


def _not_here(m: re.Match[str], text: str, name: str, b: int, is_country: bool) -> bool:
    """Do the words around the name show that it names no place here?"""
    if is_country and _FORCES_AFTER.match(text, b):
        return True  # "an attack on Burundi troops": the country's forces, not a place
    prep = m.group("prep").lower()
    if prep == "between" and _PEOPLE_AFTER.match(text, b):
        return True  # "clashes between Fulani and Konkomba herdsmen": two peoples, not two places
    if prep == "to" and text[max(0, m.start() - 10) : m.start()].lower().endswith("according "):
        return True  # "according to the US Treasury": a source, not a place
    # "outside the Central bank in Sidon": a building's name, not a place
    first = name.split()[0].lower().strip(".")
    return not is_country and FACILITY_AFTER.match(text, b) is not None and first in INSTITUTION_ONLY


def _precision(m: re.Match[str], is_country: bool) -> int:
    if m.group("dir") or _ROUGH_PREP.search(m.group("prep")) and not is_country:
        return 3 if is_country else 2
    return 3 if is_country else 1


def _level(m: re.Match[str], text: str, a: int, b: int, is_country: bool) -> str | None:
    """ "admin1" or "admin2" when the text calls the place so, "village" when it calls it a village."""
    unit = None if is_country else LEVEL_AFTER.match(text, b)
    if unit is not None:
        return "admin1" if unit.group("a1") else "admin2"
    if not is_country and _called_village(text, a, b):
        return "village"
    if (m.group("dir") or "").lower() == "rural":
        return "admin1"  # "rural Idlib", "rural Damascus": the province around the city, not the city
    return None


def _called_village(text: str, a: int, b: int) -> bool:
    """Does the text call the place at ``text[a:b]`` a village ("the village of X", "X village")?"""
    return bool(_VILLAGE_BEFORE.search(text, max(0, a - 30), a) or _VILLAGE_AFTER.match(text, b))


def _possessive(a: int, owner: re.Match[str]) -> list[PlaceMention]:
    # "Beirut's Hamra district": a capital owner says the country as plainly as the country's name.
    country_named = country_of(owner.group("c"))
    c = country_named or index().capitals.get(owner.group("c").lower())
    rest = owner.group("rest")
    if rest.split()[0].lower() in STOP_NAMES:
        return []  # "the President's Office", "the Governor's Palace": a building, named for its holder
    start = a + owner.start("rest")
    hints = () if country_named else (owner.group("c"),)
    return [PlaceMention(rest, start, start + len(rest), rest, c.iso3 if c else None, None, False, 1, hints)]
