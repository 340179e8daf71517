// Ding (trans-de-en, GPL-2+) into the lexicon: glosses and what Morphy lacks.

#include "lexicon/ding_import.h"

#include "core/error.h"
#include "lexicon/compose.h"
#include "lexicon/sources.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cctype>
#include <cmath>
#include <array>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <sstream>

namespace wortkiste::lexicon {

namespace {

constexpr std::size_t k_max_glosses = 12;
// Weight of the compounds' English (english_support) in an entry's score.
constexpr double k_compound_weight = 1.5;
// Weight of the English of the phrases a verb ends (english_support) in an entry's score.
constexpr double k_phrase_weight = 1.5;

bool is_single_word(std::string_view s) {
  return !s.empty() && s.find(' ') == std::string_view::npos;
}


bool is_old(const ding::Term& t) {
  return std::find(t.labels.begin(), t.labels.end(), "[alt]") != t.labels.end();
}

// Returns the part of speech of a German term from its tags: {m} {f} {n} -> Noun, {vt} {vi}
// {vr} -> Verb, {adj} -> Adjective ...; nullopt when untagged.
std::optional<Pos> term_pos(const ding::Term& t) {
  for (const auto& tag : t.tags) {
    if (auto p = pos_from_ding_tag(tag)) {
      return p;
    }
  }
  return std::nullopt;
}

Gender term_gender(const ding::Term& t) {
  if (t.has_tag("m")) return Gender::Masculine;
  if (t.has_tag("f")) return Gender::Feminine;
  if (t.has_tag("n")) return Gender::Neuter;
  return Gender::None;
}

std::vector<Gloss> english_glosses(const ding::Sense& sense) {
  std::vector<Gloss> out;
  for (const auto& e : sense.english) {
    // "bad ~worse (of a low standard)", "glaciologist ~glaciology": a "~" marks a cross
    // reference, which is no part of the translation.
    std::string text = e.text;
    for (auto tilde = text.find('~'); tilde != std::string::npos; tilde = text.find('~')) {
      auto end = text.find(' ', tilde);
      end = end == std::string::npos ? text.size() : end;
      auto begin = tilde;
      while (begin > 0 && text[begin - 1] == ' ') {
        --begin;
      }
      text.erase(begin, end - begin);
    }
    if (!text.empty()) {
      out.push_back(Gloss{text, e.labels});
    }
  }
  return out;
}

struct Candidate {
  double score = 0;  // lower first
  std::size_t entry = 0;
  std::vector<Gloss> glosses;
};

// Returns how many leading senses after the headword are principal parts rather than examples:
// verbs "ankündigend | angekündigt | kündigt an | kündigte an", adjectives "größer | am größten".
std::size_t principal_part_senses(const ding::Entry& entry, Pos pos) {
  const auto& senses = entry.senses;
  if (pos == Pos::Verb && senses.size() >= 3 && !senses[1].german.empty() &&
      senses[1].german[0].text.ends_with("nd")) {
    return std::min<std::size_t>(senses.size() - 1, 4);
  }
  if (pos == Pos::Adjective && senses.size() >= 3 && !senses[2].german.empty() &&
      senses[2].german[0].text.starts_with("am ")) {
    return 2;
  }
  if (pos == Pos::Noun && senses.size() >= 2 && !senses[1].german.empty() &&
      senses[1].german[0].has_tag("pl")) {
    return 1; // "Einsatz {m} | Einsätze {pl}"
  }
  return 0;
}

// Labels of register and region: a sense marked so is rarely the one a learner meets first.
// Domain labels ([mil.], [pol.], [econ.]) are milder: "Angriff {m} [mil.]" is the main sense.
bool is_register_label(std::string_view label) {
  constexpr std::array<std::string_view, 22> k_register = {
      "[ugs.]",   "[geh.]",  "[veraltet]", "[veraltend]", "[selten]", "[poet.]", "[humor.]",
      "[pej.]",   "[slang]", "[vulg.]",    "[obs.]",      "[archaic]", "[Ös.]",  "[Schw.]",
      "[Süddt.]", "[Norddt.]", "[BW]",     "[Bayr.]",     "[übtr.]",  "[fig.]",  "[rare]",
      "[dated]"};
  return std::find(k_register.begin(), k_register.end(), label) != k_register.end();
}

// Register labels on the English side: "to hoof it [coll.]", "to profess [formal]".
bool is_english_register_label(const std::string& label) {
  constexpr std::array<std::string_view, 13> k_register = {
      "[coll.]", "[slang]", "[obs.]",  "[dated]", "[humor.]",  "[vulg.]", "[pej.]",
      "[rare]",  "[archaic]", "[formal]", "[poet.]", "[euphem.]", "[rhet.]"};
  return std::find(k_register.begin(), k_register.end(), label) != k_register.end();
}

// How well an entry speaks for one of its headwords, lower is better. Ding's order within a
// letter is no guide to frequency, so we weigh what the entry shows:
// - the headword's place among the synonyms: the first ("etw. ankündigen; bekanntgeben ...") or
//   only one is the word the entry is about; a later one is a near-synonym;
// - labels on the headword ([ugs.], [veraltet] more than [mil.]) mark special senses;
// - a comment narrows the sense ("Einsatz {m} (Musik)");
// - a reflexive use is a sense of its own ("sich ankündigen": to loom);
// - many example senses mark a main sense ("Einsatz {m} (Blaulichtorganisationen, Militär)" has
//   six, "Einsatz {m} (Musik)" one);
// - a common English word is the likelier main sense: how often the entry's first English term
//   occurs anywhere in Ding stands in for its frequency ("attack" hundreds of times, "whammy"
//   twice, so Angriff glosses as "attack" first).
double entry_score(const ding::Entry& entry, std::size_t alternative, const ding::Term& term,
                   Pos pos, const std::unordered_map<std::string, std::uint32_t>& english_counts) {
  double score = alternative == 0 ? 0.0 : alternative == 1 ? 1.5 : 2.5;
  for (const auto& label : term.labels) {
    score += is_register_label(label) ? 2.0 : 1.0;
  }
  if (term.has_comment) {
    score += 0.5;
  }
  // A word that is no verb translated by an English verb ("nach wie vor; unverändert {adv} ::
  // to remain") renders a construction, not the word.
  if (pos != Pos::Verb && !entry.senses[0].english.empty() &&
      entry.senses[0].english[0].text.starts_with("to ")) {
    score += 3.0;
  }
  // English that is marked in every alternative ("chap [Br.]; bod [Br.]; fellow [Br.]
  // [slightly dated]") translates a special use.
  const auto& english = entry.senses[0].english;
  if (!english.empty() && std::all_of(english.begin(), english.end(), [](const ding::Term& e) {
        return std::any_of(e.labels.begin(), e.labels.end(), [](const std::string& l) {
          return is_english_register_label(l) || l == "[Br.]" || l == "[Am.]";
        });
      })) {
    score += 1.0;
  }
  if (term.reflexive) {
    score += 1.5;
  }
  // Examples illustrate the first headword; a synonym further back borrows little from them.
  // Only examples that use the headword count: "Mensch {m}; Heini {m}; Fuzzi {m} |
  // Computerheini {m} | Den Küchenfuzzis ist das egal" illustrates Heini and Fuzzi.
  const std::size_t first_example = 1 + principal_part_senses(entry, pos);
  std::string stem = lower_german(term.text.size() >= 5
                                      ? std::string_view(term.text).substr(0, term.text.size() - 1)
                                      : std::string_view(term.text));
  // A separable verb's examples show it apart: "kündigte ... an" for ankündigen.
  if (pos == Pos::Verb) {
    for (std::string_view particle : {"zurück", "durch", "über", "unter", "nach", "fest", "auf",
                                      "aus", "ein", "mit", "vor", "bei", "weg", "her", "hin", "an",
                                      "ab", "zu", "um"}) {
      if (stem.starts_with(particle) && stem.size() >= particle.size() + 4) {
        stem.erase(0, particle.size());
        break;
      }
    }
  }
  // Examples that do not use it count for a quarter.
  double extra = 0;
  for (std::size_t s = first_example; s < entry.senses.size(); ++s) {
    const bool uses = std::any_of(entry.senses[s].german.begin(), entry.senses[s].german.end(),
                                  [&](const ding::Term& g) {
                                    return lower_german(g.text).find(stem) != std::string::npos;
                                  });
    extra += uses ? 1.0 : 0.25;
  }
  score -= (alternative == 0 ? 0.4 : 0.1) * std::min(extra, 8.0);
  if (!entry.senses[0].english.empty()) {
    const auto it = english_counts.find(entry.senses[0].english[0].text);
    const double count = it == english_counts.end() ? 0.0 : static_cast<double>(it->second);
    score -= 0.4 * std::log2(1.0 + std::min(count, 256.0));
  }
  // Ding's main entry of a verb spells out the conjugation ("er/sie sagt | ich/er/sie sagte |
  // er/sie hat/hatte gesagt"); that entry carries the basic sense ("to say").
  if (pos == Pos::Verb) {
    for (const auto& sense : entry.senses) {
      if (alternative < sense.german.size() && sense.german[alternative].text.starts_with("er/sie ")) {
        score -= 2.5;
        break;
      }
    }
  }
  // Likewise an adjective's main entry shows its comparison: "alt {adj} | älter | am ältesten".
  if (pos == Pos::Adjective && principal_part_senses(entry, pos) == 2) {
    score -= 2.5;
  }
  return score;
}

// English words of a gloss, lowercased, without the little words ("to", "of", "sth.").
std::vector<std::string> english_words(std::string_view text) {
  static const std::unordered_set<std::string> k_little = {
      "to", "of", "the", "a", "an", "and", "or", "in", "on", "for", "with", "at", "by", "sb", "sth",
      "one", "oneself", "sth's", "sb's", "be", "as", "from", "into", "out", "up", "off"};
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (word.size() >= 3 && !k_little.contains(word) &&
        std::find(out.begin(), out.end(), word) == out.end()) {
      out.push_back(word);
    }
    word.clear();
  };
  int depth = 0; // "(in a game)": comments do not translate the word
  for (char c : text) {
    if (c == '(' || c == '[' || c == '{') {
      flush();
      ++depth;
    } else if (c == ')' || c == ']' || c == '}') {
      depth = std::max(0, depth - 1);
    } else if (depth == 0 && std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

// For each noun and adjective, how often each English word translates the Ding compounds it
// is part of: "Mindestlohn", "Lohnsteuer", "Lohnerhöhung" all say "wage", none says "pay-off",
// so Lohn's main sense is "wage"; "Güterzug", "Zugverbindung" say "train". A compound counts
// when it splits into two words the lexicon knows (with a linking -s-, -n-, -en-, -es-, -e- or a
// verb stem: "Fahrplan"), which keeps "Bezug" and "Zugang" away from Zug. For each verb, the
// same from the phrases it ends: "eine Regierung bilden :: to form a government".
struct EnglishSupport {
  using Counts = std::unordered_map<std::string, std::unordered_map<std::string, std::uint32_t>>;
  Counts nominal; // nouns and adjectives, from compounds: "lohn" -> {"wage": 31, ...}
  Counts verbal;  // verbs, from the phrases they end: "bilden" -> {"form": 12, ...}
};

EnglishSupport english_support(const DingData& ding, const LexiconModel& model) {
  std::unordered_set<std::string> nouns;
  std::unordered_set<std::string> words; // every lemma, lowercased
  std::unordered_set<std::string> verbs;
  for (const auto& l : model.lemmas()) {
    const std::string lower = lower_german(l.text);
    words.insert(lower);
    if (l.pos == Pos::Noun) {
      nouns.insert(lower);
    } else if (l.pos == Pos::Verb) {
      verbs.insert(lower);
    }
  }
  auto modifier_base = [&](const std::string& left) -> std::string {
    if (words.contains(left)) {
      return left;
    }
    for (std::string_view link : {"s", "es", "n", "en", "e"}) {
      if (left.size() > link.size() + 2 && left.ends_with(link)) {
        const std::string base = left.substr(0, left.size() - link.size());
        if (nouns.contains(base)) {
          return base;
        }
      }
    }
    if (verbs.contains(left + "en") || verbs.contains(left + "n")) {
      return ""; // a verb stem: the compound counts for its head only
    }
    return "-";
  };
  auto words_of = [](const ding::Sense& sense) {
    std::vector<std::string> english;
    for (const auto& e : sense.english) {
      for (auto& w : english_words(e.text)) {
        if (std::find(english.begin(), english.end(), w) == english.end()) {
          english.push_back(std::move(w));
        }
      }
    }
    return english;
  };
  // Each word's own English, for telling the parts of a compound's translation apart.
  std::unordered_map<std::string, std::unordered_set<std::string>> own;
  for (const auto& entry : ding.entries) {
    if (entry.senses.empty()) {
      continue;
    }
    const auto english = words_of(entry.senses[0]);
    for (const auto& term : entry.senses[0].german) {
      if (is_single_word(term.text)) {
        own[lower_german(term.text)].insert(english.begin(), english.end());
      }
    }
  }
  EnglishSupport support;
  auto& out = support.nominal;
  for (const auto& entry : ding.entries) {
    if (entry.senses.empty() || entry.senses[0].english.empty()) {
      continue;
    }
    // Phrases that end in a verb, in any sense: "sich eine Meinung bilden :: to form an
    // opinion", "eine Regierung bilden :: to form a government" -> bilden is "to form".
    std::unordered_set<std::string> counted_verbs;
    for (const auto& sense : entry.senses) {
      for (const auto& term : sense.german) {
        const auto space = term.text.rfind(' ');
        if (space == std::string::npos || term.has_tag("pl")) {
          continue;
        }
        const std::string last = lower_german(term.text.substr(space + 1));
        if (verbs.contains(last) && counted_verbs.insert(last).second) {
          auto& counts = support.verbal[last];
          for (const auto& w : words_of(sense)) {
            ++counts[w];
          }
        }
      }
    }
    const auto& sense = entry.senses[0];
    const std::vector<std::string> english = words_of(sense);
    std::unordered_set<std::string> counted; // each part once per entry
    for (const auto& term : sense.german) {
      // Labelled compounds are special language: "Seilführung {f} [techn.] :: rope guide" would
      // make Führung a "guide" before "management" and "leadership".
      if (!is_single_word(term.text) || term_gender(term) == Gender::None || term.text.size() < 7 ||
          is_old(term) || !term.labels.empty()) {
        continue;
      }
      const std::string lower = lower_german(term.text);
      // The longest head first: "Lohnsteuerkarte" is Lohnsteuer + Karte.
      for (std::size_t k = 3; k + 3 <= lower.size(); ++k) {
        if ((static_cast<unsigned char>(lower[k]) & 0xC0) == 0x80) {
          continue; // inside a UTF-8 letter
        }
        const std::string right = lower.substr(k);
        if (!nouns.contains(right)) {
          continue;
        }
        const std::string base = modifier_base(lower.substr(0, k));
        if (base == "-") {
          continue;
        }
        for (const std::string& part : {right, base}) {
          if (!part.empty() && counted.insert(part).second) {
            auto& counts = out[part];
            const std::string& other = part == right ? base : right;
            const auto po = own.find(part);
            const auto oo = own.find(other);
            for (const auto& w : english) {
              // "Gletscherrückzug :: glacier retreat": "glacier" is Gletscher's, not Rückzug's.
              if (oo != own.end() && oo->second.contains(w) &&
                  (po == own.end() || !po->second.contains(w))) {
                continue;
              }
              ++counts[w];
            }
          }
        }
        break;
      }
    }
  }
  return support;
}

// Orders candidates and takes up to two senses of each entry before any third: the learner sees
// the distinct meanings first ("operation; mission; stake"), not five synonyms of one.
std::vector<Gloss> merge_glosses(std::vector<Candidate>& list, std::vector<Gloss> out = {}) {
  std::stable_sort(list.begin(), list.end(), [](const Candidate& a, const Candidate& b) {
    return a.score != b.score ? a.score < b.score : a.entry < b.entry;
  });
  auto add = [&](const Gloss& g) {
    if (out.size() < k_max_glosses &&
        std::none_of(out.begin(), out.end(), [&](const Gloss& o) { return o.text == g.text; })) {
      out.push_back(g);
    }
  };
  // English marked as colloquial, dated or formal comes after every plain English word: laufen
  // is "to run; to go; ...", and "to hoof it [coll.]" only at the end.
  auto marked = [](const Gloss& g) {
    return std::any_of(g.labels.begin(), g.labels.end(), is_english_register_label);
  };
  for (const bool want_marked : {false, true}) {
    for (const auto& c : list) {
      for (std::size_t i = 0; i < c.glosses.size() && i < 2; ++i) {
        if (marked(c.glosses[i]) == want_marked) {
          add(c.glosses[i]);
        }
      }
    }
    for (const auto& c : list) {
      for (std::size_t i = 2; i < c.glosses.size(); ++i) {
        if (marked(c.glosses[i]) == want_marked) {
          add(c.glosses[i]);
        }
      }
    }
  }
  return out;
}

bool starts_upper(std::string_view s) {
  if (s.empty()) {
    return false;
  }
  const auto c = static_cast<unsigned char>(s[0]);
  return (c >= 'A' && c <= 'Z') ||
         (c == 0xC3 && s.size() > 1 &&
          (static_cast<unsigned char>(s[1]) == 0x84 || static_cast<unsigned char>(s[1]) == 0x96 ||
           static_cast<unsigned char>(s[1]) == 0x9C));
}

// Returns a principal part without the pronouns Ding sometimes writes before it:
// "ich/er/sie ging" -> "ging", "er/sie geht" -> "geht".
std::string without_pronouns(std::string_view part) {
  for (std::string_view prefix : {"ich/er/sie ", "er/sie/es ", "er/sie ", "wir/sie ", "du "}) {
    if (part.starts_with(prefix)) {
      return std::string(part.substr(prefix.size()));
    }
  }
  return std::string(part);
}

// Returns "ist" or "hat" when the entry shows the perfect: "er/sie ist/war gegangen",
// "er/sie hat/hatte gemusst"; empty otherwise.
std::string auxiliary_shown(const ding::Entry& entry, std::size_t alternative) {
  for (std::size_t i = 1; i < entry.senses.size(); ++i) {
    const auto& german = entry.senses[i].german;
    if (alternative >= german.size()) {
      continue;
    }
    const std::string& text = german[alternative].text;
    if (text.starts_with("er/sie ist/war ")) {
      return "ist";
    }
    if (text.starts_with("er/sie hat/hatte ")) {
      return "hat";
    }
  }
  return {};
}

} // namespace

std::optional<Pos> pos_from_ding_tag(std::string_view tag) {
  if (tag == "m" || tag == "f" || tag == "n" || tag == "pl") return Pos::Noun;
  if (tag == "vt" || tag == "vi" || tag == "vr" || tag == "v") return Pos::Verb;
  if (tag == "adj") return Pos::Adjective;
  if (tag == "adv") return Pos::Adverb;
  if (tag == "prp") return Pos::Adposition;
  if (tag == "conj") return Pos::Conjunction;
  if (tag == "pron") return Pos::Pronoun;
  if (tag == "art") return Pos::Determiner;
  if (tag == "num") return Pos::Numeral;
  if (tag == "interj") return Pos::Interjection;
  return std::nullopt;
}

DingData read_ding(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) {
    throw FileError("cannot read " + path.string() + " (run scripts/setup to install trans-de-en)");
  }
  DingData data;
  std::string line;
  while (std::getline(in, line)) {
    auto entry = ding::parse_line(line);
    if (!entry) {
      continue;
    }
    for (const auto& sense : entry->senses) {
      for (const auto& t : sense.german) {
        // Example sentences and proverbs may keep old spellings ("Wer A sagt, muß auch B
        // sagen."), and so may long names ("Wissenschaftlicher Ausschuß der Vereinten Nationen
        // zur Untersuchung ..."): only headwords and principal parts count as current spelling.
        if (is_old(t) || t.text.find_first_of(".!?,") != std::string::npos ||
            std::count(t.text.begin(), t.text.end(), ' ') > 3) {
          continue;
        }
        std::size_t pos = 0;
        while (pos < t.text.size()) {
          std::size_t end = t.text.find_first_of(" ,.!?;:\"'/()", pos);
          if (end == std::string::npos) {
            end = t.text.size();
          }
          if (end > pos) {
            std::string word = t.text.substr(pos, end - pos);
            data.current_words.insert(lower_german(word));
            data.current_words.insert(std::move(word));
          }
          pos = end + 1;
        }
      }
    }
    data.entries.push_back(std::move(*entry));
  }
  return data;
}

namespace {

// The term at `alternative` of sense `sense`, or nullptr.
const ding::Term* aligned(const ding::Entry& entry, std::size_t sense, std::size_t alternative) {
  if (sense < entry.senses.size() && alternative < entry.senses[sense].german.size()) {
    return &entry.senses[sense].german[alternative];
  }
  return nullptr;
}

bool has_reading(const LexiconModel& model, const std::string& form, Pos pos) {
  if (const auto* list = model.analyses(form)) {
    for (const auto& a : *list) {
      if (model.lemma(a.lemma).pos == pos) {
        return true;
      }
    }
  }
  return false;
}

// True when `form` has a reading from the closed-class list (or an auxiliary); with
// `except_conjunctions`, conjunction and particle readings do not count.
bool has_closed_class_reading(const LexiconModel& model, const std::string& form,
                              bool except_conjunctions) {
  if (const auto* list = model.analyses(form)) {
    for (const auto& a : *list) {
      switch (model.lemma(a.lemma).pos) {
      case Pos::Adposition:
      case Pos::Determiner:
      case Pos::Pronoun:
      case Pos::Auxiliary:
        return true;
      case Pos::Conjunction:
      case Pos::Subordinator:
      case Pos::Particle:
        if (!except_conjunctions) {
          return true;
        }
        break;
      default:
        break;
      }
    }
  }
  return false;
}

} // namespace


namespace {

// The plural's readings: nominative, genitive and accusative as given, the dative plural in -n
// (Tagen; not after -n or -s: den Wagen, den Autos).
void add_plural_forms(LexiconModel& model, LemmaId id, const std::string& plural) {
  namespace f = feature;
  model.add_form(plural, id, f::k_plural | f::k_nominative | f::k_genitive | f::k_accusative);
  const bool dative_n = !plural.ends_with('n') && !plural.ends_with('s');
  model.add_form(dative_n ? plural + "n" : plural, id, f::k_plural | f::k_dative);
}

} // namespace

// Morphy's table of a noun covers one of its homographs: "Tag" only as the neuter loanword
// (das Tag, die Tags), Ding also "Tag {m} | Tage {pl}" (der Tag, die Tage, den Tagen). Ding's
// plural gets its readings, with the dative plural in -n (Tagen; not after -n or -s: den Wagen,
// den Autos) and the genitive singular in -es/-s where text shows it (des Tages, des Tags). When
// real text shows Ding's plural more often than Morphy's ("tage" far above "tags"), Ding's
// gender and plural become the lemma's.
void add_homograph_plural(LexiconModel& model, LemmaId id, const ding::Term& term,
                          const ding::Term* plural_term) {
  namespace f = feature;
  if (plural_term == nullptr || !plural_term->has_tag("pl") || !is_single_word(plural_term->text) ||
      plural_term->text == model.lemma(id).plural || !starts_upper(plural_term->text)) {
    return;
  }
  const std::string plural = plural_term->text;
  const std::string& lemma_text = model.lemma(id).text;
  // A plural starts like its singular (Tag/Tage, Raum/Räume) and is not much longer.
  if (plural[0] != lemma_text[0] || plural.size() + 1 < lemma_text.size() ||
      plural.size() > lemma_text.size() + 5) {
    return;
  }
  // A homograph has a gender of its own (der Tag / das Tag); the same gender with another
  // plural is mostly Ding's adjectival noun ("Gläubiger {m} | Gläubigen"). Unless Morphy's
  // plural is a slip real text never shows ("Lohn": "Lohnn", Ding "Löhne") or is far rarer than
  // Ding's ("risikos" against "risiken"): then Ding's plural is the noun's.
  if (term_gender(term) == model.lemma(id).gender) {
    const std::string& morphy = model.lemma(id).plural;
    const std::uint32_t morphy_rank = morphy.empty() ? UINT32_MAX : model.text_rank(morphy);
    const std::uint32_t ding_rank = model.text_rank(plural);
    const bool morphy_unseen = morphy_rank == UINT32_MAX;
    const bool ding_far_more = morphy_rank / 4 > ding_rank;
    // Ding's plural must be seen in text and be no other noun's form: "Trupp {m} | Truppen"
    // would take the plural of Truppe.
    bool other_noun = false;
    if (const auto* list = model.analyses(plural)) {
      for (const auto& a : *list) {
        other_noun = other_noun || (a.lemma != id && model.lemma(a.lemma).pos == Pos::Noun);
      }
    }
    if (ding_rank == UINT32_MAX || other_noun || (!morphy_unseen && !ding_far_more)) {
      return;
    }
    add_plural_forms(model, id, plural);
    model.lemma(id).plural = plural;
    return;
  }
  if (const auto* list = model.analyses(plural)) {
    for (const auto& a : *list) {
      if (a.lemma == id && (a.features & f::k_plural) != 0 && (a.features & f::k_nominative) != 0) {
        return; // Morphy has it already (not just in one cell: its "Tag" has accusative "Tage")
      }
    }
  }
  const std::string text = model.lemma(id).text;
  add_plural_forms(model, id, plural);
  for (const char* ending : {"es", "s"}) {
    const std::string genitive = text + ending;
    if (model.text_rank(genitive) != UINT32_MAX) {
      model.add_form(genitive, id, f::k_singular | f::k_genitive);
    }
  }
  LemmaDraft& l = model.lemma(id);
  if (l.plural.empty() || model.text_rank(plural) < model.text_rank(l.plural)) {
    l.plural = plural;
    l.gender = term_gender(term);
    for (const char* ending : {"es", "s"}) {
      if (model.text_rank(text + ending) != UINT32_MAX) {
        l.genitive = text + ending;
        break;
      }
    }
  }
}

void drop_inflected_noun_lemmas(LexiconModel& model) {
  // "Tagen" (das Tagen, the nominalised verb) is in Morphy as a noun of its own; in text it is
  // almost always the dative plural of Tag. A noun lemma without a plural whose text is a plural
  // form of another noun that text shows more often ("tag" above "tagen") loses its readings.
  // "Essen" stays: "essen" is far more frequent than "esse". Likewise an old dative in -e that
  // Ding lists as a headword of its own: "am Rande" is Rand ("Rate" has a plural and stays).
  std::unordered_set<LemmaId> dropped;
  for (const auto& [form, list] : model.forms()) {
    for (const auto& a : list) {
      const LemmaDraft& own = model.lemma(a.lemma);
      if (own.pos != Pos::Noun || own.text != form || !own.plural.empty()) {
        continue;
      }
      for (const auto& b : list) {
        const LemmaDraft& other = model.lemma(b.lemma);
        const bool plural = (b.features & feature::k_plural) != 0;
        const bool old_dative = (b.features & feature::k_dative) != 0 &&
                                (b.features & feature::k_singular) != 0 && form.ends_with("e");
        if (b.lemma != a.lemma && other.pos == Pos::Noun && (plural || old_dative) &&
            model.text_rank(other.text) < model.text_rank(own.text)) {
          dropped.insert(a.lemma);
        }
      }
    }
  }
  for (auto& [form, list] : model.forms()) {
    std::erase_if(list, [&](const AnalysisDraft& a) { return dropped.contains(a.lemma); });
  }
  // Forms left without any reading are dropped by the writer only if empty lists are skipped;
  // remove them here.
  std::erase_if(model.forms(), [](const auto& entry) { return entry.second.empty(); });
}

void import_ding(const DingData& ding, LexiconModel& model, BuildStats& /*stats*/) {
  std::map<LemmaId, std::vector<Candidate>> candidates;
  std::unordered_map<std::string, Gloss> plural_glosses; // "Eltern" -> parents
  std::map<LemmaId, std::set<Gender>> ding_genders; // genders Ding gives a Morphy noun's headword
  std::map<std::pair<std::string, Pos>, std::vector<Candidate>> phrase_candidates;
  std::map<LemmaId, std::pair<bool, bool>> reflexive_seen; // (seen with sich, seen without)
  const std::size_t morphy_lemmas = model.lemmas().size();
  std::unordered_map<std::string, std::uint32_t> english_counts;
  for (const auto& entry : ding.entries) {
    for (const auto& sense : entry.senses) {
      for (const auto& t : sense.english) {
        ++english_counts[t.text];
      }
    }
  }
  const auto support = english_support(ding, model);
  // How strongly the compounds (or phrases) of `text` speak for an entry's first English gloss.
  auto compound_support = [&](const std::string& text, Pos pos, const ding::Entry& entry) {
    const auto& counts = pos == Pos::Verb ? support.verbal : support.nominal;
    const auto it = counts.find(lower_german(text));
    if (it == counts.end() || entry.senses[0].english.empty()) {
      return 0.0;
    }
    std::uint32_t best = 0;
    for (const auto& w : english_words(entry.senses[0].english[0].text)) {
      if (const auto c = it->second.find(w); c != it->second.end()) {
        best = std::max(best, c->second);
      }
    }
    // One compound is an accident ("Flugzeugzelle :: airframe"); two or more are a pattern.
    return best < 2 ? 0.0 : static_cast<double>(best);
  };
  // Ding tags some adverbs {conj} as well ("weiterhin {conj}": plus): the adverb reading wins.
  std::unordered_set<std::string> adverbs;
  for (const auto& entry : ding.entries) {
    if (!entry.senses.empty()) {
      for (const auto& t : entry.senses[0].german) {
        if (t.has_tag("adv") && is_single_word(t.text)) {
          adverbs.insert(t.text);
        }
      }
    }
  }

  for (std::size_t e = 0; e < ding.entries.size(); ++e) {
    const auto& entry = ding.entries[e];
    if (entry.senses.empty()) {
      continue;
    }
    const auto& head = entry.senses[0];
    const auto glosses = english_glosses(head);
    if (glosses.empty()) {
      continue;
    }
    // A plural that is a headword of its own elsewhere: "Elternteil {n} | Eltern {pl}; Elternpaar
    // {n} :: parent | parents; parent couple" glosses Eltern, which Morphy has as a plural-only
    // noun and Ding never lists on its own.
    for (std::size_t k = 1; k < entry.senses.size() && k < 3; ++k) {
      const auto& sense = entry.senses[k];
      for (std::size_t alt = 0; alt < sense.german.size(); ++alt) {
        const auto& term = sense.german[alt];
        if (term.has_tag("pl") && is_single_word(term.text) && starts_upper(term.text) &&
            alt < sense.english.size() && !sense.english[alt].text.empty()) {
          plural_glosses.try_emplace(term.text, Gloss{sense.english[alt].text, sense.english[alt].labels});
        }
      }
    }
    for (std::size_t alt = 0; alt < head.german.size(); ++alt) {
      const auto& term = head.german[alt];
      if (term.text.empty() || is_old(term)) {
        continue;
      }
      const auto pos = term_pos(term);
      if (!pos) {
        continue;
      }
      double score = entry_score(entry, alt, term, *pos, english_counts);
      score -= (*pos == Pos::Verb ? k_phrase_weight : k_compound_weight) *
               std::log2(1.0 + compound_support(term.text, *pos, entry));
      if (!is_single_word(term.text)) {
        // "nach wie vor", "in der Lage sein": fixed phrases, looked up by headword.
        phrase_candidates[{term.text, *pos}].push_back(Candidate{score, e, glosses});
        continue;
      }
      std::optional<LemmaId> id = model.find_lemma(term.text, *pos);
      if (!id && *pos == Pos::Noun) {
        id = model.find_lemma(term.text, Pos::ProperNoun);
      }
      if (!id && *pos == Pos::Conjunction) {
        id = model.find_lemma(term.text, Pos::Subordinator);
      }
      if (!id && *pos == Pos::Verb) {
        id = model.find_lemma(term.text, Pos::Auxiliary);
      }
      if (!id) {
        if (*pos == Pos::Noun) {
          // A noun Morphy lacks: gender from the tag, plural from the {pl} sense at the same place
          // ("Drohne {f} | Drohnen {pl}"). Nouns are capitalised; "{m}" on "ca." is noise.
          if ((term.has_tag("pl") && term_gender(term) == Gender::None) || !starts_upper(term.text)) {
            continue;
          }
          // Places are proper nouns: "Frankreich {n} [geogr.]", "Irak {m} [geogr.]".
          const bool place = std::find(term.labels.begin(), term.labels.end(), "[geogr.]") !=
                             term.labels.end();
          id = model.add_lemma(term.text, place ? Pos::ProperNoun : Pos::Noun);
          auto& l = model.lemma(*id);
          l.gender = term_gender(term);
          model.add_form(term.text, *id, feature::k_singular);
          if (place && !term.text.ends_with('s') && !term.text.ends_with('x') &&
              !term.text.ends_with('z')) {
            model.add_form(term.text + "s", *id, feature::k_genitive | feature::k_singular); // Iraks
          }
          // Only where the plural sense lines up with the headword sense one to one, and the
          // plural starts like its singular: "Alliierte; Alliierter; Verbündete; Verbündeter |
          // die Alliierten; die Verbündeten" pairs Alliierter with Verbündeten otherwise.
          const bool one_to_one = entry.senses.size() > 1 &&
                                  (entry.senses[1].german.size() == head.german.size() ||
                                   head.german.size() == 1);
          if (const auto* plural = aligned(entry, 1, alt);
              one_to_one && plural != nullptr && plural->has_tag("pl") &&
              is_single_word(plural->text) && plural->text[0] == term.text[0]) {
            l.plural = plural->text;
            model.add_form(l.plural, *id, feature::k_plural);
          }
        } else if (*pos == Pos::Verb) {
          // A verb Morphy lacks (vereinbaren): conjugate it from the principal parts, when the
          // entry has all of them.
          const auto* p1 = aligned(entry, 1, alt);
          const auto* p2 = aligned(entry, 2, alt);
          const auto* pres = aligned(entry, 3, alt);
          const auto* past = aligned(entry, 4, alt);
          if (principal_part_senses(entry, Pos::Verb) < 4 || p1 == nullptr || p2 == nullptr ||
              pres == nullptr || past == nullptr || starts_upper(term.text)) {
            continue;
          }
          id = model.add_lemma(term.text, Pos::Verb);
          conjugate_from_principal_parts(model, *id, term.text, p1->text, p2->text,
                                         without_pronouns(pres->text),
                                         without_pronouns(past->text));
        } else if (has_closed_class_reading(model, term.text, *pos == Pos::Adverb)) {
          // "in {adj} [ugs.]" (trendy) must not make "in" an adjective; but conjunctions may be
          // adverbs too: "noch" (weder ... noch; still), "aber" (but; however).
          continue;
        } else if (*pos == Pos::Adjective) {
          // An adjective Morphy lacks ("dschihadistisch"): regular declension. Only plain
          // lowercase words; participles and compounds with hyphens are left out.
          if (starts_upper(term.text) || term.text.find_first_of("-0123456789") != std::string::npos) {
            continue;
          }
          id = model.add_lemma(term.text, Pos::Adjective);
          decline_regular_adjective(model, *id);
        } else {
          // Adverbs (weiterhin, bereits) and function words the closed-class list lacks. A word
          // that is also an adjective stays ADJ, as in UD German ("er läuft schnell"), and its
          // adverb senses join the adjective's: "eigentlich {adv}" (actually) beside
          // "eigentlich {adj}" (actual, proper).
          if (has_reading(model, term.text, Pos::Adjective)) {
            id = model.find_lemma(term.text, Pos::Adjective);
            if (!id && *pos == Pos::Adverb) {
              // An adverb spelt like an inflected adjective: "lange" (for a long time), "früher"
              // (in the past). Its text reads as the adjective (lang, früh); the adverb lemma,
              // without forms, carries the glosses for the adverb the lemmatizer gives
              // standing alone ("Das dauert lange").
              id = model.find_lemma(term.text, Pos::Adverb);
              if (!id) {
                id = model.add_lemma(term.text, Pos::Adverb);
              }
            } else if (!id || *pos != Pos::Adverb) {
              continue;
            }
          }
          if (!id) {
            bool function_word = false;
            if (const auto* list = model.analyses(term.text)) {
              for (const auto& a : *list) {
                const Pos p = model.lemma(a.lemma).pos;
                function_word = function_word || (p != Pos::Noun && p != Pos::Verb &&
                                                  p != Pos::ProperNoun && p != Pos::Adverb);
              }
            }
            if (*pos != Pos::Adverb && (function_word || adverbs.contains(term.text))) {
              continue;
            }
            id = model.add_lemma(term.text, *pos);
            model.add_form(term.text, *id, 0);
          }
        }
      }
      auto& flags = reflexive_seen[*id];
      (term.reflexive ? flags.first : flags.second) = true;
      candidates[*id].push_back(Candidate{score, e, glosses});

      const bool from_morphy = *id < morphy_lemmas;
      if (*pos == Pos::Noun && from_morphy && term.text == model.lemma(*id).text &&
          term_gender(term) != Gender::None) {
        ding_genders[*id].insert(term_gender(term));
      }
      if (*pos == Pos::Noun && from_morphy && model.lemma(*id).pos == Pos::Noun &&
          term_gender(term) != Gender::None) {
        // Only where the plural sense lines up with the headword sense one to one.
        if (entry.senses.size() > 1 &&
            (entry.senses[1].german.size() == head.german.size() || head.german.size() == 1)) {
          add_homograph_plural(model, *id, term, aligned(entry, 1, alt));
        }
      }
      if (*pos == Pos::Verb && from_morphy && principal_part_senses(entry, Pos::Verb) >= 4) {
        // "etw. ankündigen {vt} | ankündigend | angekündigt | kündigt an | kündigte an": fill the
        // principal parts Morphy lacks.
        auto& l = model.lemma(*id);
        const auto* p2 = aligned(entry, 2, alt);
        const auto* past = aligned(entry, 4, alt);
        if (l.participle2.empty() && p2 != nullptr) {
          l.participle2 = p2->text;
        }
        if (l.past.empty() && past != nullptr) {
          l.past = without_pronouns(past->text);
        }
      }
      if (*pos == Pos::Verb) {
        // Ding's "er/sie ist/war gegangen" beats our rule of thumb for the auxiliary.
        if (auto aux = auxiliary_shown(entry, alt); !aux.empty()) {
          model.lemma(*id).auxiliary = aux;
        }
      }
      if (*pos == Pos::Adjective && principal_part_senses(entry, Pos::Adjective) == 2) {
        const auto* comparative = aligned(entry, 1, alt);
        const auto* superlative = aligned(entry, 2, alt);
        if (comparative != nullptr && superlative != nullptr &&
            model.lemma(*id).pos == Pos::Adjective) {
          add_comparison(model, *id, comparative->text, superlative->text);
        }
      }
    }
  }

  for (const auto& [text, gloss] : plural_glosses) {
    const auto id = model.find_lemma(text, Pos::Noun);
    if (id && !candidates.contains(*id) && model.lemma(*id).glosses.empty()) {
      model.lemma(*id).glosses.push_back(gloss);
    }
  }
  // WORTKISTE_DEBUG_GLOSS=Einsatz prints how the candidate entries of a lemma were scored.
  const char* debug = std::getenv("WORTKISTE_DEBUG_GLOSS");
  for (auto& [id, list] : candidates) {
    model.lemma(id).glosses = merge_glosses(list, std::move(model.lemma(id).glosses));
    if (debug != nullptr && model.lemma(id).text == debug) {
      for (const auto& c : list) {
        std::fprintf(stderr, "%s %s %.2f entry %zu: %s\n", debug,
                     std::string(to_ud(model.lemma(id).pos)).c_str(), c.score, c.entry,
                     c.glosses.empty() ? "" : c.glosses[0].text.c_str());
      }
    }
  }
  // Morphy's tables file some nouns as neuter that are not: "Norden" (der), "Ebene" (die),
  // "Liebe" (die), "Antike" (die), and nominalised adjectives for persons: "Abgeordnete",
  // "Beschuldigte" (Ding: "Abgeordnete {m,f}"). Where Ding never lists the noun as neuter, its
  // gender wins: the one it gives, or masculine where it gives both ("der Abgeordnete"). Nouns
  // Ding lists as neuter as well keep Morphy's ("das Gehalt", "der Gehalt").
  for (const auto& [id, genders] : ding_genders) {
    LemmaDraft& l = model.lemma(id);
    if (l.gender == Gender::Neuter && !genders.empty() && !genders.contains(Gender::Neuter)) {
      l.gender = genders.contains(Gender::Masculine) ? Gender::Masculine : *genders.begin();
    }
  }
  // A neuter "-e" noun beside a masculine "-er" noun of the same stem is a nominalised adjective
  // for a person: "Beschuldigte" beside "Beschuldigter" is "der Beschuldigte".
  for (LemmaId id = 0; id < model.lemmas().size(); ++id) {
    LemmaDraft& l = model.lemma(id);
    if (l.pos != Pos::Noun || l.gender != Gender::Neuter || !l.text.ends_with("e")) {
      continue;
    }
    const auto strong = model.find_lemma(l.text + "r", Pos::Noun);
    if (strong && model.lemma(*strong).gender == Gender::Masculine) {
      model.lemma(id).gender = Gender::Masculine;
    }
  }
  for (const auto& [id, flags] : reflexive_seen) {
    // Ding lists "sich weigern" but never plain "weigern": a reflexive verb.
    if (model.lemma(id).pos == Pos::Verb && flags.first && !flags.second) {
      model.lemma(id).reflexive = true;
    }
  }
  // A verb Ding lists only inside phrases takes the phrase's senses: "gelangen" has no entry
  // of its own, but "an einen Ort gelangen :: to reach a place". Only short phrases that end in
  // the verb, with the phrase in brackets so the card shows where the sense comes from.
  std::unordered_map<std::string, std::vector<std::pair<double, Gloss>>> phrase_senses;
  for (const auto& [key, list] : phrase_candidates) {
    const auto& [text, pos] = key;
    const auto space = text.rfind(' ');
    if (pos != Pos::Verb || space == std::string::npos ||
        std::count(text.begin(), text.end(), ' ') > 3) {
      continue;
    }
    for (const auto& c : list) {
      if (!c.glosses.empty()) {
        Gloss g = c.glosses.front();
        g.text += " (" + text + ")";
        phrase_senses[text.substr(space + 1)].emplace_back(c.score, std::move(g));
      }
    }
  }
  for (auto& [verb, senses] : phrase_senses) {
    const auto id = model.find_lemma(verb, Pos::Verb);
    if (!id || !model.lemma(*id).glosses.empty()) {
      continue;
    }
    std::stable_sort(senses.begin(), senses.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t k = 0; k < senses.size() && k < 2; ++k) {
      model.lemma(*id).glosses.push_back(senses[k].second);
    }
  }
  for (auto& [key, list] : phrase_candidates) {
    PhraseDraft phrase;
    phrase.text = key.first;
    phrase.pos = key.second;
    phrase.glosses = merge_glosses(list);
    model.phrases.push_back(std::move(phrase));
  }
}

std::size_t merge_noun_variants(const DingData& ding, LexiconModel& model) {
  std::unordered_map<std::string, std::uint32_t> singular_headwords;
  for (const auto& entry : ding.entries) {
    for (const auto& sense : entry.senses) {
      for (const auto& term : sense.german) {
        if (term_gender(term) != Gender::None && !term.has_tag("pl")) {
          ++singular_headwords[term.text];
        }
      }
    }
  }
  auto count = [&](const std::string& text) {
    const auto it = singular_headwords.find(text);
    return it == singular_headwords.end() ? 0u : it->second;
  };
  std::unordered_map<LemmaId, LemmaId> into; // dropped -> kept
  for (LemmaId id = 0; id < model.lemmas().size(); ++id) {
    const LemmaDraft& long_form = model.lemma(id);
    if (long_form.pos != Pos::Noun || long_form.text.size() < 5 || !long_form.text.ends_with("n")) {
      continue;
    }
    const std::string short_text = long_form.text.substr(0, long_form.text.size() - 1);
    const auto short_id = model.find_lemma(short_text, Pos::Noun);
    if (!short_id || model.lemma(*short_id).gender != long_form.gender) {
      continue;
    }
    const auto long_count = count(long_form.text);
    const auto short_count = count(short_text);
    if (long_count == 0 && short_count > 0) {
      into[id] = *short_id;
    } else if (short_count == 0 && long_count > 0) {
      into[*short_id] = id;
    }
  }
  for (auto& [form, list] : model.forms()) {
    for (auto& a : list) {
      if (const auto it = into.find(a.lemma); it != into.end()) {
        a.lemma = it->second;
      }
    }
    // Two readings of the kept lemma now: one, with the features of both.
    for (std::size_t i = 0; i < list.size(); ++i) {
      for (std::size_t j = i + 1; j < list.size();) {
        if (list[j].lemma == list[i].lemma && list[j].particle == list[i].particle) {
          list[i].features |= list[j].features;
          list.erase(list.begin() + static_cast<std::ptrdiff_t>(j));
        } else {
          ++j;
        }
      }
    }
  }
  return into.size();
}

std::vector<std::string> ding_places(const std::vector<ding::Entry>& entries,
                                     const LexiconModel& model) {
  std::vector<std::string> places;
  auto geographic = [](const ding::Term& t) {
    auto has = [](const std::vector<std::string>& labels) {
      return std::find(labels.begin(), labels.end(), "[geogr.]") != labels.end();
    };
    return has(t.labels) || has(t.group_labels);
  };
  for (const auto& entry : entries) {
    const ding::Sense& head = entry.senses.front();
    if (head.english.empty() || head.english.front().text.empty() ||
        !std::isupper(static_cast<unsigned char>(head.english.front().text.front()))) {
      continue;
    }
    for (const auto& term : head.german) {
      const std::string& text = term.text;
      if (!geographic(term) || text.size() < 3 || text.find(' ') != std::string::npos ||
          text.find('.') != std::string::npos || !starts_upper(text) ||
          model.analyses(text) != nullptr) {
        continue;
      }
      places.push_back(text);
    }
  }
  std::sort(places.begin(), places.end());
  places.erase(std::unique(places.begin(), places.end()), places.end());
  return places;
}

namespace {

// The letters of `word` without its vowels: "wandte" -> "wndt".
std::string consonants(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (std::string_view("aeiouy").find(c) != std::string_view::npos) {
      continue;
    }
    if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < word.size()) {
      const auto next = static_cast<unsigned char>(word[i + 1]);
      if (next == 0xA4 || next == 0xB6 || next == 0xBC) { // ä ö ü
        ++i;
        continue;
      }
    }
    out += c;
  }
  return out;
}

// Gives verb `id` the past paradigm of `past` ("wandte", "wandten", ...) unless the model has
// that past under it already. Returns 1 when it added, else 0.
std::size_t add_missing_past(LexiconModel& model, LemmaId id, const std::string& past) {
  if (const auto* list = model.analyses(past)) {
    for (const auto& a : *list) {
      if (a.lemma == id && (a.features & feature::k_past) != 0) {
        return 0;
      }
    }
  }
  add_past_paradigm(model, id, past, {});
  return 1;
}

} // namespace

