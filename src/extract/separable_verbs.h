#pragma once
// Separable verbs joined across the clause: "kündigten Washington und Bagdad am Freitag,
// 27. September, an" -> ankündigen; "gingen die Zellen nach wie vor gegen ISIS vor" -> vorgehen;
// "greifen weiterhin sporadisch Armee- und Polizeipersonal an" -> angreifen. And reflexive verbs:
// "richteten sich gegen" -> sich richten.

#include "extract/analysis.h"
#include "extract/form_readings.h"
#include "extract/lemmatizer.h"

#include <span>
#include <string>

namespace wortkiste::extract {

// Joins every clause-final particle to its finite verb in `sentence` (parallel to `words` and
// `lowers`): sets joined_lemma and particle_index on the verb and is_particle_of_verb on the
// particle. A particle joins only when the finite form has a reading of the joined verb in the
// lexicon with exactly that detached particle.
void join_separable_verbs(std::span<const Word> words, std::span<const std::string> lowers,
                          SentenceAnalysis& sentence, FormCache& cache);

// Joins a particle written apart before its infinitive or participle: "mit Ihnen zusammen zu
// arbeiten" -> zusammenarbeiten (on "arbeiten").
// True when `particle` is a spoken short form of her-/hin- ("rein", "raus", "rüber", "runter",
// "ran", "rauf", "rum") and the verb with the full particle exists: "kamen ohne Reservierung
// rein" -> reinkommen (hereinkommen), "lade mir die App runter" -> runterladen (herunterladen).
bool colloquial_particle_verb(std::string_view particle, std::string_view verb,
                              const lexicon::Lexicon& lexicon);

// Joins a particle that opens the sentence right before its finite verb: "Hinzu kommen
// steigende Kosten" -> hinzukommen, "Fest steht, dass" -> feststehen.
void join_fronted_particle(std::span<const Word> words, std::span<const std::string> lowers,
                           SentenceAnalysis& sentence, FormCache& cache);

void join_written_apart(std::span<const Word> words, std::span<const std::string> lowers,
                        SentenceAnalysis& sentence, FormCache& cache);

// Marks verbs that take "sich" in their clause: "Drohnenangriffe ... richteten sich gegen die
// Koalition" -> reflexive on "richteten".
void mark_reflexive_verbs(std::span<const Word> words, std::span<const std::string> lowers,
                          SentenceAnalysis& sentence);

} // namespace wortkiste::extract
