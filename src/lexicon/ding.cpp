#include "lexicon/ding.h"

#include <algorithm>
#include <array>

namespace wortkiste::lexicon::ding {

namespace {

// Placeholders for the object of a verb or preposition, not part of the German headword:
// "etw. ankündigen", "jdm. etw. versichern", "auf jdn. zählen" (the last keeps "auf").
constexpr std::array<std::string_view, 8> k_object_markers = {
    "etw.", "jdn.", "jdm.", "jds.", "jd.", "etw", "jdn", "jdm"};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// When an abbreviation in slashes starts at `i` (" /Min.; min./", " /FR/"), returns the index
// of its closing slash; else 0. "jdn./etw." is no abbreviation: its slash follows a letter.
std::size_t abbreviation_end(std::string_view text, std::size_t i) {
  if (text[i] != '/' || (i > 0 && text[i - 1] != ' ') || i + 1 >= text.size() ||
      text[i + 1] == ' ') {
    return 0;
  }
  for (std::size_t j = i + 1; j < text.size(); ++j) {
    if (text[j] == '/' && (j + 1 == text.size() || std::string_view(" ;|,)").find(text[j + 1]) !=
                                                       std::string_view::npos)) {
      return j;
    }
    if (text[j] == '|' || text[j] == '{' || text[j] == '[') {
      return 0;
    }
  }
  return 0;
}

} // namespace

bool Term::has_tag(std::string_view tag) const {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

std::vector<std::string_view> split_top_level(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (const std::size_t close = abbreviation_end(text, i); close != 0) {
      i = close;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
      --depth;
    } else if (depth == 0 && text.compare(i, separator.size(), separator) == 0) {
      out.push_back(text.substr(start, i - start));
      i += separator.size() - 1;
      start = i + 1;
    }
  }
  out.push_back(text.substr(start));
  return out;
}

Term parse_term(std::string_view raw, bool german) {
  Term term;
  std::string kept;
  kept.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (const std::size_t close = abbreviation_end(raw, i); close != 0) {
      i = close; // "Minute {f} /Min.; min./": an abbreviation, not part of the headword
      kept += ' ';
      continue;
    }
    if (c == '{' || c == '[' || c == '(') {
      const char close = c == '{' ? '}' : c == '[' ? ']' : ')';
      int depth = 1;
      std::size_t j = i + 1;
      for (; j < raw.size() && depth > 0; ++j) {
        if (raw[j] == c) {
          ++depth;
        } else if (raw[j] == close) {
          --depth;
        }
      }
      const std::string_view inner =
          raw.substr(i + 1, (depth == 0 ? j - 1 : j) - (i + 1));
      if (c == '{') {
        // {vt}, {m}, {pl}; sometimes several in one pair: {vi; vt} or {m,f}
        for (auto part : split_top_level(inner, ";")) {
          for (auto piece : split_top_level(part, ",")) {
            if (auto t = trim(piece); !t.empty()) {
              term.tags.emplace_back(t);
            }
          }
        }
      } else if (c == '[') {
        term.labels.push_back("[" + std::string(trim(inner)) + "]");
        if (!term.tags.empty()) {
          term.group_labels.push_back(term.labels.back());
        }
      }
      // Parenthesised comments are dropped: "Benachrichtigung {f} (von etw.)".
      if (c == '(') {
        term.has_comment = true;
      }
      i = j - 1;
      kept += ' ';
      continue;
    }
    kept += c;
  }
  // Tokenise on spaces, strip object markers and "sich" (German side), drop ellipses.
  std::string text;
  std::size_t pos = 0;
  const std::string_view k(kept);
  while (pos < k.size()) {
    std::size_t end = k.find(' ', pos);
    if (end == std::string_view::npos) {
      end = k.size();
    }
    std::string_view token = k.substr(pos, end - pos);
    pos = end + 1;
    if (token.empty() || token == "…" || token == "..." || token == "/") {
      continue;
    }
    if (token.size() > 2 && token.front() == '/' && token.back() == '/') {
      continue; // abbreviations: "Frankreich {n} /FR/", "insbesondere /insb./", "/TBA/"
    }
    if (token.size() > 2 && token.front() == '<' && token.back() == '>') {
      // Variant spellings: "to sortie <sortieing> <sortied>", "hängen {vi} <hangen>".
      continue;
    }
    if (!german && token == "<>") {
      continue;
    }
    if (german) {
      // "etw.", and "jdn./etw." or "jdm./jdn." where either object will do.
      bool marker = !token.empty();
      for (auto part : split_top_level(token, "/")) {
        marker = marker && std::find(k_object_markers.begin(), k_object_markers.end(), part) !=
                               k_object_markers.end();
      }
      if (marker) {
        term.has_object = true;
        continue;
      }
      if (token == "sich") {
        term.reflexive = true; // kept in the text until the tags are known (parse_line)
      }
    }
    if (!text.empty()) {
      text += ' ';
    }
    text += token;
  }
  if (!german) {
    // "to announce sth." -> "to announce": the object is understood, as in the German headword.
    // A preposition before the object stays with it: "to go after sb.", "to take hold of sth.".
    constexpr std::array<std::string_view, 14> k_prepositions = {
        "after", "of", "to", "on", "in", "at", "for", "with", "from", "about", "into", "over",
        "through", "by"};
    for (std::string_view object : {" sb./sth.", " sth./sb.", " sth.", " sb."}) {
      if (text.size() > object.size() + 3 && std::string_view(text).ends_with(object)) {
        const std::string_view rest = std::string_view(text).substr(0, text.size() - object.size());
        const std::string_view last = rest.substr(rest.rfind(' ') + 1);
        if (std::find(k_prepositions.begin(), k_prepositions.end(), last) == k_prepositions.end()) {
          text.resize(rest.size());
        }
        break;
      }
    }
  }
  term.text = std::move(text);
  return term;
}

