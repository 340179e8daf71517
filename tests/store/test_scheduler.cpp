#include "core/error.h"
#include "srs/calendar.h"
#include "srs/fsrs.h"
#include "store/deck_config.h"
#include "store/notes.h"
#include "store/review_log.h"
#include "store/scheduler.h"

#include <doctest/doctest.h>

#include "../support/time_zone.h"

#include <csignal>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace wortkiste;
using srs::Rating;
using srs::State;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t k_minute = 60'000;
constexpr std::int64_t k_hour = 3'600'000;
constexpr std::int64_t k_day = 86'400'000;

using wortkiste::testing::TimeZone;

// ms of a UTC date and time.
std::int64_t utc(int y, int mo, int d, int h = 0, int mi = 0) {
  return srs::days_from_civil(y, mo, d) * k_day + h * k_hour + mi * k_minute;
}

struct Collection {
  TimeZone tz;
  store::Database db;
  std::int64_t deck_id = 0;
  int notes = 0;

  explicit Collection(const char* zone = "UTC", const fs::path& path = ":memory:")
      : tz(zone), db(store::Database::open(path)) {
    deck_id = store::ensure_deck(db, "Deutsch", utc(2026, 1, 1)).id;
  }
  // Adds a note with cards of `types`; returns its card ids.
  std::vector<std::int64_t> add_note(std::int64_t now,
                                     std::vector<std::string> types = {"recognition"}) {
    const std::string lemma = "Wort" + std::to_string(++notes);
    const std::int64_t note = store::insert_note(db, deck_id, lemma, "NOUN", "{}", now);
    store::create_cards(db, note, types, now);
    std::vector<std::int64_t> ids;
    store::Statement s = db.prepare("SELECT id FROM cards WHERE note_id = ? ORDER BY id");
    s.bind(1, note);
    while (s.step()) {
      ids.push_back(s.column_int(0));
    }
    return ids;
  }
  void config(const std::function<void(store::DeckConfig&)>& change) {
    store::DeckConfig c = store::load_deck_config(db, deck_id);
    change(c);
    REQUIRE(store::save_deck_config(db, deck_id, c));
  }
  int queue_of(std::int64_t card) {
    store::Statement s = db.prepare("SELECT queue FROM cards WHERE id = ?");
    s.bind(1, card);
    REQUIRE(s.step());
    return static_cast<int>(s.column_int(0));
  }
  std::string tags_of_card(std::int64_t card) {
    store::Statement s =
        db.prepare("SELECT n.tags FROM cards c JOIN notes n ON n.id = c.note_id WHERE c.id = ?");
    s.bind(1, card);
    REQUIRE(s.step());
    return s.column_text(0);
  }
  // Answers whatever comes next until nothing is due (or `limit` answers); returns the count.
  int study(std::int64_t now, Rating rating, int limit = 1000) {
    int n = 0;
    while (n < limit) {
      const auto next = store::next_card(db, std::nullopt, now);
      if (!next) {
        break;
      }
      store::answer(db, next->card_id, rating, now, 5000);
      ++n;
    }
    return n;
  }
};

// Every column of a card row, doubles compared exactly.
struct FullRow {
  std::vector<std::optional<std::int64_t>> ints;
  std::vector<double> reals;
  std::string card_type;
  friend bool operator==(const FullRow&, const FullRow&) = default;
};

FullRow full_row(store::Database& db, std::int64_t card) {
  store::Statement s = db.prepare(
      "SELECT id, note_id, state, queue, due_ms, reps, lapses, learning_steps, scheduled_days, "
      "elapsed_days, last_review_ms, buried_until_day, new_position, created_ms, stability, "
      "difficulty, card_type FROM cards WHERE id = ?");
  s.bind(1, card);
  REQUIRE(s.step());
  FullRow r;
  for (int i = 0; i < 14; ++i) {
    r.ints.push_back(s.column_optional_int(i));
  }
  r.reals = {s.column_double(14), s.column_double(15)};
  r.card_type = s.column_text(16);
  return r;
}

std::int64_t count(store::Database& db, const std::string& sql) {
  store::Statement s = db.prepare(sql);
  REQUIRE(s.step());
  return s.column_int(0);
}

} // namespace

