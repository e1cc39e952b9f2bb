"""Documents to events: pieces (large documents in chunks), batches, one process or a pool, then dedup.

The same batches go through the same ``Engine.run`` whatever the number of processes, so the output
of ``jobs=N`` is the output of ``jobs=1``, in the same order. Documents are read lazily, a batch at a
time (a few batches ahead with several processes), and events come out as each batch is done.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator

from .chunks import MAX_CHARS, Piece, pieces
from .engine import Engine
from .event import Document, Event
from .options import Options

# A batch also closes at this many characters, should ``Options.batch_docs`` pieces not come first.
BATCH_CHARS = 1_000_000


def events(
    documents: Iterable[Document], options: Options, *, max_chars: int = MAX_CHARS
) -> Generator[Event, None, None]:
    """The events of ``documents`` in input order; with ``options.dedup``, reports of one event merged."""
    found = _extracted(documents, options, max_chars)
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
