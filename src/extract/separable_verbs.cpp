#include "extract/separable_verbs.h"

#include "extract/function_words.h"

namespace wortkiste::extract {

using lexicon::Pos;

namespace {

bool is_verb(const TokenAnalysis& t) { return t.pos == Pos::Verb || t.pos == Pos::Auxiliary; }
bool is_finite_verb(const TokenAnalysis& t) {
  return is_verb(t) && (t.features & lexicon::feature::k_finite) != 0;
}

// Punctuation that ends a clause for particle purposes. The comma does not: "kündigten ... am
// Freitag, 27. September, an" keeps going past the apposition.
bool ends_sentence_part(std::string_view form) {
  return form == "." || form == "!" || form == "?" || form == ";" || form == ":" ||
         form == "..." || form == "…";
}

bool is_quote_or_bracket(std::string_view form) {
  return form == "\"" || form == "„" || form == "“" || form == "”" || form == "»" ||
         form == "«" || form == ")" || form == "'" || form == "‚" || form == "‘" || form == "’";
}

// Returns true when the word after a particle candidate at `j` closes the clause: punctuation,
// the end, a conjunction ("vor und greifen"), or "zu" of a following infinitive ("hört auf zu").
bool closes_clause_after(std::span<const Word> words, std::span<const std::string> lowers,
                         std::size_t j) {
  std::size_t k = j + 1;
  while (k < words.size() && is_quote_or_bracket(words[k].form)) {
    ++k;
  }
  if (k >= words.size()) {
    return true;
  }
  if (words[k].shape == Shape::Punctuation) {
    // "an (...)" or "an -" still close; an opening bracket does as well.
    return true;
  }
  const std::string& next = lowers[k];
  return function_words::is_coordinator(next) || function_words::is_subordinator(next) ||
         next == "zu";
}

} // namespace

void join_separable_verbs(std::span<const Word> words, std::span<const std::string> lowers,
                          SentenceAnalysis& sentence, FormCache& cache) {
  auto& tokens = sentence.tokens;
  // Words inside fixed expressions ("nach wie vor") are never particles.
  std::vector<bool> in_expression(words.size(), false);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (std::size_t k = 0; k < tokens[i].multiword_length && i + k < tokens.size(); ++k) {
      in_expression[i + k] = true;
    }
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!is_finite_verb(tokens[i])) {
      continue;
    }
    const auto& fr = cache.get(words[i].form);
    const auto& readings = fr.as_written.empty() ? fr.other_case : fr.as_written;
    bool any_particle = false;
    for (const auto& r : readings) {
      any_particle = any_particle || !r.particle.empty();
    }
    if (!any_particle) {
      continue;
    }
    for (std::size_t j = i + 1; j < tokens.size(); ++j) {
      if (ends_sentence_part(words[j].form)) {
        break;
      }
      // A second finite verb owns what follows: "ging nach Hause und kaufte ein".
      if (is_finite_verb(tokens[j])) {
        break;
      }
      // ", dass ...", ", die ...": a subordinate clause; its end is not our clause's end.
      if (words[j].form == "," && j + 1 < words.size() &&
          (function_words::is_subordinator(lowers[j + 1]) ||
           (function_words::is_relative(lowers[j + 1]) && j + 2 < words.size() &&
            !tokens[j + 2].known_to_lexicon))) {
        // keep scanning only if the subordinate clause is followed by more of ours; simplest and
        // safest is to stop here.
        break;
      }
      if (in_expression[j] || words[j].shape != Shape::Word) {
        continue;
      }
      const Reading* match = nullptr;
      for (const auto& r : readings) {
        if (!r.particle.empty() && r.particle == lowers[j] && (r.features & lexicon::feature::k_finite)) {
          match = &r;
          break;
        }
      }
      if (match == nullptr || !closes_clause_after(words, lowers, j)) {
        continue;
      }
      tokens[i].joined_lemma = std::string(match->lemma);
      tokens[i].particle_index = j;
      tokens[j].is_particle_of_verb = true;
      break;
    }
  }
}

void mark_reflexive_verbs(std::span<const Word> words, std::span<const std::string> lowers,
                          SentenceAnalysis& sentence) {
  auto& tokens = sentence.tokens;
  for (std::size_t s = 0; s < tokens.size(); ++s) {
    if (lowers[s] != "sich") {
      continue;
    }
    // "richteten sich": the finite verb right before "sich", or one word before (subject
    // pronoun or name in between: "richtet er sich").
    for (std::size_t back = 1; back <= 2 && back <= s; ++back) {
      auto& t = tokens[s - back];
      if (is_verb(t) && t.pos != Pos::Auxiliary) {
        t.reflexive = true;
        break;
      }
      if (words[s - back].shape != Shape::Word) {
        break;
      }
    }
  }
}

} // namespace wortkiste::extract