TEST_CASE("store::next_card") {
  const std::int64_t t = utc(2026, 3, 2, 9);

  SUBCASE("new cards up to the daily limit (20), the rest on the next day") {
    Collection c;
    for (int i = 0; i < 25; ++i) {
      c.add_note(t);
    }
    CHECK(store::counts(c.db, std::nullopt, t) == store::QueueCounts{20, 0, 0});
    CHECK(c.study(t, Rating::easy) == 20);
    CHECK_FALSE(store::next_card(c.db, std::nullopt, t + k_hour));
    CHECK(store::counts(c.db, std::nullopt, t + k_hour) == store::QueueCounts{0, 0, 0});
    CHECK(store::counts(c.db, std::nullopt, t + k_day).new_cards == 5);
  }

  SUBCASE("a deck's own limit, and a filter by deck name") {
    Collection c;
    for (int i = 0; i < 8; ++i) {
      c.add_note(t);
    }
    c.config([](store::DeckConfig& d) { d.new_per_day = 3; });
    CHECK(store::counts(c.db, std::string("Deutsch"), t).new_cards == 3);
    CHECK_THROWS_AS(store::counts(c.db, std::string("Nope"), t), UsageError);
  }

  SUBCASE("learning cards due now come first; those due soon only when nothing else is left") {
    Collection c;
    const auto a = c.add_note(t)[0];
    c.add_note(t);
    c.add_note(t);
    store::answer(c.db, a, Rating::again, t, 1000); // learning, due in 1 minute
    auto next = store::next_card(c.db, std::nullopt, t + 1000);
    REQUIRE(next);
    CHECK(next->card_id != a);
    CHECK(next->counts == store::QueueCounts{2, 1, 0});
    next = store::next_card(c.db, std::nullopt, t + 2 * k_minute);
    REQUIRE(next);
    CHECK(next->card_id == a);
    store::answer(c.db, a, Rating::good, t + 2 * k_minute, 1000); // step 2: due in 10 minutes
    CHECK(c.study(t + 3 * k_minute, Rating::easy, 2) == 2);
    // Only `a` is left, due in 9 minutes: within the 20-minute learn-ahead window.
    next = store::next_card(c.db, std::nullopt, t + 3 * k_minute);
    REQUIRE(next);
    CHECK(next->card_id == a);
    CHECK(next->state == State::learning);
    // Outside the window nothing is shown.
    c.config([](store::DeckConfig& d) { d.learn_ahead_ms = 5 * k_minute; });
    CHECK_FALSE(store::next_card(c.db, std::nullopt, t + 3 * k_minute));
  }

  SUBCASE("reviews are limited per day; overdue ones come lowest retrievability first") {
    Collection c;
    c.config([](store::DeckConfig& d) { d.reviews_per_day = 3; });
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 6; ++i) {
      ids.push_back(c.add_note(t)[0]);
    }
    CHECK(c.study(t, Rating::easy) == 6);
    // Make one card much less stable: after the same time it is the most forgotten.
    c.db.prepare("UPDATE cards SET stability = 1.5 WHERE id = ?").bind(1, ids[4]).run();
    const std::int64_t later = t + 40 * k_day;
    CHECK(store::counts(c.db, std::nullopt, later).review == 3);
    const auto next = store::next_card(c.db, std::nullopt, later);
    REQUIRE(next);
    CHECK(next->card_id == ids[4]);
    CHECK(c.study(later, Rating::good) == 3);
    CHECK_FALSE(store::next_card(c.db, std::nullopt, later + k_hour));
    CHECK(store::counts(c.db, std::nullopt, later + k_day).review == 3);
  }

  SUBCASE("new cards are spread among the reviews") {
    Collection c;
    for (int i = 0; i < 10; ++i) {
      c.add_note(t);
    }
    CHECK(c.study(t, Rating::easy) == 10);
    c.config([](store::DeckConfig& d) { d.new_per_day = 5; });
    for (int i = 0; i < 5; ++i) {
      c.add_note(t + k_day);
    }
    const std::int64_t later = t + 30 * k_day;
    std::string order;
    for (int i = 0; i < 15; ++i) {
      const auto next = store::next_card(c.db, std::nullopt, later + i * k_minute);
      REQUIRE(next);
      order += next->state == State::new_card ? 'N' : 'R';
      store::answer(c.db, next->card_id, next->state == State::new_card ? Rating::easy : Rating::good,
                    later + i * k_minute, 1000);
    }
    CHECK(order.find('N') <= 3);
    CHECK(order.rfind('N') >= 9);
    CHECK(order.find("NNN") == std::string::npos);
    CHECK(std::count(order.begin(), order.end(), 'N') == 5);
  }
}

