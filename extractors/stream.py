"""Documents to events: pieces (large documents in chunks), batches, one process or a pool, then dedup.

The same batches go through the same ``Engine.run`` whatever the number of processes, so the output
of ``jobs=N`` is the output of ``jobs=1``, in the same order. Documents are read lazily, a batch at a
time (a few batches ahead with several processes), and events come out as each batch is done.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator
from itertools import groupby

from .chunks import MAX_CHARS, Piece, pieces
from .engine import Engine
from .event import Document, Event
from .options import Options

# A batch also closes at this many characters, should ``Options.batch_docs`` pieces not come first.
BATCH_CHARS = 1_000_000


def events(
    documents: Iterable[Document], options: Options, *, max_chars: int = MAX_CHARS
) -> Generator[Event, None, None]:
    """The events of ``documents`` in input order; with ``options.dedup``, reports of one event merged; with
    ``options.min_confidence``, incidents below it (and their mention records) left out."""
    found = _extracted(documents, options, max_chars)
    if options.min_confidence > 0:
        found = confident(found, options.min_confidence)
    if options.dedup:
        from .dedup import dedup

        found = dedup(found)
    yield from found


def _extracted(documents: Iterable[Document], options: Options, max_chars: int) -> Iterator[Event]:
    todo = batches(pieces(documents, max_chars), options.batch_docs)
    if options.workers == 1:
        engine = Engine(options)
        for batch in todo:
            yield from engine.run(batch)
        return
    from .parallel import imap_ordered

    for done in imap_ordered(todo, options):
        yield from done


def confident(events: Iterable[Event], floor: float) -> Iterator[Event]:
    """The incidents whose ``confidence`` is at least ``floor``, and the mention records of those alone."""
    # A document's records come together; a mention record may come before its incident (a headline).
    for _, group in groupby(events, key=lambda e: e.doc_id):
        records = list(group)
        kept = {e.event_id for e in records if e.mention_of is None and e.confidence >= floor}
        yield from (e for e in records if (e.mention_of or e.event_id) in kept)


def batches(items: Iterable[Piece], batch_docs: int, batch_chars: int = BATCH_CHARS) -> Iterator[list[Piece]]:
    """Consecutive pieces, ``batch_docs`` a batch at most, closed early once ``batch_chars`` characters are in."""
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
