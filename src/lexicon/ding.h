#pragma once
// Parsing lines of the Ding dictionary (Debian trans-de-en, /usr/share/trans/de-en):
//   German senses :: English senses
// Senses are separated by " | " and aligned between the sides; alternatives within a sense by
// "; ". Terms carry tags in braces ({m} {pl} {vt} {adj}), labels in brackets ([ugs.] [Br.]),
// comments in parentheses, and object markers that are no part of the headword
// ("etw. ankündigen" -> "ankündigen", "jdm. etw. versichern" -> "versichern").

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wortkiste::lexicon::ding {

// One alternative of one sense, cleaned.
struct Term {
  std::string text;                // "ankündigen", "Einsätze", "to announce"
  std::vector<std::string> tags;   // {"vt"}, {"m"}, {"pl"}, {"adj"}
  std::vector<std::string> labels; // {"[ugs.]"}, {"[Br.]"}
  // Labels written after the tags, which Ding means for the whole group of synonyms:
  // "groß; breit; etabliert {adj} [soc.]" -> [soc.] for all three; "vermelden [geh.] {vt}" -> none.
  std::vector<std::string> group_labels;
  bool reflexive = false;          // the German term had "sich": "sich ankündigen"
  bool has_object = false;         // it had etw./jdn./jdm./jds.
  bool has_comment = false;        // it had a comment in parentheses: "Einsatz {m} (Musik)"
  bool has_tag(std::string_view tag) const;
};

struct Sense {
  std::vector<Term> german;
  std::vector<Term> english;
};

struct Entry {
  std::vector<Sense> senses; // the first sense is the headword sense
};

// Returns the entry of one line, or nullopt for comments ("#"), empty or malformed lines.
// A German alternative without tags takes those of the next tagged alternative in its sense:
// in "groß; schwer; wichtig {adj}" all three are adjectives. It takes the group labels as well.
std::optional<Entry> parse_line(std::string_view line);

// Returns one alternative cleaned: tags and labels moved into their fields, comments dropped,
// spaces collapsed. German: object markers and "sich" stripped ("jdm. etw. versichern" ->
// "versichern"). English: "<sortied>" notes and "/TBA/" abbreviations dropped, a trailing
// "sth."/"sb." dropped ("to announce sth." -> "to announce").
Term parse_term(std::string_view raw, bool german);

// Splits `text` at `separator` where no bracket of any kind is open.
std::vector<std::string_view> split_top_level(std::string_view text, std::string_view separator);

} // namespace wortkiste::lexicon::ding
