// Keypress to next card: how long answering a card, fetching the next one (with its note and the
// four interval previews) and rendering the screen take in a collection of 100,000 cards.
// Usage: review [CARDS] [ANSWERS]. Prints the median, 95th percentile and maximum in ms.
// Target (issue 7): under 10 ms per keypress.

#include "review/screen.h"
#include "review/session.h"
#include "store/database.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>
#include <random>
#include <string>
#include <vector>

using namespace wortkiste;

namespace {

constexpr std::int64_t k_now = 1'763'978'400'000; // 2025-11-24 10:00 UTC
constexpr std::int64_t k_day = 86'400'000;

void fill(store::Database& db, int cards) {
  std::mt19937 random(42);
  store::Transaction transaction(db);
  db.exec("INSERT INTO decks(id, name, created_ms, config) VALUES (1, 'Bench', 0, "
          "'{\"new_per_day\": 1000, \"reviews_per_day\": 100000}')");
  store::Statement note = db.prepare(
      "INSERT INTO notes(id, guid, deck_id, lemma, pos, fields, created_ms, modified_ms) "
      "VALUES (?, ?, 1, ?, 'NOUN', ?, 0, 0)");
  store::Statement example = db.prepare(
      "INSERT INTO examples(note_id, sentence, target_begin, target_end, is_primary) "
      "VALUES (?, ?, 4, ?, 1)");
  store::Statement card = db.prepare(
      "INSERT INTO cards(id, note_id, card_type, state, queue, due_ms, stability, difficulty, "
      "reps, lapses, scheduled_days, elapsed_days, last_review_ms, new_position, created_ms) "
      "VALUES (?, ?, 'recognition', ?, 0, ?, ?, ?, ?, 0, ?, ?, ?, ?, 0)");
  store::Statement log = db.prepare(
      "INSERT INTO review_log(card_id, reviewed_ms, rating, state_before, state_after, "
      "stability, difficulty, elapsed_days, scheduled_days, duration_ms, card_before) "
      "VALUES (?, ?, 3, 2, 2, ?, 5, ?, ?, 4000, '{}')");
  for (int i = 1; i <= cards; ++i) {
    const std::string lemma = "Einsatzwort" + std::to_string(i);
    note.bind(1, i).bind(2, "bench" + std::to_string(i)).bind(3, lemma);
    note.bind(4, R"({"article":"der","plural":"Einsätze","glosses":["deployment","mission"],)"
                 R"("source":"bench.txt"})");
    note.run();
    note.reset();
    const std::string sentence = "Der " + lemma + " der Koalition im Irak wird bis Ende "
                                              "September 2025 beendet, sagte ein Sprecher.";
    example.bind(1, i).bind(2, sentence).bind(3, static_cast<std::int64_t>(4 + lemma.size()));
    example.run();
    example.reset();
    // A learner who reviews most days: 20 % new (articles added, not yet studied), 1 % in
    // learning, the rest in review, due from 3 days ago to a year ahead.
    const int kind = static_cast<int>(random() % 1000);
    const int state = kind < 200 ? 0 : kind < 210 ? 1 : 2;
    const std::int64_t due =
        state == 0 ? k_now - k_day
        : state == 1
            ? k_now + static_cast<std::int64_t>(random() % 1440) * 60'000
            : k_now + (static_cast<std::int64_t>(random() % 368) - 3) * k_day;
    const double stability = state == 0 ? 0.0 : 1.0 + static_cast<double>(random() % 2000) / 10.0;
    const int scheduled = state == 2 ? 1 + static_cast<int>(random() % 100) : 0;
    card.bind(1, i).bind(2, i).bind(3, state).bind(4, due).bind(5, stability);
    card.bind(6, state == 0 ? 0.0 : 5.0).bind(7, state == 0 ? 0 : 4).bind(8, scheduled);
    card.bind(9, scheduled);
    if (state == 0) {
      card.bind_null(10);
    } else {
      card.bind(10, due - scheduled * k_day);
    }
    card.bind(11, i);
    card.run();
    card.reset();
    if (state == 2) {
      log.bind(1, i).bind(2, due - scheduled * k_day).bind(3, stability).bind(4, scheduled);
      log.bind(5, scheduled);
      log.run();
      log.reset();
    }
  }
  transaction.commit();
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

} // namespace

int main(int argc, char** argv) {
  const int cards = argc > 1 ? std::atoi(argv[1]) : 100'000;
  const int answers = argc > 2 ? std::atoi(argv[2]) : 2'000;
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("wortkiste-bench-review-" + std::to_string(getpid()) + ".db");
  std::filesystem::remove(path);
  std::vector<double> keypress;
  std::vector<double> answer_ms;
  std::vector<double> next_ms;
  std::vector<double> render_ms;
  {
    store::Database db = store::Database::open(path);
    const auto fill_start = std::chrono::steady_clock::now();
    fill(db, cards);
    const double fill_s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - fill_start).count();
    std::printf("collection: %d cards (generated in %.1f s)\n", cards, fill_s);

    review::SessionOptions options;
    options.color = true;
    review::Session session(db, options);
    std::int64_t now = k_now;
    if (!session.next(now)) {
      std::printf("nothing due\n");
      return 1;
    }
    std::string frame;
    for (int i = 0; i < answers; ++i) {
      session.reveal();
      frame = review::render(session.screen("Bench"), 80, 24);
      now += 3000; // three seconds of thinking, in the injected clock
      const auto start = std::chrono::steady_clock::now();
      // The keypress "3": answer (committed), next card, its screen.
      session.answer(srs::Rating::good, now);
      const auto answered = std::chrono::steady_clock::now();
      const bool more = session.next(now);
      const auto fetched = std::chrono::steady_clock::now();
      frame = review::render(session.screen("Bench"), 80, 24);
      const auto drawn = std::chrono::steady_clock::now();
      const auto ms = [](auto a, auto b) {
        return std::chrono::duration<double, std::milli>(b - a).count();
      };
      keypress.push_back(ms(start, drawn));
      answer_ms.push_back(ms(start, answered));
      next_ms.push_back(ms(answered, fetched));
      render_ms.push_back(ms(fetched, drawn));
      if (!more) {
        break;
      }
    }
  }
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
  std::printf("keypress to next card drawn (answer + next card + render), %zu answers:\n",
              keypress.size());
  std::printf("  median %.2f ms, p95 %.2f ms, max %.2f ms (target < 10 ms)\n",
              percentile(keypress, 0.5), percentile(keypress, 0.95),
              *std::max_element(keypress.begin(), keypress.end()));
  std::printf("  of which: answer %.2f ms, next card with note and previews %.2f ms, render %.3f ms"
              " (medians)\n",
              percentile(answer_ms, 0.5), percentile(next_ms, 0.5), percentile(render_ms, 0.5));
  return 0;
}
