#include "review/terminal.h"

#include "core/error.h"
#include "review/text_width.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace wortkiste::review {

namespace {

// What the signal handlers may touch: plain data set up before they are installed.
struct termios g_saved_termios;
volatile std::sig_atomic_t g_raw_active = 0;
int g_signal_pipe[2] = {-1, -1};

// Show the cursor, reset attributes, leave the alternate screen.
constexpr char k_leave_sequence[] = "\x1b[0m\x1b[?25h\x1b[?1049l";
// Enter the alternate screen, hide the cursor, clear.
constexpr char k_enter_sequence[] = "\x1b[?1049h\x1b[?25l\x1b[H\x1b[2J";

constexpr std::array k_event_signals = {SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT};
constexpr std::array k_crash_signals = {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL};

struct sigaction g_old_event_actions[k_event_signals.size()];
struct sigaction g_old_crash_actions[k_crash_signals.size()];

void write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      return;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
}

// Async-signal-safe: tcsetattr and write only.
void restore_terminal_now() {
  if (g_raw_active != 0) {
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved_termios);
    write_all(STDOUT_FILENO, k_leave_sequence, sizeof k_leave_sequence - 1);
    g_raw_active = 0;
  }
}

// Signals become bytes on a pipe the key loop polls, so the work happens outside the handler.
extern "C" void on_event_signal(int signal_number) {
  const int saved_errno = errno;
  const auto byte = static_cast<unsigned char>(signal_number);
  if (g_signal_pipe[1] >= 0) {
    [[maybe_unused]] const ssize_t n = ::write(g_signal_pipe[1], &byte, 1);
  }
  errno = saved_errno;
}

// A crash leaves the terminal usable, then dies of the same signal (core dump and exit status
// as without us).
extern "C" void on_crash_signal(int signal_number) {
  restore_terminal_now();
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

void install(int signal_number, void (*handler)(int), struct sigaction* old) {
  struct sigaction action {};
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  ::sigaction(signal_number, &action, old);
}

} // namespace

bool is_interactive() { return ::isatty(STDIN_FILENO) == 1 && ::isatty(STDOUT_FILENO) == 1; }

int output_width() {
  struct winsize size {};
  if (::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 &&
      size.ws_col > 0) {
    return size.ws_col;
  }
  return 80;
}

bool output_is_terminal() { return ::isatty(STDOUT_FILENO) == 1; }

bool locale_is_utf8() {
  const char* value = nullptr;
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* v = std::getenv(name);
    if (v != nullptr && *v != '\0') {
      value = v;
      break;
    }
  }
  if (value == nullptr) {
    return false; // the C locale
  }
  std::string s(value);
  for (char& c : s) {
    c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return s.find("utf-8") != std::string::npos || s.find("utf8") != std::string::npos;
}

bool colour_wanted(bool no_color_flag) {
  // https://no-color.org: NO_COLOR set to any non-empty value turns colour off.
  const char* env = std::getenv("NO_COLOR");
  return !no_color_flag && (env == nullptr || *env == '\0');
}

Terminal::Terminal() {
  if (!is_interactive()) {
    throw Error("the full-screen review needs a terminal; use --plain for line mode");
  }
  if (::tcgetattr(STDIN_FILENO, &g_saved_termios) != 0) {
    throw Error(std::string("cannot read the terminal settings: ") + std::strerror(errno));
  }
  if (::pipe(g_signal_pipe) != 0) {
    throw Error(std::string("cannot create a pipe: ") + std::strerror(errno));
  }
  for (const int fd : g_signal_pipe) {
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
  }
  for (std::size_t i = 0; i < k_event_signals.size(); ++i) {
    install(k_event_signals[i], on_event_signal, &g_old_event_actions[i]);
  }
  for (std::size_t i = 0; i < k_crash_signals.size(); ++i) {
    install(k_crash_signals[i], on_crash_signal, &g_old_crash_actions[i]);
  }
  enter();
}

Terminal::~Terminal() {
  leave();
  for (std::size_t i = 0; i < k_event_signals.size(); ++i) {
    ::sigaction(k_event_signals[i], &g_old_event_actions[i], nullptr);
  }
  for (std::size_t i = 0; i < k_crash_signals.size(); ++i) {
    ::sigaction(k_crash_signals[i], &g_old_crash_actions[i], nullptr);
  }
  for (int& fd : g_signal_pipe) {
    ::close(fd);
    fd = -1;
  }
}

void Terminal::enter() {
  struct termios raw = g_saved_termios;
  // Raw input: no echo, no line editing, no CR translation, no flow control. ISIG stays on so
  // Ctrl-C and Ctrl-Z arrive as signals like anywhere else and take the same path as `kill`.
  raw.c_iflag &= ~static_cast<tcflag_t>(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
  raw.c_oflag &= ~static_cast<tcflag_t>(OPOST);
  raw.c_cflag |= CS8;
  raw.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | IEXTEN);
  raw.c_cc[VMIN] = 1;
  raw.c_cc[VTIME] = 0;
  ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw);
  g_raw_active = 1;
  write_all(STDOUT_FILENO, k_enter_sequence, sizeof k_enter_sequence - 1);
  m_active = true;
  update_size();
}

void Terminal::leave() {
  if (!m_active) {
    return;
  }
  restore_terminal_now();
  m_active = false;
}

void Terminal::suspend() { leave(); }

void Terminal::resume() { enter(); }

