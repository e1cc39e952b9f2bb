"""Drafts become ``Event`` records: actors named for the event's country, category recoded for them,
place, date, summary and confidence; and a mention record for each further report of an incident.

Stage ``records`` (the last): reads every field of the draft and sets nothing on it. The category
recoding by actor is ``classify.recode_by_actors``.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

from . import actors as actor_mod
from . import classify, factuality, geocode, wording
from .classify import recode_by_actors
from .draft import ARMED, Draft, SentenceInfo
from .event import Actor, Document, Event, Place, Quantity, Span, When
from .gazetteer import country
from .geocode import Site
from .history import dated_back
from .location import INSTITUTION_NAME, reference_town, scene, seat_of_government, site_of, to_place
from .places import PlaceMention
from .reading import Reading
from .sites import Sites
from .taxonomy import Category
from .taxonomy import category as get_category

UNKNOWN_PERPETRATOR_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}

SiteMap = dict[tuple[int, int], Site | None]


def build(
    doc: Document, reading: Reading, drafts: list[Draft], sites: Sites, *, mentions: bool, include_nonfactual: bool
) -> list[Event]:
    """The document's records in text order: one per draft, and with ``mentions`` one per further report."""
    doc_country = sites.document_country()
    events = [finish(doc, d, reading.infos[d.sentence], doc_country, sites.by_span) for d in drafts]
    if mentions:
        events += mention_records(drafts, events, reading.infos, reading.ref)
    if not include_nonfactual:
        events = [e for e in events if e.factuality == factuality.ACTUAL]
    events.sort(key=lambda e: (e.trigger.start, e.category))
    return events


def finish(doc: Document, d: Draft, si: SentenceInfo, doc_country: str | None, sites: SiteMap) -> Event:
    """The record of one draft: place and actors resolved, the category recoded for the actors."""
    place, site, event_country = where(doc, d, si, doc_country, sites)
    a1 = actor_mod.localize(d.actor1.actor, event_country) if d.actor1 else None
    a2 = actor_mod.localize(d.actor2.actor, event_country) if d.actor2 else None
    a1 = armed_agent(d, a1, a2, event_country)
    category = recode_by_actors(d, a1, a2, si.span.text)
    cat = get_category(category)
    a1, a2 = acled_sides(cat, a1, a2, event_country)
    killed, injured = (d.killed, d.injured) if cat.violent or d.casualty_only or d.killed or d.injured else (None, None)
    if classify.figures_elsewhere(d.rule.rpartition(">type:")[2]):
        killed = injured = None  # "arrested over the killing of a chief": that death belongs to the killing
    location = location_of(place, site, si, event_country, cat.violent)
    when = When(d.when.text, d.when.value, d.when.precision) if d.when is not None else None
    if when is None and doc.date:
        when = When("", doc.date, "day")
    trigger = Span(d.trigger.text, d.trigger.start, d.trigger.end)
    digest = hashlib.blake2b(f"{doc.id}\x1f{category}\x1f{trigger.start}\x1f{trigger.end}".encode(), digest_size=8)
    return Event(
        doc_id=doc.id,
        event_id=digest.hexdigest(),
        summary=summary_of(
            wording.verb_for(cat.verb, category, d.trigger.text), category, a1, a2, d.quantity, location
        ),
        category=category,
        acled=cat.acled,
        cameo=cat.cameo,
        plover=cat.plover,
        factuality=d.factuality,
        actor1=a1,
        actor2=a2,
        fatalities=killed,
        injured=injured,
        quantity=d.quantity,
        location=location,
        date=when,
        trigger=trigger,
        sentence=si.span,
        extractor="+".join(x for x in ("rules", "spacy") if x in d.extractors) or "rules",
        rule=d.rule,
        confidence=confidence_of(d, si, doc, a1, location),
        mentions=d.mentions,
        hedge=d.hedge,
        locations=listed_places(d, place, si, sites, event_country),
    )


def where(
    doc: Document, d: Draft, si: SentenceInfo, doc_country: str | None, sites: SiteMap
) -> tuple[PlaceMention | None, Site | None, str | None]:
    """(place, its gazetteer site, the event's country): the draft's place, placed by a nearby town or the scene."""
    place = d.place
    if place is not None and not place.is_country and sites.get((place.start, place.end)) is None:
        town = reference_town(place, si)
        if town is not None and town.name not in place.hints:
            # "in Zorbasie near Polokwane": the village keeps its name; the town that places it is its district
            # (and, when the gazetteer knows it, gives the point: see town_around).
            place = replace(place, hints=(*place.hints, town.name))
    site = site_of(place, si, sites, enclose=True) if place is not None else None
    event_country = (site.country if site else None) or (place.country if place else None) or doc_country
    if site is None and (place is None or not (place.is_country or place.hints)):
        # "in Guatemala City, ... Others gathered in front of the National Palace": an unplaced event, or
        # one at a spot the gazetteer lacks, happened where the report last put us.
        site = scene(d.trigger.start, sites, event_country, doc.text)
        if site is not None and place is None:
            place = PlaceMention(
                "", d.trigger.start, d.trigger.start, site.name, site.country, site.admin1, False, geocode.NEAR
            )
    return place, site, event_country


