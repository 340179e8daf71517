#!/usr/bin/env bash
# Line mode end to end on a deck built from the sample article, across simulated days
# (WORTKISTE_NOW): daily new-card limit, learning steps within the day, reviews coming back on
# later days, undo across days, known, suspend, bury, --limit, --json, and the summary.
source "$(dirname "$0")/lib.bash"
command -v sqlite3 >/dev/null || { echo "skip: sqlite3 is not installed"; exit 0; }
export TZ=UTC
sql() { sqlite3 "$WORTKISTE_DB" "$1"; }
# review_day ISO-TIME INPUT [OPTIONS...]: runs a line-mode session at that time with INPUT.
review_day() {
  local when=$1 input=$2; shift 2
  CHECKS=$((CHECKS + 1))
  LAST_OUT=$(printf '%b' "$input" | WORTKISTE_NOW=$when "$WORTKISTE" review "$@" 2>"$TMP/stderr") ||
    fail "review at $when failed: $(cat "$TMP/stderr")"
}
count() { grep -c "$1" <<<"$LAST_OUT"; }
answers_per_day() { printf 'show\\n3\\n%.0s' $(seq "$1"); }

# The deck from the sample article.
expect_exit 0 env WORTKISTE_NOW=2025-11-24T08:00:00Z "$WORTKISTE" add \
  "$SOURCE_DIR/decks/articles/irak-koalition.txt" --deck Irak
total=$(sql "SELECT COUNT(*) FROM cards")
[ "$total" -gt 40 ] || fail "the sample article gave only $total cards"

# Day 1: Good on everything until nothing is due. 20 new cards a day (the default), each Good
# twice (10m step, then graduation) since the learning step falls within the learn-ahead window.
review_day 2025-11-24T09:00:00Z "$(answers_per_day 100)"
contains "$LAST_OUT" "front: "
contains "$LAST_OUT" "buttons: 1 Again"
contains "$LAST_OUT" "done: nothing more due now"
contains "$LAST_OUT" "Retention today: 100%"
day1=$(count '^answered: good')
[ "$(sql "SELECT COUNT(*) FROM review_log")" = "$day1" ] || fail "log rows differ from answers given"
[ "$(sql "SELECT COUNT(*) FROM cards WHERE state <> 0")" = 20 ] || fail "not 20 new cards on day 1"
[ "$(sql "SELECT COUNT(*) FROM cards WHERE state = 2")" = 20 ] || fail "day 1 cards did not graduate"
# Every example shown marks its target word.
shown=$(count '^example: ')
marked=$(grep '^example: ' <<<"$LAST_OUT" | grep -c '\*[^*]\+\*')
[ "$shown" -gt 0 ] && [ "$shown" = "$marked" ] || fail "$marked of $shown examples mark their target"

# Same day again: nothing due, nothing written.
review_day 2025-11-24T09:30:00Z "q\n"
lacks "$LAST_OUT" "answered:"
contains "$LAST_OUT" "done: nothing more due now"
[ "$(sql "SELECT COUNT(*) FROM review_log")" = "$day1" ] || fail "an idle session wrote to the log"

# Day 2 with --json: the next 20 new cards; each answer line has card_id, lemma, rating, due.
review_day 2025-11-25T09:00:00Z "$(answers_per_day 100)" --json
contains "$LAST_OUT" '"event":"card"'
contains "$LAST_OUT" '"event":"back"'
json_answers=$(count '"event":"answer"')
[ "$(grep '"event":"answer"' <<<"$LAST_OUT" | grep '"card_id":[0-9]' | grep '"lemma":"' |
  grep '"rating":3' | grep -c '"due":"2025-1[12]-[0-9][0-9]T[0-9:]*Z"')" = "$json_answers" ] ||
  fail "answer lines lack card_id, lemma, rating or due"
[ "$(sql "SELECT COUNT(*) FROM cards WHERE state <> 0")" = 40 ] || fail "not 40 cards begun by day 2"
contains "$LAST_OUT" '"event":"summary"'

# Undo reaches across days: the first command on day 3 takes back day 2's last answer.
before=$(sql "SELECT COUNT(*) FROM review_log")
last_card=$(sql "SELECT card_id FROM review_log ORDER BY id DESC LIMIT 1")
review_day 2025-11-26T09:00:00Z "u\nq\n"
contains "$LAST_OUT" "undo: Undone an answer from an earlier session (card $last_card)"
[ "$(sql "SELECT COUNT(*) FROM review_log")" = $((before - 1)) ] || fail "undo across days"

# --limit: exactly that many answers; k, s and b act on the card shown and write no log row.
review_day 2025-11-26T09:05:00Z "k\ns\nb\nshow\n1\nshow\n3\nshow\n3\nshow\n3\n" --limit 2
[ "$(count '^answered: ')" = 2 ] || fail "--limit 2 gave $(count '^answered: ') answers"
contains "$LAST_OUT" "known: Known: "
contains "$LAST_OUT" "suspend: Suspended: "
contains "$LAST_OUT" "bury: Buried until tomorrow: "
[ "$(sql "SELECT COUNT(*) FROM known_words WHERE origin = 'review'")" = 1 ] || fail "known word"
[ "$(sql "SELECT COUNT(*) FROM cards WHERE queue = -1")" = 2 ] || fail "known + suspended cards"
[ "$(sql "SELECT COUNT(*) FROM cards WHERE queue = -2")" = 1 ] || fail "buried card"
[ "$(sql "SELECT COUNT(*) FROM review_log")" = $((before + 1)) ] || fail "log after --limit"

# Days later the day-1 reviews are due again (Good gave them a few days): they come back as
# review cards, and Again sends each of them to relearning.
review_day 2025-12-01T09:00:00Z "$(printf 'show\\n1\\n%.0s' $(seq 5))" --json --limit 5
[ "$(count '"event":"answer"')" = 5 ] || fail "--limit 5 with --json"
reviewed=$(grep '"event":"card"' <<<"$LAST_OUT" | grep '"state":"review"' |
  grep -o '"card_id":[0-9]*' | sort -u | wc -l)
[ "$reviewed" -ge 1 ] || fail "no review card came back on day 8"
[ "$(sql "SELECT COUNT(*) FROM cards WHERE state = 3")" = "$reviewed" ] ||
  fail "Again on $reviewed review cards left $(sql "SELECT COUNT(*) FROM cards WHERE state = 3") relearning"

# End of input quits like q, with the summary; unknown commands are reported, not fatal.
review_day 2025-12-01T09:10:00Z "frobnicate\n"
contains "$LAST_OUT" 'error: unknown command "frobnicate"'
contains "$LAST_OUT" "Reviewed 0 cards"

# Usage errors.
expect_exit 2 "$WORTKISTE" review --deck "Kein Deck" --plain
contains "$LAST_ERR" 'no deck called "Kein Deck"'
expect_exit 2 "$WORTKISTE" review --limit -1 --plain
pass
