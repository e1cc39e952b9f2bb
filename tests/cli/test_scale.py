"""``conflict-events extract`` at scale: ``--jobs``, streaming input and output, the progress line.

Runs the installed console script in subprocesses (stdout and stderr are pipes, not terminals, unless a
test attaches a pseudo-terminal). Input documents are written here: generic sentences about fictional
incidents and ordinary town life.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).with_name("conflict-events")

INCIDENT = "Armed men killed two guards at a fuel depot near Kawaye on Monday, police said."
QUIET = "The town council approved a new budget for the library and the bus station."


def ce(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args], cwd=ROOT, input=input, capture_output=True, text=True, encoding="utf-8", timeout=300
    )


def doc_line(i: int, every: int = 1000) -> bytes:
    text = INCIDENT if i % every == 0 else QUIET
    return (json.dumps({"id": f"d{i}", "text": text, "date": "2024-03-01"}) + "\n").encode()


# --------------------------------------------------------------------------- --jobs


@pytest.fixture(scope="module")
def samples_jobs_1() -> subprocess.CompletedProcess[str]:
    return ce("extract", "--format", "jsonl", "samples/")


def test_jobs_2_output_is_byte_for_byte_jobs_1(samples_jobs_1):
    two = ce("extract", "--format", "jsonl", "--jobs", "2", "samples/")
    assert samples_jobs_1.returncode == two.returncode == 0, two.stderr
    assert samples_jobs_1.stdout and two.stdout == samples_jobs_1.stdout


def test_jobs_0_uses_every_core_with_the_same_output():
    lines = b"".join(doc_line(i, every=3) for i in range(200)).decode()
    one = ce("extract", "--extractors", "rules", "--format", "jsonl", input=lines)
    every_core = ce("extract", "--extractors", "rules", "--format", "jsonl", "--jobs", "0", input=lines)
    assert one.returncode == every_core.returncode == 0, every_core.stderr
    assert one.stdout.count("\n") == 67 and every_core.stdout == one.stdout


def test_negative_jobs_is_a_usage_error():
    result = ce("extract", "--jobs", "-1", "samples/")
    assert result.returncode == 2
    assert "--jobs" in result.stderr and result.stdout == ""


# --------------------------------------------------------------------------- streaming


def test_events_stream_before_the_input_ends():
    """100,000 documents on stdin: the first event is out while most of the input is still unwritten."""
    total = 100_000
    proc = subprocess.Popen(
        [str(SCRIPT), "extract", "--extractors", "rules", "--format", "jsonl"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin and proc.stdout and proc.stderr
    lines: queue.Queue[bytes] = queue.Queue()

    def drain() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            lines.put(line)
        lines.put(b"")

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        proc.stdin.write(b"".join(doc_line(i) for i in range(100)))
        proc.stdin.flush()
        first = lines.get(timeout=60)  # only 100 of 100,000 documents written so far
        assert json.loads(first)["doc_id"] == "d0"
        for start in range(100, total, 10_000):
            proc.stdin.write(b"".join(doc_line(i) for i in range(start, min(start + 10_000, total))))
        proc.stdin.close()
        assert proc.wait(timeout=120) == 0, proc.stderr.read().decode()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    reader.join(timeout=10)
    rest = []
    while (line := lines.get(timeout=10)) != b"":
        rest.append(line)
    ids = [json.loads(line)["doc_id"] for line in [first, *rest]]
    assert ids == [f"d{i}" for i in range(0, total, 1000)]
    assert proc.stderr.read() == b""


# --------------------------------------------------------------------------- progress line


def test_no_progress_when_stderr_is_not_a_terminal(samples_jobs_1):
    assert samples_jobs_1.returncode == 0
    assert samples_jobs_1.stderr == ""


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_on_a_terminal(tmp_path):
    import pty

    source = tmp_path / "docs.jsonl"
    source.write_bytes(b"".join(doc_line(i, every=10) for i in range(3000)))
    out = tmp_path / "events.jsonl"
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [str(SCRIPT), "extract", "--extractors", "rules", "-o", str(out), str(source)],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
    )
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal closed: the process has ended
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert proc.wait(timeout=60) == 0
    assert b"documents" in seen and b"events" in seen and b"words/s" in seen
    assert len(out.read_text().splitlines()) == 300


def test_help_imports_neither_spacy_nor_rich_progress():
    code = (
        "import sys\nfrom cli.app import app\n"
        "try:\n    app(['extract', '--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'spacy' or m == 'rich.progress'), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "--jobs" in result.stdout
    assert result.stderr.strip() == "[]"
