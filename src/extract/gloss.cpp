#include "extract/gloss.h"

#include "extract/candidates.h"

#include <algorithm>

namespace wortkiste::extract {

namespace {

std::string lowercase_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

// Trims spaces and a trailing ";" or "," that Ding leaves on some senses.
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == ';' || s.back() == ',')) {
    s.remove_suffix(1);
  }
  return s;
}

// Shortens `s` at the last space before `max_chars` and marks the cut with "…".
std::string shorten(std::string_view s, std::size_t max_chars) {
  if (s.size() <= max_chars) {
    return std::string(s);
  }
  std::size_t cut = s.rfind(' ', max_chars);
  if (cut == std::string_view::npos || cut < max_chars / 2) {
    cut = max_chars;
    // Never cut inside a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) {
      --cut;
    }
  }
  return std::string(trim(s.substr(0, cut))) + "\u2026";
}

} // namespace

std::string GlossChoice::text() const {
  std::string out;
  for (const std::string& sense : senses) {
    if (!out.empty()) {
      out += "; ";
    }
    out += sense;
  }
  return out;
}

GlossChoice choose_gloss(std::span<const lexicon::Gloss> senses, std::size_t max_senses,
                         std::size_t max_chars) {
  GlossChoice choice;
  std::vector<std::string> seen;
  std::size_t length = 0;
  for (const lexicon::Gloss& gloss : senses) {
    if (choice.senses.size() >= max_senses) {
      break;
    }
    const std::string_view text = trim(gloss.text);
    if (text.empty()) {
      continue;
    }
    std::string key = lowercase_ascii(text);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
      continue; // Ding repeats a sense under several headwords
    }
    if (choice.senses.empty()) {
      choice.senses.push_back(shorten(text, max_chars));
      length = choice.senses.back().size();
    } else {
      const std::size_t added = text.size() + 2; // "; "
      if (length + added > max_chars) {
        continue; // a shorter later sense may still fit
      }
      choice.senses.emplace_back(text);
      length += added;
    }
    choice.labels.push_back(gloss.labels);
    seen.push_back(std::move(key));
  }
  return choice;
}

std::optional<std::string> compound_gloss(std::span<const std::string> parts,
                                          std::span<const std::vector<lexicon::Gloss>> senses) {
  std::string out;
  bool any = false;
  for (std::size_t i = 0; i < senses.size(); ++i) {
    if (!out.empty()) {
      out += " + ";
    }
    const GlossChoice first = choose_gloss(senses[i], 1, 30);
    if (first.senses.empty()) {
      out += i < parts.size() ? parts[i] : std::string("?");
    } else {
      // "Militär {n} :: the military": inside "military + alliance + mission" the article goes.
      std::string_view part = first.senses.front();
      for (std::string_view article : {"the ", "a ", "an "}) {
        if (part.size() > article.size() + 2 && part.starts_with(article)) {
          part.remove_prefix(article.size());
          break;
        }
      }
      out += part;
      any = true;
    }
  }
  if (!any) {
    return std::nullopt;
  }
  return out;
}

