"""Data files shipped in the package, each read once on first use and checked as it is read."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from .errors import DataError


def read_text(name: str) -> str:
    return files("extractors").joinpath("data", name).read_text(encoding="utf-8")


@cache
def load_json(name: str) -> Any:
    try:
        return json.loads(read_text(name))
    except json.JSONDecodeError as err:
        raise DataError(name, f"not valid JSON at line {err.lineno}, column {err.colno}: {err.msg}") from None


@cache
def load_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    rows = []
    for number, line in enumerate(read_text(name).splitlines(), 1):
        if not line.strip() or line.startswith("//"):
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise DataError(name, f"line {number} is not valid JSON: {err.msg}") from None
    return tuple(rows)