std::size_t add_ding_past_forms(const DingData& ding, LexiconModel& model) {
  std::size_t completed = 0;
  for (const auto& entry : ding.entries) {
    if (entry.senses.empty() || principal_part_senses(entry, Pos::Verb) < 4) {
      continue;
    }
    for (std::size_t alt = 0; alt < entry.senses[0].german.size(); ++alt) {
      const auto& term = entry.senses[0].german[alt];
      const auto* past_term = aligned(entry, 4, alt);
      if (!term_pos(term) || *term_pos(term) != Pos::Verb || past_term == nullptr ||
          !is_single_word(term.text)) {
        continue;
      }
      auto id = model.find_lemma(term.text, Pos::Verb);
      if (!id || !model.lemma(*id).separable_prefix.empty()) {
        // A particle verb's past names its base verb's: "anwenden ... | ich/er/sie wandte an"
        // gives wenden "wandte", which Morphy conjugates only weak (wendete); "sandte aus"
        // gives senden "sandte". Every past of the sense counts ("sendete aus; sandte aus"),
        // since Ding does not line them up with the headword's synonyms.
        const auto split = split_separable(term.text, false);
        const auto base = split ? model.find_lemma(split->base, Pos::Verb) : std::nullopt;
        if (!split || !base || !model.lemma(*base).separable_prefix.empty()) {
          continue;
        }
        for (const auto& t : entry.senses[4].german) {
          const std::string shown = without_pronouns(t.text);
          const auto space = shown.find(' ');
          if (space == std::string::npos || shown.substr(space + 1) != split->particle) {
            continue;
          }
          // The past keeps the base's consonants ("wandte" w-n-d of wenden), which tells it
          // from a synonym's ("einschicken; einsenden | ... | schickte ein; sandte ein").
          const std::string past = shown.substr(0, space);
          const std::string stem = split->base.substr(0, split->base.size() - (split->base.ends_with("en") ? 2 : 1));
          if (past.size() < 2 || past.find_first_of("/()") != std::string::npos ||
              !consonants(past).starts_with(consonants(stem))) {
            continue;
          }
          completed += add_missing_past(model, *base, past);
        }
        continue;
      }
      const std::string past = without_pronouns(past_term->text);
      // A strong past starts like its verb (hing/hängen, dachte/denken); anything else is a
      // misaligned sense.
      if (!is_single_word(past) || past.find_first_of("/()") != std::string::npos ||
          past.empty() || past[0] != term.text[0] || past.size() < 2) {
        continue;
      }
      completed += add_missing_past(model, *id, past);
    }
  }
  return completed;
}

