"""Exit codes and the one-line error format every command uses."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum

import typer


class ExitCode(IntEnum):
    OK = 0  # every input was read
    INPUT_ERROR = 1  # some input could not be read; the events of the others were still written
    USAGE = 2  # bad options or arguments (Typer's own code for usage errors)
    MODEL_MISSING = 3  # the spaCy pipeline is not installed
    DATA_ERROR = 4  # a data file (the rules, word lists, gazetteers) is not valid


DATA_FIX = "Correct that data file, or reinstall conflict-events to restore the one it ships."


def report(where: str, what: str, fix: str) -> None:
    """``Error: <where>: <what>. <fix>`` on stderr, one line."""
    what = what.rstrip(".")
    print(f"Error: {where}: {what}. {fix}", file=sys.stderr, flush=True)


@contextmanager
def data_errors() -> Iterator[None]:
    """A ``DataError`` inside: its one ``Error:`` line and exit code 4, not a traceback."""
    from extractors import DataError

    try:
        yield
    except DataError as exc:
        report(exc.file, exc.what, DATA_FIX)
        raise typer.Exit(ExitCode.DATA_ERROR) from None
