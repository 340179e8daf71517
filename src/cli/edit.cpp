// wortkiste edit ID [--gloss TEXT] [--example TEXT]: correct a note. Corrections go to
// notes.user_fields, which a later `add` never overwrites. Without flags, $VISUAL or $EDITOR
// opens the fields in a temporary file.

#include "cli/command.h"
#include "core/error.h"
#include "store/notes.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

namespace wortkiste::cli {

namespace {

struct EditOptions {
  std::int64_t id = 0;
  std::optional<std::string> gloss;
  std::optional<std::string> example;
};

nlohmann::json parse_object(const std::string& text) {
  auto json = nlohmann::json::parse(text, nullptr, false);
  return json.is_object() ? json : nlohmann::json::object();
}

struct Shown {
  std::string gloss;
  std::string example;
};

Shown shown_fields(const store::NoteRow& note) {
  const nlohmann::json fields = parse_object(note.fields);
  const nlohmann::json user = parse_object(note.user_fields);
  Shown s;
  if (user.contains("gloss") && user["gloss"].is_string()) {
    s.gloss = user["gloss"].get<std::string>();
  } else if (fields.contains("glosses") && fields["glosses"].is_array()) {
    for (const auto& g : fields["glosses"]) {
      s.gloss += s.gloss.empty() ? "" : "; ";
      s.gloss += g.is_string() ? g.get<std::string>() : "";
    }
  }
  if (user.contains("example") && user["example"].is_string()) {
    s.example = user["example"].get<std::string>();
  } else if (note.example) {
    s.example = note.example->sentence;
  }
  return s;
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

// Opens the fields in the user's editor; returns the edited values (unchanged ones included).
Shown edit_in_editor(const store::NoteRow& note, const Shown& current) {
  const char* editor = std::getenv("VISUAL");
  if (editor == nullptr || *editor == '\0') {
    editor = std::getenv("EDITOR");
  }
  if (editor == nullptr || *editor == '\0') {
    editor = "vi";
  }
  std::string path = (std::filesystem::temp_directory_path() / "wortkiste-edit-XXXXXX").string();
  const int fd = mkstemp(path.data());
  if (fd < 0) {
    throw FileError("cannot create a temporary file for the editor");
  }
  close(fd);
  {
    std::ofstream out(path);
    out << "# Correct note " << note.id << " (" << note.lemma << ", " << note.pos
        << "). Lines starting with # are ignored.\n"
        << "# Your text is kept when the same word is added again.\n"
        << "gloss: " << current.gloss << '\n'
        << "example: " << current.example << '\n';
  }
  const std::string command = std::string(editor) + " '" + path + "'";
  const int status = std::system(command.c_str());
  Shown edited = current;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with('#')) {
      continue;
    }
    if (line.starts_with("gloss:")) {
      edited.gloss = trim(std::string_view(line).substr(6));
    } else if (line.starts_with("example:")) {
      edited.example = trim(std::string_view(line).substr(8));
    }
  }
  std::filesystem::remove(path);
  if (status != 0) {
    throw Error(std::string("the editor (") + editor + ") failed; nothing was changed");
  }
  return edited;
}

void run_edit(const EditOptions& opts, const GlobalOptions& global) {
  store::Database db = store::Database::open(collection_path(global), false);
  const auto note = store::get_note(db, opts.id);
  if (!note) {
    throw UsageError("no note with id " + std::to_string(opts.id) + " (see `wortkiste list`)");
  }
  const Shown current = shown_fields(*note);
  Shown wanted = current;
  if (opts.gloss || opts.example) {
    wanted.gloss = opts.gloss.value_or(current.gloss);
    wanted.example = opts.example.value_or(current.example);
  } else {
    wanted = edit_in_editor(*note, current);
  }
  const std::int64_t now = now_ms();
  store::Transaction tx(db);
  int changed = 0;
  if (wanted.gloss != current.gloss && !wanted.gloss.empty()) {
    store::set_user_field(db, note->id, "gloss", wanted.gloss, now);
    ++changed;
  }
  if (wanted.example != current.example && !wanted.example.empty()) {
    store::set_user_field(db, note->id, "example", wanted.example, now);
    ++changed;
  }
  tx.commit();
  if (changed == 0) {
    std::cout << "Nothing changed.\n";
    return;
  }
  std::cout << "Note " << note->id << " (" << note->lemma << "): " << "gloss = " << wanted.gloss
            << "\n  example = " << wanted.example << '\n';
}

} // namespace

void register_edit(CLI::App& app, GlobalOptions& global) {
  CLI::App* sub = app.add_subcommand(
      "edit", "Correct a note's gloss or example (kept when the word is added again)");
  auto opts = std::make_shared<EditOptions>();
  sub->add_option("ID", opts->id, "The note's id, as `wortkiste list` shows it")->required();
  sub->add_option("--gloss", opts->gloss, "The meaning to show instead of the dictionary's");
  sub->add_option("--example", opts->example, "The example sentence to show instead");
  sub->callback([opts, &global] { run_edit(*opts, global); });
}

} // namespace wortkiste::cli
