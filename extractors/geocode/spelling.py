"""Spelling variants: when a name the gazetteer does not spell its way still names a place it has.

Transliterations differ in vowels and doubled letters ("Jowhaar" and "Jawhar"), so a variant must share
the name's consonant skeleton and be close in spelling; a typo ("Chongew" for Chongwe) is a letter dropped,
added or swapped. The wider the search, the stricter the match: a country's towns, then the big towns of
the whole world, which must leave only one candidate.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import cache, lru_cache

from .names import Site, key, letters, skeleton
from .tables import country_lines, spellings, tables, town

_KNOWN_ANYWHERE = 20_000  # a town a report may name without its country
_TYPO_TOWN = 10_000  # a town known well enough that a letter dropped from its name still names it


def variant_of(name: str, sites: list[Site]) -> list[Site]:
    """Those of ``sites`` (one skeleton) whose spelling is close to ``name``'s, not just its consonants."""
    a = letters(name)
    return [s for s in sites if SequenceMatcher(None, a, letters(key(s.name))).ratio() >= 0.8]


def spelled_alike(name: str, site: Site) -> bool:
    """Close enough in spelling to be the same name anywhere ("San Luis de Potosi", "Dar'a")."""
    return SequenceMatcher(None, letters(key(name)), letters(key(site.name))).ratio() >= 0.88


@lru_cache(maxsize=64)
def _town_skeletons(iso3: str) -> dict[str, tuple[int, ...]]:
    """Skeleton of every spelling of every town in one country -> their line numbers; built the first
    time a document about that country names a place the gazetteer does not spell its way."""
    lines = tables().lines
    found: dict[str, set[int]] = {}
    for i in country_lines().get(iso3, ()):
        for k in spellings(lines[i]):
            found.setdefault(skeleton(k), set()).add(i)
    return {k: tuple(v) for k, v in found.items()}


@lru_cache(maxsize=65536)
def respelled(name: str, countries: tuple[str, ...]) -> tuple[Site, ...]:
    """Towns of ``countries`` whose name is a transliteration variant of ``name``: the same consonant
    skeleton and a close spelling ("Jowhaar" and "Jawhar", "Khan Sheikhoun" and "Khan Shaykhun")."""
    k = key(name)
    sk = skeleton(k)
    if len(letters(k)) < 5 or len(sk) < 4:
        return ()  # short names have too many look-alikes
    t = tables()
    a = letters(k)
    for c in countries:
        out = []
        for i in _town_skeletons(c).get(sk, ()):
            alike = (x for x in spellings(t.lines[i]) if skeleton(x) == sk)
            if max(SequenceMatcher(None, a, letters(x)).ratio() for x in alike) >= 0.8:
                site = town(t, i)
                if site is not None:
                    out.append(site)
        if out:
            return tuple(out)
    return ()


@cache
def _big_town_skeletons() -> dict[str, tuple[int, ...]]:
    """Skeleton of the name of every town of some size, anywhere -> their line numbers. (Only the name's
    own spelling: see respelled_anywhere.)"""
    t = tables()
    found: dict[str, list[int]] = {}
    for i, line in enumerate(t.lines):
        if int(line.rsplit("\t", 1)[1]) >= _KNOWN_ANYWHERE:
            found.setdefault(skeleton(key(line.split("\t", 2)[1])), []).append(i)
    return {k: tuple(v) for k, v in found.items()}


@lru_cache(maxsize=65536)
def respelled_anywhere(name: str) -> tuple[Site, ...]:
    """The one town of some size whose name is a close variant of ``name`` ("Gheryan": Gharyan), if only one is."""
    k = key(name)
    sk = skeleton(k)
    if len(letters(k)) < 6 or len(sk) < 4:
        return ()
    t = tables()
    a = letters(k)
    out = []
    for i in _big_town_skeletons().get(sk, ()):
        site = town(t, i)
        # Close to the town's own name: its other names include spellings in other languages' ways, too
        # loose a net to cast over the whole world ("Zorbony" is no name of Thornton, Colorado).
        if site is not None and SequenceMatcher(None, a, letters(key(site.name))).ratio() >= 0.85:
            out.append(site)
    return tuple(out) if len({s.country for s in out}) == 1 else ()


@lru_cache(maxsize=64)
def _typo_index(iso3: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """First letter -> (spelling, line) of the towns of some size in one country."""
    t = tables()
    found: dict[str, list[tuple[str, int]]] = {}
    for i in country_lines().get(iso3, ()):
        line = t.lines[i]
        if int(line.rsplit("\t", 1)[1]) >= _TYPO_TOWN:
            b = letters(spellings(line)[0])
            found.setdefault(b[:1], []).append((b, i))
    return {k: tuple(v) for k, v in found.items()}


@lru_cache(maxsize=65536)
def misspelt(name: str, iso3: str) -> tuple[Site, ...]:
    """The one town of some size in ``iso3`` whose name is ``name`` with a letter dropped, added or swapped
    ("Chongew": Chongwe), which a transliteration variant is not."""
    a = letters(key(name))
    if len(a) < 6:
        return ()
    t = tables()
    out = []
    for b, i in _typo_index(iso3).get(a[:1], ()):
        if abs(len(a) - len(b)) <= 1:
            m = SequenceMatcher(None, a, b)
            if m.quick_ratio() >= 0.9 and m.ratio() >= 0.9:
                out.append(town(t, i))
    return tuple(s for s in out if s is not None) if len(out) == 1 else ()
