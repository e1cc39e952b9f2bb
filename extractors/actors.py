"""Who: actor mentions built from gazetteer hits, normalized to names a coder would write.

"the Turkish army" -> Military Forces of Turkey (TUR, MIL); "ISIL" -> Islamic State (REB);
"gunmen" -> Unidentified Armed Group ({country}), the country filled from the event's place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .event import Actor
from .gazetteer import Atom, Country, Group, Noun, country, index

_JOIN_GAP = re.compile(r"^(?:['’]s)?(?:\s+(?:[a-z][\w-]*|[A-Z][a-z]+))?\s*(?:[a-z][\w-]*\s+){0,2}$")
_VERB_GAP = re.compile(
    r"\b(?:\w+ed|said|says|and|or|but|with|by|from|to|in|at|on|was|were|is|are|has|have|had)\b", re.IGNORECASE
)
_OF_GAP = re.compile(r"^\s+of\s+(?:the\s+)?$")
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|into|inside|outside|across|throughout|to|toward|towards|from|over|"
    r"of northern|of southern|northern|southern|eastern|western|central|north of|south of|"
    r"east of|west of)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_PLACEHOLDER = "{country}"
# "Turkish Chief of General Staff Gen. Hulusi Akar", "his Russian counterpart, Valery Gerasimov"
_NAME_AFTER = re.compile(
    r",?\s+(?:(?:Gen|Lt|Col|Maj|Brig|Adm|Capt|Sgt|Cpl|Dr|Mr|Mrs|Ms|Sheikh|Gov|Sen|Rep)\.?\s+)*"
    r"(?P<name>[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?(?:\s+(?:al-|el-|bin\s+|ibn\s+|de\s+|van\s+|von\s+)?"
    r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?){1,3})(?![\w-])"
)
_TITLED = {"MIL", "GOV", "COP", "IGO", "PTY", "REB", "NGO"}


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor
    locative: bool  # stands where a place would ("in Syria"): not an actor of the event
    relation: str | None = None  # "controlled" for "FSA-controlled", etc.
    specific: int = 0  # 2 named group or state force, 1 country or demonym only, 0 generic noun


_IN_COUNTRY = re.compile(
    r"\s+(?:in|of|from)\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?(?:-?\w+ern)?\s+)?"
)
STATE = frozenset({"MIL", "GOV", "COP"})  # state forces and authorities


def resident(text: str, found: list[ActorMention], atoms: list[Atom]) -> list[ActorMention]:
    """A non-state group placed in a country belongs to it: "Somalis in northern Kenya",
    "opposition groups in Zimbabwe" (not "Rwandan troops in Congo", who remain Rwanda's)."""
    countries = {a.start: a for a in atoms if a.kind == "country"}
    out = []
    for m in found:
        where = _IN_COUNTRY.match(text, m.end)
        place = countries.get(where.end()) if where else None
        people_of = (
            place is not None
            and m.text[-1:] in "sS"
            and m.actor.country != place.value.iso3
            and any(x.kind == "demonym" and x.start == m.start and x.end == m.end for x in atoms)
        )  # type: ignore[union-attr]
        if place is not None and not m.locative and m.specific < 2 and (m.actor.sector not in STATE or people_of):
            where_ = place.value  # type: ignore[union-attr]
            if people_of:
                # "Somalis in northern Kenya": a community of one nationality living in another country.
                actor = Actor(m.actor.text, f"{m.text} ({where_.name})", where_.iso3, "ETH")
            else:
                old = country(m.actor.country)
                actor = replace(
                    m.actor,
                    country=where_.iso3,
                    name=m.actor.name.replace(old.name, where_.name) if old else m.actor.name,
                )
            m = replace(m, actor=actor)
        out.append(m)
    return out


# A capital stands for its government only as the subject of what governments do.
_CAPITAL_SPEAKS = re.compile(
    r"(?:\s+(?:has|have|had|again|also|later|then|on \w+day|reportedly|officially|formally|firmly|"
    r"strongly|repeatedly|publicly|swiftly|angrily|immediately|quickly|along with [\w\s]{0,30}?))*\s+"
    r"(?:said|says|rejected|rejects|accused|accuses|demanded|demands|denied|denies|warned|warns|"
    r"announced|announces|insisted|insists|urged|urges|called|calls|asked|asks|refused|refuses|"
    r"agreed|agrees|threatened|threatens|condemned|condemns|blamed|blames|welcomed|welcomes|"
    r"responded|retaliated|imposed|imposes|expelled|recalled|summoned|protested|vowed|pledged|"
    r"approved|backed|backs|supported|supports|sent|sends|deployed|ordered|struck|launched)\b"
)


def mentions(text: str, atoms: list[Atom], sent_start: int) -> list[ActorMention]:
    """Merge adjacent atoms into actor mentions: "Nigerian Air Force jets", "Turkey's top soldier"."""
    out: list[ActorMention] = []
    i = 0
    while i < len(atoms):
        group: list[Atom] = [atoms[i]]
        j = i + 1
        while j < len(atoms):
            prev, nxt = group[-1], atoms[j]
            gap = text[prev.end : nxt.start]
            if prev.relation or nxt.relation:
                break
            kinds = {a.kind for a in group}
            if (
                nxt.kind == "noun"
                and kinds & {"country", "demonym", "group", "capital"}
                and "noun" not in kinds
                and (_JOIN_GAP.match(gap) or _OF_GAP.match(gap))
                and not _VERB_GAP.search(gap)
            ):
                group.append(nxt)  # "Nigerian Air Force jets", "Turkey's top soldier", "ISWAP fighters"
            elif (
                nxt.kind in ("country", "demonym")
                and _OF_GAP.match(gap)
                and prev.kind == "noun"
                and not any(a.kind in ("country", "demonym", "group") for a in group)
            ):
                group.append(nxt)  # "army of Mali", "Police Forces of Nigeria"
            elif (
                nxt.kind == "group"
                and prev.kind in ("demonym", "country")
                and _JOIN_GAP.match(gap)
                and len(group) == 1
                and not _VERB_GAP.search(gap)
            ):
                group.append(nxt)  # "Syrian Kurdish Democratic Union Party", "Afghan Taliban"
            elif nxt.kind == "noun" and prev.kind == "noun" and gap.strip() == "":
                group.append(nxt)
            else:
                break
            j += 1
        a, b = group[0].start, group[-1].end
        before = text[max(sent_start, a - 40) : a]
        locative = bool(_LOCATIVE_BEFORE.search(before)) and group[0].kind in ("country", "capital") and len(group) == 1
        actor, specific = _normalize(group, text[a:b])
        if len(group) == 1 and group[0].kind == "capital" and not _CAPITAL_SPEAKS.match(text, b):
            locative = True  # "the Nairobi protest", "in Kabul": a city that says where, not who
        if actor is not None:
            out.append(ActorMention(a, b, text[a:b], actor, locative, group[0].relation, specific))
        i = j
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
        hit = _NAME_AFTER.match(text, m.end)
        if hit is None:
            continue
        name = hit.group("name")
        if name in registry or any(w in _NOT_NAMES for w in name.split()):
            continue
        registry[name] = m.actor
        last = name.split()[-1]
        if len(last) > 3:
            registry.setdefault(last, m.actor)


_NOT_NAMES = {"The", "In", "On", "At", "And", "But", "Said", "Says", "Told", "Army", "Police", "Forces", "Ministry"}


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
