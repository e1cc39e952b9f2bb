"""From documents to events: find triggers, type them, resolve arguments, merge mentions."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from . import actors as actor_mod
from . import casualties, classify, cues, dates, factuality, geocode, places, rules, sentences
from .actors import ActorMention
from .dates import DateMention
from .event import Actor, Document, Event, Place, Quantity, Span, When
from .gazetteer import Atom, Country, country
from .gazetteer import atoms as find_atom_spans
from .geocode import Site
from .places import PlaceMention
from .rules import Candidate
from .taxonomy import category as get_category

INCIDENT = "incident"
_QUANTITY = re.compile(
    r"(?<![\w-])(?P<n>\d[\d,]*|dozens of|scores of|hundreds of|several)\s+(?:(?:[\w-]+)\s+){0,2}?"
    r"(?P<unit>targets|positions|hideouts|camps|bases|vehicles|houses|homes|buildings|villages|"
    r"rockets|missiles|shells|mortars|drones|strikes|air ?strikes|sorties|tunnels|depots|weapons)\b",
    re.IGNORECASE,
)
_BY_AGENT = re.compile(r"^\s*(?:\w+\s+)?by\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|got|get)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"\b(?:with|against|between|and)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
_ALSO = re.compile(r"\b(?:also|another|additional|other|more|further|separately)\b", re.IGNORECASE)
# "A second woman was also stabbed": a later report of further victims, not a restatement.
_MORE_VICTIMS = re.compile(r"\b(?:also|another|a second|a third|in addition|additionally)\b", re.IGNORECASE)
# A later sentence on the attackers' own losses ("Three gunmen were also killed") is not added: coders
# differ on counting them (ACLED does, GTD's and Wikipedia's victim counts mostly do not), so the
# figure stays the larger one reported.
_ATTACKERS = re.compile(
    r"\b(?:attackers?|assailants?|gunm[ae]n|militants?|terrorists?|bombers?|insurgents?|"
    r"jihadists?|perpetrators?|hijackers?)\b",
    re.IGNORECASE,
)
# "were killed in the ensuing clash", "in the blast": a later sentence telling more of the same incident.
_ANAPHORIC = re.compile(
    r"\b(?:in|during|from|after|by|for) the (?:ensuing |subsequent |resulting |same )?(?:clash(?:es)?|attacks?|"
    r"blast|explosion|fire ?fight|gun ?battle|incidents?|fighting|raid|assault|ambush|bombing|"
    r"shooting|violence|exchange of fire|strikes?|air ?strikes?|shelling|abduction|attack)\b|"
    # "It was one of three linked raids that day."
    r"\b(?:this|it) was (?:one of|part of|the (?:first|second|third|latest) (?:of|in))\b",
    re.IGNORECASE,
)
_CLAIM_SUBJECT = re.compile(r"claim|responsib|suspect|blame|attribut|behind|perpetrat|carried out", re.IGNORECASE)
_STATE = actor_mod.STATE
_ARMED = {"MIL", "COP", "REB", "UAF"}  # UAF: armed but in no state's or rebel's service (private security)


@dataclass(slots=True)
class SentenceInfo:
    span: Span
    atoms: list[Atom]
    actors: list[ActorMention]
    places: list[PlaceMention]
    dates: list[DateMention]
    counts: list[casualties.Count]


@dataclass(slots=True)
class Draft:
    """An event while it is being assembled (mutable); frozen into an ``Event`` at the end."""

    category: str
    factuality: str
    sentence: int
    trigger: Candidate
    cues: set[str]
    extractors: set[str]
    rule: str
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    killed: int | None = None
    injured: int | None = None
    update: bool = False
    quantity: Quantity | None = None
    place: PlaceMention | None = None
    when: DateMention | None = None
    mentions: int = 1
    casualty_only: bool = False
    inferred: set[str] = field(default_factory=set)  # fields taken from nearby sentences, weak when merging
    extra_places: list[PlaceMention] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    actor1_by: bool = False  # actor1 is the agent after "by" in a passive ("police was shot by a man")
    echoes: list[Candidate] = field(default_factory=list)  # triggers of later sentences telling of it again
    hedge: str | None = None  # "allegedly": see factuality.hedge

    @property
    def slot_incident(self) -> bool:
        return get_category(self.category if self.category != "territory" else "armed_clash").family in (
            "violence",
            "protest",
            "arrest",
            "disrupted",
            "mobilization",
            "territory",
            "other",
        )


def extract_document(
    doc: Document,
    *,
    use_rules: bool = True,
    parses: dict[int, object] | None = None,
    sentence_spans: list[Span] | None = None,
    include_nonfactual: bool = False,
    mentions: bool = False,
) -> list[Event]:
    """Events of one document. ``parses`` maps sentence index to a spaCy Doc of that sentence.

    ``mentions``: also one record for each further sentence that tells of an incident again ("Three
    more were wounded.", "the explosion shattered the windows"), linked to it by ``mention_of``.
    """
    text = doc.text
    ref = dates.parse_iso(doc.date)
    spans = sentence_spans if sentence_spans is not None else list(sentences.split(text))
    infos: dict[int, SentenceInfo] = {}
    country_votes: Counter[str] = Counter()
    only_in: Counter[str] = Counter()
    people: dict[str, Actor] = {}

    def info(i: int) -> SentenceInfo:
        if i not in infos:
            s = spans[i]
            atoms = find_atom_spans(text, s.start, s.end)
            found = actor_mod.resident(text, actor_mod.mentions(text, atoms, s.start), atoms)
            found += actor_mod.people_mentions(text, s.start, s.end, people, found)
            found.sort(key=lambda m: m.start)
            actor_mod.register_people(text, found, people)
            infos[i] = SentenceInfo(
                s,
                atoms,
                found,
                places.mentions(text, s.start, s.end, atoms),
                dates.mentions(text, s.start, s.end, ref),
                casualties.counts(text, s.start, s.end),
            )
        return infos[i]

    drafts: list[Draft] = []
    by_sentence: dict[int, list[Candidate]] = {}
    if use_rules:
        for c in rules.candidates(text, spans):
            by_sentence.setdefault(c.sentence, []).append(c)
    if parses:
        from .syntax import candidates as syntax_candidates

        for i, parsed in parses.items():
            for c in syntax_candidates(parsed, i, spans[i].start):
                by_sentence.setdefault(i, []).append(c)
    for i in sorted(by_sentence):
        if cues.first("fiction", text, spans[i].start, spans[i].end):
            continue  # "The new thriller follows a sniper who hunts down kidnappers": a story, not news
        idioms = [(h.start, h.end) for h in cues.find("not_event", text, spans[i].start, spans[i].end)]
        if idioms:
            # "a heart attack", "fire fighters battled a blaze", "declined to be named": words of an event, used for none.
            by_sentence[i] = [c for c in by_sentence[i] if not any(c.start < b and a < c.end for a, b in idioms)]
        drafts.extend(_sentence_drafts(text, i, info(i), _dedupe(by_sentence[i]), parses.get(i) if parses else None))

    drafts = _attach_followups(text, drafts, infos, info, spans)
    scanned: set[int] = set()
    country_only: dict[int, PlaceMention] = {}  # id(draft) -> the country it had, should no town be found
    for d in drafts:
        if (d.place is None or d.place.is_country) and d.slot_incident:
            si = infos[d.sentence]
            if d.sentence not in scanned:
                scanned.add(d.sentence)
                si.places.extend(places.bare_mentions(text, si.span.start, si.span.end, si.atoms))
            bare = min((p for p in si.places if p.bare), key=lambda p: abs(p.start - d.trigger.start), default=None)
            if bare is not None and d.place is not None:
                country_only[id(d)] = d.place  # "looted MSF Bria in the Central African Republic": the town
            d.place = bare or d.place
    read_before = set(infos)
    _fill_from_context(drafts, info, infos, ref, len(spans), drafts)
    # A sentence read only for the place of the event before it ("The truck was passing through X.") does not
    # vote on the document's country.
    read_after = {i for i in infos if i not in read_before and not any(i < d.sentence for d in drafts)}

    # The document's own country: what its places and actors name most.
    for i, si in infos.items():
        if i in read_after:
            continue
        for p in si.places:
            if p.country:
                country_votes[p.country] += 2
            elif not p.bare:
                cands = [s for s in geocode.candidates(p.name) if geocode.fits(s, p.hints)]
                found = {s.country for s in cands}
                if len(found) == 1:
                    only_in[found.pop()] += 1
                    if any(s.population >= 100_000 or s.kind == "admin1" for s in cands):
                        # A city or province known well and only in one country ("Idleb") names it.
                        country_votes[cands[0].country] += 1
        for a in si.actors:
            if a.actor.country and a.specific:
                country_votes[a.actor.country] += 1
    ranked = tuple(c for c, _ in country_votes.most_common())
    forces = {
        a.actor.country
        for si in infos.values()
        for a in si.actors
        if a.specific and a.actor.sector in ("MIL", "COP", "GOV")
    }
    if ranked and ranked[0] in forces:
        # Forces act across borders ("Turkish forces" in Jarablus, "Israeli forces" in Kafr Qaddum): a
        # town only a neighbour of the story's country has puts that neighbour among the countries read.
        # (A story told by a monitoring mission or by civilians stays in its country: "near Komsomolets"
        # in a report on Ukraine is not the Russian village of that name.)
        near = geocode.neighbours().get(ranked[0], frozenset())
        ranked += tuple(c for c, _ in only_in.most_common() if c not in ranked and c in near)
    sites = _geocode(infos, ranked)
    unplaced = [
        d for d in drafts if d.place is not None and d.place.bare and sites.get((d.place.start, d.place.end)) is None
    ]
    for d in unplaced:
        # A capitalised name the gazetteer does not know well is not a place ("Armed men looted ..."); another
        # in the sentence may be ("... the MSF Bria office").
        known = [p for p in infos[d.sentence].places if p.bare and sites.get((p.start, p.end)) is not None]
        d.place = min(known, key=lambda p: abs(p.start - d.trigger.start), default=country_only.get(id(d)))
    unplaced = [d for d in unplaced if d.place is None]
    _fill_from_context(unplaced, info, infos, ref, len(spans), drafts)
    for site in sites.values():
        if site is not None:
            country_votes[site.country] += 1
    doc_country = country_votes.most_common(1)[0][0] if country_votes else None

    # "more than 800,000 were killed during the 1994 genocide": history a report recalls, not its news.
    drafts = [d for d in drafts if not _historical(d, infos[d.sentence], ref)]
    drafts = _merge_mentions(drafts, {i: si.span.text for i, si in infos.items()}, text)
    events = [_finish(doc, d, infos[d.sentence], doc_country, sites) for d in drafts]
    if mentions:
        events += _mentions(drafts, events, infos, ref)
    if not include_nonfactual:
        events = [e for e in events if e.factuality == factuality.ACTUAL]
    events.sort(key=lambda e: (e.trigger.start, e.category))
    return events


def _geocode(infos: dict[int, SentenceInfo], ranked: tuple[str, ...]) -> dict[tuple[int, int], Site | None]:
    """Gazetteer entries of the places the document names, read in the light of its countries.

    Places written with their province or country ("X (District, Province)") are resolved first;
    their countries then help read the bare names.
    """
    out: dict[tuple[int, int], Site | None] = {}
    anchors: dict[int, list[Site]] = {}
    for anchored in (True, False):
        for i in sorted(infos):
            for p in infos[i].places:
                if p.is_country or (p.start, p.end) in out or anchored != bool(p.hints or p.country):
                    continue
                # A country written with the place ("Tripoli, Lebanon", "Beirut's Hamra") is the only one read.
                prefer = (p.country,) if p.country else ranked
                site = geocode.resolve(
                    p.name, countries=prefer, hints=p.hints, strict=bool(prefer), respell=not p.bare, level=p.level
                )
                if (
                    p.bare
                    and site is not None
                    and not _known_place(
                        site, ranked, places.names_building(infos[i].span.text, p.end - infos[i].span.start)
                    )
                ):
                    site = None
                if anchored and site is not None:
                    anchors.setdefault(i, []).append(site)
                    if site.country not in ranked:
                        ranked = (*ranked, site.country)
                elif (
                    site is not None
                    and i in anchors
                    and site.population < 100_000
                    and not any(site.country == a.country and site.admin1 == a.admin1 for a in anchors[i])
                ):
                    # "in Salvador, Bahia, ... in Periperi neighborhood": a bare name that the gazetteer
                    # places in another province is a namesake; the anchored place encloses it.
                    site = None
                out[(p.start, p.end)] = site
    return out


def _family(category: str) -> str:
    return get_category(_concrete(category)).family


def _known_place(site: Site, ranked: tuple[str, ...], building: bool = False) -> bool:
    """Is a name written without "in"/"near" a place? Only a town of some size or a province, in the
    document's countries when it names any (person names are often also village names). ``building``:
    the name is that of a building's town ("a Zorbaville bank branch"), which says it is a place, so a
    smaller town will do."""
    if ranked and site.country not in ranked[:3]:
        return False
    if site.kind == "town":
        return site.population >= (5_000 if ranked else 20_000 if building else 100_000)
    # With no country to go by, a district abroad named like a capitalised word ("Mineral traders
    # protested": Mineral County, West Virginia) is no place; a province is.
    return site.kind == "admin1" or site.kind == "admin2" and bool(ranked)


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per trigger span; the same span from both extractors is marked as such."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, c.extractor)):
        twin = next((o for o in out if o.start < c.end and c.start < o.end and o.slot == c.slot), None)
        if twin is None:
            out.append(c)
        elif twin.extractor != c.extractor and "+" not in twin.extractor:
            out[out.index(twin)] = Candidate(
                twin.sentence,
                twin.start,
                twin.end,
                twin.text,
                twin.cue,
                twin.trigger,
                twin.slot,
                "rules+spacy",
                twin.rule if twin.extractor == "rules" else c.rule,
            )
    return out


def _sentence_drafts(text: str, i: int, si: SentenceInfo, cands: list[Candidate], parsed: object | None) -> list[Draft]:
    s = si.span
    assessed = []
    for c in cands:
        fact, why = factuality.assess(text, s.start, s.end, c.start, c.end, incident=c.slot == INCIDENT)
        if parsed is not None:
            from .syntax import refine_factuality

            fact, why = refine_factuality(parsed, s.start, c, fact, why)
        assessed.append((c, fact, why))
    killed, injured, update = casualties.sentence_totals(si.counts)
    out: list[Draft] = []

    actual_incident = [(c, f, w) for c, f, w in assessed if c.slot == INCIDENT and f == factuality.ACTUAL]
    if actual_incident:
        cue_ids = {c.cue for c, _, _ in actual_incident}
        category, rule_id = classify.incident_category(cue_ids, text, s.start, s.end, killed)
        main = _main_trigger(category, actual_incident)
        d = Draft(
            category,
            factuality.ACTUAL,
            i,
            main,
            cue_ids,
            _extractors(c for c, _, _ in actual_incident),
            f"{main.rule}>type:{rule_id}",
        )
        d.casualty_only = cue_ids <= {"casualty"}
        d.killed, d.injured, d.update = killed, injured, update
        d.hedge = factuality.hedge(text, s.start, main.start)
        _parse_roles(parsed, si, d)
        _roles(text, si, d, [c for c, _, _ in actual_incident])
        out.append(d)
    elif any(c.slot == INCIDENT for c, _, _ in assessed) and (killed is not None or injured is not None):
        # Only zero counts or negated triggers ("No one was hurt."): keep the figures for the incident before.
        c = next(c for c, _, _ in assessed if c.slot == INCIDENT)
        d = Draft("attack", factuality.NEGATED, i, c, {c.cue}, {c.extractor}, f"{c.rule}>counts-only")
        d.casualty_only = True
        d.killed, d.injured = killed, injured
        out.append(d)

    seen: set[tuple[str, str]] = set()
    for c, fact, why in assessed:
        if c.slot == INCIDENT and fact == factuality.ACTUAL:
            continue
        if c.trigger == "casualty":
            continue
        category = c.trigger
        if c.slot == INCIDENT:
            category = classify.incident_category({c.cue}, text, c.start, c.end, None)[0]
        elif category == "threat":
            category = classify.threat_category(text, c.end, s.end)
        key = (category, fact)
        if key in seen:
            continue
        seen.add(key)
        d = Draft(category, fact, i, c, {c.cue}, {c.extractor}, c.rule + (f">{why}" if why else ""))
        _parse_roles(parsed, si, d)
        _roles(text, si, d, [c])
        out.append(d)
    for d in out:
        d.place = _nearest_place(si, d.trigger)
        if d.place is not None and d.slot_incident:
            # "the towns of A, B and C ... were recaptured": one event, several places.
            d.extra_places = [
                p
                for p in si.places
                if p is not d.place
                and not p.is_country
                and p.precision == 1
                and abs(p.start - d.place.start) < 200
                and p.name != d.place.name
                and not any(p.name in q.hints for q in si.places)
            ]  # not the district they lie in
        d.when = _nearest_date(si, d.trigger)
        q = _QUANTITY.search(text, d.trigger.start, min(s.end, d.trigger.end + 60))
        if q and get_category(d.category if d.category != "territory" else "armed_clash").violent:
            value = q.group("n").lower()
            n = (
                int(value.replace(",", ""))
                if value[0].isdigit()
                else {"dozens of": 12, "scores of": 20, "hundreds of": 100}.get(value)
            )
            if n is not None:
                d.quantity = Quantity(n, q.group("unit").lower(), q.group())
    return out


def _extractors(cands: Iterable[Candidate]) -> set[str]:
    out: set[str] = set()
    for c in cands:
        out.update(c.extractor.split("+"))
    return out


@cache
def _decisive_cues() -> dict[str, set[str]]:
    from .resources import load_json

    return {r["category"]: set(r.get("any", ())) for r in reversed(load_json("typing.json")["rules"])}


def _main_trigger(category: str, items: list[tuple[Candidate, str, str | None]]) -> Candidate:
    """The evidence span: the cue that decided the category, else the first trigger."""
    decisive = _decisive_cues().get(category, set())
    for c, _, _ in items:
        if c.cue in decisive:
            return c
    return items[0][0]


def _roles(text: str, si: SentenceInfo, d: Draft, cands: list[Candidate]) -> None:
    """actor1 (who acted) and actor2 (on whom) from word order around the triggers."""
    if d.actor1 is not None and d.actor2 is not None:
        return
    people = [m for m in si.actors if not m.locative]
    if d.category == "meeting":
        _participants(text, d, people)
        return
    agents: list[ActorMention] = []
    by_agents: list[ActorMention] = []
    patients: list[ActorMention] = []
    for c in sorted(cands, key=lambda c: (c.trigger == "casualty", c.start)):
        before = [m for m in people if m.end <= c.start and not m.relation]
        after = [m for m in people if m.start >= c.end and not _CLAUSE_GAP.search(text, c.end, m.start)]
        by = next(
            (
                m
                for m in after
                if _BY_AGENT.match(text[c.end : m.start]) or c.text.lower().endswith(" by") and m.start - c.end < 8
            ),
            None,
        )
        passive = (
            bool(_PASSIVE_BEFORE.search(text[max(si.span.start, c.start - 30) : c.start]) and _PARTICIPLE.match(c.text))
            or c.trigger == "casualty"
        )
        subject = _subject(text, before, c)
        if by is not None:
            agents.append(by)
            by_agents.append(by)
            if subject is not None:
                patients.append(subject)
        elif passive:
            if subject is not None:
                patients.append(subject)
        else:
            if subject is not None:
                agents.append(subject)
            obj = next((m for m in after if m is not by and m.start - c.end < 90), None)
            if obj is not None:
                patients.append(obj)
        for m in people:
            if m.relation in ("controlled", "held") and m.start < c.start:
                patients.append(m)  # "FSA-controlled towns ... were recaptured"
    if d.actor1 is None and agents:
        # One party named twice ("the Free Syrian Army (FSA)") is not both sides of the event.
        d.actor1 = next((a for a in agents if d.actor2 is None or a.actor.name != d.actor2.actor.name), None)
        d.actor1_by = any(d.actor1 is b for b in by_agents)
    for m in patients:
        if d.actor2 is None and (d.actor1 is None or m.actor.name != d.actor1.actor.name):
            d.actor2 = m
    if d.actor1 is None and d.actor2 is not None and d.category == "armed_clash":
        other = next((m for m in patients if m.actor.name != d.actor2.actor.name), None)
        if other is not None:
            d.actor1, d.actor2 = d.actor2, other
    if d.category in ("armed_clash", "territory"):
        # A battle has two armed sides; civilians counted among the dead are not one of them.
        armed = [m for m in people if m.actor.sector in _ARMED and not m.relation]
        if d.actor1 is None or d.actor1.actor.sector not in _ARMED:
            d.actor1 = next((m for m in armed if d.actor2 is None or m.actor.name != d.actor2.actor.name), d.actor1)
        if d.actor1 is not None and (d.actor2 is None or d.actor2.actor.sector not in _ARMED):
            d.actor2 = next(
                (
                    m
                    for m in armed
                    if m.actor.name != d.actor1.actor.name
                    and m.actor.country != d.actor1.actor.country
                    or m.actor.sector != d.actor1.actor.sector
                    and m.actor.name != d.actor1.actor.name
                ),
                d.actor2,
            )
    statement = d.category in _SPEECH_ACTS
    if d.actor1 is None or statement:
        # "Iraq said it would allow the inspectors back": who says a thing is done is its source; for a
        # demand, a threat or a rejection, the speaker is its source even when another party is named
        # ("Washington declared that Beijing must drop its barriers").
        speaker = next(
            (
                m
                for m in reversed(people)
                if m.end <= d.trigger.start
                and _SAID_AFTER.match(text, m.end)
                and (d.actor2 is None or m.actor.name != d.actor2.actor.name)
            ),
            None,
        )
        if speaker is not None and (d.actor1 is None or speaker.actor.name != d.actor1.actor.name):
            if d.actor1 is not None and d.actor2 is None:
                d.actor2 = d.actor1
            d.actor1 = speaker
    if _family(d.category) == "protest":
        crowd = next((m for m in people if m.actor.sector == "PRT"), None)
        force = next((m for m in people if m.actor.sector in ("COP", "MIL")), None)
        d.actor1 = crowd or ActorMention(
            d.trigger.start, d.trigger.start, "", Actor("", "Protesters ({country})", None, "PRT"), False
        )
        d.actor2 = force if d.category != "peaceful_protest" else None


# Events a statement itself performs: whoever says it is their source.
_SPEECH_ACTS = {"request", "threat", "military_threat", "accusation", "rejection", "support", "concession"}
_SAID_AFTER = re.compile(
    r"(?:\s*,[^,;]{0,60},)?\s+(?:has |have |had |also |later |on \w+ )?(?:said|says|stated|announced|"
    r"declared|confirmed|insisted|added|told)\b(?:[^.;]{0,40}?\b(?:it|they|he|she|its|their|that)\b)",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(
    r"\w+(?:ed|en|wn|hit|shot|struck|hurt|caught|held|taken|seized|overrun|beaten|slain|"
    r"stabbed|kidnapped|abducted)\b",
    re.IGNORECASE,
)
_CLAUSE_GAP = re.compile(r"[;:,]|\b(?:said|says|after|before|while|when|because|since|which|who)\b")
_TOPIC_BEFORE = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|talk(?:s|ed)?|over|about|on|regarding|situation in)\s+(?:the\s+)?$", re.IGNORECASE
)


def _participants(text: str, d: Draft, people: list[ActorMention]) -> None:
    """The two sides of a meeting: named people or state actors, not the topics they discussed."""
    if _PASSIVE_BEFORE.search(text[max(0, d.trigger.start - 30) : d.trigger.start]) or re.match(
        r"\s+by\b", text[d.trigger.end : d.trigger.end + 4]
    ):
        # "X was discussed by the army chiefs": X is the topic, the sides are after "by".
        people = [m for m in people if m.start > d.trigger.end]
    sides = [
        m
        for m in people
        if m.actor.sector != "CVL" and not m.relation and not _TOPIC_BEFORE.search(text[max(0, m.start - 25) : m.start])
    ]
    sides = [m for m in sides if m.specific] or sides
    if not sides:
        return
    if d.actor1 is None:
        d.actor1 = sides[0]
    for m in sides:
        if m.actor.country != d.actor1.actor.country or (
            m.actor.country is None and m.actor.name != d.actor1.actor.name
        ):
            d.actor2 = d.actor2 or m
            break


def _parse_roles(parsed: object | None, si: SentenceInfo, d: Draft) -> None:
    """Subject and object from the dependency parse, where the sentence was parsed."""
    if parsed is None or d.category == "meeting":
        return  # the objects of "talk"/"discuss" are topics, not the other side
    from .syntax import roles

    agent, patient = roles(parsed, si.span.start, d.trigger)
    people = [m for m in si.actors if not m.locative and not m.relation]
    for rng, attr in ((agent, "actor1"), (patient, "actor2")):
        if rng is None:
            continue
        inside = [m for m in people if rng[0] <= m.start and m.end <= rng[1]]
        if inside:
            chosen = max(inside, key=lambda m: (m.specific, -m.start))
            setattr(d, attr, chosen)
            if attr == "actor1":
                gap = si.span.text[d.trigger.end - si.span.start : chosen.start - si.span.start]
                d.actor1_by = chosen.start >= d.trigger.end and _BY_AGENT.match(gap) is not None
    if d.actor1 is not None and d.actor2 is not None and d.actor1.actor.name == d.actor2.actor.name:
        d.actor2 = None


def _concrete(category: str) -> str:
    return "armed_clash" if category == "territory" else category


def _subject(text: str, before: list[ActorMention], c: Candidate) -> ActorMention | None:
    """The nearest actor before the trigger, unless it only stands in a "with X"/"by X" phrase."""
    for m in reversed(before):
        if c.start - m.end > 160:
            return None
        gap = text[m.end : c.start]
        if ";" in gap or _WITH_BEFORE.search(text[max(0, m.start - 30) : m.start]):
            continue
        if _OBSERVED.search(gap):
            return None  # "the OSCE mission observed 12 explosions": a witness, not the one who fired
        return m
    return None


_OBSERVED = re.compile(
    r"\b(?:observed|recorded|documented|monitored|heard|counted|registered|witnessed|reported)\b", re.IGNORECASE
)


# Where the news came from: "sources in Nairobi said ...", "officials from Goma told ...".
_SOURCE_BEFORE = re.compile(
    r"\b(?:sources?|officials?|spokesm[ae]n|spokesperson|police|authorities|residents|witnesses|"
    r"journalists?|reporters?|correspondents?|activists?|diplomats?)\s+(?:\w+\s+)?(?:in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SOURCE_SAID = re.compile(r"[\s,]+(?:\w+\s+)?(?:said|says|told|reported|added)\b")
# A sentence that opens by setting the scene: "On 2 May 2020, in X, ...", "In the town of X, ...".
_SCENE = re.compile(
    r"\W*(?:(?:on|around|between|overnight|as reported on|on or around|during|late on|early on)\b[^,;]{0,60},"
    r"\s*)?(?:in|at|near|outside|on)\s+(?:the\s+)?(?:(?:town|city|village|district|province|region|area|"
    r"state|county|municipality|neighbou?rhood)\s+of\s+)?",
    re.IGNORECASE,
)


def _nearest_place(si: SentenceInfo, c: Candidate) -> PlaceMention | None:
    if not si.places:
        return None
    text = si.span.text
    off = si.span.start
    # "sources in Nairobi said shops were burnt near Naivasha": where the news came from is not the scene
    sourced = [
        p
        for p in si.places
        if _SOURCE_BEFORE.search(text, max(0, p.start - off - 40), p.start - off)
        and _SOURCE_SAID.match(text, p.end - off)
    ]
    if sourced and len(sourced) < len(si.places):
        si = replace(si, places=[p for p in si.places if p not in sourced])
    towns = [p for p in si.places if not p.is_country]
    if towns and _SCENE.fullmatch(text, 0, towns[0].start - off) and towns[0].start < c.start:
        return towns[0]  # "On 3 June, in Cusco, farmers protested against a law passed in Lima": the scene is the place
    after = [p for p in si.places if p.start >= c.end and not _CLAUSE_GAP.search(text, c.end - off, p.start - off)]
    if len(towns) > 1 and towns[0].start < c.start and not after:
        return towns[0]
    before = [p for p in si.places if p.end <= c.start and not _CLAUSE_GAP.search(text, p.end - off, c.start - off)]
    pool = after or before or si.places
    # A town in the trigger's clause beats a country named closer ("killed in fighting between forces of the
    # Mission in Somalia and al-Shabab in the town of X").
    return min(pool, key=lambda p: (p.is_country, abs(p.start - c.end)))


def _historical(d: Draft, si: SentenceInfo, ref: date | None) -> bool:
    """History a report recalls rather than its news: an incident dated two or more years before the report
    in its own clause (see ``_dated_back``), or named by such a year ("the 2015 attacks", "killed during the
    1994 genocide"), or a span of years with no day in it ("has fought for more than 15 years", "since 2016")."""
    if ref is None:
        return False
    own = [x for x in si.dates if not x.statement and x.value]
    if _dated_back(si, ref, d.trigger.start, d.trigger.end):
        return True  # "Talks began in late 2022", "In March 2022, troops killed 400 people in Bucha"
    old = [x for x in own if x.precision in ("year", "month") and not x.relative and int(x.value[:4]) <= ref.year - 2]
    named = [x for x in old if x.text.lower().startswith("the ")]  # "the 1994 genocide"
    text = si.span.text
    base = si.span.start
    if len(d.cues) == 1 and any(
        -1 <= d.trigger.start - x.end <= 1
        or x.start > d.trigger.end
        and _DURING.fullmatch(text, d.trigger.end - base, x.start - base)
        for x in named
    ):
        return True
    if any(x.precision == "day" for x in own):
        return False  # "... gathered on Friday": today's news, whatever it recalls
    since = [
        x
        for x in old
        if x.text.lower().startswith("since")
        or text[max(0, x.start - base - 6) : x.start - base].lower().strip() == "since"
    ]
    if len(since) != len(own):
        return False
    # ... told of the trigger itself, in the perfect ("has fought since 2016", "has been the scene of
    # fighting since 2022"), not as a yardstick ("the deadliest attack since 2019") or of something else
    # ("marched ..., saying they had been ignored for decades").
    t0, t1 = d.trigger.start - base, d.trigger.end - base
    perfect = any(t0 - 40 <= m.end() and m.start() <= t1 for m in _PERFECT.finditer(text))
    spans = [(x.start - base, x.end - base) for x in since] + [m.span() for m in _SPAN_OF_YEARS.finditer(text)]
    return perfect and any(0 <= a - t1 <= 40 and not re.search(r"[,;]", text[t1:a]) for a, _ in spans)


def _dated_back(si: SentenceInfo, ref: date | None, start: int, end: int) -> bool:
    """The trigger at ``start:end`` is dated two or more years before the report, by a year or a month
    in its own clause ("Talks began in late 2022", "launched an offensive in August 2022"), and the
    sentence gives no later date. A day ("On 1 May 2018, ...") is taken as news told with a slip."""
    if ref is None:
        return False
    own = [x for x in si.dates if not x.statement and x.value]
    # "last year" counted from a statement made in the first days of a year still lies within two years
    if not own or any(x.precision == "day" or int(x.value[:4]) > ref.year - (3 if x.relative else 2) for x in own):
        return False
    x = min(own, key=lambda x: min(abs(x.start - end), abs(start - x.end)))
    text, base = si.span.text, si.span.start
    between = text[end - base : x.start - base] if x.start >= end else text[x.end - base : start - base]
    # "suspected of bombing a church in 2019", "since the faction broke away in 2012": another clause's date
    return not _CLAUSE_BREAK.search(between if x.start >= end else between.lstrip(", "))


_CLAUSE_BREAK = re.compile(
    r"[,;:()]|\b(?:when|since|after|before|while|which|who|whom|that|because|as|until|"
    r"but|\w+ing)\b",
    re.IGNORECASE,
)


_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:been\s+)?(?:\w+ly\s+)?\w+(?:ed|en|ught|un|ne)\b|\b(?:has|have|had) been\b", re.IGNORECASE
)
_DURING = re.compile(r"\s+(?:during|in|amid|since)\s+", re.IGNORECASE)  # "were killed during [the 1994 genocide]"
# "has fought for more than 15 years", "since 2009", "over the past decade": a long stretch, not one event.
_SPAN_OF_YEARS = re.compile(
    r"\b(?:for|over|in) (?:more than |over |nearly |almost |about |the (?:past|last) )?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|several|many)?\s?(?:years|decades|decade)\b|"
    r"\bsince (?:(?:early |late |mid-)?(?:19|20)\d\d|the (?:19|20)\d\ds)\b",
    re.IGNORECASE,
)


