"""Names of countries, demonyms, armed groups and generic actor nouns, found by token n-gram lookup.

Looking up n-grams in a dict costs the same whatever the size of the gazetteer, which keeps the
rules-only path fast; the same entries also feed the spaCy EntityRuler (see ``nlp.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from . import words as wordlists
from .resources import load_json, load_jsonl

TOKEN_RE = re.compile(r"[^\W_]+(?:[-.'’][^\W_]+)*\.?")
MAX_NGRAM = 8
# "FSA-controlled towns", "Ankara-backed FSA": the name before the hyphen is a relation, not a head.
RELATION_SUFFIXES = tuple("-" + w for w in wordlists.words("gazetteer_words.json", "relation_suffixes"))
# After a country or demonym, money: see _not_a_name.
_CURRENCY = frozenset(wordlists.words("gazetteer_words.json", "currency_words"))


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    capital: str | None
    lat: float | None
    lon: float | None
    capital_lat: float | None
    capital_lon: float | None


@dataclass(frozen=True, slots=True)
class Group:
    name: str
    country: str | None
    sector: str


@dataclass(frozen=True, slots=True)
class Noun:
    kind: str
    sector: str
    template: str


@dataclass(frozen=True, slots=True)
class Atom:
    """One gazetteer hit: ``kind`` is country, demonym, group or noun; ``value`` the entry."""

    start: int
    end: int
    text: str
    kind: str
    value: Country | Group | Noun
    relation: str | None = None  # "-controlled" etc. when found as the first part of a compound


_APOSTROPHE_S = ("'s", "'S")
_QUOTE_S = ("’s", "’S")


def _words(text: str, start: int, end: int | None) -> tuple[list[str], list[int]]:
    """The text and start of each token of ``text[start:end]``."""
    words: list[str] = []
    starts: list[int] = []
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        t = m.group()
        # A sentence-final full stop is punctuation, an abbreviation's ("U.S.") is part of it.
        if t[-1] == "." and t.count(".") == 1:
            t = t[:-1]
        # "'s" then "’s", in any case: only "S" lower-cases to "s".
        if t[-1] in "sS":
            if t[-2:] in _APOSTROPHE_S and len(t) > 2:
                t = t[:-2]
            if t[-2:] in _QUOTE_S and len(t) > 2:
                t = t[:-2]
        words.append(t)
        starts.append(m.start())
    return words, starts


def _key(words: list[str]) -> str:
    return " ".join(w.replace(".", "").replace("’", "'") for w in words)


def _is_abbreviation(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


@dataclass(frozen=True, slots=True)
class _Index:
    exact: dict[str, tuple[str, object]]  # case-sensitive keys (abbreviations)
    folded: dict[str, tuple[str, object]]  # lower-cased keys
    countries: dict[str, Country]  # by ISO3
    capitals: dict[str, Country]  # lower-cased capital name -> country
    branches: dict[tuple[str, str], Group]  # (parent group, ISO3) -> the branch that operates there
    # First word of a key -> the most words (at most MAX_NGRAM) of any key it starts, for each of the two dicts.
    exact_heads: dict[str, int]
    folded_heads: dict[str, int]


@cache
def index() -> _Index:
    exact: dict[str, tuple[str, object]] = {}
    folded: dict[str, tuple[str, object]] = {}

    def add(alias: str, kind: str, value: object) -> None:
        words = _words(alias, 0, None)[0] or [alias]
        if _is_abbreviation(alias):
            exact.setdefault(_key(words), (kind, value))
        else:
            folded.setdefault(_key(words).lower(), (kind, value))

    countries, capitals = {}, {}
    for c in load_json("countries.json"):
        country = Country(
            c["iso3"],
            c["name"],
            c.get("capital"),
            c.get("lat"),
            c.get("lon"),
            c.get("capital_lat"),
            c.get("capital_lon"),
        )
        countries[country.iso3] = country
        if country.capital:
            capitals[country.capital.lower()] = country
        for alias in {c["name"], *c.get("aliases", ())}:
            add(alias, "country", country)
        for dem in c.get("demonyms", ()):
            add(dem, "demonym", country)
    for country in countries.values():
        if country.capital:
            # Capitalised only ("Male", "Victoria"), and after every country, demonym and group name.
            for name in {country.capital, country.capital.split(",")[0]}:  # "Washington, D.C." is "Washington"
                words = _words(name, 0, None)[0] or [name]
                exact.setdefault(_key(words), ("capital", country))
    branches: dict[tuple[str, str], Group] = {}
    for g in load_jsonl("groups.jsonl"):
        group = Group(g["name"], g.get("country"), g.get("sector") or "REB")
        if g.get("branch_of"):
            for iso in (g.get("country"), *g.get("branch_countries", ())):
                branches.setdefault((g["branch_of"], iso), group)
        for alias in {g["name"], *g.get("aliases", ())}:
            add(alias, "group", group)
    for kind, spec in load_json("actor_nouns.json")["nouns"].items():
        noun = Noun(kind, spec["sector"], spec["template"])
        for w in spec["words"]:
            add(w, "noun", noun)
    return _Index(exact, folded, countries, capitals, branches, _heads(exact), _heads(folded))


def _heads(keys: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for k in keys:
        words = k.split(" ")
        out[words[0]] = min(MAX_NGRAM, max(out.get(words[0], 0), len(words)))
    return out


def country(iso3: str | None) -> Country | None:
    return index().countries.get(iso3) if iso3 else None


def atoms(text: str, start: int = 0, end: int | None = None) -> list[Atom]:
    """Longest-first gazetteer hits among the tokens of ``text[start:end]``."""
    words, starts = _words(text, start, end)
    return _find_atoms(words, starts, [a + len(w) for w, a in zip(words, starts, strict=True)], text)


def _find_atoms(words: list[str], starts: list[int], ends: list[int], text: str) -> list[Atom]:
    """Longest-first gazetteer hits among the tokens ``words`` at ``starts``..``ends`` of ``text``.

    At each token, the n-grams tried are at most as long as the longest key its word starts (none when
    it starts none) and never joined across punctuation gaps; each token's key is built once.
    """
    idx = index()
    exact_heads, folded_heads = idx.exact_heads, idx.folded_heads
    out: list[Atom] = []
    n = len(words)
    keys = [w.replace(".", "").replace("’", "'") for w in words]
    low = [k.lower() for k in keys]
    i = 0
    while i < n:
        longest = exact_heads.get(keys[i], 0)
        f = folded_heads.get(low[i], 0)
        if f > longest:
            longest = f
        hit = _longest_hit(idx, keys, low, starts, ends, i, longest) if longest else None
        if hit:
            size, (kind, value) = hit
            if _not_a_name(kind, words, i, size):
                i += size + 1
                continue
            a, b = starts[i], ends[i + size - 1]
            out.append(Atom(a, b, text[a:b], kind, value))  # type: ignore[arg-type]
            i += size
            continue
        if "-" in words[i]:  # every relation suffix starts with a hyphen
            atom = _relation_atom(idx, words[i], starts[i])
            if atom is not None:
                out.append(atom)
        i += 1
    return out


def _longest_hit(
    idx: _Index, keys: list[str], low: list[str], starts: list[int], ends: list[int], i: int, longest: int
) -> tuple[int, tuple[str, object]] | None:
    """The most tokens from ``i`` on (at most ``longest``) that make a key, with its entry."""
    exact, folded = idx.exact, idx.folded
    if longest > len(keys) - i:
        longest = len(keys) - i
    size = 1  # the most tokens from i on without a gap between them, up to ``longest``
    while size < longest and starts[i + size] - ends[i + size - 1] <= 2:
        size += 1
    while size:
        if size == 1:
            found = exact.get(keys[i]) or folded.get(low[i])
        else:
            found = exact.get(" ".join(keys[i : i + size])) or folded.get(" ".join(low[i : i + size]))
        if found:
            return size, found
        size -= 1
    return None


def _not_a_name(kind: str, words: list[str], i: int, size: int) -> bool:
    """Is the hit of ``size`` tokens at ``i`` a word of something else, by the word after it?"""
    nxt = i + size
    if nxt >= len(words):
        return False
    if kind in ("country", "demonym") and words[nxt].lower() in _CURRENCY:
        return True  # "the US dollar", "Turkish lira": money, not a party or a place
    # "Bokkos Local Government Area": Nigeria's district, not its government
    return kind == "noun" and words[nxt] == "Area" and i > 0 and words[i - 1] == "Local"


def _relation_atom(idx: _Index, word: str, start: int) -> Atom | None:
    """ "Ankara-backed": the name before a relation suffix, as a hit with that relation."""
    low_text = word.lower()
    for suffix in RELATION_SUFFIXES:
        if low_text.endswith(suffix):
            head = word[: -len(suffix)]
            found = idx.exact.get(_key([head])) or idx.folded.get(_key([head]).lower())
            if not found:
                return None
            return Atom(start, start + len(head), head, found[0], found[1], relation=suffix[1:])  # type: ignore[arg-type]
    return None
