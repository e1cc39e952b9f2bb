"""Stage 3, scene: where and when each draft happened, as mentions in the text.

Sets on each ``Draft``: ``place`` (a bare capitalised name when the sentence has no other town, the
closest place before or after it in the report, or nothing when a name is no place) and ``when``
(the closest day reported before it); ``inferred`` records what came from another sentence. The
gazetteer reading of the places is ``sites``'; turning a mention into a ``Place`` is ``location``'s.
The English words it reads are in ``data/scene_words.json`` and ``data/speech_verbs.json``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from . import places
from .draft import CLAUSE_GAP, Draft, SentenceInfo
from .merging import in_dateline
from .places import PlaceMention
from .reading import Reading
from .rules import Candidate
from .sites import Sites, read_sites
from .words import choices

_FILE = "scene_words.json"


def _any(key: str) -> str:
    """The list ``key`` of ``data/scene_words.json`` as regex alternatives, in the order written."""
    return choices(_FILE, key)


def locate(reading: Reading, drafts: list[Draft]) -> Sites:
    """Place and date the drafts; the document's sites and countries, for the records."""
    _off_datelines(reading, drafts)
    country_only = _bare_places(reading, drafts)
    read_before = set(reading.infos)
    fill_from_context(drafts, reading.info, reading.infos, len(reading.spans), drafts)
    # A sentence read only for the place of the event before it ("The truck was passing through X.") does not
    # vote on the document's country.
    read_after = {i for i in reading.infos if i not in read_before and not any(i < d.sentence for d in drafts)}
    sites = read_sites(reading.infos, read_after)
    unplaced = [
        d for d in drafts if d.place is not None and d.place.bare and sites.of(d.place.start, d.place.end) is None
    ]
    for d in unplaced:
        # A capitalised name the gazetteer does not know well is not a place ("Armed men looted ..."); another
        # in the sentence may be ("... the MSF Bria office").
        known = [p for p in reading.infos[d.sentence].places if p.bare and sites.of(p.start, p.end) is not None]
        d.place = min(known, key=lambda p: abs(p.start - d.trigger.start), default=country_only.get(id(d)))
    unplaced = [d for d in unplaced if d.place is None]
    fill_from_context(unplaced, reading.info, reading.infos, len(reading.spans), drafts)
    return sites


def _off_datelines(reading: Reading, drafts: list[Draft]) -> None:
    """ "KANDOR, Pakistan (AP) — Gunmen attacked a post": the dateline says where the report was filed. A draft
    placed there takes its sentence's other place nearest its trigger, or none (then the context's)."""
    for d in drafts:
        if d.place is None or not in_dateline(reading.text, d.place.start):
            continue
        others = [p for p in reading.infos[d.sentence].places if not in_dateline(reading.text, p.start)]
        d.place = min(others, key=lambda p: (p.is_country, abs(p.start - d.trigger.start)), default=None)


def _bare_places(reading: Reading, drafts: list[Draft]) -> dict[int, PlaceMention]:
    """An incident placed nowhere or only in a country takes a capitalised name of its sentence as its
    place; returns, by ``id(draft)``, the country it had, should that name turn out no place."""
    scanned: set[int] = set()
    country_only: dict[int, PlaceMention] = {}
    for d in drafts:
        if (d.place is None or d.place.is_country) and d.slot_incident:
            si = reading.infos[d.sentence]
            if d.sentence not in scanned:
                scanned.add(d.sentence)
                si.places.extend(places.bare_mentions(reading.text, si.span.start, si.span.end, si.atoms))
            bare = min((p for p in si.places if p.bare), key=lambda p: abs(p.start - d.trigger.start), default=None)
            if bare is not None and d.place is not None:
                country_only[id(d)] = d.place  # "looted MSF Bria in the Central African Republic": the town
            d.place = bare or d.place
    return country_only


# Where the news came from: "sources in Nairobi said ...", "officials from Goma told ...".
SOURCE_BEFORE = re.compile(
    rf"\b(?:{_any('sources')})\s+(?:\w+\s+)?(?:{_any('source_prepositions')})\s+(?:the\s+)?$", re.IGNORECASE
)


SOURCE_SAID = re.compile(rf"[\s,]+(?:\w+\s+)?(?:{choices('speech_verbs.json', 'place_source_verbs')})\b")


# A sentence that opens by setting the scene: "On 2 May 2020, in X, ...", "In the town of X, ...".
SCENE = re.compile(
    rf"\W*(?:(?:{_any('time_openers')})\b[^,;]{{0,60}},\s*)?(?:{_any('scene_prepositions')})\s+(?:the\s+)?"
    rf"(?:(?:{_any('area_words')})\s+of\s+)?",
    re.IGNORECASE,
)


