#include "extract/separable_verbs.h"

#include "extract/function_words.h"
#include "extract/spelling.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>

namespace wortkiste::extract {

using lexicon::Pos;

namespace {

bool is_verb(const TokenAnalysis& t) { return t.pos == Pos::Verb || t.pos == Pos::Auxiliary; }
bool is_finite_verb(const TokenAnalysis& t) {
  return is_verb(t) && (t.features & lexicon::feature::k_finite) != 0;
}

// Punctuation that ends a clause for particle purposes. The comma does not: "kündigten ... am
// Freitag, 27. September, an" keeps going past the apposition.
bool ends_sentence_part(std::string_view form) {
  return form == "." || form == "!" || form == "?" || form == ";" || form == ":" ||
         form == "..." || form == "…";
}

bool is_quote_or_bracket(std::string_view form) {
  return form == "\"" || form == "''" || form == "``" || form == "„" || form == "“" || form == "”" || form == "»" ||
         form == "«" || form == ")" || form == "'" || form == "‚" || form == "‘" || form == "’";
}

// Returns true when the word after a particle candidate at `j` closes the clause: punctuation,
// the end, a conjunction ("vor und greifen"), or "zu" of a following infinitive ("hört auf zu").
bool closes_clause_after(std::span<const Word> words, std::span<const std::string> lowers,
                         std::size_t j) {
  std::size_t k = j + 1;
  while (k < words.size() && is_quote_or_bracket(words[k].form)) {
    ++k;
  }
  if (k >= words.size()) {
    return true;
  }
  if (words[k].shape == Shape::Punctuation) {
    // "an (...)" or "an -" still close; an opening bracket does as well.
    return true;
  }
  // "bietet einen Shuttle an :-)": a smiley ends the clause like a full stop.
  const std::string_view f = words[k].form;
  if (words[k].shape == Shape::Symbol && f.size() >= 2 &&
      (f.front() == ':' || f.front() == ';' || f.front() == '=')) {
    return true;
  }
  const std::string& next = lowers[k];
  // "steigen auf bis zu 36 Grad": "bis zu" and "bis" before a number open a phrase, no clause.
  if (next == "bis" && k + 1 < words.size() &&
      (lowers[k + 1] == "zu" || words[k + 1].shape == Shape::Number)) {
    return false;
  }
  return function_words::is_coordinator(next) || function_words::is_subordinator(next) ||
         next == "zu";
}

// Words that stand at the end of a clause as a verb's particle. The lexicon lists the detached
// readings of most separable verbs; for the rest ("fand ... statt", "stelle ... dar", "schreiben
// ... fest") a clause-final word from this list joins when particle + verb is a verb the lexicon
// knows ("stattfinden"). "wieder" is left out: UD German reads "kommen immer wieder" as an adverb.
// The adjectives here (fest, frei, hoch, wahr, fern, nahe, klar) are verb particles in UD German too; an
// adjective particle outside the list ("gab ... bekannt", "legten ... lahm") is a predicative
// adjective there (TIGER, after the 1996 spelling "bekannt geben").
bool is_particle_word(std::string_view lower) {
  static constexpr std::array<std::string_view, 79> k_particles = {
      "ab",       "an",        "auf",     "aus",      "auseinander", "bei",      "beisammen",
      "bereit",   "bevor",     "da",      "dabei",    "dagegen",     "daher",    "dahin",
      "daneben",  "dar",       "davon",   "dazu",     "durch",       "ein",      "empor",
      "entgegen", "entlang",   "fern",    "fest",    "fort",     "frei",        "gegenüber","her",
      "herab",    "heran",     "heraus",  "herbei",   "herein",      "herum",    "herunter",
      "hervor",   "hin",       "hinein",  "hinaus",   "hinzu",       "hoch",     "los",
      "mit",      "nach",      "nahe",    "nieder",  "statt",    "teil",        "um",       "vor",
      "voran",    "vorbei",    "wahr",    "weg",      "weiter",      "zu",       "zurück",
      "zusammen", "rein",      "raus",    "rüber",    "runter",      "ran",      "rauf",
      "rum",      "aufeinander", "beieinander", "durcheinander", "gegeneinander",
      "hintereinander", "nebeneinander", "übereinander", "untereinander", "voneinander",
      "zueinander", "zugrunde", "zustande", "klar"};
  return std::find(k_particles.begin(), k_particles.end(), lower) != k_particles.end();
}

// Particles that may stand before an extraposed prepositional phrase: "nahm teil an der
// Sitzung", "kehrte zurück nach Berlin". Prepositions ("an", "vor") and predicative adjectives
// ("frei", "fest") are left out: "ist frei für Kinder" has no particle.
bool is_extraposing_particle(std::string_view lower) {
  static constexpr std::array<std::string_view, 13> k_extraposing = {
      "teil", "statt", "zurück", "weg", "vorbei", "hinzu", "heraus", "hinaus", "herum",
      "fort", "zusammen", "voran", "hervor"};
  return std::find(k_extraposing.begin(), k_extraposing.end(), lower) != k_extraposing.end();
}

// Returns true when `words[j]` is ", und", ", aber", ... : a new main clause begins.
bool starts_new_clause(std::span<const std::string> lowers, std::size_t j) {
  return lowers[j] == "," && j + 1 < lowers.size() &&
         (lowers[j + 1] == "und" || lowers[j + 1] == "aber" || lowers[j + 1] == "oder" ||
          lowers[j + 1] == "sondern" || lowers[j + 1] == "denn" || lowers[j + 1] == "doch");
}

// Returns true when the clause of the finite verb at `verb` up to `end` has a noun and no
// personal pronoun: "Bei dem Besuch war dann keine Vespa mehr da", not "Ich war heute da".
bool noun_subject_without_pronoun(std::span<const Word> words, std::span<const std::string> lowers,
                                  std::span<const TokenAnalysis> tokens, std::size_t verb,
                                  std::size_t end) {
  std::size_t start = verb;
  while (start > 0 && words[start - 1].shape == Shape::Word) {
    --start;
  }
  bool noun = false;
  for (std::size_t k = start; k < end; ++k) {
    if (function_words::is_personal_pronoun(lowers[k]) || lowers[k] == "es" ||
        lowers[k] == "das" || lowers[k] == "wer" || lowers[k] == "alle") {
      if (!(k + 1 < end && tokens[k + 1].pos == Pos::Noun)) {
        return false;
      }
    }
    noun = noun || ((tokens[k].pos == Pos::Noun || tokens[k].pos == Pos::ProperNoun) && k > verb);
  }
  return noun;
}

// Returns true when `lowers[k]` opens a relative clause: "die im Herbst stattfinden sollte", not
// the article of ", das Ende des Einsatzes an" (the lemmatizer read it as a determiner).
bool opens_relative_clause(std::span<const std::string> lowers,
                           std::span<const TokenAnalysis> tokens, std::size_t k) {
  return function_words::is_relative(lowers[k]) && tokens[k].pos != Pos::Determiner;
}

// Returns true when the finite verb at `verb` ends a subordinate or relative clause: "wie das
// Ministerium mitteilte", "in dem er wohnt". Such a verb keeps its particle joined ("mitteilte"),
// so a word after it is never its particle ("in dem er wohnt, genau an" is not anwohnen). A
// question word right before the verb opens a main clause: "Wann kommt der Zug an?".
bool ends_subordinate_clause(std::span<const Word> words, std::span<const std::string> lowers,
                             std::span<const TokenAnalysis> tokens, std::size_t verb) {
  std::size_t start = verb;
  while (start > 0 && words[start - 1].form != "," && !ends_sentence_part(words[start - 1].form)) {
    --start;
  }
  while (start < verb && is_quote_or_bracket(words[start].form)) {
    ++start;
  }
  // The finite verb of a subordinate clause stands at its end: "seit 1980 bin auch ich dabei"
  // and "Als Folge brach ein Streit aus" go on after the verb and are main clauses.
  std::size_t after = verb + 1;
  while (after < words.size() && is_quote_or_bracket(words[after].form)) {
    ++after;
  }
  // A quote right after the verb closes the clause as well: "den Beinamen \"Baulöwe, der sozial
  // handelte\" ein" (handelte ends the relative clause; the "ein" is brachte's).
  const bool quote_closes = verb + 1 < words.size() && is_quote_or_bracket(words[verb + 1].form);
  if (start + 1 >= verb ||
      (after < words.size() && words[after].shape != Shape::Punctuation && !quote_closes)) {
    return false;
  }
  if (function_words::is_subordinator(lowers[start])) {
    return true;
  }
  // A relative clause follows a comma: ", die im Herbst stattfinden sollte", ", in dem er wohnt".
  const std::size_t rel = function_words::is_preposition(lowers[start]) ? start + 1 : start;
  return start > 0 && rel < verb && opens_relative_clause(lowers, tokens, rel);
}

// Returns true when the particle candidate at `j` closes a circumposition opened after the verb
// at `verb`, so it is no particle:
//   "von Beginn an", "von heute an"      (spielte von Beginn an: not anspielen)
//   "von zu Hause aus", "von hier aus"   (arbeitet von zu Hause aus: not ausarbeiten)
//   "vom Aussehen her", "von der Lage her"
//   "meiner Meinung nach", "den Angaben nach" (stimmt meiner Meinung nach: not nachstimmen)
// "geht von Brandstiftung aus" keeps ausgehen: "Brandstiftung" is no place word.
bool closes_circumposition(std::span<const Word> words, std::span<const std::string> lowers,
                           std::size_t verb, std::size_t j) {
  const std::string& p = lowers[j];
  if (p == "nach") {
    return j > verb + 1 &&
           function_words::is_one_of(words[j - 1].form,
                                     {"Meinung", "Ansicht", "Auffassung", "Einschätzung",
                                      "Schätzung", "Schätzungen", "Angaben", "Aussage", "Aussagen",
                                      "Erfahrung", "Überzeugung", "Worten", "Darstellung",
                                      "Berichten", "Informationen", "Erkenntnissen", "Eindruck"});
  }
  if (p != "an" && p != "aus" && p != "her") {
    return false;
  }
  // The "von" of the phrase, at most four words back, with no verb in between.
  std::size_t von = j;
  for (std::size_t k = j; k > verb + 1 && k + 5 > j; --k) {
    if (lowers[k - 1] == "von" || lowers[k - 1] == "vom") {
      von = k - 1;
      break;
    }
  }
  if (von == j) {
    return false;
  }
  if (p == "her") {
    return true;
  }
  const std::string& last = lowers[j - 1];
  if (p == "an") {
    return function_words::is_one_of(last, {"anfang", "beginn", "geburt", "kindheit", "jugend",
                                            "heute", "jetzt", "nun", "morgen", "damals", "dann",
                                            "da", "start", "stund"});
  }
  return function_words::is_one_of(
      last, {"hause", "hier", "dort", "da", "oben", "unten", "innen", "außen", "weitem", "ferne"});
}

// Returns true when every reading of a form is a finite verb form: "unterhalte", not
// "entschieden" (also the participle and an adjective) or "wünschen" (also the infinitive).
bool only_finite(const FormReadings& fr) {
  const auto& rs = fr.as_written.empty() ? fr.other_case : fr.as_written;
  return !rs.empty() && std::all_of(rs.begin(), rs.end(), is_finite_only);
}

// Returns the finite reading of the verb whose detached particle is `particle` ("kündigten"
// with "an": ankündigen), or nullptr.
const Reading* detached_reading(const std::vector<Reading>& readings, std::string_view particle) {
  for (const auto& r : readings) {
    if (!r.particle.empty() && r.particle == particle &&
        (r.features & lexicon::feature::k_finite) != 0) {
      return &r;
    }
  }
  return nullptr;
}

// "bitte" is the politeness word ("Ruf mich bitte an", "Bitte hör mir zu"), the verb only next to
// its subject: "ich bitte Sie", "bitte ich".
bool is_politeness_bitte(std::span<const std::string> lowers, std::size_t k) {
  return lowers[k] == "bitte" && !(k > 0 && lowers[k - 1] == "ich") &&
         !(k + 1 < lowers.size() && lowers[k + 1] == "ich");
}

} // namespace

bool colloquial_particle_verb(std::string_view particle, std::string_view verb,
                              const lexicon::Lexicon& lexicon) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> k_short = {{
      {"rein", "ein"}, {"raus", "aus"}, {"rüber", "über"}, {"runter", "unter"}, {"ran", "an"},
      {"rauf", "auf"}, {"rum", "um"}}};
  for (const auto& [spoken, rest] : k_short) {
    if (particle != spoken) {
      continue;
    }
    for (std::string_view direction : {"her", "hin"}) {
      std::string full = std::string(direction) + std::string(rest) + std::string(verb);
      if (lexicon.find_lemma(full, Pos::Verb)) {
        return true;
      }
    }
  }
  return false;
}

