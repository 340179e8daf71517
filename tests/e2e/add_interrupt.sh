#!/usr/bin/env bash
# An add that dies midway leaves the collection exactly as it was: one transaction.
source "$(dirname "$0")/lib.bash"
ARTICLE="${SOURCE_DIR:-$(dirname "$0")/../..}/decks/articles/irak-koalition.txt"

# A collection with something in it already.
printf 'Die Truppen der Armee bleiben noch lange im Norden des Landes stationiert.\n' > "$TMP/first.txt"
expect_exit 0 "$WORTKISTE" add "$TMP/first.txt"
snapshot() { sqlite3 "$WORTKISTE_DB" "SELECT (SELECT count(*) FROM notes), (SELECT count(*) FROM cards), (SELECT count(*) FROM examples), (SELECT count(*) FROM sources), (SELECT count(*) FROM decks)"; }
before=$(snapshot)

# The test hook aborts the process after 5 notes were written inside the transaction.
CHECKS=$((CHECKS + 1))
WORTKISTE_TEST_ABORT_AFTER_NOTES=5 "$WORTKISTE" add --deck Neu "$ARTICLE" >/dev/null 2>&1
code=$?
[ "$code" -ne 0 ] || fail "the aborted add exited 0"
after=$(snapshot)
CHECKS=$((CHECKS + 1))
[ "$before" = "$after" ] || fail "collection changed by the killed add: $before -> $after"
CHECKS=$((CHECKS + 1))
[ "$(sqlite3 "$WORTKISTE_DB" "PRAGMA integrity_check")" = "ok" ] || fail "integrity check"

# After the abort the same article adds normally.
expect_exit 0 "$WORTKISTE" add --deck Neu "$ARTICLE"
contains "$LAST_OUT" "to deck \"Neu\""
pass
