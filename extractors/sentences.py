"""Cheap sentence splitting, good enough to decide where the parser is worth running."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .event import Span
from .words import words

# Abbreviations that end with a full stop but rarely end a sentence in news copy.
_ABBREV = frozenset(words("abbreviations.json", "abbreviations"))
_BOUNDARY = re.compile(r"""[.!?]+['"”’)\]]*\s+(?=[“"'‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*\S)""")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)[.!?]*['\"”’)\]]*\s*$")


def split(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Yield sentence spans of ``text[start:end]`` with offsets into ``text``, whitespace trimmed."""
    end = len(text) if end is None else end
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group().startswith((".",)) and "\n" not in m.group():
            before = _WORD_BEFORE.search(text, max(pos, m.start() - 20), m.start() + 1)
            word = before.group(1).lower().rstrip(".") if before else ""
            # "Gen. Akar", "Nov. 1", "U.S. forces": the full stop belongs to an abbreviation or initial.
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
        yield from _trimmed(text, pos, m.end())
        pos = m.end()
    yield from _trimmed(text, pos, end)


def _trimmed(text: str, a: int, b: int) -> Iterator[Span]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        yield Span(text[a:b], a, b)
