#!/usr/bin/env bash
# Extract events from every dev set in ../shared/data/dev/ and score them with ../shared/eval/score.py.
# Usage: scripts/evaluate.sh [extra extract options, e.g. --extractors rules]
# Prints one table (metric, score, n) per set and the run time of each extraction.
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=${DEV:-../shared/data/dev}
SCORER=${SCORER:-../shared/eval/score.py}
OUT=${OUT:-out/eval}
if [ ! -d "$DEV" ] || [ ! -f "$SCORER" ]; then
  echo "Error: $DEV or $SCORER not found. Put the shared folder beside the repo." >&2
  exit 1
fi
mkdir -p "$OUT"
BIN=${BIN:-conflict-events}
for gold in "$DEV"/*.jsonl; do
  name=$(basename "$gold" .jsonl)
  start=$(date +%s.%N)
  "$BIN" extract "$gold" --format jsonl "$@" > "$OUT/$name.events.jsonl"
  end=$(date +%s.%N)
  printf '\n## %s  (%d docs, extraction %.1f s)\n' "$name" "$(wc -l < "$gold")" "$(echo "$end - $start" | bc)"
  python3 "$SCORER" "$gold" "$OUT/$name.events.jsonl"
done
