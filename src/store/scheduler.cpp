#include "store/scheduler.h"

#include "core/error.h"
#include "srs/calendar.h"
#include "srs/fsrs.h"
#include "store/deck_config.h"
#include "store/review_log.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <vector>

namespace wortkiste::store {

namespace {

constexpr std::string_view k_card_columns =
    "c.id, c.note_id, c.card_type, c.state, c.queue, c.due_ms, c.stability, c.difficulty, c.reps, "
    "c.lapses, c.learning_steps, c.scheduled_days, c.elapsed_days, c.last_review_ms, "
    "c.buried_until_day, c.new_position, c.created_ms, n.deck_id, n.tags";

// A whole cards row with its deck and note tags.
struct CardRecord {
  std::int64_t id = 0;
  std::int64_t note_id = 0;
  std::string card_type;
  int queue = 0;
  std::optional<std::int64_t> buried_until_day;
  std::int64_t new_position = 0;
  std::int64_t created_ms = 0;
  std::int64_t deck_id = 0;
  std::string tags;
  srs::Card card;
};

CardRecord read_record(Statement& s) {
  CardRecord r;
  r.id = s.column_int(0);
  r.note_id = s.column_int(1);
  r.card_type = s.column_text(2);
  r.card.state = static_cast<srs::State>(s.column_int(3));
  r.queue = static_cast<int>(s.column_int(4));
  r.card.due_ms = s.column_int(5);
  r.card.stability = s.column_double(6);
  r.card.difficulty = s.column_double(7);
  r.card.reps = static_cast<int>(s.column_int(8));
  r.card.lapses = static_cast<int>(s.column_int(9));
  r.card.learning_steps = static_cast<int>(s.column_int(10));
  r.card.scheduled_days = static_cast<int>(s.column_int(11));
  r.card.elapsed_days = static_cast<int>(s.column_int(12));
  r.card.last_review_ms = s.column_optional_int(13);
  r.buried_until_day = s.column_optional_int(14);
  r.new_position = s.column_int(15);
  r.created_ms = s.column_int(16);
  r.deck_id = s.column_int(17);
  r.tags = s.column_text(18);
  return r;
}

std::optional<CardRecord> load_record(Database& db, std::int64_t card_id) {
  Statement s = db.prepare(std::string("SELECT ") + std::string(k_card_columns) +
                           " FROM cards c JOIN notes n ON n.id = c.note_id WHERE c.id = ?");
  s.bind(1, card_id);
  if (!s.step()) {
    return std::nullopt;
  }
  return read_record(s);
}

nlohmann::json snapshot(const CardRecord& r) {
  nlohmann::json j;
  j["id"] = r.id;
  j["note_id"] = r.note_id;
  j["card_type"] = r.card_type;
  j["state"] = static_cast<int>(r.card.state);
  j["queue"] = r.queue;
  j["due_ms"] = r.card.due_ms;
  j["stability"] = r.card.stability;
  j["difficulty"] = r.card.difficulty;
  j["reps"] = r.card.reps;
  j["lapses"] = r.card.lapses;
  j["learning_steps"] = r.card.learning_steps;
  j["scheduled_days"] = r.card.scheduled_days;
  j["elapsed_days"] = r.card.elapsed_days;
  j["last_review_ms"] = r.card.last_review_ms ? nlohmann::json(*r.card.last_review_ms) : nlohmann::json();
  j["buried_until_day"] = r.buried_until_day ? nlohmann::json(*r.buried_until_day) : nlohmann::json();
  j["new_position"] = r.new_position;
  j["created_ms"] = r.created_ms;
  return j;
}

template <typename T> std::optional<T> optional_of(const nlohmann::json& j) {
  if (j.is_null()) {
    return std::nullopt;
  }
  return j.get<T>();
}

// Writes the scheduling columns of `card` (and queue, burial) into row `id`.
void write_card(Database& db, std::int64_t id, const srs::Card& card, int queue,
                std::optional<std::int64_t> buried_until_day) {
  db.prepare("UPDATE cards SET state = ?, queue = ?, due_ms = ?, stability = ?, difficulty = ?, "
             "reps = ?, lapses = ?, learning_steps = ?, scheduled_days = ?, elapsed_days = ?, "
             "last_review_ms = ?, buried_until_day = ? WHERE id = ?")
      .bind(1, static_cast<int>(card.state))
      .bind(2, queue)
      .bind(3, card.due_ms)
      .bind(4, card.stability)
      .bind(5, card.difficulty)
      .bind(6, card.reps)
      .bind(7, card.lapses)
      .bind(8, card.learning_steps)
      .bind(9, card.scheduled_days)
      .bind(10, card.elapsed_days)
      .bind(11, card.last_review_ms)
      .bind(12, buried_until_day)
      .bind(13, id)
      .run();
}

// Resolves a deck filter to a deck id. Throws UsageError for an unknown name.
std::optional<std::int64_t> deck_id_of(Database& db, const DeckFilter& deck) {
  if (!deck) {
    return std::nullopt;
  }
  Statement s = db.prepare("SELECT id FROM decks WHERE name = ?");
  s.bind(1, *deck);
  if (!s.step()) {
    throw UsageError("no deck called \"" + *deck + "\"");
  }
  return s.column_int(0);
}

// Everything the queue needs at one moment.
struct Day {
  int rollover = srs::k_default_rollover_hour;
  std::int64_t today = 0;
  std::int64_t start_ms = 0;
  std::int64_t end_ms = 0;
};

Day day_of(Database& db, std::int64_t now_ms) {
  Day d;
  d.rollover = rollover_hour(db);
  d.today = srs::collection_day(now_ms, d.rollover);
  d.start_ms = srs::day_start_ms(d.today, d.rollover);
  d.end_ms = srs::day_start_ms(d.today + 1, d.rollover);
  return d;
}

// Caches the scheduler and config of each deck during one call.
class DeckCache {
public:
  explicit DeckCache(Database& db) : m_db(db) {}
  const srs::Scheduler& scheduler(std::int64_t deck_id) { return entry(deck_id).scheduler; }
  const DeckConfig& config(std::int64_t deck_id) { return entry(deck_id).config; }

private:
  struct Entry {
    DeckConfig config;
    srs::Scheduler scheduler;
  };
  Entry& entry(std::int64_t deck_id) {
    auto it = m_entries.find(deck_id);
    if (it == m_entries.end()) {
      it = m_entries
               .emplace(deck_id, Entry{load_deck_config(m_db, deck_id),
                                       srs::make_scheduler(deck_parameters(m_db, deck_id))})
               .first;
    }
    return it->second;
  }
  Database& m_db;
  std::map<std::int64_t, Entry> m_entries;
};

struct Queue {
  std::vector<CardRecord> learning_now;   // due at or before now, earliest first
  std::vector<CardRecord> learning_ahead; // due within the learn-ahead window
  std::vector<CardRecord> reviews;        // limited, in order
  std::vector<CardRecord> news;           // limited, in order
  std::int64_t answered_today = 0;
  QueueCounts counts() const {
    return {static_cast<int>(news.size()),
            static_cast<int>(learning_now.size() + learning_ahead.size()),
            static_cast<int>(reviews.size())};
  }
};

Queue build_queue(Database& db, const DeckFilter& deck, std::int64_t now_ms) {
  const std::optional<std::int64_t> only = deck_id_of(db, deck);
  const Day day = day_of(db, now_ms);
  DeckCache decks(db);

  // What each deck already studied today.
  std::map<std::int64_t, std::pair<int, int>> done; // deck -> (new, review)
  Queue q;
  {
    Statement s = db.prepare(
        "SELECT n.deck_id, sum(r.state_before = 0), sum(r.state_before = 2), count(*) "
        "FROM review_log r JOIN cards c ON c.id = r.card_id JOIN notes n ON n.id = c.note_id "
        "WHERE r.reviewed_ms >= ? AND r.reviewed_ms < ? AND (? IS NULL OR n.deck_id = ?) "
        "GROUP BY n.deck_id");
    s.bind(1, day.start_ms).bind(2, day.end_ms).bind(3, only).bind(4, only);
    while (s.step()) {
      done[s.column_int(0)] = {static_cast<int>(s.column_int(1)), static_cast<int>(s.column_int(2))};
      q.answered_today += s.column_int(3);
    }
  }

  // Learning and due review cards (few), then each deck's next new cards up to its limit, so a
  // collection with thousands of new cards reads only the ones that can come today.
  const std::string active =
      " FROM cards c JOIN notes n ON n.id = c.note_id "
      "WHERE c.queue IN (0, -2) AND (c.queue = 0 OR c.buried_until_day <= ?) "
      "AND (? IS NULL OR n.deck_id = ?) ";
  std::vector<CardRecord> reviews;
  std::map<std::int64_t, int> review_left;
  {
    Statement s = db.prepare(std::string("SELECT ") + std::string(k_card_columns) + active +
                             "AND c.state IN (1, 2, 3) AND c.due_ms < ?");
    s.bind(1, day.today).bind(2, only).bind(3, only).bind(4, std::max(day.end_ms, now_ms + srs::k_ms_per_day));
    while (s.step()) {
      CardRecord r = read_record(s);
      const DeckConfig& config = decks.config(r.deck_id);
      if (!review_left.contains(r.deck_id)) {
        review_left[r.deck_id] = std::max(0, config.reviews_per_day - done[r.deck_id].second);
      }
      if (r.card.state == srs::State::review) {
        if (r.card.due_ms < day.end_ms) {
          reviews.push_back(std::move(r));
        }
      } else if (r.card.due_ms <= now_ms) {
        q.learning_now.push_back(std::move(r));
      } else if (r.card.due_ms <= now_ms + config.learn_ahead_ms) {
        q.learning_ahead.push_back(std::move(r));
      }
    }
  }
  {
    std::vector<std::int64_t> deck_ids;
    if (only) {
      deck_ids.push_back(*only);
    } else {
      Statement s = db.prepare("SELECT id FROM decks ORDER BY id");
      while (s.step()) {
        deck_ids.push_back(s.column_int(0));
      }
    }
    // The unary + keeps SQLite on the partial index cards_new (schema v2), read in order.
    Statement s = db.prepare(std::string("SELECT ") + std::string(k_card_columns) +
                             " FROM cards c JOIN notes n ON n.id = c.note_id "
                             "WHERE (+c.queue = 0 OR (+c.queue = -2 AND c.buried_until_day <= ?)) "
                             "AND (? IS NULL OR n.deck_id = ?) AND c.state = 0 "
                             "ORDER BY c.new_position, c.id LIMIT ?");
    for (const std::int64_t deck_id : deck_ids) {
      const int left = std::max(0, decks.config(deck_id).new_per_day - done[deck_id].first);
      if (left == 0) {
        continue;
      }
      s.reset();
      s.bind(1, day.today).bind(2, deck_id).bind(3, deck_id).bind(4, left);
      while (s.step()) {
        q.news.push_back(read_record(s));
      }
    }
    // Across decks, new cards come in the order they were added.
    std::stable_sort(q.news.begin(), q.news.end(), [](const CardRecord& a, const CardRecord& b) {
      return a.new_position != b.new_position ? a.new_position < b.new_position : a.id < b.id;
    });
  }
  const auto by_due = [](const CardRecord& a, const CardRecord& b) {
    return a.card.due_ms != b.card.due_ms ? a.card.due_ms < b.card.due_ms : a.id < b.id;
  };
  std::sort(q.learning_now.begin(), q.learning_now.end(), by_due);
  std::sort(q.learning_ahead.begin(), q.learning_ahead.end(), by_due);

  // Overdue reviews first, the most forgotten (lowest retrievability) first; then today's.
  struct Keyed {
    bool overdue;
    double r;
    std::size_t index;
  };
  std::vector<Keyed> keys;
  keys.reserve(reviews.size());
  for (std::size_t i = 0; i < reviews.size(); ++i) {
    const CardRecord& r = reviews[i];
    const bool overdue = srs::collection_day(r.card.due_ms, day.rollover) < day.today;
    const double rv = overdue ? srs::retrievability(decks.scheduler(r.deck_id), r.card, now_ms) : 0;
    keys.push_back({overdue, rv, i});
  }
  std::sort(keys.begin(), keys.end(), [&](const Keyed& a, const Keyed& b) {
    if (a.overdue != b.overdue) {
      return a.overdue;
    }
    if (a.overdue && a.r != b.r) {
      return a.r < b.r;
    }
    return by_due(reviews[a.index], reviews[b.index]);
  });
  for (const Keyed& k : keys) {
    CardRecord& r = reviews[k.index];
    if (review_left[r.deck_id] > 0) {
      --review_left[r.deck_id];
      q.reviews.push_back(std::move(r));
    }
  }
  return q;
}

DueCard due_card(const CardRecord& r, QueueCounts counts) {
  return {r.id, r.note_id, r.deck_id, r.card_type, r.card.state, r.card.due_ms, counts};
}

// Review cards keep ts-fsrs's due time of day, but must fall on the day their interval names
// even when a daylight-saving change lies between (or the rollover hour cuts the day).
void align_due_day(srs::Card& card, const Day& day) {
  if (card.state != srs::State::review || card.scheduled_days <= 0) {
    return;
  }
  const std::int64_t want = day.today + card.scheduled_days;
  const std::int64_t got = srs::collection_day(card.due_ms, day.rollover);
  if (got < want) {
    card.due_ms = srs::day_start_ms(want, day.rollover);
  } else if (got > want) {
    card.due_ms = srs::day_start_ms(want + 1, day.rollover) - 1;
  }
}

std::array<srs::Card, 4> outcomes_of(Database& db, const CardRecord& r, std::int64_t now_ms,
                                     const Day& day) {
  const srs::Scheduler scheduler = srs::make_scheduler(deck_parameters(db, r.deck_id));
  int elapsed = 0;
  if (r.card.state != srs::State::new_card && r.card.last_review_ms) {
    elapsed = static_cast<int>(std::max<std::int64_t>(
        0, day.today - srs::collection_day(*r.card.last_review_ms, day.rollover)));
  }
  auto out = srs::preview(scheduler, r.card, now_ms, elapsed);
  for (srs::Card& c : out) {
    align_due_day(c, day);
  }
  return out;
}

bool has_tag(const std::string& tags, std::string_view tag) {
  std::size_t i = 0;
  while (i < tags.size()) {
    const std::size_t j = std::min(tags.find(' ', i), tags.size());
    if (std::string_view(tags).substr(i, j - i) == tag) {
      return true;
    }
    i = j + 1;
  }
  return false;
}

} // namespace

std::optional<DueCard> next_card(Database& db, const DeckFilter& deck, std::int64_t now_ms) {
  return next_card(db, deck, now_ms, NextCardOptions{});
}

std::optional<DueCard> next_card(Database& db, const DeckFilter& deck, std::int64_t now_ms,
                                 const NextCardOptions& options) {
  const Queue q = build_queue(db, deck, now_ms);
  const QueueCounts counts = q.counts();
  if (!q.learning_now.empty()) {
    return due_card(q.learning_now.front(), counts);
  }
  const auto n = options.allow_new ? static_cast<std::int64_t>(q.news.size()) : 0;
  const auto r = static_cast<std::int64_t>(q.reviews.size());
  if (n > 0 || r > 0) {
    // New cards spread evenly among the reviews: one new card every (n + r) / n answers.
    bool take_new = r == 0;
    if (n > 0 && r > 0) {
      const std::int64_t every = (n + r) / n;
      take_new = q.answered_today % every == 0;
    }
    return due_card(take_new ? q.news.front() : q.reviews.front(), counts);
  }
  if (!q.learning_ahead.empty()) {
    return due_card(q.learning_ahead.front(), counts);
  }
  return std::nullopt;
}

QueueCounts counts(Database& db, const DeckFilter& deck, std::int64_t now_ms) {
  return build_queue(db, deck, now_ms).counts();
}

std::array<Outcome, 4> preview(Database& db, std::int64_t card_id, std::int64_t now_ms) {
  const auto r = load_record(db, card_id);
  if (!r) {
    throw UsageError("no card with id " + std::to_string(card_id));
  }
  const Day day = day_of(db, now_ms);
  const auto cards = outcomes_of(db, *r, now_ms, day);
  std::array<Outcome, 4> out;
  for (std::size_t i = 0; i < 4; ++i) {
    out[i].rating = static_cast<srs::Rating>(i + 1);
    out[i].card = cards[i];
    out[i].interval_ms = cards[i].due_ms - now_ms;
    out[i].label = srs::interval_label(
        out[i].interval_ms, cards[i].state == srs::State::review ? cards[i].scheduled_days : 0);
  }
  return out;
}

AnswerResult answer(Database& db, std::int64_t card_id, srs::Rating rating, std::int64_t now_ms,
                    std::int64_t duration_ms) {
  const int g = static_cast<int>(rating);
  if (g < 1 || g > 4) {
    throw UsageError("a rating is 1 (Again) to 4 (Easy), not " + std::to_string(g));
  }
  Transaction tx(db);
  const auto before = load_record(db, card_id);
  if (!before) {
    throw UsageError("no card with id " + std::to_string(card_id));
  }
  if (before->queue == k_queue_suspended) {
    throw UsageError("card " + std::to_string(card_id) + " is suspended");
  }
  const Day day = day_of(db, now_ms);
  const DeckConfig config = load_deck_config(db, before->deck_id);
  AnswerResult result;
  result.card = outcomes_of(db, *before, now_ms, day)[static_cast<std::size_t>(g - 1)];
  nlohmann::json snap = snapshot(*before);

  // Leeches: at the threshold the note is tagged "leech" and the card suspended; every half
  // threshold (4 lapses by default) after that, the learner is warned again.
  int queue = k_queue_active;
  if (result.card.lapses > before->card.lapses) {
    const int lapses = result.card.lapses;
    const int every = std::max(1, config.leech_threshold / 2);
    if (lapses == config.leech_threshold) {
      result.became_leech = true;
      queue = k_queue_suspended;
      if (!has_tag(before->tags, "leech")) {
        snap["note_tags"] = before->tags;
        const std::string tags = before->tags.empty() ? "leech" : before->tags + " leech";
        db.prepare("UPDATE notes SET tags = ? WHERE id = ?").bind(1, tags).bind(2, before->note_id).run();
      }
    } else if (lapses > config.leech_threshold && (lapses - config.leech_threshold) % every == 0) {
      result.leech_warning = true;
    }
  }

  // Siblings (other cards of the note) that would come up today wait until tomorrow.
  if (config.bury_siblings) {
    Statement s = db.prepare(
        "SELECT id, queue, buried_until_day FROM cards WHERE note_id = ? AND id != ? "
        "AND (queue = 0 OR (queue = -2 AND buried_until_day <= ?)) "
        "AND (state = 0 OR (state = 2 AND due_ms < ?))");
    s.bind(1, before->note_id).bind(2, card_id).bind(3, day.today).bind(4, day.end_ms);
    nlohmann::json buried = nlohmann::json::array();
    std::vector<std::int64_t> ids;
    while (s.step()) {
      buried.push_back({{"id", s.column_int(0)},
                        {"queue", s.column_int(1)},
                        {"buried_until_day", s.is_null(2) ? nlohmann::json() : nlohmann::json(s.column_int(2))}});
      ids.push_back(s.column_int(0));
    }
    for (std::int64_t id : ids) {
      db.prepare("UPDATE cards SET queue = -2, buried_until_day = ? WHERE id = ?")
          .bind(1, day.today + 1)
          .bind(2, id)
          .run();
    }
    if (!ids.empty()) {
      snap["buried_siblings"] = std::move(buried);
    }
    result.siblings_buried = static_cast<int>(ids.size());
  }

  write_card(db, card_id, result.card, queue, std::nullopt);
  db.prepare("INSERT INTO review_log (card_id, reviewed_ms, rating, state_before, state_after, "
             "stability, difficulty, elapsed_days, scheduled_days, duration_ms, card_before) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(1, card_id)
      .bind(2, now_ms)
      .bind(3, g)
      .bind(4, static_cast<int>(before->card.state))
      .bind(5, static_cast<int>(result.card.state))
      .bind(6, result.card.stability)
      .bind(7, result.card.difficulty)
      .bind(8, result.card.elapsed_days)
      .bind(9, result.card.scheduled_days)
      .bind(10, std::max<std::int64_t>(0, duration_ms))
      .bind(11, snap.dump())
      .run();
  result.review_log_id = db.last_insert_rowid();
  tx.commit();
  return result;
}

std::optional<std::int64_t> undo_last(Database& db) {
  Transaction tx(db);
  Statement s = db.prepare("SELECT id, card_id, card_before FROM review_log ORDER BY id DESC LIMIT 1");
  if (!s.step()) {
    return std::nullopt;
  }
  const std::int64_t log_id = s.column_int(0);
  const std::int64_t card_id = s.column_int(1);
  const nlohmann::json j = nlohmann::json::parse(s.column_text(2), nullptr, false);
  if (!j.is_object()) {
    throw DatabaseError("review_log row " + std::to_string(log_id) +
                        " has no readable card snapshot; cannot undo");
  }
  srs::Card card;
  card.state = static_cast<srs::State>(j.at("state").get<int>());
  card.due_ms = j.at("due_ms").get<std::int64_t>();
  card.stability = j.at("stability").get<double>();
  card.difficulty = j.at("difficulty").get<double>();
  card.reps = j.at("reps").get<int>();
  card.lapses = j.at("lapses").get<int>();
  card.learning_steps = j.at("learning_steps").get<int>();
  card.scheduled_days = j.at("scheduled_days").get<int>();
  card.elapsed_days = j.at("elapsed_days").get<int>();
  card.last_review_ms = optional_of<std::int64_t>(j.at("last_review_ms"));
  write_card(db, card_id, card, j.at("queue").get<int>(),
             optional_of<std::int64_t>(j.at("buried_until_day")));
  if (const auto it = j.find("buried_siblings"); it != j.end()) {
    for (const auto& sibling : *it) {
      db.prepare("UPDATE cards SET queue = ?, buried_until_day = ? WHERE id = ?")
          .bind(1, sibling.at("queue").get<int>())
          .bind(2, optional_of<std::int64_t>(sibling.at("buried_until_day")))
          .bind(3, sibling.at("id").get<std::int64_t>())
          .run();
    }
  }
  if (const auto it = j.find("note_tags"); it != j.end()) {
    db.prepare("UPDATE notes SET tags = ? WHERE id = ?")
        .bind(1, it->get<std::string>())
        .bind(2, j.at("note_id").get<std::int64_t>())
        .run();
  }
  db.prepare("DELETE FROM review_log WHERE id = ?").bind(1, log_id).run();
  tx.commit();
  return card_id;
}

bool suspend(Database& db, std::int64_t card_id) {
  db.prepare("UPDATE cards SET queue = -1, buried_until_day = NULL WHERE id = ?").bind(1, card_id).run();
  return db.changes() > 0;
}

bool unsuspend(Database& db, std::int64_t card_id) {
  db.prepare("UPDATE cards SET queue = 0 WHERE id = ? AND queue = -1").bind(1, card_id).run();
  return load_record(db, card_id).has_value();
}

bool bury(Database& db, std::int64_t card_id, std::int64_t now_ms) {
  const Day day = day_of(db, now_ms);
  db.prepare("UPDATE cards SET queue = -2, buried_until_day = ? WHERE id = ? AND queue != -1")
      .bind(1, day.today + 1)
      .bind(2, card_id)
      .run();
  return load_record(db, card_id).has_value();
}

int unbury(Database& db, const DeckFilter& deck) {
  const std::optional<std::int64_t> only = deck_id_of(db, deck);
  db.prepare("UPDATE cards SET queue = 0, buried_until_day = NULL WHERE queue = -2 AND "
             "(? IS NULL OR note_id IN (SELECT id FROM notes WHERE deck_id = ?))")
      .bind(1, only)
      .bind(2, only)
      .run();
  return db.changes();
}

void cache_for_review(Database& db) {
  db.exec("PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456;");
}

bool unbury_card(Database& db, std::int64_t card_id) {
  db.prepare("UPDATE cards SET queue = 0, buried_until_day = NULL WHERE id = ? AND queue = -2")
      .bind(1, card_id)
      .run();
  return db.changes() > 0;
}

namespace {

bool to_new(Database& db, std::int64_t card_id, std::int64_t now_ms, bool zero_counts) {
  Transaction tx(db);
  const auto r = load_record(db, card_id);
  if (!r) {
    return false;
  }
  Statement next = db.prepare("SELECT coalesce(max(new_position), 0) + 1 FROM cards");
  next.step();
  const std::int64_t position = next.column_int(0);
  srs::Card card = srs::new_card(now_ms);
  if (!zero_counts) {
    card.reps = r->card.reps;
    card.lapses = r->card.lapses;
  }
  const int queue = r->queue == k_queue_suspended ? k_queue_suspended : k_queue_active;
  write_card(db, card_id, card, queue, std::nullopt);
  db.prepare("UPDATE cards SET new_position = ? WHERE id = ?").bind(1, position).bind(2, card_id).run();
  tx.commit();
  return true;
}

} // namespace

bool forget(Database& db, std::int64_t card_id, std::int64_t now_ms) {
  return to_new(db, card_id, now_ms, false);
}

bool reset(Database& db, std::int64_t card_id, std::int64_t now_ms) {
  return to_new(db, card_id, now_ms, true);
}

std::optional<srs::Card> load_card(Database& db, std::int64_t card_id) {
  if (auto r = load_record(db, card_id)) {
    return r->card;
  }
  return std::nullopt;
}

std::int64_t collection_day(Database& db, std::int64_t now_ms) {
  return srs::collection_day(now_ms, rollover_hour(db));
}

std::vector<ReviewLogEntry> review_history(Database& db, const DeckFilter& deck) {
  const std::optional<std::int64_t> only = deck_id_of(db, deck);
  Statement s = db.prepare(
      "SELECT r.id, r.card_id, r.reviewed_ms, r.rating, r.state_before, r.state_after, "
      "r.stability, r.difficulty, r.elapsed_days, r.scheduled_days, r.duration_ms "
      "FROM review_log r JOIN cards c ON c.id = r.card_id JOIN notes n ON n.id = c.note_id "
      "WHERE (? IS NULL OR n.deck_id = ?) ORDER BY r.card_id, r.reviewed_ms, r.id");
  s.bind(1, only).bind(2, only);
  std::vector<ReviewLogEntry> out;
  while (s.step()) {
    ReviewLogEntry e;
    e.id = s.column_int(0);
    e.card_id = s.column_int(1);
    e.reviewed_ms = s.column_int(2);
    e.rating = static_cast<int>(s.column_int(3));
    e.state_before = static_cast<int>(s.column_int(4));
    e.state_after = static_cast<int>(s.column_int(5));
    e.stability = s.column_double(6);
    e.difficulty = s.column_double(7);
    e.elapsed_days = static_cast<int>(s.column_int(8));
    e.scheduled_days = static_cast<int>(s.column_int(9));
    e.duration_ms = s.column_int(10);
    out.push_back(e);
  }
  return out;
}

std::int64_t review_count(Database& db) {
  Statement s = db.prepare("SELECT count(*) FROM review_log");
  s.step();
  return s.column_int(0);
}

} // namespace wortkiste::store
