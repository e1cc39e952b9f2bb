"""conflict-events as a library: ``extract(documents) -> Iterator[Event]``. Never prints, never exits."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .event import Actor, Document, Event, Place, Quantity, Span, When, json_schema

__all__ = ["Actor", "Document", "Event", "Place", "Quantity", "Span", "When", "extract", "json_schema", "__version__"]
__version__ = "0.1.0"

EXTRACTORS = ("rules", "spacy")


def extract(
    documents: Iterable[Document],
    *,
    extractors: Iterable[str] = EXTRACTORS,
    model: str | None = None,
    include_nonfactual: bool = False,
    prefilter: bool = True,
    batch_docs: int = 32,
    dedup: bool = False,
    jobs: int = 1,
    mentions: bool = True,
) -> Iterator[Event]:
    """Events of each document, document by document, in input order.

    ``extractors``: any of "rules" (cue patterns) and "spacy" (lemmas and the dependency parse).
    ``prefilter``: parse only sentences where a cue could start an event (same events, less work).
    ``include_nonfactual``: also yield negated and hypothetical events (threatened, denied, halted).
    ``dedup``: merge reports of one event from different documents (see ``extractors.dedup``); holds a
    window of recent events in memory, so events come out later than without it.
    ``jobs``: worker processes (0: one per CPU core); the output is the same, in the same order, as with 1.
    ``mentions``: a record for every sentence that reports an event, as sentence-level coders give: each
    further sentence about an incident ("Nine more were wounded in the blast") has ``mention_of`` set to the
    incident's ``event_id`` and no casualty figures of its own (the incident keeps them, so sums over
    records stay right). ``False``: one record an incident. With ``dedup``, mentions follow their merged
    incident.

    A document longer than ``chunks.MAX_CHARS`` (200,000 characters) is processed in chunks cut at paragraph
    breaks; offsets still point into its whole text (see ``extractors.chunks``).
    """
    chosen = set(extractors)
    unknown = chosen - set(EXTRACTORS)
    if unknown:
        raise ValueError(f"unknown extractor(s): {', '.join(sorted(unknown))}; choose from {', '.join(EXTRACTORS)}")
    if dedup:
        from .dedup import dedup as merge_reports

        yield from merge_reports(
            extract(
                documents,
                extractors=chosen,
                model=model,
                include_nonfactual=include_nonfactual,
                prefilter=prefilter,
                batch_docs=batch_docs,
                jobs=jobs,
                mentions=mentions,
            )
        )
        return
    from .engine import Options, events

    yield from events(
        documents,
        Options(frozenset(chosen), model, include_nonfactual, prefilter, mentions),
        jobs=jobs,
        batch_docs=batch_docs,
    )
