#!/usr/bin/env bash
# FSRS-6 conformance: every history of the committed ts-fsrs 5.4.2 vectors replays exactly.
source "$(dirname "$0")/lib.bash"
: "${SOURCE_DIR:?}" "${BUILD_DIR:?}"
out=$(BUILD_DIR="$BUILD_DIR" "$SOURCE_DIR/scripts/fsrs-conformance" "$SOURCE_DIR/tests/data/fsrs/vectors.json" 2>/dev/null)
code=$?
[ $code -eq 0 ] || fail "fsrs-conformance exited $code: $out"
last=$(tail -n 1 <<<"$out")
contains "$last" "fsrs-conformance: "
contains "$last" " passed, 0 failed"
for config in default long_term custom_r80 custom_r95 custom_long_term_r80 custom_decay05_r85_max180 \
  fuzz_default fuzz_long_term fuzz_custom_r80_max365 steps_three_relearn3 steps_none steps_day_single; do
  contains "$out" "config $config: "
done
contains "$out" "functions: 950 passed, 0 failed"
# A corrupted vector must fail: flip one expected stability.
sed '0,/"stability":1.2931,/s//"stability":1.2932,/' "$SOURCE_DIR/tests/data/fsrs/vectors.json" >"$TMP/bad.json"
expect_exit 1 "$BUILD_DIR/wortkiste-fsrs-conformance" "$TMP/bad.json"
contains "$LAST_OUT" " passed, 1 failed"
pass
