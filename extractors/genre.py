"""Between stages 2 and 3, genre: what kind of story a whole article is, and which drafts it leaves standing.

An article about an earthquake, a factory blast, a cricket match, a pay deal or a shop robbery uses the
words of conflict for things ACLED does not code: "the quake killed 127", "a blast ripped through the
plant", "their short-pitched assault", "struck an agreement with the union", "the clerk was shot in a
robbery". The article tells its kind by the words it keeps using (``data/genre_words.json``), in its
headline or lead and throughout, far more than it names anyone who fights or protests. In such an article
a draft stands only where its own sentence names an armed group, troops or protesters, or a protest (a
militant attack reported beside a flood, workers' demonstration in a pay dispute); the others become
non-events: factuality ``negated``, with ``>not-event:<kind>`` on their ``rule`` so that
``--include-nonfactual`` shows why.

Coder notes of one or two sentences have no genre: the test needs an article (``MIN_SENTENCES``).
"""

from __future__ import annotations

import re
from functools import cache

from . import factuality
from .draft import Draft, family
from .reading import Reading
from .words import alternation, words

_FILE = "genre_words.json"
GENRES = ("disaster", "sport", "business", "crime", "trial")
MIN_SENTENCES = 4  # fewer: a coder's note or a brief, whose few words tell no genre
LEAD_SENTENCES = 3  # the headline and the lead, where an article says what it is about
MIN_WORDS = 5  # genre words in the whole article
MIN_DISTINCT = 3  # of which different words
DOMINANCE = 3  # genre words per word of conflict in the article
# A war-crimes trial names the fighters and their deeds in its charges: the court's words need only outnumber
# the words of conflict. And a fighter named in its sentence does not make an act news there: only a protest
# (at the court) stands in it.
GENRE_DOMINANCE = {"trial": 1}
PROTEST_ONLY = frozenset({"trial"})
# A trial is a genre only when it tries acts of years back (a year two or more before the report): the
# trial of last month's bombing may still tell news of it.
YEARS_BACK = {"trial": 2}
_YEAR = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")


@cache
def _pattern(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){alternation(words(_FILE, key), escape=False)}(?![\w-])", re.IGNORECASE)


def _hits(key: str, text: str) -> list[str]:
    return [m.group().lower() for m in _pattern(key).finditer(text)]


def kind_of(reading: Reading) -> str | None:
    """The article's kind when it is one ACLED codes nothing in ("disaster", "sport", "business", "crime", "trial"),
    else None: its words of that kind are many, varied, in its lead, and far more than its words of conflict."""
    spans = reading.spans
    if len(spans) < MIN_SENTENCES:
        return None
    text = reading.text
    lead = text[spans[0].start : spans[min(LEAD_SENTENCES, len(spans)) - 1].end]
    # The lead is short: most articles name no genre there, and then the whole text need not be read.
    told = [genre for genre in GENRES if _pattern(genre).search(lead)]
    if not told:
        return None
    conflict = sum(len(_hits(key, text)) for key in ("fighters", "protest_acts", "conflict"))
    best, best_n = None, 0
    for genre in told:
        found = _hits(genre, text)
        if (
            len(found) >= MIN_WORDS
            and len(set(found)) >= MIN_DISTINCT
            and len(found) >= GENRE_DOMINANCE.get(genre, DOMINANCE) * max(conflict, 1)
            and len(found) > best_n
            and _old_enough(reading, genre)
        ):
            best, best_n = genre, len(found)
    return best


def _old_enough(reading: Reading, genre: str) -> bool:
    """The article names a year far enough back for the genre (``YEARS_BACK``), or the genre needs none."""
    back = YEARS_BACK.get(genre)
    if back is None:
        return True
    ref = reading.ref
    return ref is not None and any(int(m.group()) <= ref.year - back for m in _YEAR.finditer(reading.text))


def _stands(kind: str, d: Draft, sentence: str) -> bool:
    """The draft is news in an article of this kind: a protest in a trial story; in the others, one whose
    sentence names fighters, protesters or a protest."""
    if kind in PROTEST_ONLY:
        return family(d.category) == "protest"
    return any(_pattern(k).search(sentence) for k in ("fighters", "protest_acts"))


def screen(reading: Reading, drafts: list[Draft]) -> list[Draft]:
    """Mark the drafts of a disaster, sports, business, crime or trial story as non-events (see the module)."""
    kind = kind_of(reading)
    if kind is None:
        return drafts
    for d in drafts:
        if d.factuality == factuality.ACTUAL and not _stands(kind, d, reading.info(d.sentence).span.text):
            d.factuality = factuality.NEGATED
            d.rule += f">not-event:{kind}"
    return drafts
