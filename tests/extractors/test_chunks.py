"""Large documents: cut at paragraph breaks, processed in chunks, offsets and ids back in the whole text.

Texts here are written for these tests: generic paragraphs about town life, and conflict sentences about
fictional incidents, placed at known offsets.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from extractors import Document, extract
from extractors.chunks import MAX_CHARS, cuts, pieces
from extractors.options import Options
from extractors.stream import events

ROOT = Path(__file__).resolve().parents[2]

FILLER = [
    "The regional council gathered on a quiet morning to review the budget for new bus routes and the repair of two bridges.",
    "Farmers in the valley said the early rains had helped the maize crop, and prices at the weekly market stayed steady.",
    "A local school opened a new library wing, and teachers said the children had waited for it since the spring.",
    "Engineers expect the coastal road to reopen next month after crews finish resurfacing the final stretch.",
    "Visitors crowded the old harbour for the annual boat festival, where bakers sold bread and musicians played late.",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def incident(k: int) -> str:
    """A conflict sentence of its own: a different date for each ``k``, so no two reports merge."""
    return (
        f"Gunmen killed {k % 7 + 2} villagers in an attack near Kawaye in Nigeria on "
        f"{MONTHS[k // 28 % 12]} {k % 28 + 1}, {2000 + k // 336}."
    )


def build(paragraphs: int, every: int = 3) -> tuple[str, list[int]]:
    """Paragraphs of filler; every ``every``-th ends with an incident. Returns the text and the incidents' offsets."""
    parts, starts, size, k = [], [], 0, 0
    for i in range(paragraphs):
        p = " ".join(FILLER[(i + j) % len(FILLER)] for j in range(3))
        if i % every == 1:
            starts.append(size + len(p) + 1)
            p += " " + incident(k)
            k += 1
        parts.append(p)
        size += len(p) + 2
    return "\n\n".join(parts), starts


def assert_offsets(text: str, found) -> None:
    for e in found:
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert text[e.sentence.start : e.sentence.end] == e.sentence.text


# --------------------------------------------------------------------------- where documents are cut


def covers(text: str, ranges: list[tuple[int, int]], max_chars: int) -> None:
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in zip(ranges, ranges[1:], strict=False))
    assert all(0 < b - a <= max_chars for a, b in ranges)


def test_short_text_is_one_piece():
    assert list(cuts("One short paragraph.", 100)) == [(0, 20)]
    doc = Document("d", "x" * MAX_CHARS)
    assert [(p.doc, p.offset) for p in pieces([doc])] == [(doc, 0)]


def test_cuts_prefer_paragraph_breaks():
    text, _ = build(40)
    ranges = list(cuts(text, 1000))
    covers(text, ranges, 1000)
    assert len(ranges) > 5
    assert all(text[:b].endswith("\n\n") for _, b in ranges[:-1])


@pytest.mark.parametrize("joiner, ends", [("\n", "\n"), (" ", ". ")])
def test_cuts_fall_back_to_lines_then_sentence_ends(joiner, ends):
    text = joiner.join(FILLER * 20)
    ranges = list(cuts(text, 700))
    covers(text, ranges, 700)
    assert all(text[:b].endswith(ends) for _, b in ranges[:-1])


def test_cuts_fall_back_to_spaces_then_hard_cuts():
    words = " ".join(["word"] * 500)
    ranges = list(cuts(words, 101))
    covers(words, ranges, 101)
    assert all(words[b - 1] == " " for _, b in ranges[:-1])
    solid = "x" * 1000
    assert list(cuts(solid, 300)) == [(0, 300), (300, 600), (600, 900), (900, 1000)]


def test_pieces_keep_id_date_and_offset():
    text, _ = build(30)
    parts = list(pieces([Document("big", text, "2024-01-01")], max_chars=900))
    assert len(parts) > 3
    assert {p.doc.id for p in parts} == {"big"} and {p.doc.date for p in parts} == {"2024-01-01"}
    assert all(text[p.offset : p.offset + len(p.doc.text)] == p.doc.text for p in parts)


# --------------------------------------------------------------------------- events of chunks


@pytest.mark.parametrize("chosen", [("rules",), ("rules", "spacy")])
def test_chunked_document_gives_the_events_of_the_whole(chosen):
    """Paragraphs that do not refer to each other: the same events, offsets and ids, cut or not."""
    text, starts = build(24)
    doc = Document("long-report", text, "2024-01-01")
    options = Options(frozenset(chosen))
    whole = list(events([doc], options, max_chars=len(text)))
    cut = list(events([doc], options, max_chars=1500))
    assert len(list(pieces([doc], 1500))) > 5
    assert sorted(e.sentence.start for e in whole) == starts
    assert [e.to_dict() for e in cut] == [e.to_dict() for e in whole]
    assert_offsets(text, cut)


def test_extract_cuts_documents_over_the_threshold():
    text, starts = build(1400)  # about 0.5 MB: three chunks
    assert len(text) > 2 * MAX_CHARS
    found = list(extract([Document("long", text, "2024-01-01")], extractors=("rules",)))
    assert_offsets(text, found)
    assert sorted(e.sentence.start for e in found) == starts
    assert {e.doc_id for e in found} == {"long"}
    assert len({e.event_id for e in found}) == len(found)


# --------------------------------------------------------------------------- a very large document

# Megabytes of text for the test below: the 50 MB the issue asks for (about 10 s, rules only, on a 2-core
# machine); CE_LARGE_DOC_MB sets another size.
LARGE_MB = float(os.environ.get("CE_LARGE_DOC_MB", "50"))

CHILD = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, {root!r})
    from tests.extractors.test_chunks import FILLER, incident
    from extractors import Document, extract

    size = int({mb} * 1_000_000)
    parts, starts, total, i, k = [], [], 0, 0, 0
    while total < size:
        p = " ".join(FILLER[(i + j) % len(FILLER)] for j in range(4))
        if i % 40 == 20:
            starts.append(total + len(p) + 1)
            p += " " + incident(k)
            k += 1
        parts.append(p)
        total += len(p) + 2
        i += 1
    text = "\\n\\n".join(parts)
    del parts
    bad = n = 0
    seen = []
    for e in extract([Document("huge", text, "2024-01-01")], extractors=("rules",)):
        n += 1
        seen.append(e.sentence.start)
        if text[e.trigger.start:e.trigger.end] != e.trigger.text or text[e.sentence.start:e.sentence.end] != e.sentence.text:
            bad += 1
    with open("/proc/self/status") as f:
        peak = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) // 1024
    print(json.dumps({{"chars": len(text), "events": n, "bad": bad, "positions_ok": seen == starts,
                      "incidents": len(starts), "peak_mb": peak}}))
""")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak RSS from /proc")
def test_very_large_document_offsets_and_memory():
    script = CHILD.format(root=str(ROOT), mb=LARGE_MB)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["chars"] >= LARGE_MB * 1_000_000
    assert report["bad"] == 0
    assert report["events"] == report["incidents"] > 0
    assert report["positions_ok"]
    # The text itself is about LARGE_MB; chunks are processed one batch at a time.
    assert report["peak_mb"] < 1500, report
