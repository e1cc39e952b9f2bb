"""What a geocoded place is, and the keys names are looked up by.

Decides when two spellings are one name: case, accents, generic words ("Idlib province", "the city of
Homs"), GeoNames' local admin words ("Province du Soum") and the letters transliterations vary on
("Lower Shabelle", "Lower Shabeelle"). The words come from ``data/geocode_names.json`` and
``data/geocode_admin.json``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from math import asin, cos, radians, sin, sqrt

from ..errors import DataError
from ..words import alternation, words

# ACLED geo-precision: 1 the town itself, 2 a part of or a place near a region, 3 only the region.
TOWN, NEAR, REGION = 1, 2, 3


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


def distance(a: Site, b: Site) -> float:
    """Great-circle kilometres between two sites."""
    dlat, dlon = radians(b.lat - a.lat), radians(b.lon - a.lon)
    h = sin(dlat / 2) ** 2 + cos(radians(a.lat)) * cos(radians(b.lat)) * sin(dlon / 2) ** 2
    return 12742 * asin(sqrt(h))


def precision(site: Site) -> int:
    return TOWN if site.kind == "town" else NEAR if site.kind in ("admin2", "nearby") else REGION


_NAMES = "geocode_names.json"
_ADMIN = "geocode_admin.json"

_GENERIC_SUFFIX = re.compile(r"\s+" + alternation(words(_NAMES, "generic_words")) + "$")
_GENERIC_PREFIX = re.compile("^" + alternation(words(_NAMES, "generic_prefixes"), space=" ") + r"\s+")
_DIRECTION_PREFIX = re.compile(
    "^(?:"
    + alternation(words(_NAMES, "directions") + words(_NAMES, "direction_qualifiers"))
    + "(?:ern)?[ -]?"
    + alternation(words(_NAMES, "directions"))
    + r"?(?:ern)?\s+)"
)
ARTICLE = re.compile("^" + alternation(words(_NAMES, "arabic_articles")) + "[ -]")
_NOT_LETTER = re.compile(r"[^a-z]")


def _local_articles() -> list[str]:
    # "de la Sanaga", but "d'Ivoire": an article ending in an apostrophe takes no space after it.
    return [w if w.endswith("'") else w + " " for w in words(_ADMIN, "local_articles")]


_ADMIN_PREFIX = re.compile(
    "^" + alternation(words(_ADMIN, "local_admin_words")) + r"\s+" + alternation(_local_articles(), space=" ") + "?"
)


def _pairs(name: str, key: str) -> dict[str, str]:
    """A list of "local = English" entries as a mapping."""
    out = {}
    for entry in words(name, key):
        local, sep, english = (w.strip() for w in entry.partition("="))
        if not sep or not local or not english:
            raise DataError(name, f"'{key}' entry {entry!r} is not 'local = English'")
        out[local] = english
    return out


_COMPASS = _pairs(_ADMIN, "compass_words")


def fold(s: str) -> str:
    if s.isascii():
        return s.lower().strip()  # the common case, and the same result
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def key(name: str) -> str:
    k = fold(name).rstrip(".")
    k = _GENERIC_PREFIX.sub("", k)
    return _GENERIC_SUFFIX.sub("", k)


def undirected(k: str) -> str:
    """``k`` without a leading direction ("northern iraq" -> "iraq"), or ``k`` when it has none."""
    return _DIRECTION_PREFIX.sub("", k)


def admin_key(name: str) -> str:
    """Admin names are looked up without hyphens and apostrophes: "Ma'rib" is written "Marib" as often."""
    k = _ADMIN_PREFIX.sub("", key(name).replace("-", " ")).replace("'", "")
    return " ".join(_COMPASS.get(w, w) for w in k.split())


def letters(k: str) -> str:
    """The letters of a key, without a leading Arabic article."""
    if k[:1] in ("a", "e"):
        k = ARTICLE.sub("", k, count=1)
    return _NOT_LETTER.sub("", k)


def skeleton(k: str) -> str:
    """A province's name with the letters transliteration varies on dropped: "Lower Shabelle" and
    "Lower Shabeelle", "Idleb" and "Idlib", "Ninewa" and "Ninawa" share one."""
    k = letters(k).replace("q", "g")  # Arabic's qaf is written q, g or k: "Gasr" and "Qasr" are one word
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
