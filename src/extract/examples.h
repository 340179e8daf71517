#pragma once
// Choosing the example sentence of a card. Among the sentences that contain the target word,
// prefer complete sentences of about 6-25 words with the fewest other unknown words (i+1: the
// card teaches one new thing), never a headline or byline line ("Veröffentlicht",
// "Lesezeit: 1 Minute"). The sentence is kept exactly as it stands in the cleaned source text.

#include "text/document.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace wortkiste::extract {

inline constexpr std::size_t k_min_example_words = 6;
inline constexpr std::size_t k_max_example_words = 25;

// What choosing needs to know of one sentence that contains the target.
struct ExampleOption {
  text::SentenceKind kind = text::SentenceKind::Sentence;
  std::size_t words = 0;          // word tokens in the sentence
  std::size_t other_unknown = 0;  // unknown content words besides the target
  bool complete = true;           // starts like a sentence and ends with . ! ? (or a quote)
  std::size_t order = 0;          // position in the text, earlier wins ties
};

// Returns a penalty for `option` (lower is better), or nullopt when it must never be used
// (headline and byline lines).
std::optional<double> example_penalty(const ExampleOption& option);

// Returns the index of the best option, or nullopt when none may be used.
std::optional<std::size_t> choose_example(std::span<const ExampleOption> options);

// Returns true when `sentence` reads as a complete sentence: it begins with an uppercase letter,
// a digit or an opening quote and ends with . ! ? … or such a mark followed by a closing quote.
// "Die erste läuft bis Ende September." is complete; "Lesezeit: 1 Minute" is not.
bool looks_complete(std::string_view sentence);

// An example sentence as stored: the text, the target form's byte offsets inside it, and the
// sentence's byte offset in the source.
struct ExampleSentence {
  std::string sentence;
  std::uint32_t target_begin = 0;
  std::uint32_t target_end = 0;
  std::uint64_t source_offset = 0;
  std::size_t source_index = 0; // which input of this `add` it came from
};

// Returns `sentence` with the target cut out for a cloze card: "Die [...] erfolgt nach ...".
std::string cloze_text(const ExampleSentence& example, std::string_view gap = "[...]");

} // namespace wortkiste::extract
