#!/usr/bin/env bash
# `wortkiste lookup` on the real lexicon: the acceptance cases of the lexicon issue.
source "$(dirname "$0")/lib.bash"
: "${WORTKISTE_LEXICON:?WORTKISTE_LEXICON must name the built lexicon}"
export WORTKISTE_LEXICON

# A noun: lemma, gender, plural and a gloss.
expect_exit 0 "$WORTKISTE" lookup Einsätze
contains "$LAST_OUT" "Einsatz  NOUN, masculine"
contains "$LAST_OUT" "der Einsatz, die Einsätze"
contains "$LAST_OUT" "plural"
[[ "$LAST_OUT" == *operation* || "$LAST_OUT" == *deployment* ]] || fail "no operation/deployment gloss:
$LAST_OUT"

# A past form read as gehen and as the finite part of separable verbs.
expect_exit 0 "$WORTKISTE" lookup gingen
contains "$LAST_OUT" "gehen  VERB"
contains "$LAST_OUT" "gehen – ging – ist gegangen"
contains "$LAST_OUT" "finite part of separable verb vorgehen (particle: vor)"
contains "$LAST_OUT" "finite part of separable verb ausgehen (particle: aus)"

expect_exit 0 "$WORTKISTE" lookup kündigten
contains "$LAST_OUT" "kündigen  VERB"
contains "$LAST_OUT" "past tense"
contains "$LAST_OUT" "finite part of separable verb ankündigen (particle: an)"
contains "$LAST_OUT" "finite part of separable verb aufkündigen (particle: auf)"
contains "$LAST_OUT" "ankündigen – kündigte an – hat angekündigt"
contains "$LAST_OUT" "to announce"

# A form typed in lowercase finds the noun too; the verb infinitive comes with it.
expect_exit 0 "$WORTKISTE" lookup haus
contains "$LAST_OUT" "das Haus, die Häuser"

# Comparison and old spelling.
expect_exit 0 "$WORTKISTE" lookup besser
contains "$LAST_OUT" "gut  ADJ"
contains "$LAST_OUT" "comparative"
expect_exit 0 "$WORTKISTE" lookup größte
contains "$LAST_OUT" "groß  ADJ"
contains "$LAST_OUT" "superlative"
expect_exit 0 "$WORTKISTE" lookup daß
contains "$LAST_OUT" "dass  SCONJ"
contains "$LAST_OUT" "old spelling"
expect_exit 0 "$WORTKISTE" lookup faßte
contains "$LAST_OUT" "fassen  VERB"
contains "$LAST_OUT" "fassen – fasste – hat gefasst"

# Adverbs from Ding, function words from our list.
expect_exit 0 "$WORTKISTE" lookup weiterhin
contains "$LAST_OUT" "weiterhin  ADV"
expect_exit 0 "$WORTKISTE" lookup zum
contains "$LAST_OUT" "zu  ADP"

# Machine-readable output.
expect_exit 0 "$WORTKISTE" lookup --json Einsätze
contains "$LAST_OUT" '"lemma": "Einsatz"'
contains "$LAST_OUT" '"gender": "m"'
contains "$LAST_OUT" '"plural": "Einsätze"'
contains "$LAST_OUT" '"known": true'

# Unknown words and a missing lexicon.
expect_exit 1 "$WORTKISTE" lookup xyzzy
contains "$LAST_ERR" "wortkiste: error:"
contains "$LAST_ERR" "not in the lexicon"
expect_exit 1 "$WORTKISTE" lookup --json xyzzy
contains "$LAST_OUT" '"known": false'
WORTKISTE_LEXICON="$TMP/none.wkl" expect_exit 1 "$WORTKISTE" lookup Haus
contains "$LAST_ERR" "wortkiste: error:"
contains "$LAST_ERR" "scripts/build"
contains "$LAST_ERR" "WORTKISTE_LEXICON"
expect_exit 2 "$WORTKISTE" lookup
pass
