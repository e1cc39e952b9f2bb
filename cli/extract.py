"""The ``extract`` command: inputs -> extractors.extract() -> a writer, streaming."""

from __future__ import annotations

import io
import os
import sys
from contextlib import ExitStack
from datetime import date as Date

import typer

from .errors import ExitCode, report
from .inputs import InputOptions, read

FORMATS = ("auto", "table", "jsonl", "json", "csv", "geojson", "acled-csv")
INPUT_FORMATS = ("auto", "text", "jsonl")


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
    mentions: bool = True,
) -> int:
    _check(output_format, FORMATS, "--format")
    _check(input_format, INPUT_FORMATS, "--input-format")
    if date is not None:
        try:
            Date.fromisoformat(date)
        except ValueError:
            raise typer.BadParameter(f"{date!r} is not a date in the form YYYY-MM-DD", param_hint="--date") from None
    chosen = [x.strip() for x in extractors.split(",") if x.strip()]
    if not chosen or set(chosen) - {"rules", "spacy"}:
        raise typer.BadParameter(f"{extractors!r}: choose one or both of rules, spacy", param_hint="--extractors")
    if jobs < 0:
        raise typer.BadParameter(f"{jobs} is not a number of processes (0: one per CPU core)", param_hint="--jobs")
    jobs = jobs or os.cpu_count() or 1
    if not paths:
        paths = ["-"]
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

    options = InputOptions(input_format, id_field, text_field, date_field, date)
    with ExitStack() as stack:
        if output:
            try:
                binary = stack.enter_context(open(output, "wb"))
            except OSError as exc:
                raise typer.BadParameter(f"cannot write {output}: {exc.strerror}", param_hint="--output") from None
            tty = False
        else:
            binary = sys.stdout.buffer
            tty = sys.stdout.isatty()
        fmt = output_format if output_format != "auto" else ("table" if tty else "jsonl")
        writer = _writer(fmt, binary, stack)
        from extractors import extract
        from extractors.nlp import ModelNotFound

        from .progress import Progress

        # A progress line on stderr at a terminal, unless events stream to that same terminal.
        progress = stack.enter_context(Progress(sys.stderr.isatty() and (not tty or fmt == "table")))
        try:
            events = extract(
                progress.documents(read(paths, options, error)),
                extractors=chosen,
                model=model,
                include_nonfactual=include_nonfactual,
                prefilter=prefilter,
                dedup=dedup,
                jobs=jobs,
                mentions=mentions,
            )
            stack.callback(events.close)  # stops worker processes early on a closed pipe
            for event in events:
                writer.write(event)
                progress.event()
            progress.close()
            writer.close()
        except BrokenPipeError:
            # The reader went away (`| head -1`): stop quietly, and keep Python from complaining at exit.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return ExitCode.OK
        except ModelNotFound as exc:
            report("model", str(exc), "Or run with --extractors rules.")
            return ExitCode.MODEL_MISSING
    return ExitCode.INPUT_ERROR if failures else ExitCode.OK


def _writer(fmt: str, binary, stack: ExitStack):
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
