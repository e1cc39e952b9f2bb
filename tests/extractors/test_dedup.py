"""Cross-document deduplication (``extract(..., dedup=True)``, ``extractors.dedup``).

The articles below were written for this test: three reports of one (fictional) car bombing in
Mogadishu with different wording and casualty figures, and one unrelated protest in Peru.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from extractors import Actor, Document, Event, Place, Span, When, extract
from extractors.dedup import dedup

REPORT_A = (
    "MOGADISHU, June 4, 2024 — Al-Shabaab militants detonated a car bomb in a crowded market in Mogadishu on "
    "Tuesday, killing at least 12 people, police said.\n"
    "Traders said the explosion destroyed dozens of stalls and set fire to a fuel depot. Ambulances carried the "
    "wounded to hospitals across the city."
)
REPORT_B = (
    "Fourteen people died on Tuesday when an al-Shabaab car bomb went off in a market in Mogadishu, the director "
    "of a city hospital said.\n"
    "Witnesses described a thick column of smoke rising above the market shortly after noon. Relatives waited "
    "outside the hospital for news into the night."
)
REPORT_C = (
    "A car bomb killed 13 people and wounded 30 in a market in Mogadishu, Somalia, on Tuesday, officials said on "
    "Wednesday.\n"
    "Al-Shabaab claimed responsibility for the bombing in a statement on its radio station. Traders said the "
    "market had reopened by Wednesday morning."
)
UNRELATED = (
    "LIMA, June 4, 2024 — Thousands of teachers marched through the centre of Lima, Peru on Tuesday to protest "
    "against a new pension law.\n"
    "The protesters chanted slogans outside the education ministry. The march ended peacefully in the evening, "
    "organisers said."
)
DOCUMENTS = [
    Document("report-a", REPORT_A, "2024-06-04"),
    Document("report-b", REPORT_B, "2024-06-04"),
    Document("report-c", REPORT_C, "2024-06-05"),
    Document("unrelated", UNRELATED, "2024-06-04"),
]
BOMBINGS = {"explosive_device", "suicide_bombing", "remote_violence"}


# Incidents only: how dedup carries mention records is tested in test_mentions.py.
@pytest.fixture(scope="module")
def plain() -> list[Event]:
    return list(extract(DOCUMENTS, mentions=False))


@pytest.fixture(scope="module")
def merged() -> list[Event]:
    return list(extract(DOCUMENTS, dedup=True, mentions=False))


def test_without_dedup_each_report_is_its_own_event(plain):
    bombings = [e for e in plain if e.category in BOMBINGS]
    assert sorted(e.doc_id for e in bombings) == ["report-a", "report-b", "report-c"]
    assert sorted(e.fatalities for e in bombings) == [12, 13, 14]
    assert all(not e.sources for e in plain)


def test_three_reports_become_one_bombing(merged, plain):
    bombings = [e for e in merged if e.category in BOMBINGS]
    assert len(bombings) == 1
    bombing = bombings[0]
    assert [s["doc_id"] for s in bombing.sources] == ["report-a", "report-b", "report-c"]
    assert bombing.fatalities == 14  # the highest figure reported, not the sum
    assert bombing.injured == 30
    assert bombing.doc_id == "report-a"
    first_a = next(e for e in plain if e.doc_id == "report-a" and e.category in BOMBINGS)
    assert bombing.event_id == first_a.event_id
    assert bombing.mentions == sum(e.mentions for e in plain if e.category in BOMBINGS)
    texts = {d.id: d.text for d in DOCUMENTS}
    for source in bombing.sources:
        assert source["sentence"] in texts[source["doc_id"]]
    assert bombing.location is not None and bombing.location.name == "Mogadishu"


def test_unrelated_event_stays_apart(merged, plain):
    assert [e for e in merged if e.doc_id == "unrelated"] == [e for e in plain if e.doc_id == "unrelated"]
    assert all(not e.sources for e in merged if e.doc_id == "unrelated")


def test_merged_event_validates_against_the_schema(merged):
    from jsonschema import Draft202012Validator

    from extractors import json_schema

    validator = Draft202012Validator(json_schema())
    for event in merged:
        assert list(validator.iter_errors(event.to_dict())) == []


# --------------------------------------------------------------------------- rules, on hand-built events


def make(
    doc_id: str,
    *,
    category: str = "explosive_device",
    actor1: str | None = "Al Shabaab",
    actor2: str | None = None,
    day: str | None = "2024-06-04",
    place: str | None = "Mogadishu",
    country: str | None = "SOM",
    precision: int = 1,
    lat: float | None = None,
    lon: float | None = None,
    fatalities: int | None = None,
    factuality: str = "actual",
    sector1: str = "REB",
    sector2: str = "CVL",
) -> Event:
    sentence = f"Sentence of {doc_id}."
    return Event(
        doc_id=doc_id,
        event_id=f"id-{doc_id}",
        summary="s",
        category=category,
        acled=None,
        cameo=None,
        plover=None,
        factuality=factuality,
        actor1=Actor(actor1, actor1, country, sector1) if actor1 else None,
        actor2=Actor(actor2, actor2, country, sector2) if actor2 else None,
        fatalities=fatalities,
        injured=None,
        quantity=None,
        location=Place(place, place, country, None, None, lat, lon, precision) if place else None,
        date=When(day, day, "day" if day and len(day) == 10 else "month") if day else None,
        trigger=Span("bomb", 0, 4),
        sentence=Span(sentence, 0, len(sentence)),
        extractor="rules",
        rule="r",
        confidence=0.5,
    )


def test_single_reports_pass_through_unchanged():
    events = [make("a"), make("b", place="Kismayo"), make("c", day="2024-06-09")]
    assert list(dedup(events)) == events


def test_same_document_is_never_merged():
    events = [make("a"), replace(make("a"), event_id="id-a2")]
    assert list(dedup(events)) == events


@pytest.mark.parametrize(
    "other, same",
    [
        (dict(day="2024-06-05"), True),  # within one day
        (dict(day="2024-06-06"), False),  # two days apart
        (dict(day=None), True),  # one date missing
        (dict(day="2024-06"), True),  # a month holds its days
        (dict(actor1=None), True),  # one side unknown
        (dict(actor1="Al-Shabaab fighters"), True),  # one name holds the other
        (dict(actor1="Rebels (Somalia)"), True),  # a generic name of the same sector and country
        (dict(actor1="Islamic State Somalia"), False),
        (dict(place="Somalia", precision=3), True),  # only the country
        (dict(place="Bakara market, Mogadishu"), True),  # nested place
        (dict(place="Kismayo"), False),
        (dict(place="Mogadishu", country="KEN"), False),
        (dict(category="suicide_bombing"), True),  # same family
        (dict(category="peaceful_protest"), False),
        (dict(factuality="hypothetical"), False),
    ],
    ids=lambda v: str(v),
)
def test_merge_rules(other, same):
    out = list(dedup([make("a"), make("b", **other)]))
    assert len(out) == (1 if same else 2)


def test_swapped_sides_merge_only_for_symmetric_categories():
    a = make("a", category="armed_clash", actor1="Al Shabaab", actor2="Military Forces of Somalia", sector2="MIL")
    b = make(
        "b",
        category="armed_clash",
        actor1="Military Forces of Somalia",
        actor2="Al Shabaab",
        sector1="MIL",
        sector2="REB",
    )
    assert len(list(dedup([a, b]))) == 1
    c = make("a", actor1="Al Shabaab", actor2="Military Forces of Somalia", sector2="MIL")
    d = make("b", actor1="Military Forces of Somalia", actor2="Al Shabaab", sector1="MIL", sector2="REB")
    assert len(list(dedup([c, d]))) == 2


def test_merged_fields():
    a = make("a", place="Somalia", precision=3, lat=5.15, lon=46.2, fatalities=12)
    b = make("b", fatalities=None)
    c = replace(make("c", lat=2.05, lon=45.32, fatalities=14), mentions=2)
    d = make("d", fatalities=13)
    (event,) = dedup([a, b, c, d])
    assert event.event_id == "id-a" and event.doc_id == "a"
    assert event.mentions == 5
    assert event.fatalities == 14
    assert [s["doc_id"] for s in event.sources] == ["a", "b", "c", "d"]
    assert event.sources[0] == {"doc_id": "a", "sentence": "Sentence of a."}
    # The most precise place: precision 1 before 3, and with coordinates before without.
    assert (event.location.name, event.location.lat) == ("Mogadishu", 2.05)


def test_window_is_bounded_and_order_is_first_report():
    events = [make(f"d{i}", place=f"Town{i}") for i in range(5)] + [make("late", place="Town0")]
    emitted: list[str] = []

    def feed():
        for e in events:
            yield e
            emitted.append(f"fed {e.doc_id}")

    out = []
    for e in dedup(feed(), window=2):
        out.append(e)
        emitted.append(f"out {e.doc_id}")
    # Town0 fell out of the window before "late" arrived: not merged; output in order of first report.
    assert [e.doc_id for e in out] == ["d0", "d1", "d2", "d3", "d4", "late"]
    assert emitted.index("out d0") < emitted.index("fed d3")  # streamed, not held to the end
    assert all(not e.sources for e in out)
    out_wide = list(dedup(events, window=10))
    assert [e.doc_id for e in out_wide] == ["d0", "d1", "d2", "d3", "d4"]
    assert [s["doc_id"] for s in out_wide[0].sources] == ["d0", "late"]
