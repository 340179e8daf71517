#include "extract/unknown_words.h"

#include "extract/separable_verbs.h"
#include "extract/spelling.h"

#include <array>
#include <utility>

namespace wortkiste::extract {

using lexicon::Pos;

namespace {

// Productive adjective suffixes: a stem ending in one of them is an adjective even when the
// lexicon lacks it ("dschihadistisch", "sicherheitspolitisch", "zweijährig", "machbar").
constexpr std::array<std::string_view, 17> k_adjective_suffixes = {
    "isch", "lich", "ig", "bar", "sam", "haft", "los", "voll", "iv", "al", "ell", "är", "ös",
    "end", "ant", "ent", "weit"};

constexpr std::uint32_t feature_comparative() { return lexicon::feature::k_comparative; }

bool has_adjective_suffix(std::string_view stem) {
  if (stem.size() < 5) {
    return false;
  }
  for (auto suffix : k_adjective_suffixes) {
    if (ends_with(stem, suffix)) {
      return true;
    }
  }
  return false;
}

std::optional<lexicon::LemmaId> known_adjective(std::string_view stem, FormCache& cache) {
  return cache.lexicon().find_lemma(stem, Pos::Adjective);
}

// Returns the lemma of a compound adjective the lexicon lacks when the word splits into a known
// noun and an inflected form of a known adjective or a participle: "gewaltfreies" -> gewaltfrei
// (Gewalt + frei), "bevölkerungsreichsten" -> bevölkerungsreich (Bevölkerung + reich, the
// superlative read as its positive), "meterhohen" -> meterhoch (Meter + hohen of hoch),
// "erdabgewandten" -> erdabgewandt (Erde + abgewandt). The first part may end in a linking
// "-s-" or "-n-" or lack the noun's "-e" ("Erd-").
std::optional<std::string> compound_adjective_lemma(std::string_view word, FormCache& cache) {
  if (word.size() < 8 || word.find('-') != std::string_view::npos) {
    return std::nullopt;
  }
  auto is_noun = [&](std::string_view w) {
    for (const auto& r : cache.lookup(w)) {
      if (r.pos == Pos::Noun) {
        return true;
      }
    }
    return false;
  };
  for (std::size_t cut = 3; cut + 4 <= word.size(); ++cut) {
    if ((static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) {
      continue; // inside a UTF-8 character
    }
    const std::string_view head = word.substr(cut);
    std::optional<std::string> head_lemma;
    for (const auto& r : cache.lookup(head)) {
      if (r.pos == Pos::Adjective) {
        head_lemma = std::string(r.lemma);
        break;
      }
      if (r.pos == Pos::Verb && (r.features & lexicon::feature::k_participle2) != 0 &&
          r.particle.empty()) {
        head_lemma = std::string(head); // "orientiert": the participle itself
        break;
      }
    }
    // "abgewandten": an inflected participle the lexicon has only bare.
    if (!head_lemma) {
      if (auto bare = strip_adjective_ending(head)) {
        for (const auto& r : cache.lookup(*bare)) {
          if (r.pos == Pos::Verb && (r.features & lexicon::feature::k_participle2) != 0 &&
              r.particle.empty()) {
            head_lemma = std::string(*bare);
            break;
          }
        }
      }
    }
    if (!head_lemma) {
      continue;
    }
    const std::string first = title_case(word.substr(0, cut));
    if (is_noun(first) || is_noun(first + "e") ||
        ((first.back() == 's' || first.back() == 'n') &&
         is_noun(std::string_view(first).substr(0, first.size() - 1)))) {
      return std::string(word.substr(0, cut)) + *head_lemma;
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<std::string_view> strip_adjective_ending(std::string_view lower) {
  for (auto ending : {"en", "em", "er", "es", "e"}) {
    std::string_view e(ending);
    if (lower.size() > e.size() + 2 && ends_with(lower, e)) {
      return lower.substr(0, lower.size() - e.size());
    }
  }
  return std::nullopt;
}

std::optional<Guess> guess_adjective(std::string_view lower, FormCache& cache) {
  // Try the form itself (an uninflected "dschihadistisch"), then without its ending, then
  // without comparative "-er-" or superlative "-st-" as well ("irakischeren" is rare but legal).
  std::string candidates[6];
  std::size_t n = 0;
  candidates[n++] = std::string(lower);
  if (auto stem = strip_adjective_ending(lower)) {
    candidates[n++] = std::string(*stem);
    // Comparative "-er-" and superlative "-(e)st-": "neuesten" -> neu, "härteres" -> hart.
    for (std::string_view degree : {"er", "est", "st"}) {
      if (ends_with(*stem, degree) && stem->size() > degree.size() + 2 && n < 5) {
        std::string base(stem->substr(0, stem->size() - degree.size()));
        candidates[n++] = base;
        break;
      }
    }
  }
  for (std::size_t k = 0; k < n; ++k) {
    if (auto id = known_adjective(candidates[k], cache)) {
      return Guess{candidates[k], Pos::Adjective, 0, id};
    }
  }
  // Umlauted comparatives: "härter" -> hart, "größer" -> groß is in the lexicon already.
  if (n >= 3) {
    std::string base = candidates[n - 1];
    for (auto [umlaut, plain] : {std::pair<std::string_view, std::string_view>{"ä", "a"},
                                 {"ö", "o"}, {"ü", "u"}}) {
      auto at = base.rfind(umlaut);
      if (at != std::string::npos) {
        std::string plain_base = base;
        plain_base.replace(at, umlaut.size(), plain);
        if (auto id = known_adjective(plain_base, cache)) {
          return Guess{plain_base, Pos::Adjective, feature_comparative(), id};
        }
      }
    }
  }
  // A compound adjective the lexicon lacks, by its head: "gewaltfreies" -> gewaltfrei (Gewalt +
  // frei), "leibeigenen" -> leibeigen (Leib + eigen), "umweltorientierte" -> umweltorientiert
  // (Umwelt + the participle orientiert). The first part is a noun the lexicon knows (with a
  // linking "-s-" or "-n-"); the head a known adjective or participle of four letters or more.
  if (auto compound = compound_adjective_lemma(lower, cache)) {
    return Guess{*compound, Pos::Adjective, 0, std::nullopt};
  }
  for (std::size_t k = 0; k < n; ++k) {
    if (has_adjective_suffix(candidates[k])) {
      return Guess{candidates[k], Pos::Adjective, 0, std::nullopt};
    }
  }
  return std::nullopt;
}

std::optional<Guess> guess_participle(std::string_view lower, bool as_adjective,
                                      FormCache& cache) {
  auto stem = strip_adjective_ending(lower);
  if (!stem) {
    return std::nullopt;
  }
  for (const auto& r : cache.lookup(*stem)) {
    if (r.pos == Pos::Verb && (r.features & (lexicon::feature::k_participle2 |
                                             lexicon::feature::k_participle1))) {
      if (as_adjective) {
        return Guess{std::string(*stem), Pos::Adjective, 0, std::nullopt};
      }
      return Guess{std::string(r.lemma), Pos::Verb, r.features, r.id};
    }
  }
  return std::nullopt;
}

std::optional<Guess> guess_ieren_verb(std::string_view lower, bool attributive) {
  namespace f = lexicon::feature;
  struct Ending {
    std::string_view ending;
    std::uint32_t features;
    bool adjective_only; // "-iertes", "-ierter", "-iertem" are no verb forms
  };
  static constexpr std::array<Ending, 10> k_endings = {{
      {"iert", f::k_participle2 | f::k_finite | f::k_present | f::k_person3, false},
      {"ierte", f::k_finite | f::k_past, false},
      {"ierten", f::k_finite | f::k_past | f::k_plural, false},
      {"iertes", 0, true},
      {"ierter", 0, true},
      {"iertem", 0, true},
      {"iere", f::k_finite | f::k_present | f::k_person1, false},
      {"ierst", f::k_finite | f::k_present | f::k_person2, false},
      {"iertest", f::k_finite | f::k_past | f::k_person2, false},
      {"iertet", f::k_finite | f::k_past | f::k_person2 | f::k_plural, false},
  }};
  for (const auto& e : k_endings) {
    // At least three letters before "-ier": "despot|isiert", not "viert".
    if (!ends_with(lower, e.ending) || lower.size() < e.ending.size() + 3 ||
        lower.find('-') != std::string_view::npos) {
      continue;
    }
    const std::string_view stem = lower.substr(0, lower.size() - e.ending.size());
    const bool inflected_participle = e.ending.size() > 4 && e.ending.starts_with("iert") &&
                                      e.ending != "iertest" && e.ending != "iertet";
    if (e.adjective_only || (attributive && inflected_participle)) {
      return Guess{std::string(stem) + "iert", Pos::Adjective, 0, std::nullopt};
    }
    return Guess{std::string(stem) + "ieren", Pos::Verb, e.features, std::nullopt};
  }
  return std::nullopt;
}

std::optional<Guess> guess_participle_shape(std::string_view lower) {
  if (lower.size() < 7 || lower.back() != 't' || lower.find('-') != std::string_view::npos) {
    return std::nullopt;
  }
  static constexpr std::array<std::string_view, 22> k_particles = {
      "", "ab", "an", "auf", "aus", "bei", "durch", "ein", "fest", "her", "hin", "los", "mit",
      "nach", "vor", "weg", "zu", "zurück", "zusammen", "leer", "frei", "hoch"};
  // The stem before the "-t": "deck" of "gedeckt", "arbeit" of "gearbeitet".
  auto infinitive = [](std::string_view prefix, std::string_view stem) {
    if (ends_with(stem, "e") && stem.size() > 3 &&
        (ends_with(stem.substr(0, stem.size() - 1), "t") ||
         ends_with(stem.substr(0, stem.size() - 1), "d"))) {
      stem.remove_suffix(1); // "gearbeitet": stem "arbeite" -> "arbeit"
    }
    return std::string(prefix) + std::string(stem) + "en";
  };
  for (auto particle : k_particles) {
    if (!lower.starts_with(particle) || lower.compare(particle.size(), 2, "ge") != 0) {
      continue;
    }
    std::string_view stem = lower.substr(particle.size() + 2, lower.size() - particle.size() - 3);
    if (stem.size() >= 3) {
      return Guess{infinitive(particle, stem), Pos::Verb, lexicon::feature::k_participle2,
                   std::nullopt};
    }
  }
  // Inseparable prefixes take no "ge-": "erstrahlt", "verbreitet".
  for (std::string_view prefix : {"be", "er", "ver", "ent", "zer", "emp", "miss"}) {
    if (lower.starts_with(prefix) && lower.size() > prefix.size() + 4) {
      return Guess{infinitive("", lower.substr(0, lower.size() - 1)), Pos::Verb,
                   lexicon::feature::k_participle2, std::nullopt};
    }
  }
  return std::nullopt;
}

std::optional<Guess> guess_zu_infinitive(std::string_view lower, FormCache& cache) {
  // "abzumildern": particle "ab", "zu", verb "mildern"; the particle has at least 2 letters.
  for (std::size_t p = 2; p + 4 < lower.size(); ++p) {
    if (lower.compare(p, 2, "zu") != 0) {
      continue;
    }
    std::string joined(lower.substr(0, p));
    joined += lower.substr(p + 2);
    if (auto id = cache.lexicon().find_lemma(joined, Pos::Verb)) {
      return Guess{joined, Pos::Verb, lexicon::feature::k_zu_infinitive, id};
    }
    // "reinzukommen" -> reinkommen (spoken for hereinkommen)
    if (colloquial_particle_verb(lower.substr(0, p), lower.substr(p + 2), cache.lexicon())) {
      return Guess{joined, Pos::Verb, lexicon::feature::k_zu_infinitive, std::nullopt};
    }
  }
  return std::nullopt;
}

std::optional<Guess> guess_particle_verb(std::string_view lower, FormCache& cache) {
  // Separable particles, longest first so that "hinzu" is tried before "hin".
  // "runtergeladen", "reingekommen": the spoken short forms of her-/hin- as well.
  // "innehatte" -> innehaben; "uraufgeführt" -> uraufführen ("ur-" before a particle verb).
  static constexpr std::array<std::string_view, 43> k_particles = {
      "auseinander", "entgegen", "zusammen", "herunter", "gegenüber", "heraus", "herein",
      "hinaus", "hinein", "vorbei", "zurück", "weiter", "nieder", "herbei", "hervor", "heran",
      "runter", "rüber", "hinzu", "voran", "empor", "rein", "raus", "rauf", "fort", "fest",
      "frei", "hoch", "ran", "rum", "los", "weg", "nach", "ab", "an", "auf", "aus", "bei", "ein",
      "mit", "vor", "inne", "ur"};
  for (auto particle : k_particles) {
    if (!lower.starts_with(particle) || lower.size() < particle.size() + 4) {
      continue;
    }
    const std::string_view rest = lower.substr(particle.size());
    bool noun = false;
    const Reading* verb = nullptr;
    for (const auto& r : cache.lookup(rest)) {
      if (r.pos == Pos::Noun) {
        noun = true;
      }
      if (r.pos == Pos::Verb && r.particle.empty() && verb == nullptr &&
          (r.features & (lexicon::feature::k_finite | lexicon::feature::k_infinitive |
                         lexicon::feature::k_participle2)) != 0) {
        verb = &r;
      }
    }
    if (verb != nullptr && !noun &&
        (!particle.starts_with("r") ||
         colloquial_particle_verb(particle, verb->lemma, cache.lexicon()))) {
      std::string lemma = std::string(particle) + std::string(verb->lemma);
      return Guess{lemma, Pos::Verb, verb->features,
                   cache.lexicon().find_lemma(lemma, Pos::Verb)};
    }
  }
  return std::nullopt;
}

std::optional<Guess> guess_ordinal(std::string_view lower, FormCache& cache) {
  // "zwölften" -> zwölft, "zwanzigsten" -> zwanzigst: a number word + -t-/-st- + an ending.
  auto stem = strip_adjective_ending(lower);
  if (!stem) {
    return std::nullopt;
  }
  for (std::string_view suffix : {"st", "t"}) {
    if (!ends_with(*stem, suffix) || stem->size() <= suffix.size() + 2) {
      continue;
    }
    const std::string_view number = stem->substr(0, stem->size() - suffix.size());
    if (cache.lexicon().find_lemma(std::string(number), Pos::Numeral)) {
      return Guess{std::string(*stem), Pos::Adjective, 0, std::nullopt};
    }
  }
  return std::nullopt;
}

std::optional<Guess> guess_hyphenated(std::string_view lower, FormCache& cache) {
  auto dash = lower.rfind('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 3 > lower.size()) {
    return std::nullopt;
  }
  std::string_view head = lower.substr(dash + 1);
  std::string_view prefix = lower.substr(0, dash + 1);
  for (const auto& r : cache.lookup(head)) {
    if (r.pos == Pos::Adjective || r.pos == Pos::Verb) {
      return Guess{std::string(prefix) + std::string(r.lemma), r.pos, r.features, std::nullopt};
    }
  }
  if (auto g = guess_adjective(head, cache)) {
    g->lemma = std::string(prefix) + g->lemma;
    g->lemma_id.reset();
    return g;
  }
  return std::nullopt;
}

} // namespace wortkiste::extract
