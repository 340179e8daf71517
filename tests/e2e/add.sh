#!/usr/bin/env bash
# wortkiste add on the sample article: the acceptance checks of the deck issue, idempotence,
# and the errors a user meets.
source "$(dirname "$0")/lib.bash"
ARTICLE="${SOURCE_DIR:-$(dirname "$0")/../..}/decks/articles/irak-koalition.txt"

# --dry-run --json: the words, their grammar and glosses, and what must not be there.
expect_exit 0 "$WORTKISTE" add --dry-run --json "$ARTICLE"
json=$LAST_OUT
[ ! -e "$WORTKISTE_DB" ] || fail "--dry-run created the collection"
check() { # check PYTHON-EXPRESSION over `notes` (a dict lemma -> note) and `arr` (the array)
  CHECKS=$((CHECKS + 1))
  python3 -c '
import json, sys
arr = json.load(sys.stdin)
notes = {n["lemma"]: n for n in arr}
ok = eval(sys.argv[1])
sys.exit(0 if ok else 1)' "$1" <<<"$json" || fail "dry-run JSON check failed: $1"
}
for lemma in ankündigen vorgehen angreifen abmildern darstellen Einsatz Truppe Sicherheitskraft; do
  check "'$lemma' in notes and notes['$lemma']['glosses'] and notes['$lemma']['example']"
done
check "notes['Einsatz']['gender'] == 'm' and notes['Einsatz']['plural'] == 'Einsätze'"
check "notes['Truppe']['gender'] == 'f' and notes['Truppe']['plural'] == 'Truppen'"
check "notes['Sicherheitskraft']['gender'] == 'f' and notes['Sicherheitskraft']['plural'] == 'Sicherheitskräfte'"
check "any(l in notes and notes[l]['gender'] == 'm' for l in ('Übergangsplan', 'Zwei-Phasen-Übergangsplan'))"
check "any('announce' in g for g in notes['ankündigen']['glosses'])"
check "not any('notice' in g for g in notes['ankündigen']['glosses'])"
check "any('attack' in g for g in notes['angreifen']['glosses'])"
check "notes['ankündigen']['principal_parts'].startswith('kündigte an')"
check "notes['ankündigen']['pos'] == 'VERB' and notes['Einsatz']['pos'] == 'NOUN'"
for lemma in kündigen greifen Irak Bagdad ISIS USA a; do
  check "'$lemma' not in notes"
done
check "not any(any(c.isdigit() for c in n['lemma']) for n in arr)"
check "not any(n['example'] and (n['example'].startswith('Veröffentlicht') or n['example'].startswith('Lesezeit')) for n in arr)"
check "all(n['example'] is None or n['example'] in open('$ARTICLE', encoding='utf-8').read() for n in arr)"
check "all(set(n) >= {'lemma','pos','gender','plural','principal_parts','glosses','example','forms','count','frequency_rank','level','compound'} for n in arr)"
check "notes['Einsatz']['count'] == 2 and 'Einsätze' in notes['Einsatz']['forms']"

# The readable table says the same and changes nothing.
expect_exit 0 "$WORTKISTE" add --dry-run "$ARTICLE"
contains "$LAST_OUT" "der Einsatz, Einsätze"
contains "$LAST_OUT" "die Truppe, -n"
contains "$LAST_OUT" "ankündigen – kündigte an – hat angekündigt"
contains "$LAST_OUT" "Nothing was changed."
[ ! -e "$WORTKISTE_DB" ] || fail "--dry-run created the collection"

# The real add, then the same article again: nothing new.
expect_exit 0 "$WORTKISTE" add --deck Irak "$ARTICLE"
contains "$LAST_OUT" "to deck \"Irak\""
notes1=$(sqlite3 "$WORTKISTE_DB" "SELECT count(*) FROM notes")
cards1=$(sqlite3 "$WORTKISTE_DB" "SELECT count(*) FROM cards")
[ "$notes1" -gt 20 ] || fail "expected more than 20 notes, got $notes1"
[ "$cards1" -eq "$notes1" ] || fail "recognition only: one card per note ($notes1 notes, $cards1 cards)"
expect_exit 0 "$WORTKISTE" add --deck Irak "$ARTICLE"
contains "$LAST_ERR" "already added"
[ "$(sqlite3 "$WORTKISTE_DB" "SELECT count(*) FROM notes")" -eq "$notes1" ] || fail "second add added notes"
[ "$(sqlite3 "$WORTKISTE_DB" "SELECT count(*) FROM cards")" -eq "$cards1" ] || fail "second add added cards"
[ "$(sqlite3 "$WORTKISTE_DB" "SELECT count(*) FROM sources")" -eq 1 ] || fail "one source expected"

