"""Which place a name means: ``resolve`` tries each way of reading the name, in a fixed order.

First the sites the name can stand for: spelled as written (or a province spelled another way), a part
of a place ("PD12 of Herat city"), a spot in a town ("Donetsk Airport"), a transliteration or a typo of a
town. Then the text around it narrows them: the level the text names ("Idlib province"), the names
written beside it (see ``namesakes``), and last the countries the document is about. A name that fits none
of them is left unresolved rather than put in the wrong country.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..words import alternation, words
from . import villages
from .areas import areas_named, at_seat, bare, candidates, most_salient, pick, within
from .names import Site
from .namesakes import Query, by_hints, hint_keys, query
from .spelling import misspelt, respelled, respelled_anywhere, spelled_alike


@lru_cache(maxsize=65536)
def resolve(
    name: str,
    *,
    countries: tuple[str, ...] = (),
    hints: tuple[str, ...] = (),
    strict: bool = False,
    respell: bool = False,
    level: str | None = None,
) -> Site | None:
    """The place ``name`` most likely means.

    ``hints``: admin or country names written next to it ("Kotri (Jamshoro, Sindh)").
    ``countries``: ISO alpha-3 codes of the document's countries, most salient first.
    ``strict``: outside ``countries``, accept only cities and provinces, never a namesake village.
    ``respell``: failing an exact spelling, accept a transliteration variant of a town in ``countries``
    (for names the text itself marks as places: a bare capitalised word may be a person's name).
    ``level``: "admin1" or "admin2" when the text names the area ("Idlib province"): the area of that
    name is meant rather than the town, where the gazetteer has both; "village" when the text calls it a
    village, which no city of a hundred thousand is.
    """
    q = query(name, countries, hints, strict, respell, level)
    cands = _as_written(q)
    if not cands:
        part = _part_of(q)
        if part is not None:
            return part
        core = _core(name)
        if core:
            return _spot_in_town(q, core)
        cands = _respelled_in_countries(q) or _respelled_anywhere(q)
        site = None if cands else _village(q)
        if site is not None:
            # below the towns, and after their spelling variants: a town known by another spelling is
            # likelier meant than a village spelled as written ("Shashamene")
            return site
    cands = _at_level(q, cands)
    keys = hint_keys(q)
    if keys:
        site, cands = by_hints(q, cands, keys)
        if site is not None:
            return site
    return _in_countries(q, cands)


def _as_written(q: Query) -> list[Site]:
    """Sites of that spelling; failing those, a province spelled another way: inside the document's
    countries, or anywhere when it names none. (Anywhere: only a province. "Marien" is no misspelt Marin
    County.)"""
    return candidates(q.name) or [
        a
        for a in areas_named(q.name, loose=True)
        if a.country in q.countries or not q.countries and a.kind == "admin1" and spelled_alike(q.name, a)
    ]


def _part_of(q: Query) -> Site | None:
    """ "PD12 of Herat city": a part of the place named after "of"."""
    if " of " not in q.name:
        return None
    head, _, whole = q.name.partition(" of ")
    site = resolve(head, countries=q.countries, hints=(whole, *q.hints), strict=q.strict)
    if site is None:
        return None
    return replace(site, kind="nearby") if site.kind == "town" else site


def _spot_in_town(q: Query, core: str) -> Site | None:
    """ "Donetsk Airport", "Zolote-4", "Beirut-Ras Beirut": a spot or quarter of a town we know."""
    site = resolve(core, countries=q.countries, hints=q.hints, strict=q.strict)
    if site is None or (q.countries and site.country not in q.countries):
        return None
    return replace(site, kind="nearby") if site.kind == "town" else site


def _village(q: Query) -> Site | None:
    """A village the towns table lacks, spelled as written, in the document's first country, on the text's
    evidence (see ``villages``). Only for names the text marks as places (``respell``): a bare capitalised
    word is too often a person's name, and some village bears every name."""
    if not q.respell or q.level in ("admin1", "admin2"):
        return None  # "Gulran district": the district, which the admin table holds, not a village of that name
    countries = q.countries
    if not countries:
        # A report naming no country ("rioters blocked the road in Majdel Aanjar"): a village only one
        # country has tells it.
        only = villages.only_country(q.name)
        countries = (only,) if only is not None and not q.strict else ()
    if not countries:
        return None
    found = villages.named(q.name, countries[0])
    fits = [[s for s in found if within(bare(h), s)] for h in _admin_hints(q)]
    return villages.village(found, fits)


def _respelled_in_countries(q: Query) -> list[Site]:
    """ "Jowhaar", "Taal Afar": a town of the document's own country, spelled another way. A guess at a
    spelling needs the admin names beside it, if any, to confirm it: "Mussa Qala, Kandahar" is not the
    Musa Qala in Helmand."""
    if not q.countries or not q.respell:
        return []
    admin_hints = _admin_hints(q)
    return [
        s
        for s in respelled(q.name, q.countries[:2]) or misspelt(q.name, q.countries[0])
        if not admin_hints or any(within(bare(h), s) for h in admin_hints)
    ]


def _admin_hints(q: Query) -> list[str]:
    """The names written beside the place that are admin areas, not countries."""
    return [h for h in q.hints if not any(a.kind == "country" for a in areas_named(h))]


def _respelled_anywhere(q: Query) -> list[Site]:
    """ "Gheryan", "Bizerta": a report that names no country may still spell a town of some size its own
    way. Only a close spelling of one town counts, since the whole world is searched."""
    if q.countries or not q.respell or q.hints:
        return []
    return list(respelled_anywhere(q.name))


def _at_level(q: Query, cands: list[Site]) -> list[Site]:
    """The sites of the kind the text calls the place ("Idlib province", "the village of Korogo")."""
    if q.level == "village":
        # "the village of Korogo" is not the city of Korhogo, whatever other names the city goes by
        return [s for s in cands if not (s.kind == "town" and s.population >= 100_000)]
    if q.level:
        areas = [s for s in cands if s.kind == q.level]
        if areas:
            return [at_seat(a, cands) for a in areas]
    return cands


def _in_countries(q: Query, cands: list[Site]) -> Site | None:
    """Nothing beside the name decided: a namesake in the most salient of the document's countries."""
    if not cands:
        return None
    if q.countries:
        inside = most_salient(cands, q.countries)
        if inside:
            return pick(inside, q.name)
        if q.strict:
            # The document is about other countries: only a place known well beyond its own country fits.
            cands = [s for s in cands if s.population >= 100_000 or s.kind == "admin1"]
            if not cands:
                return None
    return pick(cands, q.name)


def _facility_words() -> str:
    # Entries may hold regex syntax ("air\s?base"); a plain space stands for any run of white space.
    fragments = [w.replace(" ", r"\s+") for w in words("geocode_facilities.json", "facility_words")]
    return alternation(fragments, escape=False)


_FACILITY = re.compile(
    r"[\s-]+(?:"
    + alternation(words("geocode_facilities.json", "facility_qualifiers"))
    + r"\s+)?(?:"
    + _facility_words()
    + r"|\d+)$",
    re.IGNORECASE,
)


def _core(name: str) -> str | None:
    """The town inside a name for a spot at it or a quarter of it, if the name has that shape."""
    core = _FACILITY.sub("", name).strip()
    if core != name and len(core) > 2:
        return core
    head, sep, tail = name.partition("-")
    # "Beirut-Ras Beirut", "Donetsk-Kirovskyi"; not "Shar-e Now" or "Nawa-i-Barakzayi", one name.
    if sep and len(head) > 3 and head[:1].isupper() and tail[:1].isupper() and not candidates(tail):
        return head  # (but "Kabul-Kandahar" is the road between two towns)
    return None