TEST_CASE("store::preview") {
  Collection c;
  const std::int64_t t = utc(2026, 3, 2, 9);
  const auto card = c.add_note(t)[0];
  const auto out = store::preview(c.db, card, t);
  CHECK(out[0].label == "1m");
  CHECK(out[1].label == "6m");
  CHECK(out[2].label == "10m");
  CHECK(out[3].label.ends_with("d"));
  CHECK(out[3].card.state == State::review);
  // The answer does what the preview said.
  const auto result = store::answer(c.db, card, Rating::easy, t, 1000);
  CHECK(result.card == out[3].card);
  CHECK_THROWS_AS(store::preview(c.db, 9999, t), UsageError);
}

TEST_CASE("store::answer") {
  const std::int64_t t = utc(2026, 3, 2, 9);

  SUBCASE("updates the card and appends one review-log row") {
    Collection c;
    const auto card = c.add_note(t)[0];
    const auto r = store::answer(c.db, card, Rating::good, t, 4200);
    CHECK(r.card.state == State::learning);
    CHECK(*store::load_card(c.db, card) == r.card);
    const auto log = store::review_history(c.db, std::nullopt);
    REQUIRE(log.size() == 1);
    CHECK(log[0].id == r.review_log_id);
    CHECK(log[0].rating == 3);
    CHECK(log[0].state_before == 0);
    CHECK(log[0].state_after == 1);
    CHECK(log[0].stability == r.card.stability);
    CHECK(log[0].difficulty == r.card.difficulty);
    CHECK(log[0].duration_ms == 4200);
    CHECK(log[0].reviewed_ms == t);
  }

  SUBCASE("refuses unknown and suspended cards") {
    Collection c;
    const auto card = c.add_note(t)[0];
    CHECK_THROWS_AS(store::answer(c.db, 12345, Rating::good, t, 0), UsageError);
    CHECK(store::suspend(c.db, card));
    CHECK_THROWS_AS(store::answer(c.db, card, Rating::good, t, 0), UsageError);
    CHECK(store::review_count(c.db) == 0);
  }

  SUBCASE("siblings of the note wait until the next day") {
    Collection c;
    const auto ids = c.add_note(t, {"recognition", "production"});
    c.add_note(t);
    const auto r = store::answer(c.db, ids[0], Rating::good, t, 1000);
    CHECK(r.siblings_buried == 1);
    CHECK(c.queue_of(ids[1]) == store::k_queue_buried);
    std::set<std::int64_t> seen;
    for (int i = 0; i < 20; ++i) {
      const std::int64_t now = t + (i + 1) * 15 * k_minute;
      const auto next = store::next_card(c.db, std::nullopt, now);
      if (!next) {
        break;
      }
      seen.insert(next->card_id);
      store::answer(c.db, next->card_id, Rating::easy, now, 1000);
    }
    CHECK_FALSE(seen.contains(ids[1]));
    const auto tomorrow = store::next_card(c.db, std::nullopt, t + k_day);
    REQUIRE(tomorrow);
    CHECK(tomorrow->card_id == ids[1]);
  }

  SUBCASE("leeches: at 8 lapses tagged and suspended, then a warning every 4 more") {
    Collection c;
    const auto card = c.add_note(t)[0];
    std::int64_t now = t;
    store::answer(c.db, card, Rating::easy, now, 1000);
    std::vector<int> became, warned;
    for (int lapse = 1; lapse <= 16; ++lapse) {
      now = store::load_card(c.db, card)->due_ms;
      const auto r = store::answer(c.db, card, Rating::again, now, 1000);
      REQUIRE(r.card.lapses == lapse);
      if (r.became_leech) {
        became.push_back(lapse);
        CHECK(c.queue_of(card) == store::k_queue_suspended);
        CHECK(c.tags_of_card(card) == "leech");
        CHECK(store::unsuspend(c.db, card));
      }
      if (r.leech_warning) {
        warned.push_back(lapse);
      }
      now += 10 * k_minute;
      store::answer(c.db, card, Rating::good, now, 1000);
    }
    CHECK(became == std::vector<int>{8});
    CHECK(warned == std::vector<int>{12, 16});
    CHECK(c.tags_of_card(card) == "leech");
  }
}

