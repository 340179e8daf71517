#include "extract/candidates.h"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

namespace wortkiste::extract {

namespace {

using lexicon::Pos;

// Counts code points that are letters: ASCII letters and every non-ASCII code point (German
// letters beyond ASCII are ä ö ü ß and the letters of loan words; no punctuation reaches a Word
// token from the text layer). Digits and ASCII punctuation are not letters.
std::size_t letter_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC0) {
      ++n; // ASCII letter or the lead byte of a multi-byte code point
    }
  }
  return n;
}

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Lowercases ASCII and the German capitals Ä Ö Ü (UTF-8 C3 84/96/9C -> C3 A4/B6/BC).
std::string lower_first(std::string_view s) {
  std::string out(s);
  if (out.empty()) {
    return out;
  }
  if (out[0] >= 'A' && out[0] <= 'Z') {
    out[0] = static_cast<char>(out[0] - 'A' + 'a');
  } else if (out.size() >= 2 && static_cast<unsigned char>(out[0]) == 0xC3) {
    const auto c = static_cast<unsigned char>(out[1]);
    if (c == 0x84 || c == 0x96 || c == 0x9C) {
      out[1] = static_cast<char>(c + 0x20);
    }
  }
  return out;
}

std::string upper_first(std::string_view s) {
  std::string out(s);
  if (out.empty()) {
    return out;
  }
  if (out[0] >= 'a' && out[0] <= 'z') {
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  } else if (out.size() >= 2 && static_cast<unsigned char>(out[0]) == 0xC3) {
    const auto c = static_cast<unsigned char>(out[1]);
    if (c == 0xA4 || c == 0xB6 || c == 0xBC) {
      out[1] = static_cast<char>(c - 0x20);
    }
  }
  return out;
}

// Adverbs and particles that are grammar, not vocabulary. Very common ones would also fall
// under the known frequency band, but a C2 learner adding an article must not get a card for
// "nicht" either. Pronominal adverbs (da(r)- + preposition, wo(r)- + preposition: "darauf",
// "wofür") are grammar too.
constexpr std::array<std::string_view, 64> k_function_adverbs = {
    "nicht", "auch",  "noch",   "nur",    "schon",  "so",     "da",    "dann",   "hier",
    "dort",  "wie",   "sehr",   "mehr",   "nun",    "jetzt",  "ja",    "doch",   "nein",
    "gar",   "zu",    "mal",    "eben",   "halt",   "denn",   "aber",  "also",   "wo",
    "wann",  "warum", "wieso",  "weshalb","woher",  "wohin",  "hin",   "her",    "dabei",
    "damit", "dafür", "dazu",   "davon",  "darauf", "daran",  "darin", "darüber","darum",
    "dagegen","danach","davor", "wobei",  "womit",  "wofür",  "worauf",
    // Verb particles left over when the verb was not recognised ("läd ... ein"): never a card.
    "ein",   "an",    "auf",    "aus",    "ab",     "mit",    "vor",   "nach",   "bei",
    "weg",   "fort",  "los"};

bool is_content_pos(Pos pos) {
  return pos == Pos::Noun || pos == Pos::Verb || pos == Pos::Adjective || pos == Pos::Adverb;
}

} // namespace

bool is_function_adverb(std::string_view lemma) {
  const std::string lower = lower_first(lemma);
  return std::find(k_function_adverbs.begin(), k_function_adverbs.end(), lower) !=
         k_function_adverbs.end();
}

std::string_view without_reflexive(std::string_view learner_lemma) {
  constexpr std::string_view k_sich = "sich ";
  if (learner_lemma.starts_with(k_sich)) {
    learner_lemma.remove_prefix(k_sich.size());
  }
  return learner_lemma;
}

lexicon::Pos multiword_pos(std::string_view expression) {
  // "in der Lage sein", "zur Verfügung stellen": the last word is a lowercase infinitive.
  const auto space = expression.rfind(' ');
  const std::string_view last =
      space == std::string_view::npos ? expression : expression.substr(space + 1);
  const bool lowercase = !last.empty() && last[0] >= 'a' && last[0] <= 'z';
  if (lowercase && (last == "sein" || last.ends_with("en") || last.ends_with("ern") ||
                    last.ends_with("eln"))) {
    return Pos::Verb;
  }
  return Pos::Adverb;
}

