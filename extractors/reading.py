"""What each sentence of a document names, read once and on demand.

A stage that needs the actors, places, dates or casualty counts of sentence ``i`` asks
``Reading.info(i)``; sentences no stage asks about are never read. People named in full are
remembered across sentences, so "Ahmed" later in a report is the "Ahmed Ali" named before.
"""

from __future__ import annotations

from . import actors, casualties, dates, places, sentences
from .draft import SentenceInfo
from .event import Actor, Document, Span
from .gazetteer import atoms as find_atoms


class Reading:
    """The document's text, its sentences, its reference date and the sentences read so far."""

    def __init__(self, doc: Document, spans: list[Span] | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.ref = dates.parse_iso(doc.date)
        self.spans = spans if spans is not None else list(sentences.split(doc.text))
        self.infos: dict[int, SentenceInfo] = {}
        self.people: dict[str, Actor] = {}

    def info(self, i: int) -> SentenceInfo:
        if i not in self.infos:
            self.infos[i] = self._read(self.spans[i])
        return self.infos[i]

    def _read(self, s: Span) -> SentenceInfo:
        text = self.text
        atoms = find_atoms(text, s.start, s.end)
        found = actors.resident(text, actors.mentions(text, atoms, s.start), atoms)
        found += actors.people_mentions(text, s.start, s.end, self.people, found)
        found.sort(key=lambda m: m.start)
        actors.register_people(text, found, self.people)
        return SentenceInfo(
            s,
            atoms,
            found,
            places.mentions(text, s.start, s.end, atoms),
            dates.mentions(text, s.start, s.end, self.ref),
            casualties.counts(text, s.start, s.end),
        )

    def texts(self) -> dict[int, str]:
        """The text of each sentence read so far."""
        return {i: si.span.text for i, si in self.infos.items()}
