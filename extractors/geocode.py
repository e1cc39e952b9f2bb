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
from functools import cache, lru_cache
from importlib import resources

# ACLED geo-precision: 1 the town itself, 2 a part of or a place near a region, 3 only the region.
TOWN, NEAR, REGION = 1, 2, 3

_GENERIC_SUFFIX = re.compile(
    r"\s+(?:city|town|village|district|province|governorate|region|state|county|municipality|prefecture|"
    r"department|division|oblast|area|lga|sub-county|commune|camp)$"
)
_GENERIC_PREFIX = re.compile(
    r"^(?:the|city of|town of|village of|province of|state of|district of|region of|"
    r"municipality of|governorate of|department of)\s+"
)
_DIRECTION_PREFIX = re.compile(
    r"^(?:(?:north|south|east|west|central|upper|lower|greater)(?:ern)?[ -]?"
    r"(?:north|south|east|west)?(?:ern)?\s+)"
)


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
    return stripped if stripped and stripped != k and not _tables().admins.get(k) and k not in _tables().towns else k


@dataclass(frozen=True, slots=True)
class _Tables:
    lines: list[str]
    towns: dict[str, int | tuple[int, ...]]  # lookup key -> line number(s)
    admins: dict[str, list[Site]]  # folded admin name -> areas of that name
    admin_skeletons: dict[str, list[Site]]  # the same under ``_skeleton``, for spellings that differ
    iso3: dict[str, str]
    formerly: dict[tuple[str, str], str]  # (country, new province) -> the province our towns still name


def _read(name: str) -> str:
    with (
        resources.files("extractors.data").joinpath(name).open("rb") as raw,
        gzip.open(raw, "rt", encoding="utf-8") as f,
    ):
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
        admins.setdefault(_admin_key(site.name), []).append(site)
    formerly: dict[tuple[str, str], str] = {}
    for a in load_json("admin_updates.json")["areas"]:
        # A province newer than our admin names: its seat's point, and the province it was carved from.
        site = Site(a["name"], a["country"], a["name"], None, a["lat"], a["lon"], 0, "admin1")
        admins.setdefault(_admin_key(a["name"]), []).append(site)
        formerly[(a["country"], _admin_key(a["name"]))] = _admin_key(a["was"])
    skeletons: dict[str, list[Site]] = {}
    for k, sites in admins.items():
        skeletons.setdefault(_skeleton(k), []).extend(sites)
    return _Tables(lines, towns, admins, skeletons, iso3, formerly)


def _admin_key(name: str) -> str:
    """Admin names are looked up without hyphens and apostrophes: "Ma'rib" is written "Marib" as often."""
    k = _ADMIN_PREFIX.sub("", key(name).replace("-", " ")).replace("'", "")
    return " ".join(_COMPASS.get(w, w) for w in k.split())


# GeoNames names many provinces the local way: "Province du Soum", "Departement de la Sanaga-Maritime",
# "Municipio Valencia". Reports write "Soum", "Sanaga-Maritime", "Valencia".
# French compass words in province names: "Sud-Kivu" is GeoNames' "South Kivu", "Extreme-Nord" its "Far North".
_COMPASS = {
    "nord": "north",
    "sud": "south",
    "est": "east",
    "ouest": "west",
    "extreme": "far",
    "centre": "center",
    "central": "center",
}
_ADMIN_PREFIX = re.compile(
    r"^(?:province|departement|department|prefecture|region|commune|municipio|municipality|"
    r"provincia|distrito|departamento|canton|wilaya|gouvernorat|governorate|cercle)\s+"
    r"(?:de la |de l'|du |des |de |d'|del |of )?"
)


