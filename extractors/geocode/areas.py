"""Lookups by name: the towns and admin areas a name may mean, and whether a place lies in an area.

Decides which sites a name can stand for (before any context picks one) and what "X lies in Y" means
for names that GeoNames writes another way ("North Kivu" is its "Nord Kivu").
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .names import ARTICLE, Site, admin_key, key, skeleton, undirected
from .spelling import variant_of
from .tables import tables, town


def bare(name: str) -> str:
    """``key`` without a leading direction: "Northern Iraq" -> "iraq" (but not "Lower Shabelle")."""
    k = key(name)
    stripped = undirected(k)
    return stripped if stripped and stripped != k and not tables().admins.get(k) and k not in tables().towns else k


def candidates(name: str) -> list[Site]:
    """Every town and admin area called ``name`` (spelling variants included)."""
    return list(_candidates(name))


@lru_cache(maxsize=65536)  # a report names the same few places again and again
def _candidates(name: str) -> tuple[Site, ...]:
    t = tables()
    k = key(name)
    if len(k) < 3:
        return ()
    hit = t.towns.get(k)
    if hit is None and k[:1] in ("a", "e") and (article := ARTICLE.match(k)) and len(k) - article.end() >= 4:
        hit = t.towns.get(k[article.end() :])  # "el-Arish" is GeoNames' "Arish", "Ar Rutba" its "Rutba"
    ids = () if hit is None else hit if isinstance(hit, tuple) else (hit,)
    out = [s for s in (town(t, i) for i in ids) if s is not None]
    return (*out, *t.admins.get(admin_key(k), ()))


def areas_named(name: str, *, loose: bool = False) -> list[Site]:
    """Admin areas called ``name``, or the country of that name; with ``loose``, failing those, areas
    whose name is a transliteration variant of it ("Idleb" for Idlib)."""
    return list(_areas_named(name, loose))


@lru_cache(maxsize=65536)
def _areas_named(name: str, loose: bool) -> tuple[Site, ...]:
    from ..gazetteer import Country, index

    k = bare(name)
    entry = index().folded.get(k)
    if entry and entry[0] == "country" and isinstance(c := entry[1], Country) and c.lat is not None:
        return (Site(c.name, c.iso3, None, None, c.lat, c.lon, 0, "country"),)  # type: ignore[arg-type]
    t = tables()
    found = t.admins.get(admin_key(k))
    if found is None and loose and len(k) > 4:
        # Provinces are few and their names long: a transliteration variant is still that province.
        found = next(
            (v for v in (variant_of(x, t.admin_skeletons.get(skeleton(x), [])) for x in {key(name), k}) if v), None
        )
    return tuple(found or ())


def fits(s: Site, hints: tuple[str, ...]) -> bool:
    """Does ``s`` lie in the areas written next to its name (any of them), or is nothing written?"""
    keys = [bare(h) for h in hints if len(bare(h)) > 2]
    return (
        not keys
        or any(within(h, s) for h in keys)
        or any(a.kind == "country" and a.country == s.country for h in hints for a in areas_named(h))
    )


def within(hint: str, s: Site) -> bool:
    """Does ``s`` lie in the admin area called ``hint``?"""
    hint = admin_key(hint)  # "North Kivu" is in GeoNames' "Nord Kivu", "Soum" in its "Province du Soum"
    older = tables().formerly.get((s.country, hint))
    if older is not None and s.kind == "town" and s.admin1 and admin_key(s.admin1) == older:
        return True  # a town of "Ituri", which our admin names still file under the old Eastern Province
    for admin in (s.admin1, s.admin2):
        if admin:
            k = admin_key(admin)
            if k == hint or k.startswith(hint + " ") or hint.startswith(k + " ") or f" {hint} " in f" {k} ":
                return True
    return False


def at_seat(area: Site, cands: list[Site]) -> Site:
    """An area at the point of the town of its name inside it (most provinces and districts are named for
    their seat): ACLED places an event known only by its province or district at that seat."""
    seats = [
        t
        for t in cands
        if t.kind == "town"
        and t.country == area.country
        and t.population >= 20_000
        and t.admin1 == area.admin1
        and (area.kind == "admin1" or t.admin2 in (None, area.admin2))
    ]
    if not seats:
        return area
    seat = max(seats, key=lambda t: t.population)
    return replace(area, lat=seat.lat, lon=seat.lon)


def most_salient(cands: list[Site], countries: tuple[str, ...]) -> list[Site]:
    """The candidates in the most salient of ``countries`` that has any."""
    rank = {c: i for i, c in enumerate(countries)}
    inside = [s for s in cands if s.country in rank]
    if not inside:
        return []
    best = min(rank[s.country] for s in inside)
    return [s for s in inside if rank[s.country] == best]


def pick(cands: list[Site], name: str = "") -> Site:
    """The namesake a report means when nothing around the name tells them apart."""
    # A town of some size is what a report means by its name ("Aleppo", "Daraa"); a province outranks
    # a village that shares its name ("Kunar").
    towns = [s for s in cands if s.kind == "town"]
    # "Puno" is the city of that name, not Pune, which some also spell so: a city called exactly this
    # outranks a bigger one that only has it among its other names.
    exact = [s for s in towns if s.population >= 50_000 and key(s.name) == key(name)]
    biggest = max(exact or towns, key=lambda s: s.population, default=None)
    area = max((s for s in cands if s.kind != "town"), key=lambda s: (s.kind == "admin1", s.population), default=None)
    if area is not None and (biggest is None or biggest.population < 20_000):
        return area
    return biggest  # type: ignore[return-value]
