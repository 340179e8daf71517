#!/usr/bin/env bash
# wortkiste known: forms become lemmas, known words are never offered again, --known-below-rank.
source "$(dirname "$0")/lib.bash"
ARTICLE="${SOURCE_DIR:-$(dirname "$0")/../..}/decks/articles/irak-koalition.txt"
lemmas() { "$WORTKISTE" add --dry-run --json "$@" "$ARTICLE" | python3 -c 'import json,sys; print(" ".join(sorted(n["lemma"] for n in json.load(sys.stdin))))'; }

before=" $(lemmas) "
contains "$before" " Einsatz "
contains "$before" " ankündigen "

# A form is stored as its lemma.
expect_exit 0 "$WORTKISTE" known add Einsätze ankündigen
contains "$LAST_OUT" "known: Einsatz (from Einsätze)"
contains "$LAST_OUT" "known: ankündigen"
expect_exit 0 "$WORTKISTE" known add Einsatz
contains "$LAST_OUT" "already known: Einsatz"

# One word or lemma per line; blank lines and comments ignored.
printf 'Truppen\n\n# a comment\nabmildern\r\n' > "$TMP/known.txt"
expect_exit 0 "$WORTKISTE" known import "$TMP/known.txt"
contains "$LAST_OUT" "2 new known lemmas"

expect_exit 0 "$WORTKISTE" known list
contains "$LAST_OUT" "Truppe"
contains "$LAST_OUT" "abmildern"
expect_exit 0 "$WORTKISTE" known list --json
contains "$LAST_OUT" '"origin": "import"'

after=" $(lemmas) "
lacks "$after" " Einsatz "
lacks "$after" " ankündigen "
lacks "$after" " Truppe "
lacks "$after" " abmildern "
contains "$after" " angreifen "

expect_exit 0 "$WORTKISTE" known remove Truppe
contains "$LAST_OUT" "no longer known: Truppe"
contains " $(lemmas) " " Truppe "

# --known-below-rank: a large N treats the frequent words as known.
few=$(lemmas --known-below-rank 3000 | wc -w)
many=$(lemmas --known-below-rank 10 | wc -w)
CHECKS=$((CHECKS + 1))
[ "$few" -lt "$many" ] || fail "--known-below-rank 3000 should leave fewer words ($few) than 10 ($many)"
lacks " $(lemmas --known-below-rank 3000) " " angreifen "
pass
