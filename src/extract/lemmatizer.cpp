#include "extract/lemmatizer.h"

#include "extract/compounds.h"
#include "extract/function_words.h"
#include "extract/multiword.h"
#include "extract/names.h"
#include "extract/separable_verbs.h"
#include "extract/spelling.h"
#include "extract/unknown_words.h"

#include <bit>
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
    pos_bit(Pos::Auxiliary);

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

// Everything the rules may look at around token `i`.
struct Context {
  std::span<const Word> words;
  std::span<const std::string> lowers;
  std::span<const TokenAnalysis> done; // tokens before `i`, already decided
  std::size_t i = 0;
  bool initial = false; // first word of the sentence (after opening quotes or brackets)

  // The next token that is a word or number, if any.
  const Word* next_word() const {
    for (std::size_t k = i + 1; k < words.size(); ++k) {
      if (words[k].shape == Shape::Word || words[k].shape == Shape::Number) {
        return &words[k];
      }
      if (words[k].form != "„" && words[k].form != "\"" && words[k].form != "»") {
        return nullptr;
      }
    }
    return nullptr;
  }
  // The word right before, or null after punctuation / at the start.
  const TokenAnalysis* prev() const {
    if (i == 0 || words[i - 1].shape != Shape::Word) {
      return nullptr;
    }
    return &done[i - 1];
  }
  std::string_view prev_lower() const { return i == 0 ? std::string_view() : lowers[i - 1]; }
  // True when the next word is capitalised (a noun or name follows: "erlaubte Mittel").
  bool noun_follows() const {
    const Word* w = next_word();
    return w != nullptr && w->shape == Shape::Word && starts_upper(w->form);
  }
  // True after an article, a preposition or an attributive adjective ("der gebildeten").
  bool inside_noun_phrase() const {
    auto p = prev_lower();
    if (function_words::is_determiner(p) || function_words::is_preposition(p)) {
      return true;
    }
    const TokenAnalysis* t = prev();
    return t != nullptr && (t->pos == Pos::Determiner || t->pos == Pos::Adjective);
  }
};

