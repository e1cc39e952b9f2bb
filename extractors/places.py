"""Where: locative phrases ("in X", "near X", "in northern X", "X (Y)") and the places they name."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .gazetteer import Atom, Country, index
from .geocode import areas_named, candidates


def _trie(words: tuple[str, ...]) -> str:
    """One alternation of literal ``words`` as a trie, so that a shared beginning is tried once at each word
    start ("in", "inside", "into", "in front of"); the longest word that fits is tried first."""
    tree: dict = {}
    for w in words:
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


_PREP_WORDS = (
    "in",
    "near",
    "at",
    "outside",
    "around",
    "inside",
    "into",
    "across",
    "throughout",
    "from",
    "to",
    "toward",
    "towards",
    "on the outskirts of",
    "the outskirts of",
    "outskirts of",
    "close to",
    "north of",
    "south of",
    "east of",
    "west of",
    "northeast of",
    "northwest of",
    "southeast of",
    "southwest of",
    "north-east of",
    "north-west of",
    "south-east of",
    "south-west of",
    "on the road to",
    "on the road between",
    "between",
    "along",
    "over",
    "off",
    "within",
    "on",
    "in front of",
    "opposite",
    # the object of a verb of taking ground is a place: "to take back Mosul", "liberate Iraq's Mosul"
    "take back",
    "taking back",
    "took back",
    "retake",
    "retaking",
    "retook",
    "recapture",
    "recapturing",
    "liberate",
    "liberating",
    "liberated",
    # ... and so is the object of a verb of striking or taking a place: "jets bomb Zorbadina", "raided Nablus"
    "bomb",
    "bombs",
    "bombed",
    "shell",
    "shells",
    "shelled",
    "raided",
    "raids",
    "stormed",
    "overran",
    "overrun",
    "bombing of",
    "shelling of",
    "airstrike on",
    "airstrikes on",
    "raid on",
    "raids on",
    # "an air strike on the militant-held area of Zorbadaay"
    "area of",
    "areas of",
)
_PREP = (
    "(?:" + _trie(_PREP_WORDS) + "|"
    r"(?:take|takes|took|taken|seize|seizes|seized|gain|gains|gained|assume|assumes|assumed) (?:full |total )?control of|"
    r"(?:air |air-|drone |missile )?strikes? on)"
)
# A country closing "X, Province, Country": any capitalised name; the code keeps it only if it is a country.
_COUNTRY_NAME = r"[A-Z][\w'’-]+(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?[A-Z][\w'’-]+){0,3}(?=[\s,.;)]|$)"
_DIRECTION = (
    r"(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|"
    r"northeastern|northwestern|southeastern|southwestern|northeast|northwest|southeast|southwest|rural|"
    r"greater|upper|lower|north|south|east|west)"
)
# Arabic articles belong to the name, hyphenated or not ("el Obeid", "al-Bab"); "the" is never part of it.
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:al|el|as|ad|an|ash|ar|at|az|es|ez|ech|esh)-[\w'’-]+|(?:al|el|as|ad|an|ash|ar|at|az|es|ez|ech|esh) (?=[A-Z])[\w'’.-]+)"
# What a report writes after a place name: "Pakdi area of Ballia district", "Nambla sector (Baramulla district)".
_KIND = (
    r"(?:area|areas|town|village|city|district|sector|neighbou?rhood|camp|region|province|county|locality|"
    r"municipality|commune|suburb|quarter|ward|LGA|governorate|state|territory|countryside|outskirts|community|"
    r"department|regency|woreda|oblast|raion|tehsil|center|centre|front|frontline|junction|side|sub-city|districts|"
    r"villages)\b"
)
_NAME = rf"{_NAME_WORD}(?:[^\S\n]+(?:(?:de los|de las|de la|de|del|da|do|di|dos|das|of|el|al|la|le|du|des|ez|ad|as|bin|ibn|imeni|ki|ka|ke|i|e|and)[^\S\n]+)?{_NAME_WORD}){{0,4}}"  # a name never runs over a line break (headline, dateline)
_LOCATIVE = re.compile(
    rf"(?<![\w-])(?P<prep>(?i:{_PREP}))\s+(?:(?i:the)\s+)?(?:(?:{_DIRECTION}\s+)?(?:town|city|village|villages|towns|district|province|region|area|"
    rf"county|state|locality|neighbou?rhood|suburb|camp|capital|countryside|outskirts|suburbs|commune|department|governorate|municipality|"
    rf"settlement|hamlet|market|port|border town|border crossing|crossing|prefecture|territory|LGA|zone|"
    rf"sub-county|division|island|oblast|raion|tehsil|valley|mountains|region|part|side|community|border|"
    rf"centre|center|heart|middle|edge|"
    rf"hospital|university|prison|stadium|airport|port)s?\s+(?:of\s+)?)?"
    rf"(?:(?P<dir>{_DIRECTION})\s+)?(?P<name>{_NAME})"
    rf"(?:\s*\((?P<alias>[^()]{{2,60}})\)(?=\s+{_KIND}))?"
    rf"(?:\s+(?:{_KIND})){{0,2}}"
    rf"(?:\s+of\s+(?:the\s+)?(?:{_DIRECTION}\s+)?(?P<of>{_NAME})(?:\s+(?:{_KIND}))?)?"
    rf"(?:\s*\((?P<paren>[^()]{{2,60}})\))?"
    rf"(?:,\s+(?:{_DIRECTION}\s+)?(?P<after>{_NAME}(?:,\s+(?:{_NAME}(?=\s+(?:department|province|state|region|governorate|oblast)\b)|{_COUNTRY_NAME}))?)(?=\s+(?:province|state|region|district|county|governorate|department|oblast|area)\b|[\s,.;)]|$))?",
)
_ITEM = rf"{_NAME}(?:\s+in\s+(?:{_DIRECTION}\s+)?{_NAME})?"
_ITEM_RE = re.compile(rf"(?P<name>{_NAME})(?:\s+in\s+(?:{_DIRECTION}\s+)?(?P<within>{_NAME}))?")
_LIST = re.compile(
    rf"(?<![\w-])(?:towns|villages|cities|districts|localities|areas|settlements|neighbou?rhoods|provinces|regions)"
    rf"\s+(?:of\s+)?(?P<items>{_ITEM}(?:\s*,\s*(?:and\s+)?{_ITEM})*(?:,?\s+and\s+{_ITEM})?)"
)
_STOP_NAMES = {
    "the",
    "a",
    "an",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "on",
    "in",
    "at",
    "it",
    "he",
    "she",
    "they",
    "we",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "i",
    "after",
    "before",
    "during",
    "according",
    "meanwhile",
    "however",
    "but",
    "and",
    "or",
    "as",
    "since",
    "while",
    "when",
    "some",
    "one",
    "two",
    "three",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "president",
    "minister",
    "prime",
    "general",
    "colonel",
    "captain",
    "reuters",
    "ap",
    "afp",
    "twitter",
    "facebook",
    "telegram",
    "x",
    "state",
    "ministry",
    "statement",
    "operation",
    # institutions written with a capital ("in Court", "to Parliament") and ranks ("Maj-Gen. Nelson Williams")
    "court",
    "parliament",
    "congress",
    "senate",
    "assembly",
    "hospital",
    "university",
    "college",
    "school",
    "church",
    "mosque",
    "prison",
    "jail",
    "headquarters",
    "office",
    "palace",
    "embassy",
    "maj-gen",
    "maj",
    "lt",
    "col",
    "brig",
    "sgt",
    "cpt",
    "capt",
    # the first word of a body or a weapon named with a capital ("the Treasury Department", "a Molotov cocktail")
    "treasury",
    "department",
    "government",
    "commission",
    "agency",
    "bureau",
    "authority",
    "committee",
    "council",
    "molotov",
    "kalashnikov",
    # capitalised at a sentence's start or in a headline, never a place on their own
    "from",
    "room",
    "local",
    "western",
    "eastern",
    "northern",
    "southern",
    "markets",
    "market",
    "attorney",
    "christmas",
    "easter",
    "ramadan",
    "muslims",
    "christians",
    "interpol",
    "samaritans",
    "european",
    "coalition",
    "army",
    "police",
    "interior",
    "defence",
    "defense",
    "islamic",
}
_TITLES = {
    "maj-gen",
    "maj",
    "lt",
    "col",
    "brig",
    "sgt",
    "cpt",
    "capt",
    "gen",
    "dr",
    "mr",
    "mrs",
    "ms",
    "president",
    "minister",
    "general",
    "colonel",
    "captain",
}
# "(Chikun LGA, Kaduna)" after a name: its district and province.
_PAREN = r"\s*\((?P<paren>[A-Z][^()]{1,60})\)"
_NAMED_KIND = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_NAME})\s+(?:border\s+)?(?:village|town|city|district|camp|settlement|locality|"
    rf"neighbou?rhood|municipality|county|sub-county|LGA|Local Government Area|commune|prefecture|department|"
    rf"regency|woreda|province|governorate|oblast|raion|tehsil)\b(?:{_PAREN})?"
)
# ACLED's "attacked Udawa (Chikun LGA, Kaduna)": a name with its district and province in brackets.
_WITH_ADMINS = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_NAME})(?:\s+(?:area|areas|villages?|town|city|district|region|camp|"
    rf"locality|neighbou?rhood|island|residential villages|police station|front))?"
    rf"{_PAREN}"
)
# "blocked the Zahle roundabout", "the Rashayya-Masnaa road": a town named for the road or spot at it.
_SPOT_OF = re.compile(
    rf"(?<![\w-])the\s+(?P<name>{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{0,2}})\s+"
    rf"(?:highway|road|roundabout|bridge|square|intersection|crossroads?|junction|checkpoint|"
    rf"border crossing|crossing|market|airport|seaport|port|stadium|camp|prison)\b"
)
_FORCES_AFTER = re.compile(
    r"\s+(?:troops|forces|soldiers|army|military|police|government|officials|authorities|"
    r"nationals|citizens|embassy|peacekeepers|contingent)\b"
)
_SPOT_AFTER = re.compile(
    r"\s+(?:(?:national|main|federal|state|coastal|ring)\s+)?(?:highway|expressway|motorway|road|roundabout|bridge|intersection|junction|crossroads?|triangle|square|street|"
    r"avenue|checkpoint)\b"
)
_PEOPLE_AFTER = re.compile(
    r"\s+(?:herders|herdsmen|farmers|pastoralists|communities|community|tribes|tribesmen|clans?|people|peoples|"
    r"militias?|militiamen|youths|fighters|forces|supporters|members|villagers|residents|groups?|"
    r"factions?|gangs?|families)\b",
    re.IGNORECASE,
)
_FACILITY_AFTER = re.compile(
    r"\s+(?:bank|building|hospital|school|mosque|church|office|headquarters|station|university|"
    r"company|factory|hotel|restaurant|mall|branch|clinic|court|embassy|consulate|prison)\b"
)
_RESIDENT_WORDS = re.compile(r"residents|villagers|inhabitants|natives|people of|youths of", re.IGNORECASE)
_RESIDENTS = re.compile(
    rf"(?<![\w-])(?i:residents|villagers|inhabitants|natives|people|youths) of (?P<name>{_NAME})"
    rf"(?:{_PAREN}|\s+{_KIND}\s+of\s+(?:the\s+)?(?P<of>{_NAME}))?"
    rf"|(?<![\w'’.-])(?P<name2>{_NAME})\s+(?:residents|villagers|inhabitants)\b"
)
_KIND_OF = re.compile(
    rf"(?<![\w-])(?i:village|town|city|locality|commune|municipality|neighbou?rhood|camp|settlement)"
    rf"\s+of\s+(?P<name>{_NAME})(?:\s*\((?P<paren>[^()]{{2,60}})\))?"
)
_ENCLOSED_BY = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s+(?:town|village|city|area|camp|district|neighbou?rhood))?,?\s+(?:in|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:[A-Z][\w-]*['’]s\s+)?"
    # "in Los Cedros community, El Tambo municipality": the next unit up, after a comma
    r"|(?:\s+(?:community|village|town|neighbou?rhood|locality|area|sector))?,\s+"
)
# "Barcelona, Ward 40", "Sector 2": a numbered unit of a town, which names no admin area to look up.
_UNIT_ONLY = re.compile(
    r"(?:ward|zone|sector|block|phase|section|unit|cell|district|area|division)\s*(?:no\.?\s*)?\d*", re.IGNORECASE
)
# "in Idlib province", "in Khyber district": the area, not the town it is named after.
_LEVEL_AFTER = re.compile(
    r"\s+(?:(?P<a1>province|governorate|state|oblast|department|prefecture)|"
    r"(?P<a2>district|county|LGA|regency|woreda|raion|tehsil))\b",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"\s+(?:municipality|district|department|province|county|regency|woreda|state|governorate|"
    r"region|LGA|commune|territory|oblast|raion|tehsil)\b"
)
_UNIT_OF = re.compile(
    r"\s+(?:Local Government Area|LGA|District|Province|County|Municipality|Woreda)\s+of\s+(?:the\s+)?"
)
_NEAR_PREP = re.compile(r"near|close to|outside|on the outskirts of|outskirts of", re.IGNORECASE)
# After "in A, B": more items follow ("..., and C", ", C, D"), so B is the next item, not A's province.
_LIST_GOES_ON = re.compile(r",?\s+and\s+[A-Z]|,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z]")
_SENTENCE_END = re.compile(r"(?<=[\w'’]{2})\.\s")  # not after an initial ("St. Louis", "J. Smith")
_POSSESSIVE_S = re.compile(r"['’]s$")
_DIRECTIONAL_PREP = re.compile(
    r"(?:outskirts|close|north|south|east|west|near|around|outside|between|road)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    text: str
    start: int
    end: int
    name: str
    country: str | None
    admin1: str | None
    is_country: bool
    precision: int
    hints: tuple[str, ...] = ()  # admin or country names written next to it: "X (District, Province)", "X, Province"
    bare: bool = False  # named without a locative preposition ("neighbourhoods of Baidoa"): a place only if known
    level: str | None = None  # "admin1" or "admin2" when the text calls it so ("Idlib province", "Khyber district")


def mentions(text: str, start: int, end: int, atoms: list[Atom]) -> list[PlaceMention]:
    """Places named in ``text[start:end]`` after a locative preposition, with what the gazetteer knows."""
    idx = index()
    by_start = {a.start: a for a in atoms}
    out: list[PlaceMention] = []
    spots: list[PlaceMention] = []
    spans: list[tuple[int, int]] = []
    pairs: list[tuple[int, int]] = []  # starts of two places joined by "and"
    for m in _LOCATIVE.finditer(text, start, end):
        # "in Beirut's southern suburbs"; "of Dar'a. One was" ends at the full stop.
        name = _POSSESSIVE_S.sub("", _SENTENCE_END.split(m.group("name"))[0].rstrip("."))
        owner = re.match(r"(?P<c>[^'’]+)['’]s\s+(?P<rest>.+)", name)
        if owner:
            # "Somalia's Lower Shabelle region", "Beirut's Hamra district": the place is the part after
            # the possessive, and the owner says where it is.
            out.extend(_possessive(text, m.start("name"), owner))
            continue
        name = _trim_name(name)
        unit_of, joined = None, None
        if (" and " in name or _UNIT_IN_NAME.search(name)) and not _known(name):
            # "Bole Sub-city of Addis Ababa": the name, its unit written with a capital, and the place it
            # is part of. "between Zorba and Zorbaville", "Zorba and Zorbatoma districts": two places, the
            # first the scene (unless the whole is one name: "Jammu and Kashmir").
            unit = _UNIT_IN_NAME.search(name)
            if unit is not None:
                unit_of = unit.group("of")
                name = name[: unit.start()]
            if " and " in name:
                whole_end = m.start("name") + len(name)
                name, _, second = name.partition(" and ")
                joined = (second, m.start("name") + len(name) + 5)
                if m.group("prep").lower() == "between" and _PEOPLE_AFTER.match(text, whole_end):
                    continue  # "clashes between Zorba and Zorbatoma herdsmen": two peoples, not two places
        first = name.split()[0].lower().strip(".")
        if first in _STOP_NAMES and not (" " in name and areas_named(name)) or len(name) < 3:
            continue  # also "at Al zorba junction": a name cut short by a lower-case word ("Eastern Cape" is a name)
        if (
            name.isupper()
            and len(name) <= 6
            and not any(x.kind == "country" and x.start == m.start("name") for x in atoms)
        ):
            continue  # "the Bulawayo Youth Arise (BUYA)": an acronym, not a place
        a = m.start("name")
        b = a + len(name)
        actor_words = any(x.kind in ("group", "noun", "demonym") and x.start < b and a < x.end for x in atoms)
        # "in Zorbasi near Brits": after "near" a town of some size is meant, not the people spelt alike (asked
        # only of a name that is also an actor's)
        town_near = actor_words and _town_after_near(name, m.group("prep"), text, b)
        if (
            actor_words
            and not town_near
            and not any(x.kind == "country" and x.start <= a and b <= x.end for x in atoms)
        ):
            continue  # "clashes with ISIL", "of the Free Syrian Army", "in Syrian airspace" are not places
        atom = by_start.get(a)
        country: Country | None = None
        is_country = False
        if atom is not None:
            if atom.kind == "country" and atom.end >= a + len(name) - 1:
                country, is_country = atom.value, True  # type: ignore[assignment]
            elif atom.kind in ("group", "noun", "demonym") and atom.end >= a + len(name) - 1 and not town_near:
                continue  # "clashes with ISIL", "in Syrian airspace" are not places
        if country is None:
            country = idx.capitals.get(name.lower())
        admin1 = None
        hints: list[str] = []
        for extra in (m.group("of"), m.group("paren"), m.group("after")):
            if not extra:
                continue
            extra = re.split(r"\.\s", extra)[0]  # "in Zorba district of Kirkuk, Iraq. No details followed"
            parts = [x.strip().rstrip(".") for x in re.split(r",\s*", extra.strip()) if x.strip().rstrip(".")]
            if extra == m.group("paren") and not all(x[:1].isupper() for x in parts):
                continue  # "(AFP)", "(pictured)", "(a town of 5,000)": not admin names
            if (
                extra == m.group("after")
                and len(parts) > 1
                and not _country_of(parts[-1])
                and not _UNIT_AFTER.match(text, m.end("after"))
            ):
                parts = parts[:-1]  # "in Kabul, Kandahar, Herat": a list; only a closing country is kept
            if (
                extra == m.group("after")
                and parts
                and not _country_of(parts[-1])
                and (_LIST_GOES_ON.match(text, m.end("after")) or " and " in parts[-1] and not _known(parts[-1]))
            ):
                # "in Zorba, Zorbatoma, and Zorbaville", "in Kabul, Kandahar and Herat": the next items of a
                # list, not the first one's province
                parts = parts[:-1]
            parts = [x for x in parts if x.split()[0].lower().strip(".") not in _TITLES and not _UNIT_ONLY.fullmatch(x)]
            # "Bokkos Local Government Area of Plateau State": a district and the state it lies in
            parts = [y for x in parts for y in _UNIT_OF.split(x) if y]
            hints += parts
            for part in parts:
                c = _country_of(part)
                if c and country is None:
                    country = c
                elif not c:
                    admin1 = part
        if unit_of:
            hints.append(unit_of)
        precision = 3 if is_country else 1
        if m.group("dir") or _DIRECTIONAL_PREP.search(m.group("prep")) and not is_country:
            precision = 3 if is_country else 2
        text_start = m.start("dir") if m.group("dir") else a
        text_end = a + len(name)
        if is_country and _FORCES_AFTER.match(text, text_end):
            continue  # "an attack on Burundi troops": the country's forces, not a place
        if m.group("prep").lower() == "between" and _PEOPLE_AFTER.match(text, text_end):
            continue  # "clashes between Fulani and Konkomba herdsmen": two peoples, not two places
        if m.group("prep").lower() == "to" and text[max(0, m.start() - 10) : m.start()].lower().endswith("according "):
            continue  # "according to the US Treasury": a source, not a place
        facility = not is_country and _FACILITY_AFTER.match(text, text_end) is not None
        if facility and first in _INSTITUTION_ONLY:
            continue  # "outside the Central bank in Sidon": a building's name, not a place
        unit = None if is_country else _LEVEL_AFTER.match(text, text_end)
        level = None if unit is None else "admin1" if unit.group("a1") else "admin2"
        if level is None and not is_country and _called_village(text, a, text_end):
            level = "village"
        if level is None and (m.group("dir") or "").lower() == "rural":
            level = "admin1"  # "rural Idlib", "rural Damascus": the province around the city, not the city
        mention = PlaceMention(
            text[text_start:text_end],
            text_start,
            text_end,
            name,
            country.iso3 if country else None,
            admin1,
            is_country,
            precision,
            tuple(hints),
            level=level,
        )
        if joined is not None and joined[0].split()[0].lower() not in _STOP_NAMES and len(joined[0]) >= 3:
            out.append(
                replace(
                    mention,
                    text=joined[0],
                    start=joined[1],
                    end=joined[1] + len(joined[0]),
                    name=joined[0],
                    country=None,
                )
            )
            pairs.append((mention.start, joined[1]))
        # "at the Zorba intersection in Sidon": a spot's name is the place only if nothing else is; so is the
        # town a building is named for ("at Zorbaville university"), which is often, not always, where it stands.
        (spots if not is_country and (facility or _SPOT_AFTER.match(text, text_end)) else out).append(mention)
        spans.append((text_start, m.end()))  # "on Zorbawa (Chikun LGA, Kaduna)": the district is no place
    covered = [(p.start, p.end) for p in out + spots] + spans
    sentence = text[start:end]
    residents = _RESIDENT_WORDS.search(sentence) is not None
    for m in _RESIDENTS.finditer(text, start, end) if residents else ():
        # "residents of Mabopane protested", "Hundreds of Accra residents": the people's town.
        name = m.group("name") or m.group("name2")
        a = m.start("name") if m.group("name") else m.start("name2")
        if m.group("name2") and " of " in name:
            a += name.rindex(" of ") + 4  # "Hundreds of Accra residents"
            name = name[name.rindex(" of ") + 4 :]
        if " and " in name and not _known(name):
            name = name.partition(" and ")[0]  # "people of Zorba and Zorbatoma districts": the first of the two
        b = a + len(name)
        if _blocked(name, a, b, covered, atoms):
            continue  # also "Somali residents": a people, found as actors
        # "residents of Zorbaland area of Lagos State": the area and the place it is part of
        hints = (m.group("of"),) if m.group("of") else _paren_hints(m.group("paren")) if m.group("name") else ()
        out.append(PlaceMention(name, a, b, name, None, None, False, 1, hints))
        covered.append((a, m.end()))
    for m in _KIND_OF.finditer(text, start, end):
        # "raiders burned the village of Zorbagou (Logobou, Tapoa)": named as a place, with no "in".
        name = m.group("name").rstrip(".")
        a, b = m.start("name"), m.start("name") + len(name)
        if _blocked(name, a, b, covered, atoms, _ACTOR_KINDS):
            continue
        out.append(PlaceMention(name, a, b, name, None, None, False, 1, _paren_hints(m.group("paren"))))
        covered.append((a, b))
    for m in _SPOT_OF.finditer(text, start, end):
        for part in re.finditer(r"[^-–]+", m.group("name")):
            name = part.group().strip()
            a = m.start("name") + part.start()
            b = a + len(name)
            if len(name) < 3 or _blocked(name, a, b, covered, atoms):
                continue  # also "the Kenyan border", "the Wagner camp"
            spots.append(PlaceMention(name, a, b, name, None, None, False, 1))
    for m in _WITH_ADMINS.finditer(text, start, end) if "(" in sentence else ():
        name = m.group("name")
        a, b = m.start("name"), m.end("name")
        if _blocked(name, a, b, covered, atoms):
            continue  # also "Armed Forces (FARDC)", "Islamic State (IS)"
        hints = _paren_hints(m.group("paren"))
        if hints and any(_country_of(h) or areas_named(h) for h in hints):
            out.append(PlaceMention(name, a, b, name, None, None, False, 1, hints))
            covered.append((a, m.end()))  # the district in brackets is not a place of its own
    for m in _NAMED_KIND.finditer(text, start, end):
        # "Boko Haram raided Gouzoudou village": a name its own sentence calls a village is a place.
        name = m.group("name")
        a, b = m.start("name"), m.end("name")
        if _blocked(name, a, b, covered, atoms, _ACTOR_KINDS):
            continue
        out.append(PlaceMention(name, a, b, name, None, None, False, 1, _paren_hints(m.group("paren"))))
        covered.append((a, b))
    for m in _LIST.finditer(text, start, end):
        items = list(_ITEM_RE.finditer(m.group("items")))
        # "the towns of A, B, C in northern Aleppo, and D in Akhtarin": an item without its own enclosing
        # place lies in the next one named.
        enclosing: dict[int, str | None] = {}
        carry = None
        for k in range(len(items) - 1, -1, -1):
            carry = items[k].group("within") or carry
            enclosing[k] = carry
        for k, item in enumerate(items):
            name = item.group("name")
            a = m.start("items") + item.start("name")
            b = a + len(name)
            if _blocked(name, a, b, covered, atoms, _ACTOR_KINDS - {"country"}):
                continue
            capital = idx.capitals.get(name.lower())
            within = item.group("within") or enclosing[k]
            out.append(
                PlaceMention(
                    name, a, b, name, capital.iso3 if capital else None, within, False, 1, (within,) if within else ()
                )
            )
    if not any(not p.is_country for p in out):
        # "blocked the Zahle roundabout": the town a road or spot is named for, when nothing says where
        # ("attacked the Kabul-Kandahar highway in Sorpal" happened in Sorpal).
        out += spots
    out.sort(key=lambda p: p.start)
    # "the village of Marte in the north of Borno": the second place encloses the first.
    for k in range(len(out) - 2, -1, -1):  # from the last, so "A, B district, C province" chains
        p, q = out[k], out[k + 1]
        between = _ENCLOSED_BY.fullmatch(text, p.end, q.start)
        if (
            between
            and "," in between.group()
            and not re.search(r"\b(?:in|of)\b", between.group())
            and not _UNIT_AFTER.match(text, q.end)
        ):
            between = None  # "in Kabul, Kandahar and Herat": a list, not a place and its district
        if q.is_country and between and q.hints and not p.hints:
            # "Zorbaya area in northern Yemen (Razih, Sadah)": the brackets name the place's
            # district and province, not parts of the country.
            out[k] = replace(p, hints=q.hints, country=p.country or q.country)
        elif not q.is_country and between:
            outer = _POSSESSIVE_S.sub("", q.name)
            hints = p.hints if outer in p.hints else (*p.hints, outer)
            out[k] = replace(
                p, hints=hints + tuple(h for h in q.hints if h not in hints), country=p.country or q.country
            )
    for a, b in pairs:
        # "near Zorba and Zorbaville municipalities in Oaxaca": what encloses the second encloses the first.
        first = next((k for k, p in enumerate(out) if p.start == a), None)
        second = next((p for p in out if p.start == b), None)
        if first is not None and second is not None and second.hints and not out[first].hints:
            out[first] = replace(out[first], hints=second.hints, country=out[first].country or second.country)
    return out


_BARE = re.compile(rf"(?<![\w'’.-])(?P<name>{_NAME})")


def bare_mentions(text: str, start: int, end: int, atoms: list[Atom]) -> list[PlaceMention]:
    """Capitalised names in ``text[start:end]`` that are not actors: places only if the gazetteer
    knows them well (the caller checks), for sentences that name a place without "in" or "near"."""
    out: list[PlaceMention] = []
    for m in _BARE.finditer(text, start, end):
        name = m.group("name").rstrip(".")
        a = m.start("name")
        # "A Kandahar bank branch", "the Benghazi Central Hospital": the town an institution is named for
        words = name.split(" ")
        # ... and "the MSF Bria office": an organisation's acronym before it
        while len(words) > 1 and (
            words[0].lower().strip(".") in ("a", "an", "the") or words[0].isupper() and len(words[0]) <= 6
        ):
            a += len(words[0]) + 1
            words = words[1:]
        cut = next((k for k, w in enumerate(words) if k and w.lower() in _INSTITUTION_WORDS), len(words))
        if cut < len(words) and any(
            w.lower() in _INSTITUTION_WORDS or w.lower() in _GENERIC_WORDS for w in words[:cut]
        ):
            continue  # "the Central Police Station", "the Supreme Administrative Court": no town in the name
        name = " ".join(words[:cut])
        b = a + len(name)
        if names_building(text, b) and all(w.lower() in _INSTITUTION_ONLY | _INSTITUTION_WORDS for w in words[:cut]):
            continue  # "the Central bank": the name of the building, no town's
        if name.split()[0].lower().strip(".") in _STOP_NAMES or len(name) < 4 or name.isupper():
            continue  # "(BUYA)": an acronym
        if any(x.start < b and a < x.end and x.kind != "capital" for x in atoms):
            continue  # a group, a nationality, a country (countries are found elsewhere)
        out.append(PlaceMention(name, a, b, name, None, None, False, 1, (), True))
    return out


def names_building(sentence: str, end: int) -> bool:
    """Does a building's word follow a bare name ending at ``end`` of ``sentence`` ("Masvingo bank branch")?"""
    m = _NEXT_WORD.match(sentence, end)
    return m is not None and m.group(1).lower() in _INSTITUTION_WORDS


