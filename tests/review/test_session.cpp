#include "review/session.h"

#include "review/history.h"
#include "review/line_mode.h"
#include "store/known_words.h"
#include "store/notes.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace wortkiste;
using namespace wortkiste::review;

namespace {

// 2025-11-24 10:00 UTC; the collection day starts at 04:00 (TZ is UTC in tests unless set).
constexpr std::int64_t k_now = 1'763'978'400'000;
constexpr std::int64_t k_minute = 60'000;

// A collection with one deck and `lemmas.size()` recognition cards, all new.
store::Database collection(const std::vector<std::string>& lemmas) {
  store::Database db = store::Database::open(":memory:");
  const store::Deck deck = store::ensure_deck(db, "Irak", k_now - 10 * k_minute);
  const std::vector<std::string> types = {"recognition"};
  for (const std::string& lemma : lemmas) {
    const std::int64_t note = store::insert_note(
        db, deck.id, lemma, "NOUN",
        R"({"article":"der","plural":"Einsätze","glosses":["deployment"],"source":"t.txt"})",
        k_now - 10 * k_minute);
    const std::string sentence = "Die Koalition beendet den " + lemma + " im Irak.";
    const auto begin = static_cast<std::uint32_t>(sentence.find(lemma));
    store::insert_example(db, note, std::nullopt,
                          store::ExampleRow{sentence, begin,
                                            begin + static_cast<std::uint32_t>(lemma.size()),
                                            std::nullopt},
                          true);
    store::create_cards(db, note, types, k_now - 10 * k_minute);
  }
  return db;
}

std::int64_t log_rows(store::Database& db) {
  store::Statement stmt = db.prepare("SELECT COUNT(*) FROM review_log");
  stmt.step();
  return stmt.column_int(0);
}

} // namespace

