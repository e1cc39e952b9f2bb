"""The command-line contract of ``conflict-events``, checked end to end with the real extractor.

Most checks run the installed console script in a subprocess, so stdout is a pipe (not a TTY) and
stderr is what a user would see. Runs that only need exit codes and messages go through Typer's
``CliRunner`` in-process (spaCy is then loaded once per test session). The expensive run on
``samples/`` happens once per module and is shared.
"""

from __future__ import annotations

import csv
import inspect
import io
import json
import shlex
import shutil
import subprocess
import sys
import textwrap
from importlib.metadata import version as dist_version
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from cli.app import app

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
GOOD = SAMPLES / "2024-03-14-borno-air-strike.txt"
SCRIPT = Path(sys.executable).with_name("conflict-events")
REQUIRED = ("doc_id", "event_id", "summary", "category", "factuality", "trigger", "sentence")

ATTACK_A = "Gunmen killed three villagers in an attack on Kawaye village in Nigeria's Zamfara state on Monday."
ATTACK_C = "Suspected jihadists killed five soldiers in an ambush near Djibo in northern Burkina Faso on Tuesday."
DOC_A = json.dumps({"id": "a", "text": ATTACK_A, "date": "2024-03-01"})
DOC_C = json.dumps({"id": "c", "text": ATTACK_C, "date": "2024-03-01"})


# --------------------------------------------------------------------------- helpers


