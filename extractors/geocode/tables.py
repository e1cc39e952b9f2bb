"""The GeoNames tables, read once on the first lookup (about half a second).

``data/geonames.tsv.gz`` holds every GeoNames populated place of 500+ people with its admin1 and admin2
names; ``data/geonames_admin.tsv.gz`` the centre of each admin area (both built by
``scripts/build_geonames.py``); ``data/admin_updates.json`` provinces newer than those admin names.
Towns stay as raw lines until a lookup needs one: most are never asked for.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..resources import load_json
from .names import Site, admin_key, skeleton


@dataclass(frozen=True, slots=True)
class Tables:
    lines: list[str]
    towns: dict[str, int | tuple[int, ...]]  # lookup key -> line number(s)
    admins: dict[str, list[Site]]  # folded admin name -> areas of that name
    admin_skeletons: dict[str, list[Site]]  # the same under ``skeleton``, for spellings that differ
    iso3: dict[str, str]
    formerly: dict[tuple[str, str], str]  # (country, new province) -> the province our towns still name


def _read(name: str) -> str:
    with (
        resources.files("extractors.data").joinpath(name).open("rb") as raw,
        gzip.open(raw, "rt", encoding="utf-8") as f,
    ):
        return f.read()


@cache
def tables() -> Tables:
    iso3 = {c["iso2"]: c["iso3"] for c in load_json("countries.json") if c.get("iso2")}
    lines = _read("geonames.tsv.gz").splitlines()
    admins, formerly = _admins(iso3)
    skeletons: dict[str, list[Site]] = {}
    for k, sites in admins.items():
        skeletons.setdefault(skeleton(k), []).extend(sites)
    return Tables(lines, _towns(lines), admins, skeletons, iso3, formerly)


def _towns(lines: list[str]) -> dict[str, int | tuple[int, ...]]:
    towns: dict[str, int | tuple[int, ...]] = {}
    for i, line in enumerate(lines):
        for k in line[: line.index("\t")].split("|"):
            prev = towns.get(k)
            # Most names are unique: an int costs far less memory than a one-element tuple.
            towns[k] = i if prev is None else (*prev, i) if isinstance(prev, tuple) else (prev, i)
    return towns


def _admins(iso3: dict[str, str]) -> tuple[dict[str, list[Site]], dict[tuple[str, str], str]]:
    admins: dict[str, list[Site]] = {}
    for line in _read("geonames_admin.tsv.gz").splitlines():
        cc, a1, a2, lat, lon, pop = line.split("\t")
        if cc not in iso3:
            continue
        site = Site(a2 or a1, iso3[cc], a1, a2 or None, float(lat), float(lon), int(pop), "admin2" if a2 else "admin1")
        admins.setdefault(admin_key(site.name), []).append(site)
    formerly: dict[tuple[str, str], str] = {}
    for a in load_json("admin_updates.json")["areas"]:
        # A province newer than our admin names: its seat's point, and the province it was carved from.
        site = Site(a["name"], a["country"], a["name"], None, a["lat"], a["lon"], 0, "admin1")
        admins.setdefault(admin_key(a["name"]), []).append(site)
        formerly[(a["country"], admin_key(a["name"]))] = admin_key(a["was"])
    return admins, formerly


def town(t: Tables, i: int) -> Site | None:
    """The town of line ``i``; None when its country is not one we code."""
    _, name, cc, a1, a2, lat, lon, pop = t.lines[i].split("\t")
    if cc not in t.iso3:
        return None
    return Site(name, t.iso3[cc], a1 or None, a2 or None, float(lat), float(lon), int(pop), "town")


def spellings(line: str) -> list[str]:
    """Every lookup key a gazetteer line is filed under (its first is the town's own name)."""
    return line[: line.index("\t")].split("|")


@cache
def country_lines() -> dict[str, list[int]]:
    """ISO alpha-3 code -> the gazetteer lines of its towns."""
    t = tables()
    out: dict[str, list[int]] = {}
    for i, line in enumerate(t.lines):
        cc = line.split("\t", 3)[2]
        if cc in t.iso3:
            out.setdefault(t.iso3[cc], []).append(i)
    return out


@cache
def neighbours() -> dict[str, frozenset[str]]:
    """ISO alpha-3 code -> the countries it shares a land border with (GeoNames' countryInfo)."""
    return {c["iso3"]: frozenset(c.get("neighbours", ())) for c in load_json("countries.json")}
