#pragma once
// The real lexicon for extract tests (ctest sets WORTKISTE_LEXICON to the built lexicon.wkl),
// plus a helper that reads a sentence written with spaces between tokens.

#include "extract/lemmatizer.h"
#include "lexicon/lexicon.h"

#include <string>
#include <string_view>
#include <vector>

namespace wortkiste::extract::testing {

// Returns the lexicon, opened once for the whole test run.
inline const lexicon::Lexicon& test_lexicon() {
  static const lexicon::Lexicon lexicon = lexicon::Lexicon::open_default();
  return lexicon;
}

// A sentence analysed from space-separated tokens: "kündigten Washington ... an ."
struct Analysed {
  std::vector<std::string> forms;
  SentenceAnalysis analysis;

  // Returns the index of the `nth` token written `form`.
  std::size_t index(std::string_view form, int nth = 0) const {
    for (std::size_t i = 0; i < forms.size(); ++i) {
      if (forms[i] == form && nth-- == 0) {
        return i;
      }
    }
    return forms.size();
  }
  // Returns the analysis of the `nth` token written `form` (throws when absent).
  const TokenAnalysis& at(std::string_view form, int nth = 0) const {
    return analysis.tokens.at(index(form, nth));
  }
};

inline Analysed analyse(std::string_view sentence) {
  Analysed out;
  std::size_t start = 0;
  while (start < sentence.size()) {
    auto space = sentence.find(' ', start);
    if (space == std::string_view::npos) {
      space = sentence.size();
    }
    if (space > start) {
      out.forms.emplace_back(sentence.substr(start, space - start));
    }
    start = space + 1;
  }
  std::vector<Word> words;
  for (const auto& f : out.forms) {
    words.push_back(Word{f, shape_of(f)});
  }
  Lemmatizer lemmatizer(test_lexicon());
  out.analysis = lemmatizer.analyze_sentence(words);
  return out;
}

} // namespace wortkiste::extract::testing
