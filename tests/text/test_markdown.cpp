#include "text/markdown.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace wortkiste::text;

TEST_CASE("text::markdown_to_text") {
  SUBCASE("the fixture: headings, emphasis, links, lists, code, quotes") {
    std::ifstream in(std::string(WORTKISTE_TEST_DATA) + "/text/article.md", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = markdown_to_text(ss.str());
    CHECK(text ==
          "Koalition beendet Einsatz im Irak\n\n"
          "Der Einsatz der internationalen Koalition wird beendet, kündigten\n"
          "Washington und Bagdad am Freitag an.\n\n"
          "Zwei Phasen\n\n"
          "Die erste Phase läuft bis September 2025.\n\n"
          "Die zweite Phase betrifft Kurdistan.\n\n"
          "Ein Zitat aus dem alten Bericht.\n\n"
          "Erstens kommt es anders.\n\n"
          "Zweitens als man denkt.\n\n"
          "Mehr unter https://example.org/irak und im snake_case_name.\n");
  }
  SUBCASE("inline markup") {
    CHECK(markdown_to_text("**fett** und __auch__ und *kursiv* und _so_") == "fett und auch und kursiv und so\n");
    CHECK(markdown_to_text("Siehe [den Bericht][1].\n\n[1]: https://example.org") == "Siehe den Bericht.\n");
    CHECK(markdown_to_text("3 * 4 = 12") == "3 * 4 = 12\n");
    CHECK(markdown_to_text("Ein \\*Stern\\*") == "Ein *Stern*\n");
    CHECK(markdown_to_text("Titel\n=====\nText danach.") == "Titel\n\nText danach.\n");
  }
}
