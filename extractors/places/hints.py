"""Hints: the admin and country names written next to a place ("Zorba district of Kirkuk, Iraq",
"Udawa (Chikun LGA, Kaduna)", "the village of Marte in the north of Borno"), which say where it lies."""

from __future__ import annotations

import re
from dataclasses import replace

from ..gazetteer import Country
from .mention import PlaceMention
from .names import country_of, known
from .patterns import ADMIN, POSSESSIVE_S, TITLES, either

# Between a place and the next one when the second encloses the first: "Marte town in the north of
# Borno", "Los Cedros community, El Tambo municipality".
_ENCLOSED_BY = re.compile(
    rf"(?:\s*\([^()]*\))?(?:\s+(?:{either(ADMIN, 'enclosed_kinds')}))?,?\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,3}(?:[A-Z][\w-]*['’]s\s+)?"
    rf"|(?:\s+(?:{either(ADMIN, 'enclosed_comma_kinds')}))?,\s+"
)
# "Barcelona, Ward 40", "Sector 2": a numbered unit of a town, which names no admin area to look up.
_UNIT_ONLY = re.compile(rf"(?:{either(ADMIN, 'numbered_units')})\s*(?:no\.?\s*)?\d*", re.IGNORECASE)
UNIT_AFTER = re.compile(rf"\s+(?:{either(ADMIN, 'unit_words')})\b")
_UNIT_OF = re.compile(rf"\s+(?:{either(ADMIN, 'unit_of_words')})\s+of\s+(?:the\s+)?")
# After "in A, B": more items follow ("..., and C", ", C, D"), so B is the next item, not A's province.
_LIST_GOES_ON = re.compile(r",?\s+and\s+[A-Z]|,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z]")
# A unit written with a capital inside a name: "Bole Sub-city", "Zorba District of Kirkuk". ("Cape Town",
# "Greenwich Village", "Gaza City" are names; so is any whole name the gazetteer knows.)
UNIT_IN_NAME = re.compile(rf" (?:{either(ADMIN, 'units_in_name')})(?: of (?P<of>.+))?$")
# "in Idlib province", "in Khyber district": the area, not the town it is named after.
LEVEL_AFTER = re.compile(
    rf"\s+(?:(?P<a1>{either(ADMIN, 'province_words')})|(?P<a2>{either(ADMIN, 'district_words')}))\b",
    re.IGNORECASE,
)


def locative_hints(
    m: re.Match[str], text: str, country: Country | None
) -> tuple[Country | None, str | None, list[str]]:
    """The country, province and hints that a locative match's "of", brackets and comma groups name."""
    admin1 = None
    hints: list[str] = []
    for extra in (m.group("of"), m.group("paren"), m.group("after")):
        parts = _parts(extra, m, text)
        hints += parts
        for part in parts:
            c = country_of(part)
            if c and country is None:
                country = c
            elif not c:
                admin1 = part
    return country, admin1, hints


def _parts(extra: str | None, m: re.Match[str], text: str) -> list[str]:
    if not extra:
        return []
    extra = re.split(r"\.\s", extra)[0]  # "in Zorba district of Kirkuk, Iraq. No details followed"
    parts = [x.strip().rstrip(".") for x in re.split(r",\s*", extra.strip()) if x.strip().rstrip(".")]
    if extra == m.group("paren") and not all(x[:1].isupper() for x in parts):
        return []  # "(AFP)", "(pictured)", "(a town of 5,000)": not admin names
    if extra == m.group("after"):
        parts = _not_a_list(parts, text, m.end("after"))
    parts = [x for x in parts if x.split()[0].lower().strip(".") not in TITLES and not _UNIT_ONLY.fullmatch(x)]
    # "Bokkos Local Government Area of Plateau State": a district and the state it lies in
    return [y for x in parts for y in _UNIT_OF.split(x) if y]


def _not_a_list(parts: list[str], text: str, end: int) -> list[str]:
    """The names after "in A, ..." that enclose A, without the next items of a list ("in A, B, C")."""
    if len(parts) > 1 and not country_of(parts[-1]) and not UNIT_AFTER.match(text, end):
        parts = parts[:-1]  # "in Kabul, Kandahar, Herat": a list; only a closing country is kept
    if (
        parts
        and not country_of(parts[-1])
        and (_LIST_GOES_ON.match(text, end) or " and " in parts[-1] and not known(parts[-1]))
    ):
        # "in Zorba, Zorbatoma, and Zorbaville", "in Kabul, Kandahar and Herat": the next items of a
        # list, not the first one's province
        parts = parts[:-1]
    return parts


def enclose(text: str, out: list[PlaceMention]) -> None:
    """ "The village of Marte in the north of Borno": the second place encloses the first; ``out`` is in
    text order."""
    for k in range(len(out) - 2, -1, -1):  # from the last, so "A, B district, C province" chains
        p, q = out[k], out[k + 1]
        between = _ENCLOSED_BY.fullmatch(text, p.end, q.start)
        if (
            between
            and "," in between.group()
            and not re.search(r"\b(?:in|of)\b", between.group())
            and not UNIT_AFTER.match(text, q.end)
        ):
            between = None  # "in Kabul, Kandahar and Herat": a list, not a place and its district
        if q.is_country and between and q.hints and not p.hints:
            # "Zorbaya area in northern Yemen (Razih, Sadah)": the brackets name the place's
            # district and province, not parts of the country.
            out[k] = replace(p, hints=q.hints, country=p.country or q.country)
        elif not q.is_country and between:
            outer = POSSESSIVE_S.sub("", q.name)
            hints = p.hints if outer in p.hints else (*p.hints, outer)
            out[k] = replace(
                p, hints=hints + tuple(h for h in q.hints if h not in hints), country=p.country or q.country
            )


def share_pairs(out: list[PlaceMention], pairs: list[tuple[int, int]]) -> None:
    """ "Near Zorba and Zorbaville municipalities in Oaxaca": what encloses the second encloses the first."""
    for a, b in pairs:
        first = next((k for k, p in enumerate(out) if p.start == a), None)
        second = next((p for p in out if p.start == b), None)
        if first is not None and second is not None and second.hints and not out[first].hints:
            out[first] = replace(out[first], hints=second.hints, country=out[first].country or second.country)
