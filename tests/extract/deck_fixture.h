#pragma once
// Hand-built documents with their analyses, so candidate and deck tests do not depend on the
// tokenizer and lemmatizer of the day. Each word is given with the reading the lemma layer
// should produce for it.

#include "extract/analysis.h"
#include "text/document.h"

#include <string>
#include <vector>

namespace wortkiste::extract::fixture {

struct Word {
  std::string form;
  TokenAnalysis reading;
  text::TokenKind kind = text::TokenKind::Word;
};

inline TokenAnalysis reading(std::string lemma, lexicon::Pos pos) {
  TokenAnalysis t;
  t.lemma = std::move(lemma);
  t.pos = pos;
  t.known_to_lexicon = true;
  return t;
}

inline Word word(std::string form, std::string lemma, lexicon::Pos pos) {
  return Word{std::move(form), reading(std::move(lemma), pos)};
}

inline Word punct(std::string form) {
  TokenAnalysis t;
  t.lemma = form;
  t.pos = lexicon::Pos::Other;
  return Word{std::move(form), t, text::TokenKind::Punctuation};
}

struct Built {
  text::Document doc;
  DocumentAnalysis analysis;
};

// Appends a sentence of `words` (joined by spaces, no space before punctuation).
inline void add_sentence(Built& b, const std::vector<Word>& words,
                         text::SentenceKind kind = text::SentenceKind::Sentence) {
  if (!b.doc.text.empty()) {
    b.doc.text += ' ';
  }
  text::Sentence sentence;
  sentence.kind = kind;
  sentence.begin = static_cast<std::uint32_t>(b.doc.text.size());
  SentenceAnalysis sa;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (i > 0 && w.kind != text::TokenKind::Punctuation) {
      b.doc.text += ' ';
    }
    text::Token token;
    token.begin = static_cast<std::uint32_t>(b.doc.text.size());
    b.doc.text += w.form;
    token.end = static_cast<std::uint32_t>(b.doc.text.size());
    token.kind = w.kind;
    sentence.tokens.push_back(token);
    sa.tokens.push_back(w.reading);
  }
  sentence.end = static_cast<std::uint32_t>(b.doc.text.size());
  b.doc.sentences.push_back(std::move(sentence));
  b.analysis.sentences.push_back(std::move(sa));
}

} // namespace wortkiste::extract::fixture