std::size_t load_gloss_supplement(const std::filesystem::path& tsv, LexiconModel& model) {
  std::size_t covered = 0;
  for_each_tsv_row(tsv, "lemma<TAB>UD-POS<TAB>gloss; gloss", [&](const TsvRow& r,
                                                                 std::size_t line) {
    const std::string& lemma = r[0];
    const auto pos = pos_from_ud(r[1]);
    if (!pos) {
      throw FileError(tsv_error(tsv, line, "unknown UD tag"));
    }
    std::optional<LemmaId> id = model.find_lemma(lemma, *pos);
    if (!id) {
      id = model.add_lemma(lemma, *pos);
      if (*pos == Pos::Adjective) {
        decline_regular_adjective(model, *id); // "monatelang": monatelangen ...
      } else {
        model.add_form(lemma, *id, 0);
      }
    }
    std::vector<Gloss> glosses;
    for (auto part : ding::split_top_level(std::string_view(r[2]), ";")) {
      auto term = ding::parse_term(part, false);
      if (!term.text.empty()) {
        glosses.push_back(Gloss{term.text, term.labels});
      }
    }
    auto& existing = model.lemma(*id).glosses;
    for (auto& g : existing) {
      if (std::none_of(glosses.begin(), glosses.end(), [&](const Gloss& o) { return o.text == g.text; })) {
        glosses.push_back(std::move(g));
      }
    }
    existing = std::move(glosses);
    ++covered;
  });
  return covered;
}

} // namespace wortkiste::lexicon
