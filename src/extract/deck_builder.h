#pragma once
// From analysed text to notes: candidates -> ranking -> example sentence -> gloss -> card
// content. Pure over its inputs (documents, analyses, the lexicon, what the learner knows), so
// the store and the CLI only decide what to write. Large inputs arrive as several documents
// (chunks cut at paragraph boundaries); the builder keeps per lemma only counts, forms and the
// best few example sentences, so memory grows with the vocabulary, not the text.

#include "extract/analysis.h"
#include "extract/examples.h"
#include "extract/gloss.h"
#include "extract/ranking.h"
#include "lexicon/lexicon.h"
#include "text/document.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace wortkiste::extract {

// One note as `add` would write it.
struct NoteDraft {
  std::string lemma;  // learner lemma: "ankündigen", "sich richten", "nach wie vor"
  lexicon::Pos pos = lexicon::Pos::Other;
  std::string gender; // "m", "f", "n" or "" (nouns only)
  std::optional<std::string> article;         // "der", "die", "das"
  std::optional<std::string> plural;          // "Einsätze"
  std::optional<std::string> principal_parts; // "kündigte an – hat angekündigt"
  std::string headword; // "der Einsatz, Einsätze", "ankündigen – kündigte an – hat angekündigt"
  GlossChoice gloss;
  std::vector<std::string> compound; // {"Dschihadist", "Gruppe"}; empty if not a compound
  std::optional<ExampleSentence> example;
  std::vector<ExampleSentence> alternatives; // further good sentences, best first
  std::vector<std::string> forms;            // as seen in the text, in order of appearance
  std::size_t count = 0;
  std::uint32_t frequency_rank = 0; // 0 = not ranked
  Level level = Level::C2;          // the level this lemma is typically learnt at
  RankResult rank;
};

// Share of words the lexicon knows, for the "is this German?" warning.
struct TextStats {
  std::size_t sentences = 0;
  std::size_t words = 0;       // word tokens
  std::size_t known_words = 0; // word tokens the lexicon has an entry for
  double known_share() const {
    return words == 0 ? 1.0 : static_cast<double>(known_words) / static_cast<double>(words);
  }
};

// Returns true when a note for (lemma, UD tag) is already in the collection.
using InCollection = std::function<bool(std::string_view lemma, std::string_view ud_pos)>;

class DeckBuilder {
public:
  // `known` holds the learner's known lemmas ("Einsatz", "ankündigen").
  DeckBuilder(const lexicon::Lexicon& lexicon, RankingOptions options,
              std::unordered_set<std::string> known);
  DeckBuilder(DeckBuilder&&) noexcept;
  ~DeckBuilder();

  // Adds one document (a whole file or a chunk of one). `source_offset` is the byte offset of
  // `doc.text` inside the whole cleaned input `source_index`.
  void add(const text::Document& doc, const DocumentAnalysis& analysis,
           std::uint64_t source_offset = 0, std::size_t source_index = 0);

  // Returns every candidate as a draft: the New ones first, best first; the rest after them in
  // order of first occurrence, with their verdict (known, too common, in collection, ...).
  std::vector<NoteDraft> finish(const InCollection& in_collection) const;

  const TextStats& stats() const;

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

// Returns the plural of a compound from its head: "Übergangsplan" with head "Plan" (plural
// "Pläne") -> "Übergangspläne"; "" when the lemma does not end in the head.
std::string compound_plural(std::string_view lemma, std::string_view head,
                            std::string_view head_plural);

// Convenience for one document: DeckBuilder::add + finish.
std::vector<NoteDraft> build_notes(const text::Document& doc, const DocumentAnalysis& analysis,
                                   const lexicon::Lexicon& lexicon, const RankingOptions& options,
                                   const std::unordered_set<std::string>& known,
                                   const InCollection& in_collection);

} // namespace wortkiste::extract
