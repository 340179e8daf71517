#!/usr/bin/env bash
# Export and import as a user runs them: a deck from the sample article out to TSV and .apkg,
# the TSV back into a new collection without duplicates, and clear errors for bad input.
source "$(dirname "$0")/lib.bash"
article="$SOURCE_DIR/decks/articles/irak-koalition.txt"

expect_exit 0 "$WORTKISTE" add --deck Irak "$article"
expect_exit 0 "$WORTKISTE" export "$TMP/irak.tsv"
contains "$LAST_ERR" "exported"
tsv=$(cat "$TMP/irak.tsv")
contains "$tsv" "#columns:guid"
contains "$tsv" "ankündigen"
notes=$(grep -vc '^#' "$TMP/irak.tsv")
[ "$notes" -gt 10 ] || fail "expected more than 10 notes in the TSV, got $notes"

expect_exit 0 "$WORTKISTE" export --deck Irak "$TMP/irak.apkg"
contains "$LAST_ERR" "exported $notes notes"
[ -s "$TMP/irak.apkg" ] || fail "no .apkg written"
[ ! -e "$TMP/irak.apkg.partial" ] || fail "partial file left behind"

# The TSV goes into a fresh collection and comes back out the same.
expect_exit 0 "$WORTKISTE" --db "$TMP/other.db" import --json "$TMP/irak.tsv"
contains "$LAST_OUT" "\"added\":$notes"
expect_exit 0 "$WORTKISTE" --db "$TMP/other.db" import --json "$TMP/irak.tsv"
contains "$LAST_OUT" "\"added\":0"
contains "$LAST_OUT" "\"present\":$notes"
"$WORTKISTE" --db "$TMP/other.db" export - > "$TMP/again.tsv" || fail "export - failed"
cmp -s "$TMP/irak.tsv" "$TMP/again.tsv" || fail "the round trip changed the TSV"

# Bad input: a line with one field names its line; an unknown deck is an error.
printf '#columns:lemma\tpos\nHaus\tNOUN\nkaputt\n' > "$TMP/bad.tsv"
expect_exit 1 "$WORTKISTE" --db "$TMP/third.db" import "$TMP/bad.tsv"
contains "$LAST_ERR" "bad.tsv:3:"
expect_exit 2 "$WORTKISTE" export --deck Nirgendwo "$TMP/x.tsv"
contains "$LAST_ERR" "Nirgendwo"
pass
