#!/usr/bin/env bash
# The ready decks in decks/ are what wortkiste makes from their articles today: a deck built
# from decks/articles/NAME.txt and exported as TSV equals the committed decks/NAME.tsv. When
# lemmas, glosses or the card layout change on purpose, run scripts/make-decks and commit.
source "$(dirname "$0")/lib.bash"
ROOT="${SOURCE_DIR:-$(dirname "$0")/../..}"

found=0
for article in "$ROOT"/decks/articles/*.txt; do
  name=$(basename "$article" .txt)
  found=$((found + 1))
  [ -f "$ROOT/decks/$name.tsv" ] || fail "decks/$name.tsv is missing (run scripts/make-decks)"
  [ -f "$ROOT/decks/$name.apkg" ] || fail "decks/$name.apkg is missing (run scripts/make-decks)"
  expect_exit 0 "$WORTKISTE" --db "$TMP/$name.db" add --deck "$name" "$article"
  expect_exit 0 "$WORTKISTE" --db "$TMP/$name.db" export --deck "$name" "$TMP/$name.tsv"
  CHECKS=$((CHECKS + 1))
  diff -u "$ROOT/decks/$name.tsv" "$TMP/$name.tsv" > "$TMP/diff.txt" ||
    fail "decks/$name.tsv differs from what wortkiste makes now (run scripts/make-decks):
$(head -40 "$TMP/diff.txt")"
  # The committed deck is a real deck: a header for Anki and one line per note.
  notes=$(grep -vc '^#' "$ROOT/decks/$name.tsv")
  CHECKS=$((CHECKS + 1))
  [ "$notes" -ge 20 ] || fail "decks/$name.tsv has only $notes notes"
  contains "$(head -1 "$ROOT/decks/$name.tsv")" "#separator:tab"
done
[ "$found" -ge 1 ] || fail "no articles in decks/articles"
pass
