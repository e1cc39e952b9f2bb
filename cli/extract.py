"""The ``extract`` command: inputs -> extractors.extract() -> a writer, streaming."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from typing import IO, TYPE_CHECKING

import typer

from .errors import ExitCode, data_errors, report
from .inputs import InputOptions, read

if TYPE_CHECKING:
    from extractors import Event, Options

    from .progress import Progress
    from .writers import Writer

FORMATS = ("auto", "table", "jsonl", "json", "csv", "geojson", "acled-csv")
INPUT_FORMATS = ("auto", "text", "jsonl")
# The flag of each value ``OptionError`` can name.
FLAGS = {
    "extractors": "--extractors",
    "jobs": "--jobs",
    "model": "--model",
    "date": "--date",
    "min_confidence": "--min-confidence",
}


def _check(value: str, allowed: tuple[str, ...], option: str) -> str:
    if value not in allowed:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(allowed)}", param_hint=option)
    return value


def run(
    paths: list[str],
    *,
    input_format: str,
    id_field: str,
    text_field: str,
    date_field: str,
    date: str | None,
    output_format: str,
    output: str | None,
    extractors: str,
    model: str | None,
    include_nonfactual: bool,
    prefilter: bool,
    dedup: bool = False,
    jobs: int = 1,
    mentions: bool = False,
    min_confidence: float = 0.0,
) -> int:
    _check(output_format, FORMATS, "--format")
    _check(input_format, INPUT_FORMATS, "--input-format")
    from extractors import OptionError, Options, given_date

    try:
        inputs = InputOptions(input_format, id_field, text_field, date_field, given_date(date))
        options = Options(
            extractors=frozenset(x.strip() for x in extractors.split(",") if x.strip()),
            model=model,
            include_nonfactual=include_nonfactual,
            prefilter=prefilter,
            dedup=dedup,
            jobs=jobs,
            mentions=mentions,
            min_confidence=min_confidence,
        )
    except OptionError as exc:
        raise typer.BadParameter(str(exc), param_hint=FLAGS.get(exc.option or "")) from None
    return extract_to(paths or ["-"], inputs, options, output_format, output)


def extract_to(paths: list[str], inputs: InputOptions, options: Options, output_format: str, output: str | None) -> int:
    """Events of ``paths`` written to ``output`` (None: standard output); the exit code."""
    if "-" in paths and sys.stdin.isatty():
        print(
            "Reading articles from standard input (end with Ctrl-D); pass files or directories to read them instead.",
            file=sys.stderr,
        )
    failures = 0

    def error(where: str, what: str, fix: str) -> None:
        nonlocal failures
        failures += 1
        report(where, what, fix)

    from extractors import ModelNotFound, extract

    from .progress import Progress

    with ExitStack() as stack, data_errors():
        binary, tty = _open(output, stack)
        fmt = output_format if output_format != "auto" else ("table" if tty else "jsonl")
        writer = _writer(fmt, binary, stack)
        # A progress line on stderr at a terminal, unless events stream to that same terminal.
        progress = stack.enter_context(Progress(sys.stderr.isatty() and (not tty or fmt == "table")))
        try:
            events = extract(progress.documents(read(paths, inputs, error)), options)
            stack.callback(events.close)  # stops worker processes early on a closed pipe
            _write(events, writer, progress)
        except BrokenPipeError:
            # The reader went away (`| head -1`): stop quietly, and keep Python from complaining at exit.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return ExitCode.OK
        except ModelNotFound as exc:
            report("model", str(exc), "Or run with --extractors rules.")
            return ExitCode.MODEL_MISSING
    return ExitCode.INPUT_ERROR if failures else ExitCode.OK


def _open(output: str | None, stack: ExitStack) -> tuple[IO[bytes], bool]:
    """The binary stream events go to, and whether it is a terminal."""
    if not output:
        return sys.stdout.buffer, sys.stdout.isatty()
    try:
        return stack.enter_context(open(output, "wb")), False
    except OSError as exc:
        raise typer.BadParameter(f"cannot write {output}: {exc.strerror}", param_hint="--output") from None


def _write(events: Iterator[Event], writer: Writer, progress: Progress) -> None:
    for event in events:
        writer.write(event)
        progress.event()
    progress.close()
    writer.close()


def _writer(fmt: str, binary: IO[bytes], stack: ExitStack) -> Writer:
    from . import writers

    if fmt == "jsonl":
        return writers.JsonLines(binary)
    if fmt == "json":
        return writers.JsonArray(binary)
    if fmt == "geojson":
        return writers.GeoJson(binary)
    text = io.TextIOWrapper(binary, encoding="utf-8", newline="", write_through=True)
    stack.callback(text.detach)
    if fmt == "csv":
        return writers.Csv(text)
    if fmt == "acled-csv":
        return writers.AcledCsv(text)
    return writers.Table(text)
