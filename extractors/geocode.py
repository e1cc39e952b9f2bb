"""Offline geocoding: place names to coordinates and admin areas, from a GeoNames extract.

``data/geonames.tsv.gz`` holds every GeoNames populated place of 500+ people with its admin1 and
admin2 names; ``data/geonames_admin.tsv.gz`` the centre of each admin area (both built by
``scripts/build_geonames.py``). Loading takes about half a second, so it happens once, on the first
lookup.

Names are ambiguous ("Tripoli" is in Libya and Lebanon), so a lookup takes what the text says
around the place: admin names in "X (District, Province)" and the countries the document is about.
A name that fits none of them is left unresolved rather than put in the wrong country.
"""
from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

# ACLED geo-precision: 1 the town itself, 2 a part of or a place near a region, 3 only the region.
TOWN, NEAR, REGION = 1, 2, 3

_GENERIC_SUFFIX = re.compile(
    r"\s+(?:city|town|village|district|province|governorate|region|state|county|municipality|prefecture|"
    r"department|division|oblast|area|lga|sub-county|commune|camp)$")
_GENERIC_PREFIX = re.compile(r"^(?:the|city of|town of|village of|province of|state of|district of|region of)\s+")
_DIRECTION_PREFIX = re.compile(r"^(?:(?:north|south|east|west|central|upper|lower|greater)(?:ern)?[ -]?"
                               r"(?:north|south|east|west)?(?:ern)?\s+)")


@dataclass(frozen=True, slots=True)
class Site:
    name: str
    country: str  # ISO alpha-3
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    population: int
    kind: str  # "town", "nearby" (a town next to the place meant), "admin2", "admin1" or "country"


def fold(s: str) -> str:
    if s.isascii():
        return s.lower().strip()  # the common case, and the same result
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def key(name: str) -> str:
    k = fold(name).rstrip(".")
    k = _GENERIC_PREFIX.sub("", k)
    return _GENERIC_SUFFIX.sub("", k)


def _bare(name: str) -> str:
    """``key`` without a leading direction: "Northern Iraq" -> "iraq" (but not "Lower Shabelle")."""
    k = key(name)
    stripped = _DIRECTION_PREFIX.sub("", k)
    return stripped if stripped and stripped != k and not _tables().admins.get(k) and k not in _tables().towns \
        else k


@dataclass(frozen=True, slots=True)
class _Tables:
    lines: list[str]
    towns: dict[str, int | tuple[int, ...]]  # lookup key -> line number(s)
    admins: dict[str, list[Site]]  # folded admin name -> areas of that name
    iso3: dict[str, str]


def _read(name: str) -> str:
    with resources.files("extractors.data").joinpath(name).open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        return f.read()


@cache
def _tables() -> _Tables:
    from .resources import load_json

    iso3 = {c["iso2"]: c["iso3"] for c in load_json("countries.json") if c.get("iso2")}
    lines = _read("geonames.tsv.gz").splitlines()
    towns: dict[str, int | tuple[int, ...]] = {}
    for i, line in enumerate(lines):
        for k in line[: line.index("\t")].split("|"):
            prev = towns.get(k)
            # Most names are unique: an int costs far less memory than a one-element tuple.
            towns[k] = i if prev is None else (*prev, i) if isinstance(prev, tuple) else (prev, i)
    admins: dict[str, list[Site]] = {}
    for line in _read("geonames_admin.tsv.gz").splitlines():
        cc, a1, a2, lat, lon, pop = line.split("\t")
        if cc not in iso3:
            continue
        site = Site(a2 or a1, iso3[cc], a1, a2 or None, float(lat), float(lon), int(pop), "admin2" if a2 else "admin1")
        admins.setdefault(key(site.name).replace("-", " "), []).append(site)
    return _Tables(lines, towns, admins, iso3)


def _town(t: _Tables, i: int) -> Site | None:
    _, name, cc, a1, a2, lat, lon, pop = t.lines[i].split("\t")
    if cc not in t.iso3:
        return None
    return Site(name, t.iso3[cc], a1 or None, a2 or None, float(lat), float(lon), int(pop), "town")


def candidates(name: str) -> list[Site]:
    """Every town and admin area called ``name`` (spelling variants included)."""
    t = _tables()
    k = key(name)
    if len(k) < 3:
        return []
    hit = t.towns.get(k)
    ids = () if hit is None else hit if isinstance(hit, tuple) else (hit,)
    out = [s for s in (_town(t, i) for i in ids) if s is not None]
    return out + t.admins.get(k.replace("-", " "), [])


