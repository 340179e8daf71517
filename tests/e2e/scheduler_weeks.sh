#!/usr/bin/env bash
# Four simulated weeks in Berlin (WORTKISTE_NOW), across the change to summer time on
# 2026-03-29: the day starts at 04:00 local time, not at midnight and not at 04:00 UTC; stats
# counts what the review log holds; optimize fits the collection's own log.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/review_fixture.bash"
command -v sqlite3 >/dev/null || { echo "skip: sqlite3 is not installed"; exit 0; }
export TZ=Europe/Berlin

make_review_deck 1774512000000 # 2026-03-26T08:00:00Z
stats_at() { WORTKISTE_NOW=$1 "$WORTKISTE" stats --json; }
# json_number KEY JSON: the number after "KEY": in JSON.
json_number() { grep -o "\"$1\":[0-9.e+-]*" <<<"$2" | head -1 | cut -d: -f2; }
# session ISO-TIME RATING: answers every card due with RATING (1-4), returns the answer count.
session() {
  local input
  input=$(printf "show\\\\n$2\\\\n%.0s" $(seq 60))
  printf '%b' "$input" | WORTKISTE_NOW=$1 "$WORTKISTE" review --plain 2>"$TMP/stderr" | grep -c '^answered: '
}

out=$(stats_at 2026-03-27T07:00:00Z)
contains "$out" '"cards_by_state":{"new":6,"learning":0,"review":0,"relearning":0,"suspended":0'
contains "$out" '"reviews_today":0'

# Day 1 (Friday 27 March, 08:00 CET): every new card learnt.
n1=$(session 2026-03-27T07:00:00Z 3)
[ "$n1" -ge 6 ] || fail "day 1 gave $n1 answers"
out=$(stats_at 2026-03-27T08:00:00Z)
contains "$out" "\"reviews_today\":$n1"
contains "$out" '"new":0,'
[ "$(sqlite3 "$WORTKISTE_DB" "SELECT COUNT(*) FROM review_log")" = "$n1" ] || fail "log rows != answers"

# After midnight local time it is still Friday's collection day; at 04:00 CET a new day begins.
out=$(stats_at 2026-03-28T01:30:00Z) # 02:30 CET on Saturday
contains "$out" "\"reviews_today\":$n1"
out=$(stats_at 2026-03-28T02:59:00Z) # 03:59 CET
contains "$out" "\"reviews_today\":$n1"
out=$(stats_at 2026-03-28T03:00:00Z) # 04:00 CET
contains "$out" '"reviews_today":0'

# Saturday evening session at 23:30 CET, then the DST night: 03:59 CEST on Sunday is 01:59 UTC
# (still Saturday's day), 04:00 CEST is 02:00 UTC.
WORTKISTE_NOW=2026-03-28T22:30:00Z "$WORTKISTE" review --plain </dev/null >/dev/null || fail "session"
sqlite3 "$WORTKISTE_DB" "INSERT INTO review_log(card_id, reviewed_ms, rating, state_before, state_after,
  stability, difficulty, elapsed_days, scheduled_days, card_before)
  SELECT card_id, 1774737000000, 3, 2, 2, stability, difficulty, 1, 3, card_before FROM review_log LIMIT 1"
# (one synthetic row at 2026-03-28T22:30:00Z = 23:30 CET stands for a late answer)
out=$(stats_at 2026-03-29T01:59:00Z)
contains "$out" '"reviews_today":1'
out=$(stats_at 2026-03-29T02:00:00Z)
contains "$out" '"reviews_today":0'
sqlite3 "$WORTKISTE_DB" "DELETE FROM review_log WHERE reviewed_ms = 1774737000000"

# Four weeks of daily sessions at 08:00 local time (07:00 UTC before the change, 06:00 after);
# every fifth day the learner forgets everything due.
total=$n1
for day in $(seq 28 54); do
  date_local=$(date -u -d "2026-03-01 +$((day - 1)) days" +%F)
  when=$(date -u -d "@$(date -d "$date_local 08:00" +%s)" +%Y-%m-%dT%H:%M:%SZ)
  rating=3
  [ $((day % 5)) = 0 ] && rating=1
  n=$(session "$when" "$rating")
  total=$((total + n))
  out=$(stats_at "$when")
  contains "$out" "\"reviews_today\":$n,"
  # Right after a session nothing is left for today except learning steps not yet due.
  due=$(json_number due_today "$out")
  learning=$(json_number learning "$out")
  relearning=$(json_number relearning "$out")
  [ "$due" -le $((learning + relearning)) ] || fail "$due cards still due after the session of $when"
done
[ "$(sqlite3 "$WORTKISTE_DB" "SELECT COUNT(*) FROM review_log")" = "$total" ] || fail "log rows != answers"
[ "$total" -gt 40 ] || fail "only $total answers in four weeks"
out=$(stats_at 2026-04-23T12:00:00Z)
retention=$(json_number true_retention_30d "$out")
awk -v r="$retention" 'BEGIN { exit !(r > 0 && r < 1) }' || fail "true retention $retention"
stability=$(json_number average_stability "$out")
awk -v s="$stability" 'BEGIN { exit !(s > 1) }' || fail "average stability $stability"

# The collection's own log can be fitted; --dry-run saves nothing.
expect_exit 0 env WORTKISTE_NOW=2026-04-23T12:00:00Z "$WORTKISTE" optimize --dry-run --json
contains "$LAST_OUT" '{"parameters":['
contains "$LAST_OUT" '"log_loss_before":'
contains "$LAST_OUT" '"rmse_bins_after":'
items=$(json_number items "$LAST_OUT")
[ "$items" -gt 10 ] || fail "only $items items from four weeks"
[ "$(sqlite3 "$WORTKISTE_DB" "SELECT COUNT(*) FROM settings WHERE key = 'fsrs_parameters'")" = 0 ] ||
  fail "--dry-run saved parameters"
expect_exit 0 "$WORTKISTE" optimize --deck Irak
if [[ "$LAST_OUT" == *'Saved for deck "Irak"'* ]]; then
  contains "$(sqlite3 "$WORTKISTE_DB" "SELECT config FROM decks WHERE name = 'Irak'")" '"fsrs_parameters":['
else
  contains "$LAST_OUT" "Not saved"
fi
expect_exit 2 "$WORTKISTE" stats --deck "Kein Deck"
contains "$LAST_ERR" 'no deck called "Kein Deck"'
expect_exit 2 "$WORTKISTE" optimize --deck "Kein Deck"
pass
