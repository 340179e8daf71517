#!/usr/bin/env bash
# wortkiste config: list, show and set the scheduling settings; invalid values change nothing
# and exit 2 naming the allowed range; a changed limit is what `review` then does.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/review_fixture.bash"
command -v sqlite3 >/dev/null || { echo "skip: sqlite3 is not installed"; exit 0; }
export TZ=UTC
export WORTKISTE_NOW=2025-11-24T09:00:00Z
sql() { sqlite3 "$WORTKISTE_DB" "$1"; }

# Before any collection exists: the defaults, and nothing is created by looking.
expect_exit 0 "$WORTKISTE" config
contains "$LAST_OUT" 'Deck "Default" (not created yet)'
contains "$LAST_OUT" "desired_retention  0.90"
contains "$LAST_OUT" "rollover_hour      4"
[ ! -e "$WORTKISTE_DB" ] || fail "listing the settings created the collection"

make_review_deck # deck "Irak", six new cards

# The only deck is the one meant without --deck.
expect_exit 0 "$WORTKISTE" config
contains "$LAST_OUT" 'Deck "Irak":'
contains "$LAST_OUT" "new_per_day        20"
contains "$LAST_OUT" "learning_steps     1m 10m"
lacks "$LAST_OUT" "default 20"
expect_exit 0 "$WORTKISTE" config new_per_day
[ "$LAST_OUT" = 20 ] || fail "config new_per_day printed '$LAST_OUT', not 20"

# Setting a value: shown, listed against its default, in JSON, and stored in the deck.
expect_exit 0 "$WORTKISTE" config new_per_day 2
contains "$LAST_OUT" 'new_per_day of deck "Irak": 20 -> 2'
expect_exit 0 "$WORTKISTE" config new_per_day
[ "$LAST_OUT" = 2 ] || fail "new_per_day reads back '$LAST_OUT', not 2"
expect_exit 0 "$WORTKISTE" config
contains "$LAST_OUT" "default 20"
expect_exit 0 "$WORTKISTE" config --deck Irak new_per_day --json
contains "$LAST_OUT" '"key":"new_per_day"'
contains "$LAST_OUT" '"value":2'
contains "$LAST_OUT" '"default":20'
expect_exit 0 "$WORTKISTE" config --json
contains "$LAST_OUT" '"rollover_hour":{"value":4'
contains "$LAST_OUT" '"scope":"collection"'

expect_exit 0 "$WORTKISTE" config desired_retention 0.85
contains "$LAST_OUT" "0.90 -> 0.85"
expect_exit 0 "$WORTKISTE" config learning_steps "1m 10m 1h"
expect_exit 0 "$WORTKISTE" config learning_steps
[ "$LAST_OUT" = "1m 10m 1h" ] || fail "learning_steps reads back '$LAST_OUT'"
expect_exit 0 "$WORTKISTE" config card_types recognition,cloze
expect_exit 0 "$WORTKISTE" config card_types
[ "$LAST_OUT" = "recognition,cloze" ] || fail "card_types reads back '$LAST_OUT'"
expect_exit 0 "$WORTKISTE" config rollover_hour 3
contains "$LAST_OUT" "rollover_hour: 4 -> 3"
[ "$(sql "SELECT value FROM settings WHERE key = 'rollover_hour'")" = 3 ] ||
  fail "rollover_hour not stored in the collection settings"
expect_exit 0 "$WORTKISTE" config rollover_hour 4

# Invalid values: exit 2, the allowed range named, nothing changed.
expect_exit 2 "$WORTKISTE" config desired_retention 1.5
contains "$LAST_ERR" "wortkiste: error: desired_retention must be 0.70-0.99"
expect_exit 2 "$WORTKISTE" config desired_retention 0.9x
expect_exit 0 "$WORTKISTE" config desired_retention
[ "$LAST_OUT" = 0.85 ] || fail "an invalid retention changed it to '$LAST_OUT'"
expect_exit 2 "$WORTKISTE" config rollover_hour 24
contains "$LAST_ERR" "0-23"
expect_exit 2 "$WORTKISTE" config new_per_day lots
contains "$LAST_ERR" "0-100000"
expect_exit 2 "$WORTKISTE" config maximum_interval 0
contains "$LAST_ERR" "1-36500"
expect_exit 2 "$WORTKISTE" config learning_steps soon
contains "$LAST_ERR" "learning steps must look like"
expect_exit 2 "$WORTKISTE" config card_types recognition,audio
contains "$LAST_ERR" "recognition,production,cloze"
expect_exit 2 "$WORTKISTE" config bury_siblings maybe
expect_exit 2 "$WORTKISTE" config no_such_key
contains "$LAST_ERR" "unknown setting"
contains "$LAST_ERR" "leech_threshold"
expect_exit 2 "$WORTKISTE" config --deck Nope new_per_day 5
contains "$LAST_ERR" 'no deck called "Nope"'
expect_exit 0 "$WORTKISTE" config new_per_day
[ "$LAST_OUT" = 2 ] || fail "a failed command changed new_per_day to '$LAST_OUT'"

# The effect: with new_per_day 2 a day's session introduces two of the six new cards.
CHECKS=$((CHECKS + 1))
printf 'show\n3\n%.0s' $(seq 30) | "$WORTKISTE" review --plain >"$TMP/review.out" 2>&1 ||
  fail "review failed: $(cat "$TMP/review.out")"
[ "$(sql "SELECT COUNT(*) FROM cards WHERE state <> 0")" = 2 ] ||
  fail "new_per_day 2 let $(sql "SELECT COUNT(*) FROM cards WHERE state <> 0") cards be studied"
[ "$(sql "SELECT COUNT(DISTINCT card_id) FROM review_log")" = 2 ] || fail "log shows other cards"

# With a second deck (and no "Default") the deck must be named, not guessed.
sql "INSERT INTO decks(id, name, created_ms) VALUES (2, 'Sport', 1763960000000)"
expect_exit 2 "$WORTKISTE" config new_per_day 5
contains "$LAST_ERR" "choose one with --deck"
expect_exit 0 "$WORTKISTE" config --deck Sport new_per_day 5
expect_exit 0 "$WORTKISTE" config --deck Irak new_per_day
[ "$LAST_OUT" = 2 ] || fail "setting deck Sport changed deck Irak to '$LAST_OUT'"
[ "$(sql "SELECT COUNT(*) FROM decks WHERE name = 'Default'")" = 0 ] || fail "Default was created"

expect_exit 0 "$WORTKISTE" config --help
contains "$LAST_OUT" "wortkiste config new_per_day 10"
contains "$LAST_OUT" "0.70-0.99"
pass
