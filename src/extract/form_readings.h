#pragma once
// Every reading the lexicon has for a written form, with its lemma text resolved, cached per form
// so that a long text costs one lexicon look-up per distinct form (the cache is emptied when it
// grows past a bound, which keeps memory flat on any input size).

#include "lexicon/lexicon.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace wortkiste::extract {

// One reading of a form: "kündigten" -> (ankündigen, VERB, past, particle "an").
struct Reading {
  std::string_view lemma; // points into the mapped lexicon
  lexicon::LemmaId id = 0;
  lexicon::Pos pos = lexicon::Pos::Other;
  std::uint32_t features = 0;
  std::string_view particle;  // detached particle, "" when none
  std::uint32_t rank = 0;     // frequency rank of the lemma (1 = most frequent, 0 = unranked)
  bool reflexive = false;     // the lemma is a "sich ..." verb in Ding
};

// Returns true when `r` is a verb form that is only finite: "unterhalte", "einige" (ich einige),
// not a participle, infinitive or zu-infinitive.
inline bool is_finite_only(const Reading& r) {
  namespace f = lexicon::feature;
  return (r.pos == lexicon::Pos::Verb || r.pos == lexicon::Pos::Auxiliary) &&
         (r.features & (f::k_infinitive | f::k_participle1 | f::k_participle2 |
                        f::k_zu_infinitive)) == 0;
}

// Readings of one form as written and of its other capitalisation ("Heute" -> "heute").
struct FormReadings {
  std::vector<Reading> as_written;
  std::vector<Reading> other_case; // lowercased for a capitalised form, capitalised otherwise
  std::uint32_t form_rank = 0;     // Wikipedia rank of the lowercased form, 0 = unranked
  // Returns true when some reading of `readings` has part of speech `pos`.
  static bool has(const std::vector<Reading>& readings, lexicon::Pos pos);
};

// Bit for a part of speech, for sets of them.
constexpr std::uint32_t pos_bit(lexicon::Pos pos) { return 1u << static_cast<unsigned>(pos); }

class FormCache {
public:
  explicit FormCache(const lexicon::Lexicon& lexicon) : m_lexicon(lexicon) {}
  // Returns the readings of `form` (and of its other capitalisation). The reference stays valid
  // until the next call.
  const FormReadings& get(std::string_view form);
  // Returns the readings of `form` exactly as written (for compound parts and guesses), cached
  // like get(); the reference stays valid until the cache is emptied.
  const std::vector<Reading>& lookup(std::string_view form);
  // Empties the caches when they have grown past their bound. Called between sentences only,
  // so references taken while analysing one sentence stay valid.
  void trim();
  const lexicon::Lexicon& lexicon() const { return m_lexicon; }

private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  static constexpr std::size_t k_max_entries = 200000;
  const lexicon::Lexicon& m_lexicon;
  std::vector<Reading> read(std::string_view form) const;
  std::unordered_map<std::string, FormReadings, Hash, std::equal_to<>> m_cache;
  std::unordered_map<std::string, std::vector<Reading>, Hash, std::equal_to<>> m_exact;
};

} // namespace wortkiste::extract
