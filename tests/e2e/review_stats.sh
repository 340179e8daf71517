#!/usr/bin/env bash
# `wortkiste stats` charts: bar charts, calendar, retention by age and cards by state under the
# numbers; ASCII when asked or when the locale is not UTF-8; --svg and --html files; --json
# stays pure JSON.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/review_fixture.bash"
command -v sqlite3 >/dev/null || { echo "skip: sqlite3 is not installed"; exit 0; }
export TZ=UTC LANG=C.UTF-8 LC_ALL=
make_review_deck

# Three days of reviews: Good on everything, then on day 3 Again on the first card.
for day in 2025-11-20 2025-11-21 2025-11-23; do
  printf 'show\n3\n%.0s' $(seq 30) | WORTKISTE_NOW=${day}T09:00:00Z "$WORTKISTE" review >/dev/null ||
    fail "review on $day"
done
answers=$(sql "SELECT COUNT(*) FROM review_log")
[ "$answers" -gt 6 ] || fail "only $answers answers in the fixture history"

export WORTKISTE_NOW=2025-11-23T20:00:00Z
expect_exit 0 "$WORTKISTE" stats
for title in "Due in the next 30 days" "Reviews per day, last " "Review days" \
  "Retention by card age" "Cards by state"; do
  contains "$LAST_OUT" "$title"
done
contains "$LAST_OUT" "█"
contains "$LAST_OUT" "today"
# The history chart adds up to the log.
contains "$LAST_OUT" " of 90 days   total $answers,"
# The calendar counts the collection days with answers (the day starts at 04:00).
days=$(sql "SELECT COUNT(DISTINCT (reviewed_ms - 14400000) / 86400000) FROM review_log")
contains "$LAST_OUT" "$days of the last 365 days"
# Cards by state: all six cards begun, none new.
contains "$LAST_OUT" "total                                                6"
lacks "$LAST_OUT" $'\e[' # piped: no colours

# ASCII: by flag, and by a locale that is not UTF-8.
expect_exit 0 "$WORTKISTE" stats --ascii
LC_ALL=C grep -q '[^ -~]' <<<"$(sed -n '/Due in the next/,$p' <<<"$LAST_OUT")" &&
  fail "--ascii charts contain non-ASCII bytes"
contains "$LAST_OUT" " +-----"
expect_exit 0 env LANG=C LC_ALL=C "$WORTKISTE" stats
contains "$LAST_OUT" " +-----"
lacks "$LAST_OUT" "█"

# Files a browser opens: SVG and HTML, no scripts.
expect_exit 0 "$WORTKISTE" stats --svg "$TMP/stats.svg" --html "$TMP/stats.html" --no-charts
lacks "$LAST_OUT" "Due in the next 30 days"
svg=$(cat "$TMP/stats.svg")
contains "$svg" '<svg xmlns="http://www.w3.org/2000/svg"'
contains "$svg" "2025-11-23: "
lacks "$svg" "<script"
html=$(cat "$TMP/stats.html")
contains "$html" "<!DOCTYPE html>"
contains "$html" "<svg"
if command -v xmllint >/dev/null; then
  xmllint --noout "$TMP/stats.svg" || fail "the SVG is not well-formed XML"
fi
expect_exit 1 "$WORTKISTE" stats --svg "$TMP/no/such/dir/stats.svg"
contains "$LAST_ERR" "no/such/dir/stats.svg"

# --json stays one JSON document; --svg still writes its file.
expect_exit 0 "$WORTKISTE" stats --json --svg "$TMP/again.svg"
[ "$(wc -l <<<"$LAST_OUT")" = 1 ] || fail "--json printed more than one line"
contains "$LAST_OUT" '"cards_by_state"'
[ -s "$TMP/again.svg" ] || fail "--json --svg wrote no SVG"
pass
