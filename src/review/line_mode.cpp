#include "review/line_mode.h"

#include "review/card_content.h"

#include <nlohmann/json.hpp>

#include <istream>
#include <ostream>

namespace wortkiste::review {

namespace {

const char* state_name(srs::State state) {
  switch (state) {
  case srs::State::new_card:
    return "new";
  case srs::State::learning:
    return "learning";
  case srs::State::review:
    return "review";
  case srs::State::relearning:
    return "relearning";
  }
  return "new";
}

std::string front_text(CardKind kind, const CardContent& card) {
  switch (kind) {
  case CardKind::production:
    return joined_glosses(card);
  case CardKind::cloze:
    return cloze_text(card);
  case CardKind::recognition:
    break;
  }
  return headword(card);
}

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) {
    return {};
  }
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

class Printer {
public:
  Printer(std::ostream& out, bool json) : m_out(out), m_json(json) {}

  void card(const Session& session) {
    const store::DueCard& due = session.card();
    const CardContent& content = session.content();
    const CardKind kind = card_kind_from(due.card_type);
    if (m_json) {
      nlohmann::json j;
      j["event"] = "card";
      j["card_id"] = due.card_id;
      j["note_id"] = due.note_id;
      j["lemma"] = content.lemma;
      j["card_type"] = due.card_type;
      j["state"] = state_name(due.state);
      j["front"] = front_text(kind, content);
      j["counts"] = {{"new", due.counts.new_cards},
                     {"learning", due.counts.learning},
                     {"review", due.counts.review}};
      j["intervals"] = session.intervals();
      line(j);
      return;
    }
    m_out << "card " << due.card_id << " (" << due.card_type << ", " << state_name(due.state)
          << ")  new " << due.counts.new_cards << "  learning " << due.counts.learning
          << "  review " << due.counts.review << '\n';
    m_out << "front: " << front_text(kind, content) << '\n' << std::flush;
  }

  void back(const Session& session) {
    const CardContent& c = session.content();
    if (m_json) {
      nlohmann::json j;
      j["event"] = "back";
      j["card_id"] = session.card().card_id;
      j["headword"] = headword(c);
      j["glosses"] = c.glosses;
      j["grammar"] = grammar_line(c);
      j["example"] = c.example;
      j["target"] = {c.target_begin, c.target_end};
      j["source"] = c.source;
      j["compound"] = c.compound;
      j["intervals"] = session.intervals();
      line(j);
      return;
    }
    m_out << "back: " << headword(c) << " = " << joined_glosses(c) << '\n';
    if (const std::string g = grammar_line(c); !g.empty()) {
      m_out << "grammar: " << g << '\n';
    }
    if (!c.example.empty()) {
      m_out << "example: " << highlight(c.example, c.target_begin, c.target_end, false) << '\n';
    }
    if (!c.compound.empty()) {
      std::string parts;
      for (const std::string& p : c.compound) {
        parts += parts.empty() ? p : " + " + p;
      }
      m_out << "compound: " << parts << '\n';
    }
    if (!c.source.empty()) {
      m_out << "source: " << c.source << '\n';
    }
    m_out << "buttons: " << button_row(session.intervals(), false) << '\n' << std::flush;
  }

  void answer(const AnswerRecord& r) {
    if (m_json) {
      nlohmann::json j;
      j["event"] = "answer";
      j["card_id"] = r.card_id;
      j["lemma"] = r.lemma;
      j["card_type"] = card_kind_name(r.kind);
      j["rating"] = static_cast<int>(r.rating);
      j["rating_name"] = rating_name(r.rating);
      j["due"] = iso8601_utc(r.due_ms);
      j["interval"] = r.interval;
      j["duration_ms"] = r.duration_ms;
      j["leech"] = r.became_leech;
      line(j);
      return;
    }
    m_out << "answered: " << rating_name(r.rating) << "  " << r.lemma << "  due "
          << iso8601_utc(r.due_ms) << " (" << r.interval << ")\n" << std::flush;
  }

  void message(const std::string& event, const std::string& text) {
    if (text.empty()) {
      return;
    }
    if (m_json) {
      line({{"event", event}, {"message", text}});
      return;
    }
    m_out << event << ": " << text << '\n' << std::flush;
  }

  void summary(const Summary& s, bool nothing_left) {
    if (m_json) {
      nlohmann::json j;
      j["event"] = "summary";
      j["cards_done"] = s.cards_done;
      j["again"] = s.again;
      j["duration_ms"] = s.duration_ms;
      j["reviews_today"] = s.reviews_today;
      j["passed_today"] = s.passed_today;
      j["retention_today"] = s.reviews_today > 0
                                 ? nlohmann::json(static_cast<double>(s.passed_today) /
                                                  s.reviews_today)
                                 : nlohmann::json(nullptr);
      j["nothing_due"] = nothing_left;
      line(j);
      return;
    }
    if (nothing_left) {
      m_out << "done: nothing more due now\n";
    }
    for (const std::string& l : summary_lines(s)) {
      m_out << l << '\n';
    }
    m_out << std::flush;
  }

private:
  void line(const nlohmann::json& j) { m_out << j.dump() << '\n' << std::flush; }
  std::ostream& m_out;
  bool m_json;
};

} // namespace

int run_line_mode(store::Database& db, const SessionOptions& options, const Clock& clock,
                  std::istream& in, std::ostream& out, bool json) {
  Session session(db, options);
  Printer print(out, json);
  const auto show_next = [&] {
    if (session.next(clock())) {
      print.card(session);
      return true;
    }
    print.message("info", session.message);
    session.message.clear();
    return false;
  };
  bool has_card = show_next();
  for (std::string raw; std::getline(in, raw);) {
    const std::string command = trim(raw);
    if (command.empty()) {
      continue;
    }
    if (command == "q" || command == "quit") {
      break;
    }
    if (command == "u" || command == "undo") {
      const std::optional<std::string> undone = session.undo(clock());
      print.message("undo", undone.value_or("Nothing to undo."));
      has_card = session.has_card();
      if (has_card) {
        print.card(session);
      }
      continue;
    }
    int rating = 0;
    if (command.size() == 1 && command[0] >= '1' && command[0] <= '4') {
      rating = command[0] - '0';
    } else if (command == "again" || command == "hard" || command == "good" || command == "easy") {
      rating = command == "again" ? 1 : command == "hard" ? 2 : command == "good" ? 3 : 4;
    }
    const bool card_command = rating != 0 || command == "show" || command == "k" ||
                              command == "s" || command == "b";
    if (!card_command) {
      print.message("error", "unknown command \"" + command +
                                 "\" (show, 1 2 3 4, u, k, s, b, q)");
      continue;
    }
    if (!has_card) {
      print.message("error", "no card is shown; u undoes, q quits");
      continue;
    }
    if (command == "show") {
      session.reveal();
      print.back(session);
      continue;
    }
    if (rating != 0) {
      print.answer(session.answer(static_cast<srs::Rating>(rating), clock()));
    } else if (command == "k") {
      print.message("known", session.mark_known(clock()));
    } else if (command == "s") {
      print.message("suspend", session.suspend(clock()));
    } else {
      print.message("bury", session.bury(clock()));
    }
    session.message.clear();
    has_card = show_next();
  }
  print.summary(session.summary(clock()), !has_card);
  return session.answered();
}

} // namespace wortkiste::review