std::optional<Entry> parse_line(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.front() == '#') {
    return std::nullopt;
  }
  const std::size_t sep = line.find(" :: ");
  if (sep == std::string_view::npos) {
    return std::nullopt;
  }
  const auto german = split_top_level(line.substr(0, sep), " | ");
  const auto english = split_top_level(line.substr(sep + 4), " | ");
  Entry entry;
  entry.senses.resize(german.size());
  for (std::size_t i = 0; i < german.size(); ++i) {
    for (auto alt : split_top_level(german[i], ";")) {
      if (auto t = trim(alt); !t.empty()) {
        entry.senses[i].german.push_back(parse_term(t, true));
      }
    }
    auto& german_terms = entry.senses[i].german;
    for (std::size_t k = german_terms.size(); k-- > 1;) {
      if (german_terms[k - 1].tags.empty()) {
        auto& term = german_terms[k - 1];
        term.tags = german_terms[k].tags;
        term.group_labels = german_terms[k].group_labels;
        term.labels.insert(term.labels.end(), term.group_labels.begin(), term.group_labels.end());
      }
    }
    // "das Militär {n}" -> "Militär": the article is no part of the headword.
    for (auto& term : german_terms) {
      const bool noun = term.has_tag("m") || term.has_tag("f") || term.has_tag("n") ||
                        term.has_tag("pl");
      for (std::string_view article : {"der ", "die ", "das "}) {
        if (noun && term.text.starts_with(article) &&
            term.text.find(' ', article.size()) == std::string::npos) {
          term.text.erase(0, article.size());
        }
      }
    }
    // "sich ankündigen {vr}" -> "ankündigen", reflexive; but "an sich {adv}" stays "an sich".
    for (auto& term : german_terms) {
      const bool verb = term.has_tag("vt") || term.has_tag("vi") || term.has_tag("vr") ||
                        term.has_tag("v");
      if (!term.reflexive) {
        continue;
      }
      if (!verb) {
        term.reflexive = false;
        continue;
      }
      std::string text;
      std::size_t pos = 0;
      while (pos <= term.text.size()) {
        std::size_t end = term.text.find(' ', pos);
        if (end == std::string::npos) {
          end = term.text.size();
        }
        const std::string_view token = std::string_view(term.text).substr(pos, end - pos);
        if (!token.empty() && token != "sich") {
          text += (text.empty() ? "" : " ") + std::string(token);
        }
        pos = end + 1;
      }
      term.text = std::move(text);
    }
    if (i < english.size()) {
      for (auto alt : split_top_level(english[i], ";")) {
        if (auto t = trim(alt); !t.empty()) {
          entry.senses[i].english.push_back(parse_term(t, false));
        }
      }
    }
  }
  return entry;
}

} // namespace wortkiste::lexicon::ding
