#pragma once
// Sentences and tokens of cleaned German text: a rule-based tokenizer in plain C++ (ICU supplies
// the character classes) plus the German sentence rules (abbreviations, ordinals and dates,
// quotes, headline and byline lines). See document.h for what a Document holds.

#include "text/document.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace wortkiste::text {

// Says whether `word` is a German word (a lexicon lookup, supplied by the caller: text/ does
// not depend on the lexicon).
using KnownWord = std::function<bool(std::string_view word)>;

struct SegmentOptions {
  // Used to find the shared head of an elliptical compound: "Armee- und Polizeipersonal" ->
  // "Armee-" completed to "Armeepersonal" because "Personal" is a word. May be empty; then only
  // hyphenated heads ("Armee- und Polizei-Personal") are completed.
  KnownWord is_known_word;
};

// Splits cleaned UTF-8 `text` (as from text::clean or a loader) into sentences and tokens.
// Never throws; invalid UTF-8 bytes become one-byte Symbol tokens.
Document segment(std::string text, const SegmentOptions& options = {});

// Returns the raw tokens of `text` before any sentence decision: a period after a number or an
// unknown word is still its own Punctuation token ("27", "."). segment() merges them.
std::vector<Token> tokenize(std::string_view text);

// Returns the share (0..1) of word tokens of `doc` that `knows` accepts, counting words of at
// least two letters; 1 when there are no words. The CLI warns when it is low (English text).
double known_word_share(const Document& doc, const KnownWord& knows);

} // namespace wortkiste::text
