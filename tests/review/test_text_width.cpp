#include "review/text_width.h"

#include <doctest/doctest.h>

#include <string>

using namespace wortkiste::review;

namespace {

std::vector<std::string> wrapped(const std::string& s, int width) {
  std::vector<std::string> out;
  for (const ByteRange& r : wrap(s, width)) {
    out.push_back(s.substr(r.begin, r.end - r.begin));
  }
  return out;
}

} // namespace

TEST_CASE("review::display_width") {
  SUBCASE("umlauts and sharp s are one column each") {
    CHECK(display_width("Einsätze") == 8);
    CHECK(display_width("Straße") == 6);
    CHECK(display_width("„Übergangsplan“") == 15);
  }
  SUBCASE("a decomposed umlaut is one column") {
    CHECK(display_width("a\xcc\x88") == 1);
  }
  SUBCASE("East Asian wide characters are two columns") {
    CHECK(display_width("日本") == 4);
  }
  SUBCASE("ANSI escapes take no room") {
    CHECK(display_width("\x1b[1;4mEinsatz\x1b[0m") == 7);
  }
  SUBCASE("malformed UTF-8 still ends") {
    CHECK(display_width("\xff\xfe" "a") == 3);
  }
}

TEST_CASE("review::wrap") {
  SUBCASE("breaks at spaces by display width") {
    // 10 columns: "Die Truppe" fits exactly although it is 10 bytes, "Einsätze" is 9 bytes.
    const auto lines = wrapped("Die Truppe hat Einsätze beendet", 10);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "Die Truppe");
    CHECK(lines[1] == "hat");
    CHECK(lines[2] == "Einsätze");
    CHECK(lines[3] == "beendet");
  }
  SUBCASE("an umlaut word that fits by columns is not pushed down") {
    const auto lines = wrapped("für Übergänge", 13);
    REQUIRE(lines.size() == 1);
  }
  SUBCASE("a word longer than the line is cut at code points") {
    const auto lines = wrapped("Sicherheitskräfte", 8);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "Sicherhe");
    CHECK(lines[1] == "itskräft");
    CHECK(lines[2] == "e");
  }
  SUBCASE("newlines force breaks, empty text is one empty line") {
    CHECK(wrapped("a\nb", 10) == std::vector<std::string>{"a", "b"});
    CHECK(wrapped("", 10) == std::vector<std::string>{""});
  }
  SUBCASE("no line is wider than the width") {
    const std::string text =
        "Die von den USA angeführte Koalition hat angekündigt, ihren Einsatz im Irak "
        "bis Ende September 2025 zu beenden.";
    for (int width = 5; width < 40; ++width) {
      for (const std::string& line : wrapped(text, width)) {
        CHECK(display_width(line) <= width);
        CHECK(line.front() != ' ');
        CHECK(line.back() != ' ');
      }
    }
  }
}

TEST_CASE("review::truncate") {
  CHECK(truncate("Sicherheitskräfte", 8) == "Sicherh…");
  CHECK(truncate("kurz", 8) == "kurz");
  CHECK(display_width(truncate("Übergangsplan", 5)) == 5);
}
