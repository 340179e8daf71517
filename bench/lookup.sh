#!/usr/bin/env bash
# Lexicon figures: size on disk, build time, and the wall time of `wortkiste lookup Haus`
# (process start, mapping the lexicon, one look-up, printing), median of 21 runs.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
bin="$BUILD_DIR/wortkiste"
lexicon="$BUILD_DIR/lexicon.wkl"
tool="$BUILD_DIR/wortkiste-lexicon-build"
[ -x "$bin" ] && [ -f "$lexicon" ] || { echo "lookup: build first (scripts/build)" >&2; exit 1; }

echo "lexicon size: $(stat -c %s "$lexicon") bytes ($(du -h "$lexicon" | cut -f1))"

if [ -x "$tool" ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  start=$(date +%s%N)
  "$tool" --node-modules node_modules --ding /usr/share/trans/de-en --data data \
    --output "$out/lexicon.wkl" > "$out/log"
  end=$(date +%s%N)
  echo "lexicon build time: $(( (end - start) / 1000000 )) ms"
  sed 's/^/  /' "$out/log"
fi

export WORTKISTE_LEXICON="$lexicon"
"$bin" lookup Haus > /dev/null # warm the page cache
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 3 --runs 21 --style basic "$bin lookup Haus"
else
  times=()
  for _ in $(seq 21); do
    start=$(date +%s%N)
    "$bin" lookup Haus > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 11p)
  min=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
  max=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
  echo "lookup Haus: median $((median / 1000)).$(printf '%03d' $((median % 1000))) ms" \
       "(min $((min / 1000)).$(printf '%03d' $((min % 1000))) ms," \
       "max $((max / 1000)).$(printf '%03d' $((max % 1000))) ms, 21 runs)"
fi
