"""Byte-for-byte output snapshots, to prove that a refactor changes no event.

    .venv/bin/python scripts/snapshot.py write [--dir out/snapshot] [--quick]
    .venv/bin/python scripts/snapshot.py check [--dir out/snapshot] [--quick]

Runs the ``extract`` command in this process (through Typer's ``CliRunner``, so input reading and
datelines are exercised too) over every dev set, both bench sets and ``samples/``, in several option
variants, and writes or compares the JSON Lines output. ``check`` prints each file that differs and
exits 1 on any difference.

spaCy parses are cached by sentence text (``parses.spacy`` in ``--dir``): the parse of a sentence does
not depend on the code under test, and reusing it saves most of a check's time. Only ``write`` saves
the cache; delete it after changing the model or the pipeline's components. ``--quick``: the first 200
documents of each JSON Lines input (a full check takes about 3 minutes, a quick one 40 seconds).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# A git worktree lives away from ../shared; CONFLICT_EVENTS_SHARED points it there.
SHARED = Path(os.environ.get("CONFLICT_EVENTS_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT))

VARIANTS: dict[str, list[str]] = {
    "default": [],
    "mentions": ["--mentions"],
    "nonfactual": ["--include-nonfactual"],
    "nonfactual-mentions": ["--include-nonfactual", "--mentions"],
    "rules": ["--extractors", "rules"],
}


def inputs(quick: bool, tmp: Path) -> list[tuple[str, Path]]:
    found = sorted((SHARED / "data" / "dev").glob("*.jsonl")) + sorted((SHARED / "data" / "bench").glob("*.jsonl"))
    out: list[tuple[str, Path]] = []
    for path in found:
        if quick:
            cut = tmp / path.name
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)[:200]
            cut.write_text("".join(lines), encoding="utf-8")
            path = cut
        out.append((f"{path.parent.name if not quick else 'quick'}-{path.stem}", path))
    # Relative, so the doc ids of samples/ are the same from any checkout (run_all works from ROOT).
    out.append(("samples", Path("samples")))
    return out


class ParseCache:
    """``Language.pipe`` with ``as_tuples`` answered from a cache keyed by text."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.docs: dict[str, object] = {}
        self.added = 0

    def install(self) -> None:
        from spacy.language import Language

        from extractors.nlp import load

        nlp = load(None, entities=False)
        if self.file.exists():
            from spacy.tokens import DocBin

            for doc in DocBin().from_disk(self.file).get_docs(nlp.vocab):
                self.docs[doc.text] = doc
        original = Language.pipe
        cache = self

        def pipe(self, texts, *, as_tuples=False, **kwargs):  # type: ignore[no-untyped-def]
            if not as_tuples:
                yield from original(self, texts, as_tuples=as_tuples, **kwargs)
                return
            items = list(texts)
            todo = list(dict.fromkeys(t for t, _ in items if t not in cache.docs))
            for doc in original(self, todo, **kwargs):
                cache.docs[doc.text] = doc
                cache.added += 1
            for text, context in items:
                yield cache.docs[text], context

        Language.pipe = pipe  # type: ignore[method-assign]

    def save(self) -> None:
        if not self.added:
            return
        from spacy.tokens import DocBin

        bin_ = DocBin(store_user_data=False)
        for doc in self.docs.values():
            bin_.add(doc)
        bin_.to_disk(self.file)


def run_all(quick: bool, target: Path) -> dict[str, bytes]:
    from typer.testing import CliRunner

    from cli.app import app

    runner = CliRunner()
    results: dict[str, bytes] = {}
    os.chdir(ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in inputs(quick, Path(tmp)):
            for variant, flags in VARIANTS.items():
                if variant != "default" and name.startswith(("dev-acled2020", "quick-acled2020")) and quick:
                    continue
                got = runner.invoke(app, ["extract", str(path), "--format", "jsonl", *flags], catch_exceptions=False)
                if got.exit_code != 0:
                    raise SystemExit(f"{name} {variant}: exit {got.exit_code}\n{got.stderr}")
                results[f"{name}.{variant}.jsonl"] = got.stdout_bytes
                print(f"{name:28} {variant:22} {hashlib.sha1(got.stdout_bytes).hexdigest()[:12]}", file=sys.stderr)
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("write", "check"))
    ap.add_argument("--dir", type=Path, default=ROOT / "out" / "snapshot")
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    cache = ParseCache(args.dir / "parses.spacy")
    cache.install()
    results = run_all(args.quick, args.dir)
    if args.mode == "write":
        cache.save()  # only here: several checks may run at once against one snapshot
        for name, data in results.items():
            (args.dir / name).write_bytes(data)
        print(f"wrote {len(results)} files to {args.dir}")
        return 0
    differ = [n for n, data in results.items() if not (args.dir / n).exists() or (args.dir / n).read_bytes() != data]
    for name in differ:
        print(f"DIFFERS: {name}")
    print(f"{len(results) - len(differ)} of {len(results)} outputs identical")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