def armed_agent(d: Draft, a1: Actor | None, a2: Actor | None, event_country: str | None) -> Actor | None:
    """actor1, or an unidentified armed group for a civilian named after "by" in an attack on armed forces.

    "police was shot by a man": whoever shoots at the police is an armed actor, if not a named one.
    """
    if (
        d.category == "attack"
        and d.actor1_by
        and a1 is not None
        and a1.sector == "CVL"
        and a2 is not None
        and a2.sector in ARMED
    ):
        return actor_mod.localize(actor_mod.UNIDENTIFIED, event_country)
    return a1


def acled_sides(
    cat: Category, a1: Actor | None, a2: Actor | None, event_country: str | None
) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) as ACLED codes them: civilians are never actor1, violence is by someone armed."""
    # Civilians are never actor1, unless they are a side of a fight.
    if a1 is not None and a1.sector == "CVL" and cat.name != "armed_clash" and a2 is not None and a2.sector != "CVL":
        a1, a2 = a2, a1
    violent_types = ("Violence against civilians", "Explosions/Remote violence")
    if (
        a1 is not None
        and a1.sector == "CVL"
        and cat.acled is not None
        and cat.acled.event_type in violent_types
        and (a2 is None or a2.sector == "CVL")
    ):
        # "A man stabbed two people": in ACLED's coding civilians are the targets of such violence, never
        # its perpetrators; whoever attacks them is an armed actor, if not a named one.
        a1, a2 = None, a2 or a1
    if a1 is None and cat.acled is not None and cat.acled.event_type in UNKNOWN_PERPETRATOR_TYPES:
        # ACLED's convention: violence by no one named is by an "Unidentified Armed Group (Country)".
        a1 = actor_mod.localize(actor_mod.UNIDENTIFIED, event_country)
    return a1, a2


def location_of(
    place: PlaceMention | None, site: Site | None, si: SentenceInfo, event_country: str | None, violent: bool
) -> Place | None:
    """The record's place: the draft's, a building's capital, or the event's country (its seat of government)."""
    if place is not None:
        location = to_place(place, event_country, site)
        if (
            site is None
            and not place.is_country
            and not place.hints
            and INSTITUTION_NAME.fullmatch(place.name)
            and (c := country(event_country)) is not None
        ):
            # "in front of the National Palace": a building the gazetteer cannot place, which the capital holds
            seat = seat_of_government(si, c, violent)
            location = replace(seat, text=place.text) if seat is not None else location
        return location
    if event_country:
        c = country(event_country)
        if c is not None:
            return seat_of_government(si, c, violent) or Place("", c.name, c.iso3, None, None, c.lat, c.lon, 3)
    return None


def listed_places(
    d: Draft, place: PlaceMention | None, si: SentenceInfo, sites: SiteMap, event_country: str | None
) -> tuple[Place, ...]:
    """Every town of a list ("in Kano, Kaduna and Zaria"), the event's place first."""
    if not (d.extra_places and place):
        return ()
    # Listed towns fall back on an enclosing place only when the text names one for them.
    return tuple(
        to_place(p, event_country, site_of(p, si, sites, enclose=bool(p.hints))) for p in [place, *d.extra_places]
    )


def mention_records(
    drafts: list[Draft], events: list[Event], infos: dict[int, SentenceInfo], ref: date | None
) -> list[Event]:
    """A record for each sentence that tells of an incident again: the incident's fields, its own trigger
    and sentence, and no casualty figures (those stay on the incident, counted once)."""
    taken = {e.sentence.start for e in events}
    out: list[Event] = []
    for d, e in zip(drafts, events, strict=True):
        if e.factuality != factuality.ACTUAL:
            continue
        for c in sorted(d.echoes, key=lambda c: c.start):
            s = infos[c.sentence].span
            if s.start in taken:
                continue  # that sentence already has a record of its own
            if dated_back(infos[c.sentence], ref, c.start, c.end):
                continue  # "The insurgency, which began in 2009, has killed ...": background, not this incident
            taken.add(s.start)
            digest = hashlib.blake2b(f"{e.event_id}\x1f{c.start}".encode(), digest_size=8)
            out.append(
                replace(
                    e,
                    event_id=digest.hexdigest(),
                    trigger=Span(c.text, c.start, c.end),
                    sentence=s,
                    fatalities=None,
                    injured=None,
                    rule=f"{c.rule}>mention",
                    mentions=1,
                    extractor=c.extractor,
                    mention_of=e.event_id,
                )
            )
    return out