def _nearest_date(si: SentenceInfo, c: Candidate) -> DateMention | None:
    own = [d for d in si.dates if not d.statement and d.value]
    if not own:
        return None
    return min(own, key=lambda d: abs(d.start - c.start))


def _attach_followups(
    text: str, drafts: list[Draft], infos: dict[int, SentenceInfo], info: Callable[[int], SentenceInfo], spans: list
) -> list[Draft]:
    """Fold casualty-only sentences, reports of "the ensuing clash" and responsibility claims into
    the incident they follow."""
    out: list[Draft] = []
    last_incident: Draft | None = None
    for d in drafts:
        si = infos[d.sentence]
        claim = cues.first("responsibility", text, si.span.start, si.span.end)
        no_claim = cues.first("no_responsibility", text, si.span.start, si.span.end)
        anaphoric = bool(_ANAPHORIC.search(text, si.span.start, si.span.end))
        if (
            last_incident is not None
            and d.slot_incident
            and d.sentence - last_incident.sentence <= 4
            and (
                d.casualty_only
                or (claim and (anaphoric or d.category in (last_incident.category, "attack")))
                or anaphoric
                and _family(d.category) == _family(last_incident.category)
            )
        ):
            _add_casualties(last_incident, d, text, si)
            if d.factuality == factuality.ACTUAL:
                last_incident.echoes.append(d.trigger)
            if claim is not None:
                _take_claim(last_incident, si, claim.start)
            if d.factuality == factuality.ACTUAL:
                last_incident.mentions += 0 if d.casualty_only else 1
            continue
        if d.slot_incident and d.factuality == factuality.ACTUAL:
            if claim is not None:
                _take_claim(d, si, claim.start)
            if no_claim is not None and (d.actor1 is None or d.actor1.specific == 0) and not claim:
                d.evidence.append("no claim of responsibility")
            last_incident = d
        elif (
            claim is not None
            and last_incident is not None
            and d.sentence - last_incident.sentence <= 4
            and d.category in ("accusation", "threat", "military_threat")
        ):
            _take_claim(last_incident, si, claim.start)
        if d.casualty_only and d.factuality != factuality.ACTUAL:
            continue
        out.append(d)
    # A claim in a sentence with no trigger of its own ("Al Shabaab suspected.") still names the attacker.
    incidents = [d for d in out if d.slot_incident and d.factuality == factuality.ACTUAL]
    if incidents:
        used = {d.sentence for d in drafts}
        near = {i for d in incidents for i in range(d.sentence + 1, min(len(spans), d.sentence + 5))} - used
        for i in sorted(near):
            claim = cues.first("responsibility", text, spans[i].start, spans[i].end)
            prior = [d for d in incidents if d.sentence < i and i - d.sentence <= 4]
            if claim and prior:
                _take_claim(prior[-1], info(i), claim.start)
    return out


