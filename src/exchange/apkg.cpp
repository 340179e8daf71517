#include "exchange/apkg.h"

#include "core/error.h"
#include "review/card_content.h"
#include "store/anki_collection.h"
#include "store/notes.h"
#include "store/review_log.h"
#include "store/scheduler.h"

#include <nlohmann/json.hpp>
#include <zip.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <unistd.h>

namespace wortkiste::exchange {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The note type's fields, in order. "Production" and "Cloze" are empty unless the note has such a
// card, so Anki creates exactly the cards wortkiste has (a card whose front is empty is skipped).
constexpr std::array<const char*, 7> k_fields = {"German",  "Meaning", "Grammar",   "Example",
                                                 "Cloze",   "Source",  "Production"};
constexpr int k_ord_recognition = 0;
constexpr int k_ord_production = 1;
constexpr int k_ord_cloze = 2;

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    default: out += c;
    }
  }
  return out;
}

json note_type(std::int64_t id, std::int64_t deck_id, std::int64_t now_s) {
  json fields = json::array();
  for (std::size_t i = 0; i < k_fields.size(); ++i) {
    fields.push_back({{"name", k_fields[i]}, {"ord", i}, {"sticky", false}, {"rtl", false},
                      {"font", "Arial"}, {"size", 20}, {"media", json::array()}});
  }
  const std::string back = "<div class=meaning>{{Meaning}}</div><div class=grammar>{{Grammar}}"
                           "</div><div class=example>{{Example}}</div><div class=source>"
                           "{{Source}}</div>";
  auto tmpl = [](const char* name, int ord, std::string q, std::string a) {
    return json{{"name", name}, {"ord", ord}, {"qfmt", q}, {"afmt", a}, {"did", nullptr},
                {"bqfmt", ""}, {"bafmt", ""}};
  };
  json templates = json::array({
      tmpl("Recognition", k_ord_recognition, "<div class=de>{{German}}</div>",
           "{{FrontSide}}<hr id=answer>" + back),
      tmpl("Production", k_ord_production,
           "{{#Production}}<div class=meaning>{{Meaning}}</div>{{/Production}}",
           "{{FrontSide}}<hr id=answer><div class=de>{{German}}</div><div class=grammar>"
           "{{Grammar}}</div><div class=example>{{Example}}</div>"),
      tmpl("Cloze", k_ord_cloze, "{{#Cloze}}<div class=example>{{Cloze}}</div>{{/Cloze}}",
           "{{FrontSide}}<hr id=answer><div class=de>{{German}}</div>" + back),
  });
  const std::string css = ".card { font-family: sans-serif; font-size: 22px; text-align: center; }\n"
                          ".de { font-size: 30px; font-weight: bold; }\n"
                          ".grammar, .source { color: grey; font-size: 16px; }\n"
                          ".example { font-style: italic; margin-top: 12px; }\n";
  return json{{"id", id},
              {"name", "wortkiste German vocabulary"},
              {"type", 0},
              {"mod", now_s},
              {"usn", -1},
              {"sortf", 0},
              {"did", deck_id},
              {"tmpls", templates},
              {"flds", fields},
              {"css", css},
              {"latexPre", "\\documentclass[12pt]{article}\n\\begin{document}\n"},
              {"latexPost", "\\end{document}"},
              {"latexsvg", false},
              {"tags", json::array()},
              {"vers", json::array()},
              {"req", json::array({json::array({0, "all", json::array({0})}),
                                   json::array({1, "all", json::array({6})}),
                                   json::array({2, "all", json::array({4})})})}};
}

json deck_object(std::int64_t id, const std::string& name, std::int64_t now_s) {
  return json{{"id", id},           {"name", name},         {"mod", now_s},
              {"usn", -1},          {"lrnToday", {0, 0}},   {"revToday", {0, 0}},
              {"newToday", {0, 0}}, {"timeToday", {0, 0}},  {"collapsed", false},
              {"browserCollapsed", false}, {"desc", "Made by wortkiste from German articles."},
              {"dyn", 0},           {"conf", 1},            {"extendNew", 0},
              {"extendRev", 0}};
}

json deck_config(std::int64_t now_s) {
  return json{{"1",
               {{"id", 1},
                {"name", "Default"},
                {"mod", now_s},
                {"usn", -1},
                {"maxTaken", 60},
                {"autoplay", true},
                {"timer", 0},
                {"replayq", true},
                {"dyn", false},
                {"new",
                 {{"delays", {1, 10}},
                  {"ints", {1, 4, 0}},
                  {"initialFactor", 2500},
                  {"order", 1},
                  {"perDay", 20},
                  {"bury", true}}},
                {"rev",
                 {{"perDay", 200},
                  {"ease4", 1.3},
                  {"ivlFct", 1.0},
                  {"maxIvl", 36500},
                  {"hardFactor", 1.2},
                  {"bury", true}}},
                {"lapse",
                 {{"delays", {10}}, {"mult", 0.0}, {"minInt", 1}, {"leechFails", 8},
                  {"leechAction", 1}}}}}};
}