void Terminal::update_size() {
  struct winsize size {};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0 && size.ws_row > 0) {
    m_width = size.ws_col;
    m_height = size.ws_row;
  } else {
    m_width = 80;
    m_height = 24;
  }
}

void Terminal::draw(std::string_view frame) {
  std::string out = "\x1b[H";
  out.reserve(frame.size() + 512);
  std::size_t begin = 0;
  int row = 0;
  while (begin <= frame.size() && row < m_height) {
    std::size_t end = frame.find('\n', begin);
    if (end == std::string_view::npos) {
      end = frame.size();
    }
    const std::string_view line = frame.substr(begin, end - begin);
    if (row > 0) {
      out += "\r\n";
    }
    out += line;
    // Erase the rest of the row, but not after a full-width line: there the cursor waits in the
    // last column and "erase to end of line" would take the last character with it.
    if (display_width(line) < m_width) {
      out += "\x1b[K";
    }
    ++row;
    begin = end + 1;
    if (end == frame.size()) {
      break;
    }
  }
  if (row < m_height) {
    out += "\r\n\x1b[J";
  }
  write_all(STDOUT_FILENO, out.data(), out.size());
}

Key Terminal::handle_signal(int signal_number) {
  switch (signal_number) {
  case SIGWINCH:
    update_size();
    return {Key::Kind::resize, {}};
  case SIGTSTP: {
    // Ctrl-Z: give the shell a sane terminal, stop for real, and come back raw after `fg`.
    leave();
    struct sigaction mine {};
    install(SIGTSTP, SIG_DFL, &mine);
    ::raise(SIGTSTP);
    // ... stopped here until SIGCONT ...
    ::sigaction(SIGTSTP, &mine, nullptr);
    enter();
    return {Key::Kind::resize, {}};
  }
  case SIGCONT:
    // Continued after a stop we did not see coming (SIGSTOP): the shell may have reset the
    // terminal, so take raw mode again.
    if (m_active) {
      enter();
    }
    return {Key::Kind::resize, {}};
  default:
    return {Key::Kind::quit, {}};
  }
}

std::optional<Key> Terminal::take_key(bool more_may_follow) {
  if (m_input.empty()) {
    return std::nullopt;
  }
  const auto byte = static_cast<unsigned char>(m_input[0]);
  const auto consume = [&](std::size_t n) {
    std::string text = m_input.substr(0, n);
    m_input.erase(0, n);
    return text;
  };
  if (byte == 0x1b) {
    if (m_input.size() == 1) {
      if (more_may_follow) {
        return std::nullopt; // wait briefly: an arrow key's bytes may still be on the way
      }
      consume(1);
      return Key{Key::Kind::escape, {}};
    }
    if (m_input[1] == '[' || m_input[1] == 'O') {
      std::size_t i = 2;
      while (i < m_input.size() && !(m_input[i] >= 0x40 && m_input[i] <= 0x7E)) {
        ++i;
      }
      if (i >= m_input.size()) {
        if (more_may_follow) {
          return std::nullopt;
        }
        consume(m_input.size());
        return Key{Key::Kind::escape, {}};
      }
      const std::string sequence = consume(i + 1);
      return Key{Key::Kind::arrow, sequence.substr(sequence.size() - 1)};
    }
    consume(1);
    return Key{Key::Kind::escape, {}};
  }
  if (byte == 0x03 || byte == 0x04) {
    consume(1);
    return Key{Key::Kind::quit, {}}; // Ctrl-C with ISIG off, Ctrl-D
  }
  if (byte == '\r' || byte == '\n') {
    consume(1);
    return Key{Key::Kind::enter, {}};
  }
  if (byte == 0x7f || byte == 0x08) {
    consume(1);
    return Key{Key::Kind::backspace, {}};
  }
  std::size_t length = 1;
  if ((byte & 0xE0) == 0xC0) {
    length = 2;
  } else if ((byte & 0xF0) == 0xE0) {
    length = 3;
  } else if ((byte & 0xF8) == 0xF0) {
    length = 4;
  }
  if (m_input.size() < length) {
    if (more_may_follow) {
      return std::nullopt;
    }
    length = m_input.size();
  }
  return Key{Key::Kind::text, consume(length)};
}

Key Terminal::read_key() {
  bool waited_for_rest = false;
  while (true) {
    if (auto key = take_key(!waited_for_rest)) {
      return *key;
    }
    struct pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {g_signal_pipe[0], POLLIN, 0}};
    // With half a key in hand, wait only a moment for the rest; else wait for anything.
    const int timeout = m_input.empty() ? -1 : 50;
    const int ready = ::poll(fds, 2, timeout);
    if (ready < 0) {
      if (errno == EINTR) {
        continue;
      }
      throw Error(std::string("cannot read the keyboard: ") + std::strerror(errno));
    }
    if (ready == 0) {
      waited_for_rest = true;
      continue;
    }
    if ((fds[1].revents & POLLIN) != 0) {
      unsigned char signal_number = 0;
      if (::read(g_signal_pipe[0], &signal_number, 1) == 1) {
        return handle_signal(signal_number);
      }
    }
    if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      char buffer[256];
      const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
      if (n == 0) {
        return {Key::Kind::quit, {}};
      }
      if (n < 0) {
        if (errno == EINTR || errno == EAGAIN) {
          continue;
        }
        return {Key::Kind::quit, {}};
      }
      m_input.append(buffer, static_cast<std::size_t>(n));
      waited_for_rest = false;
    }
  }
}

} // namespace wortkiste::review
