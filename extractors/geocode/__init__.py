"""Offline geocoding: place names to coordinates and admin areas, from a GeoNames extract.

Names are ambiguous ("Tripoli" is in Libya and Lebanon), so a lookup takes what the text says around
the place: admin names in "X (District, Province)" and the countries the document is about. A name that
fits none of them is left unresolved rather than put in the wrong country.

Modules: ``names`` (keys and the ``Site`` type), ``tables`` (the GeoNames tables), ``spelling``
(transliteration variants and typos), ``areas`` (lookups by name), ``hints`` and ``namesakes`` (what
the names beside a place say), ``resolver`` (``resolve``, the order of the ways a name is read).
"""

from __future__ import annotations

from .areas import areas_named, candidates, fits
from .names import NEAR, REGION, TOWN, Site, fold, key, precision
from .resolver import resolve
from .tables import neighbours
from .villages import near as village_near

__all__ = [
    "NEAR",
    "REGION",
    "TOWN",
    "Site",
    "areas_named",
    "candidates",
    "fits",
    "fold",
    "key",
    "neighbours",
    "precision",
    "resolve",
    "village_near",
]
