#!/usr/bin/env bash
# Full `wortkiste analyze` speed and memory: loading, cleaning, sentences, tokens, lemmas in
# context, separable verbs, compounds and names, printed as JSON and as the table, on a 20 MB
# German text (target >= 5 MB/s on one core) and on 100 MB (maximum resident memory must stay
# flat). The text is the `# text` lines of UD German GSD and PUD (../shared/eval), five
# sentences per paragraph, repeated to size. Uses $BUILD_DIR (default build/).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
bin="$BUILD_DIR/wortkiste"
[ -x "$bin" ] && [ -f "$BUILD_DIR/lexicon.wkl" ] || { echo "analyze: build first (scripts/build)" >&2; exit 1; }
export WORTKISTE_LEXICON="$BUILD_DIR/lexicon.wkl"
SHARED=${SHARED:-../shared/eval/ud}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

grep -h '^# text = ' "$SHARED"/de_gsd-ud-*.conllu "$SHARED"/de_pud-ud-test.conllu |
  sed 's/^# text = //' | awk '{ printf "%s ", $0; if (NR % 5 == 0) printf "\n\n" }' >"$TMP/base.txt"
python3 - "$TMP" <<'PY'
import sys
d = open(sys.argv[1] + "/base.txt", encoding="utf-8").read()
for name, size in (("20mb", 20_000_000), ("100mb", 100_000_000)):
    with open(f"{sys.argv[1]}/{name}.txt", "w", encoding="utf-8") as f:
        f.write(d * (size // len(d) + 1))
PY

run() { # run SIZE FORMAT: prints throughput and max RSS of one analyze run
  /usr/bin/time -v "$bin" analyze --format "$2" "$TMP/$1.txt" 2>"$TMP/time.txt" >/dev/null
  local wall rss bytes secs cpu
  wall=$(grep 'Elapsed (wall clock)' "$TMP/time.txt" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$TMP/time.txt")
  rss=$(grep 'Maximum resident set size' "$TMP/time.txt" | awk '{print $NF}')
  secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  bytes=$(stat -c %s "$TMP/$1.txt")
  # CPU time is the figure for "one core" on a shared machine; wall time is shown beside it.
  echo "analyze --format $2, $1: $bytes bytes, cpu ${cpu} s = $(awk -v b="$bytes" -v s="$cpu" 'BEGIN { printf "%.1f", b / 1e6 / s }') MB/s (wall ${secs} s = $(awk -v b="$bytes" -v s="$secs" 'BEGIN { printf "%.1f", b / 1e6 / s }') MB/s), max RSS $((rss / 1024)) MB"
}
"$bin" analyze --format json "$TMP/base.txt" > /dev/null # warm the page cache
run 20mb json
run 20mb table
run 100mb json
