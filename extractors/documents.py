"""Texts to ``Document``s, and the one rule for a document's reference (publication) date.

Relative dates ("on Tuesday", "16 days ago") resolve against the reference date. The first of these
that exists is taken:

1. the document's own date (a JSON Lines record's date field), when it is an ISO date;
2. the date given for documents that carry none (the CLI's ``--date``);
3. for a whole article (a text file), the date of its dateline ("KABUL, March 14, 2024 —").

A record's text is not searched for a dateline: records are often excerpts, and the dev and bench
records without a date have always been left undated. Each date string is checked once, here; a
``Document`` holds its first ten characters (``2024-03-14`` of ``2024-03-14T08:00:00Z``).
"""

from __future__ import annotations

import re

from .event import Document
from .options import OptionError

# Python 3.11 also reads ISO's basic and week forms ("20240314", "2024-W11-4"); a Document's date and every
# event date built from it must be in the extended form the schema gives, so only that form is taken.
_EXTENDED = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)")


def iso_date(value: object) -> str | None:
    """``value`` as ``Document.date`` holds it, or None when it is not a string starting with an ISO date."""
    from .dates import parse_iso

    if not isinstance(value, str) or not _EXTENDED.match(value) or parse_iso(value) is None:
        return None
    return value[:10]


def given_date(value: str | None) -> str | None:
    """The date given for documents that carry none (None: no date given); ``OptionError`` if it is not one."""
    if value is None:
        return None
    checked = iso_date(value)
    if checked is None:
        raise OptionError(f"{value!r} is not a date in the form YYYY-MM-DD", "date")
    return checked


def reference_date(own: object = None, given: str | None = None, article: str | None = None) -> str | None:
    """The rule above: ``own`` date, else ``given`` (already checked by ``given_date``), else the dateline of
    ``article`` (the text of a whole article; None for a record)."""
    found = iso_date(own) or given
    if found is None and article is not None:
        from .dates import dateline

        found = dateline(article)
    return found


def text_document(doc_id: str, text: str, given: str | None = None) -> Document:
    """A whole article, such as a text file: dated by ``given``, else by its dateline."""
    return Document(doc_id, text, reference_date(None, given, text))


def record_document(doc_id: str, text: str, own: object = None, given: str | None = None) -> Document:
    """A record, such as a JSON Lines line: dated by its ``own`` date (any JSON value), else by ``given``."""
    return Document(doc_id, text, reference_date(own, given))