def _take_claim(d: Draft, si: SentenceInfo, claim_at: int) -> None:
    named = [m for m in si.actors if m.specific == 2 and m.actor.sector in ("REB", None) and not m.locative]
    if not named:
        named = [m for m in si.actors if m.specific and not m.locative and m.actor.sector not in _STATE]
    if not named:
        return
    best = min(named, key=lambda m: abs(m.start - claim_at))
    if d.actor1 is None or d.actor1.specific < 2 or d.actor1.actor.sector not in ("REB",):
        if d.actor1 is not None and d.actor2 is None and d.actor1.actor.name != best.actor.name:
            d.actor2 = d.actor1
        d.actor1 = best
        d.evidence.append("responsibility")


def _add_casualties(target: Draft, extra: Draft, text: str, si: SentenceInfo) -> None:
    if extra.killed is None and extra.injured is None:
        return
    also = bool(_ALSO.search(text, si.span.start, si.span.end))
    for attr in ("killed", "injured"):
        new = getattr(extra, attr)
        if new is None:
            continue
        old = getattr(target, attr)
        if old is None or (attr == "killed" and extra.update):
            setattr(target, attr, new)
            target.update = target.update or (attr == "killed" and extra.update)  # a total, not one more report
        elif also:
            setattr(target, attr, old + new)
        else:
            setattr(target, attr, max(old, new))
    if target.actor2 is None and extra.actor2 is not None:
        target.actor2 = extra.actor2


