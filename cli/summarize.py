"""The ``summarize`` command: JSON Lines events -> counts by type, country and week, top actors, casualties."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date as Date
from typing import Any

import typer

from .errors import ExitCode, report

FORMATS = ("table", "json")
TOP_ACTORS = 10
BAR_WIDTH = 20
UNKNOWN = "unknown"
UNDATED = "undated"
FIX = "Each line must be one event object, as written by `conflict-events extract --format jsonl`."


def run(paths: list[str], *, output_format: str) -> int:
    if output_format not in FORMATS:
        raise typer.BadParameter(f"{output_format!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    if not paths:
        paths = ["-"]
    if "-" in paths and sys.stdin.isatty():
        print(
            "Reading events from standard input (end with Ctrl-D); pass JSON Lines files to read them instead.",
            file=sys.stderr,
        )
    summary = Summary()
    failures = 0
    for where, line_or_error in _lines(paths):
        if isinstance(line_or_error, Exception):
            failures += 1
            report(where, str(line_or_error), FIX if isinstance(line_or_error, ValueError) else "Check the path.")
            continue
        problem = summary.add(line_or_error)
        if problem:
            failures += 1
            report(where, problem, FIX)
    data = summary.as_dict()
    try:
        if output_format == "json":
            import orjson

            sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
            sys.stdout.flush()
        else:
            print_tables(data)
    except BrokenPipeError:
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return ExitCode.INPUT_ERROR if failures else ExitCode.OK


def _lines(paths: list[str]) -> Iterator[tuple[str, Any]]:
    """(``file:line``, parsed JSON) for each non-blank line; (``file``, OSError) for an unreadable file."""
    import orjson

    for path in paths:
        name = "<stdin>" if path == "-" else path
        try:
            if path == "-":
                data = sys.stdin.buffer.read()
            else:
                with open(path, "rb") as f:
                    data = f.read()
        except OSError as exc:
            yield name, OSError(f"cannot read it ({exc.strerror or exc})")
            continue
        for n, raw in enumerate(data.splitlines(), 1):
            if not raw.strip():
                continue
            try:
                yield f"{name}:{n}", orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                yield f"{name}:{n}", ValueError(f"not JSON ({exc.msg})" if hasattr(exc, "msg") else "not JSON")


def _get(obj: Any, *keys: str) -> Any:
    for k in keys:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(k)
    return obj


def week_of(when: Any) -> str:
    """``YYYY-Www`` for a day, ``YYYY-MM`` for a month, else ``undated``."""
    value, precision = _get(when, "value"), _get(when, "precision")
    if not isinstance(value, str):
        return UNDATED
    if precision == "day" or len(value) == 10:
        try:
            y, w, _ = Date.fromisoformat(value).isocalendar()
        except ValueError:
            return UNDATED
        return f"{y}-W{w:02d}"
    if precision == "month" or len(value) == 7:
        return value[:7]
    return UNDATED


class Summary:
    def __init__(self) -> None:
        self.events = 0
        self.by_type: Counter[str] = Counter()
        self.by_country: Counter[str] = Counter()
        self.by_week: Counter[str] = Counter()
        self.actors: Counter[str] = Counter()
        self.fatalities = 0
        self.injured = 0

    def add(self, event: Any) -> str | None:
        """Count one event; a description of what is wrong with it if it is not an event."""
        if not isinstance(event, dict):
            return f"not an event object (a JSON {type(event).__name__})"
        if not isinstance(event.get("category"), str):
            return 'not an event (no "category" field)'
        for key in ("fatalities", "injured"):
            value = event.get(key)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                return f'"{key}" is {value!r}, not a count'
        if event.get("mention_of"):
            return None  # another sentence about an incident already counted
        self.events += 1
        self.by_type[_get(event, "acled", "event_type") or event["category"]] += 1
        self.by_country[_get(event, "location", "country") or UNKNOWN] += 1
        self.by_week[week_of(event.get("date"))] += 1
        for side in ("actor1", "actor2"):
            name = _get(event, side, "name")
            if isinstance(name, str) and name:
                self.actors[name] += 1
        self.fatalities += event.get("fatalities") or 0
        self.injured += event.get("injured") or 0
        return None

    def as_dict(self) -> dict[str, Any]:
        def ranked(c: Counter[str]) -> dict[str, int]:
            return dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))

        weeks = dict(sorted(self.by_week.items(), key=lambda kv: (kv[0] == UNDATED, kv[0])))
        top = sorted(self.actors.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ACTORS]
        return {
            "events": self.events,
            "fatalities": self.fatalities,
            "injured": self.injured,
            "by_type": ranked(self.by_type),
            "by_country": ranked(self.by_country),
            "by_week": weeks,
            "top_actors": [{"name": name, "events": n} for name, n in top],
        }


def bar(value: int, top: int, width: int = BAR_WIDTH) -> str:
    """A bar of unicode blocks, ``width`` characters for ``top``, eighths of a block for the rest."""
    if top <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / top * width * 8))
    full, part = divmod(eighths, 8)
    return "█" * full + ("" if part == 0 else " ▏▎▍▌▋▊▉"[part])


def print_tables(data: dict[str, Any], width: int | None = None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from extractors import country_names

    console = Console(file=sys.stdout, width=width)
    names = country_names()

    def count_table(title: str, label: str, rows: list[tuple[str, int]]) -> Table:
        table = Table(title=title, title_justify="left", header_style="bold")
        table.add_column(label, overflow="fold")
        table.add_column("events", justify="right", no_wrap=True)
        table.add_column("", no_wrap=True, style="cyan")
        top = max((n for _, n in rows), default=0)
        for key, n in rows:
            table.add_row(Text(key), str(n), bar(n, top))
        return table

    console.print(Text(f"{data['events']} events, {data['fatalities']} killed, {data['injured']} injured"))
    console.print(count_table("By type", "type", list(data["by_type"].items())))
    countries = [(k if k == UNKNOWN else f"{names.get(k, k)} ({k})", n) for k, n in data["by_country"].items()]
    console.print(count_table("By country", "country", countries))
    console.print(count_table("By week", "week", list(data["by_week"].items())))
    console.print(count_table("Top actors", "actor", [(a["name"], a["events"]) for a in data["top_actors"]]))
    console.file.flush()
