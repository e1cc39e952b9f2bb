"""Documents -> pieces (large documents in chunks) -> batches -> events, in this process or in several.

The same batches go through the same ``Engine.run`` whatever the number of processes, so the output
of ``jobs=N`` is the output of ``jobs=1``, in the same order. Documents are read lazily, a batch at a
time (a few batches ahead with several processes), and events come out as each batch is done.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .chunks import MAX_CHARS, Piece, pieces, restore
from .event import Document, Event

# A batch closes at this many pieces or this many characters, whichever comes first.
BATCH_DOCS = 32
BATCH_CHARS = 1_000_000
# spaCy's own batch size for the sentences of one batch (sentences are short: larger batches pay off).
PIPE_BATCH = 256
# Components no extractor reads: the parse (syntax.py) needs tok2vec, tagger (pos_), parser (dep_, heads),
# attribute_ruler and lemmatizer (lemma_); entities (ner, entity_ruler) are never read, so the pipeline is loaded
# without them (``nlp.load(entities=False)``), and they stay off should another pipeline bring its own.
UNUSED_PIPES = ("ner", "entity_ruler")


@dataclass(frozen=True, slots=True)
class Options:
    extractors: frozenset[str]
    model: str | None = None
    include_nonfactual: bool = False
    prefilter: bool = True
    mentions: bool = False


class Engine:
    """Extraction of one batch at a time. Holds the spaCy pipeline: one per process."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.nlp: Any = None
        self.disabled: list[str] = []
        if "spacy" in options.extractors:
            from .nlp import load

            self.nlp = load(options.model, entities=False)
            self.disabled = [p for p in self.nlp.pipe_names if p in UNUSED_PIPES]

    def run(self, batch: list[Piece]) -> list[Event]:
        from .pipeline import extract_document
        from .sentences import split

        opts = self.options
        use_rules = "rules" in opts.extractors
        split_docs = [(p, list(split(p.doc.text))) for p in batch]
        parses: list[dict[int, object] | None] = [None] * len(batch)
        if self.nlp is not None:
            from .rules import has_trigger

            wanted = []
            for k, (p, spans) in enumerate(split_docs):
                parses[k] = {}
                for i, s in enumerate(spans):
                    if not opts.prefilter or has_trigger(p.doc.text, s):
                        wanted.append((s.text, (k, i)))
            with self.nlp.select_pipes(disable=self.disabled):
                for parsed, (k, i) in self.nlp.pipe(wanted, as_tuples=True, batch_size=PIPE_BATCH):
                    parses[k][i] = parsed  # type: ignore[index]
        out: list[Event] = []
        for k, (p, spans) in enumerate(split_docs):
            events = extract_document(
                p.doc,
                use_rules=use_rules,
                parses=parses[k],
                sentence_spans=spans,
                include_nonfactual=opts.include_nonfactual,
                mentions=opts.mentions,
            )
            out.extend(restore(events, p.offset))
        return out


def batches(
    items: Iterable[Piece], batch_docs: int = BATCH_DOCS, batch_chars: int = BATCH_CHARS
) -> Iterator[list[Piece]]:
    batch: list[Piece] = []
    size = 0
    for piece in items:
        batch.append(piece)
        size += len(piece.doc.text)
        if len(batch) >= batch_docs or size >= batch_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def workers(jobs: int) -> int:
    """``jobs`` as a process count: 0 means one per CPU core."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all cores) or more, not {jobs}")
    return jobs or os.cpu_count() or 1


def events(
    documents: Iterable[Document],
    options: Options,
    *,
    jobs: int = 1,
    batch_docs: int = BATCH_DOCS,
    max_chars: int = MAX_CHARS,
) -> Iterator[Event]:
    todo = batches(pieces(documents, max_chars), max(1, batch_docs))
    n = workers(jobs)
    if n == 1:
        engine = Engine(options)
        for batch in todo:
            yield from engine.run(batch)
        return
    from .parallel import imap_ordered

    for done in imap_ordered(todo, options, n):
        yield from done
