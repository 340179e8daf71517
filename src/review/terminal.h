#pragma once
// The terminal under a full-screen session: raw mode through termios, the alternate screen and a
// hidden cursor, restored on every way out. The destructor restores after a normal quit or an
// exception; SIGINT and SIGTERM become a `Key::quit` so the session ends with its summary (every
// answer is committed already); SIGTSTP (Ctrl-Z) restores the terminal, stops, and re-enters raw
// mode on SIGCONT with a redraw; SIGWINCH asks for a redraw at the new size; crash signals
// (SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL) restore the terminal and then die as they would have.

#include <optional>
#include <string>
#include <string_view>

namespace wortkiste::review {

// One event from the keyboard or from a signal.
struct Key {
  enum class Kind {
    text,   // `text` holds one character (UTF-8): "1", " ", "ä"
    enter,
    escape,
    backspace,
    arrow,  // arrows and other escape sequences: `text` holds the sequence's final byte
    resize, // the window changed size, or the session came back from Ctrl-Z: redraw
    quit,   // Ctrl-C, SIGINT, SIGTERM, or end of input
  };
  Kind kind = Kind::text;
  std::string text;
};

// Returns true when both standard input and output are terminals.
bool is_interactive();

// Returns true when the locale's character set (LC_ALL, LC_CTYPE, LANG) is UTF-8.
bool locale_is_utf8();

// Returns the columns of the terminal on standard output, or 80 when it is not a terminal.
int output_width();

// Returns true when standard output is a terminal.
bool output_is_terminal();

// Returns true unless NO_COLOR is set (to anything) or `no_color_flag` is given.
bool colour_wanted(bool no_color_flag);

class Terminal {
public:
  // Enters raw mode on standard input, switches to the alternate screen and hides the cursor,
  // and installs the signal handlers. Throws wortkiste::Error when standard input is no terminal.
  Terminal();
  Terminal(const Terminal&) = delete;
  Terminal& operator=(const Terminal&) = delete;
  // Restores everything the constructor changed.
  ~Terminal();

  // Returns the size in columns and rows (80x24 when the terminal does not say).
  int width() const { return m_width; }
  int height() const { return m_height; }

  // Draws `frame` (lines joined by '\n', as review::render makes them) over the whole screen.
  void draw(std::string_view frame);

  // Waits for the next key or signal event.
  Key read_key();

  // Leaves raw mode and the alternate screen for a child program ($EDITOR); `resume` re-enters.
  void suspend();
  void resume();

private:
  void enter();
  void leave();
  void update_size();
  Key handle_signal(int signal_number);
  // Returns the next key from `m_input`, or nullopt when it holds no complete key yet.
  std::optional<Key> take_key(bool more_may_follow);
  std::string m_input; // bytes read but not yet returned as keys
  int m_width = 80;
  int m_height = 24;
  bool m_active = false;
};

} // namespace wortkiste::review
