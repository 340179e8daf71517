#include "extract/card_content.h"

#include "extract/candidates.h"

namespace wortkiste::extract {

namespace {

constexpr std::string_view k_dash = " \u2013 "; // en dash between principal parts

// "kündigte an" -> "kündigte sich an": the reflexive pronoun follows the finite verb.
std::string insert_sich(std::string_view finite) {
  const auto space = finite.find(' ');
  if (space == std::string_view::npos) {
    return std::string(finite) + " sich";
  }
  return std::string(finite.substr(0, space)) + " sich" + std::string(finite.substr(space));
}

} // namespace

std::string_view article_of(lexicon::Gender gender) {
  switch (gender) {
  case lexicon::Gender::Masculine: return "der";
  case lexicon::Gender::Feminine: return "die";
  case lexicon::Gender::Neuter: return "das";
  case lexicon::Gender::None: return "";
  }
  return "";
}

std::string plural_notation(std::string_view singular, std::string_view plural) {
  if (plural == singular) {
    return "-"; // der Lehrer, die Lehrer
  }
  if (plural.starts_with(singular)) {
    return "-" + std::string(plural.substr(singular.size())); // die Truppe, die Truppen
  }
  return std::string(plural); // der Einsatz, die Einsätze: the stem changes
}

CardContent noun_content(std::string_view lemma, lexicon::Gender gender, std::string_view plural) {
  CardContent c;
  const std::string_view article = article_of(gender);
  if (!article.empty()) {
    c.article = std::string(article);
    c.headword = std::string(article) + " ";
  }
  c.headword += lemma;
  if (!plural.empty()) {
    c.plural = std::string(plural);
    c.headword += ", " + plural_notation(lemma, plural);
  }
  return c;
}

CardContent verb_content(std::string_view infinitive, std::string_view past,
                         std::string_view participle2, std::string_view auxiliary,
                         bool reflexive) {
  CardContent c;
  c.headword = reflexive ? "sich " + std::string(infinitive) : std::string(infinitive);
  if (past.empty() && participle2.empty()) {
    return c;
  }
  std::string parts; // "kündigte an – hat angekündigt"
  if (!past.empty()) {
    parts += reflexive ? insert_sich(past) : std::string(past);
  }
  if (!participle2.empty()) {
    if (!parts.empty()) {
      parts += k_dash;
    }
    if (!auxiliary.empty()) {
      parts += auxiliary;
      parts += ' ';
    }
    if (reflexive) {
      parts += "sich ";
    }
    parts += participle2;
  }
  c.headword += k_dash;
  c.headword += parts;
  c.principal_parts = parts;
  return c;
}

CardContent plain_content(std::string_view lemma) {
  CardContent c;
  c.headword = std::string(lemma);
  return c;
}

CardContent card_content(const lexicon::Lexicon& lexicon, std::string_view lemma, lexicon::Pos pos,
                         lexicon::Gender fallback_gender, std::string_view fallback_plural) {
  const bool reflexive = lemma.starts_with("sich ");
  const std::string_view bare = without_reflexive(lemma);
  const auto id = lexicon.find_lemma(bare, pos);
  if (pos == lexicon::Pos::Noun) {
    if (id) {
      const lexicon::LemmaInfo info = lexicon.lemma(*id);
      const lexicon::Gender gender =
          info.gender != lexicon::Gender::None ? info.gender : fallback_gender;
      const std::string_view plural = !info.plural.empty() ? info.plural : fallback_plural;
      return noun_content(bare, gender, plural);
    }
    return noun_content(bare, fallback_gender, fallback_plural);
  }
  if (pos == lexicon::Pos::Verb && id) {
    const lexicon::LemmaInfo info = lexicon.lemma(*id);
    return verb_content(bare, info.past, info.participle2, info.auxiliary,
                        reflexive || info.reflexive);
  }
  if (pos == lexicon::Pos::Verb && reflexive) {
    return verb_content(bare, {}, {}, {}, true);
  }
  return plain_content(lemma);
}

} // namespace wortkiste::extract
