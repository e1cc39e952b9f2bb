"""Large documents in pieces: cut at paragraph breaks, processed one by one, offsets shifted back.

A document longer than ``MAX_CHARS`` is cut into chunks of at most that many characters, at the last
blank line in the second half of the window, else the last line break, else the last sentence end,
else the last space (a hard cut only for text with no whitespace at all). Each chunk is extracted as
its own document with the original id; its events' offsets (``trigger``, ``sentence``) and ids are
then moved back into the original text. Nothing crosses a cut: reports of one incident in two
different chunks are not merged, and follow-up sentences attach only within a chunk.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from .event import Document, Event, Span

# Well below spaCy's nlp.max_length (1,000,000), and large enough that real articles are never cut.
MAX_CHARS = 200_000
# Preferred cut points, best first: a paragraph break, a line break, a sentence end, any space.
_SEPARATORS = (("\n\n",), ("\n",), (". ", "! ", "? ", ".\t", '." ', ".” "), (" ", "\t"))


@dataclass(frozen=True, slots=True)
class Piece:
    """A document, or one chunk of one: ``doc.text`` starts at ``offset`` in the original text."""

    doc: Document
    offset: int = 0


def cuts(text: str, max_chars: int = MAX_CHARS) -> Iterator[tuple[int, int]]:
    """``(start, end)`` ranges covering ``text`` in order, none longer than ``max_chars``."""
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2")
    pos, n = 0, len(text)
    while n - pos > max_chars:
        hi = pos + max_chars
        lo = pos + max_chars // 2
        cut = hi
        for group in _SEPARATORS:
            found = max(((i + len(sep)) for sep in group if (i := text.rfind(sep, lo, hi)) >= 0), default=-1)
            if found > pos:
                cut = found
                break
        yield pos, cut
        pos = cut
    yield pos, n


def pieces(documents: Iterable[Document], max_chars: int = MAX_CHARS) -> Iterator[Piece]:
    """Each document as one piece, or, when longer than ``max_chars``, as consecutive chunks."""
    for doc in documents:
        if len(doc.text) <= max_chars:
            yield Piece(doc)
            continue
        for a, b in cuts(doc.text, max_chars):
            yield Piece(Document(doc.id, doc.text[a:b], doc.date), a)


def event_id(doc_id: str, category: str, start: int, end: int) -> str:
    """The id ``pipeline`` gives an event: stable for the same document id, category and trigger offsets."""
    return hashlib.blake2b(f"{doc_id}\x1f{category}\x1f{start}\x1f{end}".encode(), digest_size=8).hexdigest()


def restore(events: list[Event], offset: int) -> list[Event]:
    """Events of a chunk with offsets (and the ids computed from them) into the original document's text."""
    if not offset:
        return events
    out = []
    for e in events:
        t, s = e.trigger, e.sentence
        trigger = Span(t.text, t.start + offset, t.end + offset)
        out.append(
            replace(
                e,
                trigger=trigger,
                sentence=Span(s.text, s.start + offset, s.end + offset),
                event_id=event_id(e.doc_id, e.category, trigger.start, trigger.end),
            )
        )
    return out