_NEXT_WORD = re.compile(r"\s+(\w+)")
_INSTITUTION_WORDS = frozenset(
    {
        "university",
        "college",
        "school",
        "hospital",
        "medical",
        "clinic",
        "court",
        "chief",
        "magistrate",
        "police",
        "bank",
        "market",
        "stadium",
        "airport",
        "prison",
        "council",
        "municipality",
        "city",
        "high",
        "central",
        "national",
        "state",
        "provincial",
    }
)
_GENERIC_WORDS = frozenset(
    {
        "federal",
        "supreme",
        "main",
        "general",
        "presidential",
        "regional",
        "district",
        "new",
        "old",
        "grand",
        "royal",
        "public",
        "higher",
        "great",
        "upper",
        "lower",
    }
)
# The first word of a building's name that names no town: "the Central bank", "the National hospital".
_INSTITUTION_ONLY = _GENERIC_WORDS | {"central", "national", "state", "provincial", "city", "high", "municipal"}


_VILLAGE_BEFORE = re.compile(r"\b(?:village|villages|hamlet|hamlets)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_VILLAGE_AFTER = re.compile(r"\s+(?:village|villages|hamlet)\b", re.IGNORECASE)


def _called_village(text: str, a: int, b: int) -> bool:
    """Does the text call the place at ``text[a:b]`` a village ("the village of X", "X village")?"""
    return bool(_VILLAGE_BEFORE.search(text, max(0, a - 30), a) or _VILLAGE_AFTER.match(text, b))


# A unit written with a capital inside a name: "Bole Sub-city", "Zorba District of Kirkuk". ("Cape Town",
# "Greenwich Village", "Gaza City" are names; so is any whole name the gazetteer knows.)
_UNIT_IN_NAME = re.compile(
    r" (?:Sub-[Cc]ity|District|Province|Governorate|Woreda|Kebele|Sub-[Cc]ounty)(?: of (?P<of>.+))?$"
)


def _town_after_near(name: str, prep: str, text: str, end: int) -> bool:
    return (
        " " not in name
        and _NEAR_PREP.fullmatch(prep) is not None
        and not _PEOPLE_AFTER.match(text, end)
        and any(s.kind == "town" and s.population >= 50_000 for s in candidates(name))
    )


def _known(name: str) -> bool:
    return _country_of(name) is not None or bool(areas_named(name)) or bool(candidates(name))


def _trim_name(name: str) -> str:
    """A name ends before "The" and before a dateline in capitals ("Syria The", "Probe BOSTON")."""
    words = name.split(" ")
    for k in range(1, len(words)):
        w = words[k]
        if w in ("The", "A", "An") or (w.isupper() and len(w) > 2 and not words[k - 1].isupper()):
            return " ".join(words[:k])
    return name


_ACTOR_KINDS = frozenset({"group", "noun", "demonym", "country"})


def _blocked(
    name: str, a: int, b: int, covered: list[tuple[int, int]], atoms: list[Atom], kinds: frozenset[str] | None = None
) -> bool:
    """Not a place: a stop word, a span already read as one, or an actor's words (of ``kinds``, else of
    any kind but a capital)."""
    if name.split()[0].lower() in _STOP_NAMES or any(x < b and a < y for x, y in covered):
        return True
    return any(
        x.start < b and a < x.end and (x.kind in kinds if kinds is not None else x.kind != "capital") for x in atoms
    )


def _paren_hints(paren: str | None) -> tuple[str, ...]:
    """The admin names in "(Quissanga, Cabo Delgado)"; nothing for "(AFP)"-like asides."""
    if not paren:
        return ()
    parts = tuple(x.strip().rstrip(".") for x in paren.split(",") if x.strip())
    return parts if all(x[:1].isupper() for x in parts) else ()


def _possessive(text: str, a: int, owner: re.Match[str]) -> list[PlaceMention]:
    # "Beirut's Hamra district": a capital owner says the country as plainly as the country's name.
    country_named = _country_of(owner.group("c"))
    c = country_named or index().capitals.get(owner.group("c").lower())
    rest = owner.group("rest")
    if rest.split()[0].lower() in _STOP_NAMES:
        return []  # "the President's Office", "the Governor's Palace": a building, named for its holder
    start = a + owner.start("rest")
    hints = () if country_named else (owner.group("c"),)
    return [PlaceMention(rest, start, start + len(rest), rest, c.iso3 if c else None, None, False, 1, hints)]


def is_country_name(name: str) -> bool:
    return _country_of(name) is not None


def _country_of(name: str) -> Country | None:
    idx = index()
    key = name.replace(".", "").strip()
    found = idx.folded.get(key.lower())
    if found and found[0] == "country":
        return found[1]  # type: ignore[return-value]
    found = idx.exact.get(key)
    if found and found[0] == "country":
        return found[1]  # type: ignore[return-value]
    return None
