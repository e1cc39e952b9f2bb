"""``extract(jobs=N)``: worker processes give the output of one process, in the same order, and stream."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from extractors import Document, ModelNotFound, extract, text_document

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))

SENTENCES = [
    "Gunmen killed three guards in an attack on a depot near the town of Kawaye on Monday.",
    "Police fired tear gas at hundreds of protesters who marched on the governor's office on Friday.",
    "The town council approved a new budget for the library and the bus station.",
    "Soldiers clashed with militants near a border crossing, leaving four fighters dead.",
    "Residents said the market reopened after the storm and traders returned to their stalls.",
]


def sample_docs() -> list[Document]:
    return [text_document(path.name, path.read_text(encoding="utf-8")) for path in SAMPLES]


def generated(n: int) -> list[Document]:
    return [
        Document(f"g{i}", " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 3)), "2024-03-01")
        for i in range(n)
    ]


def dump(events) -> list[dict]:
    return [e.to_dict() for e in events]


def test_jobs_2_equals_jobs_1_on_samples():
    # Small batches: many batches in flight at once, so order is really tested.
    docs = sample_docs() * 3
    one = dump(extract(docs, batch_docs=2))
    two = dump(extract(docs, batch_docs=2, jobs=2))
    assert one and two == one


@pytest.mark.parametrize("jobs", [2, 3, 0])
def test_jobs_equal_one_process_rules_only(jobs):
    docs = generated(300)
    one = dump(extract(docs, extractors=("rules",), batch_docs=7))
    assert one
    assert dump(extract(iter(docs), extractors=("rules",), batch_docs=7, jobs=jobs)) == one


def test_negative_jobs_is_an_error():
    with pytest.raises(ValueError, match="jobs"):
        list(extract(generated(2), jobs=-1))


@pytest.mark.parametrize("jobs", [1, 2])
def test_documents_are_read_lazily(jobs):
    """An endless input: the first event comes after a few batches are read, never after all of them."""
    pulled = 0

    def endless():
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield Document(f"e{i}", SENTENCES[0], "2024-03-01")

    stream = extract(endless(), extractors=("rules",), batch_docs=10, jobs=jobs)
    first = next(stream)
    stream.close()  # stops the workers
    assert first.doc_id == "e0"
    assert pulled <= 10 * (2 * jobs + 1)


def test_missing_model_is_reported_by_the_parent_process():
    with pytest.raises(ModelNotFound):
        list(extract(generated(3), model="no_such_spacy_pipeline", jobs=2))
