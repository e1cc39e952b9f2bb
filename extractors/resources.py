"""Data files shipped in the package, each read once on first use."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


def read_text(name: str) -> str:
    return files("extractors").joinpath("data", name).read_text(encoding="utf-8")


@cache
def load_json(name: str) -> Any:
    return json.loads(read_text(name))


@cache
def load_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    return tuple(
        json.loads(line) for line in read_text(name).splitlines() if line.strip() and not line.startswith("//")
    )
