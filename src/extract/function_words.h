#pragma once
// The few closed word classes the context rules need to recognise by form, independent of what
// the lexicon lists (lowercase forms; callers lowercase sentence-initial words).

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace wortkiste::extract::function_words {

// Returns true when `word` is one of `list`: is_one_of(w, {"ein", "eine", "einen"}).
inline bool is_one_of(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Articles and other determiners that open a noun phrase: "der", "einem", "keine", "diese".
bool is_determiner(std::string_view lower);
// Prepositions, including fused ones: "in", "im", "zum", "gegen", "über".
bool is_preposition(std::string_view lower);
// Subordinating conjunctions that open a verb-final clause: "dass", "weil", "während".
bool is_subordinator(std::string_view lower);
// Coordinating conjunctions: "und", "oder", "aber", "sondern", "denn", "sowie".
bool is_coordinator(std::string_view lower);
// Forms that may be relative pronouns after a comma: "der", "die", "dessen", "welche".
bool is_relative(std::string_view lower);
// Reflexive pronouns: "sich", "mich", "dich", "uns", "euch".
bool is_reflexive(std::string_view lower);
// Personal pronouns that may stand between a finite verb and its particle: "er", "sie", "wir".
bool is_personal_pronoun(std::string_view lower);
// Question words and pronominal relative adverbs that open a verb-final clause after a comma:
// "warum", "wer", "wozu", "wobei", "womit".
bool is_w_clause_word(std::string_view lower);

} // namespace wortkiste::extract::function_words