def nearest_place(si: SentenceInfo, c: Candidate) -> PlaceMention | None:
    if not si.places:
        return None
    text = si.span.text
    off = si.span.start
    si = _without_sources(si)
    towns = [p for p in si.places if not p.is_country]
    if towns and SCENE.fullmatch(text, 0, towns[0].start - off) and towns[0].start < c.start:
        return towns[0]  # "On 3 June, in Cusco, farmers protested against a law passed in Lima": the scene is the place
    after = [p for p in si.places if p.start >= c.end and not CLAUSE_GAP.search(text, c.end - off, p.start - off)]
    if len(towns) > 1 and towns[0].start < c.start and not after:
        return towns[0]
    before = [p for p in si.places if p.end <= c.start and not CLAUSE_GAP.search(text, p.end - off, c.start - off)]
    pool = after or before or _not_earlier(si, c)
    if not pool:
        return None
    # A town in the trigger's clause beats a country named closer ("killed in fighting between forces of the
    # Mission in Somalia and al-Shabab in the town of X").
    return min(pool, key=lambda p: (p.is_country, abs(p.start - c.end)))


# A clause that tells an earlier or later event, between the trigger and a place: the place is that event's.
_EARLIER = re.compile(r"\b(?:after|before|since|following)\s+(?:an?|the)\b", re.IGNORECASE)


def _not_earlier(si: SentenceInfo, c: Candidate) -> list[PlaceMention]:
    """The sentence's places but those after the trigger in a clause of another event ("set on fire here on
    Thursday, a day after an attack in X": X is the earlier attack's)."""
    text, off = si.span.text, si.span.start
    return [p for p in si.places if not _EARLIER.search(text, min(c.end, p.start) - off, p.start - off)]


def _without_sources(si: SentenceInfo) -> SentenceInfo:
    """ "sources in Nairobi said shops were burnt near Naivasha": where the news came from is not the scene."""
    text = si.span.text
    off = si.span.start
    sourced = [
        p
        for p in si.places
        if SOURCE_BEFORE.search(text, max(0, p.start - off - 40), p.start - off)
        and SOURCE_SAID.match(text, p.end - off)
    ]
    if sourced and len(sourced) < len(si.places):
        return replace(si, places=[p for p in si.places if p not in sourced])
    return si


def fill_from_context(
    drafts: list[Draft],
    info: Callable[[int], SentenceInfo],
    infos: dict[int, SentenceInfo],
    n_sentences: int,
    everything: list[Draft],
) -> None:
    """An event whose sentence gives no date or place takes the closest one reported just before it;
    failing a place before it, the one the next sentences add about it.

    ``info`` reads sentences on demand: a lead sentence without any cue ("On 2 May, in X, ...")
    still sets the scene for the next ones, and a sentence after it ("The convoy was passing through X.")
    still places it. ``everything``: all the document's drafts, whose sentences tell events of their own.
    """
    # Where talks were held or statements made is not where the fighting they discuss took place.
    elsewhere = {d.sentence for d in drafts if not d.slot_incident}
    told = {d.sentence for d in everything}
    for d in drafts:
        if d.when is None:
            _date_before(d, info, infos)
        if d.place is None:
            _place_before(d, info, elsewhere)
        if d.place is None and d.slot_incident:
            _place_after(d, info, n_sentences, told)


def _date_before(d: Draft, info: Callable[[int], SentenceInfo], infos: dict[int, SentenceInfo]) -> None:
    near = set(range(max(0, d.sentence - 3), d.sentence)) | {i for i in infos if i < d.sentence}
    for i in sorted(near, reverse=True):
        own = [x for x in info(i).dates if not x.statement and x.value and x.precision == "day"]
        if own:
            d.when = own[-1]
            d.inferred.add("when")
            return


def _place_before(d: Draft, info: Callable[[int], SentenceInfo], elsewhere: set[int]) -> None:
    for i in range(d.sentence - 1, max(-1, d.sentence - 4), -1):
        if i in elsewhere:
            return
        named = [p for p in info(i).places if not p.bare]
        towns = [p for p in named if not p.is_country] or named
        if towns:
            d.place = towns[0]
            d.inferred.add("place")
            return


def _place_after(d: Draft, info: Callable[[int], SentenceInfo], n_sentences: int, told: set[int]) -> None:
    """ "A grenade was thrown at an army truck. The truck was crossing X market." A sentence that tells an
    event of its own places that event, not this one."""
    for i in range(d.sentence + 1, min(n_sentences, d.sentence + 3)):
        if i in told:
            return
        towns = [p for p in info(i).places if not p.bare and not p.is_country]
        if towns:
            d.place = towns[0]
            d.inferred.add("place")
            return
