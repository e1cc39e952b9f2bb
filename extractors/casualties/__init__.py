"""How many were killed and injured, as one sentence reports it.

Counts come from the noun phrase before a passive or adjectival casualty word ("one civilian and six
assailants were killed"), from the object of an active one ("killing 2 and wounding 5"), from toll
updates ("the death toll rose to 12", which replaces earlier figures) and from explicit zeros ("no
casualties", "no one was hurt"). A total over a period ("30 killed in rebel attacks last year", "a war
that killed 300,000") is read but marked ``period`` (see ``period``) and counts for no incident. The
English words are in ``data/casualty_words.json`` and ``data/period_words.json``; ``patterns`` builds the
regexes around them, ``readers`` holds one reader per phrasing, ``subject`` reads the victims before a
passive word and ``count`` runs the readers in order.
"""

from __future__ import annotations

from .count import counts, sentence_totals
from .tally import INJURED, KILLED, Count

__all__ = ["INJURED", "KILLED", "Count", "counts", "sentence_totals"]
