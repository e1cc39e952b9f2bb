"""Cross-document deduplication: reports of one event in several documents become one event.

``dedup(events)`` is a generator over an event stream (as ``extract`` yields it). Two events from
different documents are one event when all of these hold:

- same factuality, and categories of the same family (``data/taxonomy.json``: ``family``);
- compatible actors: for actor1 and for actor2, the same normalized name, one side unknown, or one
  name contained in the other; for symmetric categories (an armed clash, a meeting) the sides may be
  swapped;
- dates within one day of each other (or one missing; a month or year contains its days);
- the same or nested place: the same name, or the same country and one name contained in the other,
  or one of them names only the country (or has no place).

The merged event keeps the first report's fields and event_id; ``mentions`` is the sum, ``sources``
lists ``{doc_id, sentence}`` of every report in first-seen order, fatalities and injured are the
highest reported (not the sum), and the location is the most precise one reported.

Mention records (``mention_of`` set: a further sentence about an incident) take no part in matching.
They follow their incident: each comes out right after the merged event, re-pointed to its event_id.

Streaming: only a window of the ``window`` most recent events (by first report) stays open for
merging; older ones are yielded as they fall out of it, the rest at the end. Output is in the order
of first report, so it is deterministic for a given input order.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from itertools import groupby
from typing import Any

from .event import Actor, Event, Place, When
from .resources import load_json
from .taxonomy import categories, symmetric

WINDOW = 2000


def dedup(events: Iterable[Event], *, window: int = WINDOW) -> Iterator[Event]:
    """Merge reports of one event from different documents; see the module docstring."""
    if window < 1:
        raise ValueError("window must be at least 1")
    open_: OrderedDict[int, _Cluster] = OrderedDict()  # by first report, oldest first
    by_family: dict[tuple[str, str], dict[int, _Cluster]] = {}
    holder: dict[str, _Cluster] = {}  # event_id of every report in an open cluster -> that cluster
    serial = 0
    # A document's events arrive together, its mention records among its incidents (by position): place
    # the incidents first, so that every mention finds the cluster of its incident.
    for _, group in groupby(events, key=lambda e: e.doc_id):
        batch = list(group)
        for event in sorted(batch, key=lambda e: e.mention_of is not None):
            if event.mention_of is not None:
                cluster = holder.get(event.mention_of)
                if cluster is None:
                    yield event  # its incident is not in the stream (filtered out by the caller)
                else:
                    cluster.echoes.append(event)
                continue
            key = (_family(event.category), event.factuality)
            candidates = by_family.setdefault(key, {})
            twin = next((c for c in candidates.values() if c.accepts(event)), None)
            if twin is not None:
                twin.add(event)
                holder[event.event_id] = twin
                continue
            cluster = _Cluster(key, [event])
            holder[event.event_id] = cluster
            open_[serial] = cluster
            candidates[serial] = cluster
            serial += 1
            while len(open_) > window:
                old_id, old = open_.popitem(last=False)
                del by_family[old.key][old_id]
                for r in old.reports:
                    holder.pop(r.event_id, None)
                yield from old.merged()
    for cluster in open_.values():
        yield from cluster.merged()


@dataclass(slots=True)
class _Cluster:
    key: tuple[str, str]
    reports: list[Event] = field(default_factory=list)
    echoes: list[Event] = field(default_factory=list)  # mention records of its reports

    def accepts(self, event: Event) -> bool:
        if any(r.doc_id == event.doc_id for r in self.reports):
            return False  # reports in one document were already merged (or kept apart) by the pipeline
        return all(same_event(r, event) for r in self.reports)

    def add(self, event: Event) -> None:
        self.reports.append(event)

    def merged(self) -> Iterator[Event]:
        """The merged event, then the mention records of all its reports, pointing at it."""
        event = self.reports[0] if len(self.reports) == 1 else merge(self.reports)
        yield event
        for echo in self.echoes:
            yield echo if echo.mention_of == event.event_id else replace(echo, mention_of=event.event_id)


def merge(reports: list[Event]) -> Event:
    """One event from several reports of it: the first report's fields, everyone's evidence."""
    first = reports[0]
    sources: list[dict[str, Any]] = []
    for r in reports:
        sources.extend(r.sources or ({"doc_id": r.doc_id, "sentence": r.sentence.text},))
    best = min(range(len(reports)), key=lambda i: _place_rank(reports[i].location, i))
    location = reports[best].location
    locations = first.locations if location == first.location else reports[best].locations
    return replace(
        first,
        mentions=sum(r.mentions for r in reports),
        sources=tuple(sources),
        fatalities=_highest(r.fatalities for r in reports),
        injured=_highest(r.injured for r in reports),
        location=location,
        locations=locations,
    )


def same_event(a: Event, b: Event) -> bool:
    if a.factuality != b.factuality or _family(a.category) != _family(b.category):
        return False
    if not (_actor_ok(a.actor1, b.actor1) and _actor_ok(a.actor2, b.actor2)):
        either = symmetric(a.category) or symmetric(b.category)
        if not (either and _actor_ok(a.actor1, b.actor2) and _actor_ok(a.actor2, b.actor1)):
            return False
    return _dates_ok(a.date, b.date) and _places_ok(a.location, b.location)


# --------------------------------------------------------------------------- pieces


def _family(category: str) -> str:
    c = categories().get(category)
    return c.family if c is not None else category


def _norm(name: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", name.casefold()))


def _contains(x: str, y: str) -> bool:
    """One normalized name holds the other as whole words ("Military Forces of Iraq" / "Iraq")."""
    x, y = f" {_norm(x)} ", f" {_norm(y)} "
    return x.strip() != "" and y.strip() != "" and (x in y or y in x)


def _actor_ok(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return True
    if _norm(a.name) == _norm(b.name) or _contains(a.name, b.name):
        return True
    # A generic name ("Rebels (Somalia)" for "its fighters") is as good as unknown next to a named actor
    # of the same sector and country ("Al Shabaab").
    return (
        a.sector is not None
        and a.sector == b.sector
        and (a.country is None or b.country is None or a.country == b.country)
        and (_generic(a.name) or _generic(b.name))
    )


@cache
def _generic_patterns() -> tuple[re.Pattern[str], ...]:
    """Names built from ``data/actor_nouns.json`` templates: "Civilians (Somalia)", "Military Forces of Mali"."""
    out = []
    for noun in load_json("actor_nouns.json")["nouns"].values():
        head, _, tail = noun["template"].partition("{country}")
        head, tail = head.strip(), tail.strip()
        # "Rebels ({country})" -> "Rebels" or "Rebels (X)"; "Military Forces of {country}" -> "Military Forces of X"
        if head.endswith("(") and tail.startswith(")"):
            out.append(re.compile(rf"{re.escape(head[:-1].strip())}(?:\s*\(.+\))?", re.IGNORECASE))
        else:
            out.append(re.compile(rf"{re.escape(head)}(?:\s+.+)?{re.escape(tail)}", re.IGNORECASE))
    return tuple(out)


def _generic(name: str) -> bool:
    return any(p.fullmatch(name.strip()) for p in _generic_patterns())


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _dates_ok(a: When | None, b: When | None) -> bool:
    if a is None or b is None or not a.value or not b.value:
        return True
    x, y = _day(a.value), _day(b.value)
    if x is not None and y is not None:
        return abs(x - y) <= timedelta(days=1)
    # A month or a year contains its days ("2024-03" and "2024-03-12").
    return a.value.startswith(b.value) or b.value.startswith(a.value)


@cache
def _country_names() -> dict[str, frozenset[str]]:
    out = {}
    for c in load_json("countries.json"):
        names = {c["iso3"], c["name"], *c.get("aliases", ())}
        out[c["iso3"]] = frozenset(_norm(n) for n in names)
    return out


def _country_only(p: Place) -> bool:
    return p.country is not None and _norm(p.name) in _country_names().get(p.country, frozenset())


def _places_ok(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if _norm(a.name) == _norm(b.name):
        return True
    if _country_only(a) or _country_only(b):
        return True
    # "Mogadishu" and "Mogadishu's Bakara" (a country may be known for one of them only).
    return _contains(a.name, b.name)


def _place_rank(p: Place | None, i: int) -> tuple[int, int, int]:
    """Most precise first: lowest precision number, then a place with coordinates, then first reported."""
    if p is None:
        return (9, 1, i)
    return (p.precision if p.precision is not None else 4, p.lat is None or p.lon is None, i)


def _highest(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None