def _skeleton(k: str) -> str:
    """A province's name with the letters transliteration varies on dropped: "Lower Shabelle" and
    "Lower Shabeelle", "Idleb" and "Idlib", "Ninewa" and "Ninawa" share one."""
    k = _letters(k).replace("q", "g")  # Arabic's qaf is written q, g or k: "Gasr" and "Qasr" are one word
    if len(k) > 1 and k[-1] == "h" and k[-2] in "aeiou":
        k = k[:-1]  # "Raqqah" and "Raqqa", "Hasakah" and "Hasaka"
    if not k:
        return k
    # Vowels after the first letter go, and a letter repeated once they are gone is one ("Tall" "Tal").
    out, last = [k[0]], k[0]
    for ch in k[1:]:
        if ch in "aeiouy" or ch == last:
            continue
        out.append(ch)
        last = ch
    return "".join(out)


def _letters(k: str) -> str:
    if k[:1] in ("a", "e"):
        k = _ARTICLE.sub("", k, count=1)
    return _NOT_LETTER.sub("", k)


_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)[ -]")
_NOT_LETTER = re.compile(r"[^a-z]")


def _variant_of(name: str, sites: list[Site]) -> list[Site]:
    """Those of ``sites`` (one skeleton) whose spelling is close to ``name``'s, not just its consonants."""
    from difflib import SequenceMatcher

    a = _letters(name)
    return [s for s in sites if SequenceMatcher(None, a, _letters(key(s.name))).ratio() >= 0.8]


