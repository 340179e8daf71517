#pragma once
// Candidate vocabulary of a text: the content-word lemmas a learner could turn into cards, with
// every place they occur. Names, numbers, symbols, function words and fragments of broken text
// (the stray "a" of "Beide Parteien vereinbaren a „Zwei-Phasen-Übergangsplan“") never become
// candidates.

#include "extract/analysis.h"
#include "lexicon/lexicon.h"
#include "text/document.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wortkiste::extract {

// One place a candidate occurs: the token that carries it (for a separated verb, the finite
// verb: "kündigten" of "kündigten ... an"), with byte offsets into the document's text.
struct Occurrence {
  std::size_t sentence = 0; // index into text::Document::sentences
  std::size_t token = 0;    // index into that sentence's tokens
  std::uint32_t begin = 0;  // the target form, byte offsets into Document::text
  std::uint32_t end = 0;
  std::string form; // as seen: "kündigten … an", "Einsätze", "nach wie vor"
};

// Why a token is not a candidate (for tests and `analyze`-style diagnostics).
enum class Rejection : std::uint8_t {
  None,          // a candidate
  NotAWord,      // number, symbol, punctuation, URL ...
  Name,          // Irak, Bagdad, ISIS
  FunctionWord,  // articles, pronouns, prepositions, auxiliaries, particles, "nicht"
  Fragment,      // one-letter words, words without letters: the stray "a"
  PartOfOther,   // the particle "an" joined to "kündigten", words inside "nach wie vor"
  Unknown,       // a lowercase word no rule could read, only guessed an adverb: "records",
                 // "shopping", a name typed lowercase ("helmut"); its card would teach nothing
};

// Returns why `token` (text `form`, reading `analysis`) is not a candidate, or Rejection::None.
Rejection reject_reason(std::string_view form, const text::Token& token,
                        const TokenAnalysis& analysis);

// Returns true for adverbs and particles that carry grammar rather than vocabulary
// ("nicht", "auch", "noch", "darauf", "wo").
bool is_function_adverb(std::string_view lemma);

// The lemma as looked up in the lexicon: "sich richten" -> "richten".
std::string_view without_reflexive(std::string_view learner_lemma);

// Returns the part of speech a fixed multiword expression is filed under: VERB when it ends in
// an infinitive ("in der Lage sein"), ADV otherwise ("nach wie vor").
lexicon::Pos multiword_pos(std::string_view expression);

// A candidate lemma with its occurrences in one document.
struct Candidate {
  std::string lemma; // learner lemma: "ankündigen", "sich richten", "nach wie vor", "Truppe"
  lexicon::Pos pos = lexicon::Pos::Other;
  std::optional<lexicon::LemmaId> lemma_id; // entry of the analysed (UD) lemma, if any
  std::vector<std::string> compound_parts;  // {"Dschihadist", "Gruppe"}; empty if none
  bool multiword = false;
  bool known_to_lexicon = false;
  std::vector<Occurrence> occurrences;
};

// Returns the candidates of `doc` in order of first occurrence, one per (learner lemma, pos).
std::vector<Candidate> collect_candidates(const text::Document& doc,
                                          const DocumentAnalysis& analysis);

// Returns the lemmas a bare word stands for, as `known add` and `known import` need them:
// "Einsätze" -> {"Einsatz"}, "gingen" -> {"gehen"}, "einsatz" -> {"Einsatz"}. A word the
// lexicon does not know is returned as written.
std::vector<std::string> lemmas_of_word(const lexicon::Lexicon& lexicon, std::string_view word);

} // namespace wortkiste::extract