// Picks, among readings of one part of speech, the most plausible lemma: verbs without a
// detached particle first (the LEMMA of "kündigten ... an" stays "kündigen" by UD convention;
// the joined verb is added later), then the more frequent lemma.
const Reading* best_of(const std::vector<Reading>& readings, Pos pos) {
  const Reading* best = nullptr;
  auto better = [](const Reading& a, const Reading& b) {
    if (a.particle.empty() != b.particle.empty()) {
      return a.particle.empty();
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

// Chooses the part of speech among a form's readings (all of one capitalisation).
Pos choose_pos(const std::vector<Reading>& readings, const Context& ctx) {
  const std::uint32_t mask = pos_mask(readings);
  auto has = [&](Pos p) { return (mask & pos_bit(p)) != 0; };
  if (std::popcount(mask) == 1) {
    return readings.front().pos;
  }
  std::string_view lower = ctx.lowers[ctx.i];
  // Participles and past forms used attributively take adjective endings:
  // "die erlaubte Menge" -> ADJ erlaubt, "die 2014 gebildete Koalition"; otherwise the verb:
  // "zu der auch die USA oder Frankreich gehörten" -> gehören.
  if (has(Pos::Verb) && has(Pos::Adjective)) {
    if (has_adjective_ending(lower) && (ctx.noun_follows() || ctx.inside_noun_phrase())) {
      return Pos::Adjective;
    }
    return Pos::Verb;
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

// Picks a reading among `readings` by context and applies it.
void choose_among(TokenAnalysis& t, const std::vector<Reading>& readings, const Context& ctx,
                  FormCache& cache) {
  const Pos pos = choose_pos(readings, ctx);
  const Reading* r = best_of(readings, pos);
  apply_reading(t, *r);
  std::string_view lower = ctx.lowers[ctx.i];
  // A participle read as an adjective keeps the participle: "erlaubte" ADJ -> "erlaubt".
  if (pos == Pos::Adjective) {
    return;
  }
  // A verb form with only verb readings that stands attributively is a participle used as an
  // adjective: "der 2014 gebildeten Koalition" -> gebildet.
  if (pos == Pos::Verb && (r->features & (feature::k_participle1 | feature::k_participle2)) == 0 &&
      has_adjective_ending(lower) && ctx.inside_noun_phrase() && ctx.noun_follows()) {
    if (auto g = guess_participle(lower, true, cache)) {
      apply_guess(t, *g);
    }
  }
}

// A word the lexicon lacks in either capitalisation.
void guess_unknown(TokenAnalysis& t, const Context& ctx, FormCache& cache) {
  std::string_view form = ctx.words[ctx.i].form;
  const std::string& lower = ctx.lowers[ctx.i];
  t.known_to_lexicon = false;
  if (!starts_upper(form) || (ctx.initial && !is_acronym(form))) {
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
    // "dschihadistischer" -> dschihadistisch
    if (auto g = guess_adjective(lower, cache)) {
      apply_guess(t, *g);
      return;
    }
    // "pro-iranischer" -> pro-iranisch
    if (auto g = guess_hyphenated(lower, cache)) {
      apply_guess(t, *g);
      return;
    }
    if (!starts_upper(form)) {
      t.lemma = lower;
      t.pos = Pos::Other;
      return;
    }
  }
  // Acronyms and listed places are names: "ISIS", "USA", "Bagdad".
  if (is_acronym(form) || is_place_name(form)) {
    t.lemma = std::string(form);
    t.pos = Pos::ProperNoun;
    t.is_name = true;
    return;
  }
  // "Übergangsplan" -> Übergang|Plan; "Sicherheitskräfte" -> Sicherheitskraft
  if (auto split = split_compound(form, cache)) {
    t.lemma = split->lemma;
    t.pos = Pos::Noun;
    t.features = split->features;
    t.compound_parts = std::move(split->parts);
    return;
  }
  t.lemma = std::string(form);
  const bool after_article = ctx.inside_noun_phrase();
  if (!after_article || cache.lexicon().is_listed_name(lower)) {
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
  const FormReadings& fr = cache.get(form);
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
  if (ctx.initial && !lowered.empty()) {
    const std::uint32_t lower_mask = pos_mask(lowered);
    const std::uint32_t written_mask = pos_mask(written);
    // "Die", "In", "Nach": a function word at the start is the function word.
    // "Heute", "Weiter", "Neue Studie": adverbs and adjectives before a noun are read lowercased.
    const bool lowered_is_function = (lower_mask & k_function_pos) != 0;
    const bool written_is_noun = (written_mask & (pos_bit(Pos::Noun) | pos_bit(Pos::ProperNoun)));
    if (written.empty() || lowered_is_function || !written_is_noun ||
        (lower_mask & pos_bit(Pos::Adverb)) != 0 ||
        ((lower_mask & pos_bit(Pos::Adjective)) != 0 && ctx.noun_follows())) {
      choose_among(t, lowered, ctx, cache);
      return;
    }
  }
  if (!written.empty()) {
    choose_among(t, written, ctx, cache);
    if (t.pos == Pos::ProperNoun || is_place_name(form)) {
      t.is_name = true;
    }
    return;
  }
  if (is_acronym(form) && !lowered.empty()) {
    // "ISIS", "USA" even when a lowercase word exists ("usa" is none, but "WHO" / "who").
    t.lemma = std::string(form);
    t.pos = Pos::ProperNoun;
    t.is_name = true;
    return;
  }
  if (!lowered.empty()) {
    // Capitalised mid-sentence with only lowercase readings: a nominalised adjective or verb
    // ("das Gute", "beim Essen") or an adjective in a name ("Islamischer Staat").
    choose_among(t, lowered, ctx, cache);
    return;
  }
  guess_unknown(t, ctx, cache);
}

bool opens(std::string_view form) {
  return form == "„" || form == "\"" || form == "»" || form == "(" || form == "‚" ||
         form == "'" || form == "«" || form == "-" || form == "–" || form == "“";
}

} // namespace

SentenceAnalysis Lemmatizer::analyze_sentence(std::span<const Word> words) {
  SentenceAnalysis out;
  out.tokens.resize(words.size());
  std::vector<std::string> lowers;
  lowers.reserve(words.size());
  for (const auto& w : words) {
    lowers.push_back(w.shape == Shape::Word ? to_lower(w.form) : std::string(w.form));
  }
  bool seen_word = false;
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
                                (i == 1 || words[i - 2].shape == Shape::Punctuation))};
    decide(t, ctx, m_cache);
    seen_word = true;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (auto m = match_multiword(lowers, i); m.length > 0) {
      out.tokens[i].multiword = std::string(m.text);
      out.tokens[i].multiword_length = m.length;
      i += m.length - 1;
    }
  }
  join_separable_verbs(words, lowers, out, m_cache);
  mark_reflexive_verbs(words, lowers, out);
  return out;
}

} // namespace wortkiste::extract
