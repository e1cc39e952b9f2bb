"""The prefilter only saves work: the joined cue regex (``prefilter.trigger_gate``) and the word-start scans
(``prefilter.scan``) give the same candidates and cue matches as each cue's own regex."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import cues, prefilter, rules
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
    assert prefilter.trigger_gate() is not None


def test_candidates_and_prefilter_are_the_same_without_the_gate(monkeypatch):
    todo = sentences()
    with_gate = [list(rules.sentence_candidates(t, 0, s)) for t, s in todo]
    gated = [prefilter.could_hold_event(t, s) for t, s in todo]
    assert any(with_gate) and not all(with_gate)
    monkeypatch.setattr(prefilter, "trigger_gate", lambda: None)
    assert [list(rules.sentence_candidates(t, 0, s)) for t, s in todo] == with_gate
    assert [prefilter.could_hold_event(t, s) for t, s in todo] == gated


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?P<n>a)(?P=n)"])
def test_gate_gives_way_to_patterns_it_cannot_join(pattern):
    import re

    from extractors.lexicon import wrap

    odd = cues.Cue("odd", re.compile(wrap(pattern), re.IGNORECASE), "attack", "incident", frozenset(), pattern)
    assert prefilter.joined((odd,)) is None


def test_scans_find_what_each_cue_finds():
    """Over every sentence and for every cue, the scan's matches are the regex's own (in order)."""
    for t, s in sentences():
        sentence = prefilter.scan(t, s.start, s.end)
        for cue in cues.cues().values():
            assert sentence.find(cue.id) == cues.find(cue.id, t, s.start, s.end), (cue.id, s.text)
            assert sentence.first(cue.id) == cues.first(cue.id, t, s.start, s.end), (cue.id, s.text)


def test_a_scan_needs_no_earlier_reader():
    """A scan asked for first (no rule extractor before it) gives the same hits as one the extractor made."""
    text = "Police fired tear gas at protesters. Rebels claimed responsibility for the bombing."
    late = list(split(text))
    assert [prefilter.scan(text, s.start, s.end).first("responsibility") for s in late] == [
        cues.first("responsibility", text, s.start, s.end) for s in late
    ]
