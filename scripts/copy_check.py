"""Do the project's files repeat the shared data? Runs of N words that a tracked file shares with a dev text.

    python scripts/copy_check.py [--words 9] [--since REV]

The dev sets' licences forbid redistributing them, so no test sentence, comment or example may be taken from
them. This reads ``../shared/data/**/*.jsonl`` in place (nothing is written) and prints, for every tracked file
(or, with ``--since``, every file version committed after REV), the runs of ``--words`` consecutive words it
shares with a dev text. Exit code 1 when any run is found.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SUFFIXES = (".py", ".md", ".json", ".jsonl", ".txt", ".toml", ".cfg")


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def runs(text: str, n: int) -> set[str]:
    w = words(text)
    return {" ".join(w[i : i + n]) for i in range(len(w) - n + 1)}


def shared_runs(n: int) -> set[str]:
    out: set[str] = set()
    for path in sorted(SHARED.rglob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                try:
                    out |= runs(json.loads(line).get("text") or "", n)
                except (ValueError, AttributeError):
                    continue
    return out


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def versions(since: str | None) -> list[tuple[str, str, str]]:
    """(label, path, text) of the files to check: the work tree's tracked files, or every version since REV."""
    if since is None:
        paths = [p for p in git("ls-files").splitlines() if p.endswith(SUFFIXES)]
        return [
            ("HEAD", p, (ROOT / p).read_text(encoding="utf-8", errors="replace")) for p in paths if (ROOT / p).is_file()
        ]
    out = []
    for commit in git("rev-list", f"{since}..HEAD").split():
        for p in git("diff-tree", "--no-commit-id", "--name-only", "-r", commit).split():
            if p.endswith(SUFFIXES):
                shown = subprocess.run(["git", "show", f"{commit}:{p}"], cwd=ROOT, capture_output=True, text=True)
                if shown.returncode == 0:
                    out.append((commit[:8], p, shown.stdout))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=9, help="length of a shared run (default 9)")
    ap.add_argument("--since", help="check every file version committed after this revision instead of the work tree")
    a = ap.parse_args()
    if not SHARED.is_dir():
        print(f"Error: {SHARED} not found. Put the shared folder beside the repository.", file=sys.stderr)
        return 2
    reference = shared_runs(a.words)
    found = 0
    for label, path, text in versions(a.since):
        hits = sorted(runs(text, a.words) & reference)
        if hits:
            found += 1
            print(f"{label} {path}: {len(hits)} run(s), e.g. {hits[0]!r}")
    print(f"{found} file version(s) share runs of {a.words} words with the shared data", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
