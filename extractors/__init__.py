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
) -> Iterator[Event]:
    """Events of each document, document by document, in input order.

    ``extractors``: any of "rules" (cue patterns) and "spacy" (lemmas and the dependency parse).
    ``prefilter``: parse only sentences where a cue could start an event (same events, less work).
    ``include_nonfactual``: also yield negated and hypothetical events (threatened, denied, halted).
    """
    chosen = set(extractors)
    unknown = chosen - set(EXTRACTORS)
    if unknown:
        raise ValueError(f"unknown extractor(s): {', '.join(sorted(unknown))}; choose from {', '.join(EXTRACTORS)}")
    from .pipeline import extract_document
    from .sentences import split

    if "spacy" not in chosen:
        for doc in documents:
            yield from extract_document(doc, use_rules=True, include_nonfactual=include_nonfactual)
        return

    from .nlp import load
    from .rules import has_trigger

    nlp = load(model)
    disabled = [p for p in nlp.pipe_names if p in ("ner",)]
    batch: list[tuple[Document, list]] = []

    def flush() -> Iterator[Event]:
        wanted = []
        for k, (doc, spans) in enumerate(batch):
            for i, s in enumerate(spans):
                if not prefilter or has_trigger(doc.text, s):
                    wanted.append((s.text, (k, i)))
        parses: list[dict[int, object]] = [{} for _ in batch]
        with nlp.select_pipes(disable=disabled):
            for parsed, (k, i) in nlp.pipe(wanted, as_tuples=True, batch_size=256):
                parses[k][i] = parsed
        for k, (doc, spans) in enumerate(batch):
            yield from extract_document(doc, use_rules="rules" in chosen, parses=parses[k], sentence_spans=spans,
                                        include_nonfactual=include_nonfactual)
        batch.clear()

    for doc in documents:
        batch.append((doc, list(split(doc.text))))
        if len(batch) >= batch_docs:
            yield from flush()
    if batch:
        yield from flush()
