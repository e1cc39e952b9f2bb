"""From one document to its events: the stages in order.

Each stage is a module named for what it decides and says which fields of the ``Draft`` it sets:

1. ``triggers``: candidate triggers (rules, parse) become typed drafts with their sentence's roles,
   casualties, place and date;
2. ``incidents.attach_followups``: later sentences about an incident add to it rather than start one;
   ``genre``: in an article about a disaster, a match, a deal or a robbery, the drafts are no events;
3. ``scene``: drafts without a place or date take them from nearby sentences; ``sites`` reads the
   places in the gazetteer and ranks the document's countries;
4. ``history``: events a report recalls from the past are dropped; ``background``: so are tolls over a
   period, runs of events and states of affairs; ``classify.take_weapon``: a bare "attack" takes the
   weapon of the article's first incident, a strike from afar;
5. ``incidents.merge_mentions``: several drafts of one incident become one (``merging`` says whether two
   reports tell one incident, ``combining`` what the incident keeps of both);
6. ``records``: drafts become ``Event`` records (actors, types, place, summary), with mention records.
"""

from __future__ import annotations

from typing import Any

from . import background, classify, genre, history, incidents, records, scene, triggers
from .event import Document, Event, Span
from .options import Options
from .reading import Reading


def extract_document(
    doc: Document,
    options: Options | None = None,
    *,
    parses: dict[int, Any] | None = None,
    sentence_spans: list[Span] | None = None,
) -> list[Event]:
    """Events of one document, as ``options`` ask (its rules extractor, mentions, non-factual events).

    ``parses`` maps sentence index to a spaCy Doc of that sentence (the spaCy extractor's input; the
    engine makes them). ``sentence_spans``: the sentences, if already split.
    """
    options = options or Options()
    reading = Reading(doc, sentence_spans)
    drafts = triggers.draft_events(reading, "rules" in options.extractors, parses)
    drafts = incidents.attach_followups(reading.text, drafts, reading.infos, reading.info, reading.spans)
    drafts = genre.screen(reading, drafts)
    sites = scene.locate(reading, drafts)
    drafts = history.drop_history(drafts, reading.infos, reading.ref)
    drafts = background.drop_background(drafts, reading.infos)
    classify.take_weapon(drafts)
    drafts = incidents.merge_mentions(drafts, reading.texts(), reading.text, sites.spots(reading.infos))
    return records.build(
        doc, reading, drafts, sites, mentions=options.mentions, include_nonfactual=options.include_nonfactual
    )
