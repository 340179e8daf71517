#include "core/paths.h"

#include <cstdlib>
#include <system_error>

namespace wortkiste::core {

namespace fs = std::filesystem;

namespace {
const char* k_lexicon_file_name = "lexicon.wkl";

std::optional<fs::path> env_path(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') {
    return std::nullopt;
  }
  return fs::path(value);
}
} // namespace

fs::path data_dir() {
  if (auto xdg = env_path("XDG_DATA_HOME")) {
    return *xdg / "wortkiste";
  }
  if (auto home = env_path("HOME")) {
    return *home / ".local" / "share" / "wortkiste";
  }
  return fs::path(".wortkiste");
}

fs::path collection_path(const std::optional<fs::path>& explicit_path) {
  if (explicit_path) {
    return *explicit_path;
  }
  if (auto env = env_path("WORTKISTE_DB")) {
    return *env;
  }
  return data_dir() / "collection.db";
}

fs::path executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) {
    return fs::current_path();
  }
  return exe.parent_path();
}

std::vector<fs::path> lexicon_candidates() {
  std::vector<fs::path> out;
  if (auto env = env_path("WORTKISTE_LEXICON")) {
    out.push_back(*env);
  }
  const fs::path exe_dir = executable_dir();
  out.push_back(exe_dir / k_lexicon_file_name);
  out.push_back(exe_dir.parent_path() / "share" / "wortkiste" / k_lexicon_file_name);
  out.push_back(data_dir() / k_lexicon_file_name);
  return out;
}

std::optional<fs::path> find_lexicon() {
  // An explicit WORTKISTE_LEXICON that does not exist is not silently replaced by another file.
  if (auto env = env_path("WORTKISTE_LEXICON")) {
    return fs::exists(*env) ? std::optional(*env) : std::nullopt;
  }
  for (const auto& candidate : lexicon_candidates()) {
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) {
      return candidate;
    }
  }
  return std::nullopt;
}

} // namespace wortkiste::core
