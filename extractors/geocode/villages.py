"""The village tier: places below the towns table (GeoNames and Who's On First, built by
``scripts/build_villages.py`` into ``data/villages/<CC>.tsv.gz``), read one country at a time the first time
a report about that country names a place the towns table lacks.

A village is a guess among many namesakes (Ukraine alone has 68 villages called Vesele), so one is taken
only on the text's evidence: an admin name written beside it that the village lies in, or a name that only
one village of the report's country bears (``village``); or another town the report names within 50 km
(``near``, which the ``sites`` stage asks once the report's other places are read). Otherwise the place stays
at the level the rest of the text supports (its district, province or country), which is coarser but not
wrong.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources
from math import asin, cos, radians, sin, sqrt

from .names import Site, key
from .tables import tables


@lru_cache(maxsize=32)
def _country(iso3: str) -> dict[str, tuple[Site, ...]]:
    """Lookup key -> the villages of one country filed under it (empty when the tier has no file for it)."""
    iso2 = next((a2 for a2, a3 in tables().iso3.items() if a3 == iso3), None)
    if iso2 is None:
        return {}
    path = resources.files("extractors.data").joinpath("villages").joinpath(f"{iso2}.tsv.gz")
    if not path.is_file():
        return {}
    out: dict[str, list[Site]] = {}
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        for line in f:
            keys, name, a1, a2, lat, lon = line.rstrip("\n").split("\t")
            site = Site(name, iso3, a1 or None, a2 or None, float(lat), float(lon), 0, "town")
            for k in keys.split("|"):
                out.setdefault(k, []).append(site)
    return {k: tuple(v) for k, v in out.items()}


NEAR_KM = 50  # a village this close to another place of the report is the one it means


def near(name: str, iso3: str, others: list[Site]) -> Site | None:
    """The one village of ``iso3`` called ``name`` that lies within ``NEAR_KM`` of a town the same report names
    (``others``); None when none or several do."""
    close = [v for v in named(name, iso3) if any(distance(v, o) <= NEAR_KM for o in others)]
    return close[0] if len({(v.lat, v.lon) for v in close}) == 1 else None


def distance(a: Site, b: Site) -> float:
    """Great-circle kilometres between two sites."""
    dlat, dlon = radians(b.lat - a.lat), radians(b.lon - a.lon)
    h = sin(dlat / 2) ** 2 + cos(radians(a.lat)) * cos(radians(b.lat)) * sin(dlon / 2) ** 2
    return 12742 * asin(sqrt(h))


def named(name: str, iso3: str) -> tuple[Site, ...]:
    """The villages of country ``iso3`` called ``name``."""
    return _country(iso3).get(key(name), ())


def village(name: str, countries: tuple[str, ...], fits: list[list[Site]]) -> Site | None:
    """The village ``name`` means, in the report's first country, on the text's evidence. ``fits``: for each
    admin name written beside it, the villages of that name lying in that area (see ``resolver``); with no
    admin name, ``[]``. None when the evidence does not single one out."""
    if not countries:
        return None
    if fits:
        agreed = [s for s in fits[0] if all(s in f for f in fits[1:])]
        return agreed[0] if len({(s.lat, s.lon) for s in agreed}) == 1 else None
    found = named(name, countries[0])
    return found[0] if len(found) == 1 else None
