#pragma once
// Lemmas for words the lexicon lacks as written: inflected adjectives built with productive
// suffixes ("dschihadistischer" -> dschihadistisch), inflected participles ("gebildeten" ->
// gebildet / bilden), zu-infinitives ("abzumildern" -> abmildern) and hyphenated words whose
// last part is known ("pro-iranischer" -> pro-iranisch).

#include "extract/form_readings.h"

#include <optional>
#include <string>
#include <string_view>

namespace wortkiste::extract {

struct Guess {
  std::string lemma;
  lexicon::Pos pos = lexicon::Pos::Other;
  std::uint32_t features = 0;
  std::optional<lexicon::LemmaId> lemma_id;
};

// Returns `lower` without one adjective ending (-e, -en, -em, -er, -es), or nullopt when it has
// none: "irakischer" -> "irakisch".
std::optional<std::string_view> strip_adjective_ending(std::string_view lower);

// Returns the positive of an inflected, comparative or superlative adjective the lexicon lacks,
// when its stem ends in a productive suffix (-isch, -lich, -ig, -bar, -sam, -haft, -los, -iv,
// -al, -ell, -är, -ös, -end) or is a known adjective: "dschihadistischer" -> dschihadistisch.
std::optional<Guess> guess_adjective(std::string_view lower, FormCache& cache);

// Returns the reading of an inflected participle the lexicon lacks: "gebildeten" with
// `as_adjective` -> ADJ "gebildet", else VERB "bilden".
std::optional<Guess> guess_participle(std::string_view lower, bool as_adjective, FormCache& cache);

// Returns the reading of a form of a verb in "-ieren" the lexicon lacks, by that productive
// suffix: "despotisiert", "annihilierte" -> VERB despotisieren, annihilieren; with `attributive`
// an inflected participle is the adjective: "die anonymisierten Daten" -> ADJ anonymisiert.
std::optional<Guess> guess_ieren_verb(std::string_view lower, bool attributive);

// Returns the ordinal adjective of a number word the lexicon lacks as an ordinal: "zwölften"
// -> zwölft, "zwanzigsten" -> zwanzigst.
std::optional<Guess> guess_ordinal(std::string_view lower, FormCache& cache);

// Returns the infinitive of a bare past participle the lexicon lacks, from its shape alone:
// "eingedeckt" -> eindecken, "leergemacht" -> leermachen, "erstrahlt" -> erstrahlen. Callers use
// it only next to an auxiliary ("habe den Feuerlöscher leergemacht").
std::optional<Guess> guess_participle_shape(std::string_view lower);

// Returns the verb of a zu-infinitive of a separable verb: "abzumildern" -> abmildern.
std::optional<Guess> guess_zu_infinitive(std::string_view lower, FormCache& cache);

// Returns the separable verb of an unseparated form the lexicon lacks: a particle and a known
// verb form, "entgegenschlage" -> entgegenschlagen, "zurückwies" -> zurückweisen.
std::optional<Guess> guess_particle_verb(std::string_view lower, FormCache& cache);

// Returns the reading of a lowercase word through its longest known tail after a hyphen:
// "pro-iranischer" -> pro-iranisch.
std::optional<Guess> guess_hyphenated(std::string_view lower, FormCache& cache);

} // namespace wortkiste::extract
