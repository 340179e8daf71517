#include "cli/command.h"
#include "core/error.h"
#include "core/paths.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <string_view>

namespace wortkiste::cli {

std::filesystem::path collection_path(const GlobalOptions& global) {
  return core::collection_path(global.db);
}

namespace {

// Parses "YYYY-MM-DDTHH:MM[:SS[.sss]][Z|±HH:MM]"; a time without zone is UTC.
std::optional<std::int64_t> parse_iso8601_ms(std::string_view s) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millis = 0;
  char zone[8] = {0};
  std::string copy(s);
  int consumed = 0;
  if (std::sscanf(copy.c_str(), "%4d-%2d-%2dT%2d:%2d%n", &year, &month, &day, &hour, &minute,
                  &consumed) < 5) {
    if (std::sscanf(copy.c_str(), "%4d-%2d-%2d%n", &year, &month, &day, &consumed) < 3) {
      return std::nullopt;
    }
  }
  std::string_view rest = std::string_view(copy).substr(static_cast<std::size_t>(consumed));
  if (!rest.empty() && rest[0] == ':') {
    int n = 0;
    if (std::sscanf(rest.data(), ":%2d%n", &second, &n) < 1) {
      return std::nullopt;
    }
    rest.remove_prefix(static_cast<std::size_t>(n));
    if (!rest.empty() && rest[0] == '.') {
      std::size_t i = 1;
      int scale = 100;
      while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') {
        millis += (rest[i] - '0') * scale;
        scale /= 10;
        ++i;
      }
      rest.remove_prefix(i);
    }
  }
  int offset_minutes = 0;
  if (!rest.empty()) {
    if (rest == "Z") {
    } else if ((rest[0] == '+' || rest[0] == '-') && rest.size() >= 6) {
      int oh = 0, om = 0;
      if (std::sscanf(rest.data() + 1, "%2d:%2d", &oh, &om) != 2) {
        return std::nullopt;
      }
      offset_minutes = (rest[0] == '+' ? 1 : -1) * (oh * 60 + om);
    } else {
      return std::nullopt;
    }
  }
  (void)zone;
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  const std::int64_t seconds = static_cast<std::int64_t>(timegm(&tm)) - offset_minutes * 60;
  return seconds * 1000 + millis;
}

} // namespace

std::int64_t now_ms() {
  if (const char* env = std::getenv("WORTKISTE_NOW"); env != nullptr && *env != '\0') {
    if (auto ms = parse_iso8601_ms(env)) {
      return *ms;
    }
    throw UsageError(std::string("WORTKISTE_NOW is not an ISO-8601 time: ") + env);
  }
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace wortkiste::cli

#include <CLI/CLI.hpp>

#include <algorithm>
#include <sstream>

namespace wortkiste::cli {

std::vector<std::string> parse_card_types(const std::string& list) {
  static constexpr std::string_view k_types[] = {"recognition", "production", "cloze"};
  std::vector<std::string> out;
  std::stringstream in(list);
  std::string item;
  while (std::getline(in, item, ',')) {
    if (item.empty()) {
      continue;
    }
    if (std::find(std::begin(k_types), std::end(k_types), item) == std::end(k_types)) {
      throw UsageError("--cards: unknown card type \"" + item +
                       "\" (choose from recognition, production, cloze)");
    }
    if (std::find(out.begin(), out.end(), item) == out.end()) {
      out.push_back(item);
    }
  }
  if (out.empty()) {
    throw UsageError("--cards needs at least one of recognition, production, cloze");
  }
  return out;
}

std::string join_comma(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    out += out.empty() ? "" : ",";
    out += s;
  }
  return out;
}

void mark_not_built(CLI::App& sub) {
  sub.allow_extras();
  sub.callback([&sub] {
    throw NotBuiltError("`wortkiste " + sub.get_name() +
                        "` is not built yet in this version; see README.md for what works");
  });
}

} // namespace wortkiste::cli
