// Ding (trans-de-en, GPL-2+) into the lexicon: glosses and what Morphy lacks.

#include "lexicon/ding_import.h"

#include "core/error.h"
#include "lexicon/sources.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace wortkiste::lexicon {

namespace {

constexpr std::size_t k_max_glosses = 12;

bool is_single_word(std::string_view s) {
  return !s.empty() && s.find(' ') == std::string_view::npos;
}

std::string lower_ascii_umlaut(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      const auto d = static_cast<unsigned char>(out[i + 1]);
      if (d == 0x84 || d == 0x96 || d == 0x9C) {
        out[i + 1] = static_cast<char>(d + 0x20);
      }
      ++i;
    }
  }
  return out;
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
    if (!e.text.empty()) {
      out.push_back(Gloss{e.text, e.labels});
    }
  }
  return out;
}

struct Candidate {
  int priority = 0; // 0: the term is the entry's only headword; 1: one of several
  std::size_t entry = 0;
  std::vector<Gloss> glosses;
};

} // namespace

std::optional<Pos> pos_from_ding_tag(std::string_view tag) {
  if (tag == "m" || tag == "f" || tag == "n" || tag == "pl") return Pos::Noun;
  if (tag == "vt" || tag == "vi" || tag == "vr") return Pos::Verb;
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
        if (is_old(t)) {
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
            data.current_words.insert(lower_ascii_umlaut(word));
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

void import_ding(const DingData& ding, LexiconModel& model, BuildStats& /*stats*/) {
  std::map<LemmaId, std::vector<Candidate>> candidates;
  std::map<std::pair<std::string, Pos>, std::vector<Candidate>> phrase_candidates;
  std::map<LemmaId, std::pair<bool, bool>> reflexive_seen; // (seen with sich, seen without)

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
    const int priority = head.german.size() == 1 ? 0 : 1;
    for (std::size_t alt = 0; alt < head.german.size(); ++alt) {
      const auto& term = head.german[alt];
      if (term.text.empty() || is_old(term)) {
        continue;
      }
      const auto pos = term_pos(term);
      if (!pos) {
        continue;
      }
      if (!is_single_word(term.text)) {
        // "nach wie vor", "in der Lage sein": fixed phrases, looked up by headword.
        phrase_candidates[{term.text, *pos}].push_back(Candidate{priority, e, glosses});
        continue;
      }
      std::optional<LemmaId> id = model.find_lemma(term.text, *pos);
      if (!id && *pos == Pos::Conjunction) {
        id = model.find_lemma(term.text, Pos::Subordinator);
      }
      if (!id && *pos == Pos::Verb) {
        id = model.find_lemma(term.text, Pos::Auxiliary);
      }
      if (!id) {
        if (*pos == Pos::Noun) {
          // A noun Morphy lacks: gender from the tag, plural from the {pl} sense at the same place
          // ("Drohne {f} | Drohnen {pl}").
          if (term.has_tag("pl") && term_gender(term) == Gender::None) {
            continue; // a plural-only headword is listed by its plural
          }
          id = model.add_lemma(term.text, Pos::Noun);
          auto& l = model.lemma(*id);
          l.gender = term_gender(term);
          model.add_form(term.text, *id, feature::k_singular);
          if (entry.senses.size() > 1 && alt < entry.senses[1].german.size() &&
              entry.senses[1].german[alt].has_tag("pl") &&
              is_single_word(entry.senses[1].german[alt].text)) {
            l.plural = entry.senses[1].german[alt].text;
            model.add_form(l.plural, *id, feature::k_plural);
          }
        } else if (*pos == Pos::Verb || *pos == Pos::Adjective) {
          continue; // without Morphy's tables we cannot inflect them; glosses only for known ones
        } else {
          // Adverbs (weiterhin, bereits) and function words the closed-class list lacks.
          bool known = false;
          if (const auto* list = model.analyses(term.text)) {
            for (const auto& a : *list) {
              const Pos p = model.lemma(a.lemma).pos;
              known = known || (p != Pos::Noun && p != Pos::Verb && p != Pos::Adjective &&
                                p != Pos::ProperNoun);
            }
          }
          if (known && *pos != Pos::Adverb) {
            continue;
          }
          id = model.add_lemma(term.text, *pos);
          model.add_form(term.text, *id, 0);
        }
      }
      auto& flags = reflexive_seen[*id];
      (term.reflexive ? flags.first : flags.second) = true;
      candidates[*id].push_back(Candidate{priority, e, glosses});

      // Verb principal parts: "etw. ankündigen {vt} | ankündigend | angekündigt | kündigt an |
      // kündigte an". Fill what Morphy lacks.
      if (*pos == Pos::Verb && head.german.size() == 1 && entry.senses.size() >= 5) {
        auto& l = model.lemma(*id);
        const auto& p2 = entry.senses[2].german;
        const auto& past = entry.senses[4].german;
        if (l.participle2.empty() && !p2.empty()) {
          l.participle2 = p2[0].text;
        }
        if (l.past.empty() && !past.empty()) {
          l.past = past[0].text;
        }
      }
    }
  }

  for (auto& [id, list] : candidates) {
    std::stable_sort(list.begin(), list.end(), [](const Candidate& a, const Candidate& b) {
      return a.priority != b.priority ? a.priority < b.priority : a.entry < b.entry;
    });
    auto& out = model.lemma(id).glosses;
    for (const auto& c : list) {
      for (const auto& g : c.glosses) {
        if (out.size() >= k_max_glosses) {
          break;
        }
        if (std::none_of(out.begin(), out.end(), [&](const Gloss& o) { return o.text == g.text; })) {
          out.push_back(g);
        }
      }
    }
  }
  for (const auto& [id, flags] : reflexive_seen) {
    // Ding lists "sich weigern" but never plain "weigern": a reflexive verb.
    if (model.lemma(id).pos == Pos::Verb && flags.first && !flags.second) {
      model.lemma(id).reflexive = true;
    }
  }
  for (auto& [key, list] : phrase_candidates) {
    std::stable_sort(list.begin(), list.end(), [](const Candidate& a, const Candidate& b) {
      return a.priority != b.priority ? a.priority < b.priority : a.entry < b.entry;
    });
    PhraseDraft phrase;
    phrase.text = key.first;
    phrase.pos = key.second;
    for (const auto& c : list) {
      for (const auto& g : c.glosses) {
        if (phrase.glosses.size() < k_max_glosses &&
            std::none_of(phrase.glosses.begin(), phrase.glosses.end(),
                         [&](const Gloss& o) { return o.text == g.text; })) {
          phrase.glosses.push_back(g);
        }
      }
    }
    model.phrases.push_back(std::move(phrase));
  }
}

std::size_t load_gloss_supplement(const std::filesystem::path& tsv, LexiconModel& model) {
  std::istringstream in(read_file(tsv));
  std::string line;
  std::size_t number = 0;
  std::size_t covered = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line.front() == '#') {
      continue;
    }
    const std::size_t a = line.find('\t');
    const std::size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos) {
      throw FileError(tsv.string() + ":" + std::to_string(number) +
                      ": expected lemma<TAB>UD-POS<TAB>gloss; gloss");
    }
    const std::string lemma = line.substr(0, a);
    const auto pos = pos_from_ud(line.substr(a + 1, b - a - 1));
    if (!pos) {
      throw FileError(tsv.string() + ":" + std::to_string(number) + ": unknown UD tag");
    }
    std::optional<LemmaId> id = model.find_lemma(lemma, *pos);
    if (!id) {
      id = model.add_lemma(lemma, *pos);
      model.add_form(lemma, *id, 0);
    }
    std::vector<Gloss> glosses;
    for (auto part : ding::split_top_level(std::string_view(line).substr(b + 1), ";")) {
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
  }
  return covered;
}

} // namespace wortkiste::lexicon
