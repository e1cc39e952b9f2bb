"""conflict-events as a library: ``extract(documents) -> Iterator[Event]``. Never prints, never exits.

The names in ``__all__`` are the public API, the only ones the CLI uses.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable
from dataclasses import replace
from typing import Any

from .documents import given_date, record_document, text_document
from .errors import DataError
from .event import AcledType, Actor, Document, Event, Place, Quantity, Span, When, country_names, json_schema
from .nlp import ModelNotFound
from .options import EXTRACTORS, OptionError, Options

__all__ = [
    "EXTRACTORS",
    "AcledType",
    "Actor",
    "DataError",
    "Document",
    "Event",
    "ModelNotFound",
    "OptionError",
    "Options",
    "Place",
    "Quantity",
    "Span",
    "When",
    "__version__",
    "country_names",
    "extract",
    "given_date",
    "json_schema",
    "record_document",
    "text_document",
]
__version__ = "0.1.0"


def extract(
    documents: Iterable[Document], options: Options | None = None, **overrides: Any
) -> Generator[Event, None, None]:
    """Events of each document, document by document, in input order.

    ``options`` (default ``Options()``), with any of its fields replaced by keyword: ``extract(docs,
    extractors=["rules"], jobs=0)``. A bad value raises ``OptionError`` here, before any document is read.

    ``extractors``: any of "rules" (cue patterns) and "spacy" (lemmas and the dependency parse).
    ``prefilter``: parse only sentences where a cue could start an event (same events, less work).
    ``include_nonfactual``: also yield negated and hypothetical events (threatened, denied, halted).
    ``dedup``: merge reports of one event from different documents (see ``extractors.dedup``); holds a
    window of recent events in memory, so events come out later than without it.
    ``jobs``: worker processes (0: one per CPU core); the output is the same, in the same order, as with 1.
    ``mentions``: ``False`` (the default) gives one record an incident. ``True`` adds a record for every
    further sentence about an incident, as sentence-level coders count ("Nine more were wounded in the
    blast"): ``mention_of`` set to the incident's ``event_id``, no casualty figures of its own (the incident
    keeps them, so sums over records stay right). With ``dedup``, mentions follow their merged incident.
    ``min_confidence``: leave out incidents whose ``confidence`` is below it (0..1; 0 keeps all), and their
    mention records.

    A ``Document`` is dated as given; ``text_document`` and ``record_document`` apply the reference-date
    rule of ``extractors.documents`` (own date, then a given date, then an article's dateline).

    A document longer than ``chunks.MAX_CHARS`` (200,000 characters) is processed in chunks cut at paragraph
    breaks; offsets still point into its whole text (see ``extractors.chunks``).
    """
    chosen = replace(options, **overrides) if options is not None else Options(**overrides)
    from .stream import events

    return events(documents, chosen)