void join_separable_verbs(std::span<const Word> words, std::span<const std::string> lowers,
                          SentenceAnalysis& sentence, FormCache& cache) {
  auto& tokens = sentence.tokens;
  // Words inside fixed expressions ("nach wie vor") are never particles.
  std::vector<bool> in_expression(words.size(), false);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (std::size_t k = 0; k < tokens[i].multiword_length && i + k < tokens.size(); ++k) {
      in_expression[i + k] = true;
    }
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // Only finite verbs, and a first word read as a noun (an imperative?), can have a particle.
    if (!is_finite_verb(tokens[i]) && !(i == 0 && tokens[i].pos == Pos::Noun)) {
      continue;
    }
    const auto& fr = cache.get(words[i].form);
    auto has_particle_reading = [](const std::vector<Reading>& rs) {
      return std::any_of(rs.begin(), rs.end(), [](const Reading& r) { return !r.particle.empty(); });
    };
    const std::vector<Reading>* candidates = fr.as_written.empty() ? &fr.other_case : &fr.as_written;
    // "Pass auf dich auf!", "Ruf mich bitte an": a capitalised first word read as a noun may be
    // the imperative; only its detached-particle readings are tried, from the lowercase form or
    // from the -e imperative the lexicon lists ("rufe").
    bool initial_other_case = false;
    if (i == 0 && !is_finite_verb(tokens[i]) && tokens[i].pos == Pos::Noun) {
      const std::vector<Reading>* lowered = &fr.other_case;
      if (!has_particle_reading(*lowered)) {
        lowered = &cache.get(lowers[i] + "e").as_written;
      }
      if (has_particle_reading(*lowered)) {
        candidates = lowered;
        initial_other_case = true;
      }
    }
    if ((!is_finite_verb(tokens[i]) && !initial_other_case) || is_politeness_bitte(lowers, i) ||
        ends_subordinate_clause(words, lowers, tokens, i)) {
      continue;
    }
    // "Hör mir zu!": a short imperative the lemmatizer read as a verb from "höre".
    if (candidates->empty()) {
      candidates = &cache.get(lowers[i] + "e").as_written;
    }
    const std::vector<Reading>& readings = *candidates;
    bool boundary_seen = false;
    for (std::size_t j = i + 1; j < tokens.size(); ++j) {
      if (ends_sentence_part(words[j].form) || starts_new_clause(lowers, j)) {
        break;
      }
      // A second finite verb owns what follows: "ging nach Hause und kaufte ein".
      // "lernte meine Frau ... kennen": a clause-final verb form that is the verb's own detached
      // particle (kennenlernen) is no second verb.
      auto own_particle = [&] {
        return closes_clause_after(words, lowers, j) &&
               detached_reading(readings, lowers[j]) != nullptr;
      };
      // With no comma or coordinator since the verb, a word that may also be a participle,
      // infinitive or adjective is that, not a second finite verb: "wies die Vorwürfe
      // entschieden zurück", "ließ zu wünschen übrig".
      // "teilen sich wie folgt auf": the verb of a fixed expression is no second verb.
      // "wiesen die Vorwürfe, ... verlagern zu wollen, entschieden zurück": a verb form right
      // before the first verb's own clause-final particle modifies it.
      auto before_own_particle = [&] {
        return j + 1 < words.size() && words[j + 1].shape == Shape::Word &&
               closes_clause_after(words, lowers, j + 1) &&
               detached_reading(readings, lowers[j + 1]) != nullptr &&
               !only_finite(cache.get(words[j].form));
      };
      // "verlagern zu wollen": an infinitive before "zu" and a verb is no finite verb either.
      const bool before_zu_infinitive = j + 2 < words.size() && lowers[j + 1] == "zu" &&
                                        is_verb(tokens[j + 2]);
      const bool second_verb = is_finite_verb(tokens[j]) && !is_politeness_bitte(lowers, j) &&
                               !in_expression[j] && !before_zu_infinitive &&
                               lowers[j - 1] != "zu" &&
                               (boundary_seen || only_finite(cache.get(words[j].form))) &&
                               !own_particle() && !before_own_particle();
      if (second_verb) {
        break;
      }
      boundary_seen = boundary_seen || words[j].form == "," ||
                      (words[j].shape == Shape::Word && function_words::is_coordinator(lowers[j]));
      // ", wenn er möchte ,": an embedded subordinate clause is skipped to its closing comma
      // ("wählt der Gast, wenn er möchte, seinen Wein aus" -> auswählen); one that runs to the
      // end of the sentence ends our clause.
      // ", in dem er wohnt ,": a relative clause behind a preposition is skipped the same way
      // ("sah sich das Haus, in dem er wohnt, genau an" -> ansehen).
      const bool prepositional_relative =
          words[j].form == "," && j + 2 < words.size() &&
          function_words::is_preposition(lowers[j + 1]) &&
          opens_relative_clause(lowers, tokens, j + 2) && lowers[j + 2] != "das" &&
          lowers[j + 2] != "was" && lowers[j + 2] != "wo";
      if (prepositional_relative ||
          (words[j].form == "," && j + 1 < words.size() &&
           (function_words::is_subordinator(lowers[j + 1]) ||
            opens_relative_clause(lowers, tokens, j + 1)))) {
        std::size_t k = j + 1;
        while (k < words.size() && words[k].form != "," && !ends_sentence_part(words[k].form) &&
               !(is_quote_or_bracket(words[k].form) && is_finite_verb(tokens[k - 1]))) {
          ++k;
        }
        if (k >= words.size() || (words[k].form != "," && !is_quote_or_bracket(words[k].form))) {
          break;
        }
        j = k;
        continue;
      }
      if (in_expression[j] || words[j].shape != Shape::Word || starts_upper(words[j].form)) {
        continue;
      }
      // A prepositional phrase may follow the particle (extraposed): "nahm an der Sitzung teil"
      // is also "nahm teil an der Sitzung", "kehrte zurück nach Berlin". Only particles that are
      // no preposition or predicative adjective.
      // A particle that is a preposition is one too when another preposition follows it right
      // away (no preposition takes a prepositional phrase): "fängt an mit einem Satz", "stieg um
      // in Frankfurt", "ging mit in die Stadt". Only verbs the lexicon lists as separable; and
      // "bis", "über", "unter" before numbers are no prepositions: "stieg auf über 50 an".
      const bool extraposed =
          j + 1 < words.size() && function_words::is_preposition(lowers[j + 1]) &&
          lowers[j + 1] != "bis" && lowers[j + 1] != "über" && lowers[j + 1] != "unter" &&
          (is_extraposing_particle(lowers[j]) ||
           (function_words::is_preposition(lowers[j]) && detached_reading(readings, lowers[j]) != nullptr));
      if (!extraposed && !closes_clause_after(words, lowers, j)) {
        continue;
      }
      // "zu dem Schluss hin", "auf Nachfrage hin", "zum Ende hin": "hin" after a noun of a
      // phrase opened by zu/auf/nach closes that phrase (a circumposition), no particle. But
      // "auf" and an article before the object of a verb in hin-: "weist auf die Gefahren hin"
      // (hinweisen), "deutet auf einen Anschlag hin".
      if (lowers[j] == "hin" && j > i + 1 && starts_upper(words[j - 1].form)) {
        bool circumposition = false;
        for (std::size_t k = j - 1; k > i && k + 5 > j; --k) {
          const std::string& w = lowers[k - 1];
          if (w == "zu" || w == "zum" || w == "zur" || w == "auf" || w == "nach") {
            circumposition = k - 1 > i;
            if (w == "auf" && function_words::is_determiner(lowers[k]) &&
                cache.lexicon().find_lemma("hin" + tokens[i].lemma, Pos::Verb)) {
              circumposition = false;
            }
            break;
          }
        }
        if (circumposition) {
          continue;
        }
      }
      if (closes_circumposition(words, lowers, i, j)) {
        continue;
      }
      // A degree word before an adjective particle makes it the adjective: "läge er zu nahe",
      // "stand sehr fest", "ist so frei" (naheliegen, feststehen, freistehen are not meant).
      if (function_words::is_one_of(lowers[j - 1],
                                    {"zu", "allzu", "sehr", "so", "ganz", "ziemlich", "recht"}) &&
          cache.lexicon().find_lemma(lowers[j], Pos::Adjective)) {
        continue;
      }
      // "ging unser Hund mit und ohne Leine": coordinated prepositions share an object; the
      // first is no particle. Not before a fixed expression or a pronoun, nor with "sowie",
      // which joins phrases: "liefen gut ab und vor allem ...", "kamen auf und mit ihnen ...",
      // "spielte in Filmen mit sowie in Serien".
      if (j + 2 < words.size() && function_words::is_preposition(lowers[j]) &&
          (lowers[j + 1] == "und" || lowers[j + 1] == "oder") &&
          function_words::is_preposition(lowers[j + 2]) && !in_expression[j + 2] &&
          !(j + 3 < words.size() && tokens[j + 3].pos == Pos::Pronoun)) {
        continue;
      }
      std::string joined;
      std::uint32_t joined_features = 0;
      if (const Reading* r = detached_reading(readings, lowers[j])) {
        joined = std::string(r->lemma);
        joined_features = r->features;
      }
      if (joined.empty() && initial_other_case) {
        continue;
      }
      if (joined.empty() && is_particle_word(lowers[j])) {
        std::string candidate = lowers[j] + tokens[i].lemma;
        const auto id = cache.lexicon().find_lemma(candidate, Pos::Verb);
        // An adjective particle joins only into a verb with a meaning of its own: Morphy's old
        // "bereiterklären" has none ("erklärte sich bereit" is sich bereit erklären, today written
        // apart), while "stellte ... bereit" is bereitstellen (to provide).
        const bool empty_old_compound = id && !cache.lexicon().has_glosses(*id) &&
                                        cache.lexicon().find_lemma(lowers[j], Pos::Adjective);
        if ((id && !empty_old_compound) ||
            colloquial_particle_verb(lowers[j], tokens[i].lemma, cache.lexicon())) {
          joined = std::move(candidate);
        }
      }
      // "bin auch ich dabei": UD German joins this to "dabeisein" (the old spelling the lexicon
      // no longer lists). "war ... da" is left alone: mostly a plain adverb ("Ich war heute da").
      if (joined.empty() && tokens[i].lemma == "sein" && lowers[j] == "dabei") {
        joined = lowers[j] + "sein";
      }
      // "Jedesmal war ein anderer Arzt da", "war keine Vespa mehr da": with a noun subject,
      // "sein ... da" is "dasein" (to be present) in UD German; "Ich war heute da" keeps the
      // adverb (a pronoun subject: someone was at a place).
      if (joined.empty() && tokens[i].lemma == "sein" && lowers[j] == "da" &&
          noun_subject_without_pronoun(words, lowers, tokens, i, j)) {
        joined = "dasein";
      }
      if (joined.empty() || lowers[j] == "wieder") {
        continue;
      }
      if (initial_other_case) {
        // "Pass" of "Pass auf dich auf!" is the verb passen, not the noun.
        tokens[i].pos = Pos::Verb;
        tokens[i].lemma = joined.substr(lowers[j].size());
        tokens[i].features = joined_features;
        tokens[i].lemma_id.reset();
      }
      tokens[i].ud_leaves_unjoined =
          !is_particle_word(lowers[j]) &&
          (cache.lexicon().find_lemma(lowers[j], Pos::Adjective).has_value() ||
           cache.lexicon().find_lemma(lowers[j], Pos::Verb).has_value());
      tokens[i].joined_lemma = std::move(joined);
      tokens[i].particle_index = j;
      tokens[j].is_particle_of_verb = true;
      // The particle is its own lemma: "gibt ... bekannt" has "bekannt", not the participle of
      // bekennen.
      if (tokens[j].lemma != lowers[j] && tokens[j].pos == Pos::Verb) {
        tokens[j].lemma = lowers[j];
        tokens[j].pos = Pos::Adverb;
        tokens[j].features = 0;
        tokens[j].lemma_id.reset();
      }
      break;
    }
  }
}

