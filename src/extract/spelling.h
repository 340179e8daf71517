#pragma once
// Letter case and shape of German word forms, without ICU (which only text/ and lexicon/ link):
// ASCII and the Latin-1 letters (Ä Ö Ü ß É ...) cover German; other letters keep their case.

#include <string>
#include <string_view>

namespace wortkiste::extract {

// Returns `word` with every letter lowercased: "Heute" -> "heute", "ÜBER" -> "über".
std::string to_lower(std::string_view word);
// Returns `word` with its first letter uppercased: "essen" -> "Essen", "über" -> "Über".
std::string capitalize(std::string_view word);
// Returns `word` with the first letter uppercased and the rest lowercased: "USA" -> "Usa".
std::string title_case(std::string_view word);
// Returns true when the first letter is uppercase ("Irak", "Übergang").
bool starts_upper(std::string_view word);
// Returns true when the word has at least two letters and no lowercase letter: "ISIS", "USA".
bool is_all_caps(std::string_view word);
// Returns true when the word has at least one letter.
bool has_letter(std::string_view word);
// Returns true when every character is a digit or one of . , : - / (numbers, dates, times).
bool is_number_like(std::string_view word);
// Returns true when the word has no letter and no digit (". , ; „ “ ( ) - /").
bool is_punctuation(std::string_view word);
// Returns true when `word` ends with `suffix`.
inline bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

} // namespace wortkiste::extract