def _fill_from_context(
    drafts: list[Draft],
    info: Callable[[int], SentenceInfo],
    infos: dict[int, SentenceInfo],
    ref: date | None,
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
            near = set(range(max(0, d.sentence - 3), d.sentence)) | {i for i in infos if i < d.sentence}
            for i in sorted(near, reverse=True):
                own = [x for x in info(i).dates if not x.statement and x.value and x.precision == "day"]
                if own:
                    d.when = own[-1]
                    d.inferred.add("when")
                    break
        if d.place is None:
            for i in range(d.sentence - 1, max(-1, d.sentence - 4), -1):
                if i in elsewhere:
                    break
                named = [p for p in info(i).places if not p.bare]
                towns = [p for p in named if not p.is_country] or named
                if towns:
                    d.place = towns[0]
                    d.inferred.add("place")
                    break
        if d.place is None and d.slot_incident:
            # "A grenade was thrown at an army truck. The truck was crossing X market." A sentence
            # that tells an event of its own places that event, not this one.
            for i in range(d.sentence + 1, min(n_sentences, d.sentence + 3)):
                if i in told:
                    break
                towns = [p for p in info(i).places if not p.bare and not p.is_country]
                if towns:
                    d.place = towns[0]
                    d.inferred.add("place")
                    break


def _compatible_actor(a: ActorMention | None, b: ActorMention | None) -> bool:
    if a is None or b is None or a.actor.name == b.actor.name:
        return True
    if (
        a.actor.country
        and a.actor.country == b.actor.country
        and (a.specific < 2 or b.specific < 2 or a.actor.sector in _STATE and b.actor.sector in _STATE)
    ):
        return True
    return a.specific == 0 or b.specific == 0


_SYMMETRIC = {"armed_clash", "meeting", "agreement", "ceasefire", "cooperation"}
_GATHERINGS = {"meeting", "agreement", "ceasefire", "cooperation"}


def _same_parties(a: Draft, b: Draft) -> bool:
    """Two reports of a meeting name at least one common side (by country), or one names nobody."""

    def sides(d: Draft) -> set[str]:
        return {m.actor.country or m.actor.name for m in (d.actor1, d.actor2) if m is not None and m.specific}

    x, y = sides(a), sides(b)
    return not x or not y or bool(x & y)


# Protest categories in order of severity: reports of one protest merge into the most severe reading.
_PROTEST_ORDER = [
    "peaceful_protest",
    "protest_with_intervention",
    "violent_demonstration",
    "excessive_force_against_protesters",
]


def _same_kind(a: str, b: str) -> bool:
    return a == b or a in _PROTEST_ORDER and b in _PROTEST_ORDER


def _same_place(a: Draft, b: Draft, texts: dict[int, str]) -> bool:
    p, q = a.place, b.place
    if p is None or q is None or "place" in a.inferred or "place" in b.inferred:
        return True
    if p.country and q.country and p.country != q.country:
        return False
    if p.name == q.name or p.is_country or q.is_country:
        return True
    # "in Borno" (headline) and "near Marte, in Borno State" (body): one names the other's surroundings.
    return p.name in texts.get(b.sentence, "") or q.name in texts.get(a.sentence, "")


def _merge_mentions(drafts: list[Draft], texts: dict[int, str], text: str) -> list[Draft]:
    """Repeated reports of one event in a document (headline and body, two statements) become one."""
    out: list[Draft] = []
    for d in drafts:
        twin = None
        for o in out:
            if not _same_kind(o.category, d.category) or o.factuality != d.factuality:
                continue
            if d.category in _GATHERINGS:
                if not _same_parties(o, d):
                    continue
            elif not (
                _compatible_actor(o.actor1, d.actor1)
                and _compatible_actor(o.actor2, d.actor2)
                or d.category in _SYMMETRIC
                and _compatible_actor(o.actor1, d.actor2)
                and _compatible_actor(o.actor2, d.actor1)
            ):
                continue
            if (
                o.when
                and d.when
                and o.when.value
                and d.when.value
                and o.when.value != d.when.value
                and "when" not in o.inferred
                and "when" not in d.inferred
                and not (o.when.value.startswith(d.when.value) or d.when.value.startswith(o.when.value))
            ):
                continue
            if not _same_place(o, d, texts):
                continue
            twin = o
            break
        if twin is None:
            out.append(d)
            continue
        twin.echoes += [d.trigger, *d.echoes]
        _absorb(
            twin,
            d,
            background=bool(_BACKGROUND.search(text, max(0, d.trigger.start - 60), d.trigger.start)),
            additive=d.sentence > twin.sentence
            and bool(_MORE_VICTIMS.search(texts[d.sentence]))
            and not _ATTACKERS.search(texts[d.sentence]),
        )
    return out


# "... protested, after the riots of the previous week": an earlier event told as background.
_BACKGROUND = re.compile(r"\b(?:after|following|since|like|previous|earlier|recent)\b[^.;:]{0,50}$", re.IGNORECASE)


def _richness(d: Draft) -> tuple[int, ...]:
    return (
        sum(x is not None for x in (d.actor1, d.actor2, d.place, d.when, d.quantity)) - len(d.inferred),
        (d.actor1.specific if d.actor1 else 0) + (d.actor2.specific if d.actor2 else 0),
        -(d.place.precision if d.place else 4),
    )


def _absorb(keep: Draft, other: Draft, background: bool = False, additive: bool = False) -> None:
    """Fold ``other`` into ``keep``; ``additive``: a later sentence tells of more victims ("a second
    woman was also stabbed"), whose figures add to the first rather than restate them."""
    severest = keep.category
    if keep.category in _PROTEST_ORDER and other.category in _PROTEST_ORDER and not background:
        severest = max(keep.category, other.category, key=_PROTEST_ORDER.index)
    keep.mentions += other.mentions
    keep.extractors |= other.extractors
    if other.hedge is None and not background and other.slot_incident and other.factuality == factuality.ACTUAL:
        keep.hedge = None  # told plainly elsewhere in the report
    if not background and _richness(other) > _richness(keep):
        # The richer report gives the evidence and the fields; the other fills what it lacks.
        for attr in (
            "category",
            "sentence",
            "trigger",
            "cues",
            "rule",
            "actor1",
            "actor2",
            "quantity",
            "place",
            "when",
            "extra_places",
        ):
            mine, theirs = getattr(keep, attr), getattr(other, attr)
            setattr(keep, attr, theirs if theirs is not None else mine)
        keep.inferred = set(other.inferred)
    else:
        for attr in ("actor1", "actor2", "quantity", "place", "when"):
            if getattr(keep, attr) is None:
                setattr(keep, attr, getattr(other, attr))
        if (
            "responsibility" in other.evidence
            and other.actor1 is not None
            and (keep.actor1 is None or keep.actor1.specific < other.actor1.specific)
        ):
            # "Assailants raided X. ... Police blamed the Taliban.": the claim names them.
            if keep.actor1 is not None and keep.actor2 is None and keep.actor1.actor.name != other.actor1.actor.name:
                keep.actor2 = keep.actor1 if keep.actor1.specific else None
            keep.actor1 = other.actor1
            keep.evidence.append("responsibility")
    for attr in ("killed", "injured"):
        a, b = getattr(keep, attr), getattr(other, attr)
        if b is not None and a is not None and b and additive and not other.update:
            setattr(keep, attr, a + b)
        elif b is not None and (a is None or b > a or other.update):
            setattr(keep, attr, b)
    if keep.category != severest:
        keep.category = severest


# Killing one chosen person (an off-duty colonel) is an attack on him, not a battle with his unit.
_TARGETED_KILLING = re.compile(r"assassinat|stabb|behead|execut|murder|hack|lynch|kidnap|abduct", re.IGNORECASE)
# A policeman shot at home or off duty was not in a battle.
_OFF_DUTY = re.compile(
    r"\b(?:off[- ]duty|(?:at|in front of|inside|outside|near) (?:his|her|their) (?:own )?(?:homes?|houses?|residences?))\b",
    re.IGNORECASE,
)
_UNKNOWN_PERPETRATOR_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _finish(
    doc: Document, d: Draft, si: SentenceInfo, doc_country: str | None, sites: dict[tuple[int, int], Site | None]
) -> Event:
    place = d.place
    if place is not None and not place.is_country and sites.get((place.start, place.end)) is None:
        town = _reference_town(place, si)
        if town is not None and town.name not in place.hints:
            # "in Zorbasie near Polokwane": the village keeps its name; the town that places it is its district
            # (and, when the gazetteer knows it, gives the point: see _town_around).
            place = replace(place, hints=(*place.hints, town.name))
    site = _site_of(place, si, sites, enclose=True) if place is not None else None
    event_country = (site.country if site else None) or (place.country if place else None) or doc_country
    if site is None and (place is None or not (place.is_country or place.hints)):
        # "in Guatemala City, ... Others gathered in front of the National Palace": an unplaced event, or
        # one at a spot the gazetteer lacks, happened where the report last put us.
        site = _scene(d.trigger.start, sites, event_country, doc.text)
        if site is not None and place is None:
            place = PlaceMention(
                "", d.trigger.start, d.trigger.start, site.name, site.country, site.admin1, False, geocode.NEAR
            )
    a1 = actor_mod.localize(d.actor1.actor, event_country) if d.actor1 else None
    a2 = actor_mod.localize(d.actor2.actor, event_country) if d.actor2 else None
    category = d.category
    if category == "territory":
        category = (
            "government_regains_territory"
            if a1 is not None and a1.sector in _STATE
            else "non_state_overtakes_territory"
        )
    if (
        category == "attack"
        and d.actor1_by
        and a1 is not None
        and a1.sector == "CVL"
        and a2 is not None
        and a2.sector in _ARMED
    ):
        # "police was shot by a man": whoever shoots at the police is an armed actor, if not a named one.
        a1 = actor_mod.localize(actor_mod.UNIDENTIFIED, event_country)
    if (
        category == "attack"
        and a2 is not None
        and a2.sector in _ARMED
        and (a1 is None or a1.sector != "CVL")
        and not _TARGETED_KILLING.match(d.trigger.text)
        and not _OFF_DUTY.search(si.span.text)
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
    if a1 is None and cat.acled is not None and cat.acled.event_type in _UNKNOWN_PERPETRATOR_TYPES:
        # ACLED's convention: violence by no one named is by an "Unidentified Armed Group (Country)".
        a1 = actor_mod.localize(actor_mod.UNIDENTIFIED, event_country)
    killed, injured = (d.killed, d.injured) if cat.violent or d.casualty_only or d.killed or d.injured else (None, None)
    if classify.figures_elsewhere(d.rule.rpartition(">type:")[2]):
        killed = injured = None  # "arrested over the killing of a chief": that death belongs to the killing
    location = None
    if place is not None:
        location = _place(place, event_country, site)
        if (
            site is None
            and not place.is_country
            and not place.hints
            and _INSTITUTION_NAME.fullmatch(place.name)
            and (c := country(event_country)) is not None
        ):
            # "in front of the National Palace": a building the gazetteer cannot place, which the capital holds
            seat = _seat_of_government(si, c, cat.violent)
            location = replace(seat, text=place.text) if seat is not None else location
    elif event_country:
        c = country(event_country)
        if c is not None:
            location = _seat_of_government(si, c, cat.violent) or Place("", c.name, c.iso3, None, None, c.lat, c.lon, 3)
    when = None
    if d.when is not None:
        when = When(d.when.text, d.when.value, d.when.precision)
    elif doc.date:
        when = When("", doc.date, "day")
    trigger = Span(d.trigger.text, d.trigger.start, d.trigger.end)
    sentence = si.span
    extractor = "+".join(x for x in ("rules", "spacy") if x in d.extractors) or "rules"
    confidence = _confidence(d, a1, location, when)
    summary = _summary(cat.verb, category, a1, a2, d.quantity, location)
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
            _place(p, event_country, _site_of(p, si, sites, enclose=bool(p.hints))) for p in [place, *d.extra_places]
        )
        if d.extra_places and place
        else (),
    )