TEST_CASE("review::Session") {
  store::Database db = collection({"Einsatz", "Truppe", "Abzug"});
  SessionOptions options;
  options.color = false;
  Session session(db, options);

  SUBCASE("shows a new card with four intervals, and commits each answer at once") {
    REQUIRE(session.next(k_now));
    CHECK(session.card().state == srs::State::new_card);
    CHECK(session.card().counts.new_cards == 3);
    for (const std::string& label : session.intervals()) {
      CHECK_FALSE(label.empty());
    }
    const std::string lemma = session.content().lemma;
    const AnswerRecord record = session.answer(srs::Rating::good, k_now + 5000);
    CHECK(record.lemma == lemma);
    CHECK(record.duration_ms == 5000);
    CHECK(record.due_ms > k_now);
    CHECK(log_rows(db) == 1);
    store::Statement stmt = db.prepare("SELECT duration_ms, rating FROM review_log");
    REQUIRE(stmt.step());
    CHECK(stmt.column_int(0) == 5000);
    CHECK(stmt.column_int(1) == 3);
  }
  SUBCASE("the screen reflects the card, revealed or not") {
    REQUIRE(session.next(k_now));
    ScreenState state = session.screen("Irak");
    CHECK(state.has_card);
    CHECK_FALSE(state.revealed);
    session.reveal();
    state = session.screen("Irak");
    CHECK(state.revealed);
    const std::string frame = render(state, 80, 24);
    CHECK(frame.find("deployment") != std::string::npos);
    CHECK(frame.find("*" + session.content().lemma + "*") != std::string::npos);
  }
  SUBCASE("undo goes back several answers and shows the undone card again") {
    REQUIRE(session.next(k_now));
    const std::int64_t first = session.card().card_id;
    session.answer(srs::Rating::again, k_now + 1000);
    REQUIRE(session.next(k_now + 1000));
    const std::int64_t second = session.card().card_id;
    session.answer(srs::Rating::easy, k_now + 2000);
    REQUIRE(log_rows(db) == 2);
    auto undone = session.undo(k_now + 3000);
    REQUIRE(undone);
    CHECK(undone->find("Easy") != std::string::npos);
    CHECK(session.card().card_id == second);
    CHECK(log_rows(db) == 1);
    undone = session.undo(k_now + 3000);
    REQUIRE(undone);
    CHECK(session.card().card_id == first);
    CHECK(session.card().state == srs::State::new_card);
    CHECK(log_rows(db) == 0);
    CHECK_FALSE(session.undo(k_now + 3000).has_value());
  }
  SUBCASE("undo reaches answers of an earlier session") {
    REQUIRE(session.next(k_now));
    session.answer(srs::Rating::good, k_now);
    Session later(db, options);
    REQUIRE(later.next(k_now + k_minute));
    CHECK(later.undo(k_now + k_minute).has_value());
    CHECK(log_rows(db) == 0);
  }
  SUBCASE("known suspends the card and adds the lemma; undo takes both back") {
    REQUIRE(session.next(k_now));
    const std::string lemma = session.content().lemma;
    const std::int64_t card = session.card().card_id;
    session.mark_known(k_now);
    CHECK(store::known_lemmas(db).contains(lemma));
    CHECK(store::load_card(db, card).has_value());
    REQUIRE(session.next(k_now));
    CHECK(session.card().card_id != card);
    REQUIRE(session.undo(k_now));
    CHECK(session.card().card_id == card);
    CHECK_FALSE(store::known_lemmas(db).contains(lemma));
  }
  SUBCASE("suspend and bury take the card out of today's queue") {
    REQUIRE(session.next(k_now));
    const std::int64_t suspended = session.card().card_id;
    session.suspend(k_now);
    REQUIRE(session.next(k_now));
    const std::int64_t buried = session.card().card_id;
    CHECK(buried != suspended);
    session.bury(k_now);
    REQUIRE(session.next(k_now));
    CHECK(session.card().card_id != suspended);
    CHECK(session.card().card_id != buried);
    session.suspend(k_now);
    CHECK_FALSE(session.next(k_now));
    // Undo walks back: the third card's suspension, then the bury, then the first suspension.
    REQUIRE(session.undo(k_now));
    REQUIRE(session.undo(k_now));
    CHECK(session.card().card_id == buried);
    store::Statement queue = db.prepare("SELECT queue FROM cards WHERE id = ?");
    queue.bind(1, buried);
    REQUIRE(queue.step());
    CHECK(queue.column_int(0) == 0);
    REQUIRE(session.undo(k_now));
    CHECK(session.card().card_id == suspended);
    store::Statement suspended_queue = db.prepare("SELECT queue FROM cards WHERE id = ?");
    suspended_queue.bind(1, suspended);
    REQUIRE(suspended_queue.step());
    CHECK(suspended_queue.column_int(0) == 0);
  }
  SUBCASE("--limit ends the session after that many answers") {
    SessionOptions limited = options;
    limited.limit = 1;
    Session short_session(db, limited);
    REQUIRE(short_session.next(k_now));
    short_session.answer(srs::Rating::good, k_now);
    CHECK_FALSE(short_session.next(k_now));
  }
  SUBCASE("--new limits the new cards introduced") {
    SessionOptions limited = options;
    limited.new_limit = 2;
    Session short_session(db, limited);
    int shown = 0;
    for (std::int64_t t = k_now; short_session.next(t) && shown < 10; t += 1000) {
      if (short_session.card().state == srs::State::new_card) {
        ++shown;
      }
      short_session.answer(srs::Rating::easy, t);
    }
    CHECK(shown == 2);
  }
  SUBCASE("past the --new limit learning and review cards go on") {
    SessionOptions limited = options;
    limited.new_limit = 1;
    Session short_session(db, limited);
    REQUIRE(short_session.next(k_now));
    const std::int64_t first = short_session.card().card_id;
    CHECK(short_session.card().state == srs::State::new_card);
    CHECK(short_session.card().counts.new_cards == 1); // what this session will still introduce
    short_session.answer(srs::Rating::again, k_now + 1000); // learning, back in a minute
    // The queue would offer the next new card now; the session shows the learning card instead.
    REQUIRE(short_session.next(k_now + 2000));
    CHECK(short_session.card().card_id == first);
    CHECK(short_session.card().state == srs::State::learning);
    CHECK(short_session.card().counts.new_cards == 0);
    short_session.answer(srs::Rating::good, k_now + 3000);
    REQUIRE(short_session.next(k_now + 4000));
    CHECK(short_session.card().card_id == first);
    short_session.answer(srs::Rating::good, k_now + 5000); // graduates to Review
    CHECK_FALSE(short_session.next(k_now + 6000));
    CHECK(short_session.message.find("No more new cards") != std::string::npos);
    CHECK(short_session.answered() == 3);
  }
  SUBCASE("edit stores the user's gloss and shows it at once") {
    REQUIRE(session.next(k_now));
    const std::string said = session.edit(std::string("use; stake"), std::nullopt, k_now);
    CHECK(said.find("Saved") != std::string::npos);
    CHECK(joined_glosses(session.content()) == "use; stake");
    CHECK(session.edit(std::string("use; stake"), std::nullopt, k_now) == "Nothing changed.");
  }
  SUBCASE("the summary counts today's answers and retention") {
    REQUIRE(session.next(k_now));
    session.answer(srs::Rating::again, k_now + 1000);
    REQUIRE(session.next(k_now + 2000));
    session.answer(srs::Rating::good, k_now + 3000);
    const Summary s = session.summary(k_now + 4000);
    CHECK(s.cards_done == 2);
    CHECK(s.reviews_today == 2);
    CHECK(s.passed_today == 1);
    CHECK(s.duration_ms == 4000);
  }
}

