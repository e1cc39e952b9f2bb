"""DOC records"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date

from . import actors as actor_mod
from . import classify, factuality, geocode
from .draft import ARMED, STATE, Draft, SentenceInfo
from .event import Actor, Document, Event, Place, Quantity, Span, When
from .gazetteer import country
from .geocode import Site
from .history import dated_back
from .location import INSTITUTION_NAME, reference_town, scene, seat_of_government, site_of, to_place
from .places import PlaceMention
from .reading import Reading
from .sites import Sites
from .taxonomy import category as get_category

# Killing one chosen person (an off-duty colonel) is an attack on him, not a battle with his unit.
TARGETED_KILLING = re.compile(r"assassinat|stabb|behead|execut|murder|hack|lynch|kidnap|abduct", re.IGNORECASE)


# A policeman shot at home or off duty was not in a battle.
OFF_DUTY = re.compile(
    r"\b(?:off[- ]duty|(?:at|in front of|inside|outside|near) (?:his|her|their) (?:own )?(?:homes?|houses?|residences?))\b",
    re.IGNORECASE,
)


UNKNOWN_PERPETRATOR_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


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


def finish(
    doc: Document, d: Draft, si: SentenceInfo, doc_country: str | None, sites: dict[tuple[int, int], Site | None]
) -> Event:
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
    a1 = actor_mod.localize(d.actor1.actor, event_country) if d.actor1 else None
    a2 = actor_mod.localize(d.actor2.actor, event_country) if d.actor2 else None
    category = d.category
    if category == "territory":
        category = (
            "government_regains_territory" if a1 is not None and a1.sector in STATE else "non_state_overtakes_territory"
        )
    if (
        category == "attack"
        and d.actor1_by
        and a1 is not None
        and a1.sector == "CVL"
        and a2 is not None
        and a2.sector in ARMED
    ):
        # "police was shot by a man": whoever shoots at the police is an armed actor, if not a named one.
        a1 = actor_mod.localize(actor_mod.UNIDENTIFIED, event_country)
    if (
        category == "attack"
        and a2 is not None
        and a2.sector in ARMED
        and (a1 is None or a1.sector != "CVL")
        and not TARGETED_KILLING.match(d.trigger.text)
        and not OFF_DUTY.search(si.span.text)
    ):
        category = "armed_clash"  # ACLED: an attack on armed forces is a battle, not violence against civilians
    if category == "armed_clash" and any(a is not None and a.sector in ("PRT", "PTY") for a in (a1, a2)):
        category = "violent_demonstration"  # police clashing with activists, rival party supporters: a riot
    elif (
        category == "armed_clash"
        and a1 is not None
        and a2 is not None
        and "CVL" in (a1.sector, a2.sector)
        and {a1.sector, a2.sector} <= {"CVL", "COP", "GOV"}
    ):
        if ">type:attack" in d.rule and a2.sector == "CVL" and a1.sector != "CVL":
            # "Police shot dead a trader at a checkpoint": one side shot the other; the place of the
            # shooting does not make its victim armed.
            category = "attack"
        else:
            # "Migrant workers clashed with police", "shopkeepers clashed with police": no armed group on either
            # side, so ACLED codes a riot, not a battle; a demonstration if the sentence says the crowd protested.
            category = "violent_demonstration" if d.cues & {"protest", "riot"} else "mob_violence"
    if a1 is not None and a1.sector == "CVL" and category != "armed_clash" and a2 is not None and a2.sector != "CVL":
        a1, a2 = a2, a1  # civilians are never actor1
    cat = get_category(category)
    if (
        a1 is not None
        and a1.sector == "CVL"
        and cat.acled is not None
        and cat.acled.event_type in ("Violence against civilians", "Explosions/Remote violence")
        and (a2 is None or a2.sector == "CVL")
    ):
        # "A man stabbed two people": in ACLED's coding civilians are the targets of such violence, never
        # its perpetrators; whoever attacks them is an armed actor, if not a named one.
        a1, a2 = None, a2 or a1
    if a1 is None and cat.acled is not None and cat.acled.event_type in UNKNOWN_PERPETRATOR_TYPES:
        # ACLED's convention: violence by no one named is by an "Unidentified Armed Group (Country)".
        a1 = actor_mod.localize(actor_mod.UNIDENTIFIED, event_country)
    killed, injured = (d.killed, d.injured) if cat.violent or d.casualty_only or d.killed or d.injured else (None, None)
    if classify.figures_elsewhere(d.rule.rpartition(">type:")[2]):
        killed = injured = None  # "arrested over the killing of a chief": that death belongs to the killing
    location = None
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
            seat = seat_of_government(si, c, cat.violent)
            location = replace(seat, text=place.text) if seat is not None else location
    elif event_country:
        c = country(event_country)
        if c is not None:
            location = seat_of_government(si, c, cat.violent) or Place("", c.name, c.iso3, None, None, c.lat, c.lon, 3)
    when = None
    if d.when is not None:
        when = When(d.when.text, d.when.value, d.when.precision)
    elif doc.date:
        when = When("", doc.date, "day")
    trigger = Span(d.trigger.text, d.trigger.start, d.trigger.end)
    sentence = si.span
    extractor = "+".join(x for x in ("rules", "spacy") if x in d.extractors) or "rules"
    confidence = confidence_of(d, a1, location, when)
    summary = summary_of(cat.verb, category, a1, a2, d.quantity, location)
    digest = hashlib.blake2b(f"{doc.id}\x1f{category}\x1f{trigger.start}\x1f{trigger.end}".encode(), digest_size=8)
    return Event(
        doc_id=doc.id,
        event_id=digest.hexdigest(),
        summary=summary,
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
        sentence=sentence,
        extractor=extractor,
        rule=d.rule,
        confidence=confidence,
        mentions=d.mentions,
        hedge=d.hedge,
        # Listed towns fall back on an enclosing place only when the text names one for them.
        locations=tuple(
            to_place(p, event_country, site_of(p, si, sites, enclose=bool(p.hints))) for p in [place, *d.extra_places]
        )
        if d.extra_places and place
        else (),
    )


def mention_records(
    drafts: list[Draft], events: list[Event], infos: dict[int, SentenceInfo], ref: date | None
) -> list[Event]:
    """A record for each sentence that tells of an incident again: the incident's fields, its own trigger
    and sentence, and no casualty figures (those stay on the incident, counted once)."""
    taken = {e.sentence.start for e in events}
    out: list[Event] = []
    for d, e in zip(drafts, events):
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


def confidence_of(d: Draft, a1: Actor | None, location: Place | None, when: When | None) -> float:
    score = 0.45
    score += 0.15 if len(d.extractors) > 1 else 0.0
    score += 0.1 if a1 is not None else 0.0
    score += 0.1 if location is not None else 0.0
    score += 0.05 if when is not None and when.text else 0.0
    score += 0.05 if d.mentions > 1 else 0.0
    score -= 0.15 if d.casualty_only else 0.0
    return round(min(max(score, 0.05), 0.99), 2)


def summary_of(
    verb: str, category: str, a1: Actor | None, a2: Actor | None, q: Quantity | None, location: Place | None
) -> str:
    who = actor_mod.label(a1) or "Unidentified actor"
    whom = actor_mod.label(a2)
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
    text = f"{who} {verb}".strip()
    if obj:
        text += f" {obj}" if not verb.endswith((" with", " from", " of", " against", " to", " at")) or whom else ""
        if verb.endswith((" with", " from", " of", " against", " to", " at")) and not whom:
            text = text.rsplit(" ", 1)[0] + f" {obj}"
    elif verb.endswith((" with", " from", " of", " against", " to", " at", " by")):
        text = text.rsplit(" ", 1)[0]
    if location is not None:
        text += f" in {location.text or location.name}"
    return text