# National institutions sit in the capital: an event at one, in a report that names no town, happened
# there (ACLED codes such events to the capital). The institution must be where the event was ("outside
# Parliament", "Ministry of Health staff"), not who spoke of it ("the Ministry of Defence said").
_INSTITUTION = (
    r"(?:parliament|national assembly|senate|presiden(?:cy|tial palace)|national palace|state house|"
    r"prime minister's office|"
    r"(?:ministry|ministries) of (?:the )?[A-Z][a-z]+(?: and [A-Z][a-z]+)?|supreme court|constitutional court|"
    r"central bank|(?:\w+ ){1,4}(?:headquarters|head office)|university of (?:the )?[A-Z][a-z]+)"
)
_INSTITUTION_NAME = re.compile(_INSTITUTION, re.IGNORECASE)
_AT_INSTITUTION = re.compile(
    rf"\b(?:outside|in front of|at|inside|near|opposite|to|into|stormed|besieged|surrounded|"
    rf"blocked|occupied) (?:the )?(?P<at>{_INSTITUTION})|\b(?P<of>{_INSTITUTION})'?s? "
    rf"(?:workers|staff|employees|students|lecturers|officials|personnel)\b",
    re.IGNORECASE,
)
_NATIONAL_MEASURE = re.compile(
    r"\b(?:declared|imposed|extended|renewed|lifted|enforc\w+) (?:\w+ ){0,6}?"
    r"(?:state of emergency|nationwide curfew|national curfew|national lockdown)",
    re.IGNORECASE,
)
_NATIONAL_NAMED = re.compile(r"headquarters|head office|university", re.IGNORECASE)


