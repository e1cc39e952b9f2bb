"""Is a later report a further report of an incident already told? Kind, place and day, each with its reason.

The ``incidents`` stage asks ``relation(incident, report, ...)`` and gets a ``Verdict``: fold (the report tells
more of the incident) or split (another incident), and the reason, which shows in the records' ``rule``:

- kind: the same category, two readings of one protest, or two categories a coder folds into one incident
  (``fold_*`` groups of ``data/incident_words.json``: a bombing and the attack it was part of, a riot and the
  stones its rioters threw); any other pair is ``other-kind``;
- place: the same, one enclosing the other ("in Mandera" and "in Banisa, Mandera district"), or unstated
  (none of its own, only the country, or only the dateline's: "KANDOR, Pakistan (AP) —" says where the
  report was filed), or a spot in the other's town (a square, road or quarter no gazetteer lists: "on the Place
  de la Concorde" after "in Paris"); two places of their own that neither encloses are ``other-place``;
- day: the same, one containing the other ("2024-05" and "2024-05-02") or unstated; two days of their own
  are ``other-day``, except a later toll of the incident ("died of his wounds the next day", "the toll rose
  to nine on Tuesday"): ``later-toll``;
- a toll another source gives for the incident the report names back ("the attack killed 40, the group said")
  folds with ``named-back,other-figure`` and leaves the figure told first standing;
- a report that says it is another ("In a separate incident", "Elsewhere") is ``separate``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import factuality, geocode
from .draft import Draft
from .geocode.names import NEAR
from .places import PlaceMention
from .taxonomy import category, protest_rank
from .words import choices, words

_FILE = "incident_words.json"


def _any(key: str) -> str:
    return choices(_FILE, key)


# The (start, end) of the place names in a report that the gazetteer does not know and the text calls a square, a
# road or a quarter: spots in a town.
Spots = frozenset[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Verdict:
    fold: bool
    reason: str


# The lists of data/incident_words.json of categories one incident may be told as.
FOLD_GROUPS = ("fold_strike", "fold_remote", "fold_territory", "fold_agreement")


@cache
def _groups() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((key.removeprefix("fold_"), frozenset(words(_FILE, key))) for key in FOLD_GROUPS)


def kind_fold(a: str, b: str) -> str | None:
    """Why a report of category ``b`` can tell more of an incident of category ``a`` told before it ("same-kind",
    "one-protest", a fold group's name, "generic"), or None."""
    if a == b:
        return "same-kind"
    if protest_rank(a) is not None and protest_rank(b) is not None:
        return "one-protest"
    riots, parts = words(_FILE, "riot_kinds"), words(_FILE, "riot_parts")
    if a in riots and b in riots + parts or a in words(_FILE, "riot_parts_first") and b in riots:
        return "riot"  # the looting told first, then the mob that did it: one incident either way
    found = next((name for name, group in _groups() if a in group and b in group), None)
    if (
        found is None
        and b in words(_FILE, "generic_kinds")
        and any(a in group for name, group in _groups() if name in _VIOLENT)
    ):
        return "generic"
    return found


_VIOLENT = ("strike", "remote")


def kind_after(mine: str, theirs: str, richer: bool) -> str:
    """The category of an incident two reports tell: the most severe reading of a protest; a riot's over its
    parts (the stones thrown, the looting); the kind ACLED codes over a statement or meeting; never "the
    attack" of a later report over a kind already told; else the richer report's."""
    if protest_rank(mine) is not None and protest_rank(theirs) is not None:
        return max(mine, theirs, key=lambda c: protest_rank(c) or 0)
    if (category(mine).acled is None) != (category(theirs).acled is None):
        return mine if category(mine).acled is not None else theirs  # the event ACLED codes, not the words around it
    if mine in words(_FILE, "riot_kinds") or theirs in words(_FILE, "generic_kinds"):
        return mine
    return theirs if richer else mine


# "KANDOR, Pakistan (AP) —", "Zorbaville, May 14 (Agency)", "ZORBA [Kandor], March 3 (Agency):", "KANDOR:": a
# line that opens with a capitalised name, then a country, date or agency, then a dash, colon or bullet.
_DATELINE = re.compile(
    r"[ \t]*[A-Z][\w'’.-]*(?:[ /][A-Z][\w'’.-]*){0,3}"
    r"(?:\s*,\s*[\w .'’-]{1,30}?|\s*[\[(][^\])\n]{1,30}[\])]){0,3}"
    r"\s*(?:[—–:•]|--|-\s|(?<=[)\]])\s)"
)


def dateline_end(text: str, pos: int) -> int | None:
    """Where the dateline of the line holding ``pos`` ends, if that line opens with one."""
    line = text.rfind("\n", 0, pos) + 1
    m = _DATELINE.match(text, line, min(len(text), line + 120))
    return m.end() if m else None


def in_dateline(text: str, start: int) -> bool:
    """Is the mention at ``start`` part of a dateline, which says where and when a report was filed, not
    where or when its news happened?"""
    end = dateline_end(text, start)
    return end is not None and start < end


def own_place(d: Draft, text: str) -> PlaceMention | None:
    """The place the report itself gives: none when inferred from a nearby sentence or read in a dateline."""
    p = d.place
    if p is None or "place" in d.inferred or in_dateline(text, p.start):
        return None
    return None if CARE.search(text, max(0, p.start - 40), p.start) else p


# "the wounded were taken to hospital in Zorbaville": where victims were taken is not where they were hurt.
CARE = re.compile(rf"\b(?:{_any('care_words')})\b[^.,;]{{0,25}}$", re.IGNORECASE)


def place_relation(
    a: Draft,
    b: Draft,
    texts: dict[int, str],
    text: str,
    a_place: PlaceMention | None = None,
    spots: Spots = frozenset(),
) -> str:
    """ "same-place", "enclosing-place", "spot-place", "unstated-place" or "other-place". ``a_place``: where ``a``
    took place when it names no place of its own (the scene of the report so far). ``spots``: the (start, end) of
    place names the gazetteer does not know."""
    p, q = own_place(a, text) or a_place, own_place(b, text)
    if p is None or q is None:
        return "unstated-place"
    if p.country and q.country and p.country != q.country:
        return "other-place"
    if p.name == q.name:
        return "same-place"
    if p.is_country or q.is_country:
        return "unstated-place"
    if _encloses(p, q) or _encloses(q, p):
        return "enclosing-place"
    # "in Borno" (headline) and "in Marte, in Borno State" (body): one names the other's surroundings, but
    # not as a landmark ("in Zorba, near Kandor" is not in Kandor).
    if a.sentence != b.sentence and (
        _names_around(p.name, texts.get(b.sentence, "")) or _names_around(q.name, texts.get(a.sentence, ""))
    ):
        return "enclosing-place"
    if q.precision == NEAR and ANAPHORIC.search(texts.get(b.sentence, "")):
        # "were raped in the attack near the town of Zorba": the incident told before, placed roughly
        return "near-place"
    if ((p.start, p.end) in spots) != ((q.start, q.end) in spots):
        # "rioters burned cars on the Place Zorbel" after "clashes in Lyon", "along the Zorba road" after
        # "in Kandor": a square, road or quarter no gazetteer lists, told with a town, is a spot in that town.
        return "spot-place"
    return "other-place"


_BESIDE = rf"\b(?:{_any('beside_words')})\s+(?:the\s+)?(?:\w+\s+)?"


def _names_around(name: str, sentence: str) -> bool:
    return name in sentence and not re.search(_BESIDE + re.escape(name), sentence, re.IGNORECASE)


def _encloses(outer: PlaceMention, inner: PlaceMention) -> bool:
    """``outer`` is written beside ``inner``, is its province, or is the province of a town written beside it
    ("at Zorba in Imphal" lies in Manipur: the gazetteer puts Imphal there)."""
    if outer.name in inner.hints or outer.name == inner.admin1:
        return True
    return not outer.is_country and any(
        site.admin1 == outer.name and site.kind == "town" for hint in inner.hints for site in geocode.candidates(hint)
    )


def own_day(d: Draft, text: str) -> str | None:
    """The day the report itself gives: none when inferred from a nearby sentence or read in a dateline."""
    w = d.when
    if w is None or "when" in d.inferred or in_dateline(text, w.start):
        return None
    return w.value


def day_relation(a: Draft, b: Draft, text: str) -> str:
    """ "same-day", "unstated-day", "later-day" (``b`` after ``a``) or "other-day"."""
    x, y = own_day(a, text), own_day(b, text)
    if not x or not y:
        return "unstated-day"
    if x == y or x.startswith(y) or y.startswith(x):
        return "same-day"
    return "later-day" if y > x else "other-day"


# "In a separate incident", "Elsewhere, ...": the report says it tells of another incident.
SEPARATE = re.compile(rf"\b(?:{_any('separate_markers')})\b", re.IGNORECASE)


def says_separate(text: str, start: int, end: int) -> bool:
    return bool(SEPARATE.search(text, start, end))


def apart(
    o: Draft,
    d: Draft,
    texts: dict[int, str],
    text: str,
    sentence_start: int,
    o_place: PlaceMention | None = None,
    spots: Spots = frozenset(),
) -> str | None:
    """Why ``d`` (later in the report) tells of another incident than ``o`` whatever their kinds, or None."""
    end = max(d.trigger.end, sentence_start + len(texts.get(d.sentence, "")))
    if says_separate(text, sentence_start, end):
        return "separate"
    if place_relation(o, d, texts, text, o_place, spots) == "other-place":
        return "other-place"
    day = day_relation(o, d, text)
    if day == "other-day" or day == "later-day" and not (d.casualty_only or d.update):
        return "other-day"
    return None


# "were killed in the ensuing clash", "in the blast": a later sentence telling more of the same incident.
_QUALIFIERS = "|".join(f"{w} " for w in words(_FILE, "back_qualifiers"))  # each with the space after it
ANAPHORIC = re.compile(
    rf"\b(?:{_any('back_prepositions')}) the (?:{_QUALIFIERS})?(?:{_any('incident_nouns')})\b|"
    # "It was one of three linked raids that day."
    rf"\b(?:{_any('series_subjects')}) was (?:{_any('series_places')})\b",
    re.IGNORECASE,
)


# "the attack killed ...", "in the blast": the trigger names back an incident already told.
NAMED_BACK = re.compile(r"\bthe (?:[\w-]+ )?$", re.IGNORECASE)
_INCIDENT_NOUN = re.compile(rf"(?:[\w-]+ )?(?:{_any('incident_nouns')})", re.IGNORECASE)
# "A second woman was also stabbed": further victims of the same incident, whose count adds to the first.
MORE_VICTIMS = re.compile(rf"\b(?:{_any('more_victims')})\b", re.IGNORECASE)

# "Sixteen children were among the dead": part of the toll told before.
_TOLL_PART = re.compile(rf"\b(?:{_any('toll_parts')})\b", re.IGNORECASE)


def _other_toll(o: Draft, d: Draft, sentence: str) -> str | None:
    """Two first tolls far apart ("23 dead", "350 were killed") are two incidents; a revised toll, or a part
    of the toll ("among the dead"), is not."""
    a, b = o.killed, d.killed
    if not a or not b or o.update or d.update or d.casualty_only or _TOLL_PART.search(sentence):
        return None
    low, high = min(a, b), max(a, b)
    return "other-toll" if high > 3 * low and high - low > 10 else None


def relation(
    o: Draft, d: Draft, texts: dict[int, str], text: str, sentence_start: int, spots: Spots = frozenset()
) -> Verdict:
    """Is ``d`` (later in the report) a further report of ``o``? Kind first, then a stated separation, place, day.
    Some reports told in the sentence of an incident ACLED codes are part of it (``sentence_parts``: "rallied,
    calling for ...", "signed a ceasefire after talks")."""
    parts = words(_FILE, "sentence_parts")
    if (
        o.sentence == d.sentence
        and d.factuality == factuality.ACTUAL
        and (f"{o.category}/{d.category}" in parts or f"{d.category}/{o.category}" in parts)
    ):
        return Verdict(True, "same-sentence")
    about = statement_about(o, d, text, sentence_start, sentence_start + len(texts.get(d.sentence, "")))
    if about is not None and apart(o, d, texts, text, sentence_start, spots=spots) is None:
        return Verdict(True, about)
    kind = kind_fold(o.category, d.category)
    if kind not in (None, "same-kind", "one-protest") and d.factuality != factuality.ACTUAL:
        kind = None  # only what happened is told in parts: "no arrests were made" is no part of a protest
    if kind is None:
        return Verdict(False, "other-kind")
    split = apart(o, d, texts, text, sentence_start, spots=spots)
    named_back = bool(
        _INCIDENT_NOUN.fullmatch(d.trigger.text)
        and NAMED_BACK.search(text, max(0, d.trigger.start - 12), d.trigger.start)
    )
    if split is None and not named_back:
        split = _other_toll(o, d, texts.get(d.sentence, ""))
    if split is not None:
        return Verdict(False, split)
    more = MORE_VICTIMS.search(texts.get(d.sentence, "")) is not None  # "in the bombings, two more were killed"
    if named_back and o.killed and d.killed and d.killed != o.killed and not more:
        # "ISIL claimed that the attack killed 45": another source's figure for the incident told; the first stands.
        return Verdict(True, f"{kind},named-back,other-figure")
    day = day_relation(o, d, text)
    where = place_relation(o, d, texts, text, spots=spots)
    return Verdict(True, f"{kind},{'later-toll' if day == 'later-day' else where}")


# "The killings were blamed on rebels", "called for an investigation into the bombing": a statement naming back
# the incident told before it.
# "drawing condemnation", "sparked calls for": a statement the incident drew.
REACTION = re.compile(rf"\b(?:{_any('reaction_words')})\b[^.;:]{{0,30}}$", re.IGNORECASE)

_NAMES_BACK = re.compile(rf"\bthe (?:[\w-]+ ){{0,2}}(?:{_any('statement_objects')})\b", re.IGNORECASE)


def statement_about(o: Draft, d: Draft, text: str, start: int, end: int) -> str | None:
    """Is one of ``o`` and ``d`` a statement (``statement_kinds``) about the other, an incident ACLED codes: told
    in its sentence ("statement,same-sentence"), or a later statement naming it back ("statement,names-back")?"""
    kinds = words(_FILE, "statement_kinds")
    if d.factuality != factuality.ACTUAL or (o.category in kinds) == (d.category in kinds):
        return None
    incident = o if d.category in kinds else d
    if category(incident.category).acled is None:
        return None
    told_here = (
        o.sentence == d.sentence or any(start <= e.start < end for e in o.echoes) or start <= o.trigger.start < end
    )
    told_before = o.sentence < d.sentence or any(e.start < start for e in o.echoes)
    said = o if incident is d else d
    if told_here and told_before and REACTION.search(text, max(start, said.trigger.start - 40), said.trigger.start):
        return "statement,reaction"  # a sentence alone telling an incident and a statement tells both
    if incident is o and 0 < d.sentence - o.sentence <= 4 and _NAMES_BACK.search(text, start, end):
        return "statement,names-back"
    return None
