"""Batches of documents through a pool of worker processes, results in input order.

Each worker builds one ``Engine`` (loading the spaCy pipeline once) in the pool's initializer. At most
``2 * workers`` batches are in flight: ``Pool.imap`` would drain the whole input into its task queue from a
feeder thread, so batches are submitted with ``apply_async`` from this thread as results are taken,
which keeps memory bounded however long the input, and keeps reading (and its error reports) in order.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult

from .chunks import Piece
from .engine import Engine
from .event import Event
from .options import Options

_engine: Engine | None = None
_failure: BaseException | None = None


def _start(options: Options) -> None:
    global _engine, _failure
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the parent, which stops the pool
    try:
        _engine = Engine(options)
    except Exception as exc:  # an initializer that raises makes Pool respawn workers forever: report it per task
        _failure = exc


def _run(batch: list[Piece]) -> list[Event]:
    # A worker's exception reaches the parent pickled; one that cannot be unpickled would stop the pool's
    # result thread and leave the parent waiting forever (DataError defines __reduce__ for this).
    if _failure is not None:
        raise _failure
    assert _engine is not None
    return _engine.run(batch)


def imap_ordered(batches: Iterable[list[Piece]], options: Options) -> Iterator[list[Event]]:
    """The events of each batch, batch by batch in input order, computed by ``options.workers`` processes."""
    if "spacy" in options.extractors:
        from .nlp import load

        # Fails here, not in the workers, when the model is missing; forked workers share it.
        load(options.model, entities=False)
    window = 2 * options.workers
    with multiprocessing.get_context().Pool(options.workers, initializer=_start, initargs=(options,)) as pool:
        pending: deque[AsyncResult[list[Event]]] = deque()
        for batch in batches:
            pending.append(pool.apply_async(_run, (batch,)))
            while pending and (len(pending) >= window or pending[0].ready()):
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