def _seat_of_government(si: SentenceInfo, c: Country, cat_violent: bool) -> Place | None:
    """The capital, for an event the sentence puts at a national institution or that is a national measure."""
    if not c.capital or c.capital_lat is None:
        return None
    text = si.span.text
    # A measure is where the government sits, not the attacks it answers ("after a string of attacks").
    found = _NATIONAL_MEASURE.search(text) is not None and not cat_violent
    for m in _AT_INSTITUTION.finditer(text):
        name = m.group("at") or m.group("of")
        if not _NATIONAL_NAMED.search(name):
            found = True
        else:
            # A headquarters or a university is national only by name: "the Kenyan Teachers' Union
            # headquarters", "University of Zambia", not "the party headquarters".
            lo, hi = si.span.start + m.start(), si.span.start + m.end()
            found = (
                any(
                    a.kind in ("country", "demonym") and a.value.iso3 == c.iso3 and lo <= a.start and a.end <= hi
                    for a in si.atoms
                )
                or re.search(r"\bnational\b", name, re.IGNORECASE) is not None
            )
        if found:
            break
    if not found:
        return None
    site = geocode.resolve(c.capital, countries=(c.iso3,), strict=True)
    admin1 = site.admin1 if site is not None and site.country == c.iso3 else None
    return Place("", c.capital, c.iso3, admin1, None, c.capital_lat, c.capital_lon, geocode.REGION)