def resolve(name: str, *, countries: tuple[str, ...] = (), hints: tuple[str, ...] = (),
            strict: bool = False) -> Site | None:
    """The place ``name`` most likely means.

    ``hints``: admin or country names written next to it ("Kotri (Jamshoro, Sindh)").
    ``countries``: ISO alpha-3 codes of the document's countries, most salient first.
    ``strict``: outside ``countries``, accept only cities and provinces, never a namesake village.
    """
    cands = candidates(name)
    hint_keys = [_bare(h) for h in hints if h and len(_bare(h)) > 2]
    if hint_keys:
        # A district named like the place itself tells its namesakes apart no better than the name does.
        telling = [h for h in hint_keys if h != key(name)] or hint_keys
        fit = {id(s): sum(_within(h, s) for h in telling) for s in cands}
        best_fit = max(fit.values(), default=0)
        if best_fit:
            # The text itself says where the place is ("Salem (Salem, Tamil Nadu)": the one in India).
            return _pick([s for s in cands if fit[id(s)] == best_fit])
        areas = [a for h in hints for a in areas_named(h)]
        # "Tripoli, Lebanon": a country named next to the place picks among its namesakes.
        same = [s for s in cands if s.country in {a.country for a in areas if a.kind == "country"}]
        if same:
            return _pick(same)
        # A namesake in a country the document is about (its army, its towns) beats one elsewhere.
        inside = _most_salient(cands, countries)
        if inside:
            return _pick(inside)
        # An admin name we do not know in the city's country (our admin names can be out of date): a
        # city of that name is still the likelier reading than a namesake area elsewhere.
        big = [s for s in cands if s.population >= 100_000 and s.country not in {a.country for a in areas}]
        if big:
            cands = big
        else:
            # The town is not in the gazetteer (or spelled otherwise): the most specific enclosing place
            # the text names, at a lower precision, rather than a namesake elsewhere.
            enclosing = _enclosing(hints, countries)
            if enclosing is not None:
                return enclosing
    if not cands:
        return None
    if countries:
        inside = _most_salient(cands, countries)
        if inside:
            return _pick(inside)
        if strict:
            # The document is about other countries: only a place known well beyond its own country fits.
            cands = [s for s in cands if s.population >= 100_000 or s.kind == "admin1"]
            if not cands:
                return None
    return _pick(cands)


def _most_salient(cands: list[Site], countries: tuple[str, ...]) -> list[Site]:
    """The candidates in the most salient of ``countries`` that has any."""
    rank = {c: i for i, c in enumerate(countries)}
    inside = [s for s in cands if s.country in rank]
    if not inside:
        return []
    best = min(rank[s.country] for s in inside)
    return [s for s in inside if rank[s.country] == best]


def _enclosing(hints: tuple[str, ...], countries: tuple[str, ...]) -> Site | None:
    """The first of "(District, Province)" that we know: a district, else a town of that name (which is
    near), else the province or country. Each must agree with the names written after it."""
    rank = {c: i for i, c in enumerate(countries)}
    for k, h in enumerate(hints):
        later = tuple(_bare(x) for x in hints[k + 1:] if len(_bare(x)) > 2)
        areas = [a for a in areas_named(h) if not later or a.kind == "country" or any(_within(x, a) for x in later)]
        district = [a for a in areas if a.kind == "admin2"]
        if district:
            return min(district, key=lambda a: (rank.get(a.country, len(rank)), -a.population))
        towns = [s for s in candidates(h) if s.kind == "town" and (not later or any(_within(x, s) for x in later))]
        if towns and not areas:
            best = min(towns, key=lambda s: (rank.get(s.country, len(rank)), -s.population))
            return replace(best, kind="nearby")
        if areas:
            return min(areas, key=lambda a: (rank.get(a.country, len(rank)), a.kind == "country", -a.population))
    return None


def _within(hint: str, s: Site) -> bool:
    hint = hint.replace("-", " ")
    for admin in (s.admin1, s.admin2):
        if admin:
            k = key(admin).replace("-", " ")
            if k == hint or k.startswith(hint + " ") or hint.startswith(k + " ") or f" {hint} " in f" {k} ":
                return True
    return False


def areas_named(name: str) -> list[Site]:
    """Admin areas called ``name``, or the country of that name."""
    from .gazetteer import index

    k = _bare(name)
    found = index().folded.get(k)
    if found and found[0] == "country":
        c = found[1]
        if c.lat is not None:  # type: ignore[union-attr]
            return [Site(c.name, c.iso3, None, None, c.lat, c.lon, 0, "country")]  # type: ignore[union-attr,arg-type]
    return list(_tables().admins.get(k.replace("-", " "), ()))


def _pick(cands: list[Site]) -> Site:
    # A town of some size is what a report means by its name ("Aleppo", "Daraa"); a province outranks
    # a village that shares its name ("Kunar").
    town = max((s for s in cands if s.kind == "town"), key=lambda s: s.population, default=None)
    area = max((s for s in cands if s.kind != "town"), key=lambda s: (s.kind == "admin1", s.population), default=None)
    if area is not None and (town is None or town.population < 20_000):
        return area
    return town  # type: ignore[return-value]


def precision(site: Site) -> int:
    return TOWN if site.kind == "town" else NEAR if site.kind in ("admin2", "nearby") else REGION
