#include "review/screen.h"

#include "review/text_width.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace wortkiste::review;

namespace {

CardContent einsatz() {
  CardContent card;
  card.lemma = "Einsatz";
  card.pos = "NOUN";
  card.article = "der";
  card.plural = "Einsätze";
  card.glosses = {"deployment", "mission"};
  card.example = "Die von den USA angeführte Koalition will ihren Einsatz im Irak bis Ende "
                 "September 2025 beenden und danach in Syrien weiterkämpfen.";
  const std::string target = "Einsatz";
  card.target_begin = card.example.find(target);
  card.target_end = card.target_begin + target.size();
  card.source = "irak-koalition.txt";
  return card;
}

ScreenState state_for(CardKind kind, bool revealed, bool color) {
  ScreenState state;
  state.deck = "Irak";
  state.counts = {3, 1, 12};
  state.has_card = true;
  state.kind = kind;
  state.card = einsatz();
  state.revealed = revealed;
  state.intervals = {"10m", "1d", "3d", "8d"};
  state.color = color;
  return state;
}

std::vector<std::string> lines_of(const std::string& frame) {
  std::vector<std::string> lines;
  std::istringstream in(frame);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

} // namespace

TEST_CASE("review::render") {
  SUBCASE("the frame has exactly the terminal's size") {
    for (const auto& [w, h] : {std::pair{80, 24}, std::pair{40, 12}, std::pair{120, 40}}) {
      for (const bool revealed : {false, true}) {
        for (const bool color : {false, true}) {
          const auto lines = lines_of(render(state_for(CardKind::recognition, revealed, color), w, h));
          CHECK(lines.size() == static_cast<std::size_t>(h));
          for (const std::string& line : lines) {
            CHECK(display_width(line) <= w);
          }
        }
      }
    }
  }
  SUBCASE("front of a recognition card: headword, counts, deck, no answer") {
    const std::string frame = render(state_for(CardKind::recognition, false, false), 80, 24);
    CHECK(frame.find("der Einsatz") != std::string::npos);
    CHECK(frame.find("wortkiste · Irak") != std::string::npos);
    CHECK(frame.find("new 3  learning 1  review 12") != std::string::npos);
    CHECK(frame.find("deployment") == std::string::npos);
    CHECK(frame.find("Space show answer") != std::string::npos);
    CHECK(frame.find('\x1b') == std::string::npos);
  }
  SUBCASE("back: gloss, plural, example with the target marked, source, buttons") {
    const std::string frame = render(state_for(CardKind::recognition, true, false), 80, 24);
    CHECK(frame.find("deployment; mission") != std::string::npos);
    CHECK(frame.find("Plural: die Einsätze") != std::string::npos);
    CHECK(frame.find("*Einsatz*") != std::string::npos);
    CHECK(frame.find("Source: irak-koalition.txt") != std::string::npos);
    CHECK(frame.find("1 Again 10m  2 Hard 1d  3 Good 3d  4 Easy 8d") != std::string::npos);
  }
  SUBCASE("with colour the target is bold and underlined, not starred") {
    const std::string frame = render(state_for(CardKind::recognition, true, true), 80, 24);
    CHECK(frame.find("\x1b[1;4mEinsatz\x1b[0m") != std::string::npos);
    CHECK(frame.find("*Einsatz*") == std::string::npos);
  }
  SUBCASE("the highlight survives a line break inside the target's line") {
    // At 30 columns the sentence wraps; the target's line carries the whole highlight.
    const std::string frame = render(state_for(CardKind::recognition, true, true), 30, 24);
    CHECK(frame.find("\x1b[1;4mEinsatz\x1b[0m") != std::string::npos);
  }
  SUBCASE("production shows the meaning first and the German on the back") {
    const std::string front = render(state_for(CardKind::production, false, false), 80, 24);
    CHECK(front.find("deployment; mission") != std::string::npos);
    CHECK(front.find("Einsatz") == std::string::npos);
    CHECK(front.find("with its article") != std::string::npos);
    const std::string back = render(state_for(CardKind::production, true, false), 80, 24);
    CHECK(back.find("der Einsatz") != std::string::npos);
  }
  SUBCASE("cloze cuts the target out of the sentence") {
    const std::string front = render(state_for(CardKind::cloze, false, false), 80, 24);
    CHECK(front.find("ihren [...] im Irak") != std::string::npos);
    CHECK(front.find("Einsatz") == std::string::npos);
    const std::string back = render(state_for(CardKind::cloze, true, false), 80, 24);
    CHECK(back.find("ihren *Einsatz* im Irak") != std::string::npos);
    CHECK(back.find("[...]") == std::string::npos);
  }
  SUBCASE("a verb shows its principal parts") {
    ScreenState state = state_for(CardKind::recognition, true, false);
    state.card.lemma = "ankündigen";
    state.card.pos = "VERB";
    state.card.article.clear();
    state.card.plural.clear();
    state.card.principal_parts = "kündigte an – hat angekündigt";
    const std::string frame = render(state, 80, 24);
    CHECK(frame.find("ankündigen – kündigte an – hat angekündigt") != std::string::npos);
  }
  SUBCASE("the help overlay lists the keys") {
    ScreenState state = state_for(CardKind::recognition, false, false);
    state.help = true;
    const std::string frame = render(state, 80, 24);
    CHECK(frame.find("undo the last answer") != std::string::npos);
    CHECK(frame.find("der Einsatz") == std::string::npos);
  }
  SUBCASE("nothing due") {
    ScreenState state;
    state.color = false;
    const std::string frame = render(state, 80, 24);
    CHECK(frame.find("Nothing due") != std::string::npos);
  }
  SUBCASE("the message line shows") {
    ScreenState state = state_for(CardKind::recognition, false, false);
    state.message = "Undone: der Einsatz";
    const auto lines = lines_of(render(state, 80, 24));
    CHECK(lines[22] == " Undone: der Einsatz");
  }
  SUBCASE("a tiny terminal still gets a frame of its size") {
    const auto lines = lines_of(render(state_for(CardKind::recognition, true, false), 20, 6));
    CHECK(lines.size() == 6);
    const auto tiny = lines_of(render(state_for(CardKind::recognition, true, false), 10, 3));
    CHECK(tiny.size() == 3);
  }
}

TEST_CASE("review::button_row") {
  CHECK(button_row({"10m", "1d", "3d", "8d"}, false) == "1 Again 10m  2 Hard 1d  3 Good 3d  4 Easy 8d");
  CHECK(button_row({"10m", "1d", "3d", "8d"}, true).find("\x1b[") != std::string::npos);
}

TEST_CASE("review::summary_lines") {
  Summary s;
  s.cards_done = 12;
  s.duration_ms = 185'000;
  s.reviews_today = 20;
  s.passed_today = 17;
  const auto lines = summary_lines(s);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "Reviewed 12 cards in 3m 05s.");
  CHECK(lines[1] == "Retention today: 85% (17 of 20 answers not Again).");
}