TEST_CASE("review::run_line_mode") {
  store::Database db = collection({"Einsatz", "Truppe"});
  SessionOptions options;
  options.color = false;
  std::int64_t now = k_now;
  const Clock clock = [&now] { return now; };

  SUBCASE("plain lines: front, back, answer, summary") {
    std::istringstream in("show\n3\nbogus\nshow\n1\nq\n");
    std::ostringstream out;
    CHECK(run_line_mode(db, options, clock, in, out, false) == 2);
    const std::string text = out.str();
    CHECK(text.find("front: der ") != std::string::npos);
    CHECK(text.find("back: der ") != std::string::npos);
    CHECK(text.find("buttons: 1 Again") != std::string::npos);
    CHECK(text.find("answered: good") != std::string::npos);
    CHECK(text.find("answered: again") != std::string::npos);
    CHECK(text.find("error: unknown command \"bogus\"") != std::string::npos);
    CHECK(text.find("Reviewed 2 cards") != std::string::npos);
    CHECK(log_rows(db) == 2);
  }
  SUBCASE("JSON lines carry card_id, lemma, rating and due") {
    std::istringstream in("4\n");
    std::ostringstream out;
    run_line_mode(db, options, clock, in, out, true);
    const std::string text = out.str();
    CHECK(text.find("\"event\":\"card\"") != std::string::npos);
    CHECK(text.find("\"event\":\"answer\"") != std::string::npos);
    CHECK(text.find("\"rating\":4") != std::string::npos);
    CHECK(text.find("\"due\":\"2025-") != std::string::npos);
    CHECK(text.find("\"event\":\"summary\"") != std::string::npos);
  }
}

TEST_CASE("review::chart_data") {
  store::Database db = collection({"Einsatz", "Truppe"});
  SessionOptions options;
  Session session(db, options);
  REQUIRE(session.next(k_now));
  session.answer(srs::Rating::good, k_now);
  REQUIRE(session.next(k_now));
  session.answer(srs::Rating::again, k_now);
  const ChartData data = chart_data(db, std::nullopt, k_now + k_minute);
  REQUIRE(data.reviews_per_day.size() == 90);
  CHECK(data.reviews_per_day.back() == 2);
  CHECK(data.review_calendar.size() == 365);
  CHECK(data.review_calendar.back() == 2);
  CHECK(data.due_forecast.size() == 30);
  CHECK(data.cards_by_state.size() == 5);
  const TodayAnswers today = answers_today(db, k_now + k_minute);
  CHECK(today.answers == 2);
  CHECK(today.passed == 1);
  // A day later, yesterday's reviews move one column left.
  const ChartData tomorrow = chart_data(db, std::string("Irak"), k_now + 86'400'000);
  CHECK(tomorrow.reviews_per_day.back() == 0);
  CHECK(tomorrow.reviews_per_day[88] == 2);
}
