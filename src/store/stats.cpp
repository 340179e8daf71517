#include "store/stats.h"

#include "core/error.h"
#include "srs/calendar.h"
#include "store/deck_config.h"

namespace wortkiste::store {

Stats compute_stats(Database& db, const DeckFilter& deck, std::int64_t now_ms) {
  std::optional<std::int64_t> only;
  if (deck) {
    Statement s = db.prepare("SELECT id FROM decks WHERE name = ?");
    s.bind(1, *deck);
    if (!s.step()) {
      throw UsageError("no deck called \"" + *deck + "\"");
    }
    only = s.column_int(0);
  }
  const int rollover = rollover_hour(db);
  const std::int64_t today = srs::collection_day(now_ms, rollover);
  constexpr int k_days = 30;
  std::vector<std::int64_t> day_starts; // today - 29 .. today + 30
  for (std::int64_t d = today - (k_days - 1); d <= today + k_days; ++d) {
    day_starts.push_back(srs::day_start_ms(d, rollover));
  }
  const auto start_of = [&](std::int64_t offset) { // offset from today
    return day_starts[static_cast<std::size_t>(offset + k_days - 1)];
  };

  Stats st;
  st.due_per_day.assign(k_days, 0);
  st.reviews_per_day.assign(k_days, 0);
  {
    Statement s = db.prepare(
        "SELECT c.state, c.queue, c.buried_until_day, c.due_ms, c.stability "
        "FROM cards c JOIN notes n ON n.id = c.note_id WHERE (? IS NULL OR n.deck_id = ?)");
    s.bind(1, only).bind(2, only);
    double stability_sum = 0;
    std::int64_t stability_count = 0;
    while (s.step()) {
      const auto state = s.column_int(0);
      const auto queue = s.column_int(1);
      if (queue == k_queue_suspended) {
        ++st.cards_by_state.suspended;
        continue;
      }
      switch (state) {
      case 0: ++st.cards_by_state.new_cards; break;
      case 1: ++st.cards_by_state.learning; break;
      case 2: ++st.cards_by_state.review; break;
      default: ++st.cards_by_state.relearning; break;
      }
      if (state == 2 || state == 3) {
        stability_sum += s.column_double(4);
        ++stability_count;
      }
      const bool buried = queue == k_queue_buried && !s.is_null(2) && s.column_int(2) > today;
      if (buried) {
        ++st.cards_by_state.buried;
      }
      if (state == 0 || buried) {
        continue;
      }
      const std::int64_t due = s.column_int(3);
      if (due < start_of(1)) {
        ++st.due_today;
      }
      if (due < start_of(7)) {
        ++st.due_next_7_days;
      }
      for (int i = 0; i < k_days; ++i) {
        if (due < start_of(i + 1)) {
          ++st.due_per_day[static_cast<std::size_t>(i)];
          break;
        }
      }
    }
    if (stability_count > 0) {
      st.average_stability = stability_sum / static_cast<double>(stability_count);
    }
  }
  {
    Statement s = db.prepare(
        "SELECT r.reviewed_ms, r.rating, r.state_before FROM review_log r "
        "JOIN cards c ON c.id = r.card_id JOIN notes n ON n.id = c.note_id "
        "WHERE r.reviewed_ms >= ? AND r.reviewed_ms < ? AND (? IS NULL OR n.deck_id = ?)");
    s.bind(1, start_of(-(k_days - 1))).bind(2, start_of(1)).bind(3, only).bind(4, only);
    std::int64_t passed = 0;
    while (s.step()) {
      const std::int64_t t = s.column_int(0);
      int offset = 0; // days before today
      while (offset < k_days - 1 && t < start_of(-offset)) {
        ++offset;
      }
      ++st.reviews_per_day[static_cast<std::size_t>(k_days - 1 - offset)];
      if (offset == 0) {
        ++st.reviews_today;
      }
      // True retention: answers to cards in Review state, Again counting as forgotten.
      if (s.column_int(2) == 2) {
        ++st.retention_reviews_30d;
        if (s.column_int(1) > 1) {
          ++passed;
        }
      }
    }
    if (st.retention_reviews_30d > 0) {
      st.true_retention_30d =
          static_cast<double>(passed) / static_cast<double>(st.retention_reviews_30d);
    }
  }
  return st;
}

namespace {

// "JOIN ... WHERE d.name = ?" when a deck is chosen; the review log itself has no deck.
constexpr const char* k_deck_join =
    " JOIN cards c ON c.id = r.card_id JOIN notes n ON n.id = c.note_id"
    " JOIN decks d ON d.id = n.deck_id ";

} // namespace

AnswerCount answers_since(Database& db, std::int64_t from_ms) {
  Statement stmt = db.prepare(
      "SELECT COUNT(*), COALESCE(SUM(rating > 1), 0) FROM review_log WHERE reviewed_ms >= ?");
  stmt.bind(1, from_ms);
  AnswerCount count;
  if (stmt.step()) {
    count.answers = stmt.column_int(0);
    count.passed = stmt.column_int(1);
  }
  return count;
}

std::vector<std::int64_t> answers_between(Database& db, const DeckFilter& deck,
                                          const std::vector<std::int64_t>& bounds) {
  if (bounds.size() < 2) {
    return {};
  }
  std::vector<std::int64_t> counts(bounds.size() - 1, 0);
  std::string sql = "SELECT r.reviewed_ms FROM review_log r";
  if (deck) {
    sql += k_deck_join;
    sql += "WHERE d.name = ?1 AND r.reviewed_ms >= ?2 AND r.reviewed_ms < ?3";
  } else {
    sql += " WHERE r.reviewed_ms >= ?2 AND r.reviewed_ms < ?3";
  }
  sql += " ORDER BY r.reviewed_ms";
  Statement stmt = db.prepare(sql);
  if (deck) {
    stmt.bind(1, *deck);
  }
  stmt.bind(2, bounds.front());
  stmt.bind(3, bounds.back());
  std::size_t index = 0;
  while (stmt.step()) {
    const std::int64_t at = stmt.column_int(0);
    while (index + 1 < bounds.size() && at >= bounds[index + 1]) {
      ++index;
    }
    if (index < counts.size()) {
      ++counts[index];
    }
  }
  return counts;
}

std::array<AnswerCount, 5> retention_by_card_age(Database& db, const DeckFilter& deck) {
  // Answers to cards in the Review state only: learning steps say little about memory.
  std::string sql =
      "SELECT CASE WHEN age < 7 * 86400000 THEN 0 WHEN age < 28 * 86400000 THEN 1 "
      "WHEN age < 91 * 86400000 THEN 2 WHEN age < 365 * 86400000 THEN 3 ELSE 4 END AS band, "
      "COUNT(*), SUM(rating > 1) FROM (SELECT r.rating, r.reviewed_ms - (SELECT MIN(f.reviewed_ms) "
      "FROM review_log f WHERE f.card_id = r.card_id) AS age FROM review_log r";
  if (deck) {
    sql += k_deck_join;
    sql += "WHERE d.name = ?1 AND r.state_before = 2";
  } else {
    sql += " WHERE r.state_before = 2";
  }
  sql += ") GROUP BY band ORDER BY band";
  std::array<AnswerCount, 5> bands{};
  Statement stmt = db.prepare(sql);
  if (deck) {
    stmt.bind(1, *deck);
  }
  while (stmt.step()) {
    const auto band = static_cast<std::size_t>(stmt.column_int(0));
    if (band < bands.size()) {
      bands[band].answers = stmt.column_int(1);
      bands[band].passed = stmt.column_int(2);
    }
  }
  return bands;
}

} // namespace wortkiste::store
