#!/usr/bin/env bash
# `wortkiste analyze --format sentences|tokens`: the text layer as a user sees it, and its errors.
source "$(dirname "$0")/lib.bash"
: "${SOURCE_DIR:?SOURCE_DIR must name the source tree}"
DATA="$SOURCE_DIR/tests/data/text"

# The sample article: 12 sentences and 2 byline lines, one per line.
out=$("$WORTKISTE" analyze --format sentences "$DATA/irak-koalition.txt") || fail "sentences exited non-zero"
CHECKS=$((CHECKS + 1)); [ "$(printf '%s\n' "$out" | wc -l)" -eq 14 ] || fail "expected 14 lines, got:
$out"
contains "$out" "
Der Einsatz der internationalen Koalition unter Führung der USA gegen die Dschihadistengruppe Islamischer Staat (ISIS) im Irak wird beendet „spätestens bis Ende September 2025“kündigten Washington und Bagdad am Freitag, 27. September, an.
"
contains "$out" "
Lesezeit: 1 Minute
"
out=$("$WORTKISTE" analyze --format sentences --show-kinds "$DATA/irak-koalition.txt") || fail "--show-kinds"
CHECKS=$((CHECKS + 1)); [ "$(printf '%s\n' "$out" | grep -c '^sentence	')" -eq 12 ] || fail "expected 12 sentence lines"
contains "$out" "byline	Veröffentlicht"
contains "$out" "byline	Lesezeit: 1 Minute"

# Standard input, with `-` and without a file; a wrapped line shown as one line.
out=$(printf 'Das gilt z. B. für Äpfel aus dem Alten Land und für Birnen aus\nSüdtirol. Dann kam Dr. Müller am 3. Mai mit dem Zug aus Hamburg.\n' |
  "$WORTKISTE" analyze --format sentences -)
CHECKS=$((CHECKS + 1))
[ "$out" = $'Das gilt z. B. für Äpfel aus dem Alten Land und für Birnen aus Südtirol.\nDann kam Dr. Müller am 3. Mai mit dem Zug aus Hamburg.' ] ||
  fail "stdin split: $out"
out=$(printf 'Eins. Zwei.' | "$WORTKISTE" analyze --format sentences)
CHECKS=$((CHECKS + 1)); [ "$out" = $'Eins.\nZwei.' ] || fail "stdin without -: $out"

# Tokens with byte offsets and kinds.
out=$(printf 'Am 27. September kamen 2.500 US-Beamte um 14:30 Uhr.\n' | "$WORTKISTE" analyze --format tokens -)
contains "$out" "# sentence 1 sentence 0 52"
contains "$out" "3	6	ordinal	27."
contains "$out" "23	28	number	2.500"
contains "$out" "29	38	word	US-Beamte"
contains "$out" "42	47	time	14:30"
contains "$out" "51	52	punctuation	."

# Encodings and formats.
out=$("$WORTKISTE" analyze --format sentences "$DATA/utf16le_bom.txt")
contains "$out" "Die Straße führt über die Brücke."
out=$("$WORTKISTE" analyze --format sentences "$DATA/windows1252.txt")
contains "$out" "Grüße aus Köln: Die Straße ist gesperrt, „bis auf Weiteres“ – das kostet 50 € pro Tag."
out=$("$WORTKISTE" analyze --format sentences "$DATA/article.html")
contains "$out" "Die Ankündigung erfolgt nach monatelangen Diskussionen."
lacks "$out" "Skriptinhalt"
lacks "$out" "Politik"
out=$("$WORTKISTE" analyze --format sentences "$DATA/article.md")
contains "$out" "Die zweite Phase betrifft Kurdistan."
lacks "$out" "code_block"

# Invalid UTF-8: exit 1 with file and offset; --lenient replaces and goes on.
printf 'Gr\xc3\xbc\xc3\x9fe aus K\xc3\xb6ln \xff und mehr.\n' >"$TMP/kaputt.txt"
expect_exit 1 "$WORTKISTE" analyze --format sentences "$TMP/kaputt.txt"
contains "$LAST_ERR" "wortkiste: error: $TMP/kaputt.txt: invalid UTF-8 at byte 18 (use --lenient to replace invalid bytes)"
expect_exit 0 "$WORTKISTE" analyze --format sentences --lenient "$TMP/kaputt.txt"
contains "$LAST_OUT" "Grüße aus Köln � und mehr."

# Empty input, a binary file, a missing file, a bad format.
: >"$TMP/leer.txt"
expect_exit 1 "$WORTKISTE" analyze --format sentences "$TMP/leer.txt"
contains "$LAST_ERR" "wortkiste: error: $TMP/leer.txt: the input is empty; there is no text to read"
expect_exit 1 "$WORTKISTE" analyze --format tokens "$WORTKISTE"
contains "$LAST_ERR" "this is a binary file, not text (NUL byte at byte"
expect_exit 1 "$WORTKISTE" analyze --format sentences "$TMP/fehlt.txt"
contains "$LAST_ERR" "$TMP/fehlt.txt: cannot open"
expect_exit 2 "$WORTKISTE" analyze --format poem "$DATA/irak-koalition.txt"

# Text that is not German: a warning with the share of words the lexicon knows (when built).
if [ -f "${WORTKISTE_LEXICON:-}" ]; then
  printf 'The quick brown fox jumps over the lazy dog. It was a sunny day.\n' >"$TMP/english.txt"
  expect_exit 0 "$WORTKISTE" analyze --format sentences "$TMP/english.txt"
  contains "$LAST_ERR" "wortkiste: warning: $TMP/english.txt: only "
  contains "$LAST_ERR" "% of words are German words the lexicon knows"
  expect_exit 0 "$WORTKISTE" analyze --format sentences "$DATA/irak-koalition.txt"
  lacks "$LAST_ERR" "warning"
  # With the lexicon, the elliptical compound gets its completion.
  out=$("$WORTKISTE" analyze --format tokens "$DATA/irak-koalition.txt")
  contains "$out" "word	Armee-	completion=Armeepersonal"
fi

# Help names the formats and gives examples.
out=$("$WORTKISTE" analyze --help)
contains "$out" "--format"
contains "$out" "sentences"
contains "$out" "wortkiste analyze --format sentences artikel.txt"
pass
