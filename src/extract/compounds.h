#pragma once
// Unknown compound nouns split into known parts, the last of which (the head) gives lemma,
// gender and plural: "Übergangsplan" -> Übergang|Plan (der, Pläne); "Sicherheitskräfte" ->
// Sicherheit|Kraft, lemma "Sicherheitskraft"; "Militärallianzmission" -> Militär|Allianz|Mission.

#include "extract/form_readings.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace wortkiste::extract {

struct CompoundSplit {
  std::vector<std::string> parts; // lemmas of the parts, capitalised: {"Übergang", "Plan"}
  std::string lemma;              // the whole compound's lemma: "Übergangsplan"
  lexicon::LemmaId head = 0;      // the head noun's lemma (gender, plural)
  std::uint32_t features = 0;     // features of the head's reading ("Kräfte": plural)
};

// Returns the split of a capitalised noun `form` the lexicon lacks, or nullopt when no split
// into known parts exists. Hyphenated forms ("Zwei-Phasen-Übergangsplan") split at the hyphens
// first, and the last segment is split again.
std::optional<CompoundSplit> split_compound(std::string_view form, FormCache& cache);

// Remembers the splits of the forms seen so far, so a long text splits each unknown word once.
class CompoundSplitter {
public:
  explicit CompoundSplitter(FormCache& cache) : m_cache(cache) {}
  // Returns split_compound(`form`), computed once per form.
  const std::optional<CompoundSplit>& split(std::string_view form);
  // Empties the memory past its bound (between sentences).
  void trim();

private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  FormCache& m_cache;
  std::unordered_map<std::string, std::optional<CompoundSplit>, Hash, std::equal_to<>> m_splits;
};

// Returns the plural of a compound: the modifiers followed by the head's plural
// ("Übergangs" + "Pläne" -> "Übergangspläne"); empty when the head has none.
std::string compound_plural(const CompoundSplit& split, std::string_view form,
                            const lexicon::Lexicon& lexicon);

} // namespace wortkiste::extract
