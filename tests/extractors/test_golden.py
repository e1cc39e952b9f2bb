"""samples/*.txt against their reviewed output in tests/golden/, field by field (non-factual events and mention records included).

After a deliberate change, regenerate with `scripts/update_golden.py` and review `git diff tests/golden`.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from extractors import extract, text_document

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def test_there_are_enough_samples():
    assert len(SAMPLES) >= 6
    assert all((ROOT / "tests" / "golden" / f"{p.stem}.jsonl").exists() for p in SAMPLES)


def _flat(d, prefix=""):
    out = {}
    for k, v in d.items():
        if isinstance(v, dict):
            out.update(_flat(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = v
    return out


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_sample_matches_golden(path: Path):
    text = path.read_text(encoding="utf-8")
    got = [
        e.to_dict()
        for e in extract([text_document(f"samples/{path.name}", text)], include_nonfactual=True, mentions=True)
    ]
    golden_path = ROOT / "tests" / "golden" / f"{path.stem}.jsonl"
    want = [orjson.loads(line) for line in golden_path.read_bytes().splitlines() if line.strip()]
    assert [e["summary"] for e in got] == [e["summary"] for e in want]
    for g, w in zip(got, want, strict=True):
        fg, fw = _flat(g), _flat(w)
        for key in sorted(set(fg) | set(fw)):
            assert fg.get(key) == fw.get(key), f"{path.name}: {w['summary']!r}: field {key}"
