"""Exit codes and the one-line error format every command uses."""

from __future__ import annotations

import sys
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # every input was read
    INPUT_ERROR = 1  # some input could not be read; the events of the others were still written
    USAGE = 2  # bad options or arguments (Typer's own code for usage errors)
    MODEL_MISSING = 3  # the spaCy pipeline is not installed


def report(where: str, what: str, fix: str) -> None:
    """``Error: <where>: <what>. <fix>`` on stderr, one line."""
    what = what.rstrip(".")
    print(f"Error: {where}: {what}. {fix}", file=sys.stderr, flush=True)