// Minimal SHA-1 (FIPS 180-4), only for Anki's duplicate-check checksum.
std::array<std::uint32_t, 5> sha1(std::string_view text) {
  std::array<std::uint32_t, 5> h = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u,
                                    0xC3D2E1F0u};
  std::string data(text);
  const std::uint64_t bit_length = static_cast<std::uint64_t>(text.size()) * 8;
  data += static_cast<char>(0x80);
  while (data.size() % 64 != 56) {
    data += '\0';
  }
  for (int i = 7; i >= 0; --i) {
    data += static_cast<char>((bit_length >> (i * 8)) & 0xff);
  }
  auto rotl = [](std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); };
  for (std::size_t chunk = 0; chunk < data.size(); chunk += 64) {
    std::array<std::uint32_t, 80> w{};
    for (std::size_t i = 0; i < 16; ++i) {
      const auto* p = reinterpret_cast<const unsigned char*>(data.data() + chunk + i * 4);
      w[i] = (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) |
             (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
    }
    for (std::size_t i = 16; i < 80; ++i) {
      w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    }
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (std::size_t i = 0; i < 80; ++i) {
      std::uint32_t f = 0, k = 0;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5A827999u;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ED9EBA1u;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8F1BBCDCu;
      } else {
        f = b ^ c ^ d;
        k = 0xCA62C1D6u;
      }
      const std::uint32_t temp = rotl(a, 5) + f + e + k + w[i];
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }
  return h;
}

// Our card state -> Anki's (type, queue, due). Anki counts review due dates in days since the
// collection's creation, learning due dates in epoch seconds, new cards by position.
void schedule_fields(const srs::Card& card, bool suspended, std::int64_t position,
                     std::int64_t created_s, store::AnkiCard& out) {
  out.type = static_cast<int>(card.state);
  out.reps = card.reps;
  out.lapses = card.lapses;
  out.interval = card.scheduled_days;
  switch (card.state) {
  case srs::State::new_card:
    out.queue = 0;
    out.due = position;
    break;
  case srs::State::learning:
  case srs::State::relearning:
    out.queue = 1;
    out.due = card.due_ms / 1000;
    break;
  case srs::State::review:
    out.queue = 2;
    out.due = (card.due_ms / 1000 - created_s) / 86400;
    break;
  }
  if (suspended) {
    out.queue = -1;
  }
  if (card.state != srs::State::new_card) {
    out.data = json{{"s", card.stability}, {"d", card.difficulty}}.dump();
  } else {
    out.data = "{}";
  }
}

void zip_files(const fs::path& archive, const std::vector<std::pair<std::string, fs::path>>& files) {
  int error = 0;
  zip_t* zip = zip_open(archive.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (zip == nullptr) {
    throw FileError("cannot create " + archive.string());
  }
  for (const auto& [name, file] : files) {
    zip_source_t* source = zip_source_file(zip, file.c_str(), 0, -1);
    if (source == nullptr || zip_file_add(zip, name.c_str(), source, ZIP_FL_OVERWRITE) < 0) {
      if (source != nullptr) {
        zip_source_free(source);
      }
      const std::string message = zip_strerror(zip);
      zip_discard(zip);
      throw FileError("cannot add " + name + " to " + archive.string() + ": " + message);
    }
  }
  if (zip_close(zip) != 0) {
    const std::string message = zip_strerror(zip);
    zip_discard(zip);
    throw FileError("cannot write " + archive.string() + ": " + message);
  }
}

struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "wortkiste-apkg-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      throw FileError("cannot create a temporary folder in " +
                      fs::temp_directory_path().string());
    }
    path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

// Hands out increasing ids: `wanted` (a creation time in ms) unless an earlier id was as large.
struct IdAllocator {
  std::int64_t last = 0;
  std::int64_t next(std::int64_t wanted) {
    last = std::max(wanted, last + 1);
    return last;
  }
};

} // namespace

std::uint32_t anki_checksum(std::string_view text) { return sha1(text)[0]; }