SCENE_REACH = 400  # characters: about the paragraph a report sets its scene in


# "Gunmen shot a farmer. In a separate attack, gunmen abducted two traders in Kano.": what follows such words
# is another incident, whose place is not the first one's.
_ANOTHER_INCIDENT = re.compile(
    r"\b(?:separate(?:ly)?|another (?:attack|incident|raid|clash)|elsewhere|meanwhile|"
    r"in a (?:second|similar|related) (?:attack|incident|raid))\b",
    re.IGNORECASE,
)


def _scene(at: int, sites: dict[tuple[int, int], Site | None], country_code: str | None, text: str) -> Site | None:
    """The town or district the document named last before ``at`` (else first after it, unless another
    incident is told in between), as a place near."""
    known = [
        (span, s)
        for span, s in sites.items()
        if s is not None
        and s.kind in ("town", "nearby", "admin2")
        and (country_code is None or s.country == country_code)
        and abs(span[0] - at) <= SCENE_REACH
        and (span[0] < at or not _ANOTHER_INCIDENT.search(text, at, span[0]))
    ]
    if not known:
        return None
    span, s = min(known, key=lambda k: (k[0][0] > at, abs(k[0][0] - at)))
    return replace(s, kind="nearby") if s.kind == "town" else s


def _site_of(
    p: PlaceMention, si: SentenceInfo, sites: dict[tuple[int, int], Site | None], *, enclose: bool
) -> Site | None:
    """The gazetteer entry of ``p``; with ``enclose``, else the town around it that its sentence names."""
    site = sites.get((p.start, p.end))
    if site is None and enclose and not p.is_country:
        site = _town_around(p, si, sites)
    return site