TEST_CASE("store::undo_last") {
  const std::int64_t t = utc(2026, 3, 2, 9);

  SUBCASE("after every answer from every state the card is restored exactly") {
    for (const State from : {State::new_card, State::learning, State::review, State::relearning}) {
      for (int g = 1; g <= 4; ++g) {
        Collection c;
        const auto ids = c.add_note(t, {"recognition", "production"});
        const auto card = ids[0];
        std::int64_t now = t;
        if (from != State::new_card) {
          store::answer(c.db, card, from == State::learning ? Rating::again : Rating::easy, now, 1);
          if (from == State::relearning) {
            now = store::load_card(c.db, card)->due_ms;
            store::answer(c.db, card, Rating::again, now, 1);
          }
          store::unbury(c.db, std::nullopt);
        }
        now = std::max(now, store::load_card(c.db, card)->due_ms) + k_minute;
        REQUIRE(store::load_card(c.db, card)->state == from);
        const FullRow before = full_row(c.db, card);
        const FullRow sibling = full_row(c.db, ids[1]);
        const auto rows = store::review_count(c.db);
        const auto counts = store::counts(c.db, std::nullopt, now);
        store::answer(c.db, card, static_cast<Rating>(g), now, 777);
        CHECK(store::review_count(c.db) == rows + 1);
        CHECK(store::undo_last(c.db) == card);
        INFO("from state " << static_cast<int>(from) << ", rating " << g);
        CHECK(full_row(c.db, card) == before);
        CHECK(full_row(c.db, ids[1]) == sibling);
        CHECK(store::review_count(c.db) == rows);
        CHECK(store::counts(c.db, std::nullopt, now) == counts);
      }
    }
  }

  SUBCASE("several levels, across days, then nothing left") {
    Collection c;
    const auto a = c.add_note(t)[0];
    const auto b = c.add_note(t)[0];
    const FullRow a0 = full_row(c.db, a), b0 = full_row(c.db, b);
    store::answer(c.db, a, Rating::good, t, 1);
    const FullRow a1 = full_row(c.db, a);
    store::answer(c.db, b, Rating::easy, t + k_minute, 1);
    store::answer(c.db, a, Rating::good, t + 3 * k_day, 1);
    CHECK(store::undo_last(c.db) == a);
    CHECK(full_row(c.db, a) == a1);
    CHECK(store::undo_last(c.db) == b);
    CHECK(full_row(c.db, b) == b0);
    CHECK(store::undo_last(c.db) == a);
    CHECK(full_row(c.db, a) == a0);
    CHECK_FALSE(store::undo_last(c.db));
  }

  SUBCASE("undoing the lapse that made a leech removes the tag and the suspension") {
    Collection c;
    c.config([](store::DeckConfig& d) { d.leech_threshold = 1; });
    const auto card = c.add_note(t)[0];
    store::answer(c.db, card, Rating::easy, t, 1);
    const auto due = store::load_card(c.db, card)->due_ms;
    const FullRow before = full_row(c.db, card);
    CHECK(store::answer(c.db, card, Rating::again, due, 1).became_leech);
    CHECK(c.tags_of_card(card) == "leech");
    store::undo_last(c.db);
    CHECK(c.tags_of_card(card) == "");
    CHECK(full_row(c.db, card) == before);
  }
}