# The weight of each sign that a draft is an incident the article reports, not background, a toll or a
# passing word: how sure one report is, from what it says (see ``confidence_of``).
CONFIDENCE_BASE = 0.35
QUOTES = '"\u201c\u201d'


def confidence_of(d: Draft, si: SentenceInfo, doc: Document, a1: Actor | None, location: Place | None) -> float:
    """0..1: how likely the record is an incident a coder would sign, from general signs of news reporting.

    Up: both extractors agree (a cue and a lemma with its parse); named sides; a named place and a date in
    its own sentence; a date within a week of the report; a casualty figure; an incident the article tells
    more than once (a headline, lead and body). Down: a date over a year before the report (background), a
    country for the only place, a hedge ("allegedly"), words inside a quotation, a count with no event
    word of its own. The place of the sentence in the document is left out: a chunk of a long document
    (``chunks``) must score as the whole would."""
    own_place = d.place is not None and not d.place.is_country and "place" not in d.inferred
    own_date = d.when is not None and bool(d.when.text) and "when" not in d.inferred
    age = _age_days(d.when.value if d.when is not None else None, doc.date)
    signs = (
        (len(d.extractors) > 1, 0.10),
        (a1 is not None, 0.05),
        (d.actor2 is not None, 0.05),
        (own_place, 0.10),
        (location is not None and not own_place and bool(location.admin1 or location.text), 0.03),
        (location is not None and d.place is not None and d.place.is_country, -0.05),
        (own_date, 0.05),
        (age is not None and -1 <= age <= 7, 0.10),
        (age is not None and age > 366, -0.15),
        (d.killed is not None or d.injured is not None, 0.05),
        (d.mentions > 1 or bool(d.echoes), 0.10),
        (d.hedge is not None, -0.15),
        (_quoted(si, d.trigger.start), -0.10),
        (d.casualty_only, -0.10),
    )
    score = CONFIDENCE_BASE + sum(w for sign, w in signs if sign)
    return round(min(max(score, 0.05), 0.99), 2)


def _quoted(si: SentenceInfo, at: int) -> bool:
    """Whether offset ``at`` of the text lies inside a quotation its sentence opens before it."""
    before = si.span.text[: max(at - si.span.start, 0)]
    return sum(before.count(q) for q in QUOTES) % 2 == 1


def _age_days(value: str | None, ref: str | None) -> int | None:
    """Days from the event's date back to the report's (a month or a year: its first day), if both are known."""
    if not value or not ref:
        return None
    try:
        when = date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value[:10])
        return (date.fromisoformat(ref[:10]) - when).days
    except ValueError:
        return None


def summary_of(
    verb: str, category: str, a1: Actor | None, a2: Actor | None, q: Quantity | None, location: Place | None
) -> str:
    """ "Gangs attack civilians in Zorbaville": who, the verb agreeing with it, whom or how many, where.

    No country is written twice among the sides and the place (a side takes the text's words instead,
    see ``wording.side_labels``); the first letter is a capital."""
    who, whom = wording.side_labels(a1, a2, location)
    who = who or "Unidentified actor"
    if category in ("peaceful_protest", "protest_with_intervention", "violent_demonstration"):
        verb = {
            "peaceful_protest": "protest",
            "protest_with_intervention": "protest; police intervene",
            "violent_demonstration": "riot",
        }[category]
        whom = ""
    if q is not None:
        obj = f"{q.value} {whom + ' ' if whom else ''}{q.unit}"
    else:
        obj = whom
    verb = wording.agree(verb, who)
    text = f"{who} {verb}".strip()
    if obj:
        text += f" {obj}" if not verb.endswith((" with", " from", " of", " against", " to", " at")) or whom else ""
        if verb.endswith((" with", " from", " of", " against", " to", " at")) and not whom:
            text = text.rsplit(" ", 1)[0] + f" {obj}"
    elif verb.endswith((" with", " from", " of", " against", " to", " at", " by")):
        text = text.rsplit(" ", 1)[0]
    if location is not None:
        text += f" in {location.text or location.name}"
    return wording.sentence_case(text)