ApkgSummary export_apkg(store::Database& db, const std::optional<std::string>& deck,
                        const fs::path& path, std::int64_t now_ms) {
  store::NoteFilter filter;
  filter.deck = deck;
  const auto notes = store::list_notes(db, filter);
  const std::int64_t now_s = now_ms / 1000;

  store::AnkiCollection collection;
  collection.modified_ms = now_ms;
  collection.created_s = now_s - now_s % 86400; // Anki's crt is a day start
  collection.model_id = now_ms;
  std::map<std::string, std::int64_t> deck_ids;
  json decks = json::object();
  decks["1"] = deck_object(1, "Default", now_s);
  std::int64_t next_deck_id = now_ms + 1;
  std::map<std::int64_t, std::int64_t> anki_card_of;
  ApkgSummary summary;
  std::int64_t position = 0;
  IdAllocator note_ids;
  IdAllocator card_ids;

  for (const auto& note : notes) {
    auto [it, inserted] = deck_ids.try_emplace(note.deck, next_deck_id);
    if (inserted) {
      decks[std::to_string(next_deck_id)] = deck_object(next_deck_id, note.deck, now_s);
      ++next_deck_id;
    }
    const std::int64_t deck_id = it->second;
    const review::CardContent card = review::content_from_note(note);
    std::string example = html_escape(card.example);
    if (card.target_begin < card.target_end && card.target_end <= card.example.size()) {
      example = html_escape(card.example.substr(0, card.target_begin)) + "<b>" +
                html_escape(card.example.substr(card.target_begin,
                                                card.target_end - card.target_begin)) +
                "</b>" + html_escape(card.example.substr(card.target_end));
    }
    bool has_production = false;
    bool has_cloze = false;
    for (const auto& c : note.cards) {
      has_production |= c.card_type == "production";
      has_cloze |= c.card_type == "cloze";
    }
    store::AnkiNote anki_note;
    // Anki reads ids as creation times in ms: keep them near the real ones, but unique.
    anki_note.id = note_ids.next(note.created_ms);
    anki_note.guid = note.guid;
    const std::string german = html_escape(review::headword(card));
    anki_note.fields = {german,
                        html_escape(review::joined_glosses(card)),
                        html_escape(review::grammar_line(card)),
                        example,
                        has_cloze ? html_escape(review::cloze_text(card)) : std::string(),
                        html_escape(card.source),
                        has_production ? "y" : ""};
    anki_note.sort_field = german;
    anki_note.checksum = anki_checksum(german);
    anki_note.tags = "wortkiste";
    for (const auto& c : note.cards) {
      store::AnkiCard anki_card;
      anki_card.id = card_ids.next(note.created_ms);
      anki_card.note_id = anki_note.id;
      anki_card.deck_id = deck_id;
      anki_card.ord = c.card_type == "production" ? k_ord_production
                      : c.card_type == "cloze"    ? k_ord_cloze
                                                  : k_ord_recognition;
      const auto memory = store::load_card(db, c.id);
      schedule_fields(memory.value_or(srs::new_card(c.due_ms)), c.queue == -1, ++position,
                      collection.created_s, anki_card);
      anki_card_of[c.id] = anki_card.id;
      collection.cards.push_back(std::move(anki_card));
    }
    collection.notes.push_back(std::move(anki_note));
  }
  std::int64_t last_review_id = 0;
  std::map<std::int64_t, int> last_interval;
  for (const auto& entry : store::review_history(db, deck)) {
    const auto card = anki_card_of.find(entry.card_id);
    if (card == anki_card_of.end()) {
      continue;
    }
    store::AnkiReview review;
    review.id = std::max(entry.reviewed_ms, last_review_id + 1);
    last_review_id = review.id;
    review.card_id = card->second;
    review.ease = entry.rating;
    review.interval = entry.scheduled_days;
    review.last_interval = last_interval[entry.card_id];
    last_interval[entry.card_id] = entry.scheduled_days;
    review.time_ms = entry.duration_ms;
    review.type = entry.state_before == 2 ? 1 : entry.state_before == 3 ? 2 : 0;
    collection.reviews.push_back(review);
  }
  json models = json::object();
  const std::int64_t first_deck = deck_ids.empty() ? 1 : deck_ids.begin()->second;
  models[std::to_string(collection.model_id)] = note_type(collection.model_id, first_deck, now_s);
  collection.models_json = models.dump();
  collection.decks_json = decks.dump();
  collection.deck_configs_json = deck_config(now_s).dump();
  collection.config_json = json{{"nextPos", position + 1},
                                {"curModel", collection.model_id},
                                {"curDeck", first_deck},
                                {"activeDecks", {first_deck}},
                                {"schedVer", 2},
                                {"sortType", "noteFld"},
                                {"sortBackwards", false},
                                {"addToCur", true}}
                               .dump();

  TempDir tmp;
  const fs::path anki = tmp.path / "collection.anki2";
  const fs::path media = tmp.path / "media";
  store::write_anki_collection(anki, collection);
  if (std::FILE* f = std::fopen(media.c_str(), "w")) {
    std::fputs("{}", f);
    std::fclose(f);
  } else {
    throw FileError("cannot write " + media.string());
  }
  // Zip next to the target, then rename: an interrupted export never leaves half a package.
  const fs::path partial = fs::path(path.string() + ".partial");
  zip_files(partial, {{"collection.anki2", anki}, {"media", media}});
  std::error_code ec;
  fs::rename(partial, path, ec);
  if (ec) {
    fs::remove(partial, ec);
    throw FileError("cannot write " + path.string() + ": " + ec.message());
  }
  summary.notes = static_cast<std::int64_t>(collection.notes.size());
  summary.cards = static_cast<std::int64_t>(collection.cards.size());
  summary.reviews = static_cast<std::int64_t>(collection.reviews.size());
  return summary;
}

} // namespace wortkiste::exchange