TEST_CASE("store::answer survives a crash") {
  const fs::path dir = fs::temp_directory_path() / ("wortkiste-crash-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "collection.db";
  const std::int64_t t = utc(2026, 3, 2, 9);
  std::int64_t a = 0;
  {
    Collection c("UTC", file);
    a = c.add_note(t)[0];
    c.add_note(t);
  }
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // The child answers one card, then dies by SIGKILL in the middle of a second write.
    auto db = store::Database::open(file);
    store::answer(db, a, Rating::good, t, 1000);
    store::Transaction tx(db);
    db.exec("UPDATE cards SET reps = 999");
    db.exec("DELETE FROM review_log");
    ::kill(::getpid(), SIGKILL);
    std::_Exit(3);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGKILL);
  {
    auto db = store::Database::open(file);
    CHECK(db.integrity_check() == "ok");
    CHECK(store::review_count(db) == 1);
    CHECK(store::load_card(db, a)->reps == 1);
    CHECK(count(db, "SELECT count(*) FROM cards WHERE reps = 999") == 0);
    // An exception inside a transaction rolls it back the same way.
    try {
      store::Transaction tx(db);
      db.exec("UPDATE cards SET reps = 999");
      throw std::runtime_error("interrupted");
    } catch (const std::runtime_error&) {
    }
    CHECK(count(db, "SELECT count(*) FROM cards WHERE reps = 999") == 0);
  }
  fs::remove_all(dir);
}

TEST_CASE("store::card actions") {
  const std::int64_t t = utc(2026, 3, 2, 9);
  Collection c;
  const auto a = c.add_note(t)[0];
  const auto b = c.add_note(t)[0];

  SUBCASE("suspend and unsuspend") {
    CHECK(store::suspend(c.db, a));
    CHECK(store::counts(c.db, std::nullopt, t).new_cards == 1);
    CHECK(store::unsuspend(c.db, a));
    CHECK(store::counts(c.db, std::nullopt, t).new_cards == 2);
    CHECK_FALSE(store::suspend(c.db, 4242));
  }
  SUBCASE("bury hides until the next day; unbury brings back at once") {
    CHECK(store::bury(c.db, a, t));
    CHECK(store::counts(c.db, std::nullopt, t).new_cards == 1);
    CHECK(store::counts(c.db, std::nullopt, t + k_day).new_cards == 2);
    CHECK(store::unbury(c.db, std::nullopt) == 1);
    CHECK(store::counts(c.db, std::nullopt, t).new_cards == 2);
  }
  SUBCASE("forget keeps the counts, reset clears them; both put the card last among new ones") {
    store::answer(c.db, a, Rating::easy, t, 1);
    store::answer(c.db, a, Rating::again, store::load_card(c.db, a)->due_ms, 1);
    CHECK(store::forget(c.db, a, t + 20 * k_day));
    auto card = *store::load_card(c.db, a);
    CHECK(card.state == State::new_card);
    CHECK(card.stability == 0);
    CHECK(card.reps == 2);
    CHECK(card.lapses == 1);
    CHECK_FALSE(card.last_review_ms);
    const auto next = store::next_card(c.db, std::nullopt, t + 20 * k_day);
    REQUIRE(next);
    CHECK(next->card_id == b);
    CHECK(store::reset(c.db, a, t + 20 * k_day));
    card = *store::load_card(c.db, a);
    CHECK(card.reps == 0);
    CHECK(card.lapses == 0);
  }
}

TEST_CASE("store::deck config") {
  Collection c;
  store::DeckConfig d = store::load_deck_config(c.db, c.deck_id);
  CHECK(d.desired_retention == 0.90);
  CHECK(d.new_per_day == 20);
  CHECK(d.reviews_per_day == 200);
  d.desired_retention = 0.5;
  CHECK_FALSE(store::save_deck_config(c.db, c.deck_id, d));
  d.desired_retention = 0.95;
  d.learning_steps = "2m 1h";
  d.maximum_interval = 365;
  REQUIRE(store::save_deck_config(c.db, c.deck_id, d));
  const srs::Parameters p = store::deck_parameters(c.db, c.deck_id);
  CHECK(p.desired_retention == 0.95);
  CHECK(p.learning_steps == std::vector<std::int64_t>{2, 60});
  CHECK(p.maximum_interval == 365);
  d.learning_steps = "2 minutes";
  CHECK_FALSE(store::save_deck_config(c.db, c.deck_id, d));
  // The deck's other settings survive.
  CHECK(store::deck_card_types(*store::find_deck(c.db, "Deutsch")).size() == 1);
  CHECK_FALSE(store::set_rollover_hour(c.db, 24));
  REQUIRE(store::set_rollover_hour(c.db, 6));
  CHECK(store::rollover_hour(c.db) == 6);
}