# Every note has a stable GUID from (lemma, pos) and one primary example inside the article.
[ "$(sqlite3 "$WORTKISTE_DB" "SELECT count(DISTINCT guid) FROM notes")" -eq "$notes1" ] || fail "GUIDs not unique"
bad=$(sqlite3 "$WORTKISTE_DB" "SELECT count(*) FROM examples WHERE target_end <= target_begin OR target_end > length(CAST(sentence AS BLOB))")
[ "$bad" -eq 0 ] || fail "$bad examples with target offsets outside the sentence"
target=$(sqlite3 "$WORTKISTE_DB" "SELECT substr(CAST(e.sentence AS BLOB), e.target_begin + 1, e.target_end - e.target_begin) FROM examples e JOIN notes n ON n.id = e.note_id WHERE n.lemma = 'Einsatz' AND e.is_primary = 1")
[[ "$target" == Einsatz || "$target" == Einsätze ]] || fail "Einsatz example target is '$target'"

# A second article that uses a lemma we have adds no card for it, only its sentence.
printf 'Die Truppen der Armee bleiben noch lange im Norden des Landes stationiert.\nDer Einsatz der Soldaten dauert viele Monate.\n' > "$TMP/second.txt"
expect_exit 0 "$WORTKISTE" add --deck Irak "$TMP/second.txt"
[ "$(sqlite3 "$WORTKISTE_DB" "SELECT count(*) FROM notes WHERE lemma = 'Truppe'")" -eq 1 ] || fail "Truppe duplicated"
alt=$(sqlite3 "$WORTKISTE_DB" "SELECT count(*) FROM examples e JOIN notes n ON n.id = e.note_id WHERE n.lemma = 'Truppe' AND e.is_primary = 0 AND e.sentence LIKE 'Die Truppen der Armee%'")
[ "$alt" -eq 1 ] || fail "the second article's Truppe sentence was not kept as an alternative"

# --cards and --max.
export WORTKISTE_DB="$TMP/cards.db"
expect_exit 0 "$WORTKISTE" add --max 5 --cards recognition,cloze "$ARTICLE"
[ "$(sqlite3 "$WORTKISTE_DB" "SELECT count(*) FROM notes")" -eq 5 ] || fail "--max 5"
[ "$(sqlite3 "$WORTKISTE_DB" "SELECT count(*) FROM cards WHERE card_type = 'cloze'")" -eq 5 ] || fail "cloze cards"
expect_exit 2 "$WORTKISTE" add --cards recognition,flashy "$ARTICLE"
expect_exit 2 "$WORTKISTE" add --level D1 "$ARTICLE"

# --level moves the bands: a beginner gets fewer rare words than a C1 reader.
export WORTKISTE_DB="$TMP/levels.db"
c1=$("$WORTKISTE" add --dry-run --json --level C1 "$ARTICLE" | python3 -c 'import json,sys; n={x["lemma"] for x in json.load(sys.stdin)}; print("abmildern" in n)')
[ "$c1" = True ] || fail "abmildern should be new at C1"
b1=$("$WORTKISTE" add --dry-run --json --level B1 "$ARTICLE" | python3 -c 'import json,sys; n={x["lemma"] for x in json.load(sys.stdin)}; print("abmildern" in n, "Jahr" in n)')
[ "$b1" = "False False" ] || fail "at B1 abmildern waits and Jahr is known, got $b1"
CHECKS=$((CHECKS + 3))

# Errors: missing, empty, binary, invalid UTF-8.
expect_exit 1 "$WORTKISTE" add "$TMP/missing.txt"
contains "$LAST_ERR" "wortkiste: error: $TMP/missing.txt:"
: > "$TMP/empty.txt"
expect_exit 1 "$WORTKISTE" add "$TMP/empty.txt"
contains "$LAST_ERR" "empty"
printf '\x00\x01\x02binary\x00' > "$TMP/blob.bin"
expect_exit 1 "$WORTKISTE" add "$TMP/blob.bin"
contains "$LAST_ERR" "wortkiste: error: $TMP/blob.bin:"
# (otherwise valid UTF-8 with umlauts, so it is not mistaken for Windows-1252)
printf 'Die Truppen kämpfen über den Einsatz \xff\xfe weiter. Die Soldaten ärgern sich.\n' > "$TMP/bad.txt"
expect_exit 1 "$WORTKISTE" add "$TMP/bad.txt"
contains "$LAST_ERR" "wortkiste: error: $TMP/bad.txt:"
contains "$LAST_ERR" "UTF-8"
expect_exit 0 "$WORTKISTE" add --dry-run --lenient "$TMP/bad.txt"

# English text: a warning with the share of words the lexicon knows.
printf 'The coalition announced on Friday that the troops would leave the country by the end of next year, officials said.\nThe withdrawal follows months of talks between the two governments about the future of the mission.\n' > "$TMP/english.txt"
expect_exit 0 "$WORTKISTE" add --dry-run "$TMP/english.txt"
contains "$LAST_ERR" "does not look like German"
contains "$LAST_ERR" "%"
pass
