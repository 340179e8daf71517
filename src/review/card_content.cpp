#include "review/card_content.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace wortkiste::review {

namespace {

nlohmann::json parse_object(const std::string& text) {
  auto json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    return nlohmann::json::object();
  }
  return json;
}

std::string string_field(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_string()) {
    return {};
  }
  return it->get<std::string>();
}

// Accepts an array of strings or one string.
std::vector<std::string> list_field(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  const auto it = j.find(key);
  if (it == j.end()) {
    return out;
  }
  if (it->is_string()) {
    out.push_back(it->get<std::string>());
  } else if (it->is_array()) {
    for (const auto& element : *it) {
      if (element.is_string()) {
        out.push_back(element.get<std::string>());
      }
    }
  }
  return out;
}

std::string trim(std::string s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) {
    return {};
  }
  const auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

// Splits "deployment; mission" into its senses.
std::vector<std::string> split_glosses(const std::string& text) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find(';', begin);
    if (end == std::string::npos) {
      end = text.size();
    }
    if (std::string sense = trim(text.substr(begin, end - begin)); !sense.empty()) {
      out.push_back(std::move(sense));
    }
    begin = end + 1;
  }
  return out;
}

} // namespace

CardKind card_kind_from(const std::string& card_type) {
  if (card_type == "production") {
    return CardKind::production;
  }
  if (card_type == "cloze") {
    return CardKind::cloze;
  }
  return CardKind::recognition;
}

CardContent content_from_note(const store::NoteRow& note) {
  const nlohmann::json fields = parse_object(note.fields);
  const nlohmann::json user = parse_object(note.user_fields);
  CardContent card;
  card.lemma = note.lemma;
  card.pos = note.pos;
  card.article = string_field(fields, "article");
  if (card.article.empty() && note.pos == "NOUN") {
    // "gender" alone is enough for the article: m der, f die, n das.
    const std::string gender = string_field(fields, "gender");
    card.article = gender == "m" ? "der" : gender == "f" ? "die" : gender == "n" ? "das" : "";
  }
  if (note.pos != "NOUN") {
    // The dictionary headword says what the lemma alone does not: "sich richten – richtete
    // sich – hat sich gerichtet" is learnt as "sich richten".
    const std::string head = string_field(fields, "headword");
    const std::string first = head.substr(0, head.find(" – "));
    if (!first.empty() && first != note.lemma && first.find(note.lemma) != std::string::npos) {
      card.display_lemma = first;
    }
  }
  card.plural = string_field(fields, "plural");
  card.principal_parts = string_field(fields, "principal_parts");
  card.glosses = list_field(fields, "glosses");
  card.compound = list_field(fields, "compound");
  card.source = string_field(fields, "source");
  if (note.example) {
    card.example = note.example->sentence;
    card.target_begin = note.example->target_begin;
    card.target_end = note.example->target_end;
  }
  // The user's corrections win over what `add` found.
  if (const std::string gloss = string_field(user, "gloss"); !gloss.empty()) {
    card.glosses = split_glosses(gloss);
  }
  if (const std::string example = string_field(user, "example"); !example.empty() &&
                                                                  example != card.example) {
    // Keep highlighting the same form if the edited sentence still has it, else the lemma.
    const std::string form = card.target_begin < card.target_end &&
                                     card.target_end <= card.example.size()
                                 ? card.example.substr(card.target_begin,
                                                       card.target_end - card.target_begin)
                                 : std::string();
    card.example = example;
    std::size_t at = form.empty() ? std::string::npos : example.find(form);
    std::size_t length = form.size();
    if (at == std::string::npos) {
      at = example.find(card.lemma);
      length = card.lemma.size();
    }
    if (at == std::string::npos) {
      card.target_begin = card.target_end = 0;
    } else {
      card.target_begin = at;
      card.target_end = at + length;
    }
  }
  if (card.target_end > card.example.size() || card.target_begin > card.target_end) {
    card.target_begin = card.target_end = 0;
  }
  return card;
}

std::string edit_file_text(const CardContent& card) {
  std::string text;
  text += "# Correct the card for \"" + headword(card) + "\" and save; lines starting with # are\n";
  text += "# ignored. Separate senses with \";\". Your corrections survive every later `add`.\n";
  text += "gloss: " + joined_glosses(card) + "\n";
  text += "example: " + card.example + "\n";
  return text;
}

ParsedEdit parse_edit_file(const std::string& text) {
  ParsedEdit parsed;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    const auto colon = line.find(':');
    if (colon == std::string::npos) {
      continue;
    }
    const std::string key = trim(line.substr(0, colon));
    std::string value = trim(line.substr(colon + 1));
    if (key == "gloss") {
      parsed.gloss = std::move(value);
    } else if (key == "example") {
      parsed.example = std::move(value);
    }
  }
  return parsed;
}

} // namespace wortkiste::review