TEST_CASE("store::collection_day") {
  SUBCASE("the day's limits reset at the rollover hour, not at midnight") {
    Collection c;
    for (int i = 0; i < 30; ++i) {
      c.add_note(utc(2026, 3, 1));
    }
    const std::int64_t evening = utc(2026, 3, 2, 23, 30);
    CHECK(c.study(evening, Rating::easy) == 20);
    CHECK(store::counts(c.db, std::nullopt, utc(2026, 3, 3, 0, 30)).new_cards == 0);
    CHECK(store::counts(c.db, std::nullopt, utc(2026, 3, 3, 3, 59)).new_cards == 0);
    CHECK(store::counts(c.db, std::nullopt, utc(2026, 3, 3, 4, 0)).new_cards == 10);
    REQUIRE(store::set_rollover_hour(c.db, 0));
    CHECK(store::counts(c.db, std::nullopt, utc(2026, 3, 3, 0, 30)).new_cards == 10);
  }

  struct Change {
    const char* name;
    std::int64_t evening;     // the evening before, when the limit is used up
    std::int64_t before_roll; // 03:59 local on the day of the change
    std::int64_t at_roll;     // 04:00 local
  };
  for (const Change& ch : {Change{"spring forward 2026-03-29", utc(2026, 3, 28, 21),
                                  utc(2026, 3, 29, 1, 59), utc(2026, 3, 29, 2)},
                           Change{"fall back 2026-10-25", utc(2026, 10, 24, 20),
                                  utc(2026, 10, 25, 2, 59), utc(2026, 10, 25, 3)}}) {
    CAPTURE(ch.name);
    Collection c("Europe/Berlin");
    for (int i = 0; i < 30; ++i) {
      c.add_note(ch.evening - k_day);
    }
    CHECK(c.study(ch.evening, Rating::easy) == 20);
    CHECK(store::counts(c.db, std::nullopt, ch.before_roll).new_cards == 0);
    CHECK(store::counts(c.db, std::nullopt, ch.at_roll).new_cards == 10);
    CHECK(store::collection_day(c.db, ch.at_roll) == store::collection_day(c.db, ch.before_roll) + 1);
  }

  SUBCASE("review intervals land on the day they name, across a DST change") {
    Collection c("Europe/Berlin");
    const auto card = c.add_note(utc(2026, 3, 20))[0];
    store::answer(c.db, card, Rating::easy, utc(2026, 3, 20, 10), 1);
    const int rollover = store::rollover_hour(c.db);
    int checked = 0;
    for (std::int64_t now = utc(2026, 3, 27); now < utc(2026, 3, 31); now += 37 * k_minute) {
      for (const auto& o : store::preview(c.db, card, now)) {
        if (o.card.state == State::review) {
          CHECK(srs::collection_day(o.card.due_ms, rollover) ==
                srs::collection_day(now, rollover) + o.card.scheduled_days);
          ++checked;
        }
      }
    }
    for (std::int64_t now = utc(2026, 10, 23); now < utc(2026, 10, 27); now += 37 * k_minute) {
      for (const auto& o : store::preview(c.db, card, now)) {
        if (o.card.state == State::review) {
          CHECK(srs::collection_day(o.card.due_ms, rollover) ==
                srs::collection_day(now, rollover) + o.card.scheduled_days);
          ++checked;
        }
      }
    }
    CHECK(checked > 900);
  }
}