GlossChoice gloss_for(const lexicon::Lexicon& lexicon, std::string_view lemma, lexicon::Pos pos,
                      std::span<const std::string> compound_parts) {
  const bool reflexive = lemma.starts_with("sich ");
  const std::string_view bare = without_reflexive(lemma);
  std::vector<lexicon::Gloss> senses;
  if (const auto id = lexicon.find_lemma(bare, pos)) {
    senses = lexicon.glosses(*id);
  }
  // A feminine "-in" the dictionary lacks is glossed through its masculine: "Oberbürgermeisterin"
  // -> "Lord Mayor (woman)" from Oberbürgermeister, not "Ober" + "Bürgermeisterin".
  if (senses.empty() && pos == lexicon::Pos::Noun && bare.size() > 6 && bare.ends_with("in") &&
      !bare.ends_with("ein")) {
    // The masculine may lack the umlaut: "Ärztin" -> Arzt, "Köchin" -> Koch, "Bäuerin" -> Bauer.
    const std::string stem(bare.substr(0, bare.size() - 2));
    std::string plain = stem;
    for (const auto& [umlaut, vowel] : {std::pair<std::string_view, std::string_view>{"ä", "a"},
                                        {"ö", "o"}, {"ü", "u"}, {"Ä", "A"}, {"Ö", "O"}, {"Ü", "U"}}) {
      if (const auto at = plain.rfind(umlaut); at != std::string::npos) {
        plain.replace(at, umlaut.size(), vowel);
        break;
      }
    }
    for (const std::string& masculine : {stem, plain}) {
      if (const auto id = lexicon.find_lemma(masculine, lexicon::Pos::Noun);
          id && senses.empty()) {
        senses = lexicon.glosses(*id);
        for (auto& g : senses) {
          g.text += " (woman)";
        }
      }
    }
  }
  // An adverb spelt like an adjective lemma has its senses there: "früher" (in the past) is
  // glossed with the adjective früher (former), where the lexicon build put "früher {adv}".
  if (senses.empty() && pos == lexicon::Pos::Adverb) {
    if (const auto id = lexicon.find_lemma(bare, lexicon::Pos::Adjective)) {
      senses = lexicon.glosses(*id);
    }
  }
  if (senses.empty()) {
    // Adverbs, fixed phrases ("nach wie vor"), and lemmas the inflection tables lack.
    senses = lexicon.phrase_glosses(lemma);
    if (senses.empty() && reflexive) {
      senses = lexicon.phrase_glosses(bare);
    }
  }
  if (reflexive) {
    // "sich richten gegen" = "to be directed against": Ding marks reflexive senses with "oneself"
    // or lists them under "sich ..."; put those first, keep Ding's order otherwise.
    std::stable_partition(senses.begin(), senses.end(), [](const lexicon::Gloss& g) {
      const bool labelled = std::any_of(g.labels.begin(), g.labels.end(), [](const std::string& l) {
        return l.find("sich") != std::string::npos || l.find("refl") != std::string::npos;
      });
      return labelled || g.text.find("oneself") != std::string::npos ||
             g.text.find("itself") != std::string::npos;
    });
  }
  GlossChoice choice = choose_gloss(senses);
  if (!choice.senses.empty()) {
    return choice;
  }
  std::span<const std::string> parts = compound_parts;
  if (const auto hyphen = bare.rfind('-'); hyphen != std::string_view::npos && hyphen + 1 < bare.size()) {
    // "US-Beamte" -> "Beamte", "pro-iranisch" -> "iranisch", "Zwei-Phasen-Übergangsplan" ->
    // "Übergangsplan": the last segment carries the meaning a learner needs first.
    const std::string_view last = bare.substr(hyphen + 1);
    GlossChoice tail = gloss_for(lexicon, last, pos, {});
    if (!tail.senses.empty()) {
      tail.from_parts = true;
      // A lowercase prefix segment keeps its meaning in English: "pro-iranisch" = "pro-Iranian",
      // "anti-amerikanisch" = "anti-American".
      const std::string_view head = bare.substr(0, hyphen);
      if (!head.empty() && head.size() <= 5 && head[0] >= 'a' && head[0] <= 'z' &&
          head.find('-') == std::string_view::npos) {
        for (std::string& sense : tail.senses) {
          sense = std::string(head) + "-" + sense;
        }
      }
      return tail;
    }
    // Only the parts inside the last segment: Übergang + Plan, not Zwei + Phasen.
    std::size_t length = 0;
    std::size_t first = parts.size();
    while (first > 0 && length + parts[first - 1].size() <= last.size()) {
      length += parts[first - 1].size();
      --first;
    }
    if (parts.size() - first >= 2) {
      parts = parts.subspan(first);
    }
  }
  if (parts.size() < 2) {
    return choice;
  }
  // Dschihadistengruppe = Dschihadist + Gruppe: "jihadist + group".
  std::vector<std::vector<lexicon::Gloss>> part_senses;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string& part = parts[i];
    std::vector<lexicon::Gloss> found;
    // The head keeps the compound's part of speech; other parts are usually nouns.
    for (lexicon::Pos p : {i + 1 == parts.size() ? pos : lexicon::Pos::Noun,
                           lexicon::Pos::Noun, lexicon::Pos::Adjective, lexicon::Pos::Verb}) {
      if (const auto id = lexicon.find_lemma(part, p)) {
        found = lexicon.glosses(*id);
        if (!found.empty()) {
          break;
        }
      }
    }
    if (found.empty()) {
      found = lexicon.phrase_glosses(part);
    }
    part_senses.push_back(std::move(found));
  }
  if (auto text = compound_gloss(parts, part_senses)) {
    choice.senses = {*text};
    choice.labels = {{}};
    choice.from_parts = true;
  }
  return choice;
}

} // namespace wortkiste::extract
