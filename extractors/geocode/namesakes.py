"""Telling namesakes apart by the names written beside a place, one way at a time.

``by_hints`` tries each way in order ("Salem (Salem, Tamil Nadu)": the areas it lies in; "Tripoli,
Lebanon": the country; "Oume, Gagnoa": a town beside it; then the document's countries, a city in the
named province's country, a quarter of a big city) and, failing all, keeps the big cities of that name or
falls back on the enclosing area the text names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .areas import areas_named, bare, candidates, most_salient, pick, within
from .hints import contradicted, enclosing, hint_countries
from .names import Site, key
from .spelling import spelled_alike


@dataclass(frozen=True, slots=True)
class Query:
    """A name to resolve and what the text says around it."""

    name: str
    countries: tuple[str, ...]  # the document's, the one the admin names agree on first
    hints: tuple[str, ...]
    strict: bool
    respell: bool
    level: str | None
    agreed: tuple[str, ...]  # the country the admin names beside it agree on, if they do
    about_agreed: bool  # the document is about that country anyway


def query(
    name: str, countries: tuple[str, ...], hints: tuple[str, ...], strict: bool, respell: bool, level: str | None
) -> Query:
    # "Issele-Azagba (Aniocha South LGA, Delta)": the country the admin names agree on comes first.
    # A district named like the place itself ("Swabi (Swabi, KPK)") says no more than the name does.
    agreed = hint_countries(tuple(h for h in hints if key(h) != key(name)))
    about_agreed = bool(agreed) and agreed[0] in countries
    countries = agreed + tuple(c for c in countries if c not in agreed)
    return Query(name, countries, hints, strict, respell, level, agreed, about_agreed)


def hint_keys(q: Query) -> list[str]:
    """The admin names beside the place, as keys to match its namesakes' admin names against."""
    keys = [bare(h) for h in q.hints if h and len(bare(h)) > 2]
    # "Kelly (Idleb)": GeoNames files the town under "Idlib"; a variant spelling of a province in the
    # document's countries tells namesakes apart as well as the spelling GeoNames uses.
    keys += [
        key(a.name).replace("-", " ")
        for h in keys
        if not areas_named(h)
        for a in areas_named(h, loose=True)
        if a.country in q.countries or spelled_alike(h, a)
    ]
    return keys


def by_hints(q: Query, cands: list[Site], keys: list[str]) -> tuple[Site | None, list[Site]]:
    """The site the names beside the place pick, if they pick one; else the candidates left to choose from."""
    site = _fits_written_areas(q, cands, keys)
    if site is not None:
        return site, cands
    areas = [a for h in q.hints for a in areas_named(h)]
    for way in _WAYS:
        site = way(q, cands, areas)
        if site is not None:
            return site, cands
    big = _big_namesakes(q, cands, areas)
    if big:
        return None, big
    # The town is not in the gazetteer (or spelled otherwise): the most specific enclosing place the text
    # names, at a lower precision, rather than a namesake elsewhere.
    return enclosing(q.hints, q.countries, q.name), cands


def _fits_written_areas(q: Query, cands: list[Site], keys: list[str]) -> Site | None:
    """ "Salem (Salem, Tamil Nadu)": the namesakes in most of the areas written beside it."""
    # A district named like the place itself tells its namesakes apart no better than the name does.
    telling = [h for h in keys if h != key(q.name)] or keys
    fit = {id(s): sum(within(h, s) for h in telling) for s in cands}
    best_fit = max(fit.values(), default=0)
    if not best_fit:
        return None
    return pick([s for s in cands if fit[id(s)] == best_fit], q.name)


def _in_named_country(q: Query, cands: list[Site], areas: list[Site]) -> Site | None:
    """ "Tripoli, Lebanon": a country named next to the place picks among its namesakes."""
    same = [s for s in cands if s.country in {a.country for a in areas if a.kind == "country"}]
    return pick(same, q.name) if same else None


def _beside_town(q: Query, cands: list[Site], areas: list[Site]) -> Site | None:
    """ "Oume, Gagnoa": a town written beside it that only one namesake's country has (Gagnoa, in Ivory
    Coast) says which namesake is meant (not Ome, Japan)."""
    beside = {t.country for h in q.hints if key(h) != key(q.name) for t in candidates(h) if t.kind == "town"}
    same = [s for s in cands if s.country in beside]
    if same and len({s.country for s in same}) == 1 < len({s.country for s in cands}) and not areas:
        return pick(same, q.name)
    return None


def _in_document_country(q: Query, cands: list[Site], areas: list[Site]) -> Site | None:
    """A namesake in a country the document is about (its army, its towns) beats one elsewhere, unless the
    names beside it say it is another: "San Jeronimo, Cusco" is not the one in Junin, "Caracoli, Malambo"
    not the one 500 km from Malambo, "Valencia, Sangre Grande" not Venezuela's."""
    inside = [
        s
        for s in most_salient(cands, q.countries)
        if not contradicted(s, q.hints, areas) and (not q.agreed or s.country in q.agreed)
    ]
    return pick(inside, q.name) if inside else None


def _city_of_named_country(q: Query, cands: list[Site], areas: list[Site]) -> Site | None:
    """ "Mariupol, Zaporizhia": a city in the named province's country, though our admin names place it in
    the next province (borders and names change), is still that city."""
    same_country = [s for s in cands if s.kind == "town" and s.country in {a.country for a in areas}]
    if len(same_country) == 1 and same_country[0].population >= 50_000:
        return same_country[0]
    return None


def _quarter_of_big_city(q: Query, cands: list[Site], areas: list[Site]) -> Site | None:
    """ "San Cristobal, Bogota", "Tuzla, Istanbul": a quarter of the big city named after it, not the
    namesake city abroad."""
    if any(
        t.population >= 1_000_000 and t.country in {a.country for a in areas}
        for h in q.hints
        for t in candidates(h)
        if t.kind == "town"
    ):
        return enclosing(q.hints, q.countries, q.name)
    return None


_WAYS: tuple[Callable[[Query, list[Site], list[Site]], Site | None], ...] = (
    _in_named_country,
    _beside_town,
    _in_document_country,
    _city_of_named_country,
    _quarter_of_big_city,
)


def _big_namesakes(q: Query, cands: list[Site], areas: list[Site]) -> list[Site]:
    """An admin name we do not know in the city's country (our admin names can be out of date): a city of
    that name is still the likelier reading than a namesake area elsewhere. ("Al Arish (Sabir Al Mawadim,
    Taizz)": two admin names of one country outweigh a bigger namesake elsewhere; one, as "Valdivia (Los
    Rios)", does not, Ecuador also having a Los Rios.)"""
    agreeing = sum(any(a.country in q.agreed for a in areas_named(h)) for h in q.hints)
    return [
        s
        for s in cands
        if s.kind == "town"
        and s.population >= 100_000
        and s.country not in {a.country for a in areas}
        and (agreeing < 2 and not q.agreed)
        and not q.about_agreed
    ]
