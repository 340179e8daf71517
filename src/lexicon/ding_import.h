#pragma once
// From parsed Ding entries to lemmas, glosses, principal parts and phrases. Internal to lexicon/.

#include "lexicon/builder.h"
#include "lexicon/ding.h"
#include "lexicon/model.h"

#include <filesystem>
#include <string>
#include <unordered_set>
#include <vector>

namespace wortkiste::lexicon {

struct DingData {
  std::vector<ding::Entry> entries;
  // Every German word of a term not labelled [alt], as written and lowercased: the words Ding
  // considers current spelling.
  std::unordered_set<std::string> current_words;
};

// Reads and parses the whole dictionary; throws FileError.
DingData read_ding(const std::filesystem::path& path);

// Adds glosses to the model's lemmas, lemmas Morphy lacks (nouns with gender and plural,
// adverbs, other function words), verb principal parts Morphy lacks, reflexive-only verbs, and
// multiword headwords as phrases.
void import_ding(const DingData& ding, LexiconModel& model, BuildStats& stats);

// Merges the rarer spelling of a noun that has a variant with and without "-n" into the other
// when Ding names only one of them as a singular headword: Morphy lists "der Gedanken" and "der
// Willen" beside Gedanke and Wille, but Ding writes "Gedanke {m}" and "Gedanken {pl}", so every
// reading of "Gedanken" becomes one of Gedanke ("die Gedanken", "des Gedankens"). Pairs Ding
// gives both ways ("Friede {m}; Frieden {m}", "Glaube"/"Glauben", "Funke"/"Funken") stay.
// Returns the number of lemmas merged.
std::size_t merge_noun_variants(const DingData& ding, LexiconModel& model);

// Returns the places Ding lists as geography, one capitalised word each, that the model has no
// form of: "Kassel (Stadt in Deutschland) [geogr.] :: Kassel", "Danzig", "Baden-Württemberg";
// not "Bucht {f} [geogr.] :: bay" (a common noun: its English is lowercase) nor "Essen" (a
// noun of the model as well). Sorted, unique.
std::vector<std::string> ding_places(const std::vector<ding::Entry>& entries,
                                     const LexiconModel& model);

// Reads data/gloss-supplement.tsv (lemma TAB UD-POS TAB gloss; gloss); its glosses go before
// Ding's. Returns the number of lemmas it covers. Throws FileError on a malformed line.
std::size_t load_gloss_supplement(const std::filesystem::path& tsv, LexiconModel& model);

// Conjugates a verb Morphy lacks from Ding's principal parts (infinitive, participles, 3rd
// singular present and past, as Ding writes them: "kündigt an", "kündigte an") and sets its
// principal parts and auxiliary.
void conjugate_from_principal_parts(LexiconModel& model, LemmaId id, const std::string& infinitive,
                                    const std::string& participle1, const std::string& participle2,
                                    const std::string& present3, const std::string& past3);

// Adds the past indicative paradigm from the 3rd singular past: weak "deckte" -> decktest,
// deckten, decktet; strong "hing" -> hingst, hingen, hingt. With `particle` each form is added
// detached and joined ("deckte" + "ein", "eindeckte").
void add_past_paradigm(LexiconModel& model, LemmaId id, const std::string& past,
                       const std::string& particle);

// Adds the past forms Ding's principal parts give for verbs Morphy conjugates otherwise: Morphy
// has only weak "hängte" for hängen, Ding "hängen {vi} | ... | ich/er/sie hing" adds hing,
// hingen. Returns the number of verbs completed.
std::size_t add_ding_past_forms(const DingData& ding, LexiconModel& model);

// Adds the plural Ding gives for a Morphy noun whose table covers another homograph: "Tag {m} |
// Tage {pl}" next to Morphy's das Tag / die Tags; and for a noun of the same gender whose Morphy
// plural real text never shows or shows far less often ("Lohnn" -> Löhne, "Risikos" -> Risiken).
void add_homograph_plural(LexiconModel& model, LemmaId id, const ding::Term& term,
                          const ding::Term* plural_term);

// Removes the readings of noun lemmas that are plural forms of a more frequent noun: "Tagen"
// (das Tagen) under Tag.
void drop_inflected_noun_lemmas(LexiconModel& model);

// Adds the comparative ("größer") and superlative ("am größten" -> größte, größten ...) forms.
void add_comparison(LexiconModel& model, LemmaId id, const std::string& comparative,
                    const std::string& superlative_phrase);

// Returns the Pos a Ding tag stands for ("m" -> Noun, "vt" -> Verb, "adv" -> Adverb), or nullopt.
std::optional<Pos> pos_from_ding_tag(std::string_view tag);

} // namespace wortkiste::lexicon
