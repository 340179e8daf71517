#include "store/anki_collection.h"

#include "store/database.h"

namespace wortkiste::store {

namespace {

constexpr std::string_view k_anki_schema = R"sql(
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
  time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
)sql";

std::string join_fields(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) {
      out += '\x1f';
    }
    out += fields[i];
  }
  return out;
}

} // namespace

void write_anki_collection(const std::filesystem::path& path, const AnkiCollection& c) {
  Database db = Database::create_plain(path);
  db.exec(k_anki_schema);
  Transaction tx(db);
  const std::int64_t modified_s = c.modified_ms / 1000;
  db.prepare("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")
      .bind(1, c.created_s)
      .bind(2, c.modified_ms)
      .bind(3, c.modified_ms)
      .bind(4, c.config_json)
      .bind(5, c.models_json)
      .bind(6, c.decks_json)
      .bind(7, c.deck_configs_json)
      .run();
  Statement note = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
  for (const auto& n : c.notes) {
    note.reset();
    note.bind(1, n.id)
        .bind(2, n.guid)
        .bind(3, c.model_id)
        .bind(4, modified_s)
        .bind(5, n.tags.empty() ? std::string() : " " + n.tags + " ")
        .bind(6, join_fields(n.fields))
        .bind(7, n.sort_field)
        .bind(8, static_cast<std::int64_t>(n.checksum))
        .run();
  }
  Statement card = db.prepare(
      "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)");
  for (const auto& k : c.cards) {
    card.reset();
    card.bind(1, k.id)
        .bind(2, k.note_id)
        .bind(3, k.deck_id)
        .bind(4, k.ord)
        .bind(5, modified_s)
        .bind(6, k.type)
        .bind(7, k.queue)
        .bind(8, k.due)
        .bind(9, k.interval)
        .bind(10, k.type == 0 ? 0 : 2500)
        .bind(11, k.reps)
        .bind(12, k.lapses)
        .bind(13, k.data)
        .run();
  }
  Statement review = db.prepare("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, 0, ?, ?)");
  for (const auto& r : c.reviews) {
    review.reset();
    review.bind(1, r.id)
        .bind(2, r.card_id)
        .bind(3, r.ease)
        .bind(4, r.interval)
        .bind(5, r.last_interval)
        .bind(6, r.time_ms)
        .bind(7, r.type)
        .run();
  }
  tx.commit();
}

} // namespace wortkiste::store
