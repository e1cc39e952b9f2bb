"""Output formats. Each writer takes events one at a time, so output streams as events are found."""
from __future__ import annotations

import csv
from typing import IO, Any, Protocol

import orjson

from extractors import Event


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

    return [c for c in walk(json_schema()["properties"], "") if c != "sources"]


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


class Table:
    """A Rich table for people at a terminal: collected, then printed once at the end."""

    def __init__(self, out: IO[str]) -> None:
        from rich.console import Console
        from rich.table import Table as RichTable

        self.console = Console(file=out)
        self.table = RichTable(show_lines=False, header_style="bold", expand=False)
        self.table.add_column("event", ratio=5, overflow="fold")
        self.table.add_column("date", no_wrap=True)
        self.table.add_column("type", ratio=2, overflow="fold")
        self.table.add_column("killed", justify="right", no_wrap=True)
        self.n = 0

    def write(self, event: Event) -> None:
        kind = event.acled.sub_event_type or event.acled.event_type if event.acled else event.plover or event.category
        kind = kind or event.category
        killed = "" if event.fatalities is None else str(event.fatalities)
        if event.injured:
            killed += f" (+{event.injured} inj.)"
        mark = "" if event.factuality == "actual" else f" [{event.factuality}]"
        self.table.add_row(event.summary + mark, event.date.value if event.date and event.date.value else "",
                           kind, killed)
        self.n += 1

    def close(self) -> None:
        if self.n:
            self.console.print(self.table)
        self.console.file.flush()
