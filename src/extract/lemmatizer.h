#pragma once
// Lemmas in context for one sentence: candidates from the lexicon, chosen by rules over the
// neighbours, unknown words guessed (compounds, adjective endings, names), then separable verbs
// joined and reflexive verbs marked. Used by extract::analyze (text layer tokens) and by the
// CoNLL-U path of `wortkiste analyze` (gold tokens).

#include "extract/analysis.h"
#include "extract/compounds.h"
#include "extract/form_readings.h"
#include "lexicon/lexicon.h"
#include "text/document.h"

#include <span>
#include <string_view>

namespace wortkiste::extract {

// What a token looks like before any lexicon look-up.
enum class Shape : std::uint8_t {
  Word,        // Einsatz, US-Beamter, z. B.
  Number,      // 2.500, 27., 14:30
  Punctuation, // . , „ ( -
  Symbol,      // € % §
};

// One token of a sentence as the lemmatizer sees it.
struct Word {
  std::string_view form;
  Shape shape = Shape::Word;
};

// Returns the shape of a bare form (for CoNLL-U input, which has no token kinds).
Shape shape_of(std::string_view form);

// Returns the word the lemmatizer reads for a text-layer token: its text and shape; an
// elliptical "Armee-" of "Armee- und Polizeipersonal" is read as its completion "Armeepersonal".
Word word_of(const text::Document& doc, const text::Token& token);

class Lemmatizer {
public:
  explicit Lemmatizer(const lexicon::Lexicon& lexicon) : m_cache(lexicon), m_compounds(m_cache) {}
  // Returns the reading in context of every word of one sentence (parallel to `words`).
  SentenceAnalysis analyze_sentence(std::span<const Word> words);
  FormCache& cache() { return m_cache; }

private:
  FormCache m_cache;
  CompoundSplitter m_compounds;
};

} // namespace wortkiste::extract
