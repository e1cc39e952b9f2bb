"""How many were killed or injured, read from one sentence: asides and partitives are not added to the total."""

from __future__ import annotations

import pytest

from extractors.casualties import counts


def _read(sentence: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in counts(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An aside counts some of those already counted.
        ("Seven villagers, 3 of them women, were killed in the raid.", [("killed", 7)]),
        ("Eleven passengers, two of whom were children, were wounded.", [("injured", 11)]),
        ("Six guards were killed, two of them officers.", [("killed", 6)]),
        ("Ten miners, including four teenagers, were killed.", [("killed", 10)]),
        # The group the victims were taken from is no victim count.
        ("Of the 40 hostages, six were killed.", [("killed", 6)]),
        ("Of the 25 passengers on the bus, four were wounded.", [("injured", 4)]),
        # Separate groups still add up.
        ("Three soldiers and two civilians were killed.", [("killed", 5)]),
    ],
)
def test_counts(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _read(sentence) == expected
