#!/usr/bin/env bash
# Text layer speed and memory: tokenizing + sentence splitting of a 20 MB German text (target
# >= 15 MB/s on one core), ICU's sentence and word BreakIterators on the same text for
# comparison, and the maximum resident memory for 20 MB and 100 MB inputs (target: flat).
# The text is UD German GSD `# text` lines (../shared/eval), five sentences per paragraph,
# repeated to size. Uses $BUILD_DIR (default build/).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
SPLIT="$BUILD_DIR/bench/text_split"
[ -x "$SPLIT" ] || cmake --build "$BUILD_DIR" --target text_split >/dev/null
SHARED=${SHARED:-../shared/eval/ud}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

grep -h '^# text = ' "$SHARED/de_gsd-ud-dev.conllu" "$SHARED/de_gsd-ud-test.conllu" |
  sed 's/^# text = //' | awk '{ printf "%s ", $0; if (NR % 5 == 0) printf "\n\n" }' >"$TMP/base.txt"
python3 - "$TMP" <<'PY'
import sys
d = open(sys.argv[1] + "/base.txt", encoding="utf-8").read()
with open(sys.argv[1] + "/20mb.txt", "w", encoding="utf-8") as f:
    f.write(d * (20_000_000 // len(d) + 1))
with open(sys.argv[1] + "/100mb.txt", "w", encoding="utf-8") as f:
    f.write(d * (100_000_000 // len(d) + 1))
PY

echo "segment (tokens + sentences), 20 MB, time inside segment():"
"$SPLIT" --time "$TMP/20mb.txt"
echo "ICU sentence BreakIterator alone (UText over UTF-8), same text:"
"$SPLIT" --icu --time "$TMP/20mb.txt"
echo "ICU sentence + word BreakIterators, same text:"
"$SPLIT" --icu-words --time "$TMP/20mb.txt"

for size in 20mb 100mb; do
  /usr/bin/time -v "$SPLIT" "$TMP/$size.txt" 2>"$TMP/time.txt" >/dev/null
  wall=$(grep 'Elapsed (wall clock)' "$TMP/time.txt" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$TMP/time.txt" | awk '{print $NF}')
  bytes=$(stat -c %s "$TMP/$size.txt")
  echo "end to end (read, decode, clean, segment, print) $size: $bytes bytes, wall $wall, max RSS $((rss / 1024)) MB"
done
