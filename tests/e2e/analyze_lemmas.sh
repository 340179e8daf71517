#!/usr/bin/env bash
# `wortkiste analyze` lemma formats: JSON on the sample article (separable verbs, compounds,
# names, reflexive verbs), the readable table, and CoNLL-U that keeps every line of its input.
source "$(dirname "$0")/lib.bash"
: "${SOURCE_DIR:?SOURCE_DIR must name the source tree}"
article="$SOURCE_DIR/decks/articles/irak-koalition.txt"
fixture="$SOURCE_DIR/tests/data/extract/tiny.conllu"

# --json: one sentence object per line, keys sorted, so a token reads "form", then
# "joined_lemma" when it has one.
expect_exit 0 "$WORTKISTE" analyze --json "$article"
json=$LAST_OUT
contains "$json" '{"sentences":['
# "kündigten Washington und Bagdad am Freitag, 27. September, an" -> ankündigen
contains "$json" '"form":"kündigten","joined_lemma":"ankündigen"'
# "gingen die Zellen nach wie vor gegen ISIS vor" -> vorgehen; "greifen ... an" -> angreifen
contains "$json" '"form":"gingen","joined_lemma":"vorgehen"'
contains "$json" '"form":"greifen","joined_lemma":"angreifen"'
contains "$json" '"multiword":"nach wie vor"'
# unseparated and inseparable verbs stay whole
contains "$json" '"form":"angehören","kind":"word","known":true,"learner_lemma":"angehören","lemma":"angehören"'
contains "$json" '"form":"umfasst","kind":"word","known":true,"learner_lemma":"umfassen","lemma":"umfassen"'
contains "$json" '"learner_lemma":"darstellen"'
contains "$json" '"learner_lemma":"abmildern"'
# reflexive: "richteten sich gegen die Koalition"
contains "$json" '"learner_lemma":"sich richten"'
# compounds split through their head, gender and plural from the head
contains "$json" '"compound":["Militär","Allianz","Mission"]'
contains "$json" '"gender":"f"'
contains "$json" '"compound":["Zwei","Phasen","Übergang","Plan"]'
contains "$json" '"plural":"Zwei-Phasen-Übergangspläne"'
contains "$json" '"lemma":"Sicherheitskraft"'
# adjectives the lexicon lacks; names kept apart
contains "$json" '"lemma":"dschihadistisch"'
# (the "known" key between "form" and "lemma" depends on the lexicon, so it is not matched)
contains "$json" '"learner_lemma":"Bagdad","lemma":"Bagdad","name":true'
contains "$json" '"learner_lemma":"ISIS","lemma":"ISIS","name":true'
contains "$json" '"learner_lemma":"al-Abbassi","lemma":"al-Abbassi","name":true'
contains "$json" '"learner_lemma":"Irak","lemma":"Irak","name":true'
lacks "$json" '"learner_lemma":"Truppe","lemma":"Truppe","name":true'

# The default table names the joined verb next to its finite form.
expect_exit 0 "$WORTKISTE" analyze "$article"
contains "$LAST_OUT" "joined=ankündigen"
contains "$LAST_OUT" "compound=Militär|Allianz|Mission"
# Standard input works as well.
out=$(printf 'Er kündigte den Rückzug an.\n' | "$WORTKISTE" analyze --json -) || fail "stdin failed"
contains "$out" '"joined_lemma":"ankündigen"'

# CoNLL-U: every line kept, only LEMMA and MISC filled, gold columns ignored.
CHECKS=$((CHECKS + 1))
"$WORTKISTE" analyze --format conllu "$fixture" > "$TMP/out.conllu" || fail "conllu failed"
conllu=$(cat "$TMP/out.conllu")
CHECKS=$((CHECKS + 1))
[ "$(wc -l < "$TMP/out.conllu")" -eq "$(wc -l < "$fixture")" ] || fail "line count changed"
CHECKS=$((CHECKS + 1))
diff <(cut -f1,2,4-9 "$fixture") <(cut -f1,2,4-9 "$TMP/out.conllu") > /dev/null ||
  fail "columns other than LEMMA and MISC changed"
lacks "$conllu" "	GOLD	"
contains "$conllu" "# text = Sie kündigten am Freitag den Rückzug an."
contains "$conllu" "3-4	am	_	_	_	_	_	_	_	_"
contains "$conllu" "2	kündigten	kündigen	VERB	VVFIN	_	0	root	_	JoinedLemma=ankündigen"
contains "$conllu" "8	an	an	ADP	PTKVZ	_	2	compound:prt	_	SpaceAfter=No"
contains "$conllu" "2	Truppen	Truppe	NOUN"
contains "$conllu" "3	gingen	gehen	VERB	VVFIN	_	0	root	_	JoinedLemma=vorgehen"
contains "$conllu" "4	dem	der	DET"

expect_exit 1 "$WORTKISTE" analyze --format conllu "$TMP/missing.conllu"
contains "$LAST_ERR" "missing.conllu"
pass
