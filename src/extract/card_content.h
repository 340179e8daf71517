#pragma once
// The German side of a card, laid out as learners' dictionaries do: nouns with article and
// plural ("die Truppe, -n", "der Einsatz, Einsätze"), verbs with their principal parts and
// separable prefix ("ankündigen – kündigte an – hat angekündigt"), reflexive verbs with "sich",
// adjectives and adverbs plain.

#include "lexicon/lexicon.h"

#include <optional>
#include <string>
#include <string_view>

namespace wortkiste::extract {

struct CardContent {
  std::string headword;                       // "die Truppe, -n"
  std::optional<std::string> article;         // "der", "die", "das" for nouns with a gender
  std::optional<std::string> plural;          // the full plural form: "Einsätze"
  std::optional<std::string> principal_parts; // "kündigte an – hat angekündigt"
};

// Returns "der", "die", "das", or "" for Gender::None.
std::string_view article_of(lexicon::Gender gender);

// Returns the dictionary notation of a plural: "-n" (Truppe/Truppen), "-" (Lehrer/Lehrer),
// "-e" (Tag/Tage), or the full form when the stem changes (Einsatz/Einsätze).
std::string plural_notation(std::string_view singular, std::string_view plural);

// Returns the card content of a noun: "die Truppe, -n"; without gender just the lemma,
// without plural no ", ..." part.
CardContent noun_content(std::string_view lemma, lexicon::Gender gender, std::string_view plural);

// Returns the card content of a verb from its lexicon entry parts. `past` is the 3rd singular
// past as written ("kündigte an"), `participle2` "angekündigt", `auxiliary` "hat"/"ist"/"".
// A reflexive verb gets "sich": "sich richten – richtete sich – hat sich gerichtet".
CardContent verb_content(std::string_view infinitive, std::string_view past,
                         std::string_view participle2, std::string_view auxiliary,
                         bool reflexive);

// Returns the plain card content of any other word ("groß", "weiterhin", "nach wie vor").
CardContent plain_content(std::string_view lemma);

// Returns the card content of `lemma` (a learner lemma) from what the lexicon knows of it.
// `fallback_gender`/`fallback_plural` serve compounds the lexicon lacks (from their head).
CardContent card_content(const lexicon::Lexicon& lexicon, std::string_view lemma, lexicon::Pos pos,
                         lexicon::Gender fallback_gender = lexicon::Gender::None,
                         std::string_view fallback_plural = {});

} // namespace wortkiste::extract
