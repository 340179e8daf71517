#!/usr/bin/env bash
# wortkiste optimize --revlog: fits a CSV review log, prints the figures (or the JSON with the
# names the issue fixed), reports malformed files with file and line, and saves nothing.
source "$(dirname "$0")/lib.bash"
: "${SOURCE_DIR:?}"
csv="$SOURCE_DIR/tests/data/fsrs/revlog-small.csv"

expect_exit 0 "$WORTKISTE" optimize --revlog "$csv" --json
contains "$LAST_OUT" '{"parameters":['
for key in log_loss_before log_loss_after rmse_bins_before rmse_bins_after items seconds; do
  contains "$LAST_OUT" "\"$key\":"
done
num() { grep -o "\"$1\":[0-9.e-]*" <<<"$LAST_OUT" | cut -d: -f2; }
[ "$(num items)" = 1346 ] || fail "items: $(num items)"
awk -v b="$(num log_loss_before)" -v a="$(num log_loss_after)" 'BEGIN { exit !(a < b) }' ||
  fail "log loss did not improve: $(num log_loss_before) -> $(num log_loss_after)"
count=$(grep -o '"parameters":\[[^]]*\]' <<<"$LAST_OUT" | tr ',' '\n' | wc -l)
[ "$count" = 21 ] || fail "$count parameters"

expect_exit 0 "$WORTKISTE" optimize --revlog "$csv"
contains "$LAST_OUT" "Fitted FSRS parameters to 1346 items (1863 reviews)"
contains "$LAST_OUT" "log loss"
contains "$LAST_OUT" "RMSE(bins)"
contains "$LAST_OUT" "Not saved: --revlog fits a log outside the collection."

# Malformed logs: the file and the line.
printf 'card_id,review_time,review_rating,review_state\n1,1000,3,0\n1,90000000,7,2\n' >"$TMP/bad.csv"
expect_exit 1 "$WORTKISTE" optimize --revlog "$TMP/bad.csv"
contains "$LAST_ERR" "bad.csv: line 3: review_rating must be 1-4, not 7"
printf 'id,time\n1,2\n' >"$TMP/header.csv"
expect_exit 1 "$WORTKISTE" optimize --revlog "$TMP/header.csv"
contains "$LAST_ERR" 'header.csv: line 1: the header has no column "card_id"'
expect_exit 2 "$WORTKISTE" optimize --revlog "$TMP/missing.csv"
expect_exit 2 "$WORTKISTE" optimize --revlog "$csv" --deck Irak

# An empty collection has nothing to fit and keeps its parameters.
expect_exit 0 "$WORTKISTE" optimize
contains "$LAST_OUT" "Not enough reviews to optimize"
pass
