#include "text/abbreviations.h"

#include <doctest/doctest.h>

#include <string>

using namespace wortkiste::text;

TEST_CASE("text::match_abbreviation") {
  auto len = [](std::string_view s, std::size_t pos = 0) { return match_abbreviation(s, pos).length; };
  SUBCASE("single and multi-part abbreviations, with or without spaces") {
    CHECK(len("z. B. Äpfel") == 5);
    CHECK(len("z.B. Äpfel") == 4);
    CHECK(len("Nr. 5") == 3);
    CHECK(len("v. Chr. geboren") == 7);
    CHECK(len("u. a. in Berlin") == 5);
    CHECK(len("bzw. mehr") == 4);
    CHECK(len("Mio. Euro") == 4);
    CHECK(len("i. d. R. gilt") == 8);
  }
  SUBCASE("a lower-case entry matches capitalised at a sentence start") {
    CHECK(len("Vgl. S. 3") == 4);
    CHECK(len("Z. B. so") == 5);
  }
  SUBCASE("no match inside words, without the period, or for unknown words") {
    CHECK(len("Nr 5") == 0);
    CHECK(len("Haus. Dann") == 0);
    CHECK(len("Anr. 5") == 0);
    CHECK(len("xNr. 5", 1) == 0);
    CHECK(len("ca.5") == 0); // "ca." glued to a digit is not matched as a whole word
  }
  SUBCASE("sentence-closing abbreviations say so") {
    CHECK(match_abbreviation("usw. Die", 0).can_end_sentence);
    CHECK(match_abbreviation("v. Chr. Die", 0).can_end_sentence);
    CHECK_FALSE(match_abbreviation("z. B. Die", 0).can_end_sentence);
  }
}

TEST_CASE("text::is_month_name") {
  CHECK(is_month_name("September"));
  CHECK(is_month_name("Jänner"));
  CHECK(is_month_name("Sept"));
  CHECK_FALSE(is_month_name("Freitag"));
}

TEST_CASE("text::is_sentence_starter") {
  CHECK(is_sentence_starter("Die"));
  CHECK(is_sentence_starter("Danach"));
  CHECK_FALSE(is_sentence_starter("Weltkrieg"));
  CHECK_FALSE(is_sentence_starter("September"));
}
