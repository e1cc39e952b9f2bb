"""Extraction of one batch of pieces in one process: sentences, the spaCy parses the options call for, events.

``stream`` sends every batch here, in this process or in a pool's workers, so the output does not
depend on the number of processes.
"""

from __future__ import annotations

from typing import Any

from .chunks import Piece, restore
from .event import Event, Span
from .options import Options

# spaCy's own batch size for the sentences of one batch (sentences are short: larger batches pay off).
PIPE_BATCH = 256
# Components no extractor reads: the parse (syntax.py) needs tok2vec, tagger (pos_), parser (dep_, heads),
# attribute_ruler and lemmatizer (lemma_); entities (ner, entity_ruler) are never read, so the pipeline is loaded
# without them (``nlp.load(entities=False)``), and they stay off should another pipeline bring its own.
UNUSED_PIPES = ("ner", "entity_ruler")


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

        split_docs = [(p, list(split(p.doc.text))) for p in batch]
        parses = self._parse(split_docs)
        out: list[Event] = []
        for (p, spans), parsed in zip(split_docs, parses, strict=True):
            events = extract_document(p.doc, self.options, parses=parsed, sentence_spans=spans)
            out.extend(restore(events, p.offset))
        return out

    def _parse(self, split_docs: list[tuple[Piece, list[Span]]]) -> list[dict[int, object] | None]:
        """The parse of each sentence the syntax extractor reads, by piece and sentence index (None: no parses).

        With ``prefilter``, only sentences where a cue could start an event are parsed."""
        if self.nlp is None:
            return [None] * len(split_docs)
        from .prefilter import could_hold_event

        parses: list[dict[int, object]] = [{} for _ in split_docs]
        wanted = [
            (s.text, (k, i))
            for k, (p, spans) in enumerate(split_docs)
            for i, s in enumerate(spans)
            if not self.options.prefilter or could_hold_event(p.doc.text, s)
        ]
        with self.nlp.select_pipes(disable=self.disabled):
            for parsed, (k, i) in self.nlp.pipe(wanted, as_tuples=True, batch_size=PIPE_BATCH):
                parses[k][i] = parsed
        return list(parses)