def _spelled_alike(name: str, site: Site) -> bool:
    """Close enough in spelling to be the same name anywhere ("San Luis de Potosi", "Dar'a")."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, _letters(key(name)), _letters(key(site.name))).ratio() >= 0.88


def _hint_countries(hints: tuple[str, ...]) -> tuple[str, ...]:
    """The one country most of the admin names written beside a place belong to, if there is one."""
    votes: dict[str, int] = {}
    for h in hints:
        found = areas_named(h)
        if not found and len(hints) == 1:
            # "X district in Al-Arish": the one city so named says more than a district elsewhere spelled
            # nearly so ("Al A'rsh", Yemen). (Admin names in brackets are read as admin names.)
            found = [
                t
                for t in _candidates(h)
                if t.kind == "town" and t.population >= 100_000 and _letters(key(t.name)) == _letters(key(h))
            ]
        found = found or [a for a in areas_named(h, loose=True) if _spelled_alike(h, a)]
        weight: dict[str, int] = {}
        for a in found:
            # A province or country says more than a county of the same name elsewhere ("Delta").
            weight[a.country] = max(weight.get(a.country, 0), 1 if a.kind == "admin2" else 2)
        for c, w in weight.items():
            votes[c] = votes.get(c, 0) + w
    if not votes:
        return ()
    best = max(votes.values())
    top = [c for c, v in votes.items() if v == best]
    return (top[0],) if len(top) == 1 else ()


@cache
def neighbours() -> dict[str, frozenset[str]]:
    """ISO alpha-3 code -> the countries it shares a land border with (GeoNames' countryInfo)."""
    from .resources import load_json

    return {c["iso3"]: frozenset(c.get("neighbours", ())) for c in load_json("countries.json")}


def _town(t: _Tables, i: int) -> Site | None:
    _, name, cc, a1, a2, lat, lon, pop = t.lines[i].split("\t")
    if cc not in t.iso3:
        return None
    return Site(name, t.iso3[cc], a1 or None, a2 or None, float(lat), float(lon), int(pop), "town")


def candidates(name: str) -> list[Site]:
    """Every town and admin area called ``name`` (spelling variants included)."""
    return list(_candidates(name))


@lru_cache(maxsize=65536)  # a report names the same few places again and again
def _candidates(name: str) -> tuple[Site, ...]:
    t = _tables()
    k = key(name)
    if len(k) < 3:
        return ()
    hit = t.towns.get(k)
    if hit is None and k[:1] in ("a", "e") and (article := _ARTICLE.match(k)) and len(k) - article.end() >= 4:
        hit = t.towns.get(k[article.end() :])  # "el-Arish" is GeoNames' "Arish", "Ar Rutba" its "Rutba"
    ids = () if hit is None else hit if isinstance(hit, tuple) else (hit,)
    out = [s for s in (_town(t, i) for i in ids) if s is not None]
    return (*out, *t.admins.get(_admin_key(k), ()))


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
    # "Issele-Azagba (Aniocha South LGA, Delta)": the country the admin names agree on comes first.
    # A district named like the place itself ("Swabi (Swabi, KPK)") says no more than the name does.
    agreed = _hint_countries(tuple(h for h in hints if key(h) != key(name)))
    about_agreed = bool(agreed) and agreed[0] in countries  # the document is about that country anyway
    countries = agreed + tuple(c for c in countries if c not in agreed)
    # A province spelled another way: inside the document's countries, or anywhere when it names none.
    # (Anywhere: only a province. "Marien" is no misspelt Marin County.)
    cands = candidates(name) or [
        a
        for a in areas_named(name, loose=True)
        if a.country in countries or not countries and a.kind == "admin1" and _spelled_alike(name, a)
    ]
    if not cands and " of " in name:
        # "PD12 of Herat city": a part of the place named after "of".
        head, _, whole = name.partition(" of ")
        site = resolve(head, countries=countries, hints=(whole, *hints), strict=strict)
        if site is not None:
            return replace(site, kind="nearby") if site.kind == "town" else site
    if not cands:
        core = _core(name)
        if core:
            # "Donetsk Airport", "Zolote-4", "Beirut-Ras Beirut": a spot or quarter of a town we know.
            site = resolve(core, countries=countries, hints=hints, strict=strict)
            if site is None or (countries and site.country not in countries):
                return None
            return replace(site, kind="nearby") if site.kind == "town" else site
    if not cands and countries and respell:
        # "Jowhaar", "Taal Afar": a town of the document's own country, spelled another way. A guess at a
        # spelling needs the admin names beside it, if any, to confirm it: "Mussa Qala, Kandahar" is not
        # the Musa Qala in Helmand.
        admin_hints = [h for h in hints if not any(a.kind == "country" for a in areas_named(h))]
        cands = [
            s
            for s in _respelled(name, countries[:2]) or _misspelt(name, countries[0])
            if not admin_hints or any(_within(_bare(h), s) for h in admin_hints)
        ]
    if not cands and not countries and respell and not hints:
        # "Gheryan", "Bizerta": a report that names no country may still spell a town of some
        # size its own way. Only a close spelling of one town counts, since the whole world is searched.
        cands = list(_respelled_anywhere(name))
    if level == "village":
        # "the village of Korogo" is not the city of Korhogo, whatever other names the city goes by
        cands = [s for s in cands if not (s.kind == "town" and s.population >= 100_000)]
    elif level:
        areas = [s for s in cands if s.kind == level]
        if areas:
            cands = [_at_seat(a, cands) for a in areas]
    hint_keys = [_bare(h) for h in hints if h and len(_bare(h)) > 2]
    # "Kelly (Idleb)": GeoNames files the town under "Idlib"; a variant spelling of a province in the
    # document's countries tells namesakes apart as well as the spelling GeoNames uses.
    hint_keys += [
        key(a.name).replace("-", " ")
        for h in hint_keys
        if not areas_named(h)
        for a in areas_named(h, loose=True)
        if a.country in countries or _spelled_alike(h, a)
    ]
    if hint_keys:
        # A district named like the place itself tells its namesakes apart no better than the name does.
        telling = [h for h in hint_keys if h != key(name)] or hint_keys
        fit = {id(s): sum(_within(h, s) for h in telling) for s in cands}
        best_fit = max(fit.values(), default=0)
        if best_fit:
            # The text itself says where the place is ("Salem (Salem, Tamil Nadu)": the one in India).
            return _pick([s for s in cands if fit[id(s)] == best_fit], name)
        areas = [a for h in hints for a in areas_named(h)]
        # "Tripoli, Lebanon": a country named next to the place picks among its namesakes.
        same = [s for s in cands if s.country in {a.country for a in areas if a.kind == "country"}]
        if same:
            return _pick(same, name)
        # "Oume, Gagnoa": a town written beside it that only one namesake's country
        # has (Gagnoa, in Ivory Coast) says which namesake is meant (not Ome, Japan).
        beside = {t.country for h in hints if key(h) != key(name) for t in candidates(h) if t.kind == "town"}
        same = [s for s in cands if s.country in beside]
        if same and len({s.country for s in same}) == 1 < len({s.country for s in cands}) and not areas:
            return _pick(same, name)
        # A namesake in a country the document is about (its army, its towns) beats one elsewhere, unless
        # the names beside it say it is another: "San Jeronimo, Cusco" is not the one in Junin, "Caracoli,
        # Malambo" not the one 500 km from Malambo.
        inside = _most_salient(cands, countries)
        inside = [
            s for s in inside if not _contradicted(s, hints, areas) and (not agreed or s.country in agreed)
        ]  # "Valencia, Sangre Grande": not Venezuela's
        if inside:
            return _pick(inside, name)
        # "Mariupol, Zaporizhia": a city in the named province's country, though our admin names place it
        # in the next province (borders and names change), is still that city.
        same_country = [s for s in cands if s.kind == "town" and s.country in {a.country for a in areas}]
        if len(same_country) == 1 and same_country[0].population >= 50_000:
            return same_country[0]
        # "San Cristobal, Bogota", "Tuzla, Istanbul": a quarter of the big city named after it, not the
        # namesake city abroad.
        if any(
            t.population >= 1_000_000 and t.country in {a.country for a in areas}
            for h in hints
            for t in candidates(h)
            if t.kind == "town"
        ):
            enclosing = _enclosing(hints, countries, name)
            if enclosing is not None:
                return enclosing
        # An admin name we do not know in the city's country (our admin names can be out of date): a
        # city of that name is still the likelier reading than a namesake area elsewhere.
        # ("Al Arish (Sabir Al Mawadim, Taizz)": two admin names of one country outweigh a bigger namesake
        # elsewhere; one, as "Valdivia (Los Rios)", does not, Ecuador also having a Los Rios.)
        agreeing = sum(any(a.country in agreed for a in areas_named(h)) for h in hints)
        big = [
            s
            for s in cands
            if s.kind == "town"
            and s.population >= 100_000
            and s.country not in {a.country for a in areas}
            and (agreeing < 2 and not agreed)
            and not about_agreed
        ]
        if big:
            cands = big
        else:
            # The town is not in the gazetteer (or spelled otherwise): the most specific enclosing place
            # the text names, at a lower precision, rather than a namesake elsewhere.
            enclosing = _enclosing(hints, countries, name)
            if enclosing is not None:
                return enclosing
    if not cands:
        return None
    if countries:
        inside = _most_salient(cands, countries)
        if inside:
            return _pick(inside, name)
        if strict:
            # The document is about other countries: only a place known well beyond its own country fits.
            cands = [s for s in cands if s.population >= 100_000 or s.kind == "admin1"]
            if not cands:
                return None
    return _pick(cands, name)


_FACILITY = re.compile(
    r"[\s-]+(?:international\s+)?(?:airport|air\s?base|airbase|military\s+airport|base|military\s+prison|"
    r"prison|port|seaport|camp|market|bridge|hospital|university|stadium|checkpoint|crossing|"
    r"square|roundabout|junction|dam|refinery|oil\s+field|gas\s+field|showgrounds?|fairgrounds?|"
    r"bus\s+(?:station|terminal|park)|railway\s+station|\d+)$",
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


def _contradicted(s: Site, hints: tuple[str, ...], areas: list[Site]) -> bool:
    """Do the names written beside ``s`` place it elsewhere in its own country?"""
    if any(a.kind != "country" and a.country == s.country for a in areas):
        # A province or district of its country that it is not in: "Tudun Wada (Kaduna North LGA, Kaduna)"
        # is not the one in Kano, even when that one is the only one we know.
        return True
    for h in hints:
        towns = [t for t in candidates(h) if t.kind == "town" and t.country == s.country]
        if towns and not areas_named(h) and all(_km(t, s) > 60 for t in towns):
            return True
    return False


def _km(a: Site, b: Site) -> float:
    from math import asin, cos, radians, sin, sqrt

    dlat, dlon = radians(b.lat - a.lat), radians(b.lon - a.lon)
    h = sin(dlat / 2) ** 2 + cos(radians(a.lat)) * cos(radians(b.lat)) * sin(dlon / 2) ** 2
    return 12742 * asin(sqrt(h))


def _most_salient(cands: list[Site], countries: tuple[str, ...]) -> list[Site]:
    """The candidates in the most salient of ``countries`` that has any."""
    rank = {c: i for i, c in enumerate(countries)}
    inside = [s for s in cands if s.country in rank]
    if not inside:
        return []
    best = min(rank[s.country] for s in inside)
    return [s for s in inside if rank[s.country] == best]


def _enclosing(hints: tuple[str, ...], countries: tuple[str, ...], name: str = "") -> Site | None:
    """The first of "(District, Province)" that we know: a district, else a town of that name (which is
    near), else the province or country. Each must agree with the names written after it."""
    rank = {c: i for i, c in enumerate(countries)}
    for k, h in enumerate(hints):
        # An admin area is ruled out only by names we know ("Akre district of Ninewa": our admin1 is
        # "Ninawa"); a town of that name must fit every later name, known or not ("Mambasa, Ituri" is not
        # Kenya's Mombasa).
        raw = tuple(_bare(x) for x in hints[k + 1 :] if len(_bare(x)) > 2)
        later = [a for a in (areas_named(x) for x in raw) if a]
        unknown = [x for x in raw if not areas_named(x)]

        def agrees(s: Site) -> bool:
            return all(
                any(a.country == s.country if a.kind == "country" else _within(_bare(a.name), s) for a in named)
                for named in later
            )

        # A variant spelling counts inside the document's countries; elsewhere only when close, and never
        # for a district named like the place itself ("Swabi (Swabi, KPK)" is not Germany's Swabia).
        anywhere = key(h) != key(name)
        areas = [a for a in areas_named(h) if a.kind == "country" or agrees(a)] or [
            a
            for a in areas_named(h, loose=True)
            if (a.country in rank or anywhere and _spelled_alike(h, a)) and agrees(a)
        ]
        towns = [
            replace(s, kind="nearby")
            for s in candidates(h)
            if s.kind == "town"
            and agrees(s)
            and (not unknown or s.country in rank or any(_within(x, s) for x in unknown))
        ]
        if areas or towns:
            # The document's countries first ("Shujaayah neighbourhood of Gaza city": Gaza in Palestine, not
            # the province in Mozambique); within one country a district, else the province, else a town.
            first = min(rank.get(a.country, len(rank)) for a in areas + towns)
            if first < len(rank):
                areas = [a for a in areas if rank.get(a.country) == first]
                towns = [t for t in towns if rank.get(t.country) == first]
            if areas:
                # "Tocuyito, Trujillo state": the state in Venezuela, not the city in Peru.
                towns = [t for t in towns if any(a.country == t.country for a in areas)]
            order = {"admin2": 0, "admin1": 1, "country": 2, "nearby": 3}
            if any(t.population >= 100_000 for t in towns):
                # "a village in Idleb province": the provincial capital of that name is on average nearer
                # an unknown village than the province's centre.
                order = {"admin2": 0, "nearby": 1, "admin1": 2, "country": 3}
            return min(areas + towns, key=lambda a: (rank.get(a.country, len(rank)), order[a.kind], -a.population))
    return None


def fits(s: Site, hints: tuple[str, ...]) -> bool:
    """Does ``s`` lie in the areas written next to its name (any of them), or is nothing written?"""
    keys = [_bare(h) for h in hints if len(_bare(h)) > 2]
    return (
        not keys
        or any(_within(h, s) for h in keys)
        or any(a.kind == "country" and a.country == s.country for h in hints for a in areas_named(h))
    )


def _within(hint: str, s: Site) -> bool:
    hint = _admin_key(hint)  # "North Kivu" is in GeoNames' "Nord Kivu", "Soum" in its "Province du Soum"
    older = _tables().formerly.get((s.country, hint))
    if older is not None and s.kind == "town" and s.admin1 and _admin_key(s.admin1) == older:
        return True  # a town of "Ituri", which our admin names still file under the old Eastern Province
    for admin in (s.admin1, s.admin2):
        if admin:
            k = _admin_key(admin)
            if k == hint or k.startswith(hint + " ") or hint.startswith(k + " ") or f" {hint} " in f" {k} ":
                return True
    return False


def areas_named(name: str, *, loose: bool = False) -> list[Site]:
    """Admin areas called ``name``, or the country of that name; with ``loose``, failing those, areas
    whose name is a transliteration variant of it ("Idleb" for Idlib)."""
    return list(_areas_named(name, loose))


@lru_cache(maxsize=65536)
def _areas_named(name: str, loose: bool) -> tuple[Site, ...]:
    from .gazetteer import index

    k = _bare(name)
    found = index().folded.get(k)
    if found and found[0] == "country":
        c = found[1]
        if c.lat is not None:  # type: ignore[union-attr]
            return (Site(c.name, c.iso3, None, None, c.lat, c.lon, 0, "country"),)  # type: ignore[union-attr,arg-type]
    t = _tables()
    found = t.admins.get(_admin_key(k))
    if found is None and loose and len(k) > 4:
        # Provinces are few and their names long: a transliteration variant is still that province.
        found = next(
            (v for v in (_variant_of(x, t.admin_skeletons.get(_skeleton(x), [])) for x in {key(name), k}) if v), None
        )
    return tuple(found or ())


def _at_seat(area: Site, cands: list[Site]) -> Site:
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


@cache
def _country_lines() -> dict[str, list[int]]:
    """ISO alpha-3 code -> the gazetteer lines of its towns."""
    t = _tables()
    out: dict[str, list[int]] = {}
    for i, line in enumerate(t.lines):
        cc = line.split("\t", 3)[2]
        if cc in t.iso3:
            out.setdefault(t.iso3[cc], []).append(i)
    return out


@lru_cache(maxsize=64)
def _town_skeletons(iso3: str) -> dict[str, tuple[int, ...]]:
    """Skeleton of every spelling of every town in one country -> their line numbers; built the first
    time a document about that country names a place the gazetteer does not spell its way."""
    lines = _tables().lines
    found: dict[str, set[int]] = {}
    for i in _country_lines().get(iso3, ()):
        line = lines[i]
        for k in line[: line.index("\t")].split("|"):
            found.setdefault(_skeleton(k), set()).add(i)
    return {k: tuple(v) for k, v in found.items()}


@lru_cache(maxsize=65536)
def _respelled(name: str, countries: tuple[str, ...]) -> tuple[Site, ...]:
    """Towns of ``countries`` whose name is a transliteration variant of ``name``: the same consonant
    skeleton and a close spelling ("Jowhaar" and "Jawhar", "Khan Sheikhoun" and "Khan Shaykhun")."""
    from difflib import SequenceMatcher

    k = key(name)
    sk = _skeleton(k)
    if len(_letters(k)) < 5 or len(sk) < 4:
        return ()  # short names have too many look-alikes
    t = _tables()
    a = _letters(k)
    for c in countries:
        out = []
        for i in _town_skeletons(c).get(sk, ()):
            spellings = t.lines[i][: t.lines[i].index("\t")].split("|")
            if max(SequenceMatcher(None, a, _letters(x)).ratio() for x in spellings if _skeleton(x) == sk) >= 0.8:
                site = _town(t, i)
                if site is not None:
                    out.append(site)
        if out:
            return tuple(out)
    return ()


_KNOWN_ANYWHERE = 20_000  # a town a report may name without its country


@cache
def _big_town_skeletons() -> dict[str, tuple[int, ...]]:
    """Skeleton of the name of every town of some size, anywhere -> their line numbers. (Only the name's
    own spelling: see _respelled_anywhere.)"""
    t = _tables()
    found: dict[str, list[int]] = {}
    for i, line in enumerate(t.lines):
        if int(line.rsplit("\t", 1)[1]) >= _KNOWN_ANYWHERE:
            found.setdefault(_skeleton(key(line.split("\t", 2)[1])), []).append(i)
    return {k: tuple(v) for k, v in found.items()}


@lru_cache(maxsize=65536)
def _respelled_anywhere(name: str) -> tuple[Site, ...]:
    """The one town of some size whose name is a close variant of ``name`` ("Gheryan": Gharyan), if only one is."""
    from difflib import SequenceMatcher

    k = key(name)
    sk = _skeleton(k)
    if len(_letters(k)) < 6 or len(sk) < 4:
        return ()
    t = _tables()
    a = _letters(k)
    out = []
    for i in _big_town_skeletons().get(sk, ()):
        site = _town(t, i)
        # Close to the town's own name: its other names include spellings in other languages' ways, too
        # loose a net to cast over the whole world ("Zorbony" is no name of Thornton, Colorado).
        if site is not None and SequenceMatcher(None, a, _letters(key(site.name))).ratio() >= 0.85:
            out.append(site)
    return tuple(out) if len({s.country for s in out}) == 1 else ()


_TYPO_TOWN = 10_000  # a town known well enough that a letter dropped from its name still names it


@lru_cache(maxsize=64)
def _typo_index(iso3: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """First letter -> (spelling, line) of the towns of some size in one country."""
    t = _tables()
    found: dict[str, list[tuple[str, int]]] = {}
    for i in _country_lines().get(iso3, ()):
        line = t.lines[i]
        if int(line.rsplit("\t", 1)[1]) >= _TYPO_TOWN:
            b = _letters(line[: line.index("\t")].split("|", 1)[0])
            found.setdefault(b[:1], []).append((b, i))
    return {k: tuple(v) for k, v in found.items()}


@lru_cache(maxsize=65536)
def _misspelt(name: str, iso3: str) -> tuple[Site, ...]:
    """The one town of some size in ``iso3`` whose name is ``name`` with a letter dropped, added or swapped
    ("Chongew": Chongwe), which a transliteration variant is not."""
    from difflib import SequenceMatcher

    a = _letters(key(name))
    if len(a) < 6:
        return ()
    t = _tables()
    out = []
    for b, i in _typo_index(iso3).get(a[:1], ()):
        if abs(len(a) - len(b)) <= 1:
            m = SequenceMatcher(None, a, b)
            if m.quick_ratio() >= 0.9 and m.ratio() >= 0.9:
                out.append(_town(t, i))
    return tuple(s for s in out if s is not None) if len(out) == 1 else ()


def _pick(cands: list[Site], name: str = "") -> Site:
    # A town of some size is what a report means by its name ("Aleppo", "Daraa"); a province outranks
    # a village that shares its name ("Kunar").
    towns = [s for s in cands if s.kind == "town"]
    # "Puno" is the city of that name, not Pune, which some also spell so: a city called exactly this
    # outranks a bigger one that only has it among its other names.
    exact = [s for s in towns if s.population >= 50_000 and key(s.name) == key(name)]
    town = max(exact or towns, key=lambda s: s.population, default=None)
    area = max((s for s in cands if s.kind != "town"), key=lambda s: (s.kind == "admin1", s.population), default=None)
    if area is not None and (town is None or town.population < 20_000):
        return area
    return town  # type: ignore[return-value]


def precision(site: Site) -> int:
    return TOWN if site.kind == "town" else NEAR if site.kind in ("admin2", "nearby") else REGION
