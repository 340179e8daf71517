#!/usr/bin/env bash
# `wortkiste doctor`: one line per check, exit 1 when something is wrong.
source "$(dirname "$0")/lib.bash"
: "${WORTKISTE_LEXICON:?WORTKISTE_LEXICON must name the built lexicon}"
export WORTKISTE_LEXICON

# No collection yet is fine.
expect_exit 0 "$WORTKISTE" doctor
contains "$LAST_OUT" "ok       lexicon: $WORTKISTE_LEXICON (format"
contains "$LAST_OUT" "lemmas"
contains "$LAST_OUT" "not created yet at $WORTKISTE_DB"
[ -e "$WORTKISTE_DB" ] && fail "doctor created the collection"

# An (empty) collection: opens, intact, current schema.
: > "$TMP/empty.db"
expect_exit 0 "$WORTKISTE" --db "$TMP/empty.db" doctor
contains "$LAST_OUT" "ok       collection integrity"
contains "$LAST_OUT" "ok       collection schema: schema version"

# A damaged collection.
echo "this is not a database, just text that is long enough to be read as a header ......" > "$TMP/bad.db"
expect_exit 1 "$WORTKISTE" --db "$TMP/bad.db" doctor
contains "$LAST_OUT" "PROBLEM  collection"
contains "$LAST_OUT" "what to do:"
contains "$LAST_ERR" "doctor found 1 problem"

# A truncated lexicon.
head -c 1000 "$WORTKISTE_LEXICON" > "$TMP/short.wkl"
WORTKISTE_LEXICON="$TMP/short.wkl" expect_exit 1 "$WORTKISTE" doctor
contains "$LAST_OUT" "PROBLEM  lexicon"
contains "$LAST_OUT" "truncated"
contains "$LAST_OUT" "scripts/build"

# No lexicon at all.
WORTKISTE_LEXICON="$TMP/none.wkl" expect_exit 1 "$WORTKISTE" doctor
contains "$LAST_OUT" "PROBLEM  lexicon: not found"

expect_exit 1 "$WORTKISTE" --db "$TMP/bad.db" doctor --json
contains "$LAST_OUT" '"ok": false'
contains "$LAST_OUT" '"name": "collection"'
pass
