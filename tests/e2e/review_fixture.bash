# A small deck for the review tests, written with the sqlite3 CLI so the review tests do not
# depend on the lexicon: six notes from decks/articles/irak-koalition.txt with their fields as
# `wortkiste add` stores them, each with its example sentence and one new recognition card.
# Source it after lib.bash; `make_review_deck` creates $WORTKISTE_DB.

# byte_offset SENTENCE TARGET: the byte offset of TARGET in SENTENCE (UTF-8 bytes, not letters).
byte_offset() {
  local prefix="${1%%"$2"*}"
  local LC_ALL=C; echo "${#prefix}"
}
byte_length() { local LC_ALL=C; echo "${#1}"; }

sql_quote() { printf "'%s'" "${1//\'/\'\'}"; }

# make_review_deck [CREATED_MS]: creates the collection with deck "Irak" and six new cards.
make_review_deck() {
  local created=${1:-1763960000000}
  # Any command that opens the collection creates it with the current schema.
  "$WORTKISTE" review --plain </dev/null >/dev/null || fail "could not create the collection"
  local sql="INSERT INTO decks(id, name, created_ms) VALUES (1, 'Irak', $created);"
  local i=0
  while IFS='|' read -r lemma pos fields target sentence; do
    i=$((i + 1))
    local begin end
    begin=$(byte_offset "$sentence" "$target")
    end=$((begin + $(byte_length "$target")))
    sql+="INSERT INTO notes(id, guid, deck_id, lemma, pos, fields, created_ms, modified_ms)
          VALUES ($i, 'wktest$i', 1, $(sql_quote "$lemma"), '$pos', $(sql_quote "$fields"), $created, $created);
          INSERT INTO examples(note_id, sentence, target_begin, target_end, is_primary)
          VALUES ($i, $(sql_quote "$sentence"), $begin, $end, 1);
          INSERT INTO cards(note_id, card_type, due_ms, new_position, created_ms)
          VALUES ($i, 'recognition', $created, $i, $created);"
  done <<'DECK'
Einsatz|NOUN|{"article":"der","gender":"m","plural":"Einsätze","glosses":["deployment","mission"],"source":"irak-koalition.txt"}|Einsatz|Der Einsatz der internationalen Koalition unter Führung der USA gegen die Dschihadistengruppe Islamischer Staat (ISIS) im Irak wird beendet.
Truppe|NOUN|{"article":"die","gender":"f","plural":"Truppen","glosses":["troop","unit"],"source":"irak-koalition.txt"}|Truppen|In der Pressemitteilung wurde nicht angegeben, was mit den im Irak stationierten amerikanischen Truppen geschehen würde, etwa 2.500 Soldaten.
ankündigen|VERB|{"principal_parts":"kündigte an – hat angekündigt","glosses":["announce"],"source":"irak-koalition.txt"}|kündigten|„Spätestens bis Ende September 2025“ kündigten Washington und Bagdad am Freitag, 27. September, an.
Sicherheitskraft|NOUN|{"article":"die","gender":"f","plural":"Sicherheitskräfte","glosses":["security force"],"compound":["Sicherheit","Kraft"],"source":"irak-koalition.txt"}|Sicherheitskräfte|Um den Rückzug der Koalition zu rechtfertigen, versicherte Bagdad, dass seine Sicherheitskräfte nun in der Lage seien, den Kampf gegen ISIS allein zu führen.
abmildern|VERB|{"principal_parts":"milderte ab – hat abgemildert","glosses":["mitigate","soften"],"source":"irak-koalition.txt"}|abzumildern|Die Verhandlungen über die Zukunft der Koalition begannen im Winter 2023, um die Auswirkungen der regionalen Spannungen im Irak abzumildern.
Übergangsplan|NOUN|{"article":"der","gender":"m","plural":"Übergangspläne","glosses":["transition plan"],"compound":["Übergang","Plan"],"source":"irak-koalition.txt"}|Übergangsplan|Beide Parteien vereinbaren einen Zwei-Phasen-Übergangsplan, sagte ein US-Beamter.
DECK
  sqlite3 "$WORTKISTE_DB" "$sql" || fail "could not write the review fixture"
}

# sql QUERY: prints the result of QUERY on the collection.
sql() { sqlite3 "$WORTKISTE_DB" "$1"; }