void join_fronted_particle(std::span<const Word> words, std::span<const std::string> lowers,
                           SentenceAnalysis& sentence, FormCache& cache) {
  // "Hinzu kommen steigende Kosten", "Fest steht, dass ...", "Weiter geht es mit ...": a
  // particle that opens the sentence right before its finite verb. Prepositions ("Ab", "Vor")
  // and pronominal adverbs ("Dazu", "Dabei") open sentences as themselves far more often.
  auto& tokens = sentence.tokens;
  std::size_t p = 0;
  while (p < words.size() && is_quote_or_bracket(words[p].form)) {
    ++p;
  }
  const std::size_t v = p + 1;
  if (v >= tokens.size() || words[p].shape != Shape::Word || !is_particle_word(lowers[p]) ||
      function_words::is_preposition(lowers[p]) || lowers[p].starts_with("da") ||
      lowers[p] == "her" || lowers[p] == "hin" || !is_finite_verb(tokens[v]) ||
      !tokens[v].joined_lemma.empty() || tokens[p].multiword_length > 0) {
    return;
  }
  std::string joined = lowers[p] + tokens[v].lemma;
  const auto id = cache.lexicon().find_lemma(joined, Pos::Verb);
  if (!id || cache.lexicon().lemma(*id).separable_prefix != lowers[p]) {
    return;
  }
  tokens[v].joined_lemma = std::move(joined);
  tokens[v].particle_index = p;
  tokens[v].ud_leaves_unjoined = true;
  tokens[p].is_particle_of_verb = true;
}

