"""Output formats. Each writer takes events one at a time, so output streams as events are found."""

from __future__ import annotations

import csv
import sys
from typing import IO, Any, Protocol

import orjson

from extractors import AcledType, Actor, Event, Place, When, country_names


class Writer(Protocol):
    def write(self, event: Event) -> None: ...

    def close(self) -> None: ...


class JsonLines:
    def __init__(self, out: IO[bytes]) -> None:
        self.out = out

    def write(self, event: Event) -> None:
        self.out.write(orjson.dumps(event.to_dict()) + b"\n")
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class JsonArray:
    """One JSON array, written incrementally: ``[`` first, ``]`` on close, even with no events."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out, self.n = out, 0

    def write(self, event: Event) -> None:
        self.out.write((b"[\n" if self.n == 0 else b",\n") + orjson.dumps(event.to_dict(), option=orjson.OPT_INDENT_2))
        self.n += 1

    def close(self) -> None:
        self.out.write(b"[]\n" if self.n == 0 else b"\n]\n")
        self.out.flush()


def flatten(d: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"actor1": {"name": x}}`` -> ``{"actor1_name": x}``; null objects give empty cells."""
    out: dict[str, Any] = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, key + "_"))
        elif isinstance(v, list):
            out[key] = orjson.dumps(v).decode()
        else:
            out[key] = v
    return out


def csv_columns() -> list[str]:
    from extractors import json_schema

    def walk(props: dict[str, Any], prefix: str) -> list[str]:
        cols: list[str] = []
        for k, spec in props.items():
            if "properties" in spec:
                cols += walk(spec["properties"], f"{prefix}{k}_")
            else:
                cols.append(f"{prefix}{k}")
        return cols

    # List fields (locations, sources) are one cell each, holding their JSON.
    return walk(json_schema()["properties"], "")


class Csv:
    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.w = csv.DictWriter(out, fieldnames=csv_columns(), extrasaction="ignore", lineterminator="\n")
        self.w.writeheader()

    def write(self, event: Event) -> None:
        row = flatten(event.to_dict())
        self.w.writerow({k: "" if v is None else v for k, v in row.items()})
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class GeoJson:
    """One GeoJSON FeatureCollection (RFC 7946), written incrementally like ``JsonArray``.

    One Point feature per incident whose location has coordinates (``[lon, lat]``), with the whole event in
    ``properties``; events without coordinates are left out (``skipped`` counts them), and so are further
    mentions of an incident, which would stack a second point on the first.
    """

    HEAD = b'{"type": "FeatureCollection", "features": ['

    def __init__(self, out: IO[bytes]) -> None:
        self.out, self.n, self.skipped = out, 0, 0

    def write(self, event: Event) -> None:
        if event.mention_of is not None:
            return
        feature = geojson_feature(event)
        if feature is None:
            self.skipped += 1
            return
        self.out.write((self.HEAD + b"\n" if self.n == 0 else b",\n") + orjson.dumps(feature))
        self.n += 1

    def close(self) -> None:
        self.out.write(self.HEAD + b"]}\n" if self.n == 0 else b"\n]}\n")
        self.out.flush()
        if self.skipped and sys.stderr.isatty():
            print(f"geojson: {self.skipped} event(s) without coordinates left out", file=sys.stderr)


def geojson_feature(event: Event) -> dict[str, Any] | None:
    loc = event.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    if not (-90 <= loc.lat <= 90 and -180 <= loc.lon <= 180):
        return None
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
        "properties": event.to_dict(),
    }


# ACLED's export columns, in ACLED's order. Columns we have no data for stay empty.
ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]

# Our actor sectors -> ACLED inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity
# militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces. Unidentified armed groups and
# criminal gangs are coded by ACLED as political militias; journalists, aid workers and business people as
# civilians. Political parties have no single ACLED type (members may be protesters, militias or civilians),
# so PTY, like an actor with no sector, gets an empty code.
ACLED_INTER = {
    "MIL": 1,
    "GOV": 1,
    "COP": 1,
    "REB": 2,
    "UAF": 3,
    "CRM": 3,
    "ETH": 4,
    "PRT": 6,
    "CVL": 7,
    "MED": 7,
    "NGO": 7,
    "BUS": 7,
    "IGO": 8,
    "OTH": 8,
}


def _inter(actor: Actor | None) -> int | None:
    if actor is None:
        return None
    if actor.name.startswith("Private Security Forces"):
        return 8  # armed (sector UAF) but, for ACLED, an "other" force rather than a militia
    return ACLED_INTER.get(actor.sector or "")


# ACLED's disorder_type by event type; two sub-event types sit apart (ACLED codebook, 2023 columns).
ACLED_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
ACLED_DISORDER_SUB = {
    "Mob violence": "Political violence",
    "Excessive force against protesters": "Political violence; Demonstrations",
}

# Our date precision -> ACLED time_precision (1 the day is known, 2 the week, 3 only the month or less).
ACLED_TIME_PRECISION = {"day": 1, "month": 3, "year": 3}


