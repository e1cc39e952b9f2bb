"""Who: actor mentions built from gazetteer hits, normalized to names a coder would write.

"the Turkish army" -> Military Forces of Turkey (TUR, MIL); "ISIL" -> Islamic State (REB);
"gunmen" -> Unidentified Armed Group ({country}), the country filled from the event's place.
The words that decide how a phrase is read around those hits (what keeps two hits apart, what makes
a country a place rather than an actor, titles before a person's name) are in ``data/actor_words.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import cast

from .event import Actor
from .gazetteer import Atom, Country, Group, Noun, country, index
from .words import alternation, words

_WORDS = "actor_words.json"
_JOIN_GAP = re.compile(r"^(?:['’]s)?(?:\s+(?:[a-z][\w-]*|[A-Z][a-z]+))?\s*(?:[a-z][\w-]*\s+){0,2}$")
_OF_GAP = re.compile(r"^\s+of\s+(?:the\s+)?$")
_PLACEHOLDER = "{country}"


def _alt(key: str, *, escape: bool = True, space: str = r"\s+") -> str:
    return alternation(words(_WORDS, key), escape=escape, space=space)


@cache
def _verb_gap() -> re.Pattern[str]:
    return re.compile(rf"\b(?:\w+ed|{_alt('join_breakers')[3:-1]})\b", re.IGNORECASE)


@cache
def _locative_before() -> re.Pattern[str]:
    return re.compile(rf"(?:\b{_alt('locative_before', space=' ')}\s+(?:the\s+)?)$", re.IGNORECASE)


@cache
def _name_after() -> re.Pattern[str]:
    """ "Turkish Chief of General Staff Gen. Hulusi Akar", "his Russian counterpart, Valery Gerasimov" """
    part = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
    particle = rf"(?:{_alt('name_prefixes')}|{_alt('name_particles')}\s+)?"
    return re.compile(rf",?\s+(?:{_alt('titles')}\.?\s+)*(?P<name>{part}(?:\s+{particle}{part}){{1,3}})(?![\w-])")


_TITLED = {"MIL", "GOV", "COP", "IGO", "PTY", "REB", "NGO"}


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor
    locative: bool  # stands where a place would ("in Syria"): not an actor of the event
    relation: str | None = None  # "controlled" for "FSA-controlled"; "affiliated" ("linked to X"); "source"
    specific: int = 0  # 2 named group or state force, 1 country or demonym only, 0 generic noun


@cache
def _in_country() -> re.Pattern[str]:
    directions = _alt("resident_directions")
    return re.compile(rf"\s+{_alt('resident_prepositions')}\s+(?:the\s+)?(?:{directions}(?:ern)?(?:-?\w+ern)?\s+)?")


STATE = frozenset({"MIL", "GOV", "COP"})  # state forces and authorities


def _country_after(text: str, m: ActorMention, countries: dict[int, Atom]) -> Country | None:
    """The country an actor is placed in right after it ("... in northern Kenya"), if any."""
    where = _in_country().match(text, m.end)
    place = countries.get(where.end()) if where else None
    return cast(Country, place.value) if place is not None else None


def _people_of(m: ActorMention, place: Country, atoms: list[Atom]) -> bool:
    """ "Somalis in northern Kenya": a community of one nationality living in another country."""
    return (
        m.text[-1:] in "sS"
        and m.actor.country != place.iso3
        and any(x.kind == "demonym" and x.start == m.start and x.end == m.end for x in atoms)
    )


def _placed(m: ActorMention, place: Country, people_of: bool) -> Actor:
    if people_of:
        return Actor(m.actor.text, f"{m.text} ({place.name})", place.iso3, "ETH")
    old = country(m.actor.country)
    name = m.actor.name.replace(old.name, place.name) if old else m.actor.name
    return replace(m.actor, country=place.iso3, name=name)


def resident(text: str, found: list[ActorMention], atoms: list[Atom]) -> list[ActorMention]:
    """A non-state group placed in a country belongs to it: "Somalis in northern Kenya",
    "opposition groups in Zimbabwe" (not "Rwandan troops in Congo", who remain Rwanda's)."""
    countries = {a.start: a for a in atoms if a.kind == "country"}
    out = []
    for m in found:
        place = _country_after(text, m, countries)
        if place is not None and not m.locative and m.specific < 2:
            people_of = _people_of(m, place, atoms)
            if m.actor.sector not in STATE or people_of:
                m = replace(m, actor=_placed(m, place, people_of))
        out.append(m)
    return out


@cache
def _capital_speaks() -> re.Pattern[str]:
    """A capital stands for its government only as the subject of what governments do."""
    modifiers = _alt("capital_speech_modifiers", escape=False)
    return re.compile(rf"(?:\s+{modifiers})*\s+{_alt('capital_speech_verbs')}\b")


def _noun_after_nation(group: list[Atom], nxt: Atom, gap: str) -> bool:
    """ "Nigerian Air Force jets", "Turkey's top soldier", "ISWAP fighters" """
    kinds = {a.kind for a in group}
    return (
        nxt.kind == "noun"
        and bool(kinds & {"country", "demonym", "group", "capital"})
        and "noun" not in kinds
        and bool(_JOIN_GAP.match(gap) or _OF_GAP.match(gap))
        and not _verb_gap().search(gap)
    )


def _nation_after_noun(group: list[Atom], nxt: Atom, gap: str) -> bool:
    """ "army of Mali", "Police Forces of Nigeria" """
    return (
        nxt.kind in ("country", "demonym")
        and bool(_OF_GAP.match(gap))
        and group[-1].kind == "noun"
        and not any(a.kind in ("country", "demonym", "group") for a in group)
    )


def _group_after_nation(group: list[Atom], nxt: Atom, gap: str) -> bool:
    """ "Syrian Kurdish Democratic Union Party", "Afghan Taliban" """
    return (
        nxt.kind == "group"
        and group[-1].kind in ("demonym", "country")
        and bool(_JOIN_GAP.match(gap))
        and len(group) == 1
        and not _verb_gap().search(gap)
    )


def _joins(group: list[Atom], nxt: Atom, gap: str) -> bool:
    """Whether hit ``nxt`` continues the actor phrase ``group`` across the text ``gap`` between them."""
    prev = group[-1]
    if prev.relation or nxt.relation:
        return False
    return (
        _noun_after_nation(group, nxt, gap)
        or _nation_after_noun(group, nxt, gap)
        or _group_after_nation(group, nxt, gap)
        or (nxt.kind == "noun" and prev.kind == "noun" and gap.strip() == "")
    )


def _phrase(text: str, atoms: list[Atom], i: int) -> list[Atom]:
    """The hits from ``atoms[i]`` on that make one actor phrase."""
    group = [atoms[i]]
    for nxt in atoms[i + 1 :]:
        if not _joins(group, nxt, text[group[-1].end : nxt.start]):
            break
        group.append(nxt)
    return group


@cache
def _place_after() -> re.Pattern[str]:
    """ "Haiti's capital", "a northern Iraqi city", "the Afghan border": the hit qualifies a place."""
    return re.compile(
        rf"(?:['’]s)?\s+(?:(?!(?:in|of|from|at|on|to|the|a|an)\b)[a-z][\w-]*\s+)?{_alt('place_nouns_after')}(?![\w-])"
    )


_AFTER_PLACE = re.compile(r"\b[A-Z][\w'’-]+,\s*$")  # "the town of Kandor, Haiti"; "KANDOR, Zorbia -"


def _locative(text: str, group: list[Atom], sent_start: int) -> bool:
    """A lone country or capital that says where, not who: "in Syria", "the Nairobi protest", "Haiti's
    capital", "Kandor, Haiti"."""
    first = group[0]
    if len(group) != 1 or first.kind not in ("country", "capital", "demonym"):
        return False
    if _place_after().match(text, first.end):
        return True
    if first.kind == "demonym":
        return False
    before = text[max(sent_start, first.start - 40) : first.start]
    if _locative_before().search(before) or _AFTER_PLACE.search(before):
        return True
    return first.kind == "capital" and not _capital_speaks().match(text, first.end)


@cache
def _affiliation() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "<group>, a movement linked to" and "<actor> backed by": the group that acted stands before."""
    phrase = rf"{_alt('affiliation_before')}\s+(?:the\s+|an?\s+)?$"
    after_comma = re.compile(rf",\s*(?:(?:a|an|the)\s+[\w\s-]{{0,30}}?)?{phrase}", re.IGNORECASE)
    after_actor = re.compile(rf"^\s*{phrase}", re.IGNORECASE)
    return after_comma, after_actor


def _affiliated(text: str, start: int, after: int) -> bool:
    after_comma, after_actor = _affiliation()
    gap = text[max(after, start - 60) : start]
    return bool(after_comma.search(gap) or (start - after <= 60 and after_actor.match(gap)))


_HEADLINE_SOURCE = re.compile(r"^\s*(?:\n|$)")


def _relation(text: str, group: list[Atom], after: int) -> str | None:
    """How the phrase stands to the event besides acting in it: "FSA-controlled" (the hit's own relation),
    "rebels linked to al-Qaeda" (affiliated), "... village: Official" (the headline's source). ``after``:
    where the actor phrase before it ends (or the sentence starts)."""
    first, end = group[0], group[-1].end
    if first.relation:
        return first.relation
    if _affiliated(text, first.start, after):
        return "affiliated"
    before = text[max(after, first.start - 40) : first.start]
    if before.rstrip().endswith(":") and _HEADLINE_SOURCE.match(text[end : end + 3]):
        return "source"
    return None


def mentions(text: str, atoms: list[Atom], sent_start: int) -> list[ActorMention]:
    """Merge adjacent atoms into actor mentions: "Nigerian Air Force jets", "Turkey's top soldier"."""
    out: list[ActorMention] = []
    i = 0
    while i < len(atoms):
        group = _phrase(text, atoms, i)
        a, b = group[0].start, group[-1].end
        actor, specific = _normalize(group, text[a:b])
        if actor is not None:
            locative = _locative(text, group, sent_start)
            after = out[-1].end if out else sent_start
            out.append(ActorMention(a, b, text[a:b], actor, locative, _relation(text, group, after), specific))
        i += len(group)
    return out


def _normalize(group: list[Atom], text: str) -> tuple[Actor | None, int]:
    named = next((a.value for a in group if a.kind == "group"), None)
    # A capital standing for its government: "Washington demanded", "Beirut rejected the appeal".
    nation = next((a.value for a in group if a.kind in ("country", "demonym", "capital")), None)
    noun = next((a.value for a in reversed(group) if a.kind == "noun"), None)
    if isinstance(named, Group):
        return Actor(
            text, named.name, named.country or (nation.iso3 if isinstance(nation, Country) else None), named.sector
        ), 2
    if isinstance(nation, Country):
        if isinstance(noun, Noun):
            return Actor(text, noun.template.replace(_PLACEHOLDER, nation.name), nation.iso3, noun.sector), 2
        only_demonym = all(a.kind == "demonym" for a in group)
        return Actor(text, nation.name, nation.iso3, "GOV"), 0 if only_demonym else 1
    if isinstance(noun, Noun):
        return Actor(text, noun.template, None, noun.sector), 0
    return None, 0


def register_people(text: str, found: list[ActorMention], registry: dict[str, Actor]) -> None:
    """Remember the people an actor phrase introduces, so that "Akar" later stands for Turkey's military."""
    for m in found:
        if m.actor.sector not in _TITLED or m.actor.country is None and m.specific < 2:
            continue
        hit = _name_after().match(text, m.end)
        if hit is None:
            continue
        name = hit.group("name")
        if name in registry or any(w in words(_WORDS, "not_names") for w in name.split()):
            continue
        registry[name] = m.actor
        last = name.split()[-1]
        if len(last) > 3:
            registry.setdefault(last, m.actor)


def people_mentions(
    text: str, start: int, end: int, registry: dict[str, Actor], taken: list[ActorMention]
) -> list[ActorMention]:
    """Mentions of registered people in ``text[start:end]`` that no gazetteer hit covers."""
    if not registry:
        return []
    rx = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(registry, key=len, reverse=True)) + r")(?![\w-])"
    )
    out = []
    for hit in rx.finditer(text, start, end):
        if any(m.start <= hit.start() < m.end for m in taken):
            continue
        actor = registry[hit.group()]
        out.append(ActorMention(hit.start(), hit.end(), hit.group(), replace(actor, text=hit.group()), False, None, 2))
    return out


UNIDENTIFIED = Actor("", f"Unidentified Armed Group ({_PLACEHOLDER})", None, "REB")


def localize(actor: Actor | None, iso3: str | None) -> Actor | None:
    """Fill a generic actor's country from the event's place ("Civilians (Somalia)"), and name the
    local branch of a movement ("Islamic State" in Afghanistan is its Khorasan Province)."""
    if actor is None:
        return actor
    if _PLACEHOLDER not in actor.name:
        branch = index().branches.get((actor.name, iso3)) if iso3 else None
        return replace(actor, name=branch.name, country=branch.country) if branch is not None else actor
    c = country(iso3)
    if c is None:
        return replace(actor, name=actor.name.replace(f" ({_PLACEHOLDER})", "").replace(f" of {_PLACEHOLDER}", ""))
    return replace(actor, name=actor.name.replace(_PLACEHOLDER, c.name), country=actor.country or c.iso3)


def label(actor: Actor | None) -> str:
    """Short name for summaries: the country for state forces, else the name as the text wrote it."""
    if actor is None:
        return ""
    if not actor.text:
        return actor.name
    if actor.sector in ("MIL", "GOV", "COP") and actor.country:
        c = country(actor.country)
        if c is not None and (actor.name.endswith(c.name) or actor.name == c.name):
            return c.name
    if (
        actor.name.startswith(("Unidentified", "Civilians", "Protesters", "Rioters", "Rebels", "Militia"))
        and actor.text
    ):
        return actor.text
    return actor.name if len(actor.text) > len(actor.name) else actor.text
