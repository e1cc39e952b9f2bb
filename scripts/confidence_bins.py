"""Does ``confidence`` order precision? Precision of whole-article incidents by confidence tercile.

    .venv/bin/python scripts/confidence_bins.py [--gold ../shared/data/dev/news_dev.jsonl] [--pred EVENTS.jsonl]

Matches each article's incidents (factual records without ``mention_of``) to its gold events with the
scorer's own one-to-one matching (``news_match`` of ``../shared/eval/score.py``, imported), sorts every
incident of the set by confidence (text order within a tie) and cuts the list into three bins of equal
size: low, middle, high. Prints each bin's confidence range, incidents, matched incidents and
precision, then the precision at each distinct confidence value. Without ``--pred`` the events are
extracted here, in this process (``extract --format jsonl``, default options). The issue's bar: high beats low.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CONFLICT_EVENTS_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT))


def scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extracted(gold: Path) -> list[dict]:
    """The events ``extract --format jsonl`` writes for ``gold``, run in this process."""
    from typer.testing import CliRunner

    from cli.app import app

    got = CliRunner().invoke(app, ["extract", str(gold), "--format", "jsonl"], catch_exceptions=False)
    if got.exit_code:
        raise SystemExit(f"extract exited {got.exit_code}")
    return [json.loads(line) for line in got.stdout.splitlines() if line.strip()]


def graded(score: ModuleType, golds: list[dict], events: list[dict]) -> list[tuple[float, bool]]:
    """(confidence, matched) of every incident, in the articles' order and each article's text order."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        by_doc[e["doc_id"]].append(e)
    out: list[tuple[float, bool]] = []
    for d in golds:
        incidents, _, pairs = score.news_match(d["text"], d["gold"], by_doc.get(d["id"], []))
        out += [(float(e.get("confidence", 0.0)), ti in pairs) for ti, e in enumerate(incidents)]
    return out


def terciles(rows: list[tuple[float, bool]]) -> list[list[tuple[float, bool]]]:
    ranked = sorted(rows, key=lambda r: r[0])  # stable: text order within a tie
    n = len(ranked)
    return [ranked[: n // 3], ranked[n // 3 : 2 * n // 3], ranked[2 * n // 3 :]]


def precision(rows: list[tuple[float, bool]]) -> float:
    return sum(ok for _, ok in rows) / len(rows) if rows else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "data" / "dev" / "news_dev.jsonl")
    ap.add_argument("--pred", type=Path, help="events as extract --format jsonl writes them (default: extract here)")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    a = ap.parse_args()
    golds = [json.loads(line) for line in a.gold.open(encoding="utf-8") if line.strip()]
    if a.pred:
        events = [json.loads(line) for line in a.pred.open(encoding="utf-8") if line.strip()]
    else:
        events = extracted(a.gold)
    rows = graded(scorer(a.scorer), golds, events)
    print(f"{len(rows)} incidents, precision {precision(rows):.3f}")
    print(f"{'bin':<7} {'confidence':>11} {'incidents':>9} {'matched':>7} {'precision':>9}")
    for name, part in zip(("low", "middle", "high"), terciles(rows), strict=True):
        span = f"{part[0][0]:.2f}-{part[-1][0]:.2f}" if part else "-"
        matched = sum(ok for _, ok in part)
        print(f"{name:<7} {span:>11} {len(part):>9} {matched:>7} {precision(part):>9.3f}")
    print("\nby value:")
    values: dict[float, list[tuple[float, bool]]] = defaultdict(list)
    for r in rows:
        values[r[0]].append(r)
    for v in sorted(values):
        print(f"  {v:.2f}: {len(values[v]):>4} incidents, precision {precision(values[v]):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
