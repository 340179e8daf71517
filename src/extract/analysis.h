#pragma once
// Lemmas in context: what each token of a segmented text is, as the rest of wortkiste needs it.
// Built by the lemma work (lemmatizer, separable verbs, compounds, names); read by deck building
// (candidates, ranking, examples, glosses) and by `wortkiste analyze`.

#include "lexicon/lexicon.h"
#include "text/document.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wortkiste::extract {

// One token with its reading in context.
struct TokenAnalysis {
  std::string lemma;             // UD convention: "kündigen" for "kündigten ... an", "Truppe", "groß"
  lexicon::Pos pos = lexicon::Pos::Other;
  std::uint32_t features = 0;    // lexicon::feature bits of the chosen reading
  std::optional<lexicon::LemmaId> lemma_id; // the lexicon entry, when there is one
  // The verb with its separated particle joined back: "ankündigen" on the finite verb
  // "kündigten" of "kündigten ... an"; empty otherwise.
  std::string joined_lemma;
  std::optional<std::size_t> particle_index; // token index of the joined particle
  bool is_particle_of_verb = false;          // the "an" that was joined to a verb
  // A join UD German does not make, so CoNLL-U output leaves it out while cards keep it:
  // - the particle is an adjective or a verb ("gab ... bekannt", "legten ... lahm", "lernte ...
  //   kennen"): the learner's verb is bekanntgeben, but UD German (from TIGER, written apart by
  //   the 1996 spelling: "bekannt geben") has no verb particle there;
  // - the particle opens the sentence ("Hinzu kommt, dass ..."): TIGER reads it as an adverb.
  bool ud_leaves_unjoined = false;
  bool reflexive = false;                    // "richteten sich" -> sich richten
  // A participle used as an adjective that the dictionary does not gloss as an adjective is
  // taught as its verb: "die gestiegenen Preise" -> steigen (UD lemma "gestiegen" stays in
  // `lemma`). Lexicalised ones keep the adjective: "ein gebildeter Mensch" -> gebildet.
  std::string participle_of;
  std::optional<lexicon::LemmaId> participle_verb_id;
  bool is_name = false;                      // Irak, Bagdad, Thabet al-Abbassi, ISIS
  bool known_to_lexicon = false;             // false for guesses (unknown compounds, -isch words)
  // Compound split for a noun the lexicon lacks: {"Militär", "Allianz", "Mission"}; the last part
  // is the head that gives gender and plural. Empty when not a compound.
  std::vector<std::string> compound_parts;
  // A fixed multiword expression this token starts ("nach wie vor"), with its token count.
  std::string multiword;
  std::size_t multiword_length = 0;
};

struct SentenceAnalysis {
  std::vector<TokenAnalysis> tokens; // parallel to text::Sentence::tokens
};

struct DocumentAnalysis {
  std::vector<SentenceAnalysis> sentences; // parallel to text::Document::sentences
};

// Returns the reading of every token of `doc`. Pure: reads only its arguments.
DocumentAnalysis analyze(const text::Document& doc, const lexicon::Lexicon& lexicon);

// The lemma a learner should see for a token: the joined separable verb when there is one
// ("ankündigen"), "sich richten" for a reflexive verb, else the lemma.
std::string learner_lemma(const TokenAnalysis& token);

} // namespace wortkiste::extract
