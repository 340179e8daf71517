#include "extract/lemmatizer.h"

#include "extract/compounds.h"
#include "extract/function_words.h"
#include "extract/multiword.h"
#include "extract/names.h"
#include "extract/separable_verbs.h"
#include "extract/spelling.h"
#include "extract/unknown_words.h"

#include <algorithm>
#include <array>
#include <bit>
#include <optional>
#include <string>
#include <vector>

namespace wortkiste::extract {

using lexicon::Pos;
namespace feature = lexicon::feature;

Shape shape_of(std::string_view form) {
  if (is_number_like(form)) {
    return Shape::Number;
  }
  if (has_letter(form)) {
    return Shape::Word;
  }
  for (char c : form) {
    if (c == '%' || c == '$' || c == '&' || c == '+' || c == '=' || c == '#' || c == '*') {
      return Shape::Symbol;
    }
  }
  if (form.starts_with("€") || form.starts_with("§") || form.starts_with("°")) {
    return Shape::Symbol;
  }
  return Shape::Punctuation;
}

Word word_of(const text::Document& doc, const text::Token& token) {
  std::string_view form =
      token.completion.empty() ? doc.token_text(token) : std::string_view(token.completion);
  switch (token.kind) {
  case text::TokenKind::Word:
  case text::TokenKind::Abbreviation:
    return {form, Shape::Word};
  case text::TokenKind::Number:
  case text::TokenKind::Ordinal:
  case text::TokenKind::Time:
  case text::TokenKind::Percentage:
    return {form, Shape::Number};
  case text::TokenKind::Punctuation:
  case text::TokenKind::Quote:
    return {form, Shape::Punctuation};
  case text::TokenKind::Url:
  case text::TokenKind::Email:
  case text::TokenKind::Symbol:
    return {form, Shape::Symbol};
  }
  return {form, Shape::Symbol};
}

namespace {

constexpr std::uint32_t k_function_pos =
    pos_bit(Pos::Determiner) | pos_bit(Pos::Pronoun) | pos_bit(Pos::Adposition) |
    pos_bit(Pos::Conjunction) | pos_bit(Pos::Subordinator) | pos_bit(Pos::Particle) |
    pos_bit(Pos::Auxiliary) | pos_bit(Pos::Numeral);

std::uint32_t pos_mask(const std::vector<Reading>& readings) {
  std::uint32_t mask = 0;
  for (const auto& r : readings) {
    mask |= pos_bit(r.pos);
  }
  return mask;
}

bool has_adjective_ending(std::string_view lower) {
  return ends_with(lower, "e") || ends_with(lower, "en") || ends_with(lower, "em") ||
         ends_with(lower, "er") || ends_with(lower, "es");
}

// True when the word at `k`, right after a comma, opens a verb-final clause: a subordinator
// (", weil", ", dass"), a question word or pronominal relative adverb (", wozu", ", warum"), or
// a relative pronoun, maybe after a preposition (", die", ", in dem"). "als", "wie", "um", "bis",
// "ohne", "seit" and "während" also introduce phrases, so they do not count.
bool opens_verb_final_clause(std::span<const std::string> lowers, std::size_t k) {
  const std::string& w = lowers[k];
  if (w == "als" || w == "wie" || w == "um" || w == "bis" || w == "ohne" || w == "seit" ||
      w == "während" || w == "anstatt") {
    return false;
  }
  if (function_words::is_subordinator(w) || function_words::is_w_clause_word(w)) {
    return true;
  }
  const std::size_t rel = function_words::is_preposition(w) && k + 1 < lowers.size() ? k + 1 : k;
  return function_words::is_relative(lowers[rel]) && lowers[rel] != "das";
}

// Which auxiliaries a sentence contains: a bare participle is a verb form next to "wurde" or
// "hat" ("Lieferzeiten wurden exakt eingehalten" -> einhalten) and often an adjective next to
// "ist" ("ich bin begeistert" -> begeistert).
struct Auxiliaries {
  bool werden = false;
  bool haben = false;
  bool sein = false;
};

// The auxiliaries each token can lean on: every one before it in the sentence ("hat das Haus
// gekauft und renoviert"), and after it only up to the end of its clause (", dass er es gehört
// hat"). One after a comma or coordinator belongs to another verb: "Sie gehört der Koalition an
// und hat nie etwas angekündigt" -> gehört is gehören, not the participle of hören.
std::vector<Auxiliaries> find_auxiliaries(std::span<const std::string> lowers) {
  static constexpr std::array<std::string_view, 15> k_werden = {
      "werde", "wirst", "wird", "werden", "werdet", "wurde", "wurdest", "wurden", "wurdet",
      "würde", "würden", "würdest", "würdet", "worden", "geworden"};
  static constexpr std::array<std::string_view, 14> k_haben = {
      "habe", "hab", "hast", "hat", "haben", "habt", "hatte", "hattest", "hatten", "hattet",
      "hätte", "hätten", "hättest", "gehabt"}; // "hab" as in "Hab' ich ... geboten bekommen"
  static constexpr std::array<std::string_view, 15> k_sein = {
      "bin", "bist", "ist", "sind", "seid", "war", "warst", "waren", "wart", "wäre", "wären",
      "sei", "seien", "gewesen", "sein"};
  auto in = [](const auto& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  auto merge = [](Auxiliaries& into, const Auxiliaries& from) {
    into.werden = into.werden || from.werden;
    into.haben = into.haben || from.haben;
    into.sein = into.sein || from.sein;
  };
  // Each word's own auxiliary, and whether it is a coordinator, looked up once. Coordinators
  // (aber, bzw., denn, doch, oder, sondern, sowie, und) have 3 to 7 bytes.
  std::vector<Auxiliaries> own(lowers.size());
  std::vector<bool> coordinator(lowers.size());
  for (std::size_t i = 0; i < lowers.size(); ++i) {
    const std::string& w = lowers[i];
    coordinator[i] = w.size() >= 3 && w.size() <= 7 && function_words::is_coordinator(w);
    // Every form above starts with w, h, b, i, s or g and has at most 8 bytes: a cheap filter.
    const char c = w.empty() ? '\0' : w[0];
    if (w.size() < 2 || w.size() > 8 ||
        !(c == 'w' || c == 'h' || c == 'b' || c == 'i' || c == 's' || c == 'g')) {
      continue;
    }
    own[i] = Auxiliaries{in(k_werden, w), in(k_haben, w), in(k_sein, w)};
  }
  std::vector<Auxiliaries> out(lowers.size());
  Auxiliaries after; // in the clause to the right of the current token
  for (std::size_t i = lowers.size(); i-- > 0;) {
    out[i] = after;
    const std::string& w = lowers[i];
    const bool clause_break =
        w.size() == 1 ? (w == "," || w == ";" || w == ":" || w == ".") : bool(coordinator[i]);
    if (clause_break) {
      after = Auxiliaries{};
    } else {
      merge(after, own[i]);
    }
  }
  // Before the token, the auxiliaries of its main clause; inside a verb-final clause opened
  // after a comma only that clause's own: "Die Schlechtesten sind die Philister, wozu auch die
  // Rasse gehört" -> gehören (the "sind" is not its auxiliary). After that clause the main
  // clause's go on: "Er hat, weil er müde war, nichts gegessen". A comma and a coordinator
  // before a pronoun or article open a new main clause: "Er ist Mitglied, aber das gehört nicht
  // hierher".
  Auxiliaries before;
  std::optional<Auxiliaries> inner;
  for (std::size_t i = 0; i < lowers.size(); ++i) {
    const bool after_comma = i > 0 && lowers[i - 1] == ",";
    if (lowers[i] == "," || lowers[i] == ";" || lowers[i] == ":") {
      inner.reset();
    } else if (after_comma && opens_verb_final_clause(lowers, i)) {
      inner = Auxiliaries{};
    } else if (coordinator[i] && i + 1 < lowers.size()) {
      // "..., aber das gehört nicht hierher", "ist zwar in der City aber mir hat es nicht
      // gefallen": the "ist" is not the new clause's auxiliary. Without a comma only "aber"
      // and "sondern" before a pronoun: "hat gesungen und die Nachricht gehört" goes on.
      const std::string& next = lowers[i + 1];
      const bool pronoun = function_words::is_personal_pronoun(next) ||
                           function_words::is_reflexive(next) || next == "mir" || next == "dir" ||
                           next == "ihnen";
      if ((after_comma && (pronoun || function_words::is_determiner(next))) ||
          (pronoun && (lowers[i] == "aber" || lowers[i] == "sondern"))) {
        before = Auxiliaries{};
      }
    }
    merge(before, own[i]);
    if (inner) {
      merge(*inner, own[i]);
    }
    merge(out[i], inner ? *inner : before);
  }
  return out;
}

// Comparative and superlative forms that UD German reads as adverbs with their own lemma.
bool is_lexical_adverb(std::string_view lower) {
  static constexpr std::array<std::string_view, 16> k_adverbs = {
      "weiter", "weniger", "mehr",   "früher", "eher", "lange",
      "öfter",  "meist",   "meistens", "höchstens", "wenigstens", "mindestens",
      "spätestens", "frühestens", "bestens", "längst"};
  return std::find(k_adverbs.begin(), k_adverbs.end(), lower) != k_adverbs.end();
}

// True for what links two attributive adjectives: "feuchten, schattigen", "nette und kompetente".
bool links_attributives(std::string_view w) { return w == "," || w == "und" || w == "oder"; }

// Everything the rules may look at around token `i`.
struct Context {
  std::span<const Word> words;
  std::span<const std::string> lowers;
  std::span<const TokenAnalysis> done; // tokens before `i`, already decided
  std::size_t i = 0;
  bool initial = false; // first word of the sentence (after opening quotes or brackets)
  FormCache* cache = nullptr;
  Auxiliaries aux;
  CompoundSplitter* compounds = nullptr;
  std::span<const FormReadings* const> readings; // per token, looked up once per sentence
  bool has_ich = false; // the sentence has "ich": first-person verb forms are possible
  bool has_du = false;  // the sentence has "du": second-person singular forms are possible

  const FormReadings& readings_of(std::size_t k) const {
    return readings[k] != nullptr ? *readings[k] : cache->get(words[k].form);
  }

  // The index of the next token that is a word or number, skipping opening quotes.
  std::optional<std::size_t> next_index(std::size_t from) const {
    for (std::size_t k = from + 1; k < words.size(); ++k) {
      if (words[k].shape == Shape::Word || words[k].shape == Shape::Number) {
        return k;
      }
      if (words[k].form != "„" && words[k].form != "\"" && words[k].form != "»" &&
          words[k].form != "``") {
        return std::nullopt;
      }
    }
    return std::nullopt;
  }
  const Word* next_word() const {
    auto k = next_index(i);
    return k ? &words[*k] : nullptr;
  }
  // The word right before, or null after punctuation / at the start.
  const TokenAnalysis* prev() const {
    if (i == 0 || words[i - 1].shape != Shape::Word) {
      return nullptr;
    }
    return &done[i - 1];
  }
  std::string_view prev_lower() const { return i == 0 ? std::string_view() : lowers[i - 1]; }
  // True when a noun follows, maybe after more attributive adjectives or a number:
  // "erlaubte Mittel", "acht bewaffnete deutsche Skinheads".
  bool noun_follows() const {
    std::size_t k = i;
    for (int hops = 0; hops < 4; ++hops) {
      auto n = next_index(k);
      // "den reinen, vollendeten Charakter": an adjective coordinated after one passed.
      if (k != i && (!n || lowers[*n] == "und" || lowers[*n] == "oder")) {
        if (auto c = coordinated_attributive_after(k)) {
          k = *c;
          continue;
        }
      }
      if (!n) {
        return false;
      }
      const Word& w = words[*n];
      if (w.shape == Shape::Number) {
        k = *n;
        continue;
      }
      if (starts_upper(w.form)) {
        return true;
      }
      if (!attributive_at(*n)) {
        return false;
      }
      k = *n;
    }
    return false;
  }
  // True when word `k` can be an inflected attributive adjective or participle: "bewaffnete",
  // "vollendeten". "Jugendliche unter Schlafstörungen": "unter" and "hinter" end like
  // adjectives, but here they are prepositions.
  bool attributive_at(std::size_t k) const {
    const std::string& lower = lowers[k];
    if (words[k].shape != Shape::Word || starts_upper(words[k].form) ||
        !has_adjective_ending(lower) || function_words::is_preposition(lower)) {
      return false;
    }
    const auto& fr = readings_of(k);
    if (FormReadings::has(fr.as_written, Pos::Adjective)) {
      return true;
    }
    if (fr.as_written.empty()) {
      return guess_adjective(lower, *cache).has_value();
    }
    return false;
  }
  // The index of an attributive adjective coordinated after word `k` by a comma, "und" or
  // "oder": "den reinen, vollendeten Charakter", "nette und kompetente Beratung". Not ", die
  // Scharping anspricht" (an article or relative pronoun after the comma).
  std::optional<std::size_t> coordinated_attributive_after(std::size_t k) const {
    if (k + 2 >= words.size() ||
        !links_attributives(lowers[k + 1])) {
      return std::nullopt;
    }
    const std::string& next = lowers[k + 2];
    if (function_words::is_determiner(next) || function_words::is_relative(next) ||
        words[k + 2].shape != Shape::Word || starts_upper(words[k + 2].form) ||
        !has_adjective_ending(next)) {
      return std::nullopt;
    }
    return k + 2;
  }
  // True when word `i` follows an inflected attributive adjective and a comma or coordinator:
  // "den reinen, vollendeten Charakter" (the "vollendeten" is attributive, not a finite verb
  // after a comma).
  bool after_coordinated_attributive() const {
    if (i < 2 || !links_attributives(lowers[i - 1])) {
      return false;
    }
    const TokenAnalysis& t = done[i - 2];
    return t.pos == Pos::Adjective && has_adjective_ending(lowers[i - 2]) &&
           words[i - 2].shape == Shape::Word;
  }
  // True when "und"/"oder" or a comma and another inflected adjective before a noun follow:
  // "auf adressierte und unadressierte Postsendungen", "an feuchten, schattigen Orten".
  bool coordinated_noun_follows() const {
    auto c = coordinated_attributive_after(i);
    if (!c) {
      return false;
    }
    Context after = *this;
    after.i = *c;
    return after.noun_follows();
  }
  // True after an article, a preposition, a number or an attributive adjective ("der
  // gebildeten", "mit erhobenen", "acht bewaffnete").
  bool inside_noun_phrase() const {
    auto p = prev_lower();
    if (function_words::is_determiner(p) || function_words::is_preposition(p)) {
      return true;
    }
    if (i > 0 && words[i - 1].shape == Shape::Number) {
      return true;
    }
    const TokenAnalysis* t = prev();
    // An adjective opens a noun phrase only with an ending: "bewaffneter Gruppen", not the
    // adverbial "exakt eingehalten".
    return t != nullptr &&
           (t->pos == Pos::Determiner || t->pos == Pos::Numeral ||
            (t->pos == Pos::Adjective && has_adjective_ending(prev_lower())));
  }
  // True when the next word is a listed first or last name or a place: "der Vorsitzende Lothar
  // Bisky" (but "der Europäischen Union").
  bool name_follows() const {
    auto n = next_index(i);
    if (!n || words[*n].shape != Shape::Word || !starts_upper(words[*n].form)) {
      return false;
    }
    if (is_place_name(words[*n].form, &cache->lexicon())) {
      return true;
    }
    // A listed surname that is a common noun too is the noun: "das Osmanische Reich".
    return cache->lexicon().is_listed_name(lowers[*n]) &&
           !FormReadings::has(readings_of(*n).as_written, Pos::Noun);
  }
  // True when an article or preposition opens a noun phrase not yet closed by a noun of its
  // own: "den im Irak stationierten amerikanischen Truppen" (the "Irak" belongs to "im").
  bool noun_phrase_open() const {
    if (inside_noun_phrase()) {
      return true;
    }
    for (std::size_t back = 1; back <= 6 && back <= i; ++back) {
      const std::size_t k = i - back;
      if (words[k].shape == Shape::Punctuation) {
        return false;
      }
      const TokenAnalysis& t = done[k];
      if (t.pos == Pos::Verb || t.pos == Pos::Auxiliary) {
        return false;
      }
      if (function_words::is_determiner(lowers[k]) && k + 1 < i &&
          function_words::is_preposition(lowers[k + 1])) {
        return true;
      }
    }
    return false;
  }
  // True after an article that only a neuter singular noun takes, maybe with an adjective in
  // between: "das Lachen", "das jugendliche Lachen", "beim Essen", "zum Einkaufen".
  bool neuter_article_before() const {
    for (std::size_t back = 1; back <= 2 && back <= i; ++back) {
      std::string_view w = lowers[i - back];
      if (w == "das" || w == "beim" || w == "zum" || w == "vom" || w == "ins" || w == "aufs" ||
          w == "ans" || w == "dieses" || w == "kein" || w == "ihr" || w == "sein") {
        return true;
      }
      if (back == 1 && !(done[i - 1].pos == Pos::Adjective)) {
        return false;
      }
    }
    return false;
  }
  // True right after a masculine or neuter dative article: "im", "am", "zum", "dem", "einem".
  bool dem_before() const {
    if (i == 0) {
      return false;
    }
    const std::string_view p = lowers[i - 1];
    return p == "im" || p == "am" || p == "zum" || p == "vom" || p == "beim" || p == "dem" ||
           p == "einem" || p == "diesem" || p == "jedem";
  }
  // True when the previous word is a noun or name: "Der Biologe beobachtete Deutsche" has a
  // finite verb after its subject.
  bool after_noun() const {
    const TokenAnalysis* t = prev();
    return t != nullptr && (t->pos == Pos::Noun || t->pos == Pos::ProperNoun);
  }
  // True right after a comma: ", erklärte Japans Außenminister" is reported speech.
  bool after_comma() const { return i > 0 && words[i - 1].form == ","; }
};

// Picks, among readings of one part of speech, the most plausible lemma: verbs without a
// detached particle first (the LEMMA of "kündigten ... an" stays "kündigen" by UD convention;
// the joined verb is added later), then the more frequent lemma.
// With `perfect` (the sentence has "hat" or "wurde"), a participle reading beats a finite one:
// "hat nicht gehört" -> hören, but "Die Atmosphäre gefällt" -> gefallen.
// Two participles of different verbs agree with the clause's auxiliary by the verb's own
// perfect auxiliary (`clause_aux` and `lexicon`): "ist in Schwierigkeiten geraten" -> geraten
// (ist), not raten (hat); "ist nie an sein Ziel gelangt" -> gelangen; "hat nicht gehört" -> hören.
const Reading* best_of(const std::vector<Reading>& readings, Pos pos,
                       std::optional<bool> perfect = std::nullopt,
                       const std::string_view* form = nullptr,
                       bool neuter_article_before = false,
                       const Auxiliaries* clause_aux = nullptr,
                       const lexicon::Lexicon* lexicon = nullptr,
                       bool dem_before = false) {
  const Reading* best = nullptr;
  std::string form_lower; // computed on first use: most comparisons never need it
  auto lowered_form = [&]() -> const std::string& {
    if (form_lower.empty() && form != nullptr) {
      form_lower = to_lower(*form);
    }
    return form_lower;
  };
  auto better = [&](const Reading& a, const Reading& b) {
    if (a.particle.empty() != b.particle.empty()) {
      return a.particle.empty();
    }
    // A noun that is its own lemma beats an inflected reading of another: "Rate" (not the old
    // dative of Rat), "Faden", "Halle", "das Lachen".
    // An "-n" form is its own lemma only as a nominalised infinitive after a neuter singular
    // article ("das Lachen", "beim Essen"); otherwise it is a plural ("den Preisen" -> Preis).
    // A feminine noun cannot follow "im", "am", "zum", "dem": "im Falle eines Sieges" is Fall.
    auto feminine_after_dem = [&](const Reading& r) {
      return dem_before && lexicon != nullptr &&
             lexicon->lemma(r.id).gender == lexicon::Gender::Feminine;
    };
    if (a.pos == Pos::Noun && form != nullptr && (a.lemma == *form) != (b.lemma == *form) &&
        (!ends_with(*form, "n") || neuter_article_before) &&
        !feminine_after_dem(a.lemma == *form ? a : b)) {
      return a.lemma == *form;
    }
    if (perfect && (a.pos == Pos::Verb || a.pos == Pos::Auxiliary)) {
      const bool a_part = (a.features & feature::k_participle2) != 0;
      const bool b_part = (b.features & feature::k_participle2) != 0;
      if (a_part != b_part) {
        return a_part == *perfect;
      }
      // With no auxiliary, a reading that can be finite beats a participle-only one: "Sie
      // gehört der Koalition an" -> gehören (gehört is finite there), not hören.
      const bool a_finite = (a.features & feature::k_finite) != 0;
      const bool b_finite = (b.features & feature::k_finite) != 0;
      if (!*perfect && a_finite != b_finite) {
        return a_finite;
      }
      if (*perfect && a_part && b_part && clause_aux != nullptr && lexicon != nullptr &&
          a.lemma != b.lemma && clause_aux->sein != clause_aux->haben) {
        auto agrees = [&](const Reading& r) {
          const std::string_view own = lexicon->lemma(r.id).auxiliary;
          return clause_aux->sein ? own == "ist" : own == "hat";
        };
        const bool a_agrees = agrees(a);
        if (a_agrees != agrees(b)) {
          return a_agrees;
        }
      }
      // Same auxiliary: the participle that can be nothing else wins over one that is also a
      // finite form of another verb: "Sie hat nicht gehört" -> hören (gehört is also "es
      // gehört mir", whose perfect is rare).
      if (*perfect && a_part && b_part && a_finite != b_finite) {
        return !a_finite;
      }
    }
    // A form that spells a verb's infinitive is that verb, not another verb's past: "Schalten
    // Sie das Handy aus" -> schalten (not the old plural past of schelten). Participles are
    // left to the auxiliary rules ("hat gefallen").
    if (form != nullptr && a.pos == Pos::Verb && b.pos == Pos::Verb &&
        ((a.features | b.features) & feature::k_participle2) == 0) {
      const bool a_self = a.lemma == lowered_form();
      const bool b_self = b.lemma == lowered_form();
      if (a_self != b_self) {
        return a_self;
      }
    }
    // Nominalised adjectives take the masculine nominative, as in TIGER/UD German:
    // "die Angeklagten" -> Angeklagter (not Angeklagte).
    if (a.pos == Pos::Noun && a.lemma.size() == b.lemma.size() + 1 && a.lemma.starts_with(b.lemma) &&
        a.lemma.ends_with("er") && b.lemma.ends_with("e")) {
      return true;
    }
    if (b.pos == Pos::Noun && b.lemma.size() == a.lemma.size() + 1 && b.lemma.starts_with(a.lemma) &&
        b.lemma.ends_with("er") && a.lemma.ends_with("e")) {
      return false;
    }
    // A form that is one noun's plural beats the same form as another's dative plural in -n:
    // "nach Zeugen suchen" -> Zeuge (die Zeugen), not Zeug (die Zeuge, den Zeugen).
    if (a.pos == Pos::Noun && b.pos == Pos::Noun && a.lemma != b.lemma && form != nullptr &&
        lexicon != nullptr && ends_with(*form, "n") && (a.features & feature::k_plural) &&
        (b.features & feature::k_plural)) {
      const bool a_plural = lexicon->lemma(a.id).plural == *form;
      const bool b_plural = lexicon->lemma(b.id).plural == *form;
      if (a_plural != b_plural) {
        return a_plural;
      }
    }
    if ((a.rank != 0) != (b.rank != 0)) {
      return a.rank != 0;
    }
    return a.rank < b.rank;
  };
  for (const auto& r : readings) {
    if (r.pos == pos && (best == nullptr || better(r, *best))) {
      best = &r;
    }
  }
  return best;
}

// A form that is finite only in the first person singular, the subjunctive or the imperative
// ("enge": ich enge) is no finite verb in a sentence without "ich": "unterhalten seit
// Jahrzehnten enge Beziehungen" -> eng, "von denen einige verfilmt wurden" -> einiger. Past and
// third-person forms stay candidates (", erklärte Japans Außenminister").
// Likewise a present second person singular needs "du": "Äußerst freundlich war sie" -> the
// adverb äußerst (ich äußere, du äußerst).
bool plausible_finite(const std::vector<Reading>& readings, const Context& ctx) {
  std::string_view lower = ctx.lowers[ctx.i];
  bool imperative = false;
  for (const auto& r : readings) {
    if (r.pos != Pos::Verb && r.pos != Pos::Auxiliary) {
      continue;
    }
    imperative = imperative || (r.features & feature::k_imperative) != 0;
    const bool past = (r.features & feature::k_past) != 0;
    // The lexicon merges present, subjunctive and imperative cells into one reading; a present
    // third person singular ends in -t ("engt"), so "enge" is first person there.
    const bool third_singular = (r.features & feature::k_person3) != 0 && !ends_with(lower, "e");
    const bool plural = (r.features & feature::k_plural) != 0;
    const bool second = (r.features & feature::k_person2) != 0 && (ctx.has_du || plural);
    const bool present_other =
        (r.features & feature::k_present) != 0 && (third_singular || plural || second);
    // Subjunctive II is as good as a past: "dass sie ein ähnliches Schicksal träfe", "käme".
    const bool subjunctive2 = (r.features & feature::k_subjunctive2) != 0 &&
                              ((r.features & feature::k_person3) != 0 || plural);
    if (past || present_other || subjunctive2) {
      return true;
    }
  }
  // "Hör mir zu", "Ruf an": an imperative opens its clause.
  if (imperative &&
      (ctx.initial || (ctx.i > 0 && ctx.words[ctx.i - 1].shape == Shape::Punctuation))) {
    return true;
  }
  return ctx.has_ich;
}

// A passive or perfect auxiliary's own participle, which follows the main verb's: "ist bedient
// worden", "geboten bekommen". Not the copulas' "geworden", "gewesen": "ist bekannt geworden"
// has the adjective.
bool is_auxiliary_participle(std::string_view w) {
  return w == "worden" || w == "gehabt" || w == "bekommen" || w == "gekriegt";
}

// Verb second: after one sentence-initial adverb (or adverbial adjective), a word before a bare
// name is the finite verb: "Allerdings erkannte Alfanus von Salerno ... an", "Später erkannte
// Humboldt ...". (Before a common noun it may be an adjective: "Kaum bekannte Künstler".)
bool verb_second_before_name(const Context& ctx) {
  if (ctx.i < 1) {
    return false;
  }
  const std::size_t prev = ctx.i - 1;
  const auto& prev_readings = ctx.readings_of(prev).other_case;
  if (ctx.done[prev].pos != Pos::Adverb && ctx.done[prev].pos != Pos::Adjective &&
      !FormReadings::has(prev_readings, Pos::Adverb) &&
      !FormReadings::has(prev_readings, Pos::Adjective)) {
    return false;
  }
  for (std::size_t k = 0; k < prev; ++k) {
    if (ctx.words[k].shape == Shape::Word) {
      return false; // not the first word
    }
  }
  const auto n = ctx.next_index(ctx.i);
  if (!n || !starts_upper(ctx.words[*n].form)) {
    return false;
  }
  const auto& fr = ctx.readings_of(*n);
  return !FormReadings::has(fr.as_written, Pos::Noun) &&
         !FormReadings::has(fr.as_written, Pos::Adjective);
}

// Decides whether a form with verb and adjective readings is the adjective here.
bool participle_is_adjective(const std::vector<Reading>& readings, const Context& ctx) {
  std::string_view lower = ctx.lowers[ctx.i];
  std::uint32_t verb_features = 0;
  bool adjective_inflected = false;
  bool adjective_is_form = false;
  for (const auto& r : readings) {
    if (r.pos == Pos::Verb || r.pos == Pos::Auxiliary) {
      verb_features |= r.features;
    } else if (r.pos == Pos::Adjective) {
      adjective_inflected = adjective_inflected || (r.features & feature::k_inflected) != 0;
      adjective_is_form = adjective_is_form || r.lemma == lower;
    }
  }
  // "hervorragend", "entsprechend": a present participle is the adjective.
  if ((verb_features & feature::k_participle1) && !(verb_features & feature::k_finite)) {
    return true;
  }
  if ((verb_features & feature::k_finite) != 0 && !plausible_finite(readings, ctx)) {
    verb_features &= ~feature::k_finite;
  }
  // A form that is finite only ("recht": er recht, of rechen) after the clause's finite verb is
  // no second finite verb: "Da hast du recht", "hat nicht recht verstanden" -> recht.
  if (adjective_is_form && (verb_features & feature::k_finite) &&
      !(verb_features & (feature::k_participle1 | feature::k_participle2 | feature::k_infinitive))) {
    for (std::size_t back = ctx.i; back-- > 0;) {
      const std::string& w = ctx.lowers[back];
      if (w == "," || w == ";" || w == ":" || function_words::is_coordinator(w)) {
        break;
      }
      const TokenAnalysis& t = ctx.done[back];
      if ((t.pos == Pos::Verb || t.pos == Pos::Auxiliary) && (t.features & feature::k_finite)) {
        return true;
      }
    }
  }
  // The ending that matters is the adjective's: "eingehalten" ends in -en but is uninflected.
  const bool ending = adjective_inflected && has_adjective_ending(lower);
  if (ending && !ends_with(lower, "en") && (verb_features & feature::k_finite) &&
      (ctx.after_comma() || ctx.after_noun())) {
    return false;
  }
  // After a subject pronoun a finite verb follows: "Er studierte Rechtswissenschaften".
  const bool after_subject_pronoun =
      ctx.i > 0 && (verb_features & feature::k_finite) &&
      function_words::is_personal_pronoun(ctx.lowers[ctx.i - 1]) && ctx.lowers[ctx.i - 1] != "ihm";
  if (ending && (verb_features & feature::k_finite) && verb_second_before_name(ctx)) {
    return false;
  }
  if (ending && ctx.noun_follows() && !after_subject_pronoun &&
      (ctx.noun_phrase_open() || ctx.initial || !(verb_features & feature::k_finite) ||
       (!ctx.after_comma() && !ctx.after_noun()) || ctx.after_coordinated_attributive())) {
    // "sowie klare Terminvorgaben", "dass es bequeme Sitzgruppen gibt"
    return true;
  }
  if (ending && ctx.inside_noun_phrase() && !(verb_features & feature::k_finite)) {
    return true;
  }
  // "auf adressierte und unadressierte Postsendungen" -> adressiert
  if (ending && ctx.inside_noun_phrase() && ctx.coordinated_noun_follows()) {
    return true;
  }
  // Right after an indefinite article or a possessive a form with an adjective ending is
  // attributive, never a finite verb: "eine integrierte oder mittels USB-Stick nachgerüstete
  // Hardware" (no noun right after it to tell).
  if (ending && ctx.i > 0 &&
      function_words::is_one_of(ctx.lowers[ctx.i - 1],
                      {"ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen",
                       "keinem", "keiner", "keines", "mein", "meine", "meinen", "meinem", "meiner",
                       "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren",
                       "ihrem", "ihrer", "unser", "unsere", "unseren", "unserem", "unserer"})) {
    return true;
  }
  // "doppelt so häufig": an uninflected adjective before "so" and an adjective is the adjective.
  if (adjective_is_form && ctx.i + 2 < ctx.words.size() && ctx.lowers[ctx.i + 1] == "so") {
    const auto& fr = ctx.readings_of(ctx.i + 2);
    if (FormReadings::has(fr.as_written, Pos::Adjective)) {
      return true;
    }
  }
  // "recht groß", "recht hart": an uninflected adjective before another adjective modifies it.
  if (adjective_is_form && !(verb_features & feature::k_participle2)) {
    const Word* next = ctx.next_word();
    if (next != nullptr && !starts_upper(next->form)) {
      const auto& fr = ctx.readings_of(*ctx.next_index(ctx.i));
      if (FormReadings::has(fr.as_written, Pos::Adjective) &&
          !FormReadings::has(fr.as_written, Pos::Verb)) {
        return true;
      }
    }
  }
  // An adjective reading right after the finite verb (or its pronoun subject) with the clause
  // going on is an adverbial, not a verb form: "gefällt bestimmt jeden", "war ich bestimmt
  // schon da" -> bestimmt. At the clause end or before a verb it stays the participle: "hat
  // bestimmt ,", "ist bekannt geworden".
  if (adjective_is_form && !ending && ctx.i >= 1) {
    std::size_t v = ctx.i - 1;
    if (v >= 1 && function_words::is_personal_pronoun(ctx.lowers[v])) {
      --v;
    }
    const TokenAnalysis& before = ctx.done[v];
    const auto n = ctx.next_index(ctx.i);
    if ((before.pos == Pos::Verb || before.pos == Pos::Auxiliary) &&
        (before.features & feature::k_finite) != 0 && n && *n == ctx.i + 1 &&
        !starts_upper(ctx.words[*n].form) && ctx.words[*n].shape == Shape::Word &&
        !function_words::is_coordinator(ctx.lowers[*n])) {
      const auto& fr = ctx.readings_of(*n);
      if (!FormReadings::has(fr.as_written, Pos::Verb) &&
          !FormReadings::has(fr.as_written, Pos::Auxiliary)) {
        return true;
      }
    }
  }
  // Two participles in a row share one auxiliary: the first modifies the second. "hat die
  // Vorwürfe entschieden zurückgewiesen" -> entschieden (ADJ), "ist bekannt geworden". Not a
  // clause without auxiliary ("Die Atmosphäre gefällt bestimmt jeden") nor "als geplant gedauert".
  if (adjective_is_form && !ending && (verb_features & feature::k_participle2) &&
      (ctx.aux.haben || ctx.aux.sein || ctx.aux.werden) &&
      ctx.prev_lower() != "als" && ctx.prev_lower() != "wie") {
    const auto n = ctx.next_index(ctx.i);
    // The second one stands bare, not before a noun: "entschieden gebildete Menschen" differs.
    const auto after = n ? ctx.next_index(*n) : std::nullopt;
    if (n && *n == ctx.i + 1 && !starts_upper(ctx.words[*n].form) &&
        !is_auxiliary_participle(ctx.lowers[*n]) &&
        !(after && starts_upper(ctx.words[*after].form))) {
      const auto& fr = ctx.readings_of(*n);
      const bool participle = std::any_of(fr.as_written.begin(), fr.as_written.end(), [](const Reading& r) {
        return r.pos == Pos::Verb && (r.features & feature::k_participle2) != 0;
      });
      if (participle) {
        return true;
      }
    }
  }
  // A bare participle is read as the verb form, whatever it modifies: UD German (from TIGER)
  // lemmatises "wurden eingehalten", "ist gut aufgehoben" and mostly "ist sehr gepflegt" to the
  // infinitive; only attributive participles with endings keep the participle ("erlaubte").
  return false;
}

// Chooses the part of speech among a form's readings (all of one capitalisation).
Pos choose_pos(const std::vector<Reading>& all_readings, const Context& ctx) {
  // Verb readings that exist only with a detached particle ("fast" as "fast ... ab" of
  // abfasen) give way to any other reading: the particle pass joins them when the particle is
  // really there.
  // Finite-only verb readings that cannot be finite here ("einige": ich einige, in a sentence
  // without "ich") give way as well.
  const bool drop_finite_only =
      std::any_of(all_readings.begin(), all_readings.end(), is_finite_only) &&
      !plausible_finite(all_readings, ctx);
  auto keep = [&](const Reading& r) {
    const bool verb = r.pos == Pos::Verb || r.pos == Pos::Auxiliary;
    return !verb || (r.particle.empty() && !(drop_finite_only && is_finite_only(r)));
  };
  std::vector<Reading> kept; // built only when something is dropped: most forms keep all
  const bool dropped = !std::all_of(all_readings.begin(), all_readings.end(), keep);
  if (dropped) {
    kept.reserve(all_readings.size());
    std::copy_if(all_readings.begin(), all_readings.end(), std::back_inserter(kept), keep);
  }
  const std::vector<Reading>& readings = (dropped && !kept.empty()) ? kept : all_readings;
  const std::uint32_t mask = pos_mask(readings);
  auto has = [&](Pos p) { return (mask & pos_bit(p)) != 0; };
  if (std::popcount(mask) == 1) {
    return readings.front().pos;
  }
  std::string_view lower = ctx.lowers[ctx.i];
  // Participles and past forms used attributively take adjective endings:
  // "die erlaubte Menge" -> ADJ erlaubt, "die 2014 gebildete Koalition"; otherwise the verb:
  // "zu der auch die USA oder Frankreich gehörten" -> gehören; ", erklärte Japans
  // Außenminister" and "Der Biologe beobachtete Deutsche" are finite verbs.
  if (has(Pos::Verb) && has(Pos::Adjective)) {
    return participle_is_adjective(readings, ctx) ? Pos::Adjective : Pos::Verb;
  }
  // Function words: "unter", "während", "mit" before a word are prepositions (not the
  // adjective "unter" or the adverb "mit"); "zu" before an infinitive is the particle.
  if (has(Pos::Adposition) || has(Pos::Subordinator) || has(Pos::Conjunction)) {
    const Word* next = ctx.next_word();
    if (lower == "zu" && next != nullptr && !starts_upper(next->form) && has(Pos::Particle)) {
      return Pos::Particle;
    }
    if (has(Pos::Subordinator) && (ctx.after_comma() || ctx.initial)) {
      return Pos::Subordinator;
    }
    if (has(Pos::Adposition) && next != nullptr) {
      return Pos::Adposition;
    }
    if (has(Pos::Determiner) && ctx.noun_follows()) {
      return Pos::Determiner;
    }
  }
  if (has(Pos::Determiner) && ctx.noun_follows()) {
    return Pos::Determiner;
  }
  // "sieben Jahre", "nach sieben Tagen": a number word before its noun is the numeral, not the
  // verb sieben (to sieve).
  if (has(Pos::Numeral) && ctx.noun_follows()) {
    return Pos::Numeral;
  }
  // "weiter", "lange", "bestimmt" standing alone are adverbs (lemma = form); before a noun the
  // adjective: "lange Wege" -> lang.
  if (has(Pos::Adverb) && has(Pos::Adjective)) {
    if (has_adjective_ending(lower) && ctx.noun_follows() && ctx.lowers[ctx.i] != "weiter") {
      return Pos::Adjective;
    }
    // "besser" -> gut, "am größten" -> groß; but "weiter", "weniger", "früher" are adverbs
    // in their own right.
    const Reading* adj = best_of(readings, Pos::Adjective);
    if (adj != nullptr && (adj->features & (feature::k_comparative | feature::k_superlative)) &&
        !is_lexical_adverb(lower)) {
      return Pos::Adjective;
    }
    return Pos::Adverb;
  }
  if (has(Pos::Noun) || has(Pos::ProperNoun)) {
    return has(Pos::Noun) ? Pos::Noun : Pos::ProperNoun;
  }
  if (has(Pos::Auxiliary) && has(Pos::Verb)) {
    return Pos::Auxiliary;
  }
  // "die" before a noun is an article, elsewhere a pronoun.
  if (has(Pos::Determiner) && has(Pos::Pronoun)) {
    return ctx.noun_follows() ? Pos::Determiner : Pos::Pronoun;
  }
  for (Pos p : {Pos::Verb, Pos::Auxiliary, Pos::Adjective, Pos::Adverb, Pos::Determiner,
                Pos::Pronoun, Pos::Adposition, Pos::Subordinator, Pos::Conjunction,
                Pos::Particle, Pos::Numeral, Pos::Interjection}) {
    if (has(p)) {
      return p;
    }
  }
  return readings.front().pos;
}

void apply_reading(TokenAnalysis& t, const Reading& r) {
  t.lemma = std::string(r.lemma);
  t.pos = r.pos;
  t.features = r.features;
  t.lemma_id = r.id;
  t.known_to_lexicon = true;
}

void apply_guess(TokenAnalysis& t, const Guess& g) {
  t.lemma = g.lemma;
  t.pos = g.pos;
  t.features = g.features;
  t.lemma_id = g.lemma_id;
  t.known_to_lexicon = false;
}

// Returns the lemma of a noun form the lexicon lacks when it is an inflected form of a known
// noun: genitive "Jahres" -> Jahr, weak "Herrn" -> Herr, dative plural "Tagen" -> Tag.
std::optional<Reading> strip_noun_ending(std::string_view form, FormCache& cache) {
  for (std::string_view ending : {"es", "s", "n", "en", "e", "ern", "er"}) {
    if (form.size() <= ending.size() + 2 || !ends_with(form, ending)) {
      continue;
    }
    std::string_view stem = form.substr(0, form.size() - ending.size());
    for (const auto& r : cache.lookup(stem)) {
      if (r.pos == Pos::Noun && r.lemma == stem) {
        return r;
      }
    }
  }
  return std::nullopt;
}

// Picks a reading among `readings` by context and applies it.
void choose_among(TokenAnalysis& t, const std::vector<Reading>& readings, const Context& ctx,
                  FormCache& cache) {
  const Pos pos = choose_pos(readings, ctx);
  const std::string_view form = ctx.words[ctx.i].form;
  const Reading* r = best_of(readings, pos, ctx.aux.haben || ctx.aux.werden || ctx.aux.sein, &form,
                            ctx.neuter_article_before(), &ctx.aux, &cache.lexicon(),
                            pos == Pos::Noun && ctx.dem_before());
  apply_reading(t, *r);
  std::string_view lower = ctx.lowers[ctx.i];
  // A superlative the lexicon files as an adjective of its own goes to the positive: "den
  // neuesten Geräten" -> neu (not "neuest"), "der schlechteste" -> schlecht.
  if (pos == Pos::Adjective && ends_with(t.lemma, "est") && t.lemma.size() >= 6) {
    const std::string base = t.lemma.substr(0, t.lemma.size() - 3);
    if (auto id = cache.lexicon().find_lemma(base, Pos::Adjective)) {
      t.lemma = base;
      t.lemma_id = *id;
      t.features |= feature::k_superlative;
    }
  }
  // "Tagen" filed as a noun of its own (unranked) is the plural of the ranked "Tag".
  // Counting nouns in the plural go to the singular: "Tausende saßen fest", "mit Tausenden"
  // -> Tausend; "Hunderte" -> Hundert, "Dutzende" -> Dutzend.
  if (pos == Pos::Noun &&
      (t.lemma == "Tausende" || t.lemma == "Hunderte" || t.lemma == "Dutzende")) {
    t.lemma.pop_back();
    t.lemma_id = cache.lexicon().find_lemma(t.lemma, Pos::Noun);
    return;
  }
  // "nach 8 Tagen" -> Tag: an unranked "-n" noun of its own that is the dative plural of a
  // ranked noun whose plural form ("Tage") the lexicon knows; "beim Essen" stays.
  if (pos == Pos::Noun && r->rank == 0 && r->lemma == form && ends_with(form, "en") &&
      form.size() > 4 && !ctx.neuter_article_before()) {
    for (const auto& plural : cache.lookup(form.substr(0, form.size() - 1))) {
      if (plural.pos == Pos::Noun && plural.rank != 0 && plural.lemma != form &&
          (plural.features & feature::k_plural) != 0) {
        apply_reading(t, plural);
        return;
      }
    }
  }
  if (pos == Pos::Noun && r->rank == 0 && r->lemma == form) {
    if (auto stripped = strip_noun_ending(form, cache); stripped && stripped->rank != 0) {
      // Only a real plural: "Tage" + "n" = "Tagen", but "Burger" is no form of "Burg".
      const auto plural = cache.lexicon().lemma(stripped->id).plural;
      if (!plural.empty() && (form == plural || (form.size() == plural.size() + 1 &&
                                                 form.starts_with(plural) && form.back() == 'n'))) {
        apply_reading(t, *stripped);
        return;
      }
    }
  }
  // "weiter", "lange", "teilweise" standing alone are adverbs with their own lemma; before a
  // noun the adjective: "lange Wege" -> lang.
  if ((pos == Pos::Adjective || pos == Pos::Verb) &&
      (is_lexical_adverb(lower) || (ends_with(lower, "weise") && lower.size() > 7)) &&
      !(ctx.noun_follows() && has_adjective_ending(lower))) {
    t.lemma = std::string(lower);
    t.pos = Pos::Adverb;
    t.lemma_id.reset();
    return;
  }
  // A bare participle coordinated with a predicative adjective after "sein" is an adjective
  // and keeps the participle: "war sehr unfreundlich und genervt" -> genervt, "ist freundlich
  // und bemüht" -> bemüht. With "wurde" or "hat" it stays the verb: "wurde schnell und
  // gründlich erledigt" -> erledigen.
  if (pos == Pos::Verb && (r->features & feature::k_participle2) &&
      !has_adjective_ending(lower) && ctx.aux.sein &&
      !ctx.aux.werden && !ctx.aux.haben && ctx.i >= 2 &&
      (ctx.lowers[ctx.i - 1] == "und" || ctx.lowers[ctx.i - 1] == "oder") &&
      ctx.done[ctx.i - 2].pos == Pos::Adjective && ctx.done[ctx.i - 2].lemma == ctx.lowers[ctx.i - 2]) {
    const Word* next = ctx.next_word();
    if (next == nullptr || next->shape == Shape::Punctuation) {
      t.lemma = std::string(lower);
      t.pos = Pos::Adjective;
      t.lemma_id.reset();
      return;
    }
  }
  if (pos == Pos::Verb && (r->features & feature::k_participle1) &&
      !(r->features & feature::k_finite)) {
    // "ausreichend" read as a verb form stays a participle adjective: lemma "ausreichend".
    t.lemma = std::string(lower);
    t.pos = Pos::Adjective;
    return;
  }
  // A verb form with only verb readings that stands attributively is a participle used as an
  // adjective: "der 2014 gebildeten Koalition" -> gebildet.
  if (pos == Pos::Verb && has_adjective_ending(lower) &&
      ((ctx.noun_phrase_open() && !ctx.after_comma()) || ctx.after_coordinated_attributive()) &&
      (ctx.noun_follows() || ctx.coordinated_noun_follows()) && !verb_second_before_name(ctx)) {
    if (auto g = guess_participle(lower, true, cache)) {
      apply_guess(t, *g);
    }
  }
}

// Swiss and careless spelling without "ß": "grosse" -> große, "Aussenbereich" -> Außenbereich.
std::optional<std::string> with_eszett(std::string_view form) {
  auto at = form.find("ss");
  if (at == std::string_view::npos) {
    return std::nullopt;
  }
  std::string out(form);
  out.replace(at, 2, "ß");
  return out;
}

// Returns true when an unknown compound names a street: "an der Gerberstraße", "Lindenweg",
// "Schillerallee" are addresses, no vocabulary (the lexicon knows "Hauptstraße", "Fußweg").
bool is_street_name(const CompoundSplit& split) {
  const std::string& head = split.parts.back();
  return head == "Straße" || head == "Gasse" || head == "Allee" || head == "Weg" ||
         head == "Damm" || head == "Chaussee";
}

// Reads an unknown capitalised `form` as the compound the splitter finds, if any: the noun on
// its head ("Übergangsplan" -> Übergang|Plan), or a street name. Returns false with no split.
bool apply_compound_split(TokenAnalysis& t, std::string_view form, const Context& ctx) {
  const auto& split = ctx.compounds->split(form);
  if (!split) {
    return false;
  }
  if (is_street_name(*split)) {
    t.lemma = std::string(form);
    t.pos = Pos::ProperNoun;
    t.is_name = true;
    return true;
  }
  t.lemma = split->lemma;
  t.pos = Pos::Noun;
  t.features = split->features;
  t.compound_parts = split->parts;
  return true;
}

// Returns true when a lowercased word ends in a suffix that only nouns have: "-in"
// (Oberbürgermeisterin), "-ung", "-heit", "-keit", "-schaft", "-tion", "-ität", "-ismus".
bool has_noun_suffix(std::string_view lower) {
  for (std::string_view suffix : {"erin", "ung", "ungen", "heit", "keit", "schaft", "tion", "ität",
                                  "ismus", "innen", "ist", "isten"}) {
    if (lower.size() > suffix.size() + 3 && ends_with(lower, suffix)) {
      return true;
    }
  }
  return false;
}

// The longest known noun `form` ends in, after a front part of three letters or more:
// "Megastädten" -> front "Mega", head reading Stadt (of "städten"), lemma "Megastadt".
struct FrontCompound {
  std::string front;  // the unknown front part as written: "Mega"
  Reading head;       // the head's reading
  std::string lemma;  // front + head lemma with its first letter lowered: "Megastadt"
};
std::optional<FrontCompound> unknown_front_compound(std::string_view form, FormCache& cache) {
  for (std::size_t k = 3; k + 4 <= form.size(); ++k) {
    if ((static_cast<unsigned char>(form[k]) & 0xC0) == 0x80) {
      continue; // inside a UTF-8 letter
    }
    for (const auto& r : cache.lookup(capitalize(form.substr(k)))) {
      if (r.pos == Pos::Noun && r.particle.empty() && r.lemma.size() >= 4) {
        // The head's first letter is one byte, or two for Ä Ö Ü.
        const std::size_t first = (static_cast<unsigned char>(r.lemma[0]) & 0x80) != 0 ? 2 : 1;
        std::string front(form.substr(0, k));
        std::string lemma = front + to_lower(r.lemma.substr(0, first)) +
                            std::string(r.lemma.substr(first));
        return FrontCompound{std::move(front), r, std::move(lemma)};
      }
    }
  }
  return std::nullopt;
}

// Noun suffixes whose plural gives the singular for certain: "-ungen" is the plural of "-ung".
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> k_plural_suffixes = {{
    {"ungen", "ung"}, {"heiten", "heit"}, {"keiten", "keit"}, {"schaften", "schaft"},
    {"täten", "tät"}, {"ionen", "ion"}, {"innen", "in"}, {"logen", "loge"}}};

// Returns true when `form` is a compass direction or "Mittel"/"Zentral" before a place the
// name lists know: "Norddeutschland", "Westeuropa", "Südostasien", "Mittelamerika".
bool directional_place(std::string_view form, const lexicon::Lexicon& lexicon) {
  static constexpr std::array<std::string_view, 10> k_directions = {
      "Nordost", "Nordwest", "Südost", "Südwest", "Nord", "Süd", "Ost", "West", "Mittel",
      "Zentral"};
  for (std::string_view d : k_directions) {
    if (form.size() > d.size() + 3 && form.starts_with(d)) {
      const std::string place = capitalize(form.substr(d.size()));
      if (is_place_name(place, &lexicon)) {
        return true;
      }
    }
  }
  return false;
}

// A word the lexicon lacks in either capitalisation.
void guess_unknown(TokenAnalysis& t, const Context& ctx, FormCache& cache) {
  std::string_view form = ctx.words[ctx.i].form;
  const std::string& lower = ctx.lowers[ctx.i];
  t.known_to_lexicon = false;
  // "Thabet al-Abbassi"
  if (is_particle_name(form)) {
    t.lemma = std::string(form);
    t.pos = Pos::ProperNoun;
    t.is_name = true;
    return;
  }
  // "3G-Netz", "5G-Netzes", "100-Meter-Lauf", "mRNA-Impfstoffe": a noun whose first part is a
  // number or starts in lower case; its capitalised head decides the lemma.
  if (!form.empty() && !starts_upper(form)) {
    const auto dash = form.rfind('-');
    if (dash != std::string_view::npos && dash + 2 < form.size() && starts_upper(form.substr(dash + 1))) {
      const std::string_view head = form.substr(dash + 1);
      for (const auto& r : cache.lookup(head)) {
        if (r.pos == Pos::Noun) {
          t.lemma = std::string(form.substr(0, dash + 1)) + std::string(r.lemma);
          t.pos = Pos::Noun;
          t.features = r.features;
          return;
        }
      }
      t.lemma = std::string(form);
      t.pos = Pos::Noun;
      return;
    }
  }
  // "gibt's", "geht's", "Gab's": a verb with the clitic "es".
  for (std::string_view clitic : {"'s", "’s"}) {
    if (ends_with(form, clitic) && form.size() > clitic.size() + 2) {
      const auto& fr = cache.get(form.substr(0, form.size() - clitic.size()));
      const auto& readings = !fr.as_written.empty() ? fr.as_written : fr.other_case;
      if (FormReadings::has(readings, Pos::Verb) || FormReadings::has(readings, Pos::Auxiliary)) {
        std::vector<Reading> verbs;
        std::copy_if(readings.begin(), readings.end(), std::back_inserter(verbs),
                     [](const Reading& r) { return r.pos == Pos::Verb || r.pos == Pos::Auxiliary; });
        apply_reading(t, *best_of(verbs, verbs.front().pos));
        return;
      }
    }
  }
  // "Das Osmanische Reich": a capitalised -isch adjective the lexicon lacks, before its noun
  // (only -isch: "der Ausländerbeauftragte Cornelia ..." is a noun).
  if (starts_upper(form) && has_adjective_ending(lower) && ctx.noun_follows()) {
    const auto stem = strip_adjective_ending(lower);
    if (stem && ends_with(*stem, "isch")) {
      if (auto g = guess_adjective(lower, cache)) {
        apply_guess(t, *g);
        return;
      }
    }
  }
  // "grosse" -> groß, "Aussenbereich" -> Außenbereich
  if (auto respelled = with_eszett(form)) {
    const auto& fr = cache.get(*respelled);
    const auto& readings = !fr.as_written.empty() ? fr.as_written : fr.other_case;
    if (!readings.empty() && (starts_upper(form) || !fr.as_written.empty())) {
      choose_among(t, readings, ctx, cache);
      return;
    }
  }
  // "Sicherheitsforscher fanden heraus": a compound noun at the start is the noun, not an
  // adjective guessed from its lowercase ("sicherheitsforsch" + -er).
  if (ctx.initial && starts_upper(form) && !is_acronym(form) &&
      cache.get(form).form_rank == 0) {
    if (apply_compound_split(t, form, ctx)) {
      return;
    }
  }
  if (!starts_upper(form) || (ctx.initial && !is_acronym(form))) {
    // "Hör mir zu!", "Ruf mich an", "ich freu mich": the short imperative (and colloquial first
    // person) the lexicon lists only with -e ("höre"), first in the clause or after "ich" or
    // "bitte". Elsewhere an unknown "mal"-like word stays what it is.
    const bool clause_first = ctx.initial || (ctx.i > 0 && (ctx.lowers[ctx.i - 1] == "ich" ||
                                                            ctx.lowers[ctx.i - 1] == "bitte"));
    if (clause_first && lower.size() >= 2) {
      const auto& full = cache.get(lower + "e").as_written;
      std::vector<Reading> verbs;
      for (const auto& r : full) {
        if (r.pos == Pos::Verb && r.particle.empty() &&
            (r.features & (feature::k_imperative | feature::k_person1)) != 0) {
          verbs.push_back(r);
        }
      }
      if (!verbs.empty()) {
        choose_among(t, verbs, ctx, cache);
        t.known_to_lexicon = false;
        return;
      }
    }
    // "abzumildern" -> abmildern
    if (lower.find("zu") != std::string::npos) {
      if (auto g = guess_zu_infinitive(lower, cache)) {
        apply_guess(t, *g);
        return;
      }
    }
    const bool attributive = ctx.noun_follows() || ctx.inside_noun_phrase();
    if (auto g = guess_participle(lower, attributive, cache)) {
      apply_guess(t, *g);
      return;
    }
    // "habe den Feuerlöscher leergemacht", "wurden eingedeckt": a bare participle the lexicon
    // lacks, next to an auxiliary.
    if (!starts_upper(form) && !attributive && (ctx.aux.haben || ctx.aux.werden || ctx.aux.sein)) {
      if (auto g = guess_participle_shape(lower)) {
        apply_guess(t, *g);
        return;
      }
    }
    // "auf den Haß, der ihnen entgegenschlage" -> entgegenschlagen
    if (!starts_upper(form) && !attributive) {
      if (auto g = guess_particle_verb(lower, cache)) {
        apply_guess(t, *g);
        return;
      }
    }
    // "Beide Parteien vereinbaren einen Plan": an unknown "-en" word that no noun follows is
    // a verb (infinitive or plural), not an adjective ("vereinbar" + "en").
    if (!starts_upper(form) && ends_with(lower, "en") && !ends_with(lower, "ierten") &&
        !attributive && lower.size() > 5 && lower.find('-') == std::string::npos) {
      t.lemma = lower;
      t.pos = Pos::Verb;
      t.features = feature::k_infinitive | feature::k_present;
      return;
    }
    // "zwölften" -> zwölft
    if (auto g = guess_ordinal(lower, cache)) {
      apply_guess(t, *g);
      return;
    }
    // "dschihadistischer" -> dschihadistisch
    if (auto g = guess_adjective(lower, cache)) {
      apply_guess(t, *g);
      return;
    }
    // "despotisiert" -> despotisieren (a compound adjective such as "gästeorientiert" is
    // caught above).
    if (auto g = guess_ieren_verb(lower, ctx.noun_follows() || ctx.inside_noun_phrase())) {
      apply_guess(t, *g);
      return;
    }
    // "pro-iranischer" -> pro-iranisch
    if (auto g = guess_hyphenated(lower, cache)) {
      apply_guess(t, *g);
      return;
    }
    if (!starts_upper(form)) {
      // "hotel", "mitarbeiter": a noun written in lowercase after an article, an inflected
      // adjective, a number or a preposition ("nette mitarbeiter", "3 zimmer", "mit kindern");
      // but "ein paar Leute" has its noun after it.
      if (ctx.inside_noun_phrase() && !ctx.noun_follows()) {
        const auto& fr = cache.get(form);
        if (FormReadings::has(fr.other_case, Pos::Noun)) {
          apply_reading(t, *best_of(fr.other_case, Pos::Noun));
          return;
        }
      }
      // "die textilen Materialien", "die oftmals ungenehmigten Zerstörungen", "landlose
      // Arbeitskräfte": an unknown word with an adjective ending before its noun is an
      // adjective; its lemma drops the ending.
      // Not a decade: "in den 1970er Jahren" keeps 1970er.
      // Nor a noun typed in lowercase ("ohne problem") or a place's "-er" ("dem kölner
      // Nachtleben", Kölner).
      if (ctx.noun_follows() && has_adjective_ending(lower) && !lower.empty() &&
          !(lower[0] >= '0' && lower[0] <= '9') &&
          !FormReadings::has(cache.get(form).other_case, Pos::Noun)) {
        if (const auto stem = strip_adjective_ending(lower);
            stem && stem->size() >= 4 && !is_place_name(capitalize(*stem), &cache.lexicon())) {
          t.lemma = std::string(*stem);
          t.pos = Pos::Adjective;
          t.features = feature::k_inflected;
          return;
        }
      }
      t.lemma = lower;
      // "insbesondere", "weiterhin": an unknown word of the frequency lists is most likely an
      // adverb (the inflecting classes are in the lexicon).
      t.pos = cache.get(form).form_rank != 0 ? Pos::Adverb : Pos::Other;
      return;
    }
    // "Insgesamt", "Außerdem" at the start: a word of the frequency list is an ordinary word.
    // Not a noun the compound splitter or a noun suffix explains ("Oberbürgermeisterin"), nor
    // a first name before a name ("Sabine Quast kündigte ... an").
    const auto next = ctx.next_index(ctx.i);
    const bool before_unknown_name =
        next && ctx.words[*next].shape == Shape::Word && starts_upper(ctx.words[*next].form) &&
        ctx.readings_of(*next).as_written.empty() && ctx.readings_of(*next).other_case.empty();
    if (ctx.initial && cache.get(form).form_rank != 0 && !is_place_name(form, &cache.lexicon()) &&
        !cache.lexicon().is_listed_name(lower) && !before_unknown_name && !has_noun_suffix(lower) &&
        !ctx.compounds->split(form)) {
      t.lemma = lower;
      t.pos = Pos::Adverb;
      return;
    }
  }
  // Acronyms and listed places are names: "ISIS", "USA", "Bagdad".
  if (is_place_name(form, &cache.lexicon())) {
    t.lemma = std::string(place_lemma(form, &cache.lexicon()));
    t.pos = Pos::ProperNoun;
    t.is_name = true;
    return;
  }
  if (is_acronym(form)) {
    // "VERANSTALTER" in a shouted sentence is the noun Veranstalter.
    if (form.size() > 4) {
      const auto& fr = cache.get(title_case(form));
      if (FormReadings::has(fr.as_written, Pos::Noun)) {
        apply_reading(t, *best_of(fr.as_written, Pos::Noun));
        return;
      }
    }
    t.lemma = std::string(form);
    t.pos = Pos::ProperNoun;
    t.is_name = true;
    return;
  }
  // "Jahres" -> Jahr, "Herrn" -> Herr, "Schengenraums" -> Schengenraum. An old dative "-e"
  // only onto a noun the frequency lists show: "Sabine" is no form of Ding's unit "Sabin".
  if (auto r = strip_noun_ending(form, cache);
      r && (!ends_with(form, "e") || cache.lexicon().lemma(r->id).best_rank() != 0)) {
    apply_reading(t, *r);
    t.known_to_lexicon = false;
    return;
  }
  // "Norddeutschland", "Westeuropa", "Südostasien": a direction before a place is a place.
  if (directional_place(form, cache.lexicon())) {
    t.lemma = std::string(form);
    t.pos = Pos::ProperNoun;
    t.is_name = true;
    return;
  }
  // "Übergangsplan" -> Übergang|Plan; "Sicherheitskräfte" -> Sicherheitskraft
  if (apply_compound_split(t, form, ctx)) {
    return;
  }
  // "Abregelungen" -> Abregelung, "Zuständigkeiten" -> Zuständigkeit: the plural of a noun
  // suffix whose singular is certain.
  for (const auto& [plural, singular] : k_plural_suffixes) {
    if (ends_with(form, plural) && form.size() >= plural.size() + 3) {
      t.lemma = std::string(form.substr(0, form.size() - plural.size())) + std::string(singular);
      t.pos = Pos::Noun;
      t.features = feature::k_plural;
      return;
    }
  }
  // "in dicht besiedelten Megastädten", "die Chatverläufe", "in den Kreißsälen": inside a noun
  // phrase an unknown word ending in a known noun is a compound on that head even where the
  // front part is unknown (Mega, Chat, Kreiß). Outside one it may be a name ("Hamburg").
  if (ctx.inside_noun_phrase() && !function_words::is_preposition(ctx.prev_lower())) {
    if (auto compound = unknown_front_compound(form, cache)) {
      t.lemma = std::move(compound->lemma);
      t.pos = Pos::Noun;
      t.features = compound->head.features;
      t.compound_parts = {std::move(compound->front), std::string(compound->head.lemma)};
      return;
    }
  }
  // "Startups", "Audioguides", "des Schengenraums": an unknown noun's -s after a consonant or
  // -e is a plural or genitive ending (not after s, x, z or a vowel: "Atlas", "Fokus", "Chaos").
  const bool s_ending = form.size() > 5 && form.back() == 's' &&
                        std::string_view("sxzaiouy").find(form[form.size() - 2]) == std::string_view::npos &&
                        static_cast<unsigned char>(form[form.size() - 2]) < 0x80;
  // "in Hameln", "aus Wendelstedt": after a bare preposition an unknown word is a name too;
  // after an article or an adjective it is a noun ("die Abregelung").
  const bool after_article =
      ctx.inside_noun_phrase() && !function_words::is_preposition(ctx.prev_lower());
  const bool name = !after_article || cache.lexicon().is_listed_name(lower);
  t.lemma = std::string(s_ending && !name ? form.substr(0, form.size() - 1) : form);
  if (name) {
    // "Thabet", "al-Abbassi": unknown capitalised words outside a noun phrase are names.
    t.pos = Pos::ProperNoun;
    t.is_name = true;
  } else {
    t.pos = Pos::Noun;
  }
}

// Decides one word token.
void decide(TokenAnalysis& t, const Context& ctx, FormCache& cache) {
  std::string_view form = ctx.words[ctx.i].form;
  const FormReadings& fr = ctx.readings_of(ctx.i);
  const bool upper = starts_upper(form);
  if (!upper) {
    if (!fr.as_written.empty()) {
      choose_among(t, fr.as_written, ctx, cache);
      return;
    }
    guess_unknown(t, ctx, cache);
    return;
  }
  const auto& written = fr.as_written;
  const auto& lowered = fr.other_case;
  const std::uint32_t lower_mask = pos_mask(lowered);
  const std::uint32_t written_mask = pos_mask(written);
  // "Nette und kompetente Beratung": also when another adjective is coordinated with it.
  // An inflected adjective before a noun is the adjective, capitalised or not: "Soziale
  // Bewegungen", "der Europäischen Union", "Frische leckere Zutaten".
  // A nominalised adjective the lexicon lists as a noun stays a noun before a name: "der
  // PDS-Vorsitzende Lothar Bisky".
  // Mid-sentence and outside a noun phrase, a capitalised adjective form is nominalised even
  // before a noun, which is then its object: "in denen Interessierte Deutschkurse belegen",
  // "damit Geflüchtete schneller Sprachkurse absolvieren". Not in a name after its noun: "die
  // Dschihadistengruppe Islamischer Staat".
  // Before a noun only a participle ("Interessierte", "Betroffene") is nominalised so: a plain
  // adjective there opens a title or a name ("wurde er Deutscher Meister").
  // (Decided for adjective forms only; the test is not cheap and most capitalised words are
  // plain nouns.)
  const bool bare_capitalised = (lower_mask & pos_bit(Pos::Adjective)) != 0 && !ctx.initial &&
                                ctx.i > 0 &&
                                ((lower_mask & pos_bit(Pos::Verb)) != 0 || !ctx.noun_follows()) &&
                                !(written_mask & pos_bit(Pos::ProperNoun)) &&
                                (ctx.words[ctx.i - 1].shape == Shape::Word ||
                                 ctx.words[ctx.i - 1].form == ",") &&
                                !ctx.inside_noun_phrase() && !ctx.after_noun() &&
                                multiword_name_length(ctx.lowers, ctx.i) == 0;
  if ((lower_mask & pos_bit(Pos::Adjective)) && has_adjective_ending(ctx.lowers[ctx.i]) &&
      (ctx.noun_follows() || ctx.coordinated_noun_follows()) && !(written_mask & pos_bit(Pos::ProperNoun)) &&
      (!(written_mask & pos_bit(Pos::Noun)) || !ctx.name_follows()) && !bare_capitalised) {
    const Reading* adj = best_of(lowered, Pos::Adjective);
    apply_reading(t, *adj);
    return;
  }
  // "Brauch ich aber nicht": a noun at the start before "ich" whose lowercase plus -e is a
  // first-person verb is that verb without its -e (colloquial "brauch", "hör", "mach").
  if (ctx.initial && lowered.empty() && (written_mask & pos_bit(Pos::Noun))) {
    const auto n = ctx.next_index(ctx.i);
    if (n && ctx.lowers[*n] == "ich") {
      std::vector<Reading> verbs;
      for (const auto& r : cache.get(ctx.lowers[ctx.i] + "e").as_written) {
        if (r.pos == Pos::Verb && r.particle.empty() && (r.features & feature::k_person1) != 0) {
          verbs.push_back(r);
        }
      }
      if (!verbs.empty()) {
        choose_among(t, verbs, ctx, cache);
        return;
      }
    }
  }
  if (ctx.initial && !lowered.empty()) {
    // "Die", "In", "Nach": a function word at the start is the function word.
    // "Heute", "Weiter": adverbs are read lowercased; "Versuchen Sie", "Brauch ich": a verb
    // before a pronoun starts a question or an imperative.
    const bool lowered_is_function = (lower_mask & k_function_pos) != 0;
    const bool written_is_noun = (written_mask & (pos_bit(Pos::Noun) | pos_bit(Pos::ProperNoun)));
    const Word* next = ctx.next_word();
    const bool pronoun_follows =
        next != nullptr && function_words::is_personal_pronoun(to_lower(next->form));
    // "Mehr als hundert", "Weniger als": a comparative before "als" is no noun.
    const bool comparison = next != nullptr && to_lower(next->form) == "als" &&
                            (lower_mask & pos_bit(Pos::Adjective)) != 0;
    if (written.empty() || lowered_is_function || !written_is_noun || comparison ||
        (lower_mask & pos_bit(Pos::Adverb)) != 0 ||
        ((lower_mask & pos_bit(Pos::Verb)) != 0 && pronoun_follows)) {
      choose_among(t, lowered, ctx, cache);
      return;
    }
  }
  if (!written.empty()) {
    choose_among(t, written, ctx, cache);
    // A nominalised infinitive after a neuter article is its own lemma even where the lexicon
    // only has the spelling as another noun's plural: "das Streben" -> Streben (not Strebe).
    if (t.pos == Pos::Noun && t.lemma != form && (ctx.neuter_article_before() || ctx.dem_before()) &&
        std::any_of(lowered.begin(), lowered.end(), [&](const Reading& r) {
          return r.pos == Pos::Verb && (r.features & feature::k_infinitive) != 0 &&
                 r.particle.empty() && r.lemma == ctx.lowers[ctx.i];
        })) {
      t.lemma = std::string(form);
      t.lemma_id = cache.lexicon().find_lemma(t.lemma, Pos::Noun);
      t.features = feature::k_singular;
    }
    if (is_place_name(form, &cache.lexicon()) || (is_acronym(form) && t.lemma == form)) {
      // "Großbritannien", "Kurdistan", "USA": names even where the lexicon files them as nouns.
      t.pos = Pos::ProperNoun;
      t.lemma = std::string(place_lemma(form, &cache.lexicon()));
    }
    if (t.pos == Pos::ProperNoun) {
      t.is_name = true;
    }
    return;
  }
  // "WELTMEISTERSCHAFT", "VERANSTALTER": a shouted noun, not an acronym.
  if (is_acronym(form) && form.size() > 4 && FormReadings::has(lowered, Pos::Noun)) {
    apply_reading(t, *best_of(lowered, Pos::Noun));
    return;
  }
  if (is_acronym(form) && !lowered.empty()) {
    // "ISIS", "USA" even when a lowercase word exists ("usa" is none, but "WHO" / "who").
    t.lemma = std::string(form);
    t.pos = Pos::ProperNoun;
    t.is_name = true;
    return;
  }
  // A capitalised infinitive inside a noun phrase is a nominalised infinitive, its own lemma:
  // "Entspanntes Herumsitzen in einer Strandbar" -> Herumsitzen (not the verb herumsitzen).
  // Likewise a capitalised word whose only readings are verb forms: "für die Mitfahrt" (not
  // "ihr mitfahrt").
  const bool only_verb_forms =
      (lower_mask & ~(pos_bit(Pos::Verb) | pos_bit(Pos::Auxiliary))) == 0 && lower_mask != 0;
  if (!lowered.empty() && !ctx.initial && ctx.inside_noun_phrase() &&
      (ends_with(form, "n") || only_verb_forms)) {
    for (const auto& r : lowered) {
      if (r.pos == Pos::Verb && (only_verb_forms || (r.lemma == ctx.lowers[ctx.i] &&
                                                     (r.features & feature::k_infinitive) != 0))) {
        t.lemma = std::string(form);
        t.pos = Pos::Noun;
        t.features = 0;
        t.lemma_id.reset();
        t.known_to_lexicon = false;
        return;
      }
    }
  }
  // A capitalised adjective mid-sentence with no noun after it is a nominalised adjective for
  // a person or thing, taught in its weak form as the lexicon lists such nouns: "ein
  // Verletzter musste in die Klinik" -> Verletzte, "drei Tatverdächtige fest" ->
  // Tatverdächtige (not the adjectives verletzt, tatverdächtig).
  if ((lower_mask == pos_bit(Pos::Adjective) ||
       (bare_capitalised && written.empty() && (lower_mask & pos_bit(Pos::Adjective)))) &&
      !ctx.initial && ctx.i > 0 &&
      ctx.words[ctx.i - 1].shape != Shape::Punctuation && has_adjective_ending(ctx.lowers[ctx.i]) &&
      (!ctx.noun_follows() || bare_capitalised)) {
    // The positive reading: "Deutscher" is also the comparative of deutsch.
    const auto adj = std::find_if(lowered.begin(), lowered.end(), [](const Reading& r) {
      return r.pos == Pos::Adjective &&
             ((r.features & feature::k_positive) != 0 ||
              (r.features & (feature::k_comparative | feature::k_superlative)) == 0);
    });
    if (adj != lowered.end()) {
      std::string noun = title_case(adj->lemma) + "e";
      t.lemma_id = cache.lexicon().find_lemma(noun, Pos::Noun);
      t.lemma = std::move(noun);
      t.pos = Pos::Noun;
      t.features = 0;
      t.known_to_lexicon = t.lemma_id.has_value();
      return;
    }
  }
  if (!lowered.empty()) {
    // Capitalised mid-sentence with only lowercase readings: a nominalised adjective or verb
    // ("das Gute", "beim Essen") or an adjective in a name ("Islamischer Staat").
    choose_among(t, lowered, ctx, cache);
    return;
  }
  guess_unknown(t, ctx, cache);
}

// A nominalised adjective is taught in its weak form, as dictionaries head it ("Jugendliche,
// der und die") and UD German lemmatises it: "als Jugendlicher" -> Jugendliche, "ein
// Unabhängiger" -> Unabhängige, where Morphy files the strong "Jugendlicher" as a noun of its
// own. Only masculine nouns on an adjective stem: "das Alter" (age) and "der Lehrer" stay.
void weak_nominalisation(TokenAnalysis& t, const lexicon::Lexicon& lexicon) {
  // Such entries come from Ding without a plural ("Jugendlicher {m}"); real -er nouns have one
  // ("Meister", "Forscher", "Gläubiger": creditor, not believer).
  if (t.pos != Pos::Noun || t.lemma.size() < 6 || !ends_with(t.lemma, "er") || !t.lemma_id ||
      lexicon.lemma(*t.lemma_id).gender != lexicon::Gender::Masculine ||
      !lexicon.lemma(*t.lemma_id).plural.empty()) {
    return;
  }
  const std::string stem = to_lower(std::string_view(t.lemma).substr(0, t.lemma.size() - 2));
  if (!lexicon.find_lemma(stem, Pos::Adjective)) {
    return;
  }
  t.lemma.pop_back(); // "Jugendlicher" -> "Jugendliche"
  t.lemma_id = lexicon.find_lemma(t.lemma, Pos::Noun);
}

// Old spelling keeps its "ß" in the lemma, as UD German does: "Prozeß" -> Prozeß (the lexicon
// files it under Prozess), "Mißverständnis" -> Mißverständnis; "muß" -> müssen is untouched
// because the "ss" of "müssen" stands before a vowel in both spellings.
void keep_old_spelling(TokenAnalysis& t, std::string_view form) {
  std::size_t at = form.find("ß");
  while (at != std::string_view::npos) {
    if (at + 1 < t.lemma.size() && t.lemma.compare(at, 2, "ss") == 0 &&
        form.substr(0, at) == std::string_view(t.lemma).substr(0, at)) {
      const std::size_t after = at + 2;
      const bool vowel_follows =
          after < t.lemma.size() && std::string_view("aeiouyäöü").find(t.lemma[after]) !=
                                        std::string_view::npos;
      if (!vowel_follows && static_cast<unsigned char>(t.lemma[after < t.lemma.size() ? after : 0]) < 0x80) {
        t.lemma.replace(at, 2, "ß");
      } else if (after >= t.lemma.size()) {
        t.lemma.replace(at, 2, "ß");
      }
    }
    at = form.find("ß", at + 2);
  }
}

bool opens(std::string_view form) {
  return form == "„" || form == "\"" || form == "»" || form == "(" || form == "‚" ||
         form == "'" || form == "«" || form == "-" || form == "–" || form == "“";
}

} // namespace

namespace {

// A listed first name followed by a capitalised word the lexicon does not know as a noun (or
// only as a noun no frequency list shows), or by a listed last name, is a person: "Marie Curie", "Thomas Mann" (not the noun Mann), "Angela
// Merkel". Both words become names with themselves as lemma.
void mark_person_names(std::span<const Word> words, SentenceAnalysis& sentence,
                       const lexicon::Lexicon& lexicon) {
  auto& tokens = sentence.tokens;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const Word& first = words[i];
    const Word& last = words[i + 1];
    if (first.shape != Shape::Word || last.shape != Shape::Word || !starts_upper(first.form) ||
        !starts_upper(last.form) || is_all_caps(first.form) || is_all_caps(last.form) ||
        !lexicon.is_listed_name(first.form)) {
      continue;
    }
    const TokenAnalysis& l = tokens[i + 1];
    // A word the frequency lists never show is no noun a first name stands before: "Werner
    // Hüsing" (Ding's nautical "Hüsing"), unlike "Thomas Mann" or "Maria Hilfe".
    // Only after a first name that is no ordinary word: "Schweizer Glaziologen" are no person.
    const TokenAnalysis& f = tokens[i];
    const bool first_only_name = !f.known_to_lexicon || f.pos == Pos::ProperNoun || f.is_name;
    const bool unranked_noun = first_only_name && l.pos == Pos::Noun && l.lemma_id &&
                               lexicon.lemma(*l.lemma_id).best_rank() == 0 &&
                               l.compound_parts.empty();
    const bool unknown_word =
        !l.known_to_lexicon || l.pos == Pos::ProperNoun || l.is_name || unranked_noun;
    if (!unknown_word && !lexicon.is_listed_name(last.form)) {
      continue;
    }
    for (std::size_t k = i; k <= i + 1; ++k) {
      tokens[k].lemma = std::string(words[k].form);
      tokens[k].pos = Pos::ProperNoun;
      tokens[k].is_name = true;
      tokens[k].lemma_id.reset();
      tokens[k].compound_parts.clear();
    }
    ++i;
  }
}

// Sets participle_of on adjectives that are participles the dictionary glosses only as a verb:
// "die gestiegenen Preise" (ADJ gestiegen) -> steigen, "den verhafteten Demonstranten" ->
// verhaften; and on any participle with complements of its own ("der 2014 gebildeten
// Koalition" -> bilden). An adjective with glosses of its own stays: "ein gebildeter Mensch"
// (educated), "ein bekannter Künstler".
// An extended participial attribute has complements of its own, as a verb has: a date ("der
// 2014 gebildeten Koalition": formed, not educated) or a prepositional phrase ("den im Irak
// stationierten Truppen", "die von der Polizei festgenommenen Männer").
bool has_verbal_complement(const SentenceAnalysis& sentence, std::size_t i) {
  const auto& tokens = sentence.tokens;
  if (i == 0) {
    return false;
  }
  const auto& before = tokens[i - 1];
  if (before.pos == Pos::Numeral) {
    return true;
  }
  const bool noun = before.pos == Pos::Noun || before.pos == Pos::ProperNoun;
  return noun && i >= 2 &&
         (tokens[i - 2].pos == Pos::Adposition ||
          (i >= 3 && tokens[i - 3].pos == Pos::Adposition && tokens[i - 2].pos == Pos::Determiner));
}

void mark_participle_verbs(SentenceAnalysis& sentence, FormCache& cache) {
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    auto& t = sentence.tokens[i];
    // Participles end in -t, -en or -end: "gestiegen", "verhaftet", "entscheidend".
    if (t.pos != Pos::Adjective || t.lemma.size() < 5 ||
        !(ends_with(t.lemma, "t") || ends_with(t.lemma, "en") || ends_with(t.lemma, "nd"))) {
      continue;
    }
    const Reading* verb = nullptr;
    for (const auto& r : cache.get(t.lemma).as_written) {
      if (r.pos == Pos::Verb && r.particle.empty() &&
          (r.features & (feature::k_participle2 | feature::k_participle1)) != 0 &&
          (verb == nullptr || (r.rank != 0 && (verb->rank == 0 || r.rank < verb->rank)))) {
        verb = &r;
      }
    }
    if (verb == nullptr) {
      continue;
    }
    if (!has_verbal_complement(sentence, i)) {
      if (t.lemma_id && cache.lexicon().has_glosses(*t.lemma_id)) {
        continue;
      }
      const auto adjective = cache.lexicon().find_lemma(t.lemma, Pos::Adjective);
      if (adjective && cache.lexicon().has_glosses(*adjective)) {
        continue;
      }
    }
    {
      t.participle_of = std::string(verb->lemma);
      t.participle_verb_id = verb->id;
    }
  }
}

} // namespace

