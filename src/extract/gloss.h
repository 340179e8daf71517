#pragma once
// Choosing the English meaning shown on a card, from Ding's senses. The senses must be those of
// the lemma the learner sees, with its part of speech: for "kündigten ... an" that is ankündigen
// = "to announce", never kündigen = "to give notice". Most common sense first (Ding's order),
// at most 3 senses and about 60 characters, labels such as "[ugs.]" kept apart from the text.
// A compound without an entry is glossed through its parts:
// Dschihadistengruppe = Dschihadist + Gruppe: "jihadist + group".

#include "lexicon/lexicon.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wortkiste::extract {

inline constexpr std::size_t k_max_gloss_senses = 3;
inline constexpr std::size_t k_max_gloss_chars = 60;

struct GlossChoice {
  std::vector<std::string> senses;              // "to announce", "to herald"
  std::vector<std::vector<std::string>> labels; // parallel to senses: {"[formal]"}
  bool from_parts = false;                      // glossed through compound parts
  // Returns the senses joined with "; " ("to announce; to herald"), or "" when none.
  std::string text() const;
};

// Returns up to `max_senses` distinct senses of `senses` in their order whose joined text stays
// within `max_chars` (the first sense is always kept, shortened at a word if it alone is longer).
GlossChoice choose_gloss(std::span<const lexicon::Gloss> senses,
                         std::size_t max_senses = k_max_gloss_senses,
                         std::size_t max_chars = k_max_gloss_chars);

// Returns "jihadist + group" from the first sense of each part (the German part itself for a
// part without one: "Polizei + staff"), or nullopt when no part has a sense. `parts` are the
// German parts, `senses` their senses (parallel).
std::optional<std::string> compound_gloss(std::span<const std::string> parts,
                                          std::span<const std::vector<lexicon::Gloss>> senses);

// Returns the glosses for the learner lemma `lemma` ("ankündigen", "sich richten", "nach wie
// vor") with part of speech `pos`: the entry of exactly that lemma and part of speech, else
// Ding's phrase entries for the headword; for a reflexive verb, senses of "sich ..." first.
// When the lemma itself has no sense, a hyphenated lemma is glossed by its last segment
// ("US-Beamte" -> Beamte, "pro-iranisch" -> iranisch), else `compound_parts` are glossed.
GlossChoice gloss_for(const lexicon::Lexicon& lexicon, std::string_view lemma, lexicon::Pos pos,
                      std::span<const std::string> compound_parts);

} // namespace wortkiste::extract
