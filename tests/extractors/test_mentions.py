"""``mentions`` (off by default, ``--mentions``): also a record for each further sentence about an incident, linked to it.

The incident's own record is the same with and without the option; the extra records carry its fields,
their own trigger and sentence, ``mention_of`` set to its ``event_id`` and no casualty figures, so that
summing figures over records never counts an incident twice. The reports are invented.
"""

from __future__ import annotations

import jsonschema
import pytest

from extractors import Document, extract, json_schema

REF = "2024-03-14"

# (report, the sentences, by their first words, that should come back as mentions of the first incident)
REPORTS = [
    (
        "A car bomb exploded outside a police station in Spin Boldak, Kandahar province, on Monday, killing four "
        "officers. Nine more people were wounded in the blast. The explosion shattered windows across the street, a "
        "shopkeeper said. Separately, the governor met tribal elders in Kandahar city to discuss the harvest.",
        ["Nine more", "The explosion"],
    ),
    (
        "Gunmen ambushed a convoy near Zorbadougou in Mopti region on Friday, killing six soldiers. Two of the "
        "attackers were also killed in the exchange of fire. The army said reinforcements had been sent.",
        ["Two of the"],
    ),
    (
        "Protesters blocked the main road in Zorbaville on Tuesday to demand water. Police fired tear gas to "
        "disperse them.",
        [],
    ),
]


def _run(text: str, mentions: bool):
    return list(extract([Document("r", text, REF)], mentions=mentions))


@pytest.mark.parametrize("text, starts", REPORTS)
def test_mentions_link_further_sentences_to_their_incident(text, starts):
    plain = _run(text, False)
    both = _run(text, True)
    assert [e for e in both if e.mention_of is None] == plain  # the incidents themselves do not change
    incident = plain[0]
    extra = [e for e in both if e.mention_of is not None]
    assert len(extra) == len(starts)
    assert all(text.startswith(s, e.sentence.start) for e, s in zip(extra, starts, strict=True)), [
        e.sentence.text for e in extra
    ]
    for e in extra:
        assert e.mention_of == incident.event_id
        assert (e.category, e.acled, e.actor1, e.actor2, e.location, e.date) == (
            incident.category,
            incident.acled,
            incident.actor1,
            incident.actor2,
            incident.location,
            incident.date,
        )
        assert e.fatalities is None and e.injured is None
        assert e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end
        assert e.rule.endswith(">mention")
    # one record a sentence, and the figures summed over records are the incident's own
    own = {e.sentence.start for e in plain}
    assert len({e.sentence.start for e in extra} | own) == len(extra) + len(own)
    assert sum(e.fatalities or 0 for e in both) == sum(e.fatalities or 0 for e in plain)
    assert sum(e.injured or 0 for e in both) == sum(e.injured or 0 for e in plain)
    assert len({e.event_id for e in both}) == len(both)


def test_mention_records_match_the_schema():
    schema = json_schema()
    records = [e.to_dict() for e in _run(REPORTS[0][0], True)]
    assert any("mention_of" in r for r in records)
    assert all("mention_of" not in r for r in (e.to_dict() for e in _run(REPORTS[0][0], False)))
    for r in records:
        jsonschema.validate(r, schema)


def test_defaults_to_one_record_an_incident():
    text = REPORTS[0][0]
    assert list(extract([Document("r", text, REF)])) == _run(text, False)
    assert all(e.mention_of is None for e in _run(text, False))


def test_dedup_keeps_mentions_after_their_merged_incident():
    docs = [
        Document("a", REPORTS[0][0], REF),
        Document(
            "b",
            "A car bomb exploded at a police station in Spin Boldak on Monday, killing four officers. "
            "The blast also wounded nine people.",
            REF,
        ),
    ]
    merged = list(extract(docs, dedup=True, mentions=True))
    incidents = [e for e in merged if e.mention_of is None]
    bombing = next(e for e in incidents if len(e.sources) == 2)
    echoes = [e for e in merged if e.mention_of is not None]
    assert {e.doc_id for e in echoes} == {"a", "b"}
    assert all(e.mention_of == bombing.event_id for e in echoes)
    # each comes after the event it points at
    position = {e.event_id: i for i, e in enumerate(merged)}
    assert all(position[e.mention_of] < i for i, e in enumerate(merged) if e.mention_of)