void join_written_apart(std::span<const Word> words, std::span<const std::string> lowers,
                        SentenceAnalysis& sentence, FormCache& cache) {
  auto& tokens = sentence.tokens;
  // "mit Ihnen zusammen zu arbeiten" -> zusammenarbeiten, "zurück bekommen" -> zurückbekommen:
  // a particle written apart before its infinitive or participle. Only particles that are not
  // prepositions: "hat vor zu kommen" must not become "vorkommen"; nor pronominal adverbs,
  // which stand before infinitives as themselves: "müssen Sie dahin gehen, wo ..." (go there),
  // not dahingehen (to pass away).
  for (std::size_t j = 0; j + 1 < tokens.size(); ++j) {
    if (!is_particle_word(lowers[j]) || function_words::is_preposition(lowers[j]) ||
        lowers[j].starts_with("da") || lowers[j] == "her" || lowers[j] == "hin" || lowers[j] == "weiter" ||
        tokens[j].multiword_length > 0) {
      continue;
    }
    std::size_t v = j + 1;
    if (lowers[v] == "zu" && v + 1 < tokens.size()) {
      ++v;
    }
    auto& verb = tokens[v];
    // The verb closes the clause, as infinitives and participles do ("zurück bekommen .").
    if (verb.pos != Pos::Verb || !verb.joined_lemma.empty() || words[v].shape != Shape::Word ||
        starts_upper(words[j].form) || !closes_clause_after(words, lowers, v)) {
      continue;
    }
    std::string candidate = lowers[j] + verb.lemma;
    // As in join_separable_verbs: an adjective particle only into a verb with glosses ("die
    // sich bereit erklären" is no bereiterklären).
    const auto id = cache.lexicon().find_lemma(candidate, Pos::Verb);
    if (id && (cache.lexicon().has_glosses(*id) ||
               !cache.lexicon().find_lemma(lowers[j], Pos::Adjective))) {
      verb.joined_lemma = std::move(candidate);
      verb.particle_index = j;
      tokens[j].is_particle_of_verb = true;
    }
  }
}

