#pragma once
// ICU's own sentence and word breaking, unmodified: the baseline that scripts/eval-sentences and
// bench/text.sh compare segment() against. Not used by the product.

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace wortkiste::text {

// Returns the [begin, end) byte ranges of the sentences ICU's German sentence BreakIterator
// finds in UTF-8 `text` (white space trimmed; empty ranges dropped).
std::vector<std::pair<std::uint32_t, std::uint32_t>> icu_sentences(std::string_view text);

// Returns the number of word-like segments (letters or numbers) ICU's German word
// BreakIterator finds in UTF-8 `text`; for speed comparisons.
std::size_t icu_word_count(std::string_view text);

} // namespace wortkiste::text
