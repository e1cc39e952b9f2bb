"""``confidence`` ranks the records a coder would sign above the weak ones; ``min_confidence`` drops the rest.

Each row: a report that names its incident fully (place, day, figures, told again), and a look-alike that
lacks one sign of an incident (no place or day, old, hedged, quoted, only a count). Reports are invented.
"""

from __future__ import annotations

import pytest

from extractors import Document, extract
from extractors.records import _age_days

REF = "2024-03-14"
SURE = "Gunmen killed seven farmers in Zorbaville, Kandor province, on Tuesday."

PAIRS = [
    pytest.param(SURE, "Gunmen killed farmers.", id="no-place-no-day"),
    pytest.param(SURE, "Gunmen killed seven farmers in Zorbaville, Kandor province, in March 2021.", id="years-old"),
    pytest.param(
        "Soldiers shot two protesters in Zorbaville on Monday.",
        "Soldiers allegedly shot two protesters in Zorbaville on Monday.",
        id="hedged",
    ),
    pytest.param(
        "Militiamen attacked Zorbaville on Monday and burned dozens of houses, residents said.",
        'The mayor said on Monday: "Militiamen attacked Zorbaville and burned dozens of houses."',
        id="quoted",
    ),
    pytest.param(
        "Rebels ambush army convoy near Kandor\n\nRebels ambushed an army convoy near Kandor on Monday, killing "
        "four soldiers. The ambush lasted two hours, officials said.",
        "Rebels ambushed an army convoy near Kandor on Monday.",
        id="told-once",
    ),
]


def _top(text: str) -> float:
    found = [e for e in extract([Document("r", text, REF)]) if e.acled is not None]
    assert found, text
    return max(e.confidence for e in found)


@pytest.mark.parametrize("sure, weak", PAIRS)
def test_a_fully_reported_incident_is_surer_than_its_look_alike(sure, weak):
    assert _top(sure) > _top(weak)


@pytest.mark.parametrize(
    "value, ref, days",
    [("2024-03-12", "2024-03-14", 2), ("2024-03", "2024-03-14", 13), ("2021", "2024-03-14", 1168), (None, REF, None)],
)
def test_age_of_an_event(value, ref, days):
    assert _age_days(value, ref) == days


REPORT = (
    "Gunmen killed seven farmers in Zorbaville, Kandor province, on Tuesday. Nine more were wounded in the "
    "attack. Separately, fighting was reported."
)


def test_min_confidence_drops_incidents_below_it_and_their_mentions():
    docs = [Document("r", REPORT, REF)]
    every = list(extract(docs, mentions=True))
    scores = sorted({e.confidence for e in every if e.mention_of is None})
    assert len(scores) >= 2, every
    floor = scores[-1]
    kept = list(extract(docs, mentions=True, min_confidence=floor))
    sure = {e.event_id for e in every if e.mention_of is None and e.confidence >= floor}
    assert kept == [e for e in every if (e.mention_of or e.event_id) in sure]
    assert any(e.mention_of for e in kept) or not any(e.mention_of in sure for e in every)
    assert list(extract(docs, mentions=True, min_confidence=0.0)) == every
