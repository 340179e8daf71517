#include "review/interactive.h"

#include "core/error.h"
#include "review/card_content.h"
#include "review/terminal.h"

#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace wortkiste::review {

namespace {

// Runs `argv` with standard output and error sent to /dev/null, without waiting.
pid_t spawn_quietly(const std::vector<std::string>& argv) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  std::vector<char*> args;
  for (const std::string& a : argv) {
    args.push_back(const_cast<char*>(a.c_str()));
  }
  args.push_back(nullptr);
  pid_t pid = -1;
  if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
    pid = -1;
  }
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

// Runs the user's editor on `path` in the foreground and waits for it. Returns false when it
// could not be started or failed.
bool run_editor(const std::string& path) {
  const char* editor = std::getenv("VISUAL");
  if (editor == nullptr || *editor == '\0') {
    editor = std::getenv("EDITOR");
  }
  const std::string command = editor != nullptr && *editor != '\0' ? editor : "vi";
  // Through the shell, so EDITOR="code --wait" works; the path is passed as $1, never spliced.
  std::vector<std::string> argv = {"/bin/sh", "-c", command + " \"$1\"", "sh", path};
  std::vector<char*> args;
  for (const std::string& a : argv) {
    args.push_back(const_cast<char*>(a.c_str()));
  }
  args.push_back(nullptr);
  pid_t pid = -1;
  if (posix_spawn(&pid, "/bin/sh", nullptr, nullptr, args.data(), environ) != 0) {
    return false;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      return false;
    }
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

class Interactive {
public:
  Interactive(store::Database& db, const SessionOptions& options, const Clock& clock,
              std::string deck_label)
      : m_session(db, options), m_clock(clock), m_deck_label(std::move(deck_label)) {}

  ~Interactive() {
    if (m_speaker > 0) {
      waitpid(m_speaker, nullptr, WNOHANG);
    }
  }

  Summary run() {
    {
      Terminal terminal;
      m_session.next(m_clock());
      draw(terminal);
      while (handle(terminal, terminal.read_key())) {
        draw(terminal);
      }
    } // the terminal is restored here, before the summary is printed
    return m_session.summary(m_clock());
  }

  int answered() const { return m_session.answered(); }

private:
  void draw(Terminal& terminal) {
    ScreenState state = m_session.screen(m_deck_label);
    state.help = m_help;
    terminal.draw(render(state, terminal.width(), terminal.height()));
  }

  // Handles one key; returns false to quit.
  bool handle(Terminal& terminal, const Key& key) {
    if (key.kind == Key::Kind::quit) {
      return false;
    }
    if (key.kind == Key::Kind::resize) {
      return true;
    }
    reap_speaker();
    if (m_help) {
      m_help = false; // any key closes the help
      return true;
    }
    m_session.message.clear();
    const std::string k = key.kind == Key::Kind::text ? key.text : std::string();
    if (k == "q" || k == "Q") {
      return false;
    }
    if (k == "?" || k == "h") {
      m_help = true;
      return true;
    }
    if (k == "u") {
      const std::optional<std::string> undone = m_session.undo(m_clock());
      m_session.message = undone.value_or("Nothing to undo.");
      return true;
    }
    if (!m_session.has_card()) {
      if (!k.empty() || key.kind == Key::Kind::enter) {
        m_session.message = "Nothing due. u undoes the last answer, q quits.";
      }
      return true;
    }
    if (k == " " || key.kind == Key::Kind::enter) {
      m_session.reveal();
      return true;
    }
    if (k.size() == 1 && k[0] >= '1' && k[0] <= '4') {
      if (!m_session.revealed()) {
        m_session.message = "Space shows the answer first.";
        return true;
      }
      m_session.answer(static_cast<srs::Rating>(k[0] - '0'), m_clock());
      next();
      return true;
    }
    if (k == "k") {
      const std::string said = m_session.mark_known(m_clock());
      next();
      m_session.message = said;
      return true;
    }
    if (k == "s") {
      const std::string said = m_session.suspend(m_clock());
      next();
      m_session.message = said;
      return true;
    }
    if (k == "b") {
      const std::string said = m_session.bury(m_clock());
      next();
      m_session.message = said;
      return true;
    }
    if (k == "e") {
      edit(terminal);
      return true;
    }
    if (k == "p") {
      speak();
      return true;
    }
    if (!k.empty()) {
      m_session.message = "Key " + k + " does nothing here; ? shows the keys.";
    }
    return true;
  }

  void next() {
    const std::string said = m_session.message;
    m_session.next(m_clock());
    if (m_session.message.empty()) {
      m_session.message = said;
    }
  }

  void edit(Terminal& terminal) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path dir = fs::temp_directory_path(ec);
    if (ec) {
      dir = "/tmp";
    }
    std::string pattern = (dir / "wortkiste-edit-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0) {
      m_session.message = "Cannot create a temporary file for the editor.";
      return;
    }
    const std::string text = edit_file_text(m_session.content());
    [[maybe_unused]] const ssize_t written = ::write(fd, text.data(), text.size());
    ::close(fd);
    terminal.suspend();
    const bool ok = run_editor(pattern);
    terminal.resume();
    if (!ok) {
      m_session.message = "The editor failed; nothing changed ($EDITOR or $VISUAL names it).";
      fs::remove(pattern, ec);
      return;
    }
    std::ifstream in(pattern);
    std::stringstream content;
    content << in.rdbuf();
    fs::remove(pattern, ec);
    const ParsedEdit parsed = parse_edit_file(content.str());
    m_session.message = m_session.edit(parsed.gloss, parsed.example, m_clock());
  }

  void speak() {
    const std::string program = find_program("espeak-ng");
    if (program.empty()) {
      m_session.message = "espeak-ng is not installed; install it to hear words (apt install espeak-ng).";
      return;
    }
    reap_speaker();
    if (m_speaker > 0) {
      kill(m_speaker, SIGTERM); // a new word interrupts the old one
      waitpid(m_speaker, nullptr, 0);
      m_speaker = -1;
    }
    const CardContent& c = m_session.content();
    std::string text = headword(c);
    if (!c.example.empty()) {
      text += ". " + c.example;
    }
    m_speaker = spawn_quietly({program, "-v", "de", text});
    m_session.message = m_speaker > 0 ? "Speaking…" : "espeak-ng could not be started.";
  }

  void reap_speaker() {
    if (m_speaker > 0 && waitpid(m_speaker, nullptr, WNOHANG) == m_speaker) {
      m_speaker = -1;
    }
  }

  Session m_session;
  const Clock& m_clock;
  std::string m_deck_label;
  bool m_help = false;
  pid_t m_speaker = -1;
};

} // namespace

std::string find_program(const std::string& program) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) {
    return {};
  }
  std::string_view rest(path);
  while (true) {
    const auto colon = rest.find(':');
    const std::string dir(rest.substr(0, colon));
    const std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + program;
    if (::access(candidate.c_str(), X_OK) == 0) {
      return candidate;
    }
    if (colon == std::string_view::npos) {
      return {};
    }
    rest.remove_prefix(colon + 1);
  }
}

int run_interactive(store::Database& db, const SessionOptions& options, const Clock& clock,
                    const std::string& deck_label, std::ostream& out) {
  Interactive session(db, options, clock, deck_label);
  const Summary summary = session.run();
  for (const std::string& line : summary_lines(summary)) {
    out << line << '\n';
  }
  out << std::flush;
  return session.answered();
}

} // namespace wortkiste::review