void mark_reflexive_verbs(std::span<const Word> words, std::span<const std::string> lowers,
                          SentenceAnalysis& sentence) {
  auto& tokens = sentence.tokens;
  for (std::size_t s = 0; s < tokens.size(); ++s) {
    if (lowers[s] != "sich") {
      continue;
    }
    // "richteten sich": the finite verb right before "sich", or one word before (subject
    // pronoun or name in between: "richtet er sich").
    bool marked = false;
    for (std::size_t back = 1; back <= 2 && back <= s && !marked; ++back) {
      auto& t = tokens[s - back];
      if (is_verb(t) && t.pos != Pos::Auxiliary) {
        t.reflexive = true;
        marked = true;
      } else if (words[s - back].shape != Shape::Word) {
        break;
      }
    }
    // "hat sich geirrt", "..., dass er sich nicht richtet": the verb at the end of the clause.
    if (!marked) {
      std::optional<std::size_t> last_verb;
      for (std::size_t k = s + 1; k < tokens.size() && words[k].shape == Shape::Word; ++k) {
        if (is_verb(tokens[k]) && tokens[k].pos != Pos::Auxiliary) {
          last_verb = k;
        }
      }
      if (last_verb) {
        tokens[*last_verb].reflexive = true;
      }
    }
  }
}

} // namespace wortkiste::extract
