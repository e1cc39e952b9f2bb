"""Word lists kept in data files: loaded, checked and turned into regex alternations.

A word-list file is a JSON object whose keys name lists; a key starting with ``_`` is a comment. Each
list holds distinct, non-empty strings. Lists are English knowledge (casualty words, speech verbs,
place prepositions) that people who know news but not Python can extend; the modules that use them
own the regexes around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .errors import DataError
from .resources import load_json


@cache
def word_lists(name: str) -> dict[str, tuple[str, ...]]:
    """The lists of data file ``name``, each checked: a list of distinct, non-empty strings."""
    raw = load_json(name)
    if not isinstance(raw, dict):
        raise DataError(name, "must be a JSON object of named word lists")
    lists: dict[str, tuple[str, ...]] = {}
    for key, words in raw.items():
        if key.startswith("_"):
            continue
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise DataError(name, f"'{key}' must be a list of non-empty strings")
        repeated = sorted({w for w in words if words.count(w) > 1})
        if repeated:
            raise DataError(name, f"'{key}' lists {', '.join(repeated)} more than once")
        lists[key] = tuple(words)
    return lists


def words(name: str, key: str) -> tuple[str, ...]:
    """One list of ``name``; a missing key is a data error, not a KeyError deep in a module."""
    lists = word_lists(name)
    if key not in lists:
        raise DataError(name, f"has no list '{key}'")
    return lists[key]


def choices(name: str, key: str) -> str:
    """One list of ``name`` as regex alternatives (``a|b|c``) in the order the file writes them: for lists of
    regex fragments whose order matters (the first alternative that matches wins). ``alternation`` escapes
    and sorts instead."""
    return "|".join(words(name, key))


def alternation(items: Iterable[str], *, escape: bool = True, space: str = r"\s+") -> str:
    """A non-capturing regex group matching any item, longest first (so 'air strikes' beats 'air strike').

    With ``escape`` a space in an item matches ``space`` (any run of white space by default, as text
    wraps). ``escape=False`` for lists whose entries are regex fragments (``killed?``); each must compile.
    """
    ordered = sorted(set(items), key=lambda w: (-len(w), w))
    if not escape:
        for item in ordered:
            re.compile(item)
    parts = [re.escape(w).replace(r"\ ", space) if escape else w for w in ordered]
    return "(?:" + "|".join(parts) + ")"