def _reference_town(p: PlaceMention, si: SentenceInfo) -> PlaceMention | None:
    """The town a village the gazetteer lacks is placed by ("in Zorbasie near Polokwane", "Zorbayma, 12 km east of
    Nyala"), which ACLED codes as the event's location at precision 2."""
    text, base = si.span.text, si.span.start
    for q in si.places:
        if q.start >= p.end and not q.is_country and _NEAR_TOWN.fullmatch(text, p.end - base, q.start - base):
            return q
    return None


# between a village and the town that places it: " near ", ", 10kms east of ", " village, close to the town of "
_NEAR_TOWN = re.compile(
    r"(?:\s+(?:village|hamlet|settlement|area|locality))?,?\s+(?:(?:just|about|some)\s+)?(?:near|close to|"
    r"next to|outside|(?:\d+(?:\.\d+)?|a few|several)\s*(?:km|kms|kilometers|kilometres|miles|mi)\.?\s+"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|from|away from))"
    r"\s+(?:the\s+)?(?:(?:town|city|village|camp)\s+of\s+)?",
    re.IGNORECASE,
)


def _town_around(p: PlaceMention, si: SentenceInfo, sites: dict[tuple[int, int], Site | None]) -> Site | None:
    """A place the gazetteer lacks (a neighbourhood) lies in the town its sentence also names
    ("in Mombasa, a trader was shot in the Kisauni market area")."""
    known = [
        (q, sites.get((q.start, q.end)))
        for q in si.places
        if q is not p and not q.is_country and (q.start < p.start or q.start - p.end < 60)
    ]  # "in Zorbatown village in Djugu territory"
    known = [(q, s) for q, s in known if s is not None]
    if not known:
        return None
    q, s = min(known, key=lambda qs: (qs[0].start > p.start, abs(qs[0].start - p.start)))
    return replace(s, kind="nearby") if s.kind == "town" else s


def _mentions(
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
            if _dated_back(infos[c.sentence], ref, c.start, c.end):
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


def _place(p: PlaceMention, fallback_country: str | None, site: Site | None) -> Place:
    if site is not None and not p.is_country:
        # A town keeps the gazetteer's spelling; a place found only as its district keeps the text's name.
        name = site.name if site.kind == "town" else p.name
        if site.kind == "nearby" and site.admin2 is None:
            site = replace(site, admin2=site.name)  # the town it is part of or next to, as its district
        # Only the country known: the province the text names is still the best admin1 we have.
        admin1 = site.admin1 or (p.admin1 if site.kind == "country" else None)
        admin2 = site.admin2
        if admin2 is None and site.kind in ("admin1", "country"):
            # Placed only by its province: the district the text writes beside it ("Zorbadow village in
            # Mogadishu-Daynile district (Daynile, Banadir)") is still the best admin2 we have.
            admin2 = next(
                (
                    h
                    for h in p.hints
                    if _name_key(h) not in (_name_key(admin1), _name_key(site.name)) and not places.is_country_name(h)
                ),
                None,
            )
        precision = max(p.precision, geocode.precision(site))
        if p.precision == geocode.NEAR and p.level is not None and site.kind == p.level:
            precision = geocode.NEAR  # "southern Helmand province": a part of the region, as ACLED codes it
        return Place(p.text, name, site.country, admin1, admin2, site.lat, site.lon, precision)
    iso = p.country or fallback_country
    c = country(iso)
    # Unknown to the gazetteer: the district the text puts it in ("Kailenge village in the Walikale area").
    admin2 = next((h for h in p.hints if h != p.admin1 and not places.is_country_name(h)), None)
    if c is None:
        # Neither the place nor its country is known: no point, and no claim to know the town.
        return Place(p.text, p.name, iso, p.admin1, admin2, None, None, geocode.REGION)
    if not p.is_country and c.capital and p.name.lower() == c.capital.lower():
        return Place(p.text, p.name, iso, p.admin1, None, c.capital_lat, c.capital_lon, p.precision)
    # A place the gazetteer lacks keeps its name, at the country's centre and the country's precision.
    return Place(p.text, p.name, iso, p.admin1, admin2, c.lat, c.lon, geocode.REGION)


def _name_key(name: str | None) -> str:
    return geocode.key(name) if name else ""


def _confidence(d: Draft, a1: Actor | None, location: Place | None, when: When | None) -> float:
    score = 0.45
    score += 0.15 if len(d.extractors) > 1 else 0.0
    score += 0.1 if a1 is not None else 0.0
    score += 0.1 if location is not None else 0.0
    score += 0.05 if when is not None and when.text else 0.0
    score += 0.05 if d.mentions > 1 else 0.0
    score -= 0.15 if d.casualty_only else 0.0
    return round(min(max(score, 0.05), 0.99), 2)


def _summary(
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


def extract_documents(docs: Iterable[Document], **options: object) -> Iterator[Event]:
    for doc in docs:
        yield from extract_document(doc, **options)  # type: ignore[arg-type]