TEST_CASE("store::scheduling over six simulated weeks") {
  // 60 notes with two cards each, 10 new and 30 reviews a day, studied every morning in Berlin
  // from 2026-03-16 to 2026-04-27 (across the change to summer time).
  Collection c("Europe/Berlin");
  c.config([](store::DeckConfig& d) {
    d.new_per_day = 10;
    d.reviews_per_day = 30;
  });
  for (int i = 0; i < 60; ++i) {
    c.add_note(utc(2026, 3, 15), {"recognition", "production"});
  }
  const int rollover = store::rollover_hour(c.db);
  std::int64_t answers = 0;
  int days_with_review_limit_hit = 0;
  for (std::int64_t day = srs::days_from_civil(2026, 3, 16); day < srs::days_from_civil(2026, 4, 27); ++day) {
    std::int64_t now = srs::day_start_ms(day, rollover) + 4 * k_hour; // 08:00 local
    std::map<int, int> by_state;
    std::set<std::int64_t> new_notes;
    std::set<std::int64_t> reviewed;
    for (int i = 0; i < 400; ++i) {
      const auto next = store::next_card(c.db, std::nullopt, now);
      if (!next) {
        break;
      }
      CHECK(srs::collection_day(now, rollover) == day);
      now = std::max(now, next->due_ms);
      if (next->state == State::new_card) {
        CHECK_FALSE(new_notes.contains(next->note_id)); // siblings wait for tomorrow
        new_notes.insert(next->note_id);
      }
      if (next->state == State::review) {
        CHECK_FALSE(reviewed.contains(next->card_id));
        reviewed.insert(next->card_id);
      }
      ++by_state[static_cast<int>(next->state)];
      // A learner who forgets every seventh card and finds every fifth hard.
      const Rating rating = answers % 7 == 3 ? Rating::again
                            : answers % 5 == 1 ? Rating::hard
                                               : Rating::good;
      store::answer(c.db, next->card_id, rating, now, 8000);
      ++answers;
      now += 20'000;
    }
    CHECK(by_state[0] <= 10);
    CHECK(by_state[2] <= 30);
    if (by_state[2] == 30) {
      ++days_with_review_limit_hit;
    }
    CHECK(store::counts(c.db, std::nullopt, now).new_cards == 0);
  }
  CHECK(store::review_count(c.db) == answers);
  CHECK(count(c.db, "SELECT count(*) FROM cards WHERE state = 0") == 0); // all 120 introduced
  CHECK(count(c.db, "SELECT count(*) FROM review_log WHERE state_before = 0") == 120);
  CHECK(answers > 500);
  CHECK(c.db.integrity_check() == "ok");
}

TEST_CASE("store::next_card without new cards") {
  const std::int64_t t = utc(2026, 3, 2, 9);

  SUBCASE("allow_new false shows learning and review cards, never a new one") {
    Collection c;
    const auto reviewed = c.add_note(t - 20 * k_day)[0];
    store::answer(c.db, reviewed, Rating::good, t - 20 * k_day, 1000);
    store::answer(c.db, reviewed, Rating::good, t - 20 * k_day + 10 * k_minute, 1000);
    REQUIRE(store::load_card(c.db, reviewed)->state == State::review);
    const auto learning = c.add_note(t)[0];
    store::answer(c.db, learning, Rating::again, t, 1000); // due in a minute
    for (int i = 0; i < 5; ++i) {
      c.add_note(t);
    }
    const store::NextCardOptions no_new{false};
    std::set<std::int64_t> shown;
    std::int64_t now = t + 2 * k_minute;
    while (const auto next = store::next_card(c.db, std::nullopt, now, no_new)) {
      CHECK(next->state != State::new_card);
      CHECK(next->counts.new_cards == 5); // still counted, just not shown
      shown.insert(next->card_id);
      store::answer(c.db, next->card_id, Rating::easy, now, 1000);
      now += k_minute;
      REQUIRE(shown.size() < 10);
    }
    CHECK(shown == std::set<std::int64_t>{reviewed, learning});
    // The new cards are still there for a call that allows them.
    const auto next = store::next_card(c.db, std::nullopt, now, store::NextCardOptions{});
    REQUIRE(next);
    CHECK(next->state == State::new_card);
  }
}

TEST_CASE("store::unbury_card") {
  const std::int64_t t = utc(2026, 3, 2, 9);
  Collection c;
  const auto ids = c.add_note(t, {"recognition", "production"});
  REQUIRE(ids.size() == 2);
  store::bury(c.db, ids[0], t);
  store::bury(c.db, ids[1], t);
  CHECK(store::unbury_card(c.db, ids[0]));
  CHECK(c.queue_of(ids[0]) == store::k_queue_active);
  CHECK(c.queue_of(ids[1]) == store::k_queue_buried); // the sibling stays buried
  CHECK_FALSE(store::unbury_card(c.db, ids[0]));     // not buried any more
  store::suspend(c.db, ids[0]);
  CHECK_FALSE(store::unbury_card(c.db, ids[0])); // a suspended card stays suspended
  CHECK(c.queue_of(ids[0]) == store::k_queue_suspended);
  CHECK_FALSE(store::unbury_card(c.db, 999'999));
}
