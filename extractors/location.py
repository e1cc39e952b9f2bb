"""From a place mention and its gazetteer site to the ``Place`` of a record.

Owns the choice of the scene when the sentence names none (the report's setting within reach, the
seat of government for a national institution) and the names, admin areas, point and precision of
a ``Place``. Used by ``records``; sets no draft field. The English words it reads are in
``data/location_words.json``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import geocode, places
from .draft import SentenceInfo
from .event import Place
from .gazetteer import Country, country
from .geocode import Site
from .places import PlaceMention
from .words import choices

_FILE = "location_words.json"


def _any(key: str) -> str:
    """The list ``key`` of ``data/location_words.json`` as regex alternatives, in the order written."""
    return choices(_FILE, key)


# National institutions sit in the capital: an event at one, in a report that names no town, happened
# there (ACLED codes such events to the capital). The institution must be where the event was ("outside
# Parliament", "Ministry of Health staff"), not who spoke of it ("the Ministry of Defence said").
INSTITUTION = f"(?:{_any('institutions')})"


INSTITUTION_NAME = re.compile(INSTITUTION, re.IGNORECASE)


AT_INSTITUTION = re.compile(
    rf"\b(?:{_any('at_institution')}) (?:the )?(?P<at>{INSTITUTION})|\b(?P<of>{INSTITUTION})'?s? "
    rf"(?:{_any('institution_staff')})\b",
    re.IGNORECASE,
)


NATIONAL_MEASURE = re.compile(
    rf"\b(?:{_any('measure_verbs')}) (?:\w+ ){{0,6}}?(?:{_any('national_measures')})",
    re.IGNORECASE,
)


NATIONAL_NAMED = re.compile(_any("national_by_name"), re.IGNORECASE)


NATIONAL_WORD = re.compile(rf"\b(?:{_any('national_words')})\b", re.IGNORECASE)


def seat_of_government(si: SentenceInfo, c: Country, cat_violent: bool) -> Place | None:
    """The capital, for an event the sentence puts at a national institution or that is a national measure."""
    if not c.capital or c.capital_lat is None:
        return None
    text = si.span.text
    # A measure is where the government sits, not the attacks it answers ("after a string of attacks").
    found = NATIONAL_MEASURE.search(text) is not None and not cat_violent
    for m in AT_INSTITUTION.finditer(text):
        name = m.group("at") or m.group("of")
        if not NATIONAL_NAMED.search(name):
            found = True
        else:
            # A headquarters or a university is national only by name: "the Kenyan Teachers' Union
            # headquarters", "University of Zambia", not "the party headquarters".
            lo, hi = si.span.start + m.start(), si.span.start + m.end()
            found = (
                any(
                    a.kind in ("country", "demonym")
                    and getattr(a.value, "iso3", None) == c.iso3
                    and lo <= a.start
                    and a.end <= hi
                    for a in si.atoms
                )
                or NATIONAL_WORD.search(name) is not None
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
ANOTHER_INCIDENT = re.compile(rf"\b(?:{_any('another_incident')})\b", re.IGNORECASE)


def scene(at: int, sites: dict[tuple[int, int], Site | None], country_code: str | None, text: str) -> Site | None:
    """The town or district the document named last before ``at`` (else first after it, unless another
    incident is told in between), as a place near."""
    known = [
        (span, s)
        for span, s in sites.items()
        if s is not None
        and s.kind in ("town", "nearby", "admin2")
        and (country_code is None or s.country == country_code)
        and abs(span[0] - at) <= SCENE_REACH
        and (span[0] < at or not ANOTHER_INCIDENT.search(text, at, span[0]))
    ]
    if not known:
        return None
    span, s = min(known, key=lambda k: (k[0][0] > at, abs(k[0][0] - at)))
    return replace(s, kind="nearby") if s.kind == "town" else s


def site_of(
    p: PlaceMention, si: SentenceInfo, sites: dict[tuple[int, int], Site | None], *, enclose: bool
) -> Site | None:
    """The gazetteer entry of ``p``; with ``enclose``, else the town around it that its sentence names."""
    site = sites.get((p.start, p.end))
    if site is None and enclose and not p.is_country:
        site = town_around(p, si, sites)
    return site


def reference_town(p: PlaceMention, si: SentenceInfo) -> PlaceMention | None:
    """The town a village the gazetteer lacks is placed by ("in Zorbasie near Polokwane", "Zorbayma, 12 km east of
    Nyala"), which ACLED codes as the event's location at precision 2."""
    text, base = si.span.text, si.span.start
    for q in si.places:
        if q.start >= p.end and not q.is_country and NEAR_TOWN.fullmatch(text, p.end - base, q.start - base):
            return q
    return None


# between a village and the town that places it: " near ", ", 10kms east of ", " village, close to the town of "
NEAR_TOWN = re.compile(
    rf"(?:\s+(?:{_any('village_words')}))?,?\s+(?:(?:{_any('approximations')})\s+)?(?:{_any('near_words')}|"
    rf"(?:\d+(?:\.\d+)?|{_any('vague_counts')})\s*(?:{_any('distance_units')})\.?\s+"
    rf"(?:(?:{_any('directions')})\s+of|{_any('away_from')}))"
    rf"\s+(?:the\s+)?(?:(?:{_any('town_words')})\s+of\s+)?",
    re.IGNORECASE,
)


def town_around(p: PlaceMention, si: SentenceInfo, sites: dict[tuple[int, int], Site | None]) -> Site | None:
    """A place the gazetteer lacks (a neighbourhood) lies in the town its sentence also names
    ("in Mombasa, a trader was shot in the Kisauni market area")."""
    known = [
        (q, sites.get((q.start, q.end)))
        for q in si.places
        if q is not p and not q.is_country and (q.start < p.start or q.start - p.end < 60)
    ]  # "in Zorbatown village in Djugu territory"
    placed = [(q, s) for q, s in known if s is not None]
    if not placed:
        return None
    q, s = min(placed, key=lambda qs: (qs[0].start > p.start, abs(qs[0].start - p.start)))
    return replace(s, kind="nearby") if s.kind == "town" else s


def to_place(p: PlaceMention, fallback_country: str | None, site: Site | None) -> Place:
    if site is not None and not p.is_country:
        return _from_site(p, site)
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


def _from_site(p: PlaceMention, site: Site) -> Place:
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
        skip = (name_key(admin1), name_key(site.name))
        admin2 = next((h for h in p.hints if name_key(h) not in skip and not places.is_country_name(h)), None)
    precision = max(p.precision, geocode.precision(site))
    if p.precision == geocode.NEAR and p.level is not None and site.kind == p.level:
        precision = geocode.NEAR  # "southern Helmand province": a part of the region, as ACLED codes it
    return Place(p.text, name, site.country, admin1, admin2, site.lat, site.lon, precision)


def name_key(name: str | None) -> str:
    return geocode.key(name) if name else ""
