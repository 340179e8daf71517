#include "extract/analysis.h"

#include "extract/lemmatizer.h"

namespace wortkiste::extract {


DocumentAnalysis analyze(const text::Document& doc, const lexicon::Lexicon& lexicon) {
  Lemmatizer lemmatizer(lexicon);
  DocumentAnalysis out;
  out.sentences.reserve(doc.sentences.size());
  std::vector<Word> words;
  for (const auto& sentence : doc.sentences) {
    words.clear();
    for (const auto& token : sentence.tokens) {
      words.push_back(word_of(doc, token));
    }
    out.sentences.push_back(lemmatizer.analyze_sentence(words));
  }
  return out;
}

std::string learner_lemma(const TokenAnalysis& token) {
  if (!token.participle_of.empty()) {
    return token.participle_of; // "gestiegenen" -> steigen
  }
  const std::string& verb = token.joined_lemma.empty() ? token.lemma : token.joined_lemma;
  if (token.reflexive) {
    return "sich " + verb;
  }
  return verb;
}

} // namespace wortkiste::extract
