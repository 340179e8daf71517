#!/usr/bin/env bash
# wortkiste list, decks and edit: what was added can be seen and corrected, and a correction
# survives a later add.
source "$(dirname "$0")/lib.bash"
ARTICLE="${SOURCE_DIR:-$(dirname "$0")/../..}/decks/articles/irak-koalition.txt"
export WORTKISTE_NOW=2026-11-24T12:00:00Z

expect_exit 0 "$WORTKISTE" list
contains "$LAST_OUT" "empty"
expect_exit 0 "$WORTKISTE" decks --json
contains "$LAST_OUT" "[]"

expect_exit 0 "$WORTKISTE" decks Irak --cards recognition,production
contains "$LAST_OUT" "recognition,production"
expect_exit 0 "$WORTKISTE" add --deck Irak --max 10 "$ARTICLE"
expect_exit 0 "$WORTKISTE" decks
contains "$LAST_OUT" "Irak"
contains "$LAST_OUT" "recognition,production"
expect_exit 0 "$WORTKISTE" decks --json
counts=$(python3 -c 'import json,sys; d=json.load(sys.stdin)[0]; print(d["name"], d["notes"], d["new"], d["due"])' <<<"$LAST_OUT")
CHECKS=$((CHECKS + 1))
[ "$counts" = "Irak 10 20 0" ] || fail "decks counts: $counts"

expect_exit 0 "$WORTKISTE" list --deck Irak
contains "$LAST_OUT" "10 notes"
contains "$LAST_OUT" "recognition/new"
expect_exit 0 "$WORTKISTE" list --json
id=$(python3 -c 'import json,sys; a=json.load(sys.stdin); print([n["id"] for n in a if n["lemma"]=="Koalition"][0])' <<<"$LAST_OUT")
expect_exit 0 "$WORTKISTE" list --due --json
contains "$LAST_OUT" '"type": "production"'
expect_exit 2 "$WORTKISTE" list --deck Nope

# A correction by flags, then the article again with another deck: the correction stays.
expect_exit 0 "$WORTKISTE" edit "$id" --gloss "coalition (of states)"
contains "$LAST_OUT" "coalition (of states)"
printf 'Die Koalition der Staaten bleibt trotz allem noch lange bestehen.\n' > "$TMP/more.txt"
expect_exit 0 "$WORTKISTE" add --deck Irak "$TMP/more.txt"
expect_exit 0 "$WORTKISTE" list --json
gloss=$(python3 -c 'import json,sys; a=json.load(sys.stdin); n=[n for n in a if n["lemma"]=="Koalition"][0]; print(n["user_fields"]["gloss"], n["alternatives"] >= 1)' <<<"$LAST_OUT")
CHECKS=$((CHECKS + 1))
[ "$gloss" = "coalition (of states) True" ] || fail "after the second add: $gloss"
expect_exit 0 "$WORTKISTE" list
contains "$LAST_OUT" "coalition (of states)  (edited)"

# Without flags the editor opens on the fields ($EDITOR is a script here).
printf '#!/bin/sh\nsed -i "s/^gloss: .*/gloss: alliance/" "$1"\n' > "$TMP/editor.sh"
chmod +x "$TMP/editor.sh"
EDITOR="$TMP/editor.sh" expect_exit 0 "$WORTKISTE" edit "$id"
contains "$LAST_OUT" "gloss = alliance"
expect_exit 2 "$WORTKISTE" edit 99999 --gloss x
pass
