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
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .names import Site, distance, key
from .tables import tables

# A key's 64-bit hash (this process's own ``hash``): the tables keep sorted hashes and line offsets rather than
# dicts of strings and sites, so a country of 150,000 villages costs its text and 16 bytes a key.
_MASK = (1 << 64) - 1


@dataclass(frozen=True, slots=True)
class _Table:
    text: str
    hashes: array[int]  # sorted
    starts: array[int]  # where the line of each hash starts in ``text``


def _read(name: str) -> str | None:
    path = resources.files("extractors.data").joinpath("villages").joinpath(name)
    if not path.is_file():
        return None
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        return f.read()


def _table(text: str) -> _Table:
    hashes, starts = array("Q"), array("Q")
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        for k in text[pos : text.index("\t", pos)].split("|"):
            hashes.append(hash(k) & _MASK)
            starts.append(pos)
        pos = end + 1
    import numpy as np  # spaCy's own dependency: it sorts a country's keys in place

    h = np.frombuffer(hashes, dtype=np.uint64)
    order = np.argsort(h, kind="stable")
    return _Table(
        text, array("Q", h[order].tobytes()), array("Q", np.frombuffer(starts, dtype=np.uint64)[order].tobytes())
    )


def _lines(t: _Table, k: str) -> list[str]:
    """The lines of ``t`` filed under key ``k``."""
    h = hash(k) & _MASK
    out = []
    i = bisect_left(t.hashes, h)
    while i < len(t.hashes) and t.hashes[i] == h:
        start = t.starts[i]
        end = t.text.find("\n", start)
        line = t.text[start : end if end >= 0 else len(t.text)]
        if k in line[: line.index("\t")].split("|"):
            out.append(line)
        i += 1
    return out


@lru_cache(maxsize=32)
def _country(iso3: str) -> _Table | None:
    """One country's villages, read the first time a report about it names a place the towns lack."""
    iso2 = next((a2 for a2, a3 in tables().iso3.items() if a3 == iso3), None)
    text = _read(f"{iso2}.tsv.gz") if iso2 is not None else None
    return _table(text) if text else None


def _site(line: str, iso3: str) -> Site:
    _, name, a1, a2, lat, lon = line.split("\t")
    return Site(name, iso3, a1 or None, a2 or None, float(lat), float(lon), 0, "town")


NEAR_KM = 50  # a village this close to another place of the report is the one it means


def near(name: str, iso3: str, others: list[Site]) -> Site | None:
    """The one village of ``iso3`` called ``name`` that lies within ``NEAR_KM`` of a town the same report names
    (``others``); None when none or several do."""
    close = [v for v in named(name, iso3) if any(distance(v, o) <= NEAR_KM for o in others)]
    return close[0] if len({(v.lat, v.lon) for v in close}) == 1 else None


def _only_in() -> tuple[Any, tuple[str, ...]]:
    """Sorted hashes of the keys only one country's villages bear (``index.tsv.gz``), each with the index of its
    country in the low byte; read the first time a report names no country. (numpy, which spaCy brings,
    sorts the 560,000 of them in place.)"""
    import numpy as np

    iso3 = tables().iso3
    packed = array("Q")
    countries: list[str] = []
    for line in (_read("index.tsv.gz") or "").splitlines():
        cc, keys = line.split("\t")
        if cc not in iso3:
            continue
        countries.append(iso3[cc])
        code = len(countries) - 1
        packed.extend([(hash(k) & _HIGH) | code for k in keys.split("|")])
    hashes = np.frombuffer(packed, dtype=np.uint64).copy()
    hashes.sort()
    return hashes, tuple(countries)


_HIGH = _MASK ^ 0xFF  # a key's hash without its low byte, which holds the country


def only_country(name: str) -> str | None:
    """The country whose villages alone bear ``name`` (none when the name is short or several countries have
    it): a report naming no country but such a village is about that country."""
    hashes, countries = _only_in()
    h = hash(key(name)) & _HIGH
    i = int(hashes.searchsorted(h))
    found = int(hashes[i]) if i < len(hashes) else None
    return countries[found & 0xFF] if found is not None and found & _HIGH == h else None


def named(name: str, iso3: str) -> tuple[Site, ...]:
    """The villages of country ``iso3`` called ``name``."""
    t = _country(iso3)
    return () if t is None else tuple(_site(line, iso3) for line in _lines(t, key(name)))


def village(found: tuple[Site, ...], fits: list[list[Site]]) -> Site | None:
    """The village meant among ``found`` (those of one name in the report's country), on the text's evidence.
    ``fits``: for each admin name written beside it, those of ``found`` lying in that area (see ``resolver``);
    with no admin name, ``[]``. None when the evidence does not single one out."""
    if fits:
        agreed = [s for s in fits[0] if all(s in f for f in fits[1:])]
        return agreed[0] if len({(s.lat, s.lon) for s in agreed}) == 1 else None
    return found[0] if len(found) == 1 else None