def ce(*args: str, input: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run the installed console script from the repository root, stdout/stderr captured (pipes)."""
    return subprocess.run(
        [str(SCRIPT), *args], cwd=ROOT, input=input, capture_output=True, text=True, encoding="utf-8", timeout=timeout
    )


def runner() -> CliRunner:
    """A CliRunner whose result has a separate ``stderr`` (Click >= 8.2 always; older needs mix_stderr=False)."""
    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)
    return CliRunner()


def invoke(*args: str, input: str | None = None):
    result = runner().invoke(app, list(args), input=input)
    # A crash inside the command shows up as a non-SystemExit exception, never as a traceback on stderr.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("Error: ")]


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def assert_spans_match(event: dict, text: str) -> None:
    for key in ("trigger", "sentence"):
        span = event[key]
        assert text[span["start"] : span["end"]] == span["text"], (key, event["doc_id"], span)


# --------------------------------------------------------------------------- shared runs


@pytest.fixture(scope="module")
def samples_run() -> subprocess.CompletedProcess[str]:
    return ce("extract", "samples/")


@pytest.fixture(scope="module")
def sample_events(samples_run) -> list[dict]:
    assert samples_run.returncode == 0, samples_run.stderr
    return jsonl(samples_run.stdout)


@pytest.fixture(scope="module")
def schema() -> dict:
    result = ce("schema")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def formatted() -> dict[str, str]:
    """``extract samples/`` in the csv and json formats, in-process, with the same relative path as samples_run."""
    out = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        for fmt in ("csv", "json"):
            result = invoke("extract", "--format", fmt, "samples/")
            assert result.exit_code == 0, result.stderr
            out[fmt] = result.stdout
    return out


# --------------------------------------------------------------------------- 1. piped output is JSON Lines


def test_piped_output_is_json_lines(samples_run, sample_events):
    assert samples_run.returncode == 0
    assert "Traceback" not in samples_run.stderr
    assert error_lines(samples_run.stderr) == []
    lines = samples_run.stdout.splitlines()
    assert lines and all(line.strip() for line in lines)
    assert len(sample_events) == len(lines) >= 6
    for event in sample_events:
        assert isinstance(event, dict)
        missing = [k for k in REQUIRED if k not in event]
        assert not missing, (missing, event)
        assert event["factuality"] == "actual"
        assert event["doc_id"].startswith("samples/")  # the path as given on the command line
        assert (ROOT / event["doc_id"]).is_file()


def test_spans_point_into_the_source_text(sample_events):
    texts: dict[str, str] = {}
    for event in sample_events:
        text = texts.setdefault(event["doc_id"], (ROOT / event["doc_id"]).read_text(encoding="utf-8"))
        assert_spans_match(event, text)


def test_event_ids_are_unique(sample_events):
    ids = [e["event_id"] for e in sample_events]
    assert len(ids) == len(set(ids))


def test_directory_input_reads_only_the_articles(sample_events):
    assert {e["doc_id"] for e in sample_events} <= {f"samples/{p.name}" for p in SAMPLES.glob("*.txt")}


# --------------------------------------------------------------------------- 2. closed pipe


def test_closed_pipe_is_quiet(sample_events, samples_run):
    # Enough copies of samples/ for at least two pipe buffers (64 KiB each on Linux) of output, so the
    # writer really hits the closed pipe; once it does it stops, so extra copies cost nothing.
    copies = max(4, -(-2 * 65536 // len(samples_run.stdout.encode())) + 1)
    bash = shutil.which("bash")
    assert bash
    cmd = (
        f"{shlex.quote(str(SCRIPT))} extract {' '.join(['samples/'] * copies)} | head -1; "
        'echo "writer-exit=${PIPESTATUS[0]}" >&2'
    )
    result = subprocess.run([bash, "-c", cmd], cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=600)
    stderr_lines = result.stderr.splitlines()
    assert stderr_lines and stderr_lines[-1] == "writer-exit=0", result.stderr
    stderr = "\n".join(stderr_lines[:-1])
    assert "Traceback" not in stderr
    assert "BrokenPipeError" not in stderr  # e.g. "Exception ignored ... BrokenPipeError" at interpreter exit
    assert stderr.strip() == ""
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == sample_events[0]


# --------------------------------------------------------------------------- 3. bad inputs


def _missing_path(tmp_path: Path):
    missing = tmp_path / "no-such-article.txt"
    return [str(missing), str(GOOD)], str(missing), {str(GOOD)}


def _binary_file(tmp_path: Path):
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x7fELF\x00\x00\x01\x02" + bytes(range(256)) * 4)
    return [str(GOOD), str(binary)], str(binary), {str(GOOD)}


def _jsonl_bad_line(tmp_path: Path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(f"{DOC_A}\n{{this is not json\n{DOC_C}\n", encoding="utf-8")
    return [str(docs)], f"{docs}:2", {"a", "c"}


@pytest.mark.parametrize(
    "make_case", [_missing_path, _binary_file, _jsonl_bad_line], ids=["missing-path", "binary-file", "jsonl-bad-line-2"]
)
def test_bad_input_is_reported_and_the_rest_still_processed(tmp_path, make_case):
    args, where, good_doc_ids = make_case(tmp_path)
    result = invoke("extract", *args)
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    errors = error_lines(result.stderr)
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"Error: {where}: "), errors[0]
    events = jsonl(result.stdout)
    assert {e["doc_id"] for e in events} == good_doc_ids


def test_bad_inputs_together_in_a_real_process(tmp_path):
    """All three bad inputs plus a good file in one subprocess: one error line each, events of the rest."""
    missing, _, _ = _missing_path(tmp_path)
    binary, _, _ = _binary_file(tmp_path)
    docs, _, _ = _jsonl_bad_line(tmp_path)
    result = ce("extract", missing[0], binary[1], docs[0], str(GOOD))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = error_lines(result.stderr)
    assert len(errors) == 3, result.stderr
    assert [line for line in result.stderr.splitlines() if line.strip()] == errors
    assert errors[0].startswith(f"Error: {missing[0]}: ")
    assert errors[1].startswith(f"Error: {binary[1]}: ")
    assert errors[2].startswith(f"Error: {docs[0]}:2: ")
    assert {e["doc_id"] for e in jsonl(result.stdout)} == {"a", "c", str(GOOD)}


# --------------------------------------------------------------------------- 4. empty input


@pytest.mark.parametrize(
    "name, content, stdin",
    [
        ("empty.txt", b"", None),
        ("empty.jsonl", b"", None),
        (None, None, ""),
    ],
    ids=["empty-file", "empty-jsonl-file", "empty-stdin"],
)
def test_empty_input_gives_nothing_and_succeeds(tmp_path, name, content, stdin):
    args = ["extract"]
    if name is not None:
        (tmp_path / name).write_bytes(content)
        args.append(str(tmp_path / name))
    result = invoke(*args, input=stdin)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == ""


def test_empty_stdin_in_a_real_process():
    result = ce("extract", input="")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


# --------------------------------------------------------------------------- 5. --help stays light

HELP_PROBE = textwrap.dedent("""
    import json, sys
    sys.argv = ["conflict-events", *json.loads(sys.argv[1])]
    import cli.app
    try:
        cli.app.main()
        code = 0
    except SystemExit as exc:
        code = exc.code
    print()
    print(json.dumps({"exit": code, "spacy": "spacy" in sys.modules}))
""")


@pytest.mark.parametrize(
    "argv", [["--help"], ["extract", "--help"], ["schema", "--help"]], ids=["help", "extract-help", "schema-help"]
)
def test_help_does_not_import_spacy(argv):
    result = subprocess.run(
        [sys.executable, "-c", HELP_PROBE, json.dumps(argv)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    *help_text, probe = result.stdout.splitlines()
    assert json.loads(probe) == {"exit": 0, "spacy": False}
    assert "Usage:" in "\n".join(help_text)


# --------------------------------------------------------------------------- 6. schema


def test_schema_is_valid_and_matches_the_library(schema):
    from extractors import json_schema

    Draft202012Validator.check_schema(schema)
    assert schema == json_schema()


def test_every_sample_event_validates_against_the_schema(schema, sample_events):
    validator = Draft202012Validator(schema)
    problems = [(e["event_id"], err.json_path, err.message) for e in sample_events for err in validator.iter_errors(e)]
    assert problems == []


# --------------------------------------------------------------------------- 7. formats, version, usage errors


def test_csv_output_reads_back(formatted, sample_events):
    reader = csv.DictReader(io.StringIO(formatted["csv"]))
    assert {"actor1_name", "location_name", "date_value"} <= set(reader.fieldnames or ())
    rows = list(reader)
    assert len(rows) == len(sample_events)

    def cell(value) -> str:
        return "" if value is None else str(value)

    for row, event in zip(rows, sample_events, strict=True):
        assert row["event_id"] == event["event_id"]
        assert row["actor1_name"] == cell((event.get("actor1") or {}).get("name"))
        assert row["location_name"] == cell((event.get("location") or {}).get("name"))
        assert row["date_value"] == cell((event.get("date") or {}).get("value"))


def test_json_output_is_one_array(formatted, sample_events):
    parsed = json.loads(formatted["json"])
    assert isinstance(parsed, list)
    assert parsed == sample_events


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"conflict-events {dist_version('conflict-events')}"


@pytest.mark.parametrize(
    "args, mentions",
    [
        (["--format", "xml"], ("--format", "xml")),
        (["--date", "2024-13-45"], ("--date", "2024-13-45")),
        (["--input-format", "pdf"], ("--input-format", "pdf")),
        (["--extractors", "regex"], ("--extractors", "regex")),
    ],
    ids=["format-xml", "date-2024-13-45", "input-format-pdf", "extractors-regex"],
)
def test_usage_errors_exit_2_with_one_line(args, mentions):
    result = ce("extract", *args, "samples/")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    errors = error_lines(result.stderr)
    assert len(errors) == 1, result.stderr
    for word in mentions:
        assert word in errors[0]


# --------------------------------------------------------------------------- 8. standard input


@pytest.mark.parametrize(
    "args, stdin, doc_ids",
    [
        (["--date", "2024-03-04"], ATTACK_A, {"<stdin>"}),
        (["-", "--date", "2024-03-04"], ATTACK_A, {"<stdin>"}),
        (["--input-format", "jsonl"], DOC_A + "\n", {"a"}),
    ],
    ids=["text", "text-dash", "jsonl"],
)
def test_stdin(args, stdin, doc_ids):
    result = ce("extract", *args, input=stdin)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    events = jsonl(result.stdout)
    assert events
    assert {e["doc_id"] for e in events} == doc_ids
    for event in events:
        assert event["factuality"] == "actual"
        assert_spans_match(event, ATTACK_A)
        # The reference date (--date, or the document's own date) anchors "on Monday".
        assert event["date"] and "2024-02-26" <= event["date"]["value"] <= "2024-03-04"
