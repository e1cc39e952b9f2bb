"""Which countries a document is about, and the gazetteer site of each place it names.

Owns: the document's ranked countries (what its places and actors name most), the gazetteer reading
of every place mention in that light, and the document's own country. Sets no draft field: the
scene stage reads ``Sites`` to drop names that are no places, and the records stage to place events.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from . import geocode, places
from .draft import SentenceInfo
from .geocode import Site
from .places import PlaceMention

SiteMap = dict[tuple[int, int], Site | None]


@dataclass(slots=True)
class Sites:
    """Gazetteer sites by the (start, end) of their mention; the countries the document names, ranked."""

    by_span: SiteMap
    ranked: tuple[str, ...]
    votes: Counter[str]

    def of(self, start: int, end: int) -> Site | None:
        return self.by_span.get((start, end))

    def spots(self, infos: dict[int, SentenceInfo]) -> frozenset[tuple[int, int]]:
        """The places named in ``infos`` that the gazetteer does not know and the text calls a square, a road
        or a quarter: spots in a town (``merging.Spots``)."""
        return frozenset(
            (p.start, p.end)
            for si in infos.values()
            for p in si.places
            if (p.start, p.end) in self.by_span
            and self.of(p.start, p.end) is None
            and places.names_spot(si.span.text, p.start - si.span.start, p.end - si.span.start)
        )

    def document_country(self) -> str | None:
        """The country the document's places, actors and resolved sites name most."""
        votes = Counter(self.votes)
        for site in self.by_span.values():
            if site is not None:
                votes[site.country] += 1
        return votes.most_common(1)[0][0] if votes else None


def read_sites(infos: dict[int, SentenceInfo], skip: set[int]) -> Sites:
    """Rank the countries named in ``infos`` (sentences in ``skip`` do not vote), then resolve every place."""
    votes, only_in = _votes(infos, skip)
    ranked = tuple(c for c, _ in votes.most_common())
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
    return Sites(resolve_sites(infos, ranked), ranked, votes)


def _votes(infos: dict[int, SentenceInfo], skip: set[int]) -> tuple[Counter[str], Counter[str]]:
    """Votes for the document's country, and the countries that alone have a town of a name read."""
    votes: Counter[str] = Counter()
    only_in: Counter[str] = Counter()
    for i, si in infos.items():
        if i in skip:
            continue
        for p in si.places:
            if p.country:
                votes[p.country] += 2
            elif not p.bare:
                cands = [s for s in geocode.candidates(p.name) if geocode.fits(s, p.hints)]
                found = {s.country for s in cands}
                if len(found) == 1:
                    only_in[found.pop()] += 1
                    if any(s.population >= 100_000 or s.kind == "admin1" for s in cands):
                        # A city or province known well and only in one country ("Idleb") names it.
                        votes[cands[0].country] += 1
        for a in si.actors:
            if a.actor.country and a.specific:
                votes[a.actor.country] += 1
    return votes, only_in


def resolve_sites(infos: dict[int, SentenceInfo], ranked: tuple[str, ...]) -> SiteMap:
    """Gazetteer entries of the places the document names, read in the light of its countries.

    Places written with their province or country ("X (District, Province)") are resolved first;
    their countries then help read the bare names.
    """
    out: SiteMap = {}
    anchors: dict[int, list[Site]] = {}
    for anchored in (True, False):
        for i in sorted(infos):
            for p in infos[i].places:
                if p.is_country or (p.start, p.end) in out or anchored != bool(p.hints or p.country):
                    continue
                site = _site(p, infos[i], ranked)
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
    _near_villages(infos, ranked, out)
    return out


def _near_villages(infos: dict[int, SentenceInfo], ranked: tuple[str, ...], out: SiteMap) -> None:
    """A place left at its district's or province's point (or unread) whose name a village shares within
    50 km of a town the report names is that village: "clashes in Zorba, near Kandortown"."""
    towns = [s for s in out.values() if s is not None and s.kind == "town"]
    if not ranked or not towns:
        return  # with no country to go by, no village is looked for near the report's towns
    for si in infos.values():
        for p in si.places:
            span = (p.start, p.end)
            if span not in out or p.is_country or p.bare:
                continue
            site = out[span]
            if site is not None and site.kind == "town":
                continue
            found = geocode.village_near(p.name, ranked[0], [t for t in towns if t.name != p.name])
            if found is not None:
                out[span] = found


def _site(p: PlaceMention, si: SentenceInfo, ranked: tuple[str, ...]) -> Site | None:
    # A country written with the place ("Tripoli, Lebanon", "Beirut's Hamra") is the only one read.
    prefer = (p.country,) if p.country else ranked
    site = geocode.resolve(
        p.name, countries=prefer, hints=p.hints, strict=bool(prefer), respell=not p.bare, level=p.level
    )
    if p.bare and site is not None:
        building = places.names_building(si.span.text, p.end - si.span.start)
        if not known_place(site, ranked, building):
            return None
    return site


def known_place(site: Site, ranked: tuple[str, ...], building: bool = False) -> bool:
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
