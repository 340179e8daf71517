#include "store/notes.h"

#include "core/error.h"

#include <nlohmann/json.hpp>

#include <cstring>

namespace wortkiste::store {

namespace {

// SHA-256 round constants (FIPS 180-4, section 4.2.2).
constexpr std::array<std::uint32_t, 64> k_round = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

constexpr std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

nlohmann::json parse_object(const std::string& text) {
  auto json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    return nlohmann::json::object();
  }
  return json;
}

} // namespace

ContentHash::ContentHash()
    : m_state{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
              0x5be0cd19} {}

void ContentHash::block(const unsigned char* p) {
  std::array<std::uint32_t, 64> w{};
  for (std::size_t i = 0; i < 16; ++i) {
    w[i] = (std::uint32_t{p[4 * i]} << 24) | (std::uint32_t{p[4 * i + 1]} << 16) |
           (std::uint32_t{p[4 * i + 2]} << 8) | std::uint32_t{p[4 * i + 3]};
  }
  for (std::size_t i = 16; i < 64; ++i) {
    const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
    const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  auto [a, b, c, d, e, f, g, h] = m_state;
  for (std::size_t i = 0; i < 64; ++i) {
    const std::uint32_t s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
    const std::uint32_t ch = (e & f) ^ (~e & g);
    const std::uint32_t t1 = h + s1 + ch + k_round[i] + w[i];
    const std::uint32_t s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
    const std::uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
    const std::uint32_t t2 = s0 + maj;
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  m_state[0] += a;
  m_state[1] += b;
  m_state[2] += c;
  m_state[3] += d;
  m_state[4] += e;
  m_state[5] += f;
  m_state[6] += g;
  m_state[7] += h;
}

void ContentHash::update(std::string_view bytes) {
  m_length += bytes.size();
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t n = bytes.size();
  if (m_buffered > 0) {
    const std::size_t take = std::min(n, 64 - m_buffered);
    std::memcpy(m_buffer.data() + m_buffered, p, take);
    m_buffered += take;
    p += take;
    n -= take;
    if (m_buffered == 64) {
      block(m_buffer.data());
      m_buffered = 0;
    }
  }
  while (n >= 64) {
    block(p);
    p += 64;
    n -= 64;
  }
  if (n > 0) {
    std::memcpy(m_buffer.data(), p, n);
    m_buffered = n;
  }
}

std::string ContentHash::hex() {
  const std::uint64_t bits = m_length * 8;
  const unsigned char one = 0x80;
  update(std::string_view(reinterpret_cast<const char*>(&one), 1));
  const unsigned char zero = 0;
  while (m_buffered != 56) {
    update(std::string_view(reinterpret_cast<const char*>(&zero), 1));
  }
  std::array<unsigned char, 8> length{};
  for (std::size_t i = 0; i < 8; ++i) {
    length[i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
  }
  update(std::string_view(reinterpret_cast<const char*>(length.data()), length.size()));
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string out;
  for (std::uint32_t word : m_state) {
    for (int shift = 28; shift >= 0; shift -= 4) {
      out += k_hex[(word >> shift) & 0xF];
    }
  }
  return out;
}

std::string sha256_hex(std::string_view bytes) {
  ContentHash hash;
  hash.update(bytes);
  return hash.hex();
}

std::string note_guid(std::string_view lemma, std::string_view pos) {
  std::string key(lemma);
  key += '\x1f';
  key += pos;
  return "wk" + sha256_hex(key).substr(0, 18);
}

std::optional<Deck> find_deck(Database& db, std::string_view name) {
  Statement stmt = db.prepare("SELECT id, name, created_ms, config FROM decks WHERE name = ?");
  stmt.bind(1, name);
  if (!stmt.step()) {
    return std::nullopt;
  }
  return Deck{stmt.column_int(0), stmt.column_text(1), stmt.column_int(2), stmt.column_text(3)};
}

Deck ensure_deck(Database& db, std::string_view name, std::int64_t now_ms) {
  if (auto deck = find_deck(db, name)) {
    return *deck;
  }
  db.prepare("INSERT INTO decks(name, created_ms) VALUES (?, ?)").bind(1, name).bind(2, now_ms).run();
  return Deck{db.last_insert_rowid(), std::string(name), now_ms, "{}"};
}

std::vector<std::string> deck_card_types(const Deck& deck) {
  const nlohmann::json config = parse_object(deck.config);
  std::vector<std::string> out;
  if (const auto it = config.find("card_types"); it != config.end() && it->is_array()) {
    for (const auto& type : *it) {
      if (type.is_string()) {
        out.push_back(type.get<std::string>());
      }
    }
  }
  if (out.empty()) {
    out.emplace_back("recognition");
  }
  return out;
}

void set_deck_card_types(Database& db, std::int64_t deck_id, std::span<const std::string> types) {
  Statement read = db.prepare("SELECT config FROM decks WHERE id = ?");
  read.bind(1, deck_id);
  if (!read.step()) {
    throw DatabaseError("no deck with id " + std::to_string(deck_id));
  }
  nlohmann::json config = parse_object(read.column_text(0));
  config["card_types"] = std::vector<std::string>(types.begin(), types.end());
  db.prepare("UPDATE decks SET config = ? WHERE id = ?").bind(1, config.dump()).bind(2, deck_id).run();
}

std::vector<DeckSummary> deck_summaries(Database& db, std::int64_t now_ms) {
  std::vector<DeckSummary> out;
  Statement stmt = db.prepare(
      "SELECT d.id, d.name, d.config, "
      " (SELECT count(*) FROM notes n WHERE n.deck_id = d.id), "
      " (SELECT count(*) FROM cards c JOIN notes n ON n.id = c.note_id WHERE n.deck_id = d.id), "
      " (SELECT count(*) FROM cards c JOIN notes n ON n.id = c.note_id "
      "   WHERE n.deck_id = d.id AND c.state = 0 AND c.queue = 0), "
      " (SELECT count(*) FROM cards c JOIN notes n ON n.id = c.note_id "
      "   WHERE n.deck_id = d.id AND c.state <> 0 AND c.queue = 0 AND c.due_ms <= ?) "
      "FROM decks d ORDER BY d.name");
  stmt.bind(1, now_ms);
  while (stmt.step()) {
    DeckSummary s;
    s.id = stmt.column_int(0);
    s.name = stmt.column_text(1);
    s.card_types = deck_card_types(Deck{s.id, s.name, 0, stmt.column_text(2)});
    s.notes = stmt.column_int(3);
    s.cards = stmt.column_int(4);
    s.new_cards = stmt.column_int(5);
    s.due = stmt.column_int(6);
    out.push_back(std::move(s));
  }
  return out;
}

std::optional<std::int64_t> find_source(Database& db, std::string_view content_hash) {
  Statement stmt = db.prepare("SELECT id FROM sources WHERE content_hash = ?");
  stmt.bind(1, content_hash);
  if (stmt.step()) {
    return stmt.column_int(0);
  }
  return std::nullopt;
}

std::int64_t insert_source(Database& db, std::string_view file_name, std::string_view content_hash,
                           std::int64_t bytes, std::int64_t now_ms) {
  db.prepare("INSERT INTO sources(file_name, content_hash, bytes, added_ms) VALUES (?, ?, ?, ?)")
      .bind(1, file_name)
      .bind(2, content_hash)
      .bind(3, bytes)
      .bind(4, now_ms)
      .run();
  return db.last_insert_rowid();
}

std::optional<std::int64_t> find_note(Database& db, std::string_view lemma, std::string_view pos) {
  Statement stmt = db.prepare("SELECT id FROM notes WHERE lemma = ? AND pos = ?");
  stmt.bind(1, lemma).bind(2, pos);
  if (stmt.step()) {
    return stmt.column_int(0);
  }
  return std::nullopt;
}

std::unordered_set<std::string> note_keys(Database& db) {
  std::unordered_set<std::string> out;
  Statement stmt = db.prepare("SELECT lemma, pos FROM notes");
  while (stmt.step()) {
    out.insert(stmt.column_text(0) + '\t' + stmt.column_text(1));
  }
  return out;
}

std::int64_t insert_note(Database& db, std::int64_t deck_id, std::string_view lemma,
                         std::string_view pos, std::string_view fields_json, std::int64_t now_ms) {
  db.prepare("INSERT INTO notes(guid, deck_id, lemma, pos, fields, created_ms, modified_ms) "
             "VALUES (?, ?, ?, ?, ?, ?, ?)")
      .bind(1, note_guid(lemma, pos))
      .bind(2, deck_id)
      .bind(3, lemma)
      .bind(4, pos)
      .bind(5, fields_json)
      .bind(6, now_ms)
      .bind(7, now_ms)
      .run();
  return db.last_insert_rowid();
}

bool insert_example(Database& db, std::int64_t note_id, std::optional<std::int64_t> source_id,
                    const ExampleRow& example, bool primary) {
  if (primary) {
    Statement has = db.prepare("SELECT 1 FROM examples WHERE note_id = ? AND is_primary = 1");
    has.bind(1, note_id);
    primary = !has.step();
  }
  db.prepare("INSERT OR IGNORE INTO examples(note_id, source_id, sentence, target_begin, "
             "target_end, source_offset, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .bind(1, note_id)
      .bind(2, source_id)
      .bind(3, example.sentence)
      .bind(4, static_cast<std::int64_t>(example.target_begin))
      .bind(5, static_cast<std::int64_t>(example.target_end))
      .bind(6, example.source_offset)
      .bind(7, primary ? 1 : 0)
      .run();
  return db.changes() > 0;
}

int create_cards(Database& db, std::int64_t note_id, std::span<const std::string> card_types,
                 std::int64_t now_ms) {
  Statement next = db.prepare("SELECT coalesce(max(new_position), 0) + 1 FROM cards");
  next.step();
  std::int64_t position = next.column_int(0);
  int created = 0;
  for (const std::string& type : card_types) {
    db.prepare("INSERT OR IGNORE INTO cards(note_id, card_type, state, queue, due_ms, "
               "new_position, created_ms) VALUES (?, ?, 0, 0, ?, ?, ?)")
        .bind(1, note_id)
        .bind(2, type)
        .bind(3, now_ms)
        .bind(4, position)
        .bind(5, now_ms)
        .run();
    if (db.changes() > 0) {
      ++created;
      ++position;
    }
  }
  return created;
}

namespace {

constexpr std::string_view k_note_columns =
    "SELECT n.id, n.guid, d.name, n.lemma, n.pos, n.fields, n.user_fields, n.created_ms, "
    "n.modified_ms FROM notes n JOIN decks d ON d.id = n.deck_id ";

NoteRow read_note(Statement& stmt) {
  NoteRow row;
  row.id = stmt.column_int(0);
  row.guid = stmt.column_text(1);
  row.deck = stmt.column_text(2);
  row.lemma = stmt.column_text(3);
  row.pos = stmt.column_text(4);
  row.fields = stmt.column_text(5);
  row.user_fields = stmt.column_text(6);
  row.created_ms = stmt.column_int(7);
  row.modified_ms = stmt.column_int(8);
  return row;
}

void load_details(Database& db, NoteRow& row) {
  Statement ex = db.prepare(
      "SELECT sentence, target_begin, target_end, source_offset, is_primary FROM examples "
      "WHERE note_id = ? ORDER BY is_primary DESC, id");
  ex.bind(1, row.id);
  while (ex.step()) {
    if (!row.example && ex.column_int(4) == 1) {
      row.example = ExampleRow{ex.column_text(0), static_cast<std::uint32_t>(ex.column_int(1)),
                               static_cast<std::uint32_t>(ex.column_int(2)),
                               ex.column_optional_int(3)};
    } else {
      ++row.alternatives;
    }
  }
  Statement cards = db.prepare(
      "SELECT id, card_type, state, queue, due_ms FROM cards WHERE note_id = ? ORDER BY id");
  cards.bind(1, row.id);
  while (cards.step()) {
    row.cards.push_back(CardRow{cards.column_int(0), cards.column_text(1),
                                static_cast<int>(cards.column_int(2)),
                                static_cast<int>(cards.column_int(3)), cards.column_int(4)});
  }
}

} // namespace

std::vector<NoteRow> list_notes(Database& db, const NoteFilter& filter) {
  std::optional<std::int64_t> deck_id;
  if (filter.deck) {
    const auto deck = find_deck(db, *filter.deck);
    if (!deck) {
      throw UsageError("no deck called \"" + *filter.deck + "\" (see `wortkiste decks`)");
    }
    deck_id = deck->id;
  }
  std::string sql(k_note_columns);
  sql += "WHERE (?1 IS NULL OR n.deck_id = ?1) ";
  if (filter.due_only) {
    sql += "AND EXISTS (SELECT 1 FROM cards c WHERE c.note_id = n.id AND c.queue = 0 "
           "AND c.due_ms <= ?2) ";
  }
  sql += "ORDER BY n.id";
  Statement stmt = db.prepare(sql);
  stmt.bind(1, deck_id);
  if (filter.due_only) {
    stmt.bind(2, filter.now_ms);
  }
  std::vector<NoteRow> out;
  while (stmt.step()) {
    out.push_back(read_note(stmt));
  }
  for (NoteRow& row : out) {
    load_details(db, row);
  }
  return out;
}

std::optional<NoteRow> get_note(Database& db, std::int64_t id) {
  Statement stmt = db.prepare(std::string(k_note_columns) + "WHERE n.id = ?");
  stmt.bind(1, id);
  if (!stmt.step()) {
    return std::nullopt;
  }
  NoteRow row = read_note(stmt);
  load_details(db, row);
  return row;
}

void set_user_field(Database& db, std::int64_t note_id, std::string_view key,
                    std::string_view value, std::int64_t now_ms) {
  Statement read = db.prepare("SELECT user_fields FROM notes WHERE id = ?");
  read.bind(1, note_id);
  if (!read.step()) {
    throw UsageError("no note with id " + std::to_string(note_id) + " (see `wortkiste list`)");
  }
  nlohmann::json user = parse_object(read.column_text(0));
  user[std::string(key)] = std::string(value);
  db.prepare("UPDATE notes SET user_fields = ?, modified_ms = ? WHERE id = ?")
      .bind(1, user.dump())
      .bind(2, now_ms)
      .bind(3, note_id)
      .run();
}

} // namespace wortkiste::store
