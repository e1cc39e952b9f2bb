"""The one-line summary in plain English: the sides named without repeating a country, and a verb that
agrees with its subject ("Gangs attack", "An armed group clashes with Kenya in Baure").

Read by ``records.summary_of``. The English words it reads (plural nouns, verb endings) are in
data/summary_words.json; the plain names of the coder's templates and irregular verbs in data/summary_names.json.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from . import actors as actor_mod
from .errors import DataError
from .event import Actor, Place
from .gazetteer import country, index
from .resources import load_json
from .words import alternation, words

_WORDS = "summary_words.json"
_PAREN = re.compile(r"\s*\(([^)]*)\)\s*$")


@cache
def _data() -> dict[str, dict[str, str]]:
    """The maps of data/summary_names.json, checked: each a map of text to text."""
    name = "summary_names.json"
    raw = load_json(name)
    out: dict[str, dict[str, str]] = {}
    for key in ("generic_names", "irregular_verbs", "trigger_verbs"):
        found = raw.get(key) if isinstance(raw, dict) else None
        if not isinstance(found, dict) or not all(isinstance(v, str) for v in found.values()):
            raise DataError(name, f"'{key}' must be a map of text to text")
        out[key] = found
    return out


def _countries_named(label: str, actor: Actor | None) -> set[str]:
    """The country names a side's label carries: "Kenya", or the "(Kenya)" of a coder's name."""
    out = set()
    paren = _PAREN.search(label)
    if paren:
        out.add(paren.group(1))
    c = country(actor.country) if actor is not None and actor.country else None
    if c is not None and c.name in label:
        out.add(c.name)
    return out


def _plain(actor: Actor, label: str, avoid: set[str]) -> str:
    """A side named by what the text says ("gunmen"), or by the plain noun of its coder's name."""
    if actor.text and actor.text != label and not any(n in actor.text for n in avoid):
        return actor.text
    stem = actor.name.split(" (")[0].split(" of ")[0]
    return _data()["generic_names"].get(stem, label)


def side_labels(a1: Actor | None, a2: Actor | None, location: Place | None) -> tuple[str, str]:
    """(who, whom) as the summary names them: no country written twice among the sides and the place.

    "Unidentified Armed Group (Kenya) clashes with Kenya in Kenya" becomes "An armed group clashes with
    Kenya in Kenya"; a side the text named ("gunmen", "Kenyan police officers") keeps the text's words.
    """
    who, whom = actor_mod.label(a1), actor_mod.label(a2)
    place = (location.text or location.name) if location is not None else ""
    for _ in range(2):
        named1, named2 = _countries_named(who, a1), _countries_named(whom, a2)
        clash = named1 & (named2 | {place}) or named2 & {place}
        if not clash and not (who and who == whom):
            break
        # The coder's placeholder name ("... (Kenya)") gives way first, then the side acted on.
        if a1 is not None and named1 & clash and ("(" in who or not (named2 & clash)):
            who = _plain(a1, who, clash)
        elif a2 is not None:
            whom = _plain(a2, whom, clash | named1)
    return who, whom


def plural(label: str) -> bool:
    """Whether a side's label is a plural noun phrase ("Gangs", "Rapid Support Forces", "gunmen")."""
    if not label:
        return False
    head = label
    for cut in words(_WORDS, "name_cuts"):
        head = head.split(cut)[0]
    last = head.split()[-1] if head.split() else ""
    low = last.lower()
    if low in words(_WORDS, "plural_heads"):
        return True
    if last.isupper() or low in words(_WORDS, "singular_heads") or _is_country(label):
        return False
    return low.endswith("s") and not low.endswith(("ss", "us"))


@cache
def _country_names() -> frozenset[str]:
    return frozenset(c.name for c in index().countries.values())


def _is_country(label: str) -> bool:
    return label in _country_names()


def _to_plural(verb: str) -> str:
    irregular = _data()["irregular_verbs"]
    if verb in irregular:
        return irregular[verb]
    if not verb.endswith("s") or verb.endswith("ss"):
        return verb
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith("es") and verb[:-2].endswith(tuple(words(_WORDS, "verb_endings"))):
        return verb[:-2]
    return verb[:-1]


def _to_singular(verb: str) -> str:
    back = {v: k for k, v in _data()["irregular_verbs"].items()}
    if verb in back:
        return back[verb]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    if verb.endswith(tuple(words(_WORDS, "verb_endings"))):
        return verb + "es"
    return verb + "s"


def agree(verb: str, subject: str) -> str:
    """The verb phrase made to agree with its subject: "clashes with" after "Gangs" is "clash with";
    "riot" after "A mob" is "riots". Adverbs before the verb ("sexually assaults") and a second verb
    after "or"/"and" ("loots or destroys property") are read too."""
    change = _to_plural if plural(subject) else _to_singular
    parts = verb.split(" ")
    i = 0
    while i < len(parts) - 1 and parts[i].endswith("ly"):
        i += 1
    parts[i] = _change_word(parts[i], change)
    if i + 2 < len(parts) and parts[i + 1] in ("or", "and"):
        parts[i + 2] = _change_word(parts[i + 2], change)
    return " ".join(parts)


_WORD = re.compile(r"^([a-z]+)(\W*)$")


def _change_word(part: str, change: Callable[[str], str]) -> str:
    """ "protest;" -> "protests;": the word changed, its punctuation kept; anything else as it is."""
    m = _WORD.match(part)
    return change(m.group(1)) + m.group(2) if m else part


def verb_for(verb: str, category: str, trigger: str) -> str:
    """The category's verb, or the one its trigger calls for: an interception ("shot down 14 drones") is
    not the interceptor's strike, nor a seizure of weapons."""
    if category == "disrupted_weapons_use" and _interception().search(trigger):
        return _data()["trigger_verbs"]["interception"]
    return verb


@cache
def _interception() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(words('roles.json', 'interception_verbs'))}\b", re.IGNORECASE)


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]