Rejection reject_reason(std::string_view form, const text::Token& token,
                        const TokenAnalysis& analysis) {
  if (token.kind != text::TokenKind::Word) {
    return Rejection::NotAWord;
  }
  if (analysis.is_particle_of_verb) {
    return Rejection::PartOfOther; // the "an" of "kündigten ... an" lives on in "ankündigen"
  }
  if (!analysis.multiword.empty()) {
    return Rejection::None; // "nach wie vor" starts here
  }
  if (has_digit(form) || letter_count(form) < 2) {
    // "a" in "vereinbaren a „Zwei-Phasen-Übergangsplan“", "G7", "3D".
    return Rejection::Fragment;
  }
  if (analysis.is_name || analysis.pos == Pos::ProperNoun) {
    return Rejection::Name;
  }
  if (!is_content_pos(analysis.pos)) {
    return Rejection::FunctionWord; // der, sie, gegen, und, haben, sein, werden, können
  }
  if (analysis.pos == Pos::Adverb && is_function_adverb(analysis.lemma)) {
    return Rejection::FunctionWord;
  }
  if (analysis.pos == Pos::Adverb && !analysis.known_to_lexicon && !analysis.lemma_id &&
      analysis.multiword.empty()) {
    return Rejection::Unknown;
  }
  const std::string lemma = learner_lemma(analysis);
  if (letter_count(lemma) < 2 || has_digit(lemma)) {
    return Rejection::Fragment;
  }
  return Rejection::None;
}

std::vector<Candidate> collect_candidates(const text::Document& doc,
                                          const DocumentAnalysis& analysis) {
  std::vector<Candidate> out;
  std::map<std::pair<std::string, Pos>, std::size_t> index;
  const std::size_t sentence_count = std::min(doc.sentences.size(), analysis.sentences.size());
  for (std::size_t s = 0; s < sentence_count; ++s) {
    const text::Sentence& sentence = doc.sentences[s];
    const SentenceAnalysis& sa = analysis.sentences[s];
    const std::size_t token_count = std::min(sentence.tokens.size(), sa.tokens.size());
    std::size_t covered_until = 0; // tokens inside a multiword expression already taken
    for (std::size_t t = 0; t < token_count; ++t) {
      if (t < covered_until) {
        continue;
      }
      const text::Token& token = sentence.tokens[t];
      const TokenAnalysis& ta = sa.tokens[t];
      const std::string_view form = doc.token_text(token);
      if (reject_reason(form, token, ta) != Rejection::None) {
        continue;
      }
      Occurrence occurrence{s, t, token.begin, token.end, std::string(form)};
      std::string lemma;
      Pos pos = ta.pos;
      bool multiword = false;
      if (!ta.multiword.empty() && ta.multiword_length > 0) {
        // "nach wie vor": one candidate for the whole expression, its words are not cards.
        const std::size_t last = std::min(t + ta.multiword_length, token_count) - 1;
        covered_until = last + 1;
        lemma = ta.multiword;
        pos = multiword_pos(lemma);
        multiword = true;
        occurrence.end = sentence.tokens[last].end;
        occurrence.form = std::string(doc.slice(token.begin, occurrence.end));
      } else {
        lemma = learner_lemma(ta);
        if (!ta.participle_of.empty()) {
          pos = Pos::Verb; // "die gestiegenen Preise": a card for steigen
        }
        if (ta.particle_index && *ta.particle_index < sentence.tokens.size()) {
          // "kündigten ... an": the form as seen keeps both parts.
          occurrence.form += " … ";
          occurrence.form += doc.token_text(sentence.tokens[*ta.particle_index]);
        }
      }
      const auto key = std::make_pair(lemma, pos);
      auto [it, inserted] = index.try_emplace(key, out.size());
      if (inserted) {
        Candidate c;
        c.lemma = lemma;
        c.pos = pos;
        c.lemma_id = multiword ? std::nullopt
                     : !ta.participle_of.empty() ? ta.participle_verb_id
                                                 : ta.lemma_id;
        c.compound_parts = ta.compound_parts;
        c.multiword = multiword;
        c.known_to_lexicon = multiword || ta.known_to_lexicon || ta.lemma_id.has_value();
        out.push_back(std::move(c));
      }
      out[it->second].occurrences.push_back(std::move(occurrence));
    }
  }
  return out;
}

std::vector<std::string> lemmas_of_word(const lexicon::Lexicon& lexicon, std::string_view word) {
  std::vector<std::string> out;
  auto add_from = [&](std::string_view form) {
    for (const lexicon::Analysis& a : lexicon.analyses(form)) {
      if (!a.detached_particle.empty()) {
        continue; // "gingen" as the finite part of "vorgehen" needs its particle to mean that
      }
      if (a.pos == Pos::ProperNoun) {
        continue;
      }
      std::string lemma(lexicon.lemma(a.lemma).text);
      if (std::find(out.begin(), out.end(), lemma) == out.end()) {
        out.push_back(std::move(lemma));
      }
    }
  };
  add_from(word);
  if (out.empty()) {
    // "einsatz" typed in lowercase, "Gehen" at the start of a line.
    add_from(upper_first(word));
    add_from(lower_first(word));
  }
  // A word that is itself a lemma is what the user meant: "Essen" stays "Essen", not "essen".
  if (const auto exact = std::find(out.begin(), out.end(), word); exact != out.end()) {
    std::rotate(out.begin(), exact, exact + 1);
    out.resize(1);
  }
  if (out.empty()) {
    out.emplace_back(word);
  }
  return out;
}

} // namespace wortkiste::extract