def is_acled_event(event: Event) -> bool:
    """ACLED codes only events that happened and that its taxonomy has a type for, one row an incident
    (a further mention of one is not another row)."""
    return event.acled is not None and event.factuality == "actual" and event.mention_of is None


def acled_row(event: Event) -> dict[str, Any]:
    inter1, inter2 = _inter(event.actor1), _inter(event.actor2)
    return {
        "event_id_cnty": event.event_id,
        **_acled_date(event.date),
        **_acled_type(event.acled),
        "actor1": event.actor1.name if event.actor1 else None,
        "inter1": inter1,
        "actor2": event.actor2.name if event.actor2 else None,
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if event.actor2 and event.actor2.sector == "CVL" else None,
        "iso": None,  # ACLED's numeric ISO 3166 code; the countries table has only alpha codes
        **_acled_place(event.location),
        "source": event.doc_id,
        "notes": event.sentence.text,
        "fatalities": event.fatalities,
    }


def _acled_date(when: When | None) -> dict[str, Any]:
    event_date = year = precision = None
    if when is not None and when.value:
        year = when.value[:4]
        precision = ACLED_TIME_PRECISION.get(when.precision or "")
        # ACLED always has a full date; a month or a year is coded at its middle, with time_precision 3.
        event_date = {10: when.value, 7: f"{when.value}-15", 4: f"{when.value}-07-01"}.get(len(when.value))
    return {"event_date": event_date, "year": year, "time_precision": precision}


def _acled_type(acled: AcledType | None) -> dict[str, Any]:
    if acled is None:
        return {"disorder_type": None, "event_type": None, "sub_event_type": None}
    disorder = ACLED_DISORDER_SUB.get(acled.sub_event_type or "") or ACLED_DISORDER.get(acled.event_type)
    return {"disorder_type": disorder, "event_type": acled.event_type, "sub_event_type": acled.sub_event_type}


def _interaction(inter1: int | None, inter2: int | None) -> str | None:
    """ACLED's two-digit interaction code: the two inter codes, lower first; 0 for a missing second actor."""
    if inter1 and inter2:
        return f"{min(inter1, inter2)}{max(inter1, inter2)}"
    if inter1 or inter2:
        return f"{inter1 or inter2}0"
    return None


def _acled_place(loc: Place | None) -> dict[str, Any]:
    if loc is None:
        return dict.fromkeys(("country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision"))
    return {
        "country": country_names().get(loc.country) if loc.country else None,
        "admin1": loc.admin1,
        "admin2": loc.admin2,
        "location": loc.name,
        "latitude": loc.lat,
        "longitude": loc.lon,
        "geo_precision": loc.precision,
    }


class AcledCsv:
    """ACLED's columns; only actual events with an ACLED type (see ``is_acled_event``) are rows."""

    def __init__(self, out: IO[str]) -> None:
        self.out, self.skipped = out, 0
        self.w = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
        self.w.writeheader()

    def write(self, event: Event) -> None:
        if not is_acled_event(event):
            self.skipped += 1
            return
        self.w.writerow({k: "" if v is None else v for k, v in acled_row(event).items()})
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class Table:
    """A Rich table for people at a terminal: collected, then printed once at the end. Fits 80 columns.

    One row an incident: a further sentence about one (``mention_of``) is evidence, not another row."""

    def __init__(self, out: IO[str], width: int | None = None) -> None:
        from rich import box
        from rich.console import Console
        from rich.table import Table as RichTable
        from rich.text import Text

        self.text = Text
        self.console = Console(file=out, width=width)
        # Light borders (one space between columns) and a blank line between rows, so wrapped rows stay apart
        # and the five columns fit an 80-column terminal.
        self.table = RichTable(
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
            padding=(0, 1, 0, 0),
            leading=1,
            header_style="bold",
            expand=False,
        )
        self.table.add_column("summary", overflow="fold")
        self.table.add_column("date", no_wrap=True)
        self.table.add_column("type", max_width=16, overflow="fold")
        self.table.add_column("place", max_width=18, overflow="fold")
        self.table.add_column("killed", justify="right", overflow="fold")
        self.n = 0

    def write(self, event: Event) -> None:
        if event.mention_of is not None:
            return
        kind = event.acled.sub_event_type or event.acled.event_type if event.acled else event.plover or event.category
        kind = kind or event.category
        killed = "" if event.fatalities is None else str(event.fatalities)
        if event.injured:
            killed += f"\n+{event.injured} inj."
        mark = "" if event.factuality == "actual" else f" [{event.factuality}]"
        loc = event.location
        place = ""
        if loc is not None:
            place = loc.name if not loc.country or loc.name == loc.country else f"{loc.name} ({loc.country})"
        cells = (
            event.summary + mark,
            event.date.value if event.date and event.date.value else "",
            kind,
            place,
            killed.strip(),
        )
        # Text cells, not markup: a summary may hold brackets ("[hypothetical]", "[/b]").
        self.table.add_row(*(self.text(c) for c in cells))
        self.n += 1

    def close(self) -> None:
        if self.n:
            self.console.print(self.table)
        self.console.file.flush()
