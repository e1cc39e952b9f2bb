"""The joined cue regex (``cues.trigger_gate``) only saves work: rule candidates are the same without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import cues, rules
from extractors.sentences import split

ROOT = Path(__file__).resolve().parents[2]

WRITTEN = """Gunmen killed three guards in an attack on a depot near the town of Kawaye on Monday.
Police fired tear gas at hundreds of protesters who marched on the governor's office.
A suicide car bomb exploded at a checkpoint, and a second bomb was defused by the army.
The town council approved a new budget for the library and the bus station.
Rebels seized two villages after heavy shelling; the ministry denied that troops had withdrawn.
Officials met community leaders to discuss the ceasefire and the release of hostages.
Residents said the market reopened after the storm and traders returned to their stalls."""


def sentences() -> list[tuple[str, object]]:
    texts = [WRITTEN] + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    return [(t, s) for t in texts for s in split(t)]


def test_gate_is_built():
    assert cues.trigger_gate() is not None


def test_candidates_and_prefilter_are_the_same_without_the_gate(monkeypatch):
    todo = sentences()
    with_gate = [list(rules.sentence_candidates(t, 0, s)) for t, s in todo]
    prefilter = [rules.has_trigger(t, s) for t, s in todo]
    assert any(with_gate) and not all(with_gate)
    monkeypatch.setattr(cues, "trigger_gate", lambda: None)
    assert [list(rules.sentence_candidates(t, 0, s)) for t, s in todo] == with_gate
    assert [rules.has_trigger(t, s) for t, s in todo] == prefilter


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?P<n>a)(?P=n)"])
def test_gate_gives_way_to_patterns_it_cannot_join(monkeypatch, pattern):
    spec = {"cues": {"odd": {"pattern": pattern, "trigger": "attack"}}}
    monkeypatch.setattr(cues, "load_json", lambda name: spec)
    for f in (cues.cues, cues.trigger_cues, cues.trigger_gate):
        f.cache_clear()
    try:
        assert cues.trigger_gate() is None
    finally:
        for f in (cues.cues, cues.trigger_cues, cues.trigger_gate):
            f.cache_clear()
