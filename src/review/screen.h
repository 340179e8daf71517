#pragma once
// The review screen as a pure function of state: `render` turns a `ScreenState` into the exact
// frame a terminal shows (or a test compares), with ANSI styling only when colour is on.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace wortkiste::review {

enum class CardKind { recognition, production, cloze };

// Returns "recognition", "production" or "cloze".
const char* card_kind_name(CardKind kind);

// What a card shows, gathered from its note and its primary example sentence.
struct CardContent {
  std::string lemma;           // "Einsatz", "ankündigen"
  std::string display_lemma;   // how to say it when not just the lemma: "sich richten"
  std::string pos;             // UD tag: "NOUN", "VERB", "ADJ", ...
  std::string article;         // "der", "die", "das" for nouns; empty otherwise
  std::string plural;          // "Einsätze"; empty when unknown or none
  std::string principal_parts; // "kündigte an – hat angekündigt"
  std::vector<std::string> glosses;
  std::string example;             // the sentence exactly as in the source
  std::size_t target_begin = 0;    // byte range of the target form inside `example`
  std::size_t target_end = 0;      // (begin == end: no target known)
  std::string source;              // "irak-koalition.txt"
  std::vector<std::string> compound; // {"Sicherheit", "Kraft"}
};

// Returns the headword as a learner says it: "der Einsatz", "ankündigen".
std::string headword(const CardContent& card);
// Returns the glosses joined with "; ".
std::string joined_glosses(const CardContent& card);
// Returns the second line of the back: "Plural: die Einsätze" or the principal parts, or "".
std::string grammar_line(const CardContent& card);
// Returns the example with the target replaced by "[...]" (the cloze front).
std::string cloze_text(const CardContent& card);

// What is left to do today.
struct Counts {
  int new_cards = 0;
  int learning = 0;
  int review = 0;
};

// The end-of-session figures shown on quit.
struct Summary {
  int cards_done = 0;
  std::int64_t duration_ms = 0;
  int again = 0;      // answers rated Again in this session
  int answered = 0;   // answers in this session (after undo)
  int reviews_today = 0;
  int passed_today = 0; // of the reviews today, those not rated Again
};

// Returns the lines of the quit summary: cards done, time, retention today.
std::vector<std::string> summary_lines(const Summary& summary);

struct ScreenState {
  std::string deck;               // deck name, or "all decks"
  Counts counts;
  bool has_card = false;          // false: nothing due, the screen says so
  CardKind kind = CardKind::recognition;
  CardContent card;
  bool revealed = false;
  std::array<std::string, 4> intervals; // "10m", "1d", "3d", "8d"
  std::string message;            // one line: "Undone: der Einsatz", errors, hints
  bool help = false;              // the help overlay replaces the card
  bool color = true;
};

// Returns the frame: exactly `height` lines joined by '\n' (no trailing newline), none wider
// than `width` columns. Works from 20x6 upwards; below that it shows what fits.
std::string render(const ScreenState& state, int width, int height);

// Returns the button row: "1 Again 10m  2 Hard 1d  3 Good 3d  4 Easy 8d" (styled with colour).
std::string button_row(const std::array<std::string, 4>& intervals, bool color);

// Returns `sentence` with the byte range [`begin`, `end`) marked: bold+underline with colour,
// "*...*" without. An empty or invalid range returns the sentence unchanged.
std::string highlight(const std::string& sentence, std::size_t begin, std::size_t end, bool color);

} // namespace wortkiste::review
