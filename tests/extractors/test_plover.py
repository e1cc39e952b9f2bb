"""Political (non-violent) events: each sentence gives an event of the PLOVER type in the table."""

from __future__ import annotations

import pytest

from extractors import Document, extract

ROWS = [
    ("The two governments reached a consensus on sharing river water after three days of talks.", "AGREE"),
    ("The rebels accepted the government's offer of a ceasefire on Sunday.", "AGREE"),
    ("The Norwegian envoy launched a mediation effort between the two factions.", "CONSULT"),
    ("Ghana and Togo restored diplomatic relations after a five-year break.", "SUPPORT"),
    ("Kenyan police shared intelligence with their Ugandan counterparts about the bombers.", "COOPERATE"),
    ("Tanzania extradited a suspected militant to Mozambique on Friday.", "COOPERATE"),
    ("The European Union gave Malawi 20 million euros of aid for flood relief.", "AID"),
    ("The government lifted the curfew in the capital on Monday.", "CONCEDE"),
    ("The junta released dozens of political prisoners ahead of the talks.", "CONCEDE"),
    ("The United Nations opened an investigation into the killings in the border villages.", "ACCUSE"),
    ("The opposition rejected the proposed constitutional changes.", "REJECT"),
    ("The president declined to resign despite the protests.", "REJECT"),
    ("The ministry demanded that the embassy close its consulate within a week.", "REQUEST"),
    ("Teachers began an indefinite strike over unpaid salaries.", "PROTEST"),
    ("The army put its units along the border on high alert.", "MOBILIZE"),
    ("Canada suspended aid to the government after the coup.", "SANCTION"),
    ("The authorities expelled two foreign journalists on Tuesday.", "COERCE"),
    ("Police prevented the demonstration planned outside parliament.", "COERCE"),
]


@pytest.mark.parametrize("sentence, plover", ROWS)
def test_political_event_types(sentence, plover):
    events = [e.to_dict() for e in extract([Document("t", sentence, "2024-05-02")])]
    assert plover in {e["plover"] for e in events}, [(e["category"], e["plover"], e["trigger"]["text"]) for e in events]


SOURCES = [
    ("Washington demanded that the rebels lay down their arms.", "REQUEST", "USA"),
    ("Moscow rejected the proposal for a new round of talks on Friday.", "REJECT", "RUS"),
    ("Somalis in northern Kenya demanded a greater share of the county budget.", "REQUEST", "KEN"),
    ("Opposition groups in Zambia are demanding the release of their leader.", "REQUEST", "ZMB"),
    ("The foreign ministry of Ghana said it would support the peace plan.", "SUPPORT", "GHA"),
]


@pytest.mark.parametrize("sentence, plover, country", SOURCES)
def test_source_country(sentence, plover, country):
    """Who acts: a capital that speaks for its government, a community placed in a country, the speaker."""
    events = [e.to_dict() for e in extract([Document("t", sentence, "2024-05-02")])]
    found = [e for e in events if e["plover"] == plover]
    assert found and (found[0]["actor1"] or {}).get("country") == country, [(e["plover"], e["actor1"]) for e in events]


def test_a_capital_used_as_an_adjective_is_not_an_actor():
    events = [
        e.to_dict()
        for e in extract(
            [Document("t", "Organizers of the Nairobi rally warned they would march again.", "2024-05-02")],
            include_nonfactual=True,
        )
    ]
    assert all((e["actor1"] or {}).get("name") != "Kenya" for e in events)