SentenceAnalysis Lemmatizer::analyze_sentence(std::span<const Word> words) {
  m_cache.trim();
  m_compounds.trim();
  SentenceAnalysis out;
  out.tokens.resize(words.size());
  std::vector<std::string> lowers;
  lowers.reserve(words.size());
  for (const auto& w : words) {
    lowers.push_back(w.shape == Shape::Word ? to_lower(w.form) : std::string(w.form));
  }
  bool seen_word = false;
  const std::vector<Auxiliaries> aux = find_auxiliaries(lowers);
  const bool has_ich = std::find(lowers.begin(), lowers.end(), "ich") != lowers.end();
  const bool has_du = std::find(lowers.begin(), lowers.end(), "du") != lowers.end();
  // One cache look-up per token; the rules below look at neighbours through these pointers.
  std::vector<const FormReadings*> readings(words.size(), nullptr);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].shape == Shape::Word) {
      readings[i] = &m_cache.get(words[i].form);
    }
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    TokenAnalysis& t = out.tokens[i];
    const Word& w = words[i];
    if (w.shape != Shape::Word) {
      t.lemma = std::string(w.form);
      t.pos = w.shape == Shape::Number ? Pos::Numeral : Pos::Other;
      if (w.shape == Shape::Number) {
        seen_word = true;
      }
      continue;
    }
    Context ctx{words, lowers, std::span<const TokenAnalysis>(out.tokens.data(), i), i,
                !seen_word || (i > 0 && (words[i - 1].form == ":" || opens(words[i - 1].form)) &&
                                (i == 1 || words[i - 2].shape == Shape::Punctuation)),
                &m_cache, aux[i], &m_compounds, readings, has_ich, has_du};
    decide(t, ctx, m_cache);
    if (w.form.find("ß") != std::string_view::npos) {
      keep_old_spelling(t, w.form);
    }
    weak_nominalisation(t, m_cache.lexicon());
    seen_word = true;
  }
  mark_person_names(words, out, m_cache.lexicon());
  for (std::size_t i = 0; i < words.size(); ++i) {
    // "die Vereinigten Staaten", "Islamischer Staat": names, whatever their words are.
    if (starts_upper(words[i].form)) {
      if (std::size_t n = multiword_name_length(lowers, i); n > 0) {
        for (std::size_t k = i; k < i + n; ++k) {
          out.tokens[k].is_name = true;
        }
      }
    }
    if (auto m = match_multiword(lowers, i); m.length > 0) {
      out.tokens[i].multiword = std::string(m.text);
      out.tokens[i].multiword_length = m.length;
      i += m.length - 1;
    }
  }
  join_separable_verbs(words, lowers, out, m_cache);
  join_fronted_particle(words, lowers, out, m_cache);
  join_written_apart(words, lowers, out, m_cache);
  mark_reflexive_verbs(words, lowers, out);
  mark_participle_verbs(out, m_cache);
  return out;
}

} // namespace wortkiste::extract
