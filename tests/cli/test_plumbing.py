"""The CLI and the library agree: the same option defaults, and a bad data file is one ``Error:`` line.

A data file with a typo exits with code 4 and ``Error: <file>: <what>. <how to fix>`` on stderr, no
traceback, whether extraction runs in one process or in several.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cli.app import app
from cli.errors import ExitCode
from extractors import DataError, Options

ROOT = Path(__file__).resolve().parents[2]
GOOD = "samples/2024-03-14-borno-air-strike.txt"


def runner() -> CliRunner:
    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)
    return CliRunner()


def test_cli_defaults_are_the_options_defaults():
    command = typer.main.get_command(app).commands["extract"]  # type: ignore[attr-defined]
    flags = {p.name: p.default for p in command.params}
    options = Options()
    assert frozenset(flags["extractors"].split(",")) == options.extractors
    assert flags["model"] == options.model
    assert flags["include_nonfactual"] == options.include_nonfactual
    assert (not flags["no_prefilter"]) == options.prefilter
    assert flags["dedup"] == options.dedup
    assert flags["jobs"] == options.jobs
    assert flags["mentions"] == options.mentions
    assert flags["min_confidence"] == options.min_confidence


# Breaks one shipped data file in the process (and in the workers it forks), then runs the CLI.
BROKEN = textwrap.dedent(
    """
    import sys
    import extractors.resources as resources

    read_text = resources.read_text
    resources.read_text = lambda name: '{"broken": ' if name == "taxonomy.json" else read_text(name)
    from cli.app import app
    app(sys.argv[1:])
    """
)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_broken_data_file_is_one_error_line_and_exit_4(jobs):
    result = subprocess.run(
        [sys.executable, "-c", BROKEN, "extract", "--extractors", "rules", "--jobs", jobs, GOOD, GOOD],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == ExitCode.DATA_ERROR == 4
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Error: taxonomy.json: not valid JSON at line 1")
    assert lines[0].endswith("Correct that data file, or reinstall conflict-events to restore the one it ships.")


def test_data_error_in_process(monkeypatch):
    def broken(documents, options=None, **overrides):
        raise DataError("cues.json", "'attack' names a trigger no typing rule has")

    monkeypatch.setattr("extractors.extract", broken)
    result = runner().invoke(app, ["extract", "--extractors", "rules", str(ROOT / GOOD)])
    assert result.exit_code == 4
    assert result.stderr.splitlines() == [
        "Error: cues.json: 'attack' names a trigger no typing rule has. "
        "Correct that data file, or reinstall conflict-events to restore the one it ships."
    ]


@pytest.mark.parametrize("argv", [["--help"], ["extract", "--help"]], ids=["program", "extract"])
def test_help_lists_the_exit_codes(argv):
    result = runner().invoke(app, argv)
    assert result.exit_code == 0
    assert "3 the spaCy pipeline is not installed; 4 a data file is not valid." in " ".join(result.stdout.split())


@pytest.mark.parametrize(
    "args, flag",
    [(["--jobs", "-1"], "--jobs"), (["--extractors", ","], "--extractors"), (["--date", "2024-02-30"], "--date")],
    ids=["jobs", "no-extractor", "date"],
)
def test_option_errors_are_usage_errors(args, flag):
    result = runner().invoke(app, ["extract", *args, str(ROOT / GOOD)])
    assert result.exit_code == ExitCode.USAGE
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and flag in errors[0]
