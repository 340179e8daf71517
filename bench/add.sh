#!/usr/bin/env bash
# `wortkiste add` speed and memory: the whole pipeline (load, segment, lemmas, candidates,
# ranking, examples, glosses, card content) on a 20 MB German text as --dry-run --json, then a
# real add of it into a fresh collection (one transaction). The text is the `# text` lines of UD
# German GSD and PUD (../shared/eval), five sentences per paragraph, repeated to size. Prints MB/s
# and maximum resident memory. Uses $BUILD_DIR (default build/).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
bin="$BUILD_DIR/wortkiste"
[ -x "$bin" ] && [ -f "${WORTKISTE_LEXICON:-$BUILD_DIR/lexicon.wkl}" ] || { echo "add: build first (scripts/build)" >&2; exit 1; }
export WORTKISTE_LEXICON=${WORTKISTE_LEXICON:-$BUILD_DIR/lexicon.wkl}
SHARED=${SHARED:-../shared/eval/ud}
SIZE=${SIZE:-20000000}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export WORTKISTE_DB="$TMP/collection.db"

grep -h '^# text = ' "$SHARED"/de_gsd-ud-*.conllu "$SHARED"/de_pud-ud-test.conllu |
  sed 's/^# text = //' | awk '{ printf "%s ", $0; if (NR % 5 == 0) printf "\n\n" }' >"$TMP/base.txt"
python3 - "$TMP" "$SIZE" <<'PY'
import sys
d = open(sys.argv[1] + "/base.txt", encoding="utf-8").read()
size = int(sys.argv[2])
with open(f"{sys.argv[1]}/input.txt", "w", encoding="utf-8") as f:
    f.write(d * (size // len(d) + 1))
PY
bytes=$(stat -c %s "$TMP/input.txt")

run() { # run LABEL ARGS...: prints throughput and max RSS
  local label=$1; shift
  /usr/bin/time -v "$bin" add "$@" "$TMP/input.txt" 2>"$TMP/time.txt" >"$TMP/out.txt"
  local wall rss secs
  wall=$(grep 'Elapsed (wall clock)' "$TMP/time.txt" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$TMP/time.txt" | awk '{print $NF}')
  secs=$(python3 -c "p='$wall'.split(':'); print(sum(float(x) * 60 ** i for i, x in enumerate(reversed(p))))")
  python3 -c "print(f'add {\"$label\":10s} {$bytes/1e6:.1f} MB in {$secs:.2f} s = {$bytes/1e6/$secs:.2f} MB/s, max RSS {$rss/1024:.0f} MB')"
}
run "dry-run" --dry-run --json
run "write" --max 2000
echo "notes written: $(sqlite3 "$WORTKISTE_DB" 'SELECT count(*) FROM notes'), cards: $(sqlite3 "$WORTKISTE_DB" 'SELECT count(*) FROM cards')"
