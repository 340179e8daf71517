#include "review/session.h"

#include "core/error.h"
#include "review/card_content.h"
#include "review/history.h"
#include "store/known_words.h"
#include "store/notes.h"

#include <algorithm>
#include <ctime>

namespace wortkiste::review {

namespace {

// Anki's default cap: a card left on screen during a coffee break counts as one minute.
constexpr std::int64_t k_max_answer_ms = 60'000;

constexpr const char* k_rating_labels[4] = {"Again", "Hard", "Good", "Easy"};

} // namespace

const char* rating_name(srs::Rating rating) {
  switch (rating) {
  case srs::Rating::again:
    return "again";
  case srs::Rating::hard:
    return "hard";
  case srs::Rating::good:
    return "good";
  case srs::Rating::easy:
    return "easy";
  }
  return "good";
}

std::string iso8601_utc(std::int64_t ms) {
  const std::time_t seconds = static_cast<std::time_t>(ms >= 0 ? ms / 1000 : (ms - 999) / 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

Session::Session(store::Database& db, SessionOptions options)
    : m_db(db), m_options(std::move(options)) {
  // Every card shown reads the day's queue again: keep the collection in memory.
  store::cache_for_review(m_db);
}

bool Session::next(std::int64_t now_ms) {
  if (m_started_ms < 0) {
    m_started_ms = now_ms;
  }
  m_last_ms = now_ms;
  m_card.reset();
  m_revealed = false;
  if (m_options.limit && m_answered >= *m_options.limit) {
    return false;
  }
  // Past the session's new-card limit the reviews and learning cards go on, without new ones.
  const bool allow_new = !m_options.new_limit || m_new_seen < *m_options.new_limit;
  std::optional<store::DueCard> due =
      store::next_card(m_db, m_options.deck, now_ms, store::NextCardOptions{allow_new});
  if (!due) {
    if (!allow_new && store::counts(m_db, m_options.deck, now_ms).new_cards > 0) {
      message = "No more new cards in this session (--new " +
                std::to_string(*m_options.new_limit) + ").";
    }
    return false;
  }
  show(*due, now_ms);
  return true;
}

void Session::show(const store::DueCard& card, std::int64_t now_ms) {
  m_card = card;
  cap_new_count();
  m_revealed = false;
  m_shown_ms = now_ms;
  const std::optional<store::NoteRow> note = store::get_note(m_db, card.note_id);
  m_content = note ? content_from_note(*note) : CardContent{};
  const std::array<store::Outcome, 4> outcomes = store::preview(m_db, card.card_id, now_ms);
  for (std::size_t i = 0; i < 4; ++i) {
    m_intervals[i] = outcomes[i].label;
  }
}

void Session::refresh_counts(std::int64_t now_ms) {
  if (m_card) {
    m_card->counts = store::counts(m_db, m_options.deck, now_ms);
    cap_new_count();
  }
}

void Session::cap_new_count() {
  // The counter shows the new cards this session will still introduce, not today's whole quota.
  if (m_card && m_options.new_limit) {
    m_card->counts.new_cards =
        std::min(m_card->counts.new_cards, std::max(0, *m_options.new_limit - m_new_seen));
  }
}

AnswerRecord Session::answer(srs::Rating rating, std::int64_t now_ms) {
  if (!m_card) {
    throw Error("no card is shown to answer");
  }
  m_last_ms = now_ms;
  const std::int64_t duration = std::clamp<std::int64_t>(now_ms - m_shown_ms, 0, k_max_answer_ms);
  const store::AnswerResult result =
      store::answer(m_db, m_card->card_id, rating, now_ms, duration);
  AnswerRecord record;
  record.card_id = m_card->card_id;
  record.lemma = m_content.lemma;
  record.kind = card_kind_from(m_card->card_type);
  record.rating = rating;
  record.due_ms = result.card.due_ms;
  record.duration_ms = duration;
  record.interval = m_intervals[static_cast<std::size_t>(static_cast<int>(rating) - 1)];
  record.became_leech = result.became_leech;
  if (m_card->state == srs::State::new_card) {
    ++m_new_seen;
  }
  ++m_answered;
  if (rating == srs::Rating::again) {
    ++m_again;
  }
  m_steps.push_back(Step{StepKind::answer, *m_card, rating, false});
  message = std::string(k_rating_labels[static_cast<int>(rating) - 1]) + ": " +
            headword(m_content) + ", back in " + record.interval + ".";
  if (result.became_leech) {
    message += " It keeps slipping away: tagged leech and suspended.";
  } else if (result.leech_warning) {
    message += " (a leech: consider editing it)";
  }
  return record;
}

std::optional<std::string> Session::undo(std::int64_t now_ms) {
  m_last_ms = now_ms;
  if (m_steps.empty()) {
    // Nothing from this session left: undo the collection's newest answer (an earlier session).
    const std::optional<std::int64_t> card_id = store::undo_last(m_db);
    if (!card_id) {
      return std::nullopt;
    }
    next(now_ms);
    return "Undone an answer from an earlier session (card " + std::to_string(*card_id) + ").";
  }
  const Step step = m_steps.back();
  m_steps.pop_back();
  std::string what;
  switch (step.kind) {
  case StepKind::answer:
    store::undo_last(m_db);
    --m_answered;
    if (step.rating == srs::Rating::again) {
      --m_again;
    }
    if (step.card.state == srs::State::new_card) {
      --m_new_seen;
    }
    what = std::string(k_rating_labels[static_cast<int>(step.rating) - 1]);
    break;
  case StepKind::known:
    store::unsuspend(m_db, step.card.card_id);
    what = "known";
    break;
  case StepKind::suspend:
    store::unsuspend(m_db, step.card.card_id);
    what = "suspend";
    break;
  case StepKind::bury:
    store::unbury_card(m_db, step.card.card_id); // this card only, not its siblings
    what = "bury";
    break;
  }
  show(step.card, now_ms);
  if (step.kind == StepKind::known && step.known_added) {
    // The lemma was only known from the card just restored; m_content is that card's now.
    store::remove_known_word(m_db, m_content.lemma);
  }
  refresh_counts(now_ms);
  return "Undone: " + what + " on " + headword(m_content) + ".";
}

std::string Session::mark_known(std::int64_t now_ms) {
  if (!m_card) {
    return "No card to mark.";
  }
  // Two small writes, not one transaction: store::suspend may open its own. Suspending first
  // means an interruption between them leaves the card out of the way, never the word shown.
  store::suspend(m_db, m_card->card_id);
  const bool added = store::add_known_word(m_db, m_content.lemma, "review", now_ms);
  m_steps.push_back(Step{StepKind::known, *m_card, srs::Rating::good, added});
  return "Known: " + headword(m_content) + " (suspended, added to known words; u undoes).";
}

std::string Session::suspend(std::int64_t /*now_ms*/) {
  if (!m_card) {
    return "No card to suspend.";
  }
  store::suspend(m_db, m_card->card_id);
  m_steps.push_back(Step{StepKind::suspend, *m_card, srs::Rating::good, false});
  return "Suspended: " + headword(m_content) + ".";
}

std::string Session::bury(std::int64_t now_ms) {
  if (!m_card) {
    return "No card to bury.";
  }
  store::bury(m_db, m_card->card_id, now_ms);
  m_steps.push_back(Step{StepKind::bury, *m_card, srs::Rating::good, false});
  return "Buried until tomorrow: " + headword(m_content) + ".";
}

std::string Session::edit(const std::optional<std::string>& gloss,
                          const std::optional<std::string>& example, std::int64_t now_ms) {
  if (!m_card) {
    return "No card to edit.";
  }
  bool changed = false;
  store::Transaction transaction(m_db);
  if (gloss && *gloss != joined_glosses(m_content)) {
    store::set_user_field(m_db, m_card->note_id, "gloss", *gloss, now_ms);
    changed = true;
  }
  if (example && *example != m_content.example) {
    store::set_user_field(m_db, m_card->note_id, "example", *example, now_ms);
    changed = true;
  }
  transaction.commit();
  if (!changed) {
    return "Nothing changed.";
  }
  if (const std::optional<store::NoteRow> note = store::get_note(m_db, m_card->note_id)) {
    m_content = content_from_note(*note);
  }
  return "Saved your correction of " + headword(m_content) + ".";
}

ScreenState Session::screen(const std::string& deck_label) const {
  ScreenState state;
  state.deck = deck_label;
  state.color = m_options.color;
  state.message = message;
  if (m_card) {
    state.has_card = true;
    state.counts = {m_card->counts.new_cards, m_card->counts.learning, m_card->counts.review};
    state.kind = card_kind_from(m_card->card_type);
    state.card = m_content;
    state.revealed = m_revealed;
    state.intervals = m_intervals;
  }
  return state;
}

Summary Session::summary(std::int64_t now_ms) {
  Summary s;
  s.cards_done = m_answered;
  s.answered = m_answered;
  s.again = m_again;
  s.duration_ms = m_started_ms < 0 ? 0 : std::max<std::int64_t>(0, now_ms - m_started_ms);
  const TodayAnswers today = answers_today(m_db, now_ms);
  s.reviews_today = today.answers;
  s.passed_today = today.passed;
  return s;
}

} // namespace wortkiste::review
