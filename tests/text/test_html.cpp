#include "text/html.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace wortkiste::text;

TEST_CASE("text::html_to_text") {
  SUBCASE("a news page: article text kept, scripts, styles and navigation dropped") {
    std::ifstream in(std::string(WORTKISTE_TEST_DATA) + "/text/article.html", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = html_to_text(ss.str());
    CHECK(text.find("Koalition beendet Einsatz im Irak\n\n") == 0);
    CHECK(text.find("am Freitag, 27.\u00A0September, an.") != std::string::npos);
    CHECK(text.find("Die erste Phase läuft bis September\u00A02025 & die zweite bis 2026.") != std::string::npos);
    CHECK(text.find("nach\nmonatelangen") != std::string::npos); // <br>
    CHECK(text.find("\n\nZwei Phasen\n\n") != std::string::npos);
    CHECK(text.find("Erster Punkt der Liste.\n\nZweiter Punkt der Liste.") != std::string::npos);
    for (const char* gone : {"Skriptinhalt", "Geheim", "font-family", "Startseite", "Politik",
                             "Menüpunkt", "Werbung", "Newsletter", "Abonnieren", "JavaScript",
                             "Impressum", "Seitentitel"}) {
      CHECK_MESSAGE(text.find(gone) == std::string::npos, gone);
    }
  }
  SUBCASE("inline elements do not split words") {
    CHECK(html_to_text("<p>Wort<b>teil</b> und <i>mehr</i></p>") == "Wortteil und mehr\n");
  }
  SUBCASE("entities are decoded") {
    CHECK(html_to_text("<p>Gr&uuml;&szlig;e &bdquo;hier&ldquo; &amp; &#8364;</p>") == "Grüße „hier“ & €\n");
  }
  SUBCASE("an empty body gives empty text") {
    CHECK(html_to_text("<html><body><script>x()</script></body></html>").empty());
  }
}

TEST_CASE("text::looks_like_html") {
  CHECK(looks_like_html("<!DOCTYPE html><html>"));
  CHECK(looks_like_html("\n  <html lang=\"de\">"));
  CHECK_FALSE(looks_like_html("Der Einsatz <b> endet"));
  CHECK_FALSE(looks_like_html("a < b und <html> im Text"));
}
