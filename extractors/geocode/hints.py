"""What the names written beside a place say about which namesake is meant.

"Kotri (Jamshoro, Sindh)", "Tripoli, Lebanon": admin, country or town names next to a place. This module
decides which country they agree on, whether they contradict a namesake, and which enclosing area to
fall back on when the place itself is unknown ("a village in Idleb province").
"""

from __future__ import annotations

from dataclasses import replace

from .areas import areas_named, bare, candidates, within
from .names import Site, distance, key, letters
from .spelling import spelled_alike


def hint_countries(hints: tuple[str, ...]) -> tuple[str, ...]:
    """The one country most of the admin names written beside a place belong to, if there is one."""
    votes: dict[str, int] = {}
    for h in hints:
        weight: dict[str, int] = {}
        for a in _areas_of_hint(h, len(hints)):
            # A province or country says more than a county of the same name elsewhere ("Delta").
            weight[a.country] = max(weight.get(a.country, 0), 1 if a.kind == "admin2" else 2)
        for c, w in weight.items():
            votes[c] = votes.get(c, 0) + w
    if not votes:
        return ()
    best = max(votes.values())
    top = [c for c, v in votes.items() if v == best]
    return (top[0],) if len(top) == 1 else ()


def _areas_of_hint(h: str, count: int) -> list[Site]:
    found = areas_named(h)
    if not found and count == 1:
        # "X district in Al-Arish": the one city so named says more than a district elsewhere spelled
        # nearly so ("Al A'rsh", Yemen). (Admin names in brackets are read as admin names.)
        found = [
            t
            for t in candidates(h)
            if t.kind == "town" and t.population >= 100_000 and letters(key(t.name)) == letters(key(h))
        ]
    return found or [a for a in areas_named(h, loose=True) if spelled_alike(h, a)]


def contradicted(s: Site, hints: tuple[str, ...], areas: list[Site]) -> bool:
    """Do the names written beside ``s`` place it elsewhere in its own country?"""
    if any(a.kind != "country" and a.country == s.country for a in areas):
        # A province or district of its country that it is not in: "Tudun Wada (Kaduna North LGA, Kaduna)"
        # is not the one in Kano, even when that one is the only one we know.
        return True
    for h in hints:
        towns = [t for t in candidates(h) if t.kind == "town" and t.country == s.country]
        if towns and not areas_named(h) and all(distance(t, s) > 60 for t in towns):
            return True
    return False


def enclosing(hints: tuple[str, ...], countries: tuple[str, ...], name: str = "") -> Site | None:
    """The first of "(District, Province)" that we know: a district, else a town of that name (which is
    near), else the province or country. Each must agree with the names written after it."""
    rank = {c: i for i, c in enumerate(countries)}
    for k, h in enumerate(hints):
        # An admin area is ruled out only by names we know ("Akre district of Ninewa": our admin1 is
        # "Ninawa"); a town of that name must fit every later name, known or not ("Mambasa, Ituri" is not
        # Kenya's Mombasa).
        raw = tuple(bare(x) for x in hints[k + 1 :] if len(bare(x)) > 2)
        later = [a for a in (areas_named(x) for x in raw) if a]
        unknown = [x for x in raw if not areas_named(x)]
        areas = _areas_agreeing(h, later, rank, anywhere=key(h) != key(name))
        towns = _towns_agreeing(h, later, unknown, rank)
        if areas or towns:
            return _most_specific(areas, towns, rank)
    return None


def _areas_agreeing(h: str, later: list[list[Site]], rank: dict[str, int], *, anywhere: bool) -> list[Site]:
    """Areas called ``h`` that agree with the names after it. A variant spelling counts inside the
    document's countries; elsewhere only when close, and never for a district named like the place itself
    (``anywhere`` false: "Swabi (Swabi, KPK)" is not Germany's Swabia)."""
    return [a for a in areas_named(h) if a.kind == "country" or _agrees(a, later)] or [
        a
        for a in areas_named(h, loose=True)
        if (a.country in rank or anywhere and spelled_alike(h, a)) and _agrees(a, later)
    ]


def _towns_agreeing(h: str, later: list[list[Site]], unknown: list[str], rank: dict[str, int]) -> list[Site]:
    """Towns called ``h`` (as places near the one meant) that agree with the names after it, known or not."""
    return [
        replace(s, kind="nearby")
        for s in candidates(h)
        if s.kind == "town"
        and _agrees(s, later)
        and (not unknown or s.country in rank or any(within(x, s) for x in unknown))
    ]


def _agrees(s: Site, later: list[list[Site]]) -> bool:
    """Does ``s`` lie in one of the areas of each name written after it?"""
    return all(
        any(a.country == s.country if a.kind == "country" else within(bare(a.name), s) for a in named)
        for named in later
    )


def _most_specific(areas: list[Site], towns: list[Site], rank: dict[str, int]) -> Site:
    # The document's countries first ("Shujaayah neighbourhood of Gaza city": Gaza in Palestine, not
    # the province in Mozambique); within one country a district, else the province, else a town.
    first = min(rank.get(a.country, len(rank)) for a in areas + towns)
    if first < len(rank):
        areas = [a for a in areas if rank.get(a.country) == first]
        towns = [t for t in towns if rank.get(t.country) == first]
    if areas:
        # "Tocuyito, Trujillo state": the state in Venezuela, not the city in Peru.
        towns = [t for t in towns if any(a.country == t.country for a in areas)]
    order = {"admin2": 0, "admin1": 1, "country": 2, "nearby": 3}
    if any(t.population >= 100_000 for t in towns):
        # "a village in Idleb province": the provincial capital of that name is on average nearer
        # an unknown village than the province's centre.
        order = {"admin2": 0, "nearby": 1, "admin1": 2, "country": 3}
    return min(areas + towns, key=lambda a: (rank.get(a.country, len(rank)), order[a.kind], -a.population))
