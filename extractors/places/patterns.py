"""The regex pieces every pass of ``places`` shares: a name, a kind of place, a direction, a locative
preposition. Their words come from the ``places_*.json`` data files; the regex around them is plumbing.

Lists are joined in their data order (``either``), not sorted, because regex alternation is ordered and
the passes were tuned on that order.
"""

from __future__ import annotations

import re

from ..words import choices, words

PREPOSITIONS = "places_prepositions.json"
ADMIN = "places_admin.json"
NAMES = "places_names.json"
BUILDINGS = "places_buildings.json"


def either(name: str, key: str) -> str:
    """The entries of one list joined as regex alternatives, in their order (entries may hold ``?``)."""
    return choices(name, key)


def trie(items: tuple[str, ...]) -> str:
    """One alternation of literal ``items`` as a trie, so that a shared beginning is tried once at each word
    start ("in", "inside", "into", "in front of"); the longest item that fits is tried first."""
    tree: dict = {}
    for w in items:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        branches = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return walk(tree)


# Every word or phrase the trie of prepositions holds, verbs whose object is a place included.
PREP_WORDS = tuple(
    w for key in ("prepositions", "retaking_verbs", "striking_verbs", "area_words") for w in words(PREPOSITIONS, key)
)
PREP = (
    "(?:" + trie(PREP_WORDS) + "|"
    rf"(?:{either(PREPOSITIONS, 'control_verbs')}) "
    rf"(?:{' |'.join(words(PREPOSITIONS, 'control_degrees'))} )?control of|"
    rf"(?:{either(PREPOSITIONS, 'strike_kinds')})?strikes? on)"
)
DIRECTION = f"(?:{either(PREPOSITIONS, 'directions')})"
_ARTICLES = either(NAMES, "name_articles")
# Arabic articles belong to the name, hyphenated or not ("el Obeid", "al-Bab"); "the" is never part of it.
NAME_WORD = rf"(?:[A-Z][\w'’.-]*|(?:{_ARTICLES})-[\w'’-]+|(?:{_ARTICLES}) (?=[A-Z])[\w'’.-]+)"
# A name never runs over a line break (headline, dateline).
NAME = rf"{NAME_WORD}(?:[^\S\n]+(?:(?:{either(NAMES, 'name_particles')})[^\S\n]+)?{NAME_WORD}){{0,4}}"
# What a report writes after a place name: "Pakdi area of Ballia district", "Nambla sector (Baramulla district)".
KIND = rf"(?:{either(ADMIN, 'kinds_after_name')})\b"
POSSESSIVE_S = re.compile(r"['’]s$")
# "(Chikun LGA, Kaduna)" after a name: its district and province.
PAREN = r"\s*\((?P<paren>[A-Z][^()]{1,60})\)"

STOP_NAMES = frozenset(words(NAMES, "stop_names"))
TITLES = frozenset(words(NAMES, "titles"))
# The kinds of gazetteer atom that name actors, not places.
ACTOR_KINDS = frozenset({"group", "noun", "demonym", "country"})
