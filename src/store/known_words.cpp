#include "store/known_words.h"

namespace wortkiste::store {

bool add_known_word(Database& db, std::string_view lemma, std::string_view origin,
                    std::int64_t now_ms) {
  db.prepare("INSERT OR IGNORE INTO known_words(lemma, origin, added_ms) VALUES (?, ?, ?)")
      .bind(1, lemma)
      .bind(2, origin)
      .bind(3, now_ms)
      .run();
  return db.changes() > 0;
}

bool remove_known_word(Database& db, std::string_view lemma) {
  db.prepare("DELETE FROM known_words WHERE lemma = ?").bind(1, lemma).run();
  return db.changes() > 0;
}

std::vector<KnownWord> known_words(Database& db) {
  std::vector<KnownWord> out;
  Statement stmt = db.prepare("SELECT lemma, origin, added_ms FROM known_words ORDER BY lemma");
  while (stmt.step()) {
    out.push_back({stmt.column_text(0), stmt.column_text(1), stmt.column_int(2)});
  }
  return out;
}

std::unordered_set<std::string> known_lemmas(Database& db) {
  std::unordered_set<std::string> out;
  Statement stmt = db.prepare("SELECT lemma FROM known_words");
  while (stmt.step()) {
    out.insert(stmt.column_text(0));
  }
  return out;
}

} // namespace wortkiste::store
