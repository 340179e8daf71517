#include "exchange/tsv.h"

#include "core/error.h"
#include "review/card_content.h"
#include "store/notes.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <istream>
#include <map>
#include <ostream>
#include <string_view>

namespace wortkiste::exchange {

namespace {

// A field may not contain the separator or a line break: both become a space.
std::string clean_field(std::string_view value) {
  std::string out(value);
  std::replace_if(out.begin(), out.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; },
                  ' ');
  return out;
}

std::vector<std::string> split(std::string_view line, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t pos = line.find(separator, start);
    if (pos == std::string_view::npos) {
      out.emplace_back(line.substr(start));
      return out;
    }
    out.emplace_back(line.substr(start, pos - start));
    start = pos + 1;
  }
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) {
      out += separator;
    }
    out += part;
  }
  return out;
}

std::vector<std::string> split_glosses(std::string_view meaning) {
  std::vector<std::string> out;
  for (auto& part : split(meaning, ';')) {
    const auto first = part.find_first_not_of(' ');
    const auto last = part.find_last_not_of(' ');
    if (first != std::string::npos) {
      out.push_back(part.substr(first, last - first + 1));
    }
  }
  return out;
}

} // namespace

std::int64_t export_tsv(store::Database& db, const std::optional<std::string>& deck,
                        std::ostream& out) {
  store::NoteFilter filter;
  filter.deck = deck;
  const auto notes = store::list_notes(db, filter);
  out << "#separator:tab\n#html:false\n#guid column:1\n#deck column:2\n#tags column:11\n#columns:";
  bool first = true;
  for (const char* column : k_tsv_columns) {
    out << (first ? "" : "\t") << column;
    first = false;
  }
  out << '\n';
  for (const auto& note : notes) {
    const review::CardContent card = review::content_from_note(note);
    const std::string target =
        card.target_end > card.target_begin && card.target_end <= card.example.size()
            ? card.example.substr(card.target_begin, card.target_end - card.target_begin)
            : std::string();
    const std::string fields[] = {note.guid,
                                  note.deck,
                                  note.lemma,
                                  note.pos,
                                  review::headword(card),
                                  review::joined_glosses(card),
                                  review::grammar_line(card),
                                  card.example,
                                  target,
                                  card.source,
                                  "",
                                  card.article,
                                  card.plural,
                                  card.principal_parts,
                                  join(card.compound, "|")};
    first = true;
    for (const auto& field : fields) {
      out << (first ? "" : "\t") << clean_field(field);
      first = false;
    }
    out << '\n';
  }
  return static_cast<std::int64_t>(notes.size());
}

TsvImportResult import_tsv(store::Database& db, std::istream& in, const std::string& file_name,
                           const std::optional<std::string>& deck, std::int64_t now_ms) {
  std::map<std::string, std::size_t> column_of;
  for (std::size_t i = 0; i < std::size(k_tsv_columns); ++i) {
    column_of[k_tsv_columns[i]] = i;
  }
  TsvImportResult result;
  store::Transaction tx(db);
  std::string line;
  std::size_t line_number = 0;
  auto fail = [&](const std::string& what) -> void {
    throw FileError(file_name + ":" + std::to_string(line_number) + ": " + what);
  };
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (line.empty()) {
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("#columns:", 0) == 0) {
        column_of.clear();
        const auto names = split(std::string_view(line).substr(9), '\t');
        for (std::size_t i = 0; i < names.size(); ++i) {
          column_of[names[i]] = i;
        }
        if (!column_of.contains("lemma") || !column_of.contains("pos")) {
          fail("the #columns header needs a lemma and a pos column");
        }
      }
      continue;
    }
    const auto fields = split(line, '\t');
    auto get = [&](const char* name) -> std::string {
      const auto it = column_of.find(name);
      return it != column_of.end() && it->second < fields.size() ? fields[it->second]
                                                                  : std::string();
    };
    const std::string lemma = get("lemma");
    const std::string pos = get("pos");
    if (lemma.empty() || pos.empty()) {
      fail("expected the lemma and pos columns, found " + std::to_string(fields.size()) +
           " field(s); is this a wortkiste TSV file?");
    }
    if (store::find_note(db, lemma, pos)) {
      ++result.present;
      continue;
    }
    std::string deck_name = deck.value_or(get("deck"));
    if (deck_name.empty()) {
      deck_name = std::string(store::k_default_deck);
    }
    if (!store::find_deck(db, deck_name)) {
      result.decks_created.push_back(deck_name);
    }
    const store::Deck target_deck = store::ensure_deck(db, deck_name, now_ms);
    nlohmann::json note_fields = nlohmann::json::object();
    note_fields["headword"] = get("front").empty() ? lemma : get("front");
    note_fields["glosses"] = split_glosses(get("meaning"));
    for (const char* key : {"article", "plural", "principal_parts", "source"}) {
      if (const std::string value = get(key); !value.empty()) {
        note_fields[key] = value;
      }
    }
    if (const std::string compound = get("compound"); !compound.empty()) {
      note_fields["compound"] = split(compound, '|');
    }
    const std::int64_t note_id =
        store::insert_note(db, target_deck.id, lemma, pos, note_fields.dump(), now_ms);
    if (const std::string example = get("example"); !example.empty()) {
      store::ExampleRow row;
      row.sentence = example;
      const std::string target = get("target");
      const auto at = target.empty() ? std::string::npos : example.find(target);
      if (at != std::string::npos) {
        row.target_begin = static_cast<std::uint32_t>(at);
        row.target_end = static_cast<std::uint32_t>(at + target.size());
      }
      store::insert_example(db, note_id, std::nullopt, row, true);
    }
    const auto types = store::deck_card_types(target_deck);
    result.cards += store::create_cards(db, note_id, types, now_ms);
    ++result.added;
  }
  if (in.bad()) {
    throw FileError(file_name + ": read error");
  }
  tx.commit();
  return result;
}

} // namespace wortkiste::exchange
