"""Where: locative phrases ("in X", "near X", "in northern X", "X (Y)") and the places they name.

``mentions`` reads one sentence pass by pass (``sentence``); ``bare_mentions`` gives the capitalised
names a sentence holds without a preposition, for the caller to check against the gazetteer. The
English words the passes use live in ``data/places_*.json``.
"""

from __future__ import annotations

from .bare import bare_mentions
from .buildings import names_building, names_spot
from .mention import PlaceMention
from .names import is_country_name
from .sentence import mentions

__all__ = ["PlaceMention", "bare_mentions", "is_country_name", "mentions", "names_building", "names_spot"]
