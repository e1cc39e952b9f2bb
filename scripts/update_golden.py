#!/usr/bin/env python3
"""Rewrite tests/golden/*.jsonl from the current extractor output on samples/.

Run it only after reading the diff of what changed (git diff tests/golden): the golden files are
the reviewed, expected output, and the test compares every field against them.
"""

from __future__ import annotations

from pathlib import Path

import orjson

from extractors import extract, text_document

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    out_dir = ROOT / "tests" / "golden"
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "samples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = text_document(f"samples/{path.name}", text)
        lines = [
            orjson.dumps(e.to_dict(), option=orjson.OPT_SORT_KEYS)
            for e in extract([doc], include_nonfactual=True, mentions=True)
        ]
        (out_dir / f"{path.stem}.jsonl").write_bytes(b"\n".join(lines) + (b"\n" if lines else b""))
        print(f"{path.name}: {len(lines)} events")


if __name__ == "__main__":
    main()
