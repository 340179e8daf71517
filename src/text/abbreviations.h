#pragma once
// German abbreviations that end in a period ("z. B.", "Nr.", "v. Chr."), and the capitalised
// words that typically open a sentence ("Die", "Im", "Er"). Both decide whether a period
// closes a sentence. The lists live in abbreviations.cpp; extend them there.

#include <cstddef>
#include <string_view>

namespace wortkiste::text {

struct AbbreviationMatch {
  std::size_t length = 0;      // bytes matched, including the final period; 0 when no match
  bool can_end_sentence = false; // "usw.", "etc.", "v. Chr." may close a sentence as well
};

// Returns the abbreviation starting at byte `pos` of `text` ("z. B.", "z.B.", "Nr."), matching
// the parts case-sensitively (a lowercase entry also matches capitalised: "Vgl."), with at most
// one space between parts; length 0 when none starts there.
AbbreviationMatch match_abbreviation(std::string_view text, std::size_t pos);

// Returns true when `word` is a German month name ("September") or its abbreviation ("Sept").
bool is_month_name(std::string_view word);

// Returns true when the capitalised `word` usually opens a sentence rather than continuing one
// after an abbreviation or an ordinal: articles, pronouns, prepositions, conjunctions, adverbs
// ("Die", "Er", "Im", "Doch"), never a noun.
bool is_sentence_starter(std::string_view word);

} // namespace wortkiste::text
